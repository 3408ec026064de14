# (yl) Print the plain-text part that Premailer (Debian's ruby-premailer
# 1.14.2, on Nokogiri 1.13.10) makes of the HTML page named by the
# argument: Premailer.new(html, with_html_string: true, adapter: :nokogiri)
# .to_plain_text, every other option at its default (lines wrapped at 65).
# Usage: ruby pm.rb P.html
require 'premailer'
html = File.read(ARGV[0], encoding: 'UTF-8')
pm = Premailer.new(html, with_html_string: true, adapter: :nokogiri)
$stdout.write pm.to_plain_text
