// Package filter holds the stages that decide what of a document is kept:
// Keep assembles the clean text from the paragraphs whose labels are kept,
// and drops documents left with nothing.
package filter

import (
	"context"
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages"
)

// Drop reasons reported by Keep.
const (
	// ReasonEmpty: the document has no text at all after normalisation.
	ReasonEmpty = "empty"
	// ReasonNothingKept: no paragraph carries a kept label (for the default
	// --keep body: no body left).
	ReasonNothingKept = "nothing-kept"
)

// Keep sets Document.Clean to the text of the paragraphs whose label is in
// Labels, joined by a blank line, and drops documents with nothing to keep.
// When Labels has body, the article's headline (see Headline) goes to
// Document.Title instead of Clean, with the word-for-word repeats of it
// right under it (a repeat further down, after the article has begun,
// stays).
type Keep struct {
	Labels corpus.LabelSet
	// Text, when set, gives the texts the clean text and the title are
	// made of, one per paragraph, in place of the paragraphs' own (e.g.
	// classify.PlainTexts: without the markup a converter left in a dump).
	// A paragraph whose text comes out empty is left out.
	Text func(paras []corpus.Paragraph) []string
}

// Name implements stages.Stage.
func (Keep) Name() string { return "keep" }

// Process implements stages.Stage.
func (k Keep) Process(_ context.Context, d *corpus.Document) error {
	d.Title = ""
	if len(d.Paragraphs) == 0 {
		d.Clean = ""
		return stages.Drop(ReasonEmpty)
	}
	h, end := -1, -1
	if k.Labels.Has(corpus.Body) {
		h, end = Headline(d.Paragraphs, d.Meta["title"])
	}
	// The headline, whatever its label (one found above the body is not
	// body, and may be kept: --keep body,chrome), and the body repeats
	// under it.
	inTitle := func(i int) bool { return i == h || i > h && i < end && d.Paragraphs[i].Label == corpus.Body }
	size := 0
	for i, p := range d.Paragraphs {
		if k.Labels.Has(p.Label) && !inTitle(i) {
			size += len(p.Text) + 2
		}
	}
	if size == 0 {
		d.Clean = ""
		return stages.Drop(ReasonNothingKept)
	}
	text := func(i int) string { return d.Paragraphs[i].Text }
	if k.Text != nil {
		texts := k.Text(d.Paragraphs)
		text = func(i int) string { return texts[i] }
	}
	if h >= 0 {
		d.Title = withoutHeadingMarker(text(h))
	}
	var b strings.Builder
	b.Grow(size)
	for i, p := range d.Paragraphs {
		if !k.Labels.Has(p.Label) || inTitle(i) {
			continue
		}
		t := text(i)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(t)
	}
	d.Clean = b.String()
	if d.Clean == "" {
		d.Title = ""
		return stages.Drop(ReasonNothingKept)
	}
	return nil
}

// withoutHeadingMarker returns a headline without the marker of a Markdown
// ATX heading ("# " to "###### ") that a page converted to Markdown puts
// before it: the record's title is the headline's text.
func withoutHeadingMarker(s string) string {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return s
	}
	if t := strings.TrimLeft(s[n:], " "); t != "" {
		return t
	}
	return s
}
