#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y lynx pandoc  (lynx 2.9.0dev.12-1,
#     pandoc 2.17.1.1-2~deb12u1; GNU sed 4.9 strips the gold attributes).
#   Go 1.26.8 and the Go module proxy, for the two Go drivers, each its own
#   module (not part of winnow's; go.mod and go.sum pin every version):
#     tools/k3a     - github.com/k3a/html2text v1.3.0
#     tools/readeck - codeberg.org/readeck/go-readability/v2 v2.1.3
#   The script builds them into a temporary directory; nothing is installed.
#
# The data-gold attributes (the labels) are taken out before every converter
# (the extractor reads classes and attributes, and any attribute could change
# what it keeps). Nothing else of the HTML is changed. lynx gets its width
# (100) and character sets on the command line and no configuration file of
# the user's; the other tools do not wrap. The locale is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
(cd tools/k3a && go build -trimpath -o "$T/k3a" .)
(cd tools/readeck && go build -trimpath -o "$T/readeck" .)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
lyn() {
	strip "$1"
	LYNX_CFG=/dev/null lynx -dump -list_inline -width=100 -nomargins \
		-assume_charset=utf-8 -display_charset=utf-8 "$T/$1.html" > "pages/$1.txt"
}
k3a() { strip "$1"; "$T/k3a" "$T/$1.html" > "pages/$1.txt"; }
readeck() { strip "$1"; "$T/readeck" "$T/$1.html" > "pages/$1.txt"; }
wiki() { strip "$1"; pandoc -f html -t mediawiki "$T/$1.html" -o "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 it-1; do [ -f "html/$p.html" ] && lyn "$p"; done
for p in de-2 es-2 pl-1 zh-2 pt-1; do [ -f "html/$p.html" ] && k3a "$p"; done
for p in fr-2 pl-2 es-3 zh-3 hr-1; do [ -f "html/$p.html" ] && readeck "$p"; done
for p in de-3 fr-3 pl-3 zh-4 bg-1; do [ -f "html/$p.html" ] && wiki "$p"; done
exit 0
