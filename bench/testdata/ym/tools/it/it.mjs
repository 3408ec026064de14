// (ym) Print Chromium's innerText of the <body> of the HTML page named by the
// argument: the text a browser lays out (what "select all, copy" or a
// scraper's page.innerText('body') takes), from Debian's chromium
// (/usr/bin/chromium) driven headless by the npm package playwright-core
// 1.65.1, viewport 1280x800, scripts off, every request but the file itself
// refused, then document.body.innerText and a newline. Usage: node it.mjs P.html
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
await page.route('**/*', r => r.request().url().startsWith('file:') ? r.continue() : r.abort());
await page.goto(pathToFileURL(resolve(process.argv[2])).href);
const text = await page.evaluate(() => document.body.innerText);
process.stdout.write(text + '\n');
await browser.close();
