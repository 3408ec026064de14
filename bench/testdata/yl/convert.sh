#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y libhtml-format-perl openjdk-17-jdk-headless
#     ruby-premailer nodejs npm
#     (libhtml-format-perl 2.16-2 for HTML::FormatMarkdown, on Perl 5.36.0;
#     OpenJDK 17.0.15+6-1~deb12u1 for Swing's HTMLEditorKit; ruby-premailer
#     1.14.2-1 on Ruby 3.1 and ruby-nokogiri 1.13.10; GNU sed 4.9 strips the
#     gold attributes), Node 20.20.2 with npm 11.19.1 here for html2plaintext.
#   The npm registry, for tools/h2p (html2plaintext 2.1.4 with cheerio
#     1.0.0-rc.10 and he 1.2.0), pinned in its package-lock.json, installed
#     with npm ci.
#   The script installs the npm package and compiles the Java driver into a
#   temporary directory; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. HTML::FormatMarkdown wraps at its default right margin (72),
# Premailer at its default line length (65); Swing and html2plaintext do not
# wrap; the locale is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yl.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/h2p" "$T/sw"
cp tools/h2p/package.json tools/h2p/package-lock.json tools/h2p/h2p.mjs "$T/h2p/"
(cd "$T/h2p" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)
javac -encoding UTF-8 -d "$T/sw" tools/sw/Sw.java

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
fm() { strip "$1"; perl tools/fm/fm.pl "$T/$1.html" > "pages/$1.txt"; }
sw() { strip "$1"; java -Djava.awt.headless=true -cp "$T/sw" Sw "$T/$1.html" > "pages/$1.txt"; }
h2p() { strip "$1"; node "$T/h2p/h2p.mjs" "$T/$1.html" > "pages/$1.txt"; }
pm() { strip "$1"; ruby tools/pm/pm.rb "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 lb-1; do [ -f "html/$p.html" ] && fm "$p"; done
for p in de-2 es-2 pl-1 zh-2 eo-1; do [ -f "html/$p.html" ] && sw "$p"; done
for p in fr-2 pl-2 es-3 zh-3 mr-1; do [ -f "html/$p.html" ] && h2p "$p"; done
for p in de-3 fr-3 pl-3 zh-4 gd-1; do [ -f "html/$p.html" ] && pm "$p"; done
exit 0
