package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
)

var workerCounts = []int{1, 2, 8}

func TestRunOrderPreservedAcrossWorkerCounts(t *testing.T) {
	const n = 400
	want, wantIDs := reference(t, makeDocs(n), standardStages())
	require.NotEmpty(t, wantIDs)

	// A stage that sleeps a random time, so documents finish out of order.
	jitter := stage("jitter", func(ctx context.Context, _ *corpus.Document) error {
		return sleepCtx(ctx, time.Duration(rand.IntN(300))*time.Microsecond)
	})
	sts := append([]stages.Stage{jitter}, standardStages()...)

	var first pipeline.Stats
	for _, workers := range workerCounts {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			leakCheck(t)
			w := &bufWriter{}
			st, err := pipeline.Run(context.Background(), docsReader(makeDocs(n)), w, sts, pipeline.WithWorkers(workers))
			require.NoError(t, err)
			assert.Equal(t, want, w.output(), "output differs from the sequential reference")
			assert.Equal(t, wantIDs, w.written())
			assert.True(t, st.Balanced())
			assert.False(t, w.closed, "Run must not close the writer")

			// Counts are deterministic: identical for every worker count.
			if first.Stages == nil {
				first = zeroDurations(st)
			} else {
				assert.Equal(t, first, zeroDurations(st))
			}
		})
	}
}

func TestRunDropsCountedByReason(t *testing.T) {
	const n = 100 // i%4==0 → no paragraphs → "empty"; ID ending in 7 → "seven"
	var wantEmpty, wantSeven int64
	for i := range n {
		switch {
		case i%4 == 0:
			wantEmpty++
		case i%10 == 7:
			wantSeven++
		}
	}
	for _, workers := range workerCounts {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			w := &bufWriter{}
			st, err := pipeline.Run(context.Background(), docsReader(makeDocs(n)), w, standardStages(), pipeline.WithWorkers(workers))
			require.NoError(t, err)

			assert.Equal(t, map[string]int64{"empty": wantEmpty, "seven": wantSeven}, st.DroppedBy)
			assert.Equal(t, wantEmpty+wantSeven, st.Dropped)
			assert.Equal(t, int64(n)-st.Dropped, st.Written)
			assert.Len(t, w.written(), int(st.Written))
			for _, id := range w.written() {
				assert.False(t, strings.HasSuffix(id, "7"), "dropped document %s was written", id)
			}

			// Per stage: all documents reach the first three stages; the
			// filter drops; only survivors reach keep.
			require.Len(t, st.Stages, 4)
			names := []string{"normalise", "split", "filter", "keep"}
			for i, s := range st.Stages {
				assert.Equal(t, names[i], s.Name)
			}
			assert.Equal(t, int64(n), st.Stages[0].Documents)
			assert.Equal(t, int64(n), st.Stages[2].Documents)
			assert.Equal(t, st.Dropped, st.Stages[2].Dropped)
			assert.Equal(t, st.Written, st.Stages[3].Documents)
			assert.Zero(t, st.Stages[0].Dropped+st.Stages[1].Dropped+st.Stages[3].Dropped)
		})
	}
}

