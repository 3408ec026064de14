// strip.mjs — the driver of the yi check set's sanitize-html layout: it
// prints what the npm package sanitize-html makes of a page when no tag and
// no attribute is allowed (the usual way to take all markup out of user- or
// CMS-supplied HTML), every other option at its default.  Usage:
//   node strip.mjs PAGE.html > PAGE.txt
import fs from 'node:fs';
import sanitizeHtml from 'sanitize-html';

const src = fs.readFileSync(process.argv[2], 'utf8');
process.stdout.write(sanitizeHtml(src, { allowedTags: [], allowedAttributes: {} }));
