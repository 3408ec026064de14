#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends xml2 nodejs npm
#     (xml2 0.5-4, whose html2 reads the page with libxml2 2.9.14's HTML
#     parser; GNU sed 4.9 strips the gold attributes), Node 20.20.2 with
#     npm 11.19.1.
#   The npm registry, for tools/js (html2pug 4.0.0, html-to-docx 1.8.0,
#     mammoth 1.13.0, cli-html 6.1.2 and their dependencies), pinned in its
#     package-lock.json, installed with npm ci --ignore-scripts.
#   The script installs the npm packages into a temporary directory; nothing
#   is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. The locale is pinned; cli-html reads no user theme (its config
# directory is the temporary one) and renders for an 80-column terminal
# (COLUMNS=80, stderr not a terminal).
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yx.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/js"
cp tools/js/package.json tools/js/package-lock.json "$T/js/"
(cd "$T/js" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null 2>&1)
M="$T/js/node_modules"

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# html2pug: the page as a Pug template (the package's own command, stdin)
pg() { strip "$1"; node "$M/html2pug/src/cli.js" < "$T/$1.html" > "pages/$1.txt"; }
# html-to-docx makes a .docx of the page; mammoth reads its text back
dx() { strip "$1"; DX_MODULES="$M" node tools/js/dx.js "$T/$1.html" > "pages/$1.txt"; }
# cli-html: the page rendered for a terminal (the package's own command)
ch() { strip "$1"; XDG_CONFIG_HOME="$T/cfg" NO_COLOR=1 FORCE_COLOR=0 COLUMNS=80 \
  node "$M/cli-html/bin/html.js" "$T/$1.html" > "pages/$1.txt" 2> "$T/err" < /dev/null || { cat "$T/err" >&2; exit 1; }; }
# xml2's html2: the page as "/path/of/tags=text" lines (libxml2's HTML
# parser reports the HTML5 tags it does not know on stderr, which is
# discarded, and html2 then exits 1 although it printed the whole page)
h2() { strip "$1"; html2 < "$T/$1.html" > "pages/$1.txt" 2>/dev/null || [ -s "pages/$1.txt" ]; }

for p in de-1 es-1 fr-1 zh-1 gsw-1; do [ -f "html/$p.html" ] && pg "$p"; done
for p in de-2 es-2 pl-1 zh-2 lmo-1; do [ -f "html/$p.html" ] && dx "$p"; done
for p in fr-2 pl-2 es-3 zh-3 szl-1; do [ -f "html/$p.html" ] && ch "$p"; done
for p in de-3 fr-3 pl-3 zh-4 ext-1; do [ -f "html/$p.html" ] && h2 "$p"; done
exit 0
