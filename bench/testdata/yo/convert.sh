#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y --no-install-recommends python3-pyqt6
#     wkhtmltopdf python3-pdfminer fonts-noto-cjk nodejs npm
#     (python3-pyqt6 6.4.2-1 on Qt 6.4.2 for QTextDocument; wkhtmltopdf
#     0.12.6-2+b1; python3-pdfminer 20221105+dfsg-1.1~deb12u1 for pdf2txt;
#     fonts-noto-cjk 1:20220127+repack1-1 for the Chinese pages; GNU sed 4.9
#     strips the gold attributes), Node 20.20.2 with npm 11.19.1, Go 1.26.
#   The npm registry, for tools/kb (@kreuzberg/html-to-markdown-node 3.7.2),
#     pinned in its package-lock.json, installed with npm install --no-save
#     (npm ci refuses the lock: two musl builds it names have no 3.7.2).
#   The Go module proxy, for tools/st (github.com/grokify/html-strip-tags-go
#     v0.0.1), pinned in its go.sum.
#   The script installs the npm package and builds the Go driver into a
#   temporary directory; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. Qt and kreuzberg do not wrap, strip-tags keeps the source's
# lines, wkhtmltopdf lays the page out at its default A4 page; the locale is
# pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yo.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/kb" "$T/rt"
chmod 700 "$T/rt"
cp tools/kb/package.json tools/kb/package-lock.json tools/kb/kb.cjs "$T/kb/"
(cd "$T/kb" && npm install --silent --no-audit --no-fund --no-save >/dev/null)
(cd tools/st && go build -trimpath -o "$T/st" .)
XDG_RUNTIME_DIR="$T/rt"
QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR QT_QPA_PLATFORM

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
# kreuzberg's html-to-markdown (Rust, through its Node binding)
kb() { strip "$1"; node "$T/kb/kb.cjs" "$T/$1.html" > "pages/$1.txt"; }
# Qt's QTextDocument: setHtml, then toPlainText
qt() { strip "$1"; /usr/bin/python3 tools/qt/qt.py "$T/$1.html" > "pages/$1.txt" 2>/dev/null; }
# grokify/html-strip-tags-go: StripTags of the whole file
st() { strip "$1"; "$T/st" "$T/$1.html" > "pages/$1.txt"; }
# wkhtmltopdf to PDF (it exits 1 for the images it cannot load, and writes
# the PDF all the same), then pdfminer.six's pdf2txt
wk() {
	strip "$1"
	wkhtmltopdf -q --load-error-handling ignore --load-media-error-handling ignore "$T/$1.html" "$T/$1.pdf" >/dev/null 2>&1 || true
	test -s "$T/$1.pdf"
	pdf2txt -o "pages/$1.txt" "$T/$1.pdf"
}

for p in de-1 es-1 fr-1 zh-1 ast-1; do [ -f "html/$p.html" ] && kb "$p"; done
for p in de-2 es-2 pl-1 zh-2 gu-1; do [ -f "html/$p.html" ] && qt "$p"; done
for p in fr-2 pl-2 es-3 zh-3 ht-1; do [ -f "html/$p.html" ] && st "$p"; done
for p in de-3 fr-3 pl-3 zh-4 nn-1; do [ -f "html/$p.html" ] && wk "$p"; done
exit 0
