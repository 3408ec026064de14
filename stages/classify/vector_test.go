package classify

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/htmltext"
	"github.com/winnowhq/winnow/stages/features"
)

func TestSplitWords(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string
	}{
		{"empty", "", 8, []string{}},
		{"only punctuation", " -- !? ", 8, []string{}},
		{"lower-cased", "Hello WORLD, Again", 8, []string{"hello", "world", "again"}},
		{"non-ASCII letters", "ÉCOLE Straße İstanbul", 8, []string{"école", "straße", "istanbul"}},
		{"digits folded", "In 2020, 15 people paid $3.50", 8, []string{"in", "0000", "00", "people", "paid", "0", "00"}},
		{"digits in words", "mp3 x1y A4", 8, []string{"mp0", "x0y", "a0"}},
		{"other scripts' digits", "٢٠٢٠ १२", 8, []string{"0000", "00"}},
		{"apostrophes and hyphens split", "don't well-known", 8, []string{"don", "t", "well", "known"}},
		{"CJK two at a time", "東京都庁", 8, []string{"東京", "都庁"}},
		{"CJK odd length", "東京都", 8, []string{"東京", "都"}},
		{"kana", "ひらがなカタカナ", 8, []string{"ひら", "がな", "カタ", "カナ"}},
		{"CJK next to Latin and digits", "abc東京def 2020年", 8, []string{"abc", "東京", "def", "0000", "年"}},
		{"CJK punctuation separates", "東京、大阪。", 8, []string{"東京", "大阪"}},
		{"Hangul is a word script", "안녕하세요 세계", 8, []string{"안녕하세요", "세계"}},
		{"limit", "one two three four", 2, []string{"one", "two"}},
		{"limit exact", "one two", 2, []string{"one", "two"}},
		{"limit zero", "one two", 0, []string{}},
		{"limit with CJK", "東京都庁大阪", 2, []string{"東京", "都庁"}},
		{"limit reached by a word before CJK", "abc東京", 1, []string{"abc"}},
		{"limit reached by CJK before a word", "東京abc", 1, []string{"東京"}},
		{"invalid UTF-8", "ab\xffcd", 8, []string{"ab", "cd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := make([]string, tt.limit)
			var n int
			require.NotPanics(t, func() { n = splitWords(tt.text, dst) })
			require.LessOrEqual(t, n, tt.limit)
			assert.Equal(t, tt.want, dst[:n])
		})
	}
}

func TestBucket(t *testing.T) {
	// Regression guard: hashed weights in model files are indexed by these
	// values, so they must never change (or every model must be retrained).
	tests := []struct {
		kind byte
		word string
		want uint32
	}{
		{'w', "the", 71187},
		{'f', "home", 17189},
		{'2', "by jane", 41981},
		{'e', "-", 133514},
		{'w', "", 87602},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%c %s", tt.kind, tt.word), func(t *testing.T) {
			assert.Equal(t, tt.want, bucket(tt.kind, tt.word))
		})
	}
	// The kind is part of the feature.
	assert.NotEqual(t, bucket('w', "home"), bucket('f', "home"))
	// In range, and spread over the space.
	seen := map[uint32]bool{}
	for i := 0; i < 5000; i++ {
		for _, k := range []byte("wfl2pne") {
			h := bucket(k, fmt.Sprintf("word%d", i))
			require.Less(t, h, uint32(1<<HashBits))
			seen[h] = true
		}
	}
	// 35000 features thrown at random into 2^18 buckets land in about 32760.
	assert.Greater(t, len(seen), 32000, "too many collisions")
}

