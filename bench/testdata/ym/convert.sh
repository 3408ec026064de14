#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y libhtml-formattext-withlinks-andtables-perl
#     libjericho-html-java openjdk-17-jdk-headless chromium calibre nodejs npm
#     (libhtml-formattext-withlinks-andtables-perl 0.07-2 on
#     libhtml-formattext-withlinks-perl 0.15-3 and libhtml-format-perl 2.16-2,
#     Perl 5.36.0; libjericho-html-java 3.2-2 on OpenJDK 17.0.15+6-1~deb12u1;
#     chromium 156.0.8078.114-1~deb12u1; calibre 6.13.0+repack-2+deb12u10 for
#     ebook-convert; GNU sed 4.9 strips the gold attributes), Node 20.20.2
#     with npm 11.19.1 here for the Chromium driver.
#   The npm registry, for tools/it (playwright-core 1.65.1, which drives the
#     Debian chromium; it downloads no browser), pinned in its
#     package-lock.json, installed with npm ci.
#   The script installs the npm package and compiles the Java driver into a
#   temporary directory; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. WithLinks::AndTables wraps at its default right margin (72),
# Jericho's Renderer at its default line length (76); Chromium's innerText
# and calibre's TXT output (--max-line-length 0) do not wrap; the locale is
# pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/ym.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/it" "$T/jr" "$T/cal"
cp tools/it/package.json tools/it/package-lock.json tools/it/it.mjs "$T/it/"
(cd "$T/it" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)
JER=/usr/share/java/jericho-html.jar
javac -encoding UTF-8 -cp "$JER" -d "$T/jr" tools/jr/Jr.java

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
wl() { strip "$1"; perl tools/wl/wl.pl "$T/$1.html" > "pages/$1.txt"; }
jr() { strip "$1"; java -cp "$JER:$T/jr" Jr "$T/$1.html" > "pages/$1.txt"; }
it() { strip "$1"; node "$T/it/it.mjs" "$T/$1.html" > "pages/$1.txt"; }
cal() {
	strip "$1"
	HOME="$T/cal" ebook-convert "$T/$1.html" "$T/$1.txt" >/dev/null 2>&1
	cp "$T/$1.txt" "pages/$1.txt"
}

for p in de-1 es-1 fr-1 zh-1 oc-1; do [ -f "html/$p.html" ] && wl "$p"; done
for p in de-2 es-2 pl-1 zh-2 bs-1; do [ -f "html/$p.html" ] && jr "$p"; done
for p in fr-2 pl-2 es-3 zh-3 te-1; do [ -f "html/$p.html" ] && it "$p"; done
for p in de-3 fr-3 pl-3 zh-4 fy-1; do [ -f "html/$p.html" ] && cal "$p"; done
exit 0
