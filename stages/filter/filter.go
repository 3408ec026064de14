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
type Keep struct {
	Labels corpus.LabelSet
}

// Name implements stages.Stage.
func (Keep) Name() string { return "keep" }

// Process implements stages.Stage.
func (k Keep) Process(_ context.Context, d *corpus.Document) error {
	if len(d.Paragraphs) == 0 {
		d.Clean = ""
		return stages.Drop(ReasonEmpty)
	}
	size := 0
	for _, p := range d.Paragraphs {
		if k.Labels.Has(p.Label) {
			size += len(p.Text) + 2
		}
	}
	if size == 0 {
		d.Clean = ""
		return stages.Drop(ReasonNothingKept)
	}
	var b strings.Builder
	b.Grow(size)
	for _, p := range d.Paragraphs {
		if !k.Labels.Has(p.Label) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.Text)
	}
	d.Clean = b.String()
	return nil
}
