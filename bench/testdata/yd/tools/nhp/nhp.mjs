// nhp.mjs PAGE.html: print the structuredText of the whole page as the npm
// package node-html-parser (9.0.7, its defaults) parses it, and a newline.
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';

const root = parse(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(root.structuredText + '\n');
