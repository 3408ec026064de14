# The html2text gem (Debian ruby-html2text), as a Ruby mailer renders the
# plain-text part of an HTML message. Prints Html2Text.convert(html).
require 'html2text'
$stdout.write(Html2Text.convert(File.read(ARGV[0], encoding: 'UTF-8')))
