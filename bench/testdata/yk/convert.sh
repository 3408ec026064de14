#!/bin/sh
# Regenerate pages/<lang>-<n>.txt from html/<lang>-<n>.html with the converter
# each page's layout uses (see README.md). Run from anywhere.
#
# Tools (needed only to regenerate pages/, not to run winnow or its tests):
#   Debian 12: apt-get install -y pandoc php8.2-cli librust-html2text-dev cargo
#     (pandoc 2.17.1.1-2~deb12u1 for OpenDocument; PHP 8.2.36 for
#     strip_tags; Debian's Rust 1.63.0 / cargo 0.66 and its packaged crate
#     html2text 0.4.4 with html5ever 0.26.0, built offline from
#     /usr/share/cargo/registry; GNU sed 4.9 strips the gold attributes),
#     nodejs with npm (Node 20.20.2, npm 11.19.1 here) for
#     html-to-formatted-text.
#   The npm registry, for tools/hft (html-to-formatted-text 2.7.0 with
#     striptags 3.1.1), pinned in its package-lock.json, installed with npm
#     ci. tools/h2t's Cargo.lock pins the Debian crates.
#   The script installs the npm package and builds the Rust driver into a
#   temporary directory; nothing is installed elsewhere.
#
# The data-gold attributes (the labels) are taken out before every converter
# (any attribute could change what a tool prints). Nothing else of the HTML
# is changed. pandoc's OpenDocument writer is run with --wrap=none (one line a block) and
# the html2text driver at 80 (its argument); strip_tags and
# html-to-formatted-text do not wrap; the locale is pinned all the same.
# pandoc's warnings are discarded.
set -e
LC_ALL=C.UTF-8
export LC_ALL
cd "$(dirname "$0")"
T=$(mktemp -d /tmp/yk.XXXXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir "$T/hft" "$T/h2t" "$T/h2t/src" "$T/h2t/.cargo"
cp tools/hft/package.json tools/hft/package-lock.json tools/hft/hft.mjs "$T/hft/"
(cd "$T/hft" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)
cp tools/h2t/Cargo.toml tools/h2t/Cargo.lock "$T/h2t/"
cp tools/h2t/src/main.rs "$T/h2t/src/"
printf '[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "/usr/share/cargo/registry"\n[net]\noffline = true\n' > "$T/h2t/.cargo/config.toml"
(cd "$T/h2t" && CARGO_HOME="$T/cargo" RUSTC=/usr/bin/rustc /usr/bin/cargo build --release --offline --locked --quiet 2>/dev/null)

strip() { sed 's/ data-gold="[a-z]*"//g' "html/$1.html" > "$T/$1.html"; }
odt() { strip "$1"; pandoc -f html -t opendocument --wrap=none "$T/$1.html" -o "pages/$1.txt" 2>/dev/null; }
st() { strip "$1"; php tools/st/st.php "$T/$1.html" > "pages/$1.txt"; }
hft() { strip "$1"; node "$T/hft/hft.mjs" "$T/$1.html" > "pages/$1.txt"; }
h2t() { strip "$1"; "$T/h2t/target/release/h2t" "$T/$1.html" > "pages/$1.txt"; }

for p in de-1 es-1 fr-1 zh-1 mt-1; do [ -f "html/$p.html" ] && odt "$p"; done
for p in de-2 es-2 pl-1 zh-2 be-1; do [ -f "html/$p.html" ] && st "$p"; done
for p in fr-2 pl-2 es-3 zh-3 ur-1; do [ -f "html/$p.html" ] && hft "$p"; done
for p in de-3 fr-3 pl-3 zh-4 ga-1; do [ -f "html/$p.html" ] && h2t "$p"; done
exit 0
