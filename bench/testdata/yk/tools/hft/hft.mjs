// Print what the npm package html-to-formatted-text makes of an HTML file:
// htmlToFormattedText(html), the package's only function (it has no options).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const htmlToFormattedText = require('html-to-formatted-text');
process.stdout.write(htmlToFormattedText(readFileSync(process.argv[2], 'utf8')));
