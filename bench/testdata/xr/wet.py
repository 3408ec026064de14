#!/usr/bin/env python3
"""Print an HTML page in the WET-like layout of Common Crawl's text files.

The <title> first, then the page's visible text, one block element per line,
whitespace collapsed, no wrapping and no blank lines at all. Text directly
inside a block that also holds nested blocks is printed as its own line
where it stands. Form fields print their placeholder, buttons their text,
images nothing (WET keeps text only).

usage: python3 wet.py page.html > page.txt
"""
import re
import sys
from html.parser import HTMLParser

BLOCK = {
    "address", "article", "aside", "blockquote", "body", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "br",
    "html", "label", "button", "option", "select",
}
SKIP = {"script", "style", "noscript", "template", "svg", "iframe"}
CELL = {"td", "th"}


class WET(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.in_title, self.in_head = "", False, False
        self.skip = 0
        self.lines, self.cur = [], []

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t:
            self.lines.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "head":
            self.in_head = True
        if tag == "title":
            self.in_title = True
        if tag in SKIP:
            self.skip += 1
            return
        if self.skip or self.in_head:
            return
        if tag in BLOCK:
            self.flush()
        elif tag in CELL:
            self.cur.append(" ")
        elif tag == "input" and a.get("type") not in ("hidden", "checkbox", "radio"):
            self.flush()
            if a.get("placeholder"):
                self.lines.append(a["placeholder"])
            elif a.get("type") in ("submit", "button") and a.get("value"):
                self.lines.append(a["value"])
        elif tag == "textarea":
            self.flush()
            if a.get("placeholder"):
                self.lines.append(a["placeholder"])

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        if tag == "title":
            self.in_title = False
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip or self.in_head:
            return
        if tag in BLOCK:
            self.flush()
        elif tag in CELL:
            self.cur.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in ("input",):
            self.handle_endtag(tag)

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if self.skip or self.in_head:
            return
        self.cur.append(data)


def main(path):
    p = WET()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    p.flush()
    out = [re.sub(r"\s+", " ", p.title).strip()] + p.lines
    sys.stdout.write("\n".join(l for l in out if l) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
