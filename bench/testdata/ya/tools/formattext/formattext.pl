#!/usr/bin/perl
# formattext.pl P.html > P.txt: HTML::FormatText's text of a whole page, as a
# Perl pipeline prints it (HTML::TreeBuilder parses the page as UTF-8, then
# HTML::FormatText->new with its defaults, leftmargin 3 and rightmargin 72,
# formats the tree; the text is written as UTF-8).
use strict;
use warnings;
use HTML::TreeBuilder;
use HTML::FormatText;

my $tree = HTML::TreeBuilder->new;
open(my $fh, '<:encoding(UTF-8)', $ARGV[0]) or die "$ARGV[0]: $!";
$tree->parse_file($fh);
close $fh;
binmode STDOUT, ':encoding(UTF-8)';
print HTML::FormatText->new->format($tree);
$tree->delete;
