// Print an HTML page as the npm package html-to-text prints it with its
// default options (wordwrap 80, headings upper-cased, link URLs in brackets).
// usage: NODE_PATH=.../node_modules node htmltotext.js page.html > page.txt
const fs = require("fs");
const { convert } = require("html-to-text");
process.stdout.write(convert(fs.readFileSync(process.argv[2], "utf8")) + "\n");