func TestVectorize(t *testing.T) {
	r := newRules(t)
	ps := paragraphs(t, article)
	var s ruleScratch
	r.analyse(ps, &s)
	var v vectors
	v.vectorize(ps, &s, true)
	n := len(ps)
	require.Equal(t, n, v.n)
	require.Len(t, v.dense, n*DenseDim)
	require.Len(t, v.base, n*baseDim)
	for i := 0; i < n; i++ {
		d := v.dense[i*DenseDim : (i+1)*DenseDim]
		assert.Equal(t, float32(1), d[0], "bias")
		assert.Equal(t, v.base[i*baseDim:(i+1)*baseDim], d[1:1+baseDim])
		off := 1 + baseDim
		for k := -Window; k <= Window; k++ {
			if k == 0 {
				continue
			}
			j := i + k
			if j < 0 || j >= n {
				assert.Equal(t, float32(1), d[off], "paragraph %d: neighbour %+d absent", i, k)
				assert.Equal(t, make([]float32, baseDim), d[off+1:off+1+baseDim])
			} else {
				assert.Zero(t, d[off], "paragraph %d: neighbour %+d present", i, k)
				assert.Equal(t, v.base[j*baseDim:(j+1)*baseDim], d[off+1:off+1+baseDim])
			}
			off += baseDim + 1
		}
		require.Equal(t, DenseDim, off)
		for k, x := range d {
			assert.False(t, math.IsNaN(float64(x)) || math.IsInf(float64(x), 0), "paragraph %d, feature %d = %v", i, k, x)
		}
		assert.Equal(t, float32(1), sum(v.base[i*baseDim+20:i*baseDim+24]), "one rule class")
		assert.Equal(t, float32(1), sum(v.base[i*baseDim+29:i*baseDim+29+corpus.NumLabels]), "one rule label")
		assert.Positive(t, v.nhash[i])
		assert.LessOrEqual(t, v.nhash[i], maxHashed)
		for _, h := range v.hashed[i*maxHashed : i*maxHashed+v.nhash[i]] {
			assert.Less(t, h, uint32(1<<HashBits))
		}
	}
	// Vectorising again into used space gives the same vectors.
	again := vectors{base: make([]float32, 3), dense: []float32{7, 7}}
	again.vectorize(ps, &s, true)
	assert.Equal(t, v, again)
}

func sum(v []float32) float32 {
	var s float32
	for _, x := range v {
		s += x
	}
	return s
}

func TestLexical(t *testing.T) {
	ps := []corpus.Paragraph{{Text: "Home page"}, {Text: "By Jane Doe"}, {Text: "—"}, {Text: strings.Repeat("word ", 100)}}
	tests := []struct {
		i    int
		want []uint32
	}{
		{0, []uint32{bucket('w', "home"), bucket('w', "page"), bucket('f', "home"), bucket('l', "page"), bucket('2', "home page"), bucket('n', "by")}},
		{1, []uint32{bucket('w', "by"), bucket('w', "jane"), bucket('w', "doe"), bucket('f', "by"), bucket('l', "doe"), bucket('2', "by jane"), bucket('p', "home")}},
		// No words: an "empty" feature, and the neighbours'.
		{2, []uint32{bucket('e', "-"), bucket('p', "by"), bucket('n', "word")}},
	}
	for _, tt := range tests {
		t.Run(ps[tt.i].Text, func(t *testing.T) {
			dst := make([]uint32, maxHashed)
			n, _ := lexical(dst, ps, tt.i, nil)
			assert.Equal(t, tt.want, dst[:n])
		})
	}
	// A long paragraph: 24 words, first, last, first two (its neighbour has
	// no words).
	dst := make([]uint32, maxHashed)
	n, _ := lexical(dst, ps, 3, nil)
	assert.Equal(t, 24+3, n)
	// The cap holds.
	n, _ = lexical(dst[:5], ps, 3, nil)
	assert.Equal(t, 5, n)
}