func TestRunRejects(t *testing.T) {
	docs := makeDocs(6)
	rec := func(pos string, err error) item {
		return item{err: &corpus.RecordError{Source: "mem", Position: pos, Reason: "bad record", Err: err}}
	}
	items := []item{
		rec("line 1", nil),
		{doc: docs[1]},
		rec("line 3", io.EOF), // a RecordError wrapping io.EOF is a reject, not the end
		{doc: docs[2]},
		{err: fmt.Errorf("decoding: %w", &corpus.RecordError{Source: "mem", Position: "line 5", Reason: "wrapped"})},
		{doc: docs[3]},
		rec("line 7", nil),
	}
	wantPositions := []string{"line 1", "line 3", "line 5", "line 7"}

	t.Run("forwarded in order", func(t *testing.T) {
		var got []string
		w := &bufWriter{}
		st, err := pipeline.Run(context.Background(), &sliceReader{items: items}, w, nil,
			pipeline.WithWorkers(2),
			pipeline.WithRejects(func(re *corpus.RecordError) error {
				got = append(got, re.Position)
				return nil
			}))
		require.NoError(t, err)
		assert.Equal(t, wantPositions, got)
		assert.Equal(t, int64(4), st.Rejected)
		assert.Equal(t, int64(7), st.Read)
		assert.Equal(t, int64(3), st.Written)
		assert.Equal(t, []string{"d0001", "d0002", "d0003"}, w.written())
		assert.True(t, st.Balanced())
	})

	t.Run("counted without a handler", func(t *testing.T) {
		st, err := pipeline.Run(context.Background(), &sliceReader{items: items}, &bufWriter{}, nil)
		require.NoError(t, err)
		assert.Equal(t, int64(4), st.Rejected)
		assert.True(t, st.Balanced())
	})

	t.Run("handler error is fatal", func(t *testing.T) {
		errFull := errors.New("rejects file full")
		calls := 0
		st, err := pipeline.Run(context.Background(), &sliceReader{items: items}, &bufWriter{}, nil,
			pipeline.WithRejects(func(re *corpus.RecordError) error {
				calls++
				if calls == 2 {
					return errFull
				}
				return nil
			}))
		require.ErrorIs(t, err, errFull)
		assert.Contains(t, err.Error(), "line 3")
		assert.Equal(t, 2, calls, "reading stops at the failing reject")
		assert.Equal(t, int64(2), st.Rejected)
		assert.True(t, st.Balanced())
	})
}

func TestRunReaderErrors(t *testing.T) {
	errDisk := errors.New("disk on fire")
	tests := []struct {
		name    string
		r       func() corpus.Reader
		wantIs  error
		wantMsg string
		written int64
	}{
		{
			name: "fatal error after 30 documents",
			r: func() corpus.Reader {
				r := docsReader(makeDocs(30))
				r.items = append(r.items, item{err: errDisk}, item{doc: makeDocs(31)[30]})
				return r
			},
			wantIs:  errDisk,
			wantMsg: "pipeline: reading input: disk on fire",
			written: 30,
		},
		{
			name: "wrapped io.EOF is not the end",
			r: func() corpus.Reader {
				r := docsReader(makeDocs(3))
				r.items = append(r.items, item{err: fmt.Errorf("shard 2: %w", io.EOF)}, item{doc: makeDocs(4)[3]})
				return r
			},
			wantIs:  io.EOF,
			wantMsg: "pipeline: reading input: shard 2: EOF",
			written: 3,
		},
		{
			name: "nil document without error",
			r: func() corpus.Reader {
				r := docsReader(makeDocs(3))
				r.items = append(r.items, item{})
				return r
			},
			wantMsg: "neither a document nor an error",
			written: 3,
		},
		{
			name: "panic in Next",
			r: func() corpus.Reader {
				r := docsReader(makeDocs(5))
				r.before = func(_ context.Context, i int) error {
					if i == 5 {
						panic("reader bug")
					}
					return nil
				}
				return r
			},
			wantMsg: "panic: reader bug",
			written: 5,
		},
	}
	for _, tc := range tests {
		for _, workers := range []int{1, 8} {
			t.Run(fmt.Sprintf("%s/workers=%d", tc.name, workers), func(t *testing.T) {
				leakCheck(t)
				w := &bufWriter{}
				st, err := pipeline.Run(context.Background(), tc.r(), w, []stages.Stage{normStage}, pipeline.WithWorkers(workers))
				require.Error(t, err)
				if tc.wantIs != nil {
					require.ErrorIs(t, err, tc.wantIs)
				}
				assert.Contains(t, err.Error(), tc.wantMsg)
				// Documents read before the failure are still written, in order.
				assert.Equal(t, tc.written, st.Written)
				assert.Len(t, w.written(), int(tc.written))
				assert.True(t, st.Balanced())
			})
		}
	}
}

