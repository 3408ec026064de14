package bench

import (
	"cmp"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// ShingleSize is the n of the metric's word n-gram shingles.
const ShingleSize = 4

// BootstrapResamples is the number of bootstrap resamples of pages behind
// ShingleScore.F1Std, as in score.py.
const BootstrapResamples = 300

// bootstrapSeed seeds the bootstrap's generator: score.py uses random.Random(0).
const bootstrapSeed = 0

// ShingleScore is the article-extraction benchmark's score of a set of
// predictions: 4-gram shingle precision and recall averaged over pages, and
// F1 of those means. Its JSON form has the keys score.py prints.
type ShingleScore struct {
	// Precision is the mean per-page precision over the pages where something
	// was predicted (tp+fp > 0).
	Precision float64 `json:"precision"`
	// Recall is the mean per-page recall over the pages with gold text
	// (tp+fn > 0).
	Recall float64 `json:"recall"`
	// F1 is the harmonic mean of Precision and Recall (0 when both are 0).
	F1 float64 `json:"f1"`
	// F1Std is the standard deviation (n-1) of F1 over BootstrapResamples
	// bootstrap resamples of the pages, drawn exactly as score.py draws them.
	F1Std float64 `json:"f1_std"`
	// Pages is the number of gold pages scored.
	Pages int `json:"pages"`
	// Missing is the number of gold pages with no prediction at all (scored as
	// empty predictions).
	Missing int `json:"missing"`
}

// PageScore is the shingle score of one page.
type PageScore struct {
	// Key identifies the page in the gold and prediction maps.
	Key string `json:"key"`
	// Missing is true when the predictions have no entry for the page.
	Missing bool `json:"missing,omitempty"`
	// GoldShingles and PredShingles count the shingles (with multiplicity)
	// of the gold and predicted text; Common counts the shared ones (the
	// multiset intersection).
	GoldShingles int `json:"gold_shingles"`
	PredShingles int `json:"pred_shingles"`
	Common       int `json:"common"`
	// TP, FP and FN are the true-positive, false-positive and false-negative
	// shingle counts normalised by their sum (all 0 when both texts are empty).
	TP float64 `json:"tp"`
	FP float64 `json:"fp"`
	FN float64 `json:"fn"`
	// Precision and Recall follow score.py's prec() and rec(): 1 when fp and
	// fn are both 0, 0 when nothing was predicted (precision) or nothing is
	// gold (recall). F1 is their harmonic mean.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// InPrecision reports whether the page counts towards the mean precision
// (tp+fp > 0: something was predicted).
func (p PageScore) InPrecision() bool { return p.TP+p.FP > 0 }

// InRecall reports whether the page counts towards the mean recall
// (tp+fn > 0: the page has gold text).
func (p PageScore) InRecall() bool { return p.TP+p.FN > 0 }

// shingler holds reusable buffers for scoring pages.
type shingler struct {
	spans      []tokenSpan
	toks       []uint64 // token hashes
	gold, pred []uint64 // shingle hashes
	table      countTable
}

// appendShingles appends the hashes of text's shingles to dst, in text
// order. Like score.py, a text with fewer than ShingleSize tokens has one
// shingle made of all its tokens, and a text with none has no shingles.
//
// A shingle is hashed from its tokens' 64-bit FNV-1a hashes, chained through
// the SplitMix64 finaliser, so each token is hashed once. Shingles are
// compared by hash only: with 64-bit hashes a false match between two
// distinct shingles of a page is improbable enough (about 1e-11 for a page of
// 10^4 shingles) to ignore, and the per-page counts agree exactly with
// score.py on both shared benchmarks.
func (s *shingler) appendShingles(dst []uint64, text string) []uint64 {
	s.spans = appendTokenSpans(s.spans[:0], text)
	n := len(s.spans)
	if n == 0 {
		return dst
	}
	s.toks = s.toks[:0]
	for _, t := range s.spans {
		s.toks = append(s.toks, fnv1a(text[t.start:t.end]))
	}
	w := min(ShingleSize, n)
	for i := 0; i+w <= n; i++ {
		h := uint64(w)
		for _, t := range s.toks[i : i+w] {
			h = mix64(h ^ t)
		}
		dst = append(dst, h)
	}
	return dst
}

// fnv1a is the 64-bit FNV-1a hash of s.
func fnv1a(s string) uint64 {
	const (
		offset64 = 14695981039346656037
		prime64  = 1099511628211
	)
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

// mix64 is the SplitMix64 finaliser, a bijection with full avalanche.
func mix64(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// score scores one page's predicted text against its gold text.
func (s *shingler) score(gold, pred string) PageScore {
	s.gold = s.appendShingles(s.gold[:0], gold)
	s.pred = s.appendShingles(s.pred[:0], pred)
	common := s.table.common(s.gold, s.pred)
	ps := PageScore{GoldShingles: len(s.gold), PredShingles: len(s.pred), Common: common}
	tp, fp, fn := common, len(s.pred)-common, len(s.gold)-common
	if sum := float64(tp + fp + fn); sum > 0 {
		ps.TP, ps.FP, ps.FN = float64(tp)/sum, float64(fp)/sum, float64(fn)/sum
	}
	ps.Precision = prec(ps.TP, ps.FP, ps.FN)
	ps.Recall = rec(ps.TP, ps.FP, ps.FN)
	ps.F1 = f1(ps.Precision, ps.Recall)
	return ps
}

// countTable is an open-addressing multiset of shingle hashes, reused from
// page to page. Hashes are already well mixed, so their low bits index it.
type countTable struct {
	keys  []uint64
	count []int32 // occurrences in the first set; 0 marks an empty slot
	used  []int32 // occurrences matched by the second set
}

// common returns the size of the multiset intersection of a and b: the sum
// over distinct hashes of the smaller of their counts in a and b.
func (t *countTable) common(a, b []uint64) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	size := 1 << bits.Len(uint(2*len(a)-1)) // at most half full
	if cap(t.keys) < size {
		t.keys, t.count, t.used = make([]uint64, size), make([]int32, size), make([]int32, size)
	} else {
		t.keys, t.count, t.used = t.keys[:size], t.count[:size], t.used[:size]
		clear(t.count)
		clear(t.used)
	}
	mask := uint64(size - 1)
	for _, h := range a {
		i := h & mask
		for t.count[i] != 0 && t.keys[i] != h {
			i = (i + 1) & mask
		}
		t.keys[i] = h
		t.count[i]++
	}
	n := 0
	for _, h := range b {
		for i := h & mask; t.count[i] != 0; i = (i + 1) & mask {
			if t.keys[i] == h {
				if t.used[i] < t.count[i] {
					t.used[i]++
					n++
				}
				break
			}
		}
	}
	return n
}

func prec(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fp == 0:
		return 0
	}
	return tp / (tp + fp)
}

func rec(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fn == 0:
		return 0
	}
	return tp / (tp + fn)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ScorePage scores one page's predicted text against its gold text. The
// result's Key and Missing are left empty.
func ScorePage(gold, pred string) PageScore {
	var s shingler
	return s.score(gold, pred)
}

// ScorePages scores every gold page, in sorted key order; a gold key absent
// from pred is scored as an empty prediction and marked Missing. Keys of pred
// that are not in gold are ignored. Pages are scored in parallel.
func ScorePages(pred, gold map[string]string) []PageScore {
	return ScorePagesInOrder(SortedKeys(gold), pred, gold)
}

// ScorePagesInOrder is ScorePages with the page order given by keys, which
// should list each gold key once. The order matters only to the bootstrap of
// SummarizePages: score.py iterates the gold file in file order, which for
// both shared benchmarks is sorted key order.
func ScorePagesInOrder(keys []string, pred, gold map[string]string) []PageScore {
	pages := make([]PageScore, len(keys))
	workers := min(runtime.GOMAXPROCS(0), len(keys))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var s shingler
			for {
				i := int(next.Add(1) - 1)
				if i >= len(keys) {
					return
				}
				k := keys[i]
				p, ok := pred[k]
				pages[i] = s.score(gold[k], p)
				pages[i].Key = k
				pages[i].Missing = !ok
			}
		})
	}
	wg.Wait()
	return pages
}

