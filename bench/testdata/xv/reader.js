// Mozilla Readability's article.content as Markdown (turndown, default
// options), after the article title: what reader-mode crawlers store.
const fs = require('fs');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const TurndownService = require('turndown');
const html = fs.readFileSync(process.argv[2], 'utf8');
const dom = new JSDOM(html, { url: 'https://page.example/article' });
const article = new Readability(dom.window.document).parse();
const md = new TurndownService().turndown(article.content);
process.stdout.write(article.title + '\n\n' + md + '\n');
