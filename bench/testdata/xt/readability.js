// Print the textContent of Mozilla Readability's article for an HTML page,
// as crawlers that store Readability's text do (whitespace as Readability
// leaves it). usage: NODE_PATH=.../node_modules node readability.js page.html
const fs = require("fs");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");
const html = fs.readFileSync(process.argv[2], "utf8");
const dom = new JSDOM(html, { url: "https://page.example/" });
const article = new Readability(dom.window.document).parse();
process.stdout.write(article.textContent + "\n");
