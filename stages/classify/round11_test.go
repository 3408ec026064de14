package classify

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Tests of profiling round 11 (docs/throughput.md): the paragraphs' words
// kept by the features extractor (features.Words, docWords.take) against
// the model's own splitting of the text (docWords.split, whose splitText
// is unchanged and is the reference).

// round11Pieces are the pieces random texts are made of: words of every
// kind the two splittings treat differently or alike (digits of several
// scripts, underscores, apostrophes, letters of two- and three-byte UTF-8,
// letters whose lower case is ASCII, scripts written without spaces, the
// runes of U+3040–U+9FFF that are not the extractor's CJK, marks,
// symbols, invalid UTF-8) and separators.
var round11Pieces = []string{
	"the", "The", "THE", "of", "and", "news", "January", "2019", "4:47", "3rd", "a1b2", "x_y", "_", "__init__",
	"snake_case_word", "_lead", "trail_", "don't", "it’s", "l'homme", "'", "’", "École", "straße", "İstanbul",
	"Kelvin\u212a", "ǅungla", "Ωμέγα", "ΣΟΦΊΑ", "Москва", "٢٠٢٠", "۱۴۰۰", "१२", "๑๒", "ภาษาไทย", "東京", "政府は",
	"カタカナ", "ㄅㄆ", "ㄱㄴ", "䷀䷁", "〆", "々", "〇", "한국어", "豈", "e\u0301", "\u0301", "©", "©2026", "|", "•", "·",
	"—", "–", "…", "“quoted”", "(paren)", "@handle", "news@example.com", "https://example.com/a_b", "x.com",
	"\xff", "\xe2\x80", "ab\xffcd", "\u00a0", "\u2003", "€5", "™", "№1", "½", "²", "\t", "\n", "1.5", "10,000",
	strings.Repeat("long", 9), "ǈ", "Ⅻ", "ⅻ", "𝐀𝐁", "😀", "\x00", "A", "z", "0",
}

