#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends python3-pyquery
#     ghostscript chromium fonts-noto-cjk nodejs npm
#     (python3-pyquery 1.4.3-1 on python3-lxml 4.9.2 and Python 3.11.2,
#     /usr/bin/python3; ghostscript 10.0.0~dfsg-11+deb12u9; chromium
#     156.0.8078.114-1~deb12u1 with fonts-noto-cjk 1:20220127+repack1-1;
#     GNU sed 4.9 strips the gold attributes), Node 20.20.2 with npm 11.19.1,
#     Go 1.26.8.
#   The npm registry, for tools/cr (@crawlee/utils 3.18.1), pinned in its
#     package-lock.json, installed with npm ci.
#   The Go module proxy, for tools/lc (github.com/tmc/langchaingo v0.1.14),
#     pinned in go.mod.txt and go.sum.txt (kept as .txt so that no module
#     lives inside winnow's tree), built with go build.
#   The script installs the npm package and builds the Go driver into a
#   temporary directory; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. The locale is pinned.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/ys.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/cr" "$T/lc"
cp tools/cr/package.json tools/cr/package-lock.json tools/cr/cr.mjs "$T/cr/"
(cd "$T/cr" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1)
cp tools/lc/main.go.txt "$T/lc/main.go"; cp tools/lc/go.mod.txt "$T/lc/go.mod"; cp tools/lc/go.sum.txt "$T/lc/go.sum"
(cd "$T/lc" && go build -o lcload .)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# Crawlee's htmlToText (@crawlee/utils) of the whole file
cr() { strip "$1"; node "$T/cr/cr.mjs" "$T/$1.html" > "pages/$1.txt"; }
# LangChainGo's HTML document loader (documentloaders.NewHTML(...).Load)
lc() { strip "$1"; "$T/lc/lcload" "$T/$1.html" > "pages/$1.txt"; }
# pyquery's text() of the <body> (Debian's python3-pyquery)
pq() { strip "$1"; /usr/bin/python3 tools/pq/pq.py "$T/$1.html" > "pages/$1.txt"; }
# Chromium's headless print to PDF (no header and footer), then Ghostscript's
# txtwrite device
gs_() { strip "$1"; rm -f "$T/$1.pdf"
       chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
         --disable-background-networking --disable-component-update --disable-sync --no-first-run \
         --user-data-dir="$T/chr" --print-to-pdf="$T/$1.pdf" "file://$T/$1.html" >/dev/null 2>&1
       [ -s "$T/$1.pdf" ]
       gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=txtwrite -sOutputFile="pages/$1.txt" "$T/$1.pdf"; }

for p in de-1 es-1 fr-1 zh-1 yi-1; do [ -f "html/$p.html" ] && cr "$p"; done
for p in de-2 es-2 pl-1 zh-2 sc-1; do [ -f "html/$p.html" ] && lc "$p"; done
for p in fr-2 pl-2 es-3 zh-3 my-1; do [ -f "html/$p.html" ] && pq "$p"; done
for p in de-3 fr-3 pl-3 zh-4 ia-1; do [ -f "html/$p.html" ] && gs_ "$p"; done
exit 0
