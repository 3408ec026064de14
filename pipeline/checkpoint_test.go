package pipeline_test

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
)

// recordReader yields documents and rejects with Input 0 and Record set to
// their index, starting from a corpus.Cursor, as corpus.MultiReader does.
type recordReader struct {
	docs  []*corpus.Document
	n     int   // records
	i     int   // next record
	seq   int64 // next Seq
	every int   // every every-th record is a reject
}

func newRecordReader(n, every int, from corpus.Cursor) *recordReader {
	return &recordReader{docs: makeDocs(n), n: n, i: int(from.Record), seq: from.Seq, every: every}
}

func (r *recordReader) Next(ctx context.Context) (*corpus.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if r.i >= r.n {
		return nil, io.EOF
	}
	i := r.i
	r.i++
	if i%r.every == r.every-1 {
		return nil, &corpus.RecordError{Source: "mem", Position: fmt.Sprintf("record %d", i), Reason: "bad", Record: int64(i)}
	}
	d := r.docs[i]
	d.Seq = r.seq
	d.Record = int64(i)
	r.seq++
	return d, nil
}

// committingWriter is a bufWriter that also logs, and commits after every
// every-th document.
type committingWriter struct {
	bufWriter
	every     int
	committed bool
	log       *[]string
}

func (w *committingWriter) Write(ctx context.Context, d *corpus.Document) error {
	if err := w.bufWriter.Write(ctx, d); err != nil {
		return err
	}
	*w.log = append(*w.log, "W "+d.ID)
	w.committed = len(w.written())%w.every == 0
	return nil
}

func (w *committingWriter) Committed() bool { return w.committed }

type checkpoint struct {
	stats  pipeline.Stats
	cursor corpus.Cursor
	log    []string // writes and rejects up to the checkpoint
}

// TestRunResumeFromEveryCheckpoint runs a pipeline with checkpoints, then
// resumes from each checkpoint as an interrupted run would, and checks that
// output, rejects (in their place among the writes) and statistics are those
// of the uninterrupted run.
func TestRunResumeFromEveryCheckpoint(t *testing.T) {
	const n, every, commitEvery = 300, 11, 17
	for _, workers := range []int{1, 8} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			run := func(from corpus.Cursor, init *checkpoint) (pipeline.Stats, []string, []checkpoint) {
				var log []string
				var cps []checkpoint
				if init != nil {
					log = append(log, init.log...)
				}
				w := &committingWriter{every: commitEvery, log: &log}
				opts := []pipeline.Option{
					pipeline.WithWorkers(workers),
					pipeline.WithRejects(func(re *corpus.RecordError) error {
						log = append(log, "R "+re.Position)
						return nil
					}),
					pipeline.WithCheckpoint(func(s pipeline.Stats, d *corpus.Document) error {
						assert.True(t, s.Balanced(), "checkpoint statistics balance")
						assert.Zero(t, s.Discarded)
						assert.Equal(t, d.Record+1, s.Read, "checkpoint after record %d", d.Record)
						cps = append(cps, checkpoint{stats: s, cursor: corpus.After(d), log: append([]string(nil), log...)})
						return nil
					}),
				}
				if init != nil {
					opts = append(opts, pipeline.WithInitialStats(init.stats))
				}
				st, err := pipeline.Run(context.Background(), newRecordReader(n, every, from), w, standardStages(), opts...)
				require.NoError(t, err)
				return st, log, cps
			}
			full, fullLog, cps := run(corpus.Cursor{}, nil)
			require.Greater(t, len(cps), 5)
			assert.Equal(t, int64(n), full.Read)
			assert.Equal(t, int64(n/every), full.Rejected)

			// The log is in input order: rejects between the writes around them.
			var order []int
			for _, e := range fullLog {
				var k int
				if strings.HasPrefix(e, "W d") {
					_, err := fmt.Sscanf(e, "W d%d", &k)
					require.NoError(t, err)
				} else {
					_, err := fmt.Sscanf(e, "R record %d", &k)
					require.NoError(t, err)
				}
				order = append(order, k)
			}
			assert.IsIncreasing(t, order)

			for _, cp := range cps {
				st, log, _ := run(cp.cursor, &cp)
				assert.Equal(t, fullLog, log, "resumed from %+v", cp.cursor)
				assert.Equal(t, zeroDurations(full), zeroDurations(st), "resumed from %+v", cp.cursor)
			}
		})
	}
}