func TestRunStageErrorIsFatal(t *testing.T) {
	errBoom := errors.New("boom")
	const n, failAt = 200, 38
	want, _ := reference(t, makeDocs(failAt), standardStages())

	tests := []struct {
		name      string
		fn        func(ctx context.Context, d *corpus.Document) error
		wantIs    error
		wantMsg   string
		wantPanic any
	}{
		{
			name: "error",
			fn: func(context.Context, *corpus.Document) error {
				return fmt.Errorf("model exploded: %w", errBoom)
			},
			wantIs:  errBoom,
			wantMsg: `pipeline: stage "classify" failed on document "d0038" (mem: record 39): model exploded: boom`,
		},
		{
			name:      "panic",
			fn:        func(context.Context, *corpus.Document) error { panic("index out of range") },
			wantMsg:   `pipeline: stage "classify" panicked on document "d0038" (mem: record 39): panic: index out of range`,
			wantPanic: "index out of range",
		},
		{
			// A panic is never mistaken for a drop, whatever its value.
			name:    "panic with a drop value",
			fn:      func(context.Context, *corpus.Document) error { panic(stages.Drop("sneaky")) },
			wantMsg: `stage "classify" panicked on document "d0038"`,
		},
	}
	for _, tc := range tests {
		for _, workers := range workerCounts {
			t.Run(fmt.Sprintf("%s/workers=%d", tc.name, workers), func(t *testing.T) {
				leakCheck(t)
				failing := stage("classify", func(ctx context.Context, d *corpus.Document) error {
					if d.ID == fmt.Sprintf("d%04d", failAt) {
						return tc.fn(ctx, d)
					}
					return nil
				})
				sts := []stages.Stage{normStage, splitStage, filterStage, failing, keepStage}
				w := &bufWriter{}
				st, err := pipeline.Run(context.Background(), docsReader(makeDocs(n)), w, sts, pipeline.WithWorkers(workers))
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantMsg)
				if tc.wantIs != nil {
					assert.ErrorIs(t, err, tc.wantIs)
				}
				var se *pipeline.StageError
				require.ErrorAs(t, err, &se)
				assert.Equal(t, "classify", se.Stage)
				assert.Equal(t, "d0038", se.DocID)
				var pe *pipeline.PanicError
				if tc.wantPanic != nil {
					require.ErrorAs(t, err, &pe)
					assert.Equal(t, tc.wantPanic, pe.Value)
					assert.Contains(t, string(pe.Stack), "pipeline_test", "stack should point at the panicking stage")
				}
				assert.Zero(t, st.DroppedBy["sneaky"])

				// Everything before the failing document is written, nothing
				// after it: the same output for every worker count.
				assert.Equal(t, want, w.output())
				assert.True(t, st.Balanced())
				assert.Positive(t, st.Discarded)
			})
		}
	}
}

func TestRunWriterErrors(t *testing.T) {
	errFull := errors.New("disk full")
	tests := []struct {
		name    string
		before  func(ctx context.Context, n int, d *corpus.Document) error
		wantIs  error
		wantMsg string
	}{
		{
			name: "error",
			before: func(_ context.Context, n int, _ *corpus.Document) error {
				if n == 4 {
					return errFull
				}
				return nil
			},
			wantIs:  errFull,
			wantMsg: `pipeline: writing document "d0004": disk full`,
		},
		{
			name: "panic",
			before: func(_ context.Context, n int, _ *corpus.Document) error {
				if n == 4 {
					panic("nil shard")
				}
				return nil
			},
			wantMsg: `pipeline: writing document "d0004": panic: nil shard`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			leakCheck(t)
			w := &bufWriter{before: tc.before}
			st, err := pipeline.Run(context.Background(), docsReader(makeDocs(100)), w, []stages.Stage{normStage}, pipeline.WithWorkers(4))
			require.Error(t, err)
			if tc.wantIs != nil {
				require.ErrorIs(t, err, tc.wantIs)
			}
			assert.Contains(t, err.Error(), tc.wantMsg)
			assert.Equal(t, int64(4), st.Written)
			assert.Equal(t, []string{"d0000", "d0001", "d0002", "d0003"}, w.written())
			assert.True(t, st.Balanced())
		})
	}
}