// ScoreShingles scores predicted article bodies against gold ones with the
// article-extraction benchmark's metric, exactly as score.py's "sh" command
// does (gold pages taken in sorted key order, see ScorePagesInOrder).
func ScoreShingles(pred, gold map[string]string) ShingleScore {
	return SummarizePages(ScorePages(pred, gold))
}

// SummarizePages averages page scores into the benchmark score: mean
// precision over pages with tp+fp > 0, mean recall over pages with tp+fn > 0,
// F1 of the two means, and the bootstrap standard deviation of F1. With no
// pages the score is all zero (score.py fails instead).
func SummarizePages(pages []PageScore) ShingleScore {
	var m meanPR
	missing := 0
	for i := range pages {
		m.add(&pages[i])
		if pages[i].Missing {
			missing++
		}
	}
	p, r := m.means()
	return ShingleScore{
		Precision: p,
		Recall:    r,
		F1:        f1(p, r),
		F1Std:     bootstrapF1Std(pages),
		Pages:     len(pages),
		Missing:   missing,
	}
}

// bootstrapF1Std resamples the pages with replacement BootstrapResamples
// times, drawing indices as score.py does with random.Random(0).randrange,
// and returns the sample standard deviation of the resamples' F1.
func bootstrapF1Std(pages []PageScore) float64 {
	if len(pages) == 0 {
		return 0
	}
	rnd := newPyRandom(bootstrapSeed)
	var boots [BootstrapResamples]float64
	for b := range boots {
		var m meanPR
		for range pages {
			m.add(&pages[rnd.randrange(len(pages))])
		}
		boots[b] = f1(m.means())
	}
	return stdev(boots[:])
}

