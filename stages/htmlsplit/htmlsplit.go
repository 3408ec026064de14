// Package htmlsplit is the pipeline stage for HTML documents. It does for
// a page what normalize and split do for plain text: it reads the HTML in
// Document.Raw (corpus/htmltext) and fills Text, Paragraphs (with their
// markup Structure), InvalidBytes and Meta.
//
// A document is HTML when its Meta holds an HTML content type under
// MetaContentType; readers set it for .html files, JSONL html fields and
// WARC responses. Other documents pass through untouched, and the text
// stages must leave HTML documents alone (see IsHTML): the stage list is
// htmlsplit, normalize, split, classify, keep, with normalize and split
// returning at once for IsHTML documents.
package htmlsplit

import (
	"context"
	"errors"
	"time"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/htmltext"
	"github.com/winnowhq/winnow/stages"
)

// MetaContentType is the Document.Meta key of the document's media type,
// with parameters, e.g. "text/html; charset=iso-8859-1" (the HTTP
// Content-Type of a WARC response) or "text/html" (a .html file).
const MetaContentType = "content-type"

// Drop reasons reported by Stage.
const (
	// ReasonTooLarge: the page is larger than Options.MaxBytes.
	ReasonTooLarge = "html-too-large"
	// ReasonTimeout: reading the page took longer than Stage.Timeout.
	ReasonTimeout = "html-timeout"
)

// IsHTML reports whether d holds an HTML page to be read by this stage.
func IsHTML(d *corpus.Document) bool {
	ct, ok := d.Meta[MetaContentType]
	return ok && htmltext.IsHTMLType(ct)
}

// Stage reads HTML documents. Its zero value uses htmltext's default
// limits and no time limit.
type Stage struct {
	// Options limits the page size and nesting depth.
	Options htmltext.Options
	// Timeout, when positive, bounds the time spent on one page; a page
	// that takes longer is dropped (ReasonTimeout). It is a guard against
	// pathological pages, and the only thing that makes the stage depend
	// on the machine's speed: leave it 0 for byte-identical reruns.
	Timeout time.Duration
}

// Name implements stages.Stage.
func (Stage) Name() string { return "html" }

// Process implements stages.Stage.
func (s Stage) Process(ctx context.Context, d *corpus.Document) error {
	if !IsHTML(d) {
		return nil
	}
	pctx := ctx
	if s.Timeout > 0 {
		var cancel context.CancelFunc
		pctx, cancel = context.WithTimeout(ctx, s.Timeout)
		defer cancel()
	}
	page, err := htmltext.Extract(pctx, d.Raw, d.Meta[MetaContentType], s.Options)
	switch {
	case errors.Is(err, htmltext.ErrTooLarge):
		return stages.Drop(ReasonTooLarge)
	case err != nil && ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded):
		return stages.Drop(ReasonTimeout)
	case err != nil:
		return err
	}
	page.Apply(d)
	return nil
}