func TestRunCancellation(t *testing.T) {
	const n = 10_000
	slow := stage("slow", func(ctx context.Context, _ *corpus.Document) error {
		return sleepCtx(ctx, 5*time.Millisecond) // uncancelled, a run would take over 6s
	})
	_, allIDs := reference(t, makeDocs(n), []stages.Stage{normStage})

	tests := []struct {
		name string
		// setup returns the reader and writer; cancel is the run's cancel
		// function, cancelled records when it was called.
		setup func(cancel func()) (corpus.Reader, *bufWriter)
	}{
		{
			name: "cancelled by the writer mid-run",
			setup: func(cancel func()) (corpus.Reader, *bufWriter) {
				return docsReader(makeDocs(n)), &bufWriter{before: func(_ context.Context, i int, _ *corpus.Document) error {
					if i == 50 {
						cancel()
					}
					return nil
				}}
			},
		},
		{
			name: "cancelled while the reader blocks",
			setup: func(cancel func()) (corpus.Reader, *bufWriter) {
				r := docsReader(makeDocs(n))
				r.before = func(ctx context.Context, i int) error {
					if i == 100 {
						time.AfterFunc(20*time.Millisecond, cancel)
						<-ctx.Done() // a reader honouring ctx
						return fmt.Errorf("read interrupted: %w", ctx.Err())
					}
					return nil
				}
				return r, &bufWriter{}
			},
		},
		{
			name: "cancelled while the writer blocks",
			setup: func(cancel func()) (corpus.Reader, *bufWriter) {
				return docsReader(makeDocs(n)), &bufWriter{before: func(ctx context.Context, i int, _ *corpus.Document) error {
					if i == 30 {
						time.AfterFunc(20*time.Millisecond, cancel)
						<-ctx.Done()
						return ctx.Err()
					}
					return nil
				}}
			},
		},
		{
			name: "cancelled before the start",
			setup: func(cancel func()) (corpus.Reader, *bufWriter) {
				r := docsReader(makeDocs(n))
				cancel()
				return r, &bufWriter{}
			},
		},
	}
	for _, tc := range tests {
		for _, workers := range []int{1, 8} {
			t.Run(fmt.Sprintf("%s/workers=%d", tc.name, workers), func(t *testing.T) {
				leakCheck(t)
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				var cancelledAt atomic.Int64
				var wroteAfterCancel atomic.Bool
				r, w := tc.setup(func() {
					cancelledAt.Store(time.Now().UnixNano())
					cancel()
				})
				inner := w.before
				w.before = func(ctx context.Context, i int, d *corpus.Document) error {
					if ctx.Err() != nil {
						wroteAfterCancel.Store(true)
					}
					if inner != nil {
						return inner(ctx, i, d)
					}
					return nil
				}

				st, err := pipeline.Run(ctx, r, w, []stages.Stage{normStage, slow}, pipeline.WithWorkers(workers))
				returned := time.Now()

				require.ErrorIs(t, err, context.Canceled)
				assert.Contains(t, err.Error(), "pipeline: cancelled")
				require.NotZero(t, cancelledAt.Load())
				assert.Less(t, returned.Sub(time.Unix(0, cancelledAt.Load())), 2*time.Second, "Run did not return promptly")
				assert.False(t, wroteAfterCancel.Load(), "a document was written after cancellation")

				// What was written is a prefix of the full output.
				got := w.written()
				assert.True(t, slices.Equal(allIDs[:len(got)], got), "written %v is not a prefix of the input", got)
				assert.Less(t, len(got), n)
				assert.Equal(t, int64(len(got)), st.Written)
				assert.True(t, st.Balanced())
			})
		}
	}
}

// genReader makes n documents on the fly and counts how many are alive: read
// and not yet written. With no drops, a document dies when it is written.
type genReader struct {
	n, i      int
	live, max *atomic.Int64
}

func (r *genReader) Next(context.Context) (*corpus.Document, error) {
	if r.i == r.n {
		return nil, io.EOF
	}
	r.i++
	l := r.live.Add(1)
	for m := r.max.Load(); l > m && !r.max.CompareAndSwap(m, l); m = r.max.Load() {
	}
	return &corpus.Document{ID: fmt.Sprint(r.i), Raw: []byte("some text")}, nil
}

