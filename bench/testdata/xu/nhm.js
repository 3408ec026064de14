// node-html-markdown on the whole page, default options.
const fs = require('fs');
const { NodeHtmlMarkdown } = require('node-html-markdown');
process.stdout.write(NodeHtmlMarkdown.translate(fs.readFileSync(process.argv[2], 'utf8')) + '\n');