// randomRound11Text joins random pieces with random separators.
func randomRound11Text(rng *rand.Rand) string {
	var b strings.Builder
	for k := rng.IntN(70); k >= 0; k-- {
		b.WriteString(round11Pieces[rng.IntN(len(round11Pieces))])
		switch rng.IntN(6) {
		case 0:
		case 1:
			b.WriteString(", ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// checkTakeMatchesSplit extracts the features of paras with the words kept
// (as Model.logProbs does), takes them, and compares them with split's,
// word by word, paragraph by paragraph. taken and split are reused across
// calls, as classification reuses its scratch.
func checkTakeMatchesSplit(t *testing.T, x *features.Extractor, sc *features.Scratch, taken, split *docWords, paras []corpus.Paragraph) {
	t.Helper()
	x.Document(paras, nil, sc)
	taken.take(sc.Words, paras)
	split.split(paras)
	if len(taken.first) != len(paras)+1 || len(split.first) != len(paras)+1 {
		t.Fatalf("first: %d and %d entries for %d paragraphs", len(taken.first), len(split.first), len(paras))
	}
	for i := range paras {
		nt, ns := taken.count(i), split.count(i)
		same := nt == ns
		for k := 0; same && k < nt; k++ {
			same = string(taken.word(i, k)) == string(split.word(i, k))
		}
		if !same {
			var a, b []string
			for k := 0; k < nt; k++ {
				a = append(a, string(taken.word(i, k)))
			}
			for k := 0; k < ns; k++ {
				b = append(b, string(split.word(i, k)))
			}
			t.Fatalf("paragraph %d %q:\ntaken %q\nsplit %q", i, paras[i].Text, a, b)
		}
	}
}

// TestTakeMatchesSplit compares the words the extractor keeps with the
// model's splitting of the text on random documents (with and without
// paragraphs the extractor leaves unsplit, so that take both reads the
// extractor's buffers in place and copies them) and on the real pages:
// the article-extraction and readability-pages dumps when ../shared is
// there, and the check sets of bench/testdata.
func TestTakeMatchesSplit(t *testing.T) {
	m := defaultModelT(t)
	x := m.rules.x
	sc := &features.Scratch{Words: &features.Words{Max: dateWords}}
	var taken, split docWords
	rng := rand.New(rand.NewPCG(11, 1))
	unsplit, inPlace := 0, 0
	for iter := 0; iter < 20000; iter++ {
		paras := make([]corpus.Paragraph, 1+rng.IntN(30))
		for i := range paras {
			paras[i].Text = randomRound11Text(rng)
		}
		checkTakeMatchesSplit(t, x, sc, &taken, &split, paras)
		if len(sc.Words.Unsplit) > 0 {
			unsplit++
		} else {
			inPlace++
		}
		// Documents of Latin-script pieces only, which take reads in
		// place.
		for i := range paras {
			paras[i].Text = strings.Map(func(r rune) rune {
				if r >= 0x0e00 {
					return ' '
				}
				return r
			}, paras[i].Text)
		}
		checkTakeMatchesSplit(t, x, sc, &taken, &split, paras)
		if len(sc.Words.Unsplit) == 0 {
			inPlace++
		}
	}
	if unsplit < 1000 || inPlace < 1000 {
		t.Fatalf("%d documents with unsplit paragraphs, %d without: want both", unsplit, inPlace)
	}
	docs := 0
	for _, paras := range equivalenceDocs(t) {
		checkTakeMatchesSplit(t, x, sc, &taken, &split, paras)
		docs++
	}
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared")); err == nil || os.Getenv("CI") == "true" {
		for _, text := range readPageTexts(t, "readability-pages") {
			checkTakeMatchesSplit(t, x, sc, &taken, &split, paragraphs(t, text))
			docs++
		}
	}
	pages, err := filepath.Glob(filepath.Join("..", "..", "bench", "testdata", "*", "pages", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkTakeMatchesSplit(t, x, sc, &taken, &split, paragraphs(t, string(text)))
		docs++
	}
	t.Logf("%d random documents with unsplit paragraphs, %d without; %d real", unsplit, inPlace, docs)
}

// TestTakeThenSplit checks that take and split, alternating on one
// docWords, do not write over each other's words: split after take writes
// d's own buffers, not the extractor's, and take after split keeps them.
func TestTakeThenSplit(t *testing.T) {
	x := defaultModelT(t).rules.x
	sc := &features.Scratch{Words: &features.Words{Max: dateWords}}
	a := []corpus.Paragraph{{Text: "alpha beta gamma"}, {Text: "delta 42"}}
	b := []corpus.Paragraph{{Text: "one two"}, {Text: "three four five six"}}
	var d docWords
	x.Document(a, nil, sc)
	d.take(sc.Words, a)
	keep := slices.Clone(sc.Words.Buf)
	d.split(b)
	if string(sc.Words.Buf) != string(keep) {
		t.Fatalf("split wrote over the extractor's words: %q, want %q", sc.Words.Buf, keep)
	}
	if got := string(d.word(1, 3)); got != "six" {
		t.Fatalf("split after take: word %q, want six", got)
	}
	d.take(sc.Words, a)
	if got := string(d.word(1, 1)); got != "00" {
		t.Fatalf("take after split: word %q, want 00", got)
	}
	d.split(a)
	if got := string(d.word(0, 2)); got != "gamma" {
		t.Fatalf("split after take: word %q, want gamma", got)
	}
}

// TestNoWordsByDefault checks that the extractor keeps no words without
// Scratch.Words (the rules' classification), and that the features are the
// same with and without them.
func TestNoWordsByDefault(t *testing.T) {
	x := defaultModelT(t).rules.x
	rng := rand.New(rand.NewPCG(11, 2))
	var plain, kept features.Scratch
	kept.Words = &features.Words{Max: dateWords}
	for iter := 0; iter < 2000; iter++ {
		paras := make([]corpus.Paragraph, 1+rng.IntN(20))
		for i := range paras {
			paras[i].Text = randomRound11Text(rng)
		}
		fa, la := x.Document(paras, nil, &plain)
		fb, lb := x.Document(paras, nil, &kept)
		if la != lb || !slices.Equal(fa, fb) {
			t.Fatalf("features differ with the words kept: %v %v", la, lb)
		}
		if plain.Words != nil {
			t.Fatal("Words set by Document")
		}
	}
}

// TestWordsTiming times the rules' analysis and the model's vectors of
// the article-extraction pages (Model.logProbs up to the weights) with the
// words kept by the extractor (take) and split again (split, as before
// round 11), in alternated passes in one process, so that both see the
// same load, and reports the median ratio. It runs with WINNOW_TIMING=1.
func TestWordsTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("WINNOW_TIMING not set")
	}
	m := defaultModelT(t)
	var docs [][]corpus.Paragraph
	for _, text := range readPageTexts(t, "article-extraction") {
		docs = append(docs, paragraphs(t, text))
	}
	var s modelScratch
	words := &features.Words{Max: dateWords}
	pass := func(keep bool) time.Duration {
		s.rs.sc.Words = nil
		if keep {
			s.rs.sc.Words = words
		}
		t0 := time.Now()
		for _, paras := range docs {
			m.rules.analyse(paras, &s.rs)
			s.v.noWords = !m.readsWords(&s.rs)
			s.v.vectorize(paras, &s.rs, false)
		}
		return time.Since(t0)
	}
	var ratios []float64
	var before []time.Duration
	for k := 0; k < 41; k++ {
		o := pass(false)
		n := pass(true)
		before = append(before, o)
		ratios = append(ratios, float64(n)/float64(o))
	}
	slices.Sort(ratios)
	slices.Sort(before)
	t.Logf("split %v a pass (median); take/split quartiles %.3f / %.3f / %.3f", before[len(before)/2],
		ratios[len(ratios)/4], ratios[len(ratios)/2], ratios[3*len(ratios)/4])
}

// appendTermsRound10 is appendTerms as it was before round 11, kept here
// as it was: its mask of the non-zero features was spilled to the stack
// and reloaded for every feature, and its shift guarded against counts
// of 64 or more.
func appendTermsRound10(terms []baseTerm, k int, b []float32) int {
	j := k
	for lo := 0; lo < len(b); lo += 64 {
		chunk := b[lo:min(lo+64, len(b))]
		var nz uint64
		for f, x := range chunk {
			u := math.Float32bits(x) << 1
			nz |= uint64((u|-u)>>31) << uint(f)
		}
		for ; nz != 0; nz &= nz - 1 {
			f := bits.TrailingZeros64(nz)
			terms[j] = baseTerm{row: int32((lo + f) * corpus.NumLabels), x: chunk[f]}
			j++
		}
	}
	return j
}

// TestAppendTermsMatchesRound10 compares appendTerms with its former
// code on random vectors of every length up to two words of features,
// with values of every kind (randomFloat32: zeros of both signs,
// subnormals, infinities, NaNs).
func TestAppendTermsMatchesRound10(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 4))
	for n := 0; n < 100000; n++ {
		b := make([]float32, rng.IntN(2*64+2))
		for i := range b {
			if rng.IntN(3) == 0 {
				b[i] = randomFloat32(rng)
			}
		}
		k := rng.IntN(4)
		got := make([]baseTerm, k+len(b))
		want := make([]baseTerm, k+len(b))
		gk, wk := appendTerms(got, k, b), appendTermsRound10(want, k, b)
		if gk != wk {
			t.Fatalf("%v: appendTerms ends at %d, the former code at %d", b, gk, wk)
		}
		for i := k; i < gk; i++ {
			g, w := got[i], want[i]
			if g.row != w.row || math.Float32bits(g.x) != math.Float32bits(w.x) {
				t.Fatalf("%v: term %d is %+v, the former code's %+v", b, i, g, w)
			}
		}
	}
}

