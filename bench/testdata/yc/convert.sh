#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc  (pandoc 2.17.1.1-2~deb12u1; GNU
#     sed 4.9 strips the gold attributes), and nodejs with npm (Node 20.20.2,
#     npm 11.19.1 here) for the two npm drivers.
#   Go 1.26.8 and the Go module proxy, for the Go driver, its own module (not
#   part of winnow's; go.mod and go.sum pin every version):
#     tools/strict  - github.com/microcosm-cc/bluemonday v1.0.27
#   The npm registry, for tools/totext (hast-util-to-text 4.0.3 and
#     hast-util-from-html 2.1.0) and tools/defuddle (defuddle 0.19.4), every
#     version pinned in their package-lock.json, installed with npm ci.
#   The script builds and installs them into a temporary directory; nothing
#   is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (the extractor reads classes and attributes, and any attribute could change
# what it keeps). Nothing else of the HTML is changed. None of the tools
# wraps at the terminal's width; the locale is pinned all the same.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
(cd tools/strict && go build -trimpath -o "$T/strict" .)
for d in totext defuddle; do
  mkdir "$T/$d"
  cp tools/$d/package.json tools/$d/package-lock.json "$T/$d/"
  [ -f tools/$d/$d.mjs ] && cp tools/$d/$d.mjs "$T/$d/"
  (cd "$T/$d" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)
done

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
jira() { strip "$1"; pandoc -f html -t jira "$T/$1.html" -o "pages/$1.txt"; }
totext() { strip "$1"; node "$T/totext/totext.mjs" "$T/$1.html" > "pages/$1.txt"; }
defuddle() { strip "$1"; (cd "$T" && node "$T/defuddle/node_modules/defuddle/dist/cli.js" parse "$1.html" --markdown --frontmatter) > "pages/$1.txt"; }
strict() { strip "$1"; "$T/strict" "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 ar-1; do [ -f "html/$p.html" ] && jira "$p"; done
for p in de-2 es-2 pl-1 zh-2 is-1; do [ -f "html/$p.html" ] && totext "$p"; done
for p in fr-2 pl-2 es-3 zh-3 mk-1; do [ -f "html/$p.html" ] && defuddle "$p"; done
for p in de-3 fr-3 pl-3 zh-4 ms-1; do [ -f "html/$p.html" ] && strict "$p"; done
exit 0
