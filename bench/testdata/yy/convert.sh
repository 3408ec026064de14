#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends html-xml-utils
#     antiword libreoffice-writer-nogui libreoffice-calc-nogui recollcmd
#     (html-xml-utils 7.7-1.1's hxpipe; LibreOffice 7.4.7 with antiword
#     0.37-16; recollcmd 1.34.3-1 on Xapian 1.4.22; GNU sed 4.9 strips the
#     gold attributes).
#   No npm package and no Go module.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. The locale is pinned; LibreOffice runs with a fresh profile in
# the temporary directory (HOME); recoll indexes a fixed directory,
# /tmp/yy-recoll/pages, so that the file URL it prints is the same on every
# run (the directory is made anew and removed again).
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yy.XXXXXXXX)
R=/tmp/yy-recoll
trap 'rm -rf "$T" "$R"' EXIT
HOME="$T/home"
export HOME
mkdir "$HOME"

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# hxpipe: the page as an ESIS-like event stream, a line an event:
# "(tag", ")tag", "Aname CDATA value", "-text" (html-xml-utils)
hx() { strip "$1"; hxpipe "$T/$1.html" > "pages/$1.txt"; }
# LibreOffice Writer saves the page as a Word 97 document; antiword reads
# its text back (UTF-8 output)
aw() { strip "$1"; soffice --headless --convert-to 'doc:MS Word 97' --outdir "$T/doc" "$T/$1.html" > /dev/null 2>&1
  antiword -m UTF-8.txt "$T/doc/$1.doc" > "pages/$1.txt"; }
# LibreOffice Calc imports the page (its HTML web-query filter) and saves
# the sheet as CSV: comma, double quotes, UTF-8 (filter options 44,34,76)
cv() { strip "$1"; soffice --headless --infilter=calc_HTML_WebQuery \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' --outdir "$T/csv" "$T/$1.html" > /dev/null 2>&1
  cp "$T/csv/$1.csv" "pages/$1.txt"; }
# recoll indexes the page and recollq prints the query's result with the
# document's text as the index stores it (-d)
rc() { strip "$1"; rm -rf "$R"; mkdir -p "$R/pages" "$R/conf"; cp "$T/$1.html" "$R/pages/"
  printf 'topdirs = %s/pages\ndbdir = %s/db\n' "$R" "$R" > "$R/conf/recoll.conf"
  recollindex -c "$R/conf" > /dev/null 2>&1
  recollq -c "$R/conf" -d "filename:$1.html" 2> /dev/null > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 bar-1; do [ -f "html/$p.html" ] && hx "$p"; done
for p in de-2 es-2 pl-1 zh-2 wa-1; do [ -f "html/$p.html" ] && aw "$p"; done
for p in fr-2 pl-2 es-3 zh-3 dsb-1; do [ -f "html/$p.html" ] && cv "$p"; done
for p in de-3 fr-3 pl-3 zh-4 pcd-1; do [ -f "html/$p.html" ] && rc "$p"; done
exit 0