// realBaseVectors returns the base features of the paragraphs of the
// article-extraction pages (plain text: the first 52 of each).
func realBaseVectors(t testing.TB) [][]float32 {
	m := defaultModelT(t)
	var s modelScratch
	var out [][]float32
	for _, text := range readPageTexts(t.(*testing.T), "article-extraction") {
		paras := paragraphs(t, text)
		m.rules.analyse(paras, &s.rs)
		s.v.vectorize(paras, &s.rs, false)
		for i := range paras {
			out = append(out, slices.Clone(s.v.base[i*baseDim:i*baseDim+52]))
		}
	}
	return out
}

// TestAppendTermsTiming times appendTerms against its former code on the
// base features of the article-extraction pages, in alternated passes in
// one process. It runs with WINNOW_TIMING=1.
func TestAppendTermsTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("WINNOW_TIMING not set")
	}
	vecs := realBaseVectors(t)
	terms := make([]baseTerm, 52*len(vecs))
	pass := func(f func([]baseTerm, int, []float32) int) time.Duration {
		t0 := time.Now()
		for r := 0; r < 10; r++ {
			k := 0
			for _, b := range vecs {
				k = f(terms, k, b)
			}
		}
		return time.Since(t0)
	}
	var ratios []float64
	var before []time.Duration
	for k := 0; k < 41; k++ {
		o := pass(appendTermsRound10)
		n := pass(appendTerms)
		before = append(before, o)
		ratios = append(ratios, float64(n)/float64(o))
	}
	slices.Sort(ratios)
	slices.Sort(before)
	t.Logf("%d vectors; former code %v for 10 passes (median); new/former quartiles %.3f / %.3f / %.3f", len(vecs), before[len(before)/2],
		ratios[len(ratios)/4], ratios[len(ratios)/2], ratios[3*len(ratios)/4])
}

