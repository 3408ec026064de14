// (yl) Print what the npm package html2plaintext 2.1.4 (on cheerio
// 1.0.0-rc.10 and he 1.2.0) makes of the HTML page named by the argument:
// html2plaintext(html); the function has no options. Usage: node h2p.mjs P.html
import { readFileSync } from 'node:fs';
import h2p from 'html2plaintext';
process.stdout.write(h2p(readFileSync(process.argv[2], 'utf8')));
