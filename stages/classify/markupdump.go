package classify

import (
	"context"
	"iter"
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/htmltext"
)

// Some tools print a page's HTML in another notation, a node a line,
// markup and all:
//
//   - xml2's html2 (shell scripts grep and sed it): every text node and
//     attribute on a line of its own after the path of tags to it,
//     "/html/body/main/article/p/@class=byline",
//     "/html/body/main/article/p=Von Hauke Ennen", and a line
//     "/html/body/main/article= " for every run of whitespace between
//     elements;
//   - html2pug's Pug template: every element on a line of its own,
//     indented by depth, its tag, classes and (attributes) before its text,
//     "p.byline Von Hauke Ennen", "a(href='/sport') Sport", a text beside
//     an inline element on a "| " line;
//   - hxpipe's events (html-xml-utils): "Aclass CDATA byline", "(p",
//     "-Von Hauke Ennen", ")p" (hxpipedump.go).
//
// The splitter makes every line a paragraph (and the normaliser trims
// Pug's indentation), and most lines hold only markup; the text model,
// which never saw either notation, read the markup as words. Such a page
// is HTML: it is written back as the HTML it stands for (markupDumpHTML:
// html2's paths give the nesting, Pug's lines HTML's own nesting rules
// where the indentation is gone), read by htmltext as any HTML page, and
// its text, written as the Markdown a converter would print of it
// (markupView), is labelled by the text model and its passes
// (classifyMarkupDump). Each line takes the label of the paragraph its
// text is in; a line with no text of its own (a tag that opens its
// children, an attribute, whitespace) takes the label of the next line
// with text, the block it opens or belongs to, and one that closes an
// element that of the line with text before it; the lines of the page's
// head are chrome.
//
// (The HTML model, given the same HTML, put 0.84 of yx's html2 and Pug
// lines right, the text model on the Markdown view 0.94: the HTML model
// learnt from the article-extraction pages, whose gold leaves out the
// headline, and has few of the text model's passes.)

// markupDumpKind is the notation of a page written a node a line.
type markupDumpKind uint8

const (
	notMarkupDump markupDumpKind = iota
	html2Dump                    // xml2's html2: "/path/of/tags=text"
	pugDump                      // a Pug template (html2pug)
	hxpipeDump                   // hxpipe's events: "(tag", "-text", ")tag"
)

// markupDumpScanLines is how many of a page's first lines markupDumpOf reads;
// markupDumpMinLines of them at least, and markupDumpMinShare of those, must be in
// the notation's grammar.
const (
	markupDumpScanLines = 200
	markupDumpMinLines  = 8
	markupDumpMinShare  = 0.9
)

// markupLine is one line of a markup dump as the parsers read it.
type markupLine struct {
	para int    // the paragraph the line is in
	text string // the line's own text, decoded, "" when it has none
	head bool   // whether the line is in the page's <head>
	// closes marks a line that closes an element (hxpipe's ")tag"): it
	// takes the label of the line with text before it, the block it ends.
	closes bool
}

// markupDumpOf tells which notation, if any, a plain-text page is written
// in: html2 when markupDumpMinShare of its first lines
// (markupDumpMinLines or more) are html2 lines and half as many texts of
// elements under /html or /body are among them (html2Texts); Pug when its
// first line is "doctype html" or an html element and markupDumpMinShare
// of its lines are Pug lines of known HTML tags; hxpipe when its first
// line is a doctype or an element's start, markupDumpMinShare of its
// lines are hxpipe lines and half as many start elements
// (hxpipeElements).
func markupDumpOf(paras []corpus.Paragraph) markupDumpKind {
	if len(paras) == 0 {
		return notMarkupDump
	}
	first, _, _ := strings.Cut(paras[0].Text, "\n")
	first = strings.TrimSpace(first)
	switch {
	case strings.HasPrefix(first, "/"):
		if markupShare(paras, isHTML2Line) && html2Texts(paras) {
			return html2Dump
		}
	case strings.EqualFold(first, "doctype html") || first == "html" || strings.HasPrefix(first, "html("):
		if markupShare(paras, isPugLine) {
			return pugDump
		}
	case strings.HasPrefix(first, "!") || strings.HasPrefix(first, "("):
		if markupShare(paras, isHXPipeLine) && hxpipeElements(paras) {
			return hxpipeDump
		}
	}
	return notMarkupDump
}