func TestStackVectorize(t *testing.T) {
	const L = corpus.NumLabels
	n := 12
	logp := make([]float32, n*L)
	base := make([]float32, n*baseDim)
	words := make([]int, n)
	for i := 0; i < n; i++ {
		p := []float64{0.1, 0.1, 0.1, 0.1, 0.6} // chrome
		if i >= 3 && i < 9 {
			p = []float64{0.9, 0.025, 0.025, 0.025, 0.025} // body
		}
		for k := range p {
			logp[i*L+k] = float32(math.Log(p[k]))
		}
		base[i*baseDim] = float32(i)
		words[i] = 30
	}
	dst := make([]float32, n*StackDim)
	for i := range dst {
		dst[i] = 99 // stale values must be overwritten
	}
	stackVectorize(dst, n, logp, base, words, nil, nil)
	for i := 0; i < n; i++ {
		d := dst[i*StackDim : (i+1)*StackDim]
		assert.Equal(t, float32(1), d[0])
		assert.InDelta(t, 1, sum(d[1:1+L]), 1e-5, "own label probabilities")
		o := 1 + L
		for _, off := range stackOffsets {
			if j := i + off; j < 0 || j >= n {
				assert.Equal(t, float32(1), d[o])
				assert.Zero(t, sum(d[o+1:o+1+L]))
			} else {
				assert.Zero(t, d[o])
				assert.InDelta(t, 1, sum(d[o+1:o+1+L]), 1e-5)
			}
			o += L + 1
		}
		o += len(stackWindows) + 2
		assert.InDelta(t, 0.9, d[o], 1e-5, "max body probability")
		o += 2
		in := i >= 3 && i < 9
		assert.Equal(t, b2f(in), d[o], "paragraph %d in the densest body run", i)
		assert.Equal(t, b2f(i < 3), d[o+1])
		assert.Equal(t, b2f(i >= 9), d[o+2])
		o += 4
		assert.Zero(t, sum(d[o:o+treeDim]), "no tree features for plain text")
		o += treeDim
		assert.Equal(t, base[i*baseDim:(i+1)*baseDim], d[o:o+baseDim])
		require.Equal(t, StackDim, o+baseDim)
	}
}

func TestTreeFeatures(t *testing.T) {
	// Two containers under one root (id 1): an article (id 2) with three
	// likely-body paragraphs and a navigation list (id 3) with two unlikely
	// ones; a last paragraph has no ancestors (as if read from text).
	anc := [][]int32{
		{10, 2, 1}, {11, 2, 1}, {12, 2, 1},
		{13, 3, 1}, {14, 3, 1},
		nil,
	}
	body := []float32{0.9, 0.9, 0.6, 0.1, 0.1, 0.5}
	words := []int{49, 49, 49, 4, 4, 9}
	// The article's paragraphs share a signature, the navigation items
	// another; the third article paragraph has one of its own.
	nav := hintMask([]string{"menu", "nav", "unknown"})
	sig := []markup{{sig: 1}, {sig: 1}, {sig: 3}, {sig: 2, hints: nav}, {sig: 2, hints: nav}, {sig: 4}}
	n := len(anc)
	dst := make([]float32, n*StackDim)
	treeFeatures(dst, n, body, words, anc, sig, stackTreeOffset)
	at := func(i int) []float32 { return dst[i*StackDim+stackTreeOffset : i*StackDim+stackTreeOffset+treeDim] }
	root := float32(0.9*50 + 0.9*50 + 0.6*50 + 0.1*5 + 0.1*5)
	total := root + 0.5*10 // the page's likely body counts every paragraph
	tests := []struct {
		name        string
		i           int
		parentMean  float32
		parentShare float32
		inBest      bool
		sigMean     float32
		sigCount    int
		hints       []string
	}{
		{"article paragraph", 0, 0.8, (0.9*50 + 0.9*50 + 0.6*50) / total, true, 0.9, 2, nil},
		{"weaker article paragraph", 2, 0.8, (0.9*50 + 0.9*50 + 0.6*50) / total, true, 0.6, 1, nil},
		{"navigation item", 3, 0.1, 1 / total, false, 0.1, 2, []string{"nav", "menu"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := at(tt.i)
			assert.Equal(t, float32(1), d[0], "has a tree")
			require.Equal(t, 1, treeLevels[0], "the first level is the parent")
			assert.InDelta(t, tt.parentMean, d[1], 1e-5, "parent's mean body probability")
			assert.InDelta(t, tt.parentShare, d[2], 1e-5, "parent's share of the page's body")
			assert.InDelta(t, root/total, d[4], 1e-5, "the root's share (level 2)")
			assert.Equal(t, b2f(tt.inBest), d[treeBest], "under the best container")
			assert.InDelta(t, (0.9*50+0.9*50+0.6*50)/total, d[treeBest+1], 1e-5, "best container's share")
			assert.InDelta(t, tt.sigMean, d[treeSig], 1e-5, "mean body probability of the same signature")
			assert.InDelta(t, math.Log1p(float64(tt.sigCount-1))/5, d[treeSig+1], 1e-5, "paragraphs of the same signature")
			var want []string
			for k, name := range markupHints {
				if d[treeHints+k] != 0 {
					assert.Equal(t, float32(1), d[treeHints+k], name)
					want = append(want, name)
				}
			}
			assert.ElementsMatch(t, tt.hints, want, "hint flags")
		})
	}
	assert.Zero(t, sum(at(5)), "no ancestors, no tree features")
	assert.Equal(t, treeDim, treeHints+len(markupHints), "the hint flags end the tree features")
}

