# kd.rb — print the kramdown that kramdown (Debian's ruby-kramdown) makes of
# a whole HTML page with its HTML parser, every option at its default:
#   ruby kd.rb P.html
require 'kramdown'
src = File.read(ARGV[0], encoding: 'UTF-8')
print Kramdown::Document.new(src, input: 'html').to_kramdown
