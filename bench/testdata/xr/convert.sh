#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run in bench/testdata/xr.
# Tools: Lynx 2.9.0dev.12, w3m 0.5.3+git20230121, pandoc 2.17.1.1 (Debian 12),
# python3 wet.py (this directory).
set -e
cd "$(dirname "$0")"

lynx_dump() { lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 "html/$1.html" > "pages/$1.txt"; }
w3m_dump() { w3m -dump -cols 80 -I utf-8 -O utf-8 -T text/html "html/$1.html" > "pages/$1.txt"; }
pandoc_plain() { pandoc -f html -t plain "html/$1.html" -o "pages/$1.txt"; }
wet() { python3 wet.py "html/$1.html" > "pages/$1.txt"; }

for p in de-1 es-3 fr-3 zh-4; do [ -f "html/$p.html" ] && lynx_dump "$p"; done
for p in de-2 es-1 pl-3 zh-1; do [ -f "html/$p.html" ] && w3m_dump "$p"; done
for p in de-3 fr-1 pl-2 zh-3; do [ -f "html/$p.html" ] && pandoc_plain "$p"; done
for p in es-2 fr-2 pl-1 zh-2; do [ -f "html/$p.html" ] && wet "$p"; done
exit 0
