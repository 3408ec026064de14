// Prints the page named on the command line as Markdown: the HTML parsed
// by rehype-parse, turned into a Markdown tree by rehype-remark (whole
// document: head, nav, footer and all), serialised by remark-stringify with
// remark-gfm (GitHub tables), every option at its default.
import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'

const html = readFileSync(process.argv[2], 'utf8')
const file = await unified()
  .use(rehypeParse)
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify)
  .process(html)
process.stdout.write(String(file))
