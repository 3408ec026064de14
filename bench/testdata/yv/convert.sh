#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends php8.2-cli
#     php8.2-mbstring php-horde-text-filter tdom libboilerpipe-java
#     default-jdk-headless nodejs npm
#     (php 8.2.36-1~deb12u1 with php-horde-text-filter 2.3.7-1 and its
#     php-horde-util 2.5.12-2; tcl 8.6.13 with tdom 0.9.3-1; boilerpipe
#     1.2.0-2 with libnekohtml-java 1.9.22.noko2-0.1 and libxerces2-java
#     2.12.2-1 on OpenJDK 17.0.15; GNU sed 4.9 strips the gold attributes),
#     Node 20.20.2 with npm 11.19.1.
#   The npm registry, for tools/h2m (h2m 0.7.0, on htmlparser2 3.10.1),
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
T=$(mktemp -d /tmp/yv.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/h2m" "$T/ke"
cp tools/h2m/package.json tools/h2m/package-lock.json "$T/h2m/"
(cd "$T/h2m" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1)
CP=/usr/share/java/boilerpipe.jar:/usr/share/java/nekohtml.jar:/usr/share/java/xercesImpl.jar
javac -cp "$CP" -d "$T/ke" tools/ke/KeepAll.java

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# h2m's Markdown of the whole file (npm), through its own command: h2m -f FILE
h2() { strip "$1"; (cd "$T" && node h2m/node_modules/h2m/bin/h2m-cli.js -f "$1.html") > "pages/$1.txt"; }
# Horde's Html2text filter (Debian php-horde-text-filter), as Horde IMP shows an HTML message as text
hz() { strip "$1"; /usr/bin/php tools/hz/hz.php "$T/$1.html" > "pages/$1.txt"; }
# tDOM's HTML parser with -keepEmpties, then the <body>'s asText (Debian tdom)
td() { strip "$1"; /usr/bin/tclsh tools/td/td.tcl "$T/$1.html" > "pages/$1.txt"; }
# boilerpipe's KeepEverythingExtractor (Debian libboilerpipe-java)
ke() { strip "$1"; java -cp "$T/ke:$CP" KeepAll "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 fur-1; do [ -f "html/$p.html" ] && h2 "$p"; done
for p in de-2 es-2 pl-1 zh-2 an-1; do [ -f "html/$p.html" ] && hz "$p"; done
for p in fr-2 pl-2 es-3 zh-3 vec-1; do [ -f "html/$p.html" ] && td "$p"; done
for p in de-3 fr-3 pl-3 zh-4 csb-1; do [ -f "html/$p.html" ] && ke "$p"; done
exit 0
