#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc links ruby-reverse-markdown
#     (pandoc 2.17.1.1-2~deb12u1, links 2.28-1+b2, ruby-reverse-markdown
#     1.4.0-1 with ruby 3.1.2 and ruby-nokogiri 1.13.10 on libxml2
#     2.9.14; GNU sed 4.9 strips the gold attributes), and nodejs with npm
#     (Node 20.20.2, npm 11.19.1 here) for the npm driver.
#   The npm registry, for tools/nhp (node-html-parser 9.0.7), every version
#     pinned in its package-lock.json, installed with npm ci.
#   The script installs the npm driver into a temporary directory; nothing
#   is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. pandoc's Muse writer wraps at 72 columns and links at the 60
# it is given, whatever the terminal; the locale is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/nhp"
cp tools/nhp/package.json tools/nhp/package-lock.json tools/nhp/nhp.mjs "$T/nhp/"
(cd "$T/nhp" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
muse() { strip "$1"; pandoc -f html -t muse "$T/$1.html" -o "pages/$1.txt"; }
links60() { strip "$1"; links -dump -width 60 -codepage utf-8 "$T/$1.html" > "pages/$1.txt"; }
nhp() { strip "$1"; node "$T/nhp/nhp.mjs" "$T/$1.html" > "pages/$1.txt"; }
revmd() { strip "$1"; reverse_markdown --unknown_tags bypass "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 th-1; do [ -f "html/$p.html" ] && muse "$p"; done
for p in de-2 es-2 pl-1 zh-2 gl-1; do [ -f "html/$p.html" ] && links60 "$p"; done
for p in fr-2 pl-2 es-3 zh-3 sq-1; do [ -f "html/$p.html" ] && nhp "$p"; done
for p in de-3 fr-3 pl-3 zh-4 af-1; do [ -f "html/$p.html" ] && revmd "$p"; done
exit 0
