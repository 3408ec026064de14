#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc  (pandoc 2.17.1.1-2~deb12u1; GNU
#     sed 4.9 strips the gold attributes), and nodejs with npm (Node 20.20.2,
#     npm 11.19.1 here) for the npm driver.
#   Go 1.26.8 and the Go module proxy, for the two Go drivers, each its own
#   module (not part of winnow's; go.mod and go.sum pin every version):
#     tools/distill - github.com/markusmobius/go-domdistiller v1.0.0
#     tools/h2md1   - github.com/JohannesKaufmann/html-to-markdown v1.6.0
#   The npm registry, for tools/strip (string-strip-html 13.7.6, every
#     version pinned in tools/strip/package-lock.json, installed with npm ci).
#   The script builds and installs them into a temporary directory; nothing
#   is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (the extractor reads classes and attributes, and any attribute could change
# what it keeps). Nothing else of the HTML is changed. None of the tools
# wraps at the terminal's width; the locale is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
(cd tools/distill && go build -trimpath -o "$T/distill" .)
(cd tools/h2md1 && go build -trimpath -o "$T/h2md1" .)
mkdir "$T/strip"
cp tools/strip/package.json tools/strip/package-lock.json tools/strip/strip.mjs "$T/strip/"
(cd "$T/strip" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
textile() { strip "$1"; pandoc -f html -t textile "$T/$1.html" -o "pages/$1.txt"; }
sshtml() { strip "$1"; node "$T/strip/strip.mjs" "$T/$1.html" > "pages/$1.txt"; }
distill() { strip "$1"; "$T/distill" "$T/$1.html" > "pages/$1.txt"; }
h2md1() { strip "$1"; "$T/h2md1" "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 lv-1; do [ -f "html/$p.html" ] && textile "$p"; done
for p in de-2 es-2 pl-1 zh-2 sr-1; do [ -f "html/$p.html" ] && sshtml "$p"; done
for p in fr-2 pl-2 es-3 zh-3 hu-1; do [ -f "html/$p.html" ] && distill "$p"; done
for p in de-3 fr-3 pl-3 zh-4 da-1; do [ -f "html/$p.html" ] && h2md1 "$p"; done
exit 0