func TestRunCheckpointErrorIsFatal(t *testing.T) {
	var log []string
	w := &committingWriter{every: 5, log: &log}
	calls := 0
	st, err := pipeline.Run(context.Background(), newRecordReader(100, 1000, corpus.Cursor{}), w, nil,
		pipeline.WithWorkers(4),
		pipeline.WithCheckpoint(func(pipeline.Stats, *corpus.Document) error {
			calls++
			if calls == 2 {
				return fmt.Errorf("disk full")
			}
			return nil
		}))
	require.ErrorContains(t, err, "pipeline: checkpoint after document \"d0009\": disk full")
	assert.Equal(t, 2, calls)
	assert.Equal(t, int64(10), st.Written)
	assert.True(t, st.Balanced())
}

func TestRunInitialStatsChecked(t *testing.T) {
	tests := []struct {
		name string
		s    pipeline.Stats
		want string
	}{
		{"unbalanced", pipeline.Stats{Read: 3, Written: 1}, "do not balance"},
		{"discarded", pipeline.Stats{Read: 1, Discarded: 1}, "do not balance"},
		{"stage count", pipeline.Stats{Stages: make([]pipeline.StageStats, 2)}, "statistics for 2 stages, the run has 4"},
		{"stage names", pipeline.Stats{Stages: []pipeline.StageStats{{Name: "normalise"}, {Name: "x"}, {}, {}}}, `stage 1 is "split"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := pipeline.Run(context.Background(), docsReader(nil), &bufWriter{}, standardStages(), pipeline.WithInitialStats(tc.s))
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// sizedReader makes documents of the given sizes and tracks the bytes read
// but not yet written.
type sizedReader struct {
	sizes     []int
	i         int
	live, max *atomic.Int64
}

func (r *sizedReader) Next(context.Context) (*corpus.Document, error) {
	if r.i == len(r.sizes) {
		return nil, io.EOF
	}
	n := r.sizes[r.i]
	r.i++
	l := r.live.Add(int64(n))
	for m := r.max.Load(); l > m && !r.max.CompareAndSwap(m, l); m = r.max.Load() {
	}
	return &corpus.Document{ID: fmt.Sprint(r.i), Raw: make([]byte, n)}, nil
}

func TestRunMaxInFlightBytes(t *testing.T) {
	const docSize, budget = 1000, 3000
	sizes := make([]int, 400)
	for i := range sizes {
		sizes[i] = docSize
	}
	sizes[200] = 10 * budget // larger than the budget: goes through alone
	slow := stage("slow", func(ctx context.Context, d *corpus.Document) error {
		return sleepCtx(ctx, 100_000) // 0.1 ms
	})
	leakCheck(t)
	var live, maxLive atomic.Int64
	var mu sync.Mutex
	w := &countWriter{write: func(_ context.Context, d *corpus.Document) error {
		mu.Lock()
		defer mu.Unlock()
		live.Add(-int64(len(d.Raw)))
		return nil
	}}
	r := &sizedReader{sizes: sizes, live: &live, max: &maxLive}
	st, err := pipeline.Run(context.Background(), r, w, []stages.Stage{slow},
		pipeline.WithWorkers(8), pipeline.WithMaxInFlightBytes(budget))
	require.NoError(t, err)
	assert.Equal(t, int64(len(sizes)), st.Written)
	// In flight: at most the budget, plus the one document the reader holds
	// while it waits (here the huge one, waiting for the others to finish).
	assert.LessOrEqual(t, maxLive.Load(), int64(10*budget+budget))
	live.Store(0)
	maxLive.Store(0)
	r = &sizedReader{sizes: sizes[:200], live: &live, max: &maxLive}
	_, err = pipeline.Run(context.Background(), r, w, []stages.Stage{slow},
		pipeline.WithWorkers(8), pipeline.WithMaxInFlightBytes(budget))
	require.NoError(t, err)
	assert.LessOrEqual(t, maxLive.Load(), int64(budget+docSize))
	assert.GreaterOrEqual(t, maxLive.Load(), int64(budget), "the budget should have been used up")

	_, err = pipeline.Run(context.Background(), docsReader(nil), w, nil, pipeline.WithMaxInFlightBytes(0))
	require.ErrorContains(t, err, "need a positive size")
}

func TestRunCountsTruncated(t *testing.T) {
	docs := makeDocs(10)
	docs[3].Truncated = true
	docs[8].Truncated = true
	st, err := pipeline.Run(context.Background(), docsReader(docs), &bufWriter{}, standardStages())
	require.NoError(t, err)
	assert.Equal(t, int64(2), st.Truncated)
}