// markupShare reports whether markupDumpMinShare of the first
// markupDumpScanLines lines of paras, and markupDumpMinLines at least,
// satisfy ok.
func markupShare(paras []corpus.Paragraph, ok func(string) bool) bool {
	n, match := 0, 0
	for line := range firstLines(paras, markupDumpScanLines) {
		n++
		if ok(line) {
			match++
		}
	}
	return match >= markupDumpMinLines && float64(match) >= markupDumpMinShare*float64(n)
}

// firstLines yields the first max lines of paras, paragraph after
// paragraph.
func firstLines(paras []corpus.Paragraph, max int) iter.Seq[string] {
	return func(yield func(string) bool) {
		n := 0
		for i := range paras {
			for line := range strings.SplitSeq(paras[i].Text, "\n") {
				if n == max || !yield(line) {
					return
				}
				n++
			}
		}
	}
}

// readMarkupDump reads a markup dump into the tree it stands for and its
// lines; ok is false when paras are not a markup dump.
func readMarkupDump(paras []corpus.Paragraph) (t *markupTree, lines []markupLine, ok bool) {
	switch markupDumpOf(paras) {
	case html2Dump:
		t, lines = readHTML2(paras)
	case pugDump:
		t, lines = readPug(paras)
	case hxpipeDump:
		t, lines = readHXPipe(paras)
	default:
		return nil, nil, false
	}
	return t, lines, true
}

// markupDumpHTML returns the HTML a markup dump stands for and its lines,
// or ok false when paras are not a markup dump.
func markupDumpHTML(paras []corpus.Paragraph) (page string, lines []markupLine, ok bool) {
	t, lines, ok := readMarkupDump(paras)
	if !ok {
		return "", nil, false
	}
	var b strings.Builder
	t.writeHTML(&b)
	return b.String(), lines, true
}

// markupMaxAhead is how many view paragraphs past the current one a
// line's text is looked for in.
const markupMaxAhead = 8

// markupView returns the text view of the paragraphs htmltext read from
// a markup dump's HTML: the Markdown a converter would write of them
// (ariaView does the same for an ARIA snapshot), headings after their
// "#", list items after "- ", a table's rows as a Markdown table, a row a
// line between bars (htmltext makes every cell a paragraph), so that the
// text model reads the page as it reads the Markdown pages it knows.
func markupView(ps []corpus.Paragraph) (view []corpus.Paragraph, unit []int) {
	view = make([]corpus.Paragraph, 0, len(ps))
	unit = make([]int, len(ps))
	row := int32(-1) // the row of the last paragraph in view, -1 for none
	header := false  // whether the row in view is of th cells
	table := int32(-1)
	for i := range ps {
		st := ps[i].Structure
		text := ps[i].Text
		r, t := int32(-1), int32(-1)
		if st != nil && (st.Tag == "td" || st.Tag == "th") && len(st.Ancestors) > 1 {
			r = st.Ancestors[1]
			if len(st.Ancestors) > 2 {
				t = st.Ancestors[2]
			}
		}
		switch {
		case r >= 0 && r == row:
			last := &view[len(view)-1]
			last.Text += " " + text + " |"
			header = header && st.Tag == "th"
			unit[i] = len(view) - 1
			continue
		case r >= 0:
			if row >= 0 && header && t == table {
				view = append(view, corpus.Paragraph{Text: "| --- |", Block: ps[i].Block})
			}
			if row < 0 || t != table {
				header = st.Tag == "th"
			} else {
				header = false
			}
			row, table = r, t
			text = "| " + text + " |"
		default:
			row, header = -1, false
			if st != nil {
				switch st.Tag {
				case "h1", "h2", "h3", "h4", "h5", "h6":
					text = strings.Repeat("#", int(st.Tag[1]-'0')) + " " + text
				case "li":
					text = "- " + text
				}
			}
		}
		unit[i] = len(view)
		view = append(view, corpus.Paragraph{Text: text, Block: ps[i].Block})
	}
	return view, unit
}