func TestRunBoundedInFlight(t *testing.T) {
	const n = 100_000
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			leakCheck(t)
			var live, maxLive atomic.Int64
			written := 0
			w := &countWriter{write: func(ctx context.Context, d *corpus.Document) error {
				// A slow writer: it stalls now and then, long enough for
				// the reader to fill every buffer there is.
				if written%10_000 == 0 {
					time.Sleep(10 * time.Millisecond)
				}
				written++
				live.Add(-1)
				return nil
			}}
			st, err := pipeline.Run(context.Background(), &genReader{n: n, live: &live, max: &maxLive}, w,
				[]stages.Stage{normStage, splitStage}, pipeline.WithWorkers(workers))
			require.NoError(t, err)
			assert.Equal(t, int64(n), st.Written)
			assert.Zero(t, live.Load())

			// The documented bound: workers+1 queued, one being written,
			// one held by the reader.
			bound := int64(workers + 3)
			assert.LessOrEqual(t, maxLive.Load(), bound, "more documents in flight than the bound")
			assert.GreaterOrEqual(t, maxLive.Load(), int64(workers+1), "the stalls should have filled the queue")
			t.Logf("max in flight %d (bound %d)", maxLive.Load(), bound)
		})
	}
}

// countWriter hands every document to a function.
type countWriter struct {
	write func(ctx context.Context, d *corpus.Document) error
}

func (w *countWriter) Write(ctx context.Context, d *corpus.Document) error { return w.write(ctx, d) }
func (w *countWriter) Close() error                                        { return nil }

func TestRunStats(t *testing.T) {
	const n = 120
	docs := makeDocs(n)
	var bytesIn int64
	for _, d := range docs {
		bytesIn += int64(len(d.Raw))
	}
	// Expected paragraph and label counts from a sequential run.
	var wantParas int64
	var wantLabels [corpus.NumLabels]int64
	var wantStageParas [4]int64
	var wantStageBytes [4]int64
docs:
	for _, d := range makeDocs(n) {
		for i, st := range standardStages() {
			err := st.Process(context.Background(), d)
			wantStageParas[i] += int64(len(d.Paragraphs))
			wantStageBytes[i] += int64(len(d.Raw))
			if err != nil {
				continue docs
			}
		}
		wantParas += int64(len(d.Paragraphs))
		for _, p := range d.Paragraphs {
			wantLabels[p.Label]++
		}
	}

	st, err := pipeline.Run(context.Background(), docsReader(docs), &bufWriter{}, standardStages(), pipeline.WithWorkers(3))
	require.NoError(t, err)
	assert.True(t, st.Balanced())
	assert.Equal(t, int64(n), st.Read)
	assert.Equal(t, st.Read, st.Written+st.Dropped+st.Rejected)
	assert.Zero(t, st.Discarded)
	assert.Equal(t, bytesIn, st.BytesIn)
	assert.Equal(t, wantParas, st.Paragraphs)
	assert.Equal(t, wantLabels, st.LabelCounts)
	var sum int64
	for _, c := range st.LabelCounts {
		sum += c
	}
	assert.Equal(t, st.Paragraphs, sum)
	assert.Positive(t, st.Elapsed)
	for i, s := range st.Stages {
		assert.Equal(t, wantStageParas[i], s.Paragraphs, s.Name)
		assert.Equal(t, wantStageBytes[i], s.Bytes, s.Name)
		assert.Positive(t, s.Time, s.Name)
	}
}

func TestRunEmptyAndPassThrough(t *testing.T) {
	t.Run("empty input", func(t *testing.T) {
		st, err := pipeline.Run(context.Background(), &sliceReader{}, &bufWriter{}, standardStages())
		require.NoError(t, err)
		assert.Zero(t, st.Read)
		assert.True(t, st.Balanced())
		assert.NotNil(t, st.DroppedBy)
		assert.Len(t, st.Stages, 4)
	})
	t.Run("no stages", func(t *testing.T) {
		w := &bufWriter{}
		st, err := pipeline.Run(context.Background(), docsReader(makeDocs(10)), w, nil, pipeline.WithWorkers(3))
		require.NoError(t, err)
		assert.Equal(t, int64(10), st.Written)
		assert.Len(t, w.written(), 10)
		assert.Empty(t, st.Stages)
	})
}