// TestMarkupHintsAreHintNames checks that every hint the second layer reads
// as a flag is one the HTML reader writes: a misspelt name would be a
// feature that is always zero.
func TestMarkupHintsAreHintNames(t *testing.T) {
	names := htmltext.HintNames()
	for _, h := range markupHints {
		assert.Contains(t, names, h)
	}
	assert.Len(t, markupHints, len(names), "every hint the reader writes is read")
	assert.Less(t, len(markupHints), 64, "hints fit a uint64 bit set")
}

// TestSeparators checks the extractor's count of separators (Features.Separators,
// a feature of the model) against counting the three separators outright.
func TestSeparators(t *testing.T) {
	texts := []string{"", "a | b", "a • b · c | d", "•", "·", "\xe2\x80", "\xc2", "\xe2\x80\xa2\xff", "x\xc2\xb7", "plain text"}
	for _, ps := range equivalenceDocs(t) {
		for _, p := range ps {
			texts = append(texts, p.Text)
		}
	}
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	for _, text := range texts {
		fs, _ := x.Document([]corpus.Paragraph{{Text: text}}, nil, nil)
		want := strings.Count(text, "|") + strings.Count(text, "•") + strings.Count(text, "·")
		require.Equal(t, want, fs[0].Separators, "%q", text)
	}
}

// appendTermsReference is appendTerms as it was before it read the
// features into a bit set: every feature written, the non-zero ones kept.
func appendTermsReference(terms []baseTerm, k int, b []float32) int {
	t := terms[k : k+len(b)]
	j := 0
	for f, x := range b {
		t[j] = baseTerm{row: int32(f * corpus.NumLabels), x: x}
		if x != 0 {
			j++
		}
	}
	return k + j
}

// TestAppendTermsMatchesReference compares appendTerms with
// appendTermsReference on random vectors of every length up to two words
// of features, with zeros of both signs, NaNs, infinities and subnormals.
func TestAppendTermsMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	values := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 0.5, float32(math.NaN()), float32(math.Inf(1)),
		float32(math.Inf(-1)), math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, math.MaxFloat32}
	for n := 0; n < 20000; n++ {
		b := make([]float32, rng.IntN(2*64+2))
		for i := range b {
			if rng.IntN(2) == 0 {
				b[i] = values[rng.IntN(len(values))]
			}
		}
		k := rng.IntN(4)
		got := make([]baseTerm, k+len(b))
		want := make([]baseTerm, k+len(b))
		gk, wk := appendTerms(got, k, b), appendTermsReference(want, k, b)
		if gk != wk {
			t.Fatalf("%v: appendTerms ends at %d, the reference at %d", b, gk, wk)
		}
		for i := k; i < gk; i++ {
			g, w := got[i], want[i]
			if g.row != w.row || math.Float32bits(g.x) != math.Float32bits(w.x) {
				t.Fatalf("%v: term %d is %+v, the reference's %+v", b, i, g, w)
			}
		}
	}
}
