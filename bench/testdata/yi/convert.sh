#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc docx2txt libreoffice-writer-nogui catdoc
#     (pandoc 2.17.1.1-2~deb12u1 for ConTeXt and for the Word file;
#     docx2txt 1.4-5 prints the Word file as text; LibreOffice 7.4.7.2
#     (Debian 4:7.4.7-1+deb12u14) saves the page as a Word 97 .doc, which
#     catdoc 0.95 (1:0.95-6~deb12u1) prints; GNU sed 4.9 strips the gold
#     attributes), and nodejs with npm (Node 20.20.2, npm 11.19.1 here) for
#     sanitize-html.
#   The npm registry, for tools/sh (sanitize-html 2.18.1 and its
#     dependencies), pinned in its package-lock.json, installed with npm ci.
#   The script installs the npm packages into a temporary directory and runs
#   LibreOffice with a fresh profile there; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. pandoc's ConTeXt writer wraps at its own 72 columns and catdoc
# at its default 72, whatever the terminal; sanitize-html and docx2txt do
# not wrap; the locale is pinned all the same. LibreOffice writes the
# page's site-relative links (/sport) relative to the file it loaded, which
# lies two directories below the root (/tmp/yi.XXXXXXXX/P.html), so catdoc
# prints them as "../../sport" wherever the script runs. pandoc's warnings
# and LibreOffice's messages are discarded.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yi.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/sh"
cp tools/sh/package.json tools/sh/package-lock.json tools/sh/strip.mjs "$T/sh/"
(cd "$T/sh" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
context() { strip "$1"; pandoc -f html -t context "$T/$1.html" -o "pages/$1.txt" 2>/dev/null; }
sanitize() { strip "$1"; node "$T/sh/strip.mjs" "$T/$1.html" > "pages/$1.txt"; }
doc() {
	strip "$1"
	soffice -env:UserInstallation="file://$T/lo" --headless --norestore \
		--convert-to doc:"MS Word 97" --outdir "$T" "$T/$1.html" >/dev/null 2>&1
	catdoc -d utf-8 "$T/$1.doc" > "pages/$1.txt"
}
docx() {
	strip "$1"
	pandoc -f html -t docx "$T/$1.html" -o "$T/$1.docx" 2>/dev/null
	docx2txt "$T/$1.docx" - > "pages/$1.txt"
}

for p in de-1 es-1 fr-1 zh-1 si-1; do [ -f "html/$p.html" ] && context "$p"; done
for p in de-2 es-2 pl-1 zh-2 km-1; do [ -f "html/$p.html" ] && sanitize "$p"; done
for p in fr-2 pl-2 es-3 zh-3 ha-1; do [ -f "html/$p.html" ] && doc "$p"; done
for p in de-3 fr-3 pl-3 zh-4 uz-1; do [ -f "html/$p.html" ] && docx "$p"; done
exit 0
