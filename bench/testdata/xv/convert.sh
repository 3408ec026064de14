#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc lynx w3m
#     (pandoc 2.17.1.1-2~deb12u1, lynx 2.9.0dev.12-1, w3m 0.5.3+git20230121-2;
#      Debian's /usr/bin/python3 3.11.2 and sed to strip the gold attributes
#      and read the <title>).
#   npm (Node.js 20.20.2, npm 11.19.1), outside the repository:
#     mkdir -p /tmp/xv-node && cd /tmp/xv-node && npm init -y &&
#     npm install @mozilla/readability@0.6.0 jsdom@27.0.1 turndown@7.2.5
#   (or set XV_NODE to another directory holding that node_modules).
#
# The data-gold attributes (the labels) are taken out before every converter
# (pandoc would print them as Markdown attributes; the others ignore them).
set -e
cd "$(dirname "$0")"
NODE_PATH="${XV_NODE:-/tmp/xv-node}/node_modules"
export NODE_PATH
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
pandoc_md() { strip "$1"; pandoc -f html -t markdown "$T/$1.html" -o "pages/$1.txt"; }
reader() { strip "$1"; node reader.js "$T/$1.html" > "pages/$1.txt"; }
lynx_dump() { strip "$1"; lynx -dump -nolist -width=100 -display_charset=utf-8 "$T/$1.html" > "pages/$1.txt"; }
w3m_dump() {
	strip "$1"
	{
		/usr/bin/python3 -c 'import sys, re, html; t = re.search(r"<title>(.*?)</title>", open(sys.argv[1], encoding="utf-8").read(), re.S).group(1); print(html.unescape(" ".join(t.split())))' "$T/$1.html"
		echo
		w3m -dump -cols 120 -T text/html -I UTF-8 -O UTF-8 "$T/$1.html"
	} > "pages/$1.txt"
}

for p in de-1 es-1 fr-1 pl-1 zh-1; do [ -f "html/$p.html" ] && pandoc_md "$p"; done
for p in de-2 es-2 zh-2 it-1 sv-1; do [ -f "html/$p.html" ] && reader "$p"; done
for p in es-3 fr-2 pl-2 cs-1 zh-3; do [ -f "html/$p.html" ] && lynx_dump "$p"; done
for p in de-3 fr-3 pl-3 zh-4 ja-1; do [ -f "html/$p.html" ] && w3m_dump "$p"; done
exit 0
