#!/usr/bin/perl
# (ym) Print what HTML::FormatText::WithLinks::AndTables (Debian's
# libhtml-formattext-withlinks-andtables-perl 0.07, on
# HTML::FormatText::WithLinks 0.15 and HTML::FormatText 2.16) makes of the
# HTML page named by the argument: ->convert($html) with every option at its
# default (left margin 3, right margin 72, links as [n] with the list of
# targets at the end, tables laid out in columns). Usage: perl wl.pl P.html
use strict;
use warnings;
use HTML::FormatText::WithLinks::AndTables;
binmode STDOUT, ':encoding(UTF-8)';
open my $fh, '<:encoding(UTF-8)', $ARGV[0] or die "$ARGV[0]: $!";
my $html = do { local $/; <$fh> };
print HTML::FormatText::WithLinks::AndTables->convert($html);