// logSoftmax32Round10 is logSoftmax32 as it was before round 11, kept here
// as it was: exp32 of every score less the largest, the largest's too.
func logSoftmax32Round10(z []float32) {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	if math.IsInf(float64(mx), 0) || mx != mx {
		logSoftmax(z) // infinities and NaNs as before
		return
	}
	var sum float32
	for _, v := range z {
		sum += exp32(v - mx)
	}
	lse := mx + log32(sum)
	for k := range z {
		z[k] -= lse
	}
}

// TestExp32OfZero checks the value logSoftmax32 takes for exp32(0).
func TestExp32OfZero(t *testing.T) {
	for _, x := range []float32{0, float32(math.Copysign(0, -1))} {
		if got := exp32(x); math.Float32bits(got) != math.Float32bits(1) {
			t.Fatalf("exp32(%v) = %v (%#x), want 1", x, got, math.Float32bits(got))
		}
	}
}

// round11Scores draws a vector of five scores: mostly of the sizes the
// layers give, with ties, equal scores, and values of every kind
// (randomFloat32).
func round11Scores(rng *rand.Rand) [corpus.NumLabels]float32 {
	var z [corpus.NumLabels]float32
	for k := range z {
		switch rng.IntN(10) {
		case 0:
			z[k] = randomFloat32(rng)
		case 1:
			z[k] = z[rng.IntN(k+1)] // a tie, or itself
		default:
			z[k] = float32(rng.NormFloat64() * 8)
		}
	}
	return z
}

// TestLogSoftmax32MatchesRound10 compares logSoftmax32 with its former
// code, bit for bit, on a million random score vectors.
func TestLogSoftmax32MatchesRound10(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 5))
	for iter := 0; iter < 1000000; iter++ {
		a := round11Scores(rng)
		b := a
		logSoftmax32(a[:])
		logSoftmax32Round10(b[:])
		for k := range a {
			if math.Float32bits(a[k]) != math.Float32bits(b[k]) {
				t.Fatalf("%v: logSoftmax32 %v, the former code %v", a, a, b)
			}
		}
	}
}

