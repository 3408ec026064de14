# lf.rb — the driver of the yj check set's Loofah layout: it prints what
# Loofah (the Ruby HTML sanitiser under Rails' sanitizers) makes of a page
# with Loofah.document(html).to_text, every option at its default.  Usage:
#   ruby lf.rb PAGE.html > PAGE.txt
require 'loofah'

print Loofah.document(File.read(ARGV[0], encoding: 'UTF-8')).to_text
