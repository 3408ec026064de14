// Print the text pdf-parse extracts from a PDF (PDFParse.getText(), defaults).
import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
const parser = new PDFParse({ data: await readFile(process.argv[2]) });
const r = await parser.getText();
await parser.destroy();
process.stdout.write(r.text + '\n');
