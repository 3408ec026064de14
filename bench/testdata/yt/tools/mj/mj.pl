#!/usr/bin/perl
# mj.pl — the driver for the Mojo::DOM layout: prints all_text of the <body>
# of the HTML file named on the command line (Debian's libmojolicious-perl
# 9.31, Mojo::DOM's HTML parser, every option at its default), and a newline.
use strict;
use warnings;
use Mojo::DOM;
use Mojo::File qw(path);
use Mojo::Util qw(decode);
my $html = decode('UTF-8', path($ARGV[0])->slurp);
my $dom = Mojo::DOM->new($html);
binmode STDOUT, ':encoding(UTF-8)';
print $dom->at('body')->all_text, "\n";
