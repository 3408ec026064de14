#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends ruby-html2text
#     python3-django xsltproc nodejs npm
#     (ruby-html2text 0.2.0-1.1 on Ruby 3.1.2; python3-django
#     3:3.2.25-0+deb12u2 on Python 3.11.2; xsltproc 1.1.35-1+deb12u4 with
#     libxslt 1.1.35 and libxml2 2.9.14; GNU sed 4.9 strips the gold
#     attributes), Node 20.20.2 with npm 11.19.1.
#   The npm registry, for tools/xs (xss 1.0.15, on cssfilter 0.0.10),
#     pinned in its package-lock.json, installed with npm ci.
#   The script installs the npm package into a temporary directory; nothing
#   is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. The locale is pinned.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yw.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/xs"
cp tools/xs/package.json tools/xs/package-lock.json "$T/xs/"
(cd "$T/xs" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# js-xss (npm xss) with an empty allow-list: tags dropped, their text kept
xs() { strip "$1"; XS_MODULES="$T/xs/node_modules" node tools/xs/xs.js "$T/$1.html" > "pages/$1.txt"; }
# the html2text gem (Debian ruby-html2text): Html2Text.convert(html)
rh() { strip "$1"; /usr/bin/ruby tools/rh/rh.rb "$T/$1.html" > "pages/$1.txt"; }
# Django's django.utils.html.strip_tags (Debian python3-django)
dj() { strip "$1"; /usr/bin/python3 tools/dj/dj.py "$T/$1.html" > "pages/$1.txt"; }
# xsltproc --html with a stylesheet of XSLT's built-in rules, text output
# (libxml2's HTML parser reports HTML5 tags it does not know on stderr)
xt() { strip "$1"; xsltproc --html tools/xt/text.xsl "$T/$1.html" > "pages/$1.txt" 2>/dev/null; }

for p in de-1 es-1 fr-1 zh-1 pms-1; do [ -f "html/$p.html" ] && xs "$p"; done
for p in de-2 es-2 pl-1 zh-2 nap-1; do [ -f "html/$p.html" ] && rh "$p"; done
for p in fr-2 pl-2 es-3 zh-3 lij-1; do [ -f "html/$p.html" ] && dj "$p"; done
for p in de-3 fr-3 pl-3 zh-4 li-1; do [ -f "html/$p.html" ] && xt "$p"; done
exit 0
