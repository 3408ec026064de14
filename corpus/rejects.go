package corpus

import (
	"fmt"
	"path/filepath"
)

// RejectsFile is the name of the rejects file in an output directory.
const RejectsFile = "rejects.jsonl"

// rejectsTemp is the name of rejects.jsonl while a run writes it. It is
// fixed, so that an interrupted run leaves it for the resumed one.
const rejectsTemp = "." + RejectsFile + ".tmp"

// RejectMark says how much of the rejects file a checkpoint covers.
type RejectMark struct {
	// Records is the number of rejects written.
	Records int64 `json:"records"`
	// Bytes is the size of the rejects file holding them.
	Bytes int64 `json:"bytes"`
}

// RejectWriter writes one JSON line per rejected input record to
// rejects.jsonl:
//
//	{"source": ..., "position": ..., "reason": ..., "error": ... (omitted when none)}
//
// The file is written under a temporary name (.rejects.jsonl.tmp) and
// renamed into place by Close, so it appears complete or not at all (an
// empty file when there were no rejects). An interrupted run can Suspend the
// writer, keeping the temporary file, and a resumed run picks it up again
// with ResumeRejectWriter. It is not safe for concurrent use.
type RejectWriter struct {
	path string
	a    *atomicFile
	buf  []byte
	mark RejectMark
	err  error
}

// NewRejectWriter creates dir if needed and starts writing dir/rejects.jsonl.
func NewRejectWriter(dir string) (*RejectWriter, error) {
	if err := mkdirAll(dir); err != nil {
		return nil, fmt.Errorf("reject writer: %w", err)
	}
	p := filepath.Join(dir, RejectsFile)
	a, err := createAtomicAt(p, rejectsTemp)
	if err != nil {
		return nil, fmt.Errorf("reject writer: %w", err)
	}
	return &RejectWriter{path: p, a: a}, nil
}

// ResumeRejectWriter goes on with the rejects file of an interrupted run in
// dir, keeping the rejects that mark covers (as recorded by Mark at the
// run's last checkpoint) and dropping any written after it.
func ResumeRejectWriter(dir string, mark RejectMark) (*RejectWriter, error) {
	p := filepath.Join(dir, RejectsFile)
	a, err := reopenAtomicAt(p, rejectsTemp, mark.Bytes)
	if err != nil {
		return nil, fmt.Errorf("reject writer: %w", err)
	}
	return &RejectWriter{path: p, a: a, mark: mark}, nil
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
	w.mark.Records++
	w.mark.Bytes += int64(len(b))
	return nil
}

// Count returns the number of rejects written so far.
func (w *RejectWriter) Count() int64 { return w.mark.Records }

// Mark makes the rejects written so far durable (flushed and synced) and
// returns how many there are, for a checkpoint.
func (w *RejectWriter) Mark() (RejectMark, error) {
	if w.err != nil {
		return RejectMark{}, w.err
	}
	if err := w.a.sync(); err != nil {
		w.err = err
		return RejectMark{}, err
	}
	return w.mark, nil
}

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

// Suspend stops writing but keeps the temporary file, flushed and synced,
// for ResumeRejectWriter; rejects.jsonl is not published. Write fails
// after Suspend; Close is a no-op.
func (w *RejectWriter) Suspend() error {
	if w.err == errClosed {
		return nil
	}
	err := w.err
	w.err = errClosed
	if serr := w.a.suspend(); err == nil {
		err = serr
	}
	return err
}

// Abort removes the temporary file without publishing rejects.jsonl.
func (w *RejectWriter) Abort() error {
	if w.err == errClosed {
		return nil
	}
	w.err = errClosed
	return w.a.abort()
}
