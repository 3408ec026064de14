#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends edbrowse mupdf-tools
#     weasyprint fonts-noto-cjk poppler-utils nodejs npm
#     (edbrowse 3.7.7-5; mupdf-tools 1.21.1+ds2-1+deb12u1 for mutool;
#     weasyprint 57.2-1 with fonts-noto-cjk 1:20220127+repack1-1 for the
#     Chinese pages; poppler-utils 22.12.0-2+deb12u3 for pdftotext; GNU sed
#     4.9 strips the gold attributes), Node 20.20.2 with npm 11.19.1 here.
#   The npm registry, for tools/hd (happy-dom 21.0.4), pinned in its
#     package-lock.json, installed with npm ci.
#   The script installs the npm package into a temporary directory and gives
#   edbrowse an empty config file there; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. edbrowse formats at its own fixed width, mutool lays the page
# out at its default page size and font size, WeasyPrint at its default A4
# page; happy-dom does not wrap; the locale is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yn.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/hd" "$T/eb"
cp tools/hd/package.json tools/hd/package-lock.json tools/hd/hd.mjs "$T/hd/"
(cd "$T/hd" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)
: > "$T/eb/.ebrc"

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# edbrowse: browse the file, write the rendered buffer, quit
eb() {
	strip "$1"
	printf 'b %s\nw %s\nq\n' "$T/$1.html" "$T/$1.txt" | HOME="$T/eb" edbrowse -d0 >/dev/null 2>&1
	cp "$T/$1.txt" "pages/$1.txt"
}
# MuPDF: lay the HTML out in pages and print its structured text
mu() { strip "$1"; mutool draw -q -F txt -o "pages/$1.txt" "$T/$1.html" 2>/dev/null; }
# happy-dom: document.body.innerText
hd() { strip "$1"; node "$T/hd/hd.mjs" "$T/$1.html" > "pages/$1.txt"; }
# WeasyPrint to PDF, then poppler's pdftotext
wp() {
	strip "$1"
	weasyprint -q "$T/$1.html" "$T/$1.pdf" 2>/dev/null
	pdftotext -enc UTF-8 "$T/$1.pdf" "pages/$1.txt"
}

for p in de-1 es-1 fr-1 zh-1 br-1; do [ -f "html/$p.html" ] && eb "$p"; done
for p in de-2 es-2 pl-1 zh-2 jv-1; do [ -f "html/$p.html" ] && mu "$p"; done
for p in fr-2 pl-2 es-3 zh-3 ml-1; do [ -f "html/$p.html" ] && hd "$p"; done
for p in de-3 fr-3 pl-3 zh-4 mi-1; do [ -f "html/$p.html" ] && wp "$p"; done
exit 0
