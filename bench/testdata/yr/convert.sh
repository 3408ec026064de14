#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends ruby-liquid
#     libpdfbox2-java default-jdk-headless chromium fonts-noto-cjk alpine
#     tmux nodejs npm
#     (ruby-liquid 5.4.0-3 on Ruby 3.1; chromium 156.0.8078.114-1~deb12u1
#     with fonts-noto-cjk 1:20220127+repack1-1; libpdfbox2-java 2.0.27-2 on
#     OpenJDK 17; alpine 2.26+dfsg-1 driven in tmux 3.3a; Python 3.11 for
#     mail.py; GNU sed 4.9 strips the gold attributes), Node 20.20.2 with
#     npm 11.19.1.
#   The npm registry, for tools/ax (playwright-core 1.65.1, which drives
#     /usr/bin/chromium and downloads no browser), pinned in its
#     package-lock.json, installed with npm ci.
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
T=$(mktemp -d /tmp/yr.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/ax" "$T/pb"
cp tools/ax/package.json tools/ax/package-lock.json tools/ax/ax.mjs "$T/ax/"
(cd "$T/ax" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1)
CP=/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar
javac -encoding UTF-8 -cp "$CP" -d "$T/pb" tools/pb/PB.java

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# Liquid (Ruby, Jekyll's filters): {{ page | strip_html }} of the whole file
lq() { strip "$1"; ruby tools/lq/lq.rb "$T/$1.html" > "pages/$1.txt"; }
# Playwright's ARIA snapshot of the body (Chromium's accessibility tree as YAML)
ax() { strip "$1"; node "$T/ax/ax.mjs" "$T/$1.html" > "pages/$1.txt"; }
# Chromium's headless print to PDF (no header and footer), then PDFBox's text
pb() { strip "$1"; rm -f "$T/$1.pdf"
       chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
         --user-data-dir="$T/chr" --print-to-pdf="$T/$1.pdf" "file://$T/$1.html" >/dev/null 2>&1
       [ -s "$T/$1.pdf" ]; java -cp "$CP:$T/pb" PB "$T/$1.pdf" > "pages/$1.txt"; }
# Alpine (C): the page as the text/html body of a one-message mbox, exported
al() { strip "$1"; /usr/bin/python3 tools/al/mail.py "$T/$1.html" "$T/$1.mbox"
       sh tools/al/al.sh "$T/$1.mbox" "pages/$1.txt" "$T/al"; }

for p in de-1 es-1 fr-1 zh-1 la-1; do [ -f "html/$p.html" ] && lq "$p"; done
for p in de-2 es-2 pl-1 zh-2 rm-1; do [ -f "html/$p.html" ] && ax "$p"; done
for p in fr-2 pl-2 es-3 zh-3 ku-1; do [ -f "html/$p.html" ] && pb "$p"; done
for p in de-3 fr-3 pl-3 zh-4 tk-1; do [ -f "html/$p.html" ] && al "$p"; done
exit 0
