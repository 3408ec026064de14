// h2m.mjs — print the Markdown that html-to-md (npm, pinned in package-lock.json)
// makes of a whole HTML page, every option at its default: node h2m.mjs P.html
import fs from 'node:fs';
import html2md from 'html-to-md';
const src = fs.readFileSync(process.argv[2], 'utf8');
process.stdout.write(html2md(src) + '\n');
