// js-xss (npm xss) with an empty allow-list: every tag is dropped and its
// text kept (stripIgnoreTag), script and style bodies dropped, as a Node CMS
// stores a plain-text copy of a page. Prints the filtered text unchanged.
const fs = require('fs');
const xss = require(process.env.XS_MODULES + '/xss');
const html = fs.readFileSync(process.argv[2], 'utf8');
process.stdout.write(xss.filterXSS(html, {
  whiteList: {},
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style'],
}));
