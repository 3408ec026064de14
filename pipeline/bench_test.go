package pipeline_test

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"testing"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
)

// ringReader yields n documents by cycling through a fixed ring, so the
// benchmark measures the engine and not the allocation of documents. Reusing
// a document is safe because the engine keeps at most workers+3 of them
// alive, fewer than the ring holds.
type ringReader struct {
	ring []corpus.Document
	n, i int
}

func (r *ringReader) Next(context.Context) (*corpus.Document, error) {
	if r.i == r.n {
		return nil, io.EOF
	}
	d := &r.ring[r.i%len(r.ring)]
	r.i++
	return d, nil
}

type discardWriter struct{}

func (discardWriter) Write(context.Context, *corpus.Document) error { return nil }
func (discardWriter) Close() error                                  { return nil }

// BenchmarkRun measures the engine's overhead per document: reading,
// scheduling, two trivial stages, ordering, statistics and writing. One op
// is one document of 1 KiB.
func BenchmarkRun(b *testing.B) {
	const docSize = 1 << 10
	raw := make([]byte, docSize)
	touch := stage("touch", func(_ context.Context, d *corpus.Document) error {
		d.InvalidBytes = 0
		return nil
	})
	count := stage("count", func(_ context.Context, d *corpus.Document) error {
		if len(d.Raw) == 0 {
			return stages.Drop("empty")
		}
		return nil
	})
	sts := []stages.Stage{touch, count}

	counts := []int{1, 2, 8, runtime.NumCPU()}
	slices.Sort(counts)
	for _, workers := range slices.Compact(counts) {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			ring := make([]corpus.Document, 4*workers+16)
			for i := range ring {
				ring[i] = corpus.Document{ID: fmt.Sprint(i), Raw: raw}
			}
			b.SetBytes(docSize)
			b.ReportAllocs()
			b.ResetTimer()
			st, err := pipeline.Run(context.Background(), &ringReader{ring: ring, n: b.N}, discardWriter{}, sts, pipeline.WithWorkers(workers))
			if err != nil {
				b.Fatal(err)
			}
			if st.Written != int64(b.N) {
				b.Fatalf("written %d, want %d", st.Written, b.N)
			}
		})
	}
}
