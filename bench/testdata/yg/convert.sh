#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc mandoc bsdextrautils ruby-kramdown
#     (pandoc 2.17.1.1-2~deb12u1 for Haddock and for the man source;
#     mandoc 1.14.6-1+b1 renders the man page for a UTF-8 terminal and
#     col (bsdextrautils 2.38.1-5+deb12u3) takes the overstrikes out, as
#     "man | col -bx" does; ruby-kramdown 2.4.0-2 on ruby 3.1 for the
#     kramdown driver; GNU sed 4.9 strips the gold attributes), and nodejs
#     with npm (Node 20.20.2, npm 11.19.1 here) for the npm driver.
#   The npm registry, for tools/h2m (html-to-md 0.8.8), pinned in its
#     package-lock.json, installed with npm ci.
#   The script installs the npm driver into a temporary directory; nothing is
#   installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. pandoc's Haddock writer and kramdown wrap at their own widths
# (pandoc 72 columns, kramdown 72), html-to-md does not wrap, and mandoc
# fills at its default 78 columns, whatever the terminal; the locale is
# pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/h2m"
cp tools/h2m/package.json tools/h2m/package-lock.json tools/h2m/h2m.mjs "$T/h2m/"
(cd "$T/h2m" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
haddock() { strip "$1"; pandoc -f html -t haddock "$T/$1.html" -o "pages/$1.txt"; }
h2m() { strip "$1"; node "$T/h2m/h2m.mjs" "$T/$1.html" > "pages/$1.txt"; }
roff() {
	strip "$1"
	pandoc -s -f html -t man "$T/$1.html" -o "$T/$1.man"
	mandoc -Tutf8 "$T/$1.man" | col -bx > "pages/$1.txt"
}
kd() { strip "$1"; ruby tools/kd/kd.rb "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 bn-1; do [ -f "html/$p.html" ] && haddock "$p"; done
for p in de-2 es-2 pl-1 zh-2 am-1; do [ -f "html/$p.html" ] && h2m "$p"; done
for p in fr-2 pl-2 es-3 zh-3 yo-1; do [ -f "html/$p.html" ] && roff "$p"; done
for p in de-3 fr-3 pl-3 zh-4 kk-1; do [ -f "html/$p.html" ] && kd "$p"; done
exit 0
