# (yr) Print the page named by the argument as Jekyll and other Liquid sites
# print a page's text into a search index, feed summary or excerpt: the
# whole file, read as UTF-8, through Liquid's own strip_html filter
# (Shopify's Liquid 5.4.0, Debian's ruby-liquid), nothing else done.
# Usage: ruby lq.rb P.html
require 'liquid'
html = File.read(ARGV[0], encoding: 'UTF-8')
t = Liquid::Template.parse('{{ page | strip_html }}')
$stdout.write(t.render('page' => html))
