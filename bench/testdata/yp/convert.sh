#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends php-cli
#     php-league-html-to-markdown gir1.2-webkit2-4.1 python3-gi xvfb xauth
#     nodejs npm
#     (php-league-html-to-markdown 5.1.0-1 on PHP 8.2; gir1.2-webkit2-4.1
#     2.50.6-1~deb12u2, WebKitGTK 2.50.6, driven from python3-gi 3.42.2 under
#     xvfb-run; GNU sed 4.9 strips the gold attributes), Node 20.20.2 with
#     npm 11.19.1, Go 1.26.
#   The npm registry, for tools/am (agentmarkdown 6.0.0), pinned in its
#     package-lock.json, installed with npm ci.
#   The Go module proxy, for tools/hq (github.com/antchfx/htmlquery v1.3.7),
#     pinned in its go.sum.
#   The script installs the npm package and builds the Go driver into a
#   temporary directory; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. None of the four wraps lines; the locale is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yp.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/am" "$T/rt"
chmod 700 "$T/rt"
cp tools/am/package.json tools/am/package-lock.json tools/am/am.cjs "$T/am/"
(cd "$T/am" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1)
(cd tools/hq && go build -trimpath -o "$T/hq" .)
XDG_RUNTIME_DIR="$T/rt"
export XDG_RUNTIME_DIR

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# league/html-to-markdown (PHP): strip_tags on, TableConverter added
lg() { strip "$1"; php tools/lg/lg.php "$T/$1.html" > "pages/$1.txt"; }
# agentmarkdown (npm): AgentMarkdown.produce of the whole file
am() { strip "$1"; node "$T/am/am.cjs" "$T/$1.html" > "pages/$1.txt"; }
# antchfx/htmlquery (Go): InnerText of the document
hq() { strip "$1"; "$T/hq" "$T/$1.html" > "pages/$1.txt"; }
# WebKitGTK (through python3-gi, under a virtual X server): body.innerText
wk() { strip "$1"; xvfb-run -a /usr/bin/python3 tools/wk/wk.py "$T/$1.html" > "pages/$1.txt" 2>/dev/null; }

for p in de-1 es-1 fr-1 zh-1 co-1; do [ -f "html/$p.html" ] && lg "$p"; done
for p in de-2 es-2 pl-1 zh-2 pa-1; do [ -f "html/$p.html" ] && am "$p"; done
for p in fr-2 pl-2 es-3 zh-3 kn-1; do [ -f "html/$p.html" ] && hq "$p"; done
for p in de-3 fr-3 pl-3 zh-4 tt-1; do [ -f "html/$p.html" ] && wk "$p"; done
exit 0
