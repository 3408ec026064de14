#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc ruby-loofah
#     (pandoc 2.17.1.1-2~deb12u1 for TEI; ruby-loofah 2.19.1-1 with
#     ruby-nokogiri 1.13.10 on libxml2 2.9.14 and Ruby 3.1 for Loofah;
#     GNU sed 4.9 strips the gold attributes), nodejs with npm (Node
#     20.20.2, npm 11.19.1 here) for textversionjs, and Go (1.26.8 here)
#     for the sanitize driver.
#   The npm registry, for tools/tv (textversionjs 1.1.3, no dependencies),
#     pinned in its package-lock.json, installed with npm ci; the Go module
#     proxy, for tools/san (github.com/kennygrant/sanitize v1.2.4 with
#     golang.org/x/net v0.63.0), pinned in its go.sum.
#   The script installs the npm package and builds the Go driver into a
#   temporary directory; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. pandoc's TEI writer wraps at its own 72 columns; textversionjs,
# sanitize and Loofah do not wrap; the locale is pinned all the same.
# pandoc's warnings are discarded.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yj.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/tv"
cp tools/tv/package.json tools/tv/package-lock.json tools/tv/tv.mjs "$T/tv/"
(cd "$T/tv" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)
(cd tools/san && go build -trimpath -o "$T/san" .)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
tei() { strip "$1"; pandoc -f html -t tei "$T/$1.html" -o "pages/$1.txt" 2>/dev/null; }
tv() { strip "$1"; node "$T/tv/tv.mjs" "$T/$1.html" > "pages/$1.txt"; }
san() { strip "$1"; "$T/san" "$T/$1.html" > "pages/$1.txt"; }
lf() { strip "$1"; ruby tools/lf/lf.rb "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 ne-1; do [ -f "html/$p.html" ] && tei "$p"; done
for p in de-2 es-2 pl-1 zh-2 az-1; do [ -f "html/$p.html" ] && tv "$p"; done
for p in fr-2 pl-2 es-3 zh-3 zu-1; do [ -f "html/$p.html" ] && san "$p"; done
for p in de-3 fr-3 pl-3 zh-4 ky-1; do [ -f "html/$p.html" ] && lf "$p"; done
exit 0
