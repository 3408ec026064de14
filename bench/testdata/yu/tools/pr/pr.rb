# Print the text of every page of a PDF as Ruby's pdf-reader reads it
# (PDF::Reader::Page#text, every option at its default), a newline after
# each page.
require 'pdf-reader'
PDF::Reader.new(ARGV[0]).pages.each { |pg| puts pg.text }
