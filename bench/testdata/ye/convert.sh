#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc libhtml-wikiconverter-markdown-perl emacs-nox
#     (pandoc 2.17.1.1-2~deb12u1; html2wiki of libhtml-wikiconverter-perl
#     0.68-4 with its Markdown dialect libhtml-wikiconverter-markdown-perl
#     0.06-3, on perl 5.36.0 and libhtml-tree-perl 5.07-3; emacs-nox
#     1:28.2+1-15+deb12u4 for shr, Emacs's HTML renderer, on libxml2
#     2.9.14; GNU sed 4.9 strips the gold attributes), and nodejs with npm
#     (Node 20.20.2, npm 11.19.1 here) for the npm driver.
#   The npm registry, for tools/td (jsdom 26.1.0), every version pinned in
#     its package-lock.json, installed with npm ci.
#   The script installs the npm driver into a temporary directory; nothing
#   is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. pandoc's ZimWiki writer and html2wiki do not wrap; shr wraps at
# the 70 columns tools/shr/shr.el gives it, whatever the terminal; the locale
# is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/td"
cp tools/td/package.json tools/td/package-lock.json tools/td/td.mjs "$T/td/"
(cd "$T/td" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
zim() { strip "$1"; pandoc -f html -t zimwiki "$T/$1.html" -o "pages/$1.txt"; }
h2w() { strip "$1"; html2wiki --dialect Markdown "$T/$1.html" > "pages/$1.txt"; }
td() { strip "$1"; node "$T/td/td.mjs" "$T/$1.html" > "pages/$1.txt"; }
shr() { strip "$1"; emacs --batch -Q -l tools/shr/shr.el "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 he-1; do [ -f "html/$p.html" ] && zim "$p"; done
for p in de-2 es-2 pl-1 zh-2 hi-1; do [ -f "html/$p.html" ] && h2w "$p"; done
for p in fr-2 pl-2 es-3 zh-3 eu-1; do [ -f "html/$p.html" ] && td "$p"; done
for p in de-3 fr-3 pl-3 zh-4 sw-1; do [ -f "html/$p.html" ] && shr "$p"; done
exit 0