// meanPR accumulates the page means of precision and recall.
type meanPR struct {
	p, r   sum
	np, nr int
}

func (m *meanPR) add(p *PageScore) {
	if p.InPrecision() {
		m.p.add(p.Precision)
		m.np++
	}
	if p.InRecall() {
		m.r.add(p.Recall)
		m.nr++
	}
}

// means returns the mean precision and recall, 0 for an empty mean (score.py:
// "nothing predicted anywhere: precision 0").
func (m *meanPR) means() (p, r float64) {
	if m.np > 0 {
		p = m.p.value() / float64(m.np)
	}
	if m.nr > 0 {
		r = m.r.value() / float64(m.nr)
	}
	return p, r
}

// sum is a compensated (Neumaier) float sum. Python's statistics.mean and
// stdev sum exactly; compensation keeps Go within an ulp or two of them.
type sum struct{ s, c float64 }

func (f *sum) add(x float64) {
	t := f.s + x
	if math.Abs(f.s) >= math.Abs(x) {
		f.c += (f.s - t) + x
	} else {
		f.c += (x - t) + f.s
	}
	f.s = t
}

func (f *sum) value() float64 { return f.s + f.c }

// stdev is Python's statistics.stdev: the sample standard deviation (n-1),
// 0 for fewer than two values.
func stdev(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	var s sum
	for _, x := range xs {
		s.add(x)
	}
	mean := s.value() / float64(len(xs))
	var ss sum
	for _, x := range xs {
		ss.add((x - mean) * (x - mean))
	}
	return math.Sqrt(ss.value() / float64(len(xs)-1))
}

// WorstPages returns up to n pages with the lowest F1, worst first (ties by
// key), for reports. pages is not modified.
func WorstPages(pages []PageScore, n int) []PageScore {
	w := slices.Clone(pages)
	slices.SortStableFunc(w, func(a, b PageScore) int {
		if c := cmp.Compare(a.F1, b.F1); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return w[:min(max(n, 0), len(w))]
}

// SortedKeys returns the keys of m in increasing order.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
