#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc  (pandoc 2.17.1.1-2~deb12u1;
#     GNU sed 4.9 strips the gold attributes).
#   Go 1.26.8 and the Go module proxy, for the two Go drivers, each its own
#   module (not part of winnow's; go.mod and go.sum pin every version):
#     tools/traf   - github.com/markusmobius/go-trafilatura v1.12.2
#     tools/gqtext - github.com/PuerkitoBio/goquery v1.10.3
#   The script builds them into a temporary directory; nothing is installed.
#
# The data-gold attributes (the labels) are taken out before every converter
# (pandoc prints nothing of them, but the extractor reads classes and
# attributes and any attribute could change what it keeps). Nothing else of
# the HTML is changed. pandoc wraps at its default 72 columns (given on the
# command line); the Go drivers do not wrap, so the terminal's size and the
# locale do not matter (pinned all the same).
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
(cd tools/traf && go build -trimpath -o "$T/traf" .)
(cd tools/gqtext && go build -trimpath -o "$T/gqtext" .)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
traf() { strip "$1"; "$T/traf" "$T/$1.html" > "pages/$1.txt"; }
gqtext() { strip "$1"; "$T/gqtext" "$T/$1.html" > "pages/$1.txt"; }
adoc() { strip "$1"; pandoc -f html -t asciidoc --columns=72 "$T/$1.html" -o "pages/$1.txt"; }
org() { strip "$1"; pandoc -f html -t org --columns=72 "$T/$1.html" -o "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 nb-1; do [ -f "html/$p.html" ] && traf "$p"; done
for p in de-2 es-2 pl-1 zh-2 sk-1; do [ -f "html/$p.html" ] && gqtext "$p"; done
for p in fr-2 pl-2 es-3 zh-3 id-1; do [ -f "html/$p.html" ] && adoc "$p"; done
for p in de-3 fr-3 pl-3 zh-4 vi-1; do [ -f "html/$p.html" ] && org "$p"; done
exit 0
