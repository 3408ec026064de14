// up.mjs — the driver for the upndown layout: prints the Markdown that the
// npm package upndown 2.1.0 (HTML to Markdown, on htmlparser2) makes of the
// whole HTML file named on the command line, read as UTF-8, and a newline.
// Every option at its default.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const upndown = require('upndown');
const html = readFileSync(process.argv[2], 'utf8');
const und = new upndown();
und.convert(html, (err, md) => {
  if (err) { console.error(err); process.exit(1); }
  process.stdout.write(md + '\n');
});