// TestLogSoftmax32Timing times logSoftmax32 against its former code on
// the first layer's scores of the article-extraction paragraphs, in
// alternated passes in one process. It runs with WINNOW_TIMING=1.
func TestLogSoftmax32Timing(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("WINNOW_TIMING not set")
	}
	scores := realFirstScores(t)
	work := make([][corpus.NumLabels]float32, len(scores))
	pass := func(f func([]float32)) time.Duration {
		t0 := time.Now()
		for r := 0; r < 10; r++ {
			copy(work, scores)
			for i := range work {
				f(work[i][:])
			}
		}
		return time.Since(t0)
	}
	var ratios []float64
	var before []time.Duration
	for k := 0; k < 41; k++ {
		o := pass(logSoftmax32Round10)
		n := pass(logSoftmax32)
		before = append(before, o)
		ratios = append(ratios, float64(n)/float64(o))
	}
	slices.Sort(ratios)
	slices.Sort(before)
	t.Logf("%d score vectors; former code %v for 10 passes (median); new/former quartiles %.3f / %.3f / %.3f", len(scores), before[len(before)/2],
		ratios[len(ratios)/4], ratios[len(ratios)/2], ratios[3*len(ratios)/4])
}

// logSumExpOtherRound10 is logSumExpOther as it was before round 11, kept
// here as it was.
func logSumExpOtherRound10(z []float32) float32 {
	o := (*[corpus.NumLabels - corpus.Bio]float32)(z[corpus.Bio:corpus.NumLabels])
	mx := o[0]
	for _, v := range o[1:] {
		mx = max(mx, v)
	}
	if math.IsInf(float64(mx), -1) {
		return mx // no probability at all: −Inf, not −Inf − −Inf = NaN
	}
	var sum float32
	for _, v := range o {
		sum += exp32(v - mx)
	}
	return mx + log32(sum)
}

// TestLogSumExpOtherMatchesRound10 compares logSumExpOther with its former
// code, bit for bit, on a million random score vectors (scores and
// log-probabilities, with ties and special values).
func TestLogSumExpOtherMatchesRound10(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 6))
	for iter := 0; iter < 1000000; iter++ {
		z := round11Scores(rng)
		if iter%2 == 0 {
			logSoftmax32(z[:])
		}
		got, want := logSumExpOther(z[:]), logSumExpOtherRound10(z[:])
		if math.Float32bits(got) != math.Float32bits(want) && !(got != got && want != want) {
			t.Fatalf("%v: logSumExpOther %v, the former code %v", z, got, want)
		}
	}
}

// realFirstScores returns the first layer's scores of the
// article-extraction paragraphs.
func realFirstScores(t *testing.T) [][corpus.NumLabels]float32 {
	m := defaultModelT(t)
	var s modelScratch
	var scores [][corpus.NumLabels]float32
	rows := m.hashedRows()
	for _, text := range readPageTexts(t, "article-extraction") {
		paras := paragraphs(t, text)
		m.rules.analyse(paras, &s.rs)
		s.v.vectorize(paras, &s.rs, false)
		for i := range paras {
			var z [corpus.NumLabels]float32
			m.scoresFromBase(&s.v, rows, i, z[:])
			scores = append(scores, z)
		}
	}
	return scores
}

// TestLogSumExpOtherTiming times logSumExpOther against its former code on
// the first layer's log-probabilities of the article-extraction
// paragraphs, in alternated passes in one process. It runs with
// WINNOW_TIMING=1.
func TestLogSumExpOtherTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("WINNOW_TIMING not set")
	}
	logp := realFirstScores(t)
	for i := range logp {
		logSoftmax32(logp[i][:])
	}
	var sink float32
	pass := func(f func([]float32) float32) time.Duration {
		t0 := time.Now()
		for r := 0; r < 10; r++ {
			for i := range logp {
				sink += f(logp[i][:])
			}
		}
		return time.Since(t0)
	}
	var ratios []float64
	var before []time.Duration
	for k := 0; k < 41; k++ {
		o := pass(logSumExpOtherRound10)
		n := pass(logSumExpOther)
		before = append(before, o)
		ratios = append(ratios, float64(n)/float64(o))
	}
	slices.Sort(ratios)
	slices.Sort(before)
	t.Logf("%d vectors (sink %v); former code %v for 10 passes (median); new/former quartiles %.3f / %.3f / %.3f", len(logp), sink > 0, before[len(before)/2],
		ratios[len(ratios)/4], ratios[len(ratios)/2], ratios[3*len(ratios)/4])
}
