// Convert every page of a benchmark's html/ to whole-page Markdown (turndown,
// as crawl4ai / firecrawl-style converters emit) and write a copy of the
// benchmark directory whose page-text.json holds the Markdown.
const fs = require('fs'), zlib = require('zlib'), path = require('path');
const { JSDOM } = require('jsdom');
const TurndownService = require('turndown');
const [src, dst] = process.argv.slice(2);
fs.mkdirSync(dst, { recursive: true });
for (const f of ['ground-truth.json', 'metadata.json', 'LICENSE']) {
  if (fs.existsSync(path.join(src, f))) fs.copyFileSync(path.join(src, f), path.join(dst, f));
}
const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '*', codeBlockStyle: 'fenced' });
td.remove(['script', 'style', 'noscript', 'svg', 'iframe', 'template', 'head', 'form', 'button', 'select', 'input']);
const out = {};
for (const f of fs.readdirSync(path.join(src, 'html')).sort()) {
  const key = f.replace(/\.html(\.gz)?$/, '');
  let buf = fs.readFileSync(path.join(src, 'html', f));
  if (f.endsWith('.gz')) buf = zlib.gunzipSync(buf);
  let html = buf.toString('utf8');
  let md = '';
  try {
    const dom = new JSDOM(html);
    const doc = dom.window.document;
    const title = doc.querySelector('title');
    md = (title ? title.textContent.trim() + '\n\n' : '') + td.turndown(doc.body || doc.documentElement);
  } catch (e) { console.error(key, e.message); }
  out[key] = { articleBody: md };
}
fs.writeFileSync(path.join(dst, 'page-text.json'), JSON.stringify({ output: out, version: 'markdown' }));
console.error('pages', Object.keys(out).length);
