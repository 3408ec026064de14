#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc lynx w3m
#     (pandoc 2.17.1.1-2~deb12u1, lynx 2.9.0dev.12-1, w3m 0.5.3+git20230121-2;
#      GNU sed 4.9 strips the gold attributes).
#   Go 1.26.8 and the Go module proxy, for the html-to-markdown driver in
#   tools/h2m (its own module, not part of winnow's: go.mod pins
#   github.com/JohannesKaufmann/html-to-markdown/v2 v2.5.2,
#   github.com/JohannesKaufmann/dom v0.3.1 and golang.org/x/net v0.55.0,
#   go.sum holds their hashes). The script builds it into a temporary
#   directory; nothing is installed.
#
# The data-gold attributes (the labels) are taken out before every converter
# (pandoc would print the attributes of a <div> into its raw HTML lines; the
# others ignore them). Nothing else of the HTML is changed.
set -e
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
(cd tools/h2m && go build -trimpath -o "$T/h2m" .)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
gfm() { strip "$1"; pandoc -f html -t gfm "$T/$1.html" -o "pages/$1.txt"; }
h2m() { strip "$1"; "$T/h2m" "$T/$1.html" > "pages/$1.txt"; }
w3m_refs() { strip "$1"; w3m -dump -cols 80 -T text/html -I UTF-8 -O UTF-8 -o display_link_number=1 "$T/$1.html" > "pages/$1.txt"; }
lynx_wide() { strip "$1"; lynx -dump -width=200 -display_charset=utf-8 "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 pl-1 zh-1; do [ -f "html/$p.html" ] && gfm "$p"; done
for p in de-2 es-2 zh-2 hu-1 ko-1; do [ -f "html/$p.html" ] && h2m "$p"; done
for p in es-3 fr-2 pl-2 zh-3 da-1; do [ -f "html/$p.html" ] && w3m_refs "$p"; done
for p in de-3 fr-3 pl-3 zh-4 tr-1; do [ -f "html/$p.html" ] && lynx_wide "$p"; done
exit 0
