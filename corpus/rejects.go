package corpus

import (
	"fmt"
	"path/filepath"
)

// RejectsFile is the name of the rejects file in an output directory.
const RejectsFile = "rejects.jsonl"

// RejectWriter writes one JSON line per rejected input record to
// rejects.jsonl:
//
//	{"source": ..., "position": ..., "reason": ..., "error": ... (omitted when none)}
//
// The file is written under a temporary name and renamed into place by
// Close, so it appears complete or not at all (an empty file when there were
// no rejects). It is not safe for concurrent use.
type RejectWriter struct {
	path string
	a    *atomicFile
	buf  []byte
	n    int64
	err  error
}

// NewRejectWriter creates dir if needed and starts writing dir/rejects.jsonl.
func NewRejectWriter(dir string) (*RejectWriter, error) {
	if err := mkdirAll(dir); err != nil {
		return nil, fmt.Errorf("reject writer: %w", err)
	}
	p := filepath.Join(dir, RejectsFile)
	a, err := createAtomic(p)
	if err != nil {
		return nil, fmt.Errorf("reject writer: %w", err)
	}
	return &RejectWriter{path: p, a: a}, nil
}

// Write records one rejected record.
func (w *RejectWriter) Write(e *RecordError) error {
	if w.err != nil {
		return w.err
	}
	b := append(w.buf[:0], `{"source":`...)
	b = appendQuoted(b, e.Source)
	b = append(b, `,"position":`...)
	b = appendQuoted(b, e.Position)
	b = append(b, `,"reason":`...)
	b = appendQuoted(b, e.Reason)
	if e.Err != nil {
		b = append(b, `,"error":`...)
		b = appendQuoted(b, e.Err.Error())
	}
	b = append(b, '}', '\n')
	w.buf = b
	if _, err := w.a.w.Write(b); err != nil {
		w.err = fmt.Errorf("write %s: %w", w.path, err)
		return w.err
	}
	w.n++
	return nil
}

// Count returns the number of rejects written so far.
func (w *RejectWriter) Count() int64 { return w.n }

// Close flushes the rejects and renames the file into place. Closing twice
// is a no-op.
func (w *RejectWriter) Close() error {
	if w.err == errClosed {
		return nil
	}
	if w.err != nil {
		err := w.err
		_ = w.a.abort()
		w.err = errClosed
		return err
	}
	w.err = errClosed
	return w.a.commit()
}

// Abort removes the temporary file without publishing rejects.jsonl.
func (w *RejectWriter) Abort() error {
	if w.err == errClosed {
		return nil
	}
	w.err = errClosed
	return w.a.abort()
}
