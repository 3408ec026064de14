// tv.mjs — the driver of the yj check set's textversionjs layout: it prints
// what the npm package textversionjs (the HTML-to-plain-text converter made
// for the text part of HTML e-mails) makes of a page, every option at its
// default.  Usage:
//   node tv.mjs PAGE.html > PAGE.txt
import fs from 'node:fs';
import createTextVersion from 'textversionjs';

process.stdout.write(createTextVersion(fs.readFileSync(process.argv[2], 'utf8')));
