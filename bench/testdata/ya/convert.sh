#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y default-jdk-headless libboilerpipe-java
#     libhtml-format-perl pandoc  (boilerpipe 1.2.0-2 with nekohtml
#     1.9.22.noko2-0.1 and xerces 2.12.2-1 on OpenJDK 17.0.15; HTML::FormatText
#     2.16-2 with HTML::TreeBuilder 5.07-3 and HTML::Parser 3.81 on perl
#     5.36.0; pandoc 2.17.1.1-2~deb12u1; GNU sed 4.9 strips the gold
#     attributes).
#   Go 1.26.8 and the Go module proxy, for the Go driver, its own module (not
#   part of winnow's; go.mod and go.sum pin every version):
#     tools/godown - github.com/mattn/godown v0.0.1
#   The script compiles tools/boilerpipe/Boil.java and builds tools/godown
#   into a temporary directory; nothing is installed.
#
# The data-gold attributes (the labels) are taken out before every converter
# (the extractor reads the markup, and any attribute could change what it
# keeps). Nothing else of the HTML is changed. HTML::FormatText wraps at its
# own default margin (72), not at the terminal's; the other tools do not
# wrap. The locale is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
CP=/usr/share/java/boilerpipe.jar:/usr/share/java/nekohtml.jar:/usr/share/java/xercesImpl.jar
javac -encoding UTF-8 -d "$T" -cp "$CP" tools/boilerpipe/Boil.java
(cd tools/godown && go build -trimpath -o "$T/godown" .)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
boil() { strip "$1"; java -cp "$T:$CP" Boil "$T/$1.html" > "pages/$1.txt"; }
godown() { strip "$1"; "$T/godown" "$T/$1.html" > "pages/$1.txt"; }
ftext() { strip "$1"; perl tools/formattext/formattext.pl "$T/$1.html" > "pages/$1.txt"; }
doku() { strip "$1"; pandoc -f html -t dokuwiki "$T/$1.html" -o "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 ca-1; do [ -f "html/$p.html" ] && boil "$p"; done
for p in de-2 es-2 pl-1 zh-2 lt-1; do [ -f "html/$p.html" ] && godown "$p"; done
for p in fr-2 pl-2 es-3 zh-3 sl-1; do [ -f "html/$p.html" ] && ftext "$p"; done
for p in de-3 fr-3 pl-3 zh-4 et-1; do [ -f "html/$p.html" ] && doku "$p"; done
exit 0
