#!/usr/bin/env python3
"""(yz) yy's script, unchanged but for the names yz and the pages of yz;
with a rule for htmltojsx's JSX (its "<title>…</title>" line is the page's
<title>, chrome; the other tag-only lines take the label of the block they
open or close by the earlier rules for markup lines and <div> lines) and
one for rspamd's header (the "File: page.eml" line before the text of the
HTML part is the tool's, chrome); hxpipe's rules are kept but match no
page of yz; wvWare's text of LibreOffice's Word file and xmlstarlet's text
nodes need no rule of their own.  yy's docstring follows.
(yy) yx's script, unchanged but for the names yy and the pages of yy;
with a rule for html-xml-utils' hxpipe (of a line only the text after a
leading "-" counts, its "\\n" escapes as spaces; the "(tag", "Aname CDATA
value" and "!doctype" lines and the whitespace-only "-\\n  " lines have no
text and take the label of the next paragraph, a ")tag" line the label of
the paragraph before it, the block it closes) and one for recollq's result
header (the "Recoll query:" line, the result count and the line
"text/html [file:///…] [<title>] N bytes" before the document's text are
the tool's, chrome); antiword's text of LibreOffice's Word file and
LibreOffice Calc's CSV need no rule of their own.
yx's docstring follows.
(yx) yw's script, unchanged but for the names yx and the pages of yx;
with a rule for html2pug's Pug and one for xml2's html2 lines (the tag,
classes and attributes of a Pug line and the path of an html2 line do not
count; lines with no text of their own take the label of the next
paragraph); mammoth's text of html-to-docx's document and cli-html's
terminal rendering need no rule of their own.
yw's docstring follows.
(yw) yv's script, unchanged but for the names yw and the pages of yw;
js-xss's and Django strip_tags' text, the Ruby html2text gem's text and
xsltproc's text (XSLT's built-in rules) need no rule of their own (the
<title> line these print first is found by the rule for the leading
<title> lines; js-xss's &gt; is unescaped by the entity rule).  yv's
docstring follows.
(yv) yu's script, unchanged but for the names yv and the pages of yv;
h2m's Markdown, Horde's Html2text, tDOM's asText and boilerpipe's
KeepEverythingExtractor need no rule of their own.  yu's docstring follows.
(yu) yt's script, unchanged but for the names yu and the pages of yu;
breakdance's Markdown, PHP DOM's textContent, PDFium's text (go-pdfium)
and Ruby pdf-reader's text need no rule of their own.  yt's docstring follows.
(yt) ys's script, unchanged but for the names yt and the pages of yt;
upndown's Markdown, docconv's text (after tidy), Mojo::DOM's all_text and
pypdf's text need no rule of their own (upndown's Markdown links and
headings are covered by the earlier rules).  ys's docstring follows.
(ys) yr's script, unchanged but for the names ys and the pages of ys;
Crawlee's htmlToText, LangChainGo's HTML loader, pyquery's text() and
Ghostscript's txtwrite need no rule of their own (LangChainGo escapes
', ", &, < and > as character references, "&#39;", whose digits match no
word and do not change the best match).  yr's docstring follows.
(yr) yq's script, unchanged but for the names yr and the pages of yr,
with rules for the yr set's layouts: Playwright's ARIA snapshot writes a
YAML line a node ("- paragraph: text", "- link "text":", "- heading "text"
[level=1]", "- row "a b":", "- cell "a""), and the role word, the quotes and
the [level=N] marks do not count; a line with a role and no text of its own
("- paragraph:", "- list:", "- listitem:", "- banner:") opens the block
after it and takes its label; a link's "- /url: /target" line belongs to the
link above it and takes its label; Alpine's exported message starts with
the mbox "From " line and the header lines Date:, From:, To: and Subject:
(the Subject is the page's <title>, wrapped where long), which are chrome
(as newsboat's header in yq); Liquid's strip_html and PDFBox's text need
no rule of their own (the <title> line of the Liquid pages is chrome by the
rule for the <title> wherever it stands).  yq's docstring follows.
(yq) yp's script (itself yo's and yn's, unchanged but for names) with
three rules for the yq set's layouts (and one for the gold title: a CJK
Radicals Supplement character that pdf.js read for a glyph matches any one
character of the headline): pdf-parse marks the end of every
printed page with a line "-- N of M --", which is chrome (as groff's page
numbers); newsboat's saved article starts with its own header lines
(Feed:, Title:, Author:, Date:, Link:) and the <title> it renders under
them, chrome, and ends with its list of
link targets under "Links:", chrome (as lynx's "References"); and a
paragraph whose words are exactly the <title>'s, wherever it stands (the
page's <title> that newsboat renders again under its header, or that Hugo's
plainify and StringBean keep), is chrome.  yn's docstring follows.
(yn) ym's script, unchanged but for the names yn, the pages of yn and one
rule for the gold title: where the splitter cut the headline into a paragraph
a line (mutool's and pdftotext's wrapped lines), the title is the first of
them.  ym's docstring follows.
(ym) yl's script with one rule for the ym set's layouts added:
HTML::FormatText::WithLinks::AndTables lists the link targets it numbered
("[3]Prüm") at the end of the page, one "N. /target" line a link, and
such lines are chrome (the inline "[N]" marks were dropped by an earlier
rule); Jericho's "text </target>" links lose their target by the earlier
rule for tags, Chromium's innerText and calibre's TXT output need no rule
of their own.  yl's docstring follows.
(yl) yk's script with one rule for the yl set's layouts added:
Premailer's plain text writes a link as "text ( /target )" (the target
between spaced parentheses, sometimes wrapped onto the next line), and
the target is dropped, the text kept; HTML::FormatMarkdown's [text](target)
links, its "# heading #" lines and Premailer's *** and --- heading rules
are covered by the earlier rules (Markdown links; rst-style rule lines),
and Swing's and html2plaintext's text (html2plaintext's <title> first)
needs no rule of its own.  yk's docstring follows.
(yk) yj's script with one rule for the yk set's layouts added: the Rust
crate html2text writes a list item's link target as a reference line of
its own ("[1]: /target") under the item, and such a line takes the label
of the item it follows (the reference lines at the end of the page stay
chrome, as before); pandoc OpenDocument's <text:…>, <table:…> and
<draw:…> tags, PHP strip_tags' and html-to-formatted-text's text (the
<title> first) need no rule of their own.  yj's docstring follows.
(yj) yi's script with rules for the yj set's layouts added: pandoc TEI's
<ref target=".."> opening tags are dropped first (a "#" target would take
the link text with it), its </div> lines take the label of the heading of
the section they close (counting <div type="levelN" and </div> wherever
the splitter put them), and the lines of a <figure> .. </figure> take the
label of its caption; textversionjs's [text] (target) links keep their
text; sanitize's and Loofah's text needs no rule of its own.  yi's
docstring follows.
Propose a label for every paragraph of pages/<p>.txt from the data-gold
attributes of html/<p>.html, apply the hand overrides of overrides.txt, and
print the proposal for review (label.py PAGE) or write gold.jsonl
(label.py --gold).  It is yh's script with rules for the yi set's layouts
added: pandoc ConTeXt's \\useURL[urlN][target][][text]\\from[urlN] links
keep their text, its \\section[title={..},reference={..}] headings their
title, its \\externalfigure[..] paths and the [options] of its \\start..
and \\stop.. commands are dropped, its markup-only lines taking the label
of the block they open or, for \\stop.. lines, of the block they close;
catdoc's HYPERLINK "target" field codes are dropped (the link text stays);
sanitize-html's and docx2txt's text (the <title> first) needs no rule of
its own.  yh's rules, kept, were for its layouts: pandoc LaTeX's \\href{target}{text} links keep their text, its
\\hypertarget{..}, \\label{..}, \\includegraphics{..}, \\begin{..} and
\\end{..} arguments and its command names are dropped, and its markup-only
lines (\\item, \\tightlist, \\begin{itemize}, \\toprule ...) take the label
of the block they open or, for \\end{..} and the closing table rules, of
the block they close; html2bbcode's [url=target]text[/url] links keep their
text, its [img]src[/img] images are dropped and its [b], [h1], [li] ... tags
do not count, a closing tag alone on a line ([/ul], [/quote]) taking the
label of the block it closes; groff's rendering of pandoc's ms source has
its title (the <title>, chrome) first, its page numbers (a number alone on
a line, chrome) at the foot of every page, [IMAGE: alt] for images and a
"|" after every link, which do not count; odt2txt's text has the
<title> first, which the rule for the leading <title> lines (chrome)
already covers.  For review it also marks with MIX a paragraph that holds
the whole text of a nearby block with another label (a paragraph the
splitter joined from blocks with different labels).
yg's rules for Haddock, kramdown and mandoc, yf's for XWiki and makeinfo,
ye's for ZimWiki, html2wiki, jsdom and shr, yd's for Muse,
node-html-parser and reverse_markdown, and the earlier sets' rules, are
kept; yg's script was yf's, itself ye's, yd's, yc's, yb's, xz's and xy's.

The paragraphs are those winnow's splitter yields: $YN_SPLITTER is a small Go
program (split.go.txt here, built outside the repository with a replace
directive pointing at the winnow module) that prints the paragraphs of a page
as a JSON list of strings.  Each paragraph is matched to the HTML block
(p, li, h1-h6, figcaption, td, ..., or an image's alt text) whose words cover
most of it, nearest to the previous match, and takes that block's inherited
data-gold label.  Lines with no words take the label of the next paragraph,
the block they open; closing lines take the label of what they close.  Every
proposal was then read top to bottom by hand; overrides.txt holds the
corrections."""
import sys, re, json, subprocess, os, unicodedata, html as HT
from html.parser import HTMLParser

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
SPLITTER = os.environ.get('YZ_SPLITTER', '/tmp/yzt/splitter/splitter')
MS = set()  # groff's pages (none in yi)
BLOCK = set('p li h1 h2 h3 h4 h5 h6 figcaption td th tr button title div section aside header footer nav ul ol figure article main blockquote table dt dd label form input'.split())

