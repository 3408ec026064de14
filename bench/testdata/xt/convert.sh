#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   npm (Node.js 20.20.2, npm 11.19.1), outside the repository:
#     mkdir -p /tmp/xt-node && cd /tmp/xt-node && npm init -y &&
#     npm install html-to-text@10.0.1 @mozilla/readability@0.6.0 jsdom@29.1.1
#   (or set XT_NODE to another directory holding that node_modules);
#   Debian 12: apt-get install -y python3-html2text python3-bs4
#     (python3-html2text 2020.1.16-2, command html2markdown.py3;
#      python3-bs4 4.11.2-2, BeautifulSoup 4.11.2; Debian's python3 3.11.2).
set -e
cd "$(dirname "$0")"
NODE_PATH="${XT_NODE:-/tmp/xt-node}/node_modules"
export NODE_PATH
PY=/usr/bin/python3

htmltotext() { node htmltotext.js "html/$1.html" > "pages/$1.txt"; }
html2text_py() { html2markdown.py3 "html/$1.html" > "pages/$1.txt"; }
readability() { node readability.js "html/$1.html" > "pages/$1.txt"; }
bs4_text() {
	$PY -c 'import sys; from bs4 import BeautifulSoup; sys.stdout.write(BeautifulSoup(open(sys.argv[1], encoding="utf-8").read(), "html.parser").get_text())' "html/$1.html" > "pages/$1.txt"
}

for p in de-1 es-2 pl-3 zh-1; do [ -f "html/$p.html" ] && htmltotext "$p"; done
for p in de-2 fr-1 pl-1 zh-4; do [ -f "html/$p.html" ] && html2text_py "$p"; done
for p in de-3 es-3 fr-2 zh-3; do [ -f "html/$p.html" ] && readability "$p"; done
for p in es-1 fr-3 pl-2 zh-2; do [ -f "html/$p.html" ] && bs4_text "$p"; done
exit 0
