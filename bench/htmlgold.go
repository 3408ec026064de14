package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/htmltext"
)

// GoldAttr is the attribute that labels the blocks of a check set's HTML
// pages (bench/testdata/*/html: data-gold="body", "bio", …): every text
// takes the label of the innermost element that has one.
const GoldAttr = "data-gold"

// goldAttrRE matches a GoldAttr attribute as the sets write it, to be taken
// out before a page is read (as the sets' converters take it out).
var goldAttrRE = regexp.MustCompile(` ` + GoldAttr + `="[a-z]*"`)

// HTMLGoldDoc reads a labelled HTML page of a check set as winnow reads
// HTML: its paragraphs come from htmltext (with their markup structure)
// after the GoldAttr attributes are taken out, and each paragraph's gold
// label is the label of the text its first characters are in. unlabelled
// counts the paragraphs whose text is under no labelled element, which are
// left out of the gold (Gold holds the others).
func HTMLGoldDoc(ctx context.Context, id string, page []byte) (d EvalDoc, unlabelled int, err error) {
	clean := goldAttrRE.ReplaceAll(page, nil)
	p, err := htmltext.Extract(ctx, clean, "text/html; charset=utf-8", htmltext.Options{})
	if err != nil {
		return d, 0, fmt.Errorf("page %s: %w", id, err)
	}
	texts, labels, err := goldTexts(page)
	if err != nil {
		return d, 0, fmt.Errorf("page %s: %w", id, err)
	}
	d = EvalDoc{ID: id, Text: p.Text, Paras: p.Paragraphs, PageTitle: p.Meta["title"]}
	if d.Paras == nil {
		d.Paras = []corpus.Paragraph{}
	}
	var body []string
	from := 0
	for i := range p.Paragraphs {
		key := squeeze(p.Paragraphs[i].Text)
		if r := []rune(key); len(r) > goldKeyRunes {
			key = string(r[:goldKeyRunes])
		}
		x := strings.Index(texts[from:], key)
		if key == "" || x < 0 {
			unlabelled++
			continue
		}
		at := from + x
		from = at + len(key)
		l, ok := labelAt(labels, at)
		if !ok {
			unlabelled++
			continue
		}
		d.Gold = append(d.Gold, LabeledText{Text: p.Paragraphs[i].Text, Label: l})
		if l == corpus.Body {
			body = append(body, p.Paragraphs[i].Text)
		}
	}
	d.GoldBody = strings.Join(body, "\n\n")
	return d, unlabelled, nil
}

// goldKeyRunes is how many of a paragraph's first characters (white
// space aside) HTMLGoldDoc looks for in the page's labelled text.
const goldKeyRunes = 24

// labelSpan is the label of the squeezed text from Start on.
type labelSpan struct {
	Start int
	Label corpus.Label
	OK    bool // false for text under no labelled element
}

// labelAt returns the label of the squeezed text at offset at.
func labelAt(spans []labelSpan, at int) (corpus.Label, bool) {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].Start > at }) - 1
	if i < 0 {
		return 0, false
	}
	return spans[i].Label, spans[i].OK
}

// squeeze returns s without its white space, in NFC as htmltext writes
// text, so that texts compare whatever spaces the markup put between
// their parts.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// goldTexts returns the page's text nodes squeezed and run together (the
// head, scripts and styles left out) and the label of every stretch.
func goldTexts(page []byte) (string, []labelSpan, error) {
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", nil, fmt.Errorf("parse: %w", err)
	}
	var b strings.Builder
	var spans []labelSpan
	var walk func(n *html.Node, l corpus.Label, ok bool)
	walk = func(n *html.Node, l corpus.Label, ok bool) {
		switch n.Type {
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			}
			for _, a := range n.Attr {
				if a.Key == GoldAttr {
					if gl, err := corpus.ParseLabel(a.Val); err == nil {
						l, ok = gl, true
					}
				}
			}
		case html.TextNode:
			s := squeeze(norm.NFC.String(n.Data))
			if s == "" {
				return
			}
			if len(spans) == 0 || spans[len(spans)-1].Label != l || spans[len(spans)-1].OK != ok {
				spans = append(spans, labelSpan{Start: b.Len(), Label: l, OK: ok})
			}
			b.WriteString(s)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, l, ok)
		}
	}
	walk(root, 0, false)
	return b.String(), spans, nil
}

// HTMLCheckSet reads every labelled HTML page of a check set directory
// (dir/html/*.html), in name order, as HTMLGoldDoc does; ids are prefix
// and the file's name without .html.
func HTMLCheckSet(ctx context.Context, dir, prefix string) (docs []EvalDoc, unlabelled int, err error) {
	names, err := filepath.Glob(filepath.Join(dir, "html", "*.html"))
	if err != nil {
		return nil, 0, fmt.Errorf("list %s: %w", dir, err)
	}
	sort.Strings(names)
	for _, name := range names {
		page, err := os.ReadFile(name)
		if err != nil {
			return nil, 0, fmt.Errorf("read %s: %w", name, err)
		}
		d, u, err := HTMLGoldDoc(ctx, prefix+strings.TrimSuffix(filepath.Base(name), ".html"), page)
		if err != nil {
			return nil, 0, err
		}
		unlabelled += u
		docs = append(docs, d)
	}
	return docs, unlabelled, nil
}
