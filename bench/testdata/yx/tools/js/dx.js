// (yx) layout B: the page made into a Word document by html-to-docx, then
// read back as text by mammoth (extractRawText), as an office pipeline
// turns a web page into a .docx and a search indexer reads its text.
// Usage: DX_MODULES=/path/to/node_modules node dx.js P.html > P.txt
const path = require('path');
const m = process.env.DX_MODULES || path.join(__dirname, 'node_modules');
const HTMLtoDOCX = require(path.join(m, 'html-to-docx'));
const mammoth = require(path.join(m, 'mammoth'));
const fs = require('fs');
(async () => {
  const html = fs.readFileSync(process.argv[2], 'utf8');
  const docx = await HTMLtoDOCX(html, null, {});
  const r = await mammoth.extractRawText({ buffer: docx });
  process.stdout.write(r.value);
})().catch((e) => { console.error(e); process.exit(1); });
