// td.mjs PAGE.html: print the textContent of the page's <body> as the npm
// package jsdom (26.1.0, its defaults: no scripts run, no resources loaded)
// parses it, and a newline.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(dom.window.document.body.textContent + '\n');
