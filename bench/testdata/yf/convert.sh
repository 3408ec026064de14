#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc texinfo libreoffice-writer-nogui
#     (pandoc 2.17.1.1-2~deb12u1 for XWiki and for the Texinfo source;
#     texinfo 6.8-6+b1 for makeinfo --plaintext; libreoffice-writer-nogui
#     4:7.4.7-1+deb12u14 for soffice's Text (encoded) export; GNU sed 4.9
#     strips the gold attributes), and nodejs with npm (Node 20.20.2, npm
#     11.19.1 here) for the npm driver.
#   The npm registry, for tools/rr (unified 11.0.5, rehype-parse 9.0.1,
#     rehype-remark 10.0.1, remark-gfm 4.0.1, remark-stringify 11.0.0),
#     every version pinned in its package-lock.json, installed with npm ci.
#   The script installs the npm driver into a temporary directory and gives
#   LibreOffice a fresh user profile there; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. pandoc's XWiki writer, the Markdown driver and LibreOffice do
# not wrap; makeinfo fills its paragraphs at 72 columns (its default
# fillcolumn), whatever the terminal; the locale is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/rr" "$T/lo" "$T/out"
cp tools/rr/package.json tools/rr/package-lock.json tools/rr/rr.mjs "$T/rr/"
(cd "$T/rr" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
xwiki() { strip "$1"; pandoc -f html -t xwiki "$T/$1.html" -o "pages/$1.txt"; }
rr() { strip "$1"; node "$T/rr/rr.mjs" "$T/$1.html" > "pages/$1.txt"; }
info() {
	strip "$1"
	pandoc -f html -t texinfo --wrap=none "$T/$1.html" -o "$T/$1.texi"
	makeinfo --plaintext "$T/$1.texi" -o "pages/$1.txt"
}
lo() {
	strip "$1"
	soffice -env:UserInstallation="file://$T/lo" --headless \
		--convert-to "txt:Text (encoded):UTF8" --outdir "$T/out" "$T/$1.html" >/dev/null 2>&1
	cp "$T/out/$1.txt" "pages/$1.txt"
}

for p in de-1 es-1 fr-1 zh-1 fa-1; do [ -f "html/$p.html" ] && xwiki "$p"; done
for p in de-2 es-2 pl-1 zh-2 ka-1; do [ -f "html/$p.html" ] && rr "$p"; done
for p in fr-2 pl-2 es-3 zh-3 tl-1; do [ -f "html/$p.html" ] && info "$p"; done
for p in de-3 fr-3 pl-3 zh-4 cy-1; do [ -f "html/$p.html" ] && lo "$p"; done
exit 0
