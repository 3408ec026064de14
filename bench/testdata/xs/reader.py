#!/usr/bin/env python3
"""Print an HTML page as a readability-style extractor that keeps too much.

The page's <article> element (headline, standfirst, body and whatever
furniture sits inside it), then the first blocks of the elements that follow
the article inside the same parent (related boxes, the comment section), up
to LEFTOVER blocks. One paragraph per line, a blank line between paragraphs,
whitespace collapsed, no wrapping. Dropped as an extractor drops them:
scripts, styles, navigation, forms and their fields, buttons, images, and
elements whose class names a share bar, social links or a breadcrumb.
List items print as "- item", table rows as their cells joined by " | ".

usage: python3 reader.py page.html > page.txt
"""
import re
import sys
from html.parser import HTMLParser

LEFTOVER = 20
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"}
DROP = {"script", "style", "noscript", "template", "svg", "iframe", "nav",
        "form", "button", "input", "select", "textarea", "header", "footer"}
DROP_CLASS = re.compile(r"share|social|breadcrumb|menu")
BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption",
         "blockquote", "dt", "dd", "tr", "pre", "div", "section", "aside",
         "article", "ul", "ol", "table", "figure", "dl", "tbody", "thead"}
CELL = {"td", "th"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def dropped(n):
    return n.tag in DROP or DROP_CLASS.search(n.attrs.get("class") or "")


def blocks(n, out):
    """Append the text blocks of n to out."""
    cur = []

    def flush():
        t = re.sub(r"\s+", " ", "".join(cur)).strip()
        if t:
            out.append(t)
        cur.clear()

    def inline(m):
        for c in m.children:
            if isinstance(c, str):
                cur.append(c)
            elif dropped(c):
                continue
            elif c.tag in BLOCK:
                flush()
                emit(c)
            elif c.tag in CELL:
                cur.append(" | " if cur and "".join(cur).strip() else "")
                inline(c)
            elif c.tag == "br":
                cur.append(" ")
            else:
                inline(c)

    def emit(m):
        if m.tag == "li":
            cur.append("- ")
        inline(m)
        flush()

    emit(n)


def main(path):
    t = Tree()
    t.feed(open(path, encoding="utf-8").read())
    t.close()
    stack, art = [t.root], None
    while stack:
        n = stack.pop(0)
        if n.tag == "article":
            art = n
            break
        stack.extend(c for c in n.children if not isinstance(c, str))
    out = []
    blocks(art, out)
    sibs = [c for c in art.parent.children if not isinstance(c, str)]
    rest = []
    for s in sibs[sibs.index(art) + 1:]:
        if not dropped(s):
            blocks(s, rest)
    out += rest[:LEFTOVER]
    sys.stdout.write("\n\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