def toks(s):
    s = s.lower()
    out = []
    for w in re.findall(r'\w+', s):
        buf = ''
        for ch in w:
            if '\u2e80' <= ch <= '\u9fff' or '\uf900' <= ch <= '\ufaff':
                if buf: out.append(buf); buf = ''
                out.append(ch)
            else:
                buf += ch
        if buf: out.append(buf)
    return out

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = [('root', 'chrome', False)]
        self.segs = []
        self.buf = ''
        self.buflab = None
    def lab(self): return self.stack[-1][1]
    def flush(self):
        if self.buf.strip():
            self.segs.append((self.buflab or self.lab(), self.buf))
        self.buf = ''; self.buflab = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in BLOCK or 'data-gold' in a: self.flush()  # an inline element with its own label is a segment of its own
        if tag in ('meta', 'link', 'br', 'img', 'input', 'hr', 'source'):
            if tag == 'img' and a.get('alt'):
                self.flush(); self.segs.append((a.get('data-gold', self.lab()), a['alt']))
            if tag == 'input' and a.get('placeholder'):
                self.flush(); self.segs.append((a.get('data-gold', self.lab()), a['placeholder']))
            if tag == 'input' and a.get('value'):
                self.flush(); self.segs.append((a.get('data-gold', self.lab()), a['value']))
            return
        self.stack.append((tag, a.get('data-gold', self.lab()), 'data-gold' in a))
    def handle_endtag(self, tag):
        if tag in BLOCK or any(e[0] == tag and e[2] for e in self.stack[-1:]): self.flush()
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
    def handle_data(self, d):
        if self.stack[-1][0] in ('script', 'style'): return
        if any(e[0] == 'head' for e in self.stack): return  # <title> is printed by no layout here
        if not self.buf.strip(): self.buflab = self.lab()
        self.buf += d

