package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
)

// In-memory readers, writers and stages, private to these tests so the
// engine is tested without depending on corpus's own formats.

// item is one record of a sliceReader: a document or an error.
type item struct {
	doc *corpus.Document
	err error
}

// sliceReader yields its items in order, then io.EOF.
type sliceReader struct {
	items []item
	i     int
	// before, if set, runs at the start of every Next; a non-nil error is
	// returned as is.
	before func(ctx context.Context, i int) error
}

func (r *sliceReader) Next(ctx context.Context) (*corpus.Document, error) {
	if r.before != nil {
		if err := r.before(ctx, r.i); err != nil {
			return nil, err
		}
	}
	if r.i >= len(r.items) {
		return nil, io.EOF
	}
	it := r.items[r.i]
	r.i++
	return it.doc, it.err
}

func docsReader(docs []*corpus.Document) *sliceReader {
	r := &sliceReader{}
	for _, d := range docs {
		r.items = append(r.items, item{doc: d})
	}
	return r
}

// bufWriter serialises every document it is given to one line of buf.
type bufWriter struct {
	mu  sync.Mutex
	buf bytes.Buffer
	ids []string
	// before, if set, runs at the start of every Write with the 0-based
	// write count; a non-nil error is returned and nothing is written.
	before func(ctx context.Context, n int, d *corpus.Document) error
	closed bool
}

func (w *bufWriter) Write(ctx context.Context, d *corpus.Document) error {
	w.mu.Lock()
	n := len(w.ids)
	w.mu.Unlock()
	if w.before != nil {
		if err := w.before(ctx, n, d); err != nil {
			return err
		}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.ids = append(w.ids, d.ID)
	w.buf.WriteString(serialise(d))
	return nil
}

func (w *bufWriter) Close() error { w.closed = true; return nil }

func (w *bufWriter) output() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

func (w *bufWriter) written() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.ids...)
}

func serialise(d *corpus.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\t%q", d.ID, d.Clean)
	for _, p := range d.Paragraphs {
		fmt.Fprintf(&b, "\t%d-%d:%s", p.Start, p.End, p.Label)
	}
	b.WriteByte('\n')
	return b.String()
}

// funcStage adapts a function to stages.Stage.
type funcStage struct {
	name string
	fn   func(ctx context.Context, d *corpus.Document) error
}

func (s funcStage) Name() string { return s.name }
func (s funcStage) Process(ctx context.Context, d *corpus.Document) error {
	return s.fn(ctx, d)
}

func stage(name string, fn func(ctx context.Context, d *corpus.Document) error) stages.Stage {
	return funcStage{name: name, fn: fn}
}

// makeDocs returns n fresh documents d0000, d0001, ... with 0 to 3
// paragraphs each (doc i has i%4), and so Raw of varying length.
func makeDocs(n int) []*corpus.Document {
	docs := make([]*corpus.Document, n)
	for i := range docs {
		var paras []string
		for j := 0; j < i%4; j++ {
			paras = append(paras, fmt.Sprintf("doc %d paragraph %d %s", i, j, strings.Repeat("x", (i*7+j)%23)))
		}
		docs[i] = &corpus.Document{
			ID:       fmt.Sprintf("d%04d", i),
			Source:   "mem",
			Position: fmt.Sprintf("record %d", i+1),
			Seq:      int64(i),
			Raw:      []byte(strings.Join(paras, "\n\n")),
		}
	}
	return docs
}

// Tiny deterministic stages in the shape of the real ones.

var normStage = stage("normalise", func(_ context.Context, d *corpus.Document) error {
	d.Text = strings.ToUpper(string(d.Raw))
	return nil
})

var splitStage = stage("split", func(_ context.Context, d *corpus.Document) error {
	d.Paragraphs = d.Paragraphs[:0]
	start := 0
	for i, p := range strings.Split(d.Text, "\n\n") {
		if p != "" {
			d.Paragraphs = append(d.Paragraphs, corpus.Paragraph{
				Text: p, Start: start, End: start + len(p), Block: i,
				Label: corpus.Label((len(p) + i) % corpus.NumLabels),
			})
		}
		start += len(p) + 2
	}
	return nil
})

var filterStage = stage("filter", func(_ context.Context, d *corpus.Document) error {
	switch {
	case len(d.Paragraphs) == 0:
		return stages.Drop("empty")
	case strings.HasSuffix(d.ID, "7"):
		return fmt.Errorf("filter: %w", stages.Drop("seven")) // a wrapped drop is a drop
	}
	return nil
})

var keepStage = stage("keep", func(_ context.Context, d *corpus.Document) error {
	var kept []string
	for _, p := range d.Paragraphs {
		if p.Label == corpus.Body || p.Label == corpus.Bio {
			kept = append(kept, p.Text)
		}
	}
	d.Clean = strings.Join(kept, "\n\n")
	return nil
})

func standardStages() []stages.Stage {
	return []stages.Stage{normStage, splitStage, filterStage, keepStage}
}

// reference runs the stages on docs sequentially, the obvious way, and
// returns the expected output and the IDs of the written documents.
func reference(t *testing.T, docs []*corpus.Document, sts []stages.Stage) (string, []string) {
	t.Helper()
	var b strings.Builder
	var ids []string
docs:
	for _, d := range docs {
		for _, st := range sts {
			if err := st.Process(context.Background(), d); err != nil {
				_, ok := stages.AsDrop(err)
				require.True(t, ok, "reference: unexpected error %v", err)
				continue docs
			}
		}
		b.WriteString(serialise(d))
		ids = append(ids, d.ID)
	}
	return b.String(), ids
}

// leakCheck records the number of goroutines and, at the end of the test,
// waits for it to settle back. (It polls by hand: require.Eventually runs
// its condition on a goroutine of its own, which would be counted.)
func leakCheck(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(3 * time.Second)
		for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		if after := runtime.NumGoroutine(); after > before {
			buf := make([]byte, 1<<16)
			t.Errorf("goroutines leaked: %d before, %d after\n%s", before, after, buf[:runtime.Stack(buf, true)])
		}
	})
}

// sleepCtx sleeps for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// zeroDurations clears the fields of s that legitimately vary from run to run.
func zeroDurations(s pipeline.Stats) pipeline.Stats {
	s.Elapsed = 0
	s.Stages = append([]pipeline.StageStats(nil), s.Stages...)
	for i := range s.Stages {
		s.Stages[i].Time = 0
	}
	return s
}
