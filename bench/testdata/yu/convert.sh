#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends php8.2-cli php8.2-xml
#     ruby-pdf-reader chromium fonts-noto-cjk fonts-lohit-beng-assamese nodejs npm
#     (php 8.2.36-1~deb12u1 with libxml2 2.9.14+dfsg-1.3~deb12u5;
#     ruby-pdf-reader 2.4.1-1 on Ruby 3.1.2; chromium
#     156.0.8078.114-1~deb12u1 with fonts-noto-cjk 1:20220127+repack1-1 and
#     fonts-lohit-beng-assamese 2.91.5-2; GNU sed 4.9 strips the gold
#     attributes), Node 20.20.2 with npm 11.19.1, Go 1.26.8.
#   The npm registry, for tools/bd (breakdance 3.0.1 on cheerio 0.22.0),
#     pinned in its package-lock.json, installed with npm ci.
#   The Go module proxy, for tools/pf (github.com/klippa-app/go-pdfium
#     v1.21.5, its WebAssembly build of PDFium run by wazero, no cgo), pinned
#     in go.mod.txt and go.sum.txt (kept as .txt so that no module lives
#     inside winnow's tree), built with go build.
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
T=$(mktemp -d /tmp/yu.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/bd" "$T/pf"
cp tools/bd/package.json tools/bd/package-lock.json tools/bd/bd.js "$T/bd/"
(cd "$T/bd" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1)
cp tools/pf/main.go.txt "$T/pf/main.go"; cp tools/pf/go.mod.txt "$T/pf/go.mod"; cp tools/pf/go.sum.txt "$T/pf/go.sum"
(cd "$T/pf" && go build -o pfload .)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# Chromium's headless print to PDF (no header and footer, its default Letter page)
pdf() { rm -f "$T/$1.pdf"
       chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
         --disable-background-networking --disable-component-update --disable-sync --no-first-run \
         --user-data-dir="$T/chr" --print-to-pdf="$T/$1.pdf" "file://$T/$1.html" >/dev/null 2>&1
       [ -s "$T/$1.pdf" ]; }
# breakdance's Markdown of the whole file (npm)
bd() { strip "$1"; node "$T/bd/bd.js" "$T/$1.html" > "pages/$1.txt"; }
# PHP DOM: DOMDocument::loadHTML, then the <body>'s textContent (Debian's php8.2-xml)
dd() { strip "$1"; /usr/bin/php tools/dd/dd.php "$T/$1.html" > "pages/$1.txt"; }
# Chromium's PDF read by PDFium's text API through go-pdfium (Go, WebAssembly)
pf() { strip "$1"; pdf "$1"; "$T/pf/pfload" "$T/$1.pdf" > "pages/$1.txt"; }
# Chromium's PDF read by Ruby's pdf-reader, Page#text (Debian's ruby-pdf-reader)
pr() { strip "$1"; pdf "$1"; /usr/bin/ruby tools/pr/pr.rb "$T/$1.pdf" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 nds-1; do [ -f "html/$p.html" ] && bd "$p"; done
for p in de-2 es-2 pl-1 zh-2 ceb-1; do [ -f "html/$p.html" ] && dd "$p"; done
for p in fr-2 pl-2 es-3 zh-3 scn-1; do [ -f "html/$p.html" ] && pf "$p"; done
for p in de-3 fr-3 pl-3 zh-4 as-1; do [ -f "html/$p.html" ] && pr "$p"; done
exit 0
