// Print breakdance's Markdown of a whole HTML file (read as UTF-8), every
// option at its default, and a newline.
const fs = require('fs');
const breakdance = require('breakdance');
process.stdout.write(breakdance(fs.readFileSync(process.argv[2], 'utf8')) + '\n');
