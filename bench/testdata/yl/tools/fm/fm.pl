#!/usr/bin/perl
# (yl) Print what HTML::FormatMarkdown (Debian's libhtml-format-perl 2.16,
# on HTML::TreeBuilder) makes of the HTML page named by the argument, every
# option at its default (left margin 0, right margin 72). Usage: perl fm.pl P.html
use strict;
use warnings;
use HTML::FormatMarkdown;
binmode STDOUT, ':encoding(UTF-8)';
open my $fh, '<:encoding(UTF-8)', $ARGV[0] or die "$ARGV[0]: $!";
my $html = do { local $/; <$fh> };
print HTML::FormatMarkdown->format_string($html);
