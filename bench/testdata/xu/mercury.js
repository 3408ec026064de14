// Mercury (@postlight/parser) on a saved page: title, blank line, content as text.
const fs = require('fs');
const Parser = require('@postlight/parser');
const html = fs.readFileSync(process.argv[2], 'utf8');
Parser.parse('https://page.example/article', { html, contentType: 'text' })
  .then((r) => process.stdout.write(r.title + '\n\n' + r.content));
