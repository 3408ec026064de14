package corpus

import (
	"context"
	"errors"
	"io"
	"sync"
)

// ReadResult is one scripted result of a MemoryReader: a document or an
// error (typically a *RecordError).
type ReadResult struct {
	// Doc is the document to return, when Err is nil.
	Doc *Document
	// Err is the error to return instead of a document.
	Err error
}

// MemoryReader is a Reader over documents (and errors) held in memory, for
// tests. It sets each document's Seq to its position among the documents
// returned. It is safe for concurrent use.
type MemoryReader struct {
	mu      sync.Mutex
	results []ReadResult
	next    int
	seq     int64
}

var _ Reader = (*MemoryReader)(nil)

// NewMemoryReader returns a reader of docs, in order.
func NewMemoryReader(docs []*Document) *MemoryReader {
	results := make([]ReadResult, len(docs))
	for i, d := range docs {
		results[i].Doc = d
	}
	return &MemoryReader{results: results}
}

// NewScriptedReader returns a reader that returns results in order, then io.EOF.
func NewScriptedReader(results []ReadResult) *MemoryReader {
	return &MemoryReader{results: append([]ReadResult(nil), results...)}
}

// Next returns the next document or scripted error, then io.EOF.
func (r *MemoryReader) Next(ctx context.Context) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.next >= len(r.results) {
		return nil, io.EOF
	}
	res := r.results[r.next]
	r.next++
	if res.Err != nil {
		return nil, res.Err
	}
	if res.Doc == nil {
		return nil, errors.New("corpus: scripted read result has neither document nor error")
	}
	res.Doc.Seq = r.seq
	r.seq++
	return res.Doc, nil
}

// MemoryWriter is a Writer that keeps the documents written to it, for
// tests. It is safe for concurrent use.
type MemoryWriter struct {
	mu     sync.Mutex
	docs   []*Document
	closed bool
}

var _ Writer = (*MemoryWriter)(nil)

// NewMemoryWriter returns an empty MemoryWriter.
func NewMemoryWriter() *MemoryWriter { return &MemoryWriter{} }

// Write keeps d. It fails after Close.
func (w *MemoryWriter) Write(ctx context.Context, d *Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return errClosed
	}
	w.docs = append(w.docs, d)
	return nil
}

// Close marks the writer closed.
func (w *MemoryWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.closed = true
	return nil
}

// Closed reports whether Close was called.
func (w *MemoryWriter) Closed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.closed
}

// Docs returns the documents written so far, in order.
func (w *MemoryWriter) Docs() []*Document {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]*Document(nil), w.docs...)
}
