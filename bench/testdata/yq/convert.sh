#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends hugo
#     libhtmlparser-java default-jdk-headless chromium fonts-noto-cjk
#     newsboat tmux nodejs npm
#     (hugo 0.111.3-1; libhtmlparser-java 1.6.20060610.dfsg0-9 on OpenJDK
#     17; chromium 156.0.8078.114-1~deb12u1 with fonts-noto-cjk
#     1:20220127+repack1-1; newsboat 2.21-1.5 driven in tmux 3.3a; GNU sed
#     4.9 strips the gold attributes), Node 20.20.2 with npm 11.19.1.
#   The npm registry, for tools/pp (pdf-parse 2.4.5 on pdfjs-dist 5.4.296),
#     pinned in its package-lock.json, installed with npm ci.
#   The script installs the npm package and compiles the Java driver into a
#   temporary directory; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. The locale is pinned.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yq.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/pp" "$T/sb" "$T/hugo"
cp tools/pp/package.json tools/pp/package-lock.json tools/pp/pp.mjs "$T/pp/"
(cd "$T/pp" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1)
javac -encoding UTF-8 -cp /usr/share/java/libhtmlparser.jar -d "$T/sb" tools/sb/SB.java
cp -r tools/hugo/config.toml tools/hugo/layouts "$T/hugo/"

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# Hugo (Go): the home page of a one-page site, readFile "page.html" | plainify
hg() { strip "$1"; cp "$T/$1.html" "$T/hugo/page.html"
       (cd "$T/hugo" && hugo --quiet --noBuildLock -d out)
       cp "$T/hugo/out/index.html" "pages/$1.txt"; }
# HTML Parser's StringBean (Java): getStrings() of the page
sb() { strip "$1"; java -Dfile.encoding=UTF-8 -cp "/usr/share/java/libhtmlparser.jar:$T/sb" SB "$T/$1.html" > "pages/$1.txt"; }
# Chromium's headless print to PDF (no header and footer), then pdf-parse's text
pp() { strip "$1"; rm -f "$T/$1.pdf"
       chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
         --user-data-dir="$T/chr" --print-to-pdf="$T/$1.pdf" "file://$T/$1.html" >/dev/null 2>&1
       [ -s "$T/$1.pdf" ]; node "$T/pp/pp.mjs" "$T/$1.pdf" > "pages/$1.txt"; }
# newsboat (C++): the page as the one item of a full-content RSS feed, saved
nb() { strip "$1"; /usr/bin/python3 tools/nb/feed.py "$T/$1.html" "$T/$1.xml"
       sh tools/nb/nb.sh "$T/$1.xml" "pages/$1.txt" "$T/nb"; }

for p in de-1 es-1 fr-1 zh-1 fo-1; do [ -f "html/$p.html" ] && hg "$p"; done
for p in de-2 es-2 pl-1 zh-2 tg-1; do [ -f "html/$p.html" ] && sb "$p"; done
for p in fr-2 pl-2 es-3 zh-3 mg-1; do [ -f "html/$p.html" ] && pp "$p"; done
for p in de-3 fr-3 pl-3 zh-4 lo-1; do [ -f "html/$p.html" ] && nb "$p"; done
exit 0