// classifyMarkupDump labels a page written in a markup notation
// (markupDumpOf) through the HTML it stands for: htmltext reads its text,
// which the text model labels as Markdown (markupView), and every line
// takes the label of the view's paragraph its text is in.
// ok is false for any other page, or when the HTML gives no paragraph.
func (m *Model) classifyMarkupDump(paras []corpus.Paragraph) ([]Scored, bool) {
	page, lines, ok := markupDumpHTML(paras)
	if !ok {
		return nil, false
	}
	p, err := htmltext.Extract(context.Background(), []byte(page), "text/html; charset=utf-8", htmltext.Options{})
	if err != nil || len(p.Paragraphs) == 0 {
		return nil, false
	}
	view, unit := markupView(p.Paragraphs)
	labels := m.classifyText(view)
	for i := range p.Paragraphs {
		if p.Paragraphs[i].Structure.Tag == "figcaption" {
			// A figure's caption is chrome whatever its words (a photo
			// credit reads as a byline, a long caption as the article).
			labels[unit[i]] = Scored{Label: corpus.Chrome, Score: 1}
		}
	}
	// Each line with text takes the label of the paragraph it is in,
	// looked for from where the line before it was found.
	lineLabel := make([]int, len(lines)) // index into labels, -1 for none
	j, off, last := 0, 0, -1
	for k := range lines {
		lineLabel[k] = -1
		if lines[k].closes {
			lineLabel[k] = last
			continue
		}
		t := strings.Join(strings.Fields(lines[k].text), " ")
		if t == "" || lines[k].head {
			continue
		}
		for a := j; a < len(view) && a <= j+markupMaxAhead; a++ {
			from := 0
			if a == j {
				from = off
			}
			text := view[a].Text
			if x := strings.Index(text[from:], t); x >= 0 {
				j, off, last = a, from+x+len(t), a
				lineLabel[k] = a
				break
			}
		}
	}
	out := make([]Scored, len(paras))
	set := make([]bool, len(paras))
	next := -1 // the label of the next line with one
	for k := len(lines) - 1; k >= 0; k-- {
		l := lines[k]
		switch {
		case l.head:
			out[l.para], set[l.para] = Scored{Label: corpus.Chrome, Score: 1}, true
			continue
		case lineLabel[k] >= 0:
			next = lineLabel[k]
		}
		if next >= 0 && !set[l.para] || lineLabel[k] >= 0 {
			// A paragraph of several lines takes its first line's label.
			out[l.para], set[l.para] = labels[next], true
		}
	}
	// Lines after the last with text (the page's closing markup) take the
	// label of the line before them.
	prev := Scored{Label: corpus.Chrome, Score: 1}
	for i := range out {
		if set[i] {
			prev = out[i]
			continue
		}
		out[i] = prev
	}
	return out, true
}

// markupPlainTexts returns the texts of a markup dump's paragraphs without
// their markup (PlainTexts): each line's own text, the lines of the
// page's head and those without text empty; ok is false for any other
// page.
func markupPlainTexts(paras []corpus.Paragraph) (out []string, ok bool) {
	_, lines, ok := readMarkupDump(paras)
	if !ok {
		return nil, false
	}
	out = make([]string, len(paras))
	for _, l := range lines {
		if l.text == "" || l.head {
			continue
		}
		if out[l.para] != "" {
			out[l.para] += " "
		}
		out[l.para] += l.text
	}
	return out, true
}
