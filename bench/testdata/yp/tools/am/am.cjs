// am.cjs PAGE.html: print the page as Markdown by the npm package
// agentmarkdown 6.0.0 (htmlparser2 and its own CSS-box layout in
// TypeScript): AgentMarkdown.produce() of the whole file, no plugins, every
// option at its default, and a newline.
const { AgentMarkdown } = require('agentmarkdown');
const fs = require('node:fs');

AgentMarkdown.produce(fs.readFileSync(process.argv[2], 'utf8')).then((md) => {
  process.stdout.write(md + '\n');
});
