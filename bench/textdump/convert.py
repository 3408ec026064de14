#!/usr/bin/env python3
"""Convert every page of a benchmark's html/ to what a text browser's dump prints.

Usage: convert.py TOOL SRC DST (TOOL: a key of COMMANDS)

Writes a copy of the benchmark directory SRC (ground-truth.json, metadata.json,
LICENSE) to DST whose page-text.json holds each page as the tool dumps it, so that
`winnow eval --article-extraction DST` scores it like the benchmark's own text
dumps. Each page is decoded (UTF-8 when it is valid UTF-8, else the charset its
<meta> declares, else Latin-1) and handed to the tool as UTF-8 with its charset
declarations taken out: saved pages often keep a declaration that no longer
matches their bytes.
"""
import gzip
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile

COMMANDS = {
    # lynx's default dump: lines wrapped at 80 columns, link numbers, a
    # References list at the end.
    "lynx": ["lynx", "-dump", "-width=80", "-assume_charset=utf-8", "-display_charset=utf-8", "-force_html"],
    # the same without link numbers and References.
    "lynx-nolist": ["lynx", "-dump", "-nolist", "-width=80", "-assume_charset=utf-8", "-display_charset=utf-8", "-force_html"],
    # lynx's dump with each link's target in brackets before its text
    # ("[https://…]Sport"), wrapped at 100 columns, no References list.
    "lynx-inline": ["lynx", "-dump", "-list_inline", "-width=100", "-assume_charset=utf-8", "-display_charset=utf-8", "-force_html"],
    # lynx's dump with no wrapping (lines up to 1024 columns): what the
    # wrapping alone costs.
    "lynx-wide": ["lynx", "-dump", "-width=1024", "-assume_charset=utf-8", "-display_charset=utf-8", "-force_html"],
    # pandoc's plain text: wrapped at 72 columns, "-   " bullets, simple
    # tables; Chinese is not wrapped (pandoc breaks at spaces only).
    "pandoc": ["pandoc", "-f", "html", "-t", "plain"],
    "pandoc-wide": ["pandoc", "-f", "html", "-t", "plain", "--wrap=none"],
    # pandoc's reStructuredText: wrapped at 72 columns, every <div> with a
    # class a ".. container::" directive over its indented content, links
    # as `text <url>`__.
    "pandoc-rst": ["pandoc", "-f", "html", "-t", "rst"],
    # pandoc's Org: headings after stars with a property drawer each,
    # links as [[url][text]], wrapped at 72 columns.
    "pandoc-org": ["pandoc", "-f", "html", "-t", "org"],
    # pandoc's AsciiDoc: links as link:/path[text], images as
    # image::src[alt], headings after "==", wrapped at 72 columns.
    "pandoc-adoc": ["pandoc", "-f", "html", "-t", "asciidoc"],
    # pandoc's MediaWiki: links as [[path|text]], headings between "=",
    # <div> and <span id=…> anchors kept as raw HTML lines, not wrapped.
    "pandoc-mediawiki": ["pandoc", "-f", "html", "-t", "mediawiki"],
    # pandoc's Textile: links as "text":/path, images as !src(alt)!,
    # headings after "h2(#id). ", hyphens as "&#45;", <div> lines kept as
    # raw HTML, not wrapped.
    "pandoc-textile": ["pandoc", "-f", "html", "-t", "textile"],
    # pandoc's Jira (Confluence) markup: links as [text|/path], images as
    # !src|alt=…!, headings after "h2. {anchor:id}", <div>s as {panel}
    # lines, not wrapped.
    "pandoc-jira": ["pandoc", "-f", "html", "-t", "jira"],
    # pandoc's Muse (Emacs Muse, Amusewiki): headings after "* ", links as
    # [[url][text]], "|" escaped as <verbatim>|</verbatim>, wrapped at 72.
    "pandoc-muse": ["pandoc", "-f", "html", "-t", "muse"],
    # w3m's dump: wrapped at 80 columns, no link numbers.
    "w3m": ["w3m", "-dump", "-cols", "80", "-I", "utf-8", "-O", "utf-8", "-T", "text/html"],
    # the same with no wrapping: what the wrapping alone costs.
    "w3m-wide": ["w3m", "-dump", "-cols", "1000", "-I", "utf-8", "-O", "utf-8", "-T", "text/html"],
    # ELinks' dump: wrapped at 80 columns, text indented by three spaces,
    # links numbered inline ("[12]Text") and listed under References.
    "elinks": ["elinks", "-dump", "-dump-width", "80", "-dump-charset", "utf-8", "-force-html"],
    # Links' dump: wrapped at 80 columns, indented, no link numbers.
    "links": ["links", "-dump", "-width", "80", "-codepage", "utf-8", "-html-assume-codepage", "utf-8", "-force-html"],
    # Debian's C++ html2text: wrapped at 80 columns, no blank line between
    # paragraphs, headings between rows of asterisks, link text with
    # underscores for spaces.
    "html2text": ["html2text", "-utf8", "-width", "80"],
    # Python's html2text (Debian python3-html2text): Markdown, wrapped at 78.
    "py-html2text": ["html2markdown.py3"],
    # npm html-to-text with its default options (wrapped at 80, headings
    # upper-cased, link URLs in brackets); needs NODE_PATH (README.md).
    "html-to-text": ["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "xt", "htmltotext.js")],
    # Go's jaytaylor/html2text with its default options (links as
    # "text ( url )", headings between rules, nothing wrapped), through the
    # driver of the set xx (its own module; needs the Go module proxy once).
    # Playwright's ARIA snapshot of the <body> (the accessibility tree as
    # YAML, one node a line: "- paragraph: …", "- link \"…\":" over its
    # "- /url: …", "- heading \"…\" [level=2]"), Debian's chromium driven
    # by playwright-core (yr's driver; run `npm ci` in its folder first).
    "aria": ["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "yr", "tools", "ax", "ax.mjs")],
    "jaytaylor": ["go", "run", "-C", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "xx", "tools", "jh2t"), "."],
}


CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def utf8(raw):
    """Return the page as UTF-8 with its charset declarations neutralised."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        m = CHARSET.search(raw[:8192])
        try:
            text = raw.decode(m.group(1).decode("ascii") if m else "latin-1", errors="replace")
        except LookupError:
            text = raw.decode("latin-1")
    text = re.sub(r"""charset\s*=\s*["']?[A-Za-z0-9_.:-]+""", "charset=utf-8", text, flags=re.I)
    return text.encode("utf-8")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    tool, src, dst = sys.argv[1:]
    os.makedirs(dst, exist_ok=True)
    for f in ("ground-truth.json", "metadata.json", "LICENSE"):
        if os.path.exists(os.path.join(src, f)):
            shutil.copyfile(os.path.join(src, f), os.path.join(dst, f))
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(os.path.join(src, "html"))):
            key = name.split(".html")[0]
            path = os.path.join(src, "html", name)
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as fh:
                raw = fh.read()
            page = os.path.join(tmp, key + ".html")
            with open(page, "wb") as fh:
                fh.write(utf8(raw))
            try:
                res = subprocess.run(COMMANDS[tool] + [page], capture_output=True, timeout=60)
                text = res.stdout.decode("utf-8", errors="replace")
            except subprocess.TimeoutExpired:
                print(key, "timed out", file=sys.stderr)
                text = ""
            out[key] = {"articleBody": text}
    with open(os.path.join(dst, "page-text.json"), "w") as fh:
        json.dump({"output": out, "version": tool}, fh, ensure_ascii=False)
    print("pages", len(out), file=sys.stderr)


if __name__ == "__main__":
    main()
