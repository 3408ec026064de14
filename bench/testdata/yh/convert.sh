#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc groff odt2txt bsdextrautils
#     (pandoc 2.17.1.1-2~deb12u1 for LaTeX, for the ms source and for the
#     OpenDocument file; groff 1.22.4-10 renders the ms source for a UTF-8
#     terminal and col (bsdextrautils 2.38.1-5+deb12u3) takes the
#     overstrikes out, as "man | col -bx" does; odt2txt 0.5-7 prints the
#     OpenDocument file as text; GNU sed 4.9 strips the gold attributes),
#     and nodejs with npm (Node 20.20.2, npm 11.19.1 here) for html2bbcode.
#   The npm registry, for tools/bb (html2bbcode 1.2.6), pinned in its
#     package-lock.json, installed with npm ci.
#   The script installs the npm package into a temporary directory; nothing
#   is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. pandoc's LaTeX writer wraps at its own 72 columns, groff's ms
# macros fill at the line length pandoc's ms template sets (5.5 inches, 55
# columns) after a 1.25-inch (12-column) page offset, odt2txt wraps at its
# default 63 columns and html2bbcode does not wrap, whatever the terminal;
# the locale is pinned all the same. groff's warnings (lines of Chinese it
# cannot break) and pandoc's (an image file it cannot fetch, which it leaves
# out of an OpenDocument file) are discarded.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/bb"
cp tools/bb/package.json tools/bb/package-lock.json "$T/bb/"
(cd "$T/bb" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
latex() { strip "$1"; pandoc -f html -t latex "$T/$1.html" -o "pages/$1.txt"; }
bb() { strip "$1"; node "$T/bb/node_modules/html2bbcode/convert.js" "$T/$1.html" > "pages/$1.txt"; }
ms() {
	strip "$1"
	pandoc -s -f html -t ms "$T/$1.html" -o "$T/$1.ms"
	groff -k -ms -mpdfmark -t -Tutf8 -P-c "$T/$1.ms" 2>/dev/null | col -bx > "pages/$1.txt"
}
odt() {
	strip "$1"
	pandoc -f html -t odt "$T/$1.html" -o "$T/$1.odt" 2>/dev/null
	odt2txt --encoding=UTF-8 "$T/$1.odt" > "pages/$1.txt"
}

for p in de-1 es-1 fr-1 zh-1 so-1; do [ -f "html/$p.html" ] && latex "$p"; done
for p in de-2 es-2 pl-1 zh-2 ta-1; do [ -f "html/$p.html" ] && bb "$p"; done
for p in fr-2 pl-2 es-3 zh-3 hy-1; do [ -f "html/$p.html" ] && ms "$p"; done
for p in de-3 fr-3 pl-3 zh-4 mn-1; do [ -f "html/$p.html" ] && odt "$p"; done
exit 0
