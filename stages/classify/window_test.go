package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestWindows(t *testing.T) {
	tests := []struct {
		name          string
		size, overlap int
		ns            []int
	}{
		{"default", WindowParagraphs, WindowOverlap, []int{0, 1, 100, WindowParagraphs - 1, WindowParagraphs, WindowParagraphs + 1,
			2*WindowParagraphs - 2*WindowOverlap, 2*WindowParagraphs - 2*WindowOverlap + 1, 3 * WindowParagraphs, 190_000}},
		{"small", 10, 2, seq(0, 120)},
		{"no overlap", 7, 0, seq(0, 60)},
		{"overlap just under half", 9, 4, seq(0, 40)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, n := range tc.ns {
				ws := windows(n, tc.size, tc.overlap)
				if n == 0 {
					assert.Empty(t, ws)
					continue
				}
				if n <= tc.size {
					assert.Equal(t, []window{{0, n, 0, n}}, ws, "n=%d: a document that fits is one window", n)
					continue
				}
				require.Greater(t, len(ws), 1, "n=%d", n)
				covered := make([]int, n)
				minCore, maxCore := n, 0
				for i, w := range ws {
					if i == 0 {
						assert.Zero(t, w.coreLo, "n=%d: the first core starts the document", n)
					} else {
						assert.Equal(t, ws[i-1].coreHi, w.coreLo, "n=%d: cores follow each other", n)
					}
					assert.True(t, 0 <= w.lo && w.lo <= w.coreLo && w.coreLo < w.coreHi && w.coreHi <= w.hi && w.hi <= n, "n=%d: window %+v", n, w)
					assert.LessOrEqual(t, w.hi-w.lo, tc.size, "n=%d: window %+v is too long", n, w)
					assert.Equal(t, min(tc.overlap, w.coreLo), w.coreLo-w.lo, "n=%d: context before %+v", n, w)
					assert.Equal(t, min(tc.overlap, n-w.coreHi), w.hi-w.coreHi, "n=%d: context after %+v", n, w)
					for j := w.coreLo; j < w.coreHi; j++ {
						covered[j]++
					}
					minCore, maxCore = min(minCore, w.coreHi-w.coreLo), max(maxCore, w.coreHi-w.coreLo)
				}
				assert.Equal(t, n, ws[len(ws)-1].coreHi, "n=%d: the last core ends the document", n)
				for j, c := range covered {
					if c != 1 {
						t.Fatalf("n=%d: paragraph %d is in %d cores", n, j, c)
					}
				}
				assert.LessOrEqual(t, maxCore-minCore, 1, "n=%d: cores of equal length", n)
			}
		})
	}
	assert.Panics(t, func() { windows(100, 10, 5) }, "no room for a core")
}

func seq(lo, hi int) []int {
	var s []int
	for i := lo; i <= hi; i++ {
		s = append(s, i)
	}
	return s
}

// spyWindows classifies with a fake classifier that scores each paragraph
// with its index in the call and labels it with the call's number, and
// returns the result and the calls' paragraph ranges.
func spyWindows(paras []corpus.Paragraph, size, overlap int) ([]Scored, [][2]int) {
	var calls [][2]int
	out := classifyWindows(paras, size, overlap, func(ps []corpus.Paragraph) []Scored {
		lo := ps[0].Start
		calls = append(calls, [2]int{lo, lo + len(ps)})
		res := make([]Scored, len(ps))
		for i := range res {
			res[i] = Scored{Label: corpus.Label(len(calls) % corpus.NumLabels), Score: float32(i)}
		}
		return res
	})
	return out, calls
}

func TestClassifyWindows(t *testing.T) {
	tests := []struct {
		name          string
		n             int
		size, overlap int
	}{
		{"one paragraph", 1, 10, 2},
		{"fits", 10, 10, 2},
		{"one more", 11, 10, 2},
		{"many windows", 1000, 10, 2},
		{"no overlap", 95, 10, 0},
		{"default sizes", 3*WindowParagraphs + 17, WindowParagraphs, WindowOverlap},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paras := make([]corpus.Paragraph, tc.n)
			for i := range paras {
				paras[i].Start = i // the fake classifier reads its window's position from it
			}
			out, calls := spyWindows(paras, tc.size, tc.overlap)
			require.Len(t, out, tc.n)
			ws := windows(tc.n, tc.size, tc.overlap)
			require.Len(t, calls, len(ws), "one call per window")
			for k, w := range ws {
				assert.Equal(t, [2]int{w.lo, w.hi}, calls[k], "call %d classifies window %+v", k, w)
				for i := w.coreLo; i < w.coreHi; i++ {
					want := Scored{Label: corpus.Label((k + 1) % corpus.NumLabels), Score: float32(i - w.lo)}
					if out[i] != want {
						t.Fatalf("paragraph %d: got %+v, want %+v from window %+v", i, out[i], want, w)
					}
				}
			}
		})
	}
}

