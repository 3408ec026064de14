#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends tidy
#     libmojolicious-perl python3-pypdf chromium fonts-noto-cjk nodejs npm
#     (tidy 2:5.6.0-11 with libtidy5deb1 2:5.6.0-11, run by docconv;
#     libmojolicious-perl 9.31+dfsg-1 on Perl 5.36.0; python3-pypdf
#     3.4.1-1+deb12u1 on Python 3.11.2, /usr/bin/python3; chromium
#     156.0.8078.114-1~deb12u1 with fonts-noto-cjk 1:20220127+repack1-1;
#     GNU sed 4.9 strips the gold attributes), Node 20.20.2 with npm 11.19.1,
#     Go 1.26.8.
#   The npm registry, for tools/up (upndown 2.1.0 on htmlparser2 3.10.1),
#     pinned in its package-lock.json, installed with npm ci.
#   The Go module proxy, for tools/dc (code.sajari.com/docconv v1.3.8),
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
T=$(mktemp -d /tmp/yt.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/up" "$T/dc"
cp tools/up/package.json tools/up/package-lock.json tools/up/up.mjs "$T/up/"
(cd "$T/up" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1)
cp tools/dc/main.go.txt "$T/dc/main.go"; cp tools/dc/go.mod.txt "$T/dc/go.mod"; cp tools/dc/go.sum.txt "$T/dc/go.sum"
(cd "$T/dc" && go build -o dcload .)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# upndown's Markdown of the whole file (npm)
up() { strip "$1"; node "$T/up/up.mjs" "$T/$1.html" > "pages/$1.txt"; }
# docconv.ConvertHTML(f, false) (Go; runs Debian's tidy first)
dc() { strip "$1"; (cd "$T" && ./dc/dcload "$1.html") > "pages/$1.txt"; }
# Mojo::DOM's all_text of the <body> (Debian's libmojolicious-perl)
mj() { strip "$1"; /usr/bin/perl tools/mj/mj.pl "$T/$1.html" > "pages/$1.txt"; }
# Chromium's headless print to PDF (no header and footer), then pypdf's
# extract_text() of every page (Debian's python3-pypdf)
pp() { strip "$1"; rm -f "$T/$1.pdf"
       chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
         --disable-background-networking --disable-component-update --disable-sync --no-first-run \
         --user-data-dir="$T/chr" --print-to-pdf="$T/$1.pdf" "file://$T/$1.html" >/dev/null 2>&1
       [ -s "$T/$1.pdf" ]
       /usr/bin/python3 tools/pp/pp.py "$T/$1.pdf" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 ps-1; do [ -f "html/$p.html" ] && up "$p"; done
for p in de-2 es-2 pl-1 zh-2 or-1; do [ -f "html/$p.html" ] && dc "$p"; done
for p in fr-2 pl-2 es-3 zh-3 qu-1; do [ -f "html/$p.html" ] && mj "$p"; done
for p in de-3 fr-3 pl-3 zh-4 hsb-1; do [ -f "html/$p.html" ] && pp "$p"; done
exit 0
