// Package corpus holds winnow's data model (documents, paragraphs, labels)
// and its on-disk formats: the readers that turn dumps into documents and the
// writers that turn documents into shards, rejects, gold and manifests.
package corpus

import (
	"context"
	"errors"
	"fmt"
)

// Label is the class of one paragraph. The zero value is Body.
type Label uint8

// The five paragraph labels, in the order used by tables and model outputs.
const (
	Body Label = iota
	Bio
	Promo
	Comment
	Chrome
)

// NumLabels is the number of distinct labels.
const NumLabels = 5

var labelNames = [NumLabels]string{"body", "bio", "promo", "comment", "chrome"}

// Labels returns all labels in canonical order.
func Labels() []Label { return []Label{Body, Bio, Promo, Comment, Chrome} }

// String returns the label's lower-case name, e.g. "body".
func (l Label) String() string {
	if int(l) < NumLabels {
		return labelNames[l]
	}
	return fmt.Sprintf("label(%d)", uint8(l))
}

// ParseLabel turns a label name ("body", "bio", "promo", "comment", "chrome")
// into a Label.
func ParseLabel(s string) (Label, error) {
	for i, n := range labelNames {
		if n == s {
			return Label(i), nil
		}
	}
	return 0, fmt.Errorf("unknown label %q (want one of body, bio, promo, comment, chrome)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (l Label) MarshalText() ([]byte, error) {
	if int(l) >= NumLabels {
		return nil, fmt.Errorf("invalid label %d", uint8(l))
	}
	return []byte(labelNames[l]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Label) UnmarshalText(b []byte) error {
	v, err := ParseLabel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// LabelSet is a set of labels stored as a bit mask.
type LabelSet uint8

// NewLabelSet returns the set holding the given labels.
func NewLabelSet(ls ...Label) LabelSet {
	var s LabelSet
	for _, l := range ls {
		s |= 1 << l
	}
	return s
}

// Has reports whether l is in the set.
func (s LabelSet) Has(l Label) bool { return s&(1<<l) != 0 }

// Paragraph is one paragraph (or line) of a document's normalised text.
type Paragraph struct {
	// Text is the paragraph's text; for split paragraphs it is Document.Text[Start:End]
	// with hard-wrapped lines re-joined by a space.
	Text string
	// Start and End are byte offsets of the paragraph in Document.Text.
	Start, End int
	// Block is the index of the blank-line-separated block the paragraph came from.
	Block int
	// Label is the class the classifier gave the paragraph.
	Label Label
	// Score is the classifier's confidence in Label, in [0, 1].
	Score float32
	// Structure is what the page's markup says about the paragraph; nil for
	// plain-text input.
	Structure *Structure
}

// MetaContentType is the Document.Meta key of the document's media type;
// "text/html" (or another HTML type) marks Raw as an HTML page that the HTML
// stage turns into text and paragraphs.
const MetaContentType = "content-type"

// Structure is the markup context of a paragraph read from HTML.
type Structure struct {
	// Tag is the paragraph's block element, e.g. "p", "li", "h2", "td".
	Tag string
	// Path is the chain of ancestor elements from body, e.g. "body/div/article/p".
	Path string
	// Hints are lower-case class and id tokens of the element and its
	// ancestors that carry meaning ("byline", "author", "comment", "nav", ...).
	Hints []string
	// LinkRunes counts the paragraph's characters that are inside links.
	LinkRunes int
	// Depth is the element's depth below body.
	Depth int
	// Ancestors identifies the paragraph's block element and the elements
	// enclosing it, innermost first, at most MaxAncestors of them: numbers
	// unique within the document, so that paragraphs under the same element
	// (the same article container, the same list) share an entry.
	Ancestors []int32
}

// MaxAncestors caps Structure.Ancestors.
const MaxAncestors = 12

// Document is the unit of work: one article or page, from reading to writing.
type Document struct {
	// ID identifies the document in its input (JSONL id field, or path without extension).
	ID string
	// URL is the page address when the input carries one.
	URL string
	// Source is the input the document came from (a path, or "-" for stdin).
	Source string
	// Position locates the record in Source, e.g. "line 12"; empty for whole-file inputs.
	Position string
	// Seq is the document's 0-based position in the whole input stream; the
	// pipeline writes documents in Seq order.
	Seq int64
	// Input is the index of the document's input in the reader's input list.
	Input int
	// Record is the document's 0-based record number in its input, counting
	// rejected records too (blank JSONL lines are not records). With Input
	// and Seq it says where to resume reading after this document (see
	// Cursor).
	Record int64
	// Truncated is set when the reader cut the document's text at the record
	// size limit (ReadOptions.Truncate) instead of rejecting it.
	Truncated bool
	// Raw is the document's text as read, before normalisation. The
	// normalise stage releases it (sets it to nil) once Text is made.
	Raw []byte
	// Text is the normalised text that paragraph offsets refer to.
	Text string
	// InvalidBytes counts bytes that were not valid UTF-8 and were replaced.
	InvalidBytes int
	// Paragraphs are the document's paragraphs in reading order.
	Paragraphs []Paragraph
	// Clean is the text of the kept paragraphs, joined by blank lines; when
	// body is kept, without the headline, which is in Title.
	Clean string
	// Title is the article's headline as the text gives it (a body
	// paragraph, taken out of Clean by the keep stage); empty when none was
	// found.
	Title string
	// Meta holds what the input says about the document beyond its text,
	// e.g. "title", "date", "author", "lang" (from HTML meta tags or WARC
	// headers); nil when there is nothing.
	Meta map[string]string
}

// Reader yields documents one at a time. Next returns io.EOF after the last
// document. A *RecordError means one record could not be read: the caller
// counts it as rejected and calls Next again. Any other error is fatal.
type Reader interface {
	Next(ctx context.Context) (*Document, error)
}

// Writer consumes documents. Close flushes everything and makes the output
// visible atomically (write to a temporary name, then rename).
type Writer interface {
	Write(ctx context.Context, d *Document) error
	Close() error
}

// Committer is implemented by Writers that make their output durable in
// steps, such as ShardWriter at the end of each shard. After a Write
// returns, Committed reports whether everything written so far, that
// document included, is now complete and durable on disk: a run that stops
// later can resume right after that document.
type Committer interface {
	Committed() bool
}

// RecordError reports one input record that could not be read. Reading goes
// on after it.
type RecordError struct {
	// Source is the input (path or "-").
	Source string
	// Position locates the record, e.g. "line 7" or "byte 1048576".
	Position string
	// Reason says in plain words what is wrong with the record.
	Reason string
	// Input is the index of the record's input in the reader's input list.
	Input int
	// Record is the record's 0-based number in its input (see
	// Document.Record).
	Record int64
	// Err is the underlying error, if any.
	Err error
}

// Error implements error.
func (e *RecordError) Error() string {
	s := e.Source
	if e.Position != "" {
		s += ": " + e.Position
	}
	s += ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the underlying error.
func (e *RecordError) Unwrap() error { return e.Err }

// AsRecordError reports whether err is (or wraps) a *RecordError and returns it.
func AsRecordError(err error) (*RecordError, bool) {
	var re *RecordError
	ok := errors.As(err, &re)
	return re, ok
}