def main():
    page = sys.argv[1]
    if page == '--gold':
        return gold()
    p = P(); p.feed(open(f'{BASE}/html/{page}.html', encoding='utf-8').read()); p.flush()
    segs = [(l, set(toks(t)), t) for l, t in p.segs]
    paras = json.loads(subprocess.check_output([SPLITTER, f'{BASE}/pages/{page}.txt']))
    src = open(f'{BASE}/html/{page}.html', encoding='utf-8').read()
    mt = re.search(r'<title>(.*?)</title>', src, re.S)
    title = HT.unescape(mt.group(1)) if mt else None
    labels = []
    last = 0
    refs = False
    # Emacs shr prints the <title> first, wrapped at 70 columns: the leading
    # paragraphs that together make up the <title> are its line(s)
    ntitle = 0
    if title:
        acc = []
        for k0, para in enumerate(paras):
            acc += toks(para)  # word by word: makeinfo underlines the title and turns dashes into hyphens
            # words run together: groff hyphenates the title it wraps
            if ''.join(acc) == ''.join(toks(title)):
                ntitle = k0 + 1
                break
            if not ''.join(toks(title)).startswith(''.join(acc)):
                break
    # (yq) newsboat's header: its lines from "Feed: " to "Link: " (the
    # splitter cuts them into a paragraph a line, the wrapped title in two),
    # then the page's <title> as newsboat renders it, one or more paragraphs
    nbhead = 0
    if paras and paras[0].startswith('Feed: '):
        nbhead = next(k for k, q in enumerate(paras) if q.startswith('Link: ')) + 1
        acc = []
        for k in range(nbhead, len(paras)):
            acc += toks(paras[k])
            if ''.join(acc) == ''.join(toks(title)):
                nbhead = k + 1
                break
            if not ''.join(toks(title)).startswith(''.join(acc)):
                break
    # (yr) Alpine's exported message: the mbox "From " line and the header
    # lines up to "Subject: " (the <title>, its wrapped rest the paragraphs
    # after it that complete the title's words)
    if len(paras) > 1 and paras[0].startswith('From ') and paras[1].startswith('Date: '):
        k = next(k for k, q in enumerate(paras) if q.startswith('Subject: '))
        acc = toks(paras[k])[1:]
        while ''.join(acc) != ''.join(toks(title)) and ''.join(toks(title)).startswith(''.join(acc)) and k + 1 < len(paras):
            k += 1
            acc += toks(paras[k])
        nbhead = k + 1
    # (yr) Playwright's ARIA snapshot: a YAML line a node
    AX = bool(paras) and paras[0].startswith('- ')
    def axtext(q):
        q = q.strip()
        if q.startswith('- /url:'):
            return None
        q = re.sub(r"^- '?", '', q)
        m = re.match(r'^([a-z]+)(?: "((?:[^"\\]|\\.)*)")?((?: \[[^\]]*\])*):?\s*(.*?)' + "'?$", q)
        if not m:
            return q
        rest = m.group(4).strip()
        if rest.startswith('"') and rest.endswith('"'):
            rest = rest[1:-1]
        return ((m.group(2) or '') + ' ' + rest).strip()
    # (yx) html2pug's Pug: a line a node, the tag with its classes and
    # (attributes) first, piped text after "| "; only the text counts, and a
    # line with no text (a tag that opens its children) takes the label of
    # the next paragraph.  xml2's html2: a line a node, "/path/of/tags=text";
    # only the text after the first "=" counts, and the attribute lines
    # ("/path/@class=...", "/path/a/@href=...") and the empty "/path= " lines
    # have none.
    PUG = False  # (yy) no Pug pages in yy
    H2 = False   # (yy) no html2 pages in yy
    # (yy) hxpipe: a line an event; only "-text" lines have text (their
    # "\\n" escapes are spaces); ")tag" closes (label of the paragraph
    # before it, set below), every other line opens (the next paragraph's)
    HX = False  # (yz) no hxpipe pages in yz
    RC = False  # (yz) no recollq pages in yz
    # (yz) htmltojsx's JSX: a line a tag (or a block with its inline tags);
    # the <title> line is chrome
    JX = page in ('de-1', 'es-1', 'fr-1', 'zh-1', 'rup-1')
    # (yz) rspamd's "File: page.eml" header line
    RS = page in ('de-3', 'fr-3', 'pl-3', 'zh-4', 'frp-1')
    def hxline(q):
        q = q.strip()
        if q.startswith('-'):
            return q[1:].replace('\\n', ' ').strip()
        return ''
    # (yy) recollq's result header: the lines up to the one that names the
    # file's URL (the splitter gives a paragraph a line)
    rchead = 0
    if RC:
        rchead = next(k for k, q in enumerate(paras) if q.startswith('text/html')) + 1
    def pugline(q):
        q = q.strip()
        if q.startswith('|'):
            return q[1:].strip()
        if re.match(r'^doctype\b', q):
            return ''
        m = re.match(r'''^([a-zA-Z][\w-]*)?((?:[.#][\w-]+)*)(\((?:[^()'"]|'[^']*'|"[^"]*")*\))?\.?(?:\s(.*))?$''', q)
        return (m.group(4) or '') if m and (m.group(1) or m.group(2)) else q
    def h2line(q):
        q = q.strip()
        if re.match(r'^/[^=]*@[^=]*=', q):
            return ''
        return re.sub(r'^/[^=]*=', '', q).strip()
    for k0, para in enumerate(paras):
        if PUG:
            para = '\n'.join(pugline(q) for q in para.split('\n'))
        if H2:
            para = '\n'.join(h2line(q) for q in para.split('\n'))
        if HX:
            para = '\n'.join(hxline(q) for q in para.split('\n'))
        if k0 < rchead:
            labels.append(('chrome', 'RC')); continue
        if RS and k0 == 0 and para.startswith('File: '):
            labels.append(('chrome', 'RS')); continue
        if JX and re.match(r'^\s*<title>', para):
            labels.append(('chrome', 'T')); continue
        if AX:
            if para.strip().startswith('- /url:'):
                labels.append(('@prev', 'U')); continue
            para = axtext(para)
        if k0 < ntitle:
            labels.append(('chrome', 'T')); continue
        if re.match(r'^(\s*\[\d+\]: \S+\s*\n?)+$', para):
            labels.append(('chrome', 'R')); continue  # html2wiki's Markdown reference definitions
        if re.match(r'^(\s*\d+\. (/|mailto:|https?:|#)\S*\s*\n?)+$', para):
            labels.append(('chrome', 'R')); continue  # WithLinks' list of link targets (ym)
        if re.match(r'^\s*(References:?|Visible links|Hidden links:?|Links:)\s*$', para): refs = True  # (yq) newsboat's Links:
        if refs: labels.append(('chrome', 'R')); continue
        if re.match(r'^\s*-- \d+ of \d+ --\s*$', para): labels.append(('chrome', 'PG')); continue  # (yq) pdf-parse's page ends
        if k0 < nbhead: labels.append(('chrome', 'NB')); continue  # (yq) newsboat's header
        if title and toks(para) and toks(para) == toks(title): labels.append(('chrome', 'T')); continue  # (yq) the <title> again
        if para.lstrip().upper().startswith('<!DOCTYPE'): labels.append(('chrome', 'T')); continue  # node-html-parser's doctype + <title> line
        if para.lstrip().startswith('<html'): labels.append(('chrome', 'T')); continue  # kramdown's <html><head><title> line
        t = HT.unescape(para)                                          # textile's &#45; entities
        t = re.sub(r'\(\s*(?:/|mailto:|https?:|#)[^()\s]*\s*\)', ' ', t)  # premailer links text ( /target ) (yl)
        t = re.sub(r'\] \((?:/|mailto:|https?:|#)[^()\s]*\)', '] ', t)  # textversionjs links [text] (target)
        t = re.sub(r'<ref target="[^"]*">', ' ', t)                   # TEI links (yj): the text
        if page in MS and re.match(r'^\s*\d+\s*$', para):
            labels.append(('chrome', 'PG')); continue                   # groff's page numbers
        t = re.sub(r'\\useURL\[[^\]]*\]\[[^\]]*\]\[[^\]]*\]\[', ' ', t)  # context links: the text
        t = re.sub(r'\]\\from\[[^\]]*\]', ' ', t)
        t = re.sub(r'reference=\{[^{}]*\}\]', ' ', t)               # context heading references
        t = re.sub(r'\\externalfigure\[[^\]]*\]', ' ', t)          # context images
        t = re.sub(r'\\(start|stop)[a-z]*(\[[^\]]*\])?', ' ', t)    # context environments and their options
        t = re.sub(r'\[title=\{', ' ', t)
        t = re.sub(r'HYPERLINK "[^"]*"', ' ', t)                      # catdoc's link field codes
        t = re.sub(r'\[IMAGE: ', ' ', t)                                 # groff (pandoc ms) images: the alt text
        t = re.sub(r'\\href\{[^{}]*\}', ' ', t)                          # latex links \href{target}{text}: the text
        t = re.sub(r'\\(hypertarget|label|includegraphics|begin|end|url)(\[[^\]]*\])?\{[^{}]*\}', ' ', t)  # latex anchors, images, environments
        t = re.sub(r'\{@\{\}[a-z@{}]*\}', ' ', t)                        # latex longtable column spec
        t = re.sub(r'\\[a-zA-Z]+\*?', ' ', t)                            # latex command names
        t = re.sub(r'\\([&%_#$])', r'\1', t)                             # latex escapes
        t = re.sub(r'\[img\][^\[]*\[/img\]', ' ', t)                     # bbcode images
        t = re.sub(r'\[url=[^\]]*\]|\[/?(b|i|u|s|h[1-6]|url|ul|ol|li|quote|code|size|color|center|table|tr|td|th)(=[^\]]*)?\]', ' ', t)  # bbcode tags
        t = re.sub(r'<<\S+\s+([^<>]*)>>', r' \1 ', t)                 # haddock images <<src alt>>: the alt text
        t = re.sub(r'<<\S+>>', ' ', t)                                  # haddock images without alt text
        t = re.sub(r'<(/[^\s<>]*|mailto:[^\s<>]*|https?://[^\s<>]*)\s([^<>]*)>', r' \2 ', t)  # haddock links <target text>
        t = re.sub(r'__', ' ', t).replace('\\_', '_')                    # haddock bold, Markdown's \_ escapes
        t = re.sub(r'\{:[^}]*\}', ' ', t)                                # kramdown attribute lists
        t = re.sub(r'\[\[image:[^|\]]*\|\|alt="([^"]*)"[^\]]*\]\]', r' \1 ', t)  # xwiki images: the alt text (a figure's caption)
        t = re.sub(r'\[\[image:[^\]]*\]\]', ' ', t)                 # xwiki images without alt text
        t = re.sub(r'\[\[([^\]]*?)>>[^\]]*\]\]', r' \1 ', t)        # xwiki links [[text>>target]]
        t = re.sub(r'\{\{id name="[^"]*" /\}\}', ' ', t)              # xwiki heading anchors
        t = re.sub(r'\((/[^()\s]*|mailto:[^()\s]*|https?://[^()\s]*)\)', ' ', t)  # makeinfo link targets
        t = re.sub(r'\[\[([^|\]]*)\|([^\]]*)\]\]', r' \2 ', t)         # zimwiki links [[target|text]] (before the jira rule)
        t = re.sub(r'\{anchor:[^}]*\}', ' ', t)                        # jira anchors
        t = re.sub(r'^\s*\{panel(:[^}]*)?\}\s*$', ' ', t, flags=re.M)  # jira panel lines (pandoc's <main>, <div>s with attributes)
        t = re.sub(r'\[([^|\]]*)\|[^\]]*\]', r' \1 ', t)              # jira links [text|target]
        t = re.sub(r'!/[^|!\s]*\|(title=fig:, )?(alt=)?', ' ', t)         # jira image source and options (the alt text stays)
        t = re.sub(r'^\s*(h[1-6]|p|bq)(\([^)]*\))?\.\s', ' ', t, flags=re.M)  # textile block markers
        t = re.sub(r'!/[^(!\s]*\(', ' ', t)                               # textile image source
        t = re.sub(r'"\([\w -]+\)', '"', t)                             # textile link class
        t = re.sub(r'":[^\s"]*', '"', t)                                  # textile link targets
        t = re.sub(r'\[(?:https?|mailto|file):[^\]\s]*\]', ' ', t)  # lynx -list_inline targets
        t = re.sub(r'\[\.[\w-]+\]#([^#]*)#', r' \1 ', t)         # asciidoc roles
        t = re.sub(r'(link:|image::?)[^\s\[]*\[', ' ', t)              # asciidoc link targets
        t = re.sub(r'\{\{[^|}]*\|?', ' ', t)                        # zimwiki image source
        t = re.sub(r'<([^<>\s]+@[^<>\s]+)>', r' \1 ', t)          # zimwiki e-mail autolinks
        t = re.sub(r'\[\[[^\]]*\]\[', ' ', t)                          # org link targets
        t = re.sub(r'\[\[(File:[^|\]]*\|thumb\|none\|alt=)?[^\]|]*\|', ' ', t)  # mediawiki link targets, file options
        t = re.sub(r'\[\[[^\]]*\]\]|<<[^>]*>>|\{blank\}', ' ', t)     # anchors
        t = re.sub(r'^\s*:(PROPERTIES|END|CUSTOM_ID):.*$', ' ', t, flags=re.M)  # org drawers
        t = re.sub(r'^\s*\[cols=.*\]\s*$', ' ', t, flags=re.M)
        t = re.sub(r'\]\([^)]*\)', ']', t)
        t = re.sub(r'https?://\S+|file://\S+|#\S+', ' ', t)
        t = re.sub(r'</?[a-z]+[^>]*>', ' ', t)
        t = re.sub(r'\[\d+\]', ' ', t)
        t = re.sub(r'<[^<>\s]*>`__', ' ', t)          # rst link targets
        t = re.sub(r'^\s*\.\. [a-z]+::', ' ', t, flags=re.M)  # rst directives
        t = re.sub(r'^\s*:(name|alt):( [\w-]+$)?', ' ', t, flags=re.M)  # rst options and anchors
        T = toks(t)
        if not T: labels.append((None, '-')); continue
        Ts = set(T)
        scores = [len(Ts & s) / len(Ts) for _, s, _ in segs]
        m = max(scores)
        if m == 0: labels.append((None, '0')); continue
        cands = [i for i, sc in enumerate(scores) if sc >= m * 0.9]
        fwd = [i for i in cands if i >= last - 3]
        i = min(fwd, key=lambda i: abs(i - last)) if fwd else min(cands, key=lambda i: abs(i - last))
        last = i
        labs = {segs[j][0] for j in cands if abs(j - i) <= 2}
        labels.append((segs[i][0], '%.2f%s' % (m, '*' if len(labs) > 1 or m < 0.6 else '')))
    # rst markup lines: a figure directive opens the figure (its path's words
    # are no evidence); a lone ":name:" option, a table or heading rule line
    # belongs to the block before it
    for k, para in enumerate(paras):
        if re.match(r'^\s*\.\. (figure|image)::', para) or re.match(r'^\s*\.\. _[^:]*:\s*$', para):
            labels[k] = (None, '-')
        elif re.match(r'^[\s=*+|-]+$', para) and k + 2 < len(paras) and paras[k + 2] == para:
            labels[k] = (None, '-')  # over-line of a heading: the heading's label
        elif re.match(r'^\s*\[\[[^\]]*\.(jpg|jpeg|png|gif|webp)\]\]\s*$', para) and k > 0:
            # Org's image line: after its #+caption line, which may be wrapped
            # (a <figure>), it takes the caption's label, else (an <img> above a caption paragraph)
            # the label of the line after it
            if any(q.lstrip().startswith('#+caption:') for q in paras[max(0, k - 3):k]):
                labels[k] = (labels[k - 1][0] or None, '^')
            elif k + 1 < len(paras):
                labels[k] = (labels[k + 1][0] or None, 'v')
        elif re.match(r'^\s*:(PROPERTIES|CUSTOM_ID|END):', para) or re.match(r'^\s*\+\s*$', para):
            labels[k] = (labels[k - 1][0] or None, '^')
        elif re.match(r'^\s*:name:', para) or re.match(r'^[\s=*+|-]+$', para) and k > 0:
            labels[k] = (labels[k - 1][0] or None, '^')
    # a kramdown attribute list alone on a line, and a Haddock heading's
    # anchor line, belong to the block before them
    for k, para in enumerate(paras):
        if k > 0 and (re.match(r'^\s*\{:[^}]*\}\s*$', para) or re.match(r'^\s*#[^#\s]+#\s*$', para)):
            labels[k] = (labels[k - 1][0] or None, '^')
    # kramdown's raw HTML tag lines (a container it keeps as HTML, one tag
    # alone on a line): an opening tag takes the label of the block it
    # opens (the next paragraph's, set above), its closing tag the opening
    # tag's label, as pandoc MediaWiki's <div> lines below
    if paras and paras[0].lstrip().startswith('<html'):
        stack = []
        for k, para in enumerate(paras):
            mo = re.match(r'^\s*<([a-z][a-z0-9]*)\b[^>]*>\s*$', para)
            mc = re.match(r'^\s*</([a-z][a-z0-9]*)>\s*$', para)
            if mo and mo.group(1) not in ('textarea',):
                stack.append((mo.group(1), k))
            elif mc:
                for j in range(len(stack) - 1, -1, -1):
                    if stack[j][0] == mc.group(1):
                        labels[k] = ('@' + str(stack[j][1]), 'K')
                        del stack[j:]
                        break
    # mandoc's footer: the last paragraphs, which hold the man page's title
    # (the page's <title>) after its date, are chrome as its header is
    if title and ntitle:
        acc = []
        for k0 in range(len(paras) - 1, -1, -1):
            acc = toks(paras[k0]) + acc
            if acc[-len(toks(title)):] == toks(title) and len(acc) >= len(toks(title)):
                for j in range(k0, len(paras)):
                    labels[j] = ('chrome', 'T')
                break
            if len(acc) > len(toks(title)) + 8:
                break
    # (yr) a link's "- /url:" line: the label of the line before it
    for k, (l, f) in enumerate(labels):
        if l == '@prev':
            labels[k] = ('PREV', f)
    # markup-only lines: opening -> next, closing -> previous
    orig = [l for l, _ in labels]  # (yy) hxpipe's ")tag": the last line with text before it
    for k, (l, f) in enumerate(labels):
        if l is None:
            closing = re.match(r'^\s*(</|:::\s*$|\\stop|\\end\{|\\bottomrule|\\endhead|\\midrule|\[/)', paras[k]) is not None
            if False and re.match(r'^\s*\)', paras[k]):  # (yz) no hxpipe pages
                closing = True  # (yy) hxpipe's ")tag" lines
            rng = range(k - 1, -1, -1) if closing else range(k + 1, len(labels))
            hxc = False  # (yz) no hxpipe pages
            for j in rng:
                if hxc and not orig[j]: continue
                if labels[j][0]: labels[k] = (labels[j][0], f + '?'); break
            else: labels[k] = ('chrome', f + '?')
    for k, (l, f) in enumerate(labels):
        if l and l.startswith('@'):
            labels[k] = (labels[int(l[1:])][0], f)
    for k, (l, f) in enumerate(labels):
        if l == 'PREV':
            labels[k] = (labels[k - 1][0], f)
    # pandoc mediawiki's raw <div ...> and </div> lines: an opening line takes
    # the label of the block it opens (the next paragraph's, set above), and
    # its closing line takes the opening line's label (a stack of div lines)
    stack = []
    for k, para in enumerate(paras):
        if re.match(r'^\s*<div\b[^>]*>\s*$', para) or re.match(r'^\s*<div type="level\d"', para):  # (yj: TEI's section line, with its <head> joined)
            stack.append(labels[k][0])
        elif re.match(r'^\s*</div>\s*$', para) and stack:
            labels[k] = (stack.pop(), 'D')
    # pandoc TEI's sections (yj): a heading opens <div type="levelN"> and the
    # section closes with a </div> alone on a line, after everything up to
    # the next heading of the same level (so the headline's </div> comes
    # after the comments); a </div> line takes the label of the heading of
    # the section it closes (the first <head> at or after its <div>),
    # however the splitter joined the <div> line to the line before it
    if any('<div type="level' in q for q in paras):
        stack = []
        for k, para in enumerate(paras):
            for m in re.finditer(r'<div type="level\d"|</div>', para):
                if m.group(0) != '</div>':
                    j = k if '<head>' in para[m.end():] else next(i for i in range(k + 1, len(paras)) if '<head>' in paras[i])
                    stack.append(j)
                elif stack:
                    j = stack.pop()
                    if para.strip() == '</div>':
                        labels[k] = ('@' + str(j), 'TD')
        for k, (l, f) in enumerate(labels):
            if l and l.startswith('@'):
                labels[k] = (labels[int(l[1:])][0], f)
    # pandoc TEI's figures (yj): the lines from <figure> to </figure> (the
    # <graphic url=".."/> and <figDesc> lines) take the label of the figure's
    # caption, its first line with words
    k = 0
    while k < len(paras):
        if '<figure>' in paras[k]:
            j = k
            while j < len(paras) - 1 and '</figure>' not in paras[j]:
                j += 1
            cap = [labels[i][0] for i in range(k, j + 1) if toks(re.sub(r'<[^<>]*>', ' ', paras[i])) and not re.match(r'^\s*<figDesc>fig:</figDesc>\s*$', paras[i])]
            if cap:
                for i in range(k, j + 1):
                    labels[i] = (cap[0], 'F')
            k = j
        k += 1
    # pandoc Jira's {panel:...} lines open a panel (a <main> or a <div> with
    # attributes), a lone {panel} closes the last one opened: it takes the
    # opening line's label
    stack = []
    for k, para in enumerate(paras):
        if re.match(r'^\s*\{panel:[^}]*\}', para):
            stack.append(labels[k][0])
        elif re.match(r'^\s*\{panel\}\s*$', para) and stack:
            labels[k] = (stack.pop(), 'P')
    # defuddle's YAML front matter (--frontmatter): the lines between the
    # first two "---" lines are metadata the tool writes (title, site,
    # language, word count: chrome), except the author line (bio)
    if paras and paras[0].strip() == '---':
        # (yo) the splitter joins the front matter's last line and its
        # closing "---" into one paragraph on kreuzberg's pages ("title: ..
        # ---"): a paragraph that ends in " ---" closes it too
        fmend = lambda q: q.strip() == '---' or q.rstrip().endswith(' ---')
        for k in range(len(paras)):
            if k > 0 and fmend(paras[k]):
                labels[k] = ('chrome', 'FM')
                break
            labels[k] = ('bio' if paras[k].startswith('author:') else 'chrome', 'FM')
        fm = {}
        for k in range(1, len(paras)):
            if paras[k].strip() == '---':
                break
            m = re.match(r'^(\w+): "?(.*?)"?(?: ---)?$', paras[k])
            if m:
                fm[m.group(1)] = (k, m.group(2))
        # a site line that names the author (defuddle took the byline for
        # the site's name) is the author's name: bio
        if 'site' in fm and 'author' in fm and fm['site'][1] == fm['author'][1]:
            labels[fm['site'][0]] = ('bio', 'FM')
        # the title line is the page's only headline where defuddle dropped
        # the <h1> from the content (no "#"/"##" heading holds its text):
        # body, as yb's DOM Distiller title lines; else it repeats the
        # headline as metadata: chrome
        src = open(f'{BASE}/html/{page}.html', encoding='utf-8').read()
        h1 = HT.unescape(re.sub(r'<[^>]+>', '', re.search(r'<h1[^>]*>(.*?)</h1>', src, re.S).group(1))).strip()
        if 'title' in fm and not any(re.match(r'^#+ ', q) and h1 in q for q in paras):
            labels[fm['title'][0]] = ('body', 'FM')
    # a Markdown image alone on a line (defuddle's figures) takes the label
    # of its caption, the paragraph after it
    for k, para in enumerate(paras):
        if re.match(r'^!\[[^\]]*\]\([^)]*\)$', para.strip()) and k + 1 < len(paras):
            labels[k] = (labels[k + 1][0], 'I')
    # html2text (Rust, yk): a reference line under a list item ("* [text][1]"
    # then "[1]: /target") belongs to the item: it takes the item's label
    for k, para in enumerate(paras):
        if k > 0 and re.match(r'^(\s*\[\d+\]: \S+\s*\n?)+$', para) and paras[k - 1].lstrip().startswith('* '):
            labels[k] = (labels[k - 1][0], 'LR')
    for line in open(os.path.join(BASE, 'tools', 'gold', 'overrides.txt'), encoding='utf-8'):
        f = line.split('#')[0].split()
        if len(f) == 3 and f[0] == page and f[1] != 'title':
            labels[int(f[1])] = (f[2], 'OV')
    if '--json' in sys.argv:
        return paras, [l for l, _ in labels]
    mixed = set()
    for k, para in enumerate(paras):
        PT = set(toks(para))
        labs = {lab for lab, S, _ in segs if len(S) >= 3 and S <= PT}
        if labs - {labels[k][0]}:
            mixed.add(k)
    for k, (para, (l, f)) in enumerate(zip(paras, labels)):
        print(f'{k:3d} {l[:5]:5s} {f:6s} {"MIX " if k in mixed else ""}{para[:110]}')