// longSynthDocument concatenates synthetic pages, separated by blank lines
// as bench.ChopDocuments joins pages, and returns the first n paragraphs.
func longSynthDocument(t testing.TB, n int) []corpus.Paragraph {
	var b strings.Builder
	for i := 0; strings.Count(b.String(), "\n") < 2*n; i++ {
		for k, block := range synthPage(i % 97) {
			if i > 0 || k > 0 {
				b.WriteString("\n\n")
			}
			for j, l := range block {
				if j > 0 {
					b.WriteString("\n")
				}
				b.WriteString(l.text)
			}
		}
	}
	paras := paragraphs(t, b.String())
	require.GreaterOrEqual(t, len(paras), n)
	return paras[:n]
}

// TestWindowedModel runs the learned model in windows: a document of at
// most WindowParagraphs paragraphs is classified in one call, as it is
// without windows; a longer one in calls of at most WindowParagraphs
// paragraphs, and every paragraph gets the label its window's call gave it.
func TestWindowedModel(t *testing.T) {
	m := defaultModelT(t)
	tests := []struct {
		name    string
		paras   int
		windows int
	}{
		{"short", 300, 1},
		{"one window", WindowParagraphs, 1},
		{"three windows", 2*WindowParagraphs + 1, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paras := longSynthDocument(t, tc.paras)
			var calls [][]Scored
			got := classifyWindows(paras, WindowParagraphs, WindowOverlap, func(ps []corpus.Paragraph) []Scored {
				require.LessOrEqual(t, len(ps), WindowParagraphs)
				calls = append(calls, m.Classify(ps))
				return calls[len(calls)-1]
			})
			require.Len(t, got, len(paras))
			require.Len(t, calls, tc.windows)
			if tc.windows == 1 {
				assert.Equal(t, m.Classify(paras), got, "a document that fits in a window is classified whole")
				return
			}
			for k, w := range windows(len(paras), WindowParagraphs, WindowOverlap) {
				assert.Equal(t, calls[k][w.coreLo-w.lo:w.coreHi-w.lo], got[w.coreLo:w.coreHi], "window %+v", w)
			}
			// The document is many pages run together (whose first line
			// repeats further down, as a page's title repeats its
			// headline), not one article, so how much of it is body says
			// nothing here; that the model labelled it for real does.
			used := map[corpus.Label]bool{}
			for i, s := range got {
				require.Less(t, int(s.Label), corpus.NumLabels)
				require.True(t, s.Score >= 0 && s.Score <= 1, "paragraph %d: score %v", i, s.Score)
				used[s.Label] = true
			}
			assert.GreaterOrEqual(t, len(used), 3, "labels used: %v", used)
		})
	}
}

// TestBenchmarkPagesFitInAWindow: every page of the shared benchmarks (the
// longest has 1600 paragraphs) fits in half a window, so windows never
// change their labels.
func TestBenchmarkPagesFitInAWindow(t *testing.T) {
	for _, name := range []string{"article-extraction", "readability-pages"} {
		pages := readPageTexts(t, name)
		most := 0
		for _, p := range pages {
			if strings.TrimSpace(p) != "" {
				most = max(most, len(paragraphs(t, p)))
			}
		}
		assert.Less(t, most, WindowParagraphs/2, "%s: the longest page has %d paragraphs", name, most)
		t.Logf("%s: longest page %d paragraphs", name, most)
	}
}

// TestClassifiersClassifyInWindows: the learned model and the rules classify
// a document of more than WindowParagraphs paragraphs window by window, and a
// shorter one whole.
func TestClassifiersClassifyInWindows(t *testing.T) {
	paras := longSynthDocument(t, 2*WindowParagraphs+1)
	for _, c := range []struct {
		name string
		c    Classifier
	}{
		{"model", defaultModelT(t)},
		{"rules", newRules(t)},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, classifyWindows(paras, WindowParagraphs, WindowOverlap, c.c.Classify), c.c.Classify(paras))
			calls := 0
			got := classifyWindows(paras[:WindowParagraphs], WindowParagraphs, WindowOverlap, func(ps []corpus.Paragraph) []Scored {
				calls++
				return c.c.Classify(ps)
			})
			assert.Equal(t, 1, calls)
			assert.Equal(t, got, c.c.Classify(paras[:WindowParagraphs]))
		})
	}
}
