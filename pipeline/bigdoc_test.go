package pipeline_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/filter"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

// TestRunInFlightCost: the budget counts each document at its cost, not its
// size; a cost over the budget lets a document in alone; a panic in the
// cost function stops the run.
func TestRunInFlightCost(t *testing.T) {
	const docSize, budget = 1000, 6000
	tests := []struct {
		name     string
		cost     func(d *corpus.Document) int64
		maxLive  int64 // bytes of documents read and not yet written, at most
		wantFull bool  // whether the live bytes should reach the budget
	}{
		{"size", nil, budget + docSize, true},
		{"three times the size", func(d *corpus.Document) int64 { return 3 * int64(len(d.Raw)) }, budget/3 + docSize, true},
		{"over the budget", func(d *corpus.Document) int64 { return 2 * budget }, 2 * docSize, false},
		{"negative", func(d *corpus.Document) int64 { return -1 }, 1 << 62, false},
	}
	slow := stage("slow", func(ctx context.Context, d *corpus.Document) error {
		return sleepCtx(ctx, 100_000) // 0.1 ms
	})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			leakCheck(t)
			sizes := make([]int, 200)
			for i := range sizes {
				sizes[i] = docSize
			}
			var live, maxLive atomic.Int64
			var mu sync.Mutex
			w := &countWriter{write: func(_ context.Context, d *corpus.Document) error {
				mu.Lock()
				defer mu.Unlock()
				live.Add(-int64(len(d.Raw)))
				return nil
			}}
			r := &sizedReader{sizes: sizes, live: &live, max: &maxLive}
			opts := []pipeline.Option{pipeline.WithWorkers(8), pipeline.WithMaxInFlightBytes(budget)}
			if tc.cost != nil {
				opts = append(opts, pipeline.WithInFlightCost(tc.cost))
			}
			st, err := pipeline.Run(context.Background(), r, w, []stages.Stage{slow}, opts...)
			require.NoError(t, err)
			assert.Equal(t, int64(len(sizes)), st.Written)
			assert.Equal(t, int64(len(sizes)*docSize), st.BytesIn)
			// The reader holds one more document while it waits.
			assert.LessOrEqual(t, maxLive.Load(), tc.maxLive)
			if tc.wantFull {
				assert.GreaterOrEqual(t, maxLive.Load(), tc.maxLive-docSize, "the budget should have been used up")
			}
		})
	}

	t.Run("panic", func(t *testing.T) {
		leakCheck(t)
		docs := makeDocs(20)
		w := &bufWriter{}
		st, err := pipeline.Run(context.Background(), docsReader(docs), w, nil, pipeline.WithWorkers(2),
			pipeline.WithMaxInFlightBytes(1<<20),
			pipeline.WithInFlightCost(func(d *corpus.Document) int64 {
				if d.ID == docs[7].ID {
					panic("boom")
				}
				return 1
			}))
		require.Error(t, err)
		var pe *pipeline.PanicError
		require.ErrorAs(t, err, &pe)
		assert.Contains(t, err.Error(), "in-flight cost of document")
		assert.Equal(t, int64(7), st.Written, "the documents before the failing one are written")
		assert.Equal(t, int64(1), st.Discarded)
		assert.True(t, st.Balanced())
	})
}

// bigText returns a page dump of about size bytes, one paragraph per line
// as html-text writes them: navigation lines, a headline, a byline and runs
// of prose, page after page.
func bigText(size int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields(`the of and to in a is that for it as was with be by on not he this are or his from at which but have an
		they you were her she there been one all we their has would when who will more if no out so said what up its about into than
		them can only other new some could time these two may then do first any my now such like our over man me even most made after
		also did many before must through back years where much your way well down should because each just those people how too
		little state good very make world still own see men work long get here between both life being under never day same another
		know while last might us great old year off come since against go came right used take three city council report market
		government minister school police water energy company music season team players museum river village`)
	nav := []string{"Home", "News", "Sport", "Business", "Opinion", "Culture", "Contact us", "Subscribe", "Sign in", "Share this article"}
	var b strings.Builder
	b.Grow(size + 4096)
	page := 0
	for b.Len() < size {
		if page > 0 {
			b.WriteString("\n\n")
		}
		page++
		for _, n := range nav {
			b.WriteString(n)
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "Headline number %d about the %s and the %s\n", page, words[rng.IntN(len(words))], words[rng.IntN(len(words))])
		fmt.Fprintf(&b, "By Jane Doe | March %d, 2019\n", 1+page%28)
		for p := 0; p < 5+rng.IntN(10); p++ {
			n := 20 + rng.IntN(60)
			for w := 0; w < n; w++ {
				if w > 0 {
					b.WriteByte(' ')
				}
				word := words[rng.IntN(len(words))]
				if w == 0 {
					word = strings.ToUpper(word[:1]) + word[1:]
				}
				b.WriteString(word)
			}
			b.WriteString(".\n")
		}
		b.WriteString("Leave a comment\n© 2019 The Daily Example. All rights reserved.")
	}
	return b.String()
}