PAGES = [p for p in 'de-1 de-2 de-3 es-1 es-2 es-3 fr-1 fr-2 fr-3 pl-1 pl-2 pl-3 zh-1 zh-2 zh-3 zh-4 rup-1 lld-1 mwl-1 frp-1'.split()
         if os.path.exists(f'{BASE}/pages/{p}.txt')]

def gold():
    import html as H
    out = []
    for p in PAGES:
        sys.argv = ['label.py', p, '--json']
        paras, labels = main()
        src = open(f'{BASE}/html/{p}.html', encoding='utf-8').read()
        h1 = H.unescape(re.sub(r'<[^>]+>', '', re.search(r'<h1[^>]*>(.*?)</h1>', src, re.S).group(1)))
        # spaces and format characters (winnow's normaliser drops the
        # zero-width non-joiner of fa-1's words) do not count, nor Haddock's
        # backslash escapes (l\'ancienne)
        # (yo) pdfminer reads the CJK fonts' text as Kangxi radicals
        # (⼤ for 大): compare the NFKC forms
        norm = lambda s: ''.join(ch for ch in unicodedata.normalize('NFKC', s) if not ch.isspace() and ch != '\\' and unicodedata.category(ch) != 'Cf')
        # the headline's paragraph: the first body paragraph that holds the
        # <h1> text (the <title> line at the top of a whole-page layout may
        # hold it too, but it is chrome); on a DOM Distiller page that
        # dropped the <h1>, the title line the driver prints first
        ti = [i for i, t in enumerate(paras) if norm(h1) in norm(H.unescape(t)) and labels[i] == 'body']
        # groff hyphenates a headline it wraps ("sonn‐ tags") and LaTeX
        # writes a dash as "--": compare the words run together
        if not ti:
            jw = lambda s: ''.join(toks(s))
            ti = [i for i, t in enumerate(paras) if jw(h1) in jw(H.unescape(t)) and labels[i] == 'body']
        # (yn) pdftotext's and mutool's lines cut a wrapped headline into a
        # paragraph a line: the headline's first paragraph, the first body
        # paragraph that holds the start of the <h1>
        if not ti:
            ti = [i for i, t in enumerate(paras) if labels[i] == 'body' and len(norm(H.unescape(t))) >= 4 and norm(h1).startswith(norm(H.unescape(t)))]
        # (yq) pdf.js reads some CJK glyphs as CJK Radicals Supplement
        # characters (⻋ for 车), which NFKC leaves as they are: such a
        # character matches any one character of the headline
        if not ti:
            wild = lambda t: re.compile(''.join('.' if '\u2e80' <= ch <= '\u2eff' else re.escape(ch) for ch in norm(H.unescape(t))))
            ti = [i for i, t in enumerate(paras) if labels[i] == 'body' and len(norm(H.unescape(t))) >= 4 and wild(t).match(norm(h1))]
        # (yu) Ruby pdf-reader prints the Bengali vowel signs of as-1 apart
        # from their letters, so no rule finds its headline: overrides.txt
        # names the headline's first paragraph ("as-1 title 7")
        if not ti:
            for line in open(os.path.join(BASE, 'tools', 'gold', 'overrides.txt'), encoding='utf-8'):
                f = line.split('#')[0].split()
                if len(f) == 3 and f[0] == p and f[1] == 'title':
                    ti = [int(f[2])]
        ti = ti[0] if ti else 0
        assert labels[ti] == 'body', p
        for l in labels:
            assert l in ('body', 'bio', 'promo', 'comment', 'chrome'), (p, l)
        out.append({'id': 'yz-' + p, 'lang': p.split('-')[0], 'title': paras[ti], 'source': f'pages/{p}.txt',
                    'paragraphs': [{'text': t, 'label': l} for t, l in zip(paras, labels)]})
    with open(f'{BASE}/gold.jsonl', 'w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
