// Crawlee's htmlToText (@crawlee/utils, the function Crawlee's crawlers use
// to turn a fetched page into plain text) on the whole file, printed with a
// newline. Usage: node cr.mjs PAGE.html > PAGE.txt
import { readFileSync } from 'node:fs';
import { htmlToText } from '@crawlee/utils';
process.stdout.write(htmlToText(readFileSync(process.argv[2], 'utf8')) + '\n');
