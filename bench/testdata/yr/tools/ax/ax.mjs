// (yr) Print Playwright's ARIA snapshot of the <body> of the HTML page named
// by the argument: the page's accessibility tree as the YAML that
// locator.ariaSnapshot() writes (roles, accessible names and text, what
// browser agents and accessibility checks read), from Debian's chromium
// (/usr/bin/chromium) driven headless by the npm package playwright-core
// 1.65.1, viewport 1280x800, scripts off, every request but the file itself
// refused, then a newline. Usage: node ax.mjs P.html
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
const text = await page.locator('body').ariaSnapshot();
process.stdout.write(text + '\n');
await browser.close();
