#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc elinks links
#     (pandoc 2.17.1.1-2~deb12u1, elinks 0.13.2-1+b4 (ELinks 0.13.2),
#      links 2.28-1+b2 (Links 2.28); GNU sed 4.9 strips the gold attributes).
#   Go 1.26.8 and the Go module proxy, for the jaytaylor/html2text driver in
#   tools/jh2t (its own module, not part of winnow's: go.mod pins
#   github.com/jaytaylor/html2text v0.0.0-20230321000545-74c2419ad056 with
#   github.com/olekukonko/tablewriter v0.0.5, github.com/ssor/bom,
#   golang.org/x/net v0.63.0 and their dependencies; go.sum holds their
#   hashes). The script builds it into a temporary directory; nothing is
#   installed.
#
# The data-gold attributes (the labels) are taken out before every converter
# (pandoc would print the class of a <div> as a container directive, and any
# attribute could leak into some converter's output). Nothing else of the
# HTML is changed. Widths are given on the command line (pandoc's default 72
# columns, -dump-width 100, -width 120; jaytaylor/html2text does not wrap),
# so the terminal's size does not matter.
set -e
# ELinks reads the locale even with -dump-charset: pin a UTF-8 one.
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
(cd tools/jh2t && go build -trimpath -o "$T/jh2t" .)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
rst() { strip "$1"; pandoc -f html -t rst "$T/$1.html" -o "pages/$1.txt"; }
elinks_plain() { strip "$1"; elinks -no-home 1 -dump -no-references -no-numbering -dump-width 100 -dump-charset UTF-8 "$T/$1.html" > "pages/$1.txt"; }
links_wide() { strip "$1"; links -dump -width 120 -codepage utf-8 "$T/$1.html" > "pages/$1.txt"; }
jh2t() { strip "$1"; "$T/jh2t" "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 pl-1 zh-1; do [ -f "html/$p.html" ] && rst "$p"; done
for p in de-2 es-2 zh-2 ro-1 uk-1; do [ -f "html/$p.html" ] && elinks_plain "$p"; done
for p in es-3 fr-2 pl-2 zh-3 fi-1; do [ -f "html/$p.html" ] && links_wide "$p"; done
for p in de-3 fr-3 pl-3 zh-4 el-1; do [ -f "html/$p.html" ] && jh2t "$p"; done
exit 0
