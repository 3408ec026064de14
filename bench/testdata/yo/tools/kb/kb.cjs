// kb.cjs PAGE.html: print the page as Markdown by the npm package
// @kreuzberg/html-to-markdown-node 3.7.2 (the Node binding of the Rust crate
// html-to-markdown-rs, a prebuilt binary shipped in the registry package),
// convert() of the whole file with every option at its default, and a newline.
const { convert } = require('@kreuzberg/html-to-markdown-node');
const fs = require('node:fs');

const r = convert(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write((typeof r === 'string' ? r : r.content) + '\n');
