#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y python3-html-text python3-readability
#     (python3-html-text 0.5.2-2, html-text 0.5.2; python3-readability
#      0.8.1+dfsg1-3, readability-lxml 0.8.1; python3-lxml 4.9.2-1+deb12u1;
#      Debian's /usr/bin/python3 3.11.2).
#   npm (Node.js 20.20.2, npm 11.19.1), outside the repository:
#     mkdir -p /tmp/xu-node && cd /tmp/xu-node && npm init -y &&
#     npm pkg set 'overrides.difflib=0.2.4' 'overrides.browser-request=0.3.3' &&
#     npm install @postlight/parser@2.2.3 node-html-markdown@2.0.0
#   (the overrides replace two GitHub dependencies of @postlight/parser that
#   cannot be fetched without GitHub access by their npm releases; or set
#   XU_NODE to another directory holding that node_modules).
set -e
cd "$(dirname "$0")"
NODE_PATH="${XU_NODE:-/tmp/xu-node}/node_modules"
export NODE_PATH
PY=/usr/bin/python3

htmltext() {
	$PY -c 'import sys, html_text; sys.stdout.write(html_text.extract_text(open(sys.argv[1], encoding="utf-8").read()))' "html/$1.html" > "pages/$1.txt"
}
readability_lxml() {
	$PY -c 'import sys, lxml.html; from readability import Document; sys.stdout.write(lxml.html.fromstring(Document(open(sys.argv[1], encoding="utf-8").read()).summary()).text_content())' "html/$1.html" > "pages/$1.txt"
}
mercury() { node mercury.js "html/$1.html" > "pages/$1.txt"; }
nhm() { node nhm.js "html/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 pl-1 zh-1; do [ -f "html/$p.html" ] && htmltext "$p"; done
for p in de-2 es-2 zh-2 it-1 nl-1; do [ -f "html/$p.html" ] && readability_lxml "$p"; done
for p in es-3 fr-2 pl-2 pt-1 ru-1; do [ -f "html/$p.html" ] && mercury "$p"; done
for p in de-3 fr-3 pl-3 zh-3 zh-4; do [ -f "html/$p.html" ] && nhm "$p"; done
exit 0