// TestRunTenMegabyteDocument runs a document of about 10 MB, between two
// small ones, through the real stages with both classifiers: it is
// classified in full (the learned model in windows of paragraphs), and the
// small documents come out as they do alone. Memory is measured by winnow
// bench and recorded in docs/throughput.md, not asserted here.
func TestRunTenMegabyteDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("short: a 10 MB document")
	}
	big := bigText(10 << 20)
	small := bigText(20 << 10)
	model, err := classify.DefaultModel()
	require.NoError(t, err)
	rules, err := classify.DefaultRules()
	require.NoError(t, err)
	tests := []struct {
		name string
		c    classify.Classifier
	}{
		{"model", model},
		{"rules", rules},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sts := []stages.Stage{normalize.Stage{}, split.Stage{}, classify.Stage{C: tc.c}, filter.Keep{Labels: corpus.NewLabelSet(corpus.Body)}}
			texts := []string{small, big, small[:len(small)/2]}
			docs := []*corpus.Document{{ID: "small-1"}, {ID: "big"}, {ID: "small-2"}}
			for i, d := range docs {
				d.Raw = []byte(texts[i])
			}
			w := corpus.NewMemoryWriter()
			st, err := pipeline.Run(context.Background(), corpus.NewMemoryReader(docs), w, sts,
				pipeline.WithWorkers(2), pipeline.WithMaxInFlightBytes(256<<20),
				pipeline.WithInFlightCost(func(d *corpus.Document) int64 { return 4 * int64(len(d.Raw)) }))
			require.NoError(t, err)
			require.Equal(t, int64(3), st.Written)
			assert.Equal(t, int64(len(big)+len(small)+len(small)/2), st.BytesIn, "input bytes are counted as read")
			out := w.Docs()
			require.Len(t, out, 3)

			d := out[1]
			require.Equal(t, "big", d.ID)
			assert.Nil(t, d.Raw, "the raw text is released once normalised")
			require.Greater(t, len(d.Paragraphs), 3*classify.WindowParagraphs, "the document spans several windows")
			var counts [corpus.NumLabels]int
			for i, p := range d.Paragraphs {
				require.Less(t, int(p.Label), corpus.NumLabels, "paragraph %d", i)
				require.True(t, p.Score >= 0 && p.Score <= 1, "paragraph %d: score %v", i, p.Score)
				counts[p.Label]++
			}
			assert.Positive(t, counts[corpus.Body])
			assert.Positive(t, counts[corpus.Chrome])
			assert.NotEmpty(t, d.Clean)
			t.Logf("%d paragraphs, labels %v, clean text %d of %d bytes", len(d.Paragraphs), counts, len(d.Clean), len(d.Text))

			for _, i := range []int{0, 2} {
				alone := &corpus.Document{ID: out[i].ID, Raw: []byte(texts[i])}
				for _, s := range sts {
					require.NoError(t, s.Process(context.Background(), alone))
				}
				assert.Equal(t, alone.Clean, out[i].Clean, "%s comes out as it does alone", alone.ID)
				assert.Equal(t, alone.Paragraphs, out[i].Paragraphs, "%s comes out as it does alone", alone.ID)
			}
		})
	}
}

// TestRunCollectBefore: documents charged at least the threshold start
// every stage with a garbage collection; the others do not.
func TestRunCollectBefore(t *testing.T) {
	docs := makeDocs(6)
	var forced []uint32 // runtime.MemStats.NumForcedGC seen by each stage, per document
	var mu sync.Mutex
	probe := stage("probe", func(_ context.Context, d *corpus.Document) error {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		mu.Lock()
		forced = append(forced, ms.NumForcedGC)
		mu.Unlock()
		return nil
	})
	big := func(d *corpus.Document) bool { return d.ID == docs[2].ID || d.ID == docs[4].ID }
	st, err := pipeline.Run(context.Background(), docsReader(docs), &bufWriter{}, []stages.Stage{probe, probe},
		pipeline.WithWorkers(1), pipeline.WithMaxInFlightBytes(1<<30),
		pipeline.WithInFlightCost(func(d *corpus.Document) int64 {
			if big(d) {
				return 100 << 20
			}
			return 1
		}),
		pipeline.WithCollectBefore(64<<20))
	require.NoError(t, err)
	assert.Equal(t, int64(len(docs)), st.Written)
	require.Len(t, forced, 2*len(docs))
	// One worker: the stages run document by document, in order. A forced
	// collection before each stage of documents 2 and 4 (and none other)
	// shows between consecutive probes.
	for k := 1; k < len(forced); k++ {
		doc := k / 2
		grew := forced[k] > forced[k-1]
		assert.Equal(t, doc == 2 || doc == 4, grew, "probe %d (document %d, stage %d)", k, doc, k%2)
	}

	_, err = pipeline.Run(context.Background(), docsReader(docs), &bufWriter{}, nil, pipeline.WithCollectBefore(0))
	require.Error(t, err)
}
