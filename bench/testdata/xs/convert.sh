#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
# Tools (Debian 12 packages): ELinks 0.13.2 (elinks 0.13.2-1+b4), Links 2.28
# (links 2.28-1+b2), html2text 1.3.2a (html2text 1.3.2a-28); python3 reader.py
# (this directory, Python 3.11).
set -e
cd "$(dirname "$0")"

elinks_dump() { elinks -dump -dump-width 80 -dump-charset utf-8 "html/$1.html" > "pages/$1.txt"; }
links_dump() { links -dump -width 80 -codepage utf-8 "html/$1.html" > "pages/$1.txt"; }
html2text_dump() { html2text -utf8 -width 80 "html/$1.html" > "pages/$1.txt"; }
reader() { python3 reader.py "html/$1.html" > "pages/$1.txt"; }

for p in de-1 es-2 pl-3 zh-1; do [ -f "html/$p.html" ] && elinks_dump "$p"; done
for p in de-2 fr-1 pl-1 zh-4; do [ -f "html/$p.html" ] && links_dump "$p"; done
for p in es-1 fr-3 pl-2 zh-2; do [ -f "html/$p.html" ] && html2text_dump "$p"; done
for p in de-3 es-3 fr-2 zh-3; do [ -f "html/$p.html" ] && reader "$p"; done
exit 0
