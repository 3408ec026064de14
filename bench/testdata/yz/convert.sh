#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends nodejs npm
#     libreoffice-writer-nogui wv xmlstarlet rspamd
#     (Node.js 20, npm 11; LibreOffice 7.4.7 with wv 1.2.9's wvWare;
#     xmlstarlet 1.6.1 on libxml2 2.9.14; rspamd 3.4's rspamadm; GNU sed 4.9
#     strips the gold attributes).
#   The npm registry, for tools/js (htmltojsx 0.3.0), pinned by
#     package-lock.json, installed with npm ci --ignore-scripts into a
#     temporary directory; nothing is installed into the repository.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. The locale is pinned; LibreOffice runs with a fresh profile in
# the temporary directory (HOME). For rspamd the page is the body of a
# minimal HTML mail (fixed headers, printed by printf), read from a fixed
# name in the temporary directory, so that the "File:" line is the same on
# every run.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
D=$(pwd)
T=$(mktemp -d /tmp/yz.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
HOME="$T/home"
export HOME
mkdir "$HOME" "$T/js"
cp tools/js/package.json tools/js/package-lock.json "$T/js/"
(cd "$T/js" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null 2>&1)
M="$T/js/node_modules"

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# htmltojsx: the page as React JSX (the package's own command)
jx() { strip "$1"; node "$M/htmltojsx/src/cli.js" "$T/$1.html" > "pages/$1.txt"; }
# LibreOffice Writer saves the page as a Word 97 document; wvWare prints its
# text with wv's own text configuration (wvText.xml), as wvText does where
# no text browser is installed
wv() { strip "$1"; soffice --headless --convert-to 'doc:MS Word 97' --outdir "$T/doc" "$T/$1.html" > /dev/null 2>&1
  wvWare -1 -x /usr/share/wv/wvText.xml "$T/doc/$1.doc" > "pages/$1.txt" 2> /dev/null; }
# xmlstarlet: the page parsed as HTML (fo --html --recover) and every text
# node that is not only whitespace printed on a line of its own
xs() { strip "$1"; xmlstarlet fo --html --recover "$T/$1.html" 2> /dev/null |
  xmlstarlet sel -T -t -m '//text()[normalize-space()]' -v . -n > "pages/$1.txt"; }
# rspamd: the page sent as an HTML mail; rspamadm prints the text that
# rspamd's HTML parser makes of the HTML part (-H)
rs() { strip "$1"; mkdir -p "$T/mail"
  { printf 'From: newsroom@example.org\nTo: reader@example.org\nSubject: page\n'
    printf 'Date: Thu, 03 Dec 2026 12:00:00 +0000\nMessage-ID: <page@example.org>\n'
    printf 'MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n'
    cat "$T/$1.html"; } > "$T/mail/page.eml"
  (cd "$T/mail" && rspamadm mime extract -H page.eml 2> /dev/null) > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 rup-1; do [ -f "html/$p.html" ] && jx "$p"; done
for p in de-2 es-2 pl-1 zh-2 lld-1; do [ -f "html/$p.html" ] && wv "$p"; done
for p in fr-2 pl-2 es-3 zh-3 mwl-1; do [ -f "html/$p.html" ] && xs "$p"; done
for p in de-3 fr-3 pl-3 zh-4 frp-1; do [ -f "html/$p.html" ] && rs "$p"; done
exit 0