func TestRunProgress(t *testing.T) {
	t.Run("ticks and a final snapshot", func(t *testing.T) {
		leakCheck(t)
		var mu sync.Mutex
		var snaps []pipeline.Stats
		r := docsReader(makeDocs(300))
		r.before = func(ctx context.Context, _ int) error { return sleepCtx(ctx, 2*time.Millisecond) }
		st, err := pipeline.Run(context.Background(), r, &bufWriter{}, standardStages(),
			pipeline.WithProgress(func(s pipeline.Stats) {
				mu.Lock()
				defer mu.Unlock()
				snaps = append(snaps, s)
			}))
		require.NoError(t, err)
		mu.Lock()
		defer mu.Unlock()
		require.GreaterOrEqual(t, len(snaps), 3, "expected at least two ticks in ~600ms plus the final call")
		for i := 1; i < len(snaps); i++ {
			assert.GreaterOrEqual(t, snaps[i].Read, snaps[i-1].Read)
			assert.GreaterOrEqual(t, snaps[i].Elapsed, snaps[i-1].Elapsed)
		}
		// At most one tick per interval (the last call is the final one).
		ticks := len(snaps) - 1
		assert.LessOrEqual(t, ticks, int(st.Elapsed/pipeline.ProgressInterval))
		assert.Equal(t, st, snaps[len(snaps)-1], "the last call gets the final stats")
		// Snapshots are copies: the final stats do not alias earlier ones.
		snaps[0].DroppedBy["mutated"] = 1
		assert.NotContains(t, st.DroppedBy, "mutated")
	})

	t.Run("panic in the progress function", func(t *testing.T) {
		leakCheck(t)
		r := docsReader(makeDocs(1000))
		r.before = func(ctx context.Context, _ int) error { return sleepCtx(ctx, time.Millisecond) }
		st, err := pipeline.Run(context.Background(), r, &bufWriter{}, nil,
			pipeline.WithProgress(func(pipeline.Stats) { panic("terminal gone") }))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "pipeline: progress function: panic: terminal gone")
		assert.Less(t, st.Read, int64(1000), "the run stops")
		assert.True(t, st.Balanced())
	})
}

func TestRunInvalidArguments(t *testing.T) {
	tests := []struct {
		name    string
		r       corpus.Reader
		w       corpus.Writer
		sts     []stages.Stage
		opts    []pipeline.Option
		wantMsg string
	}{
		{"zero workers", &sliceReader{}, &bufWriter{}, nil, []pipeline.Option{pipeline.WithWorkers(0)}, "WithWorkers(0): need at least 1 worker"},
		{"negative workers", &sliceReader{}, &bufWriter{}, nil, []pipeline.Option{pipeline.WithWorkers(-2)}, "WithWorkers(-2)"},
		{"nil reader", nil, &bufWriter{}, nil, nil, "nil Reader"},
		{"nil writer", &sliceReader{}, nil, nil, nil, "nil Writer"},
		{"nil stage", &sliceReader{}, &bufWriter{}, []stages.Stage{normStage, nil}, nil, "stage 1 is nil"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := pipeline.Run(context.Background(), tc.r, tc.w, tc.sts, tc.opts...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.wantMsg)
		})
	}
}

func TestStatsBalanced(t *testing.T) {
	tests := []struct {
		name string
		s    pipeline.Stats
		want bool
	}{
		{"zero", pipeline.Stats{}, true},
		{"all outcomes", pipeline.Stats{Read: 10, Written: 4, Dropped: 3, DroppedBy: map[string]int64{"a": 1, "b": 2}, Rejected: 2, Discarded: 1}, true},
		{"missing document", pipeline.Stats{Read: 10, Written: 9}, false},
		{"extra document", pipeline.Stats{Read: 1, Written: 2}, false},
		{"reasons do not add up", pipeline.Stats{Read: 3, Dropped: 3, DroppedBy: map[string]int64{"a": 2}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.s.Balanced())
		})
	}
}
