package classify

import (
	"bytes"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/winnowhq/winnow/corpus"
)

// Tests of profiling round 12 (docs/throughput.md): each changed function
// against its former code, kept here as it was, on random and real input.

// inWordsRound11 is phraseIndex.inWords as it was before round 12: every
// position whose two bytes start a phrase was looked up, also inside a
// word, where wordBounded then turned the phrase away.
func (x *phraseIndex) inWordsRound11(b []byte) bool {
	for i := 0; i+1 < len(b); i++ {
		if !x.pairs.has(b[i], b[i+1]) {
			continue
		}
		for _, p := range x.byPair[uint16(b[i])<<8|uint16(b[i+1])] {
			if bytes.HasPrefix(b[i:], p) && wordBounded(b, i, i+len(p)) {
				return true
			}
		}
	}
	return false
}

// round12PromptPieces are the pieces random prompt lines are made of:
// pieces of the prompts, the letters, digits and punctuation that may stand
// just before or after them, and runes of scripts written without spaces.
var round12PromptPieces = []string{
	"leave", "a", "comment", "comments", "reply", "le", "co", "re", "de", "join", "the", "discussion",
	"kommentar", "schreiben", "deja", "un", "comentario", "laisser", "réagir", "à", "cet", "article",
	"dodaj", "komentarz", "skomentuj", "оставить", "комментарий", "发表评论", "评论", "查看", "我要", "网友",
	"x", "Z", "0", "9", "_", "-", "'", "’", ".", ",", ":", "(", ")", "@", "[", "`", "{", "é", "ß", "ü", "日",
	"\xff", "\xe2\x80", "١", "²", "\u0301",
}

// randomPromptLine joins random pieces, with or without a space between
// two of them.
func randomPromptLine(rng *rand.Rand) []byte {
	var b []byte
	for k := rng.IntN(12); k >= 0; k-- {
		b = append(b, round12PromptPieces[rng.IntN(len(round12PromptPieces))]...)
		if rng.IntN(3) > 0 {
			b = append(b, ' ')
		}
	}
	return b
}

// promptLines returns the lower-cased lines commentPromptLines would test
// (every line of at most 256 bytes) of the article-extraction and
// readability-pages dumps and of the check sets' pages.
func promptLines(t *testing.T) [][]byte {
	var lines [][]byte
	for _, s := range realParagraphTexts(t) {
		if len(s) <= 256 {
			lines = append(lines, lowerRunesInto(nil, s))
		}
	}
	return lines
}

// TestInWordsMatchesRound11 compares inWords with its former code on
// random lines and on the real lines, with the comment prompts and with
// an index of short phrases that start inside many words.
func TestInWordsMatchesRound11(t *testing.T) {
	short := newPhraseIndex([]string{"le", "co", "re", "de", "评论", "réagir à", "a comment", "x_", "0 c"})
	rng := rand.New(rand.NewPCG(12, 1))
	found := 0
	for range 200000 {
		b := randomPromptLine(rng)
		for _, x := range []*phraseIndex{commentPrompts, short} {
			want := x.inWordsRound11(b)
			if got := x.inWords(b); got != want {
				t.Fatalf("%q: inWords %v, former code %v", b, got, want)
			}
			if want {
				found++
			}
		}
	}
	lines := promptLines(t)
	real := 0
	for _, b := range lines {
		for _, x := range []*phraseIndex{commentPrompts, short} {
			want := x.inWordsRound11(b)
			if got := x.inWords(b); got != want {
				t.Fatalf("%q: inWords %v, former code %v", b, got, want)
			}
			if want {
				real++
			}
		}
	}
	if found < 1000 || real < 100 {
		t.Fatalf("%d random and %d real lines with a phrase: too few", found, real)
	}
	t.Logf("400,000 random look-ups (%d found), %d real lines (%d found)", found, 2*len(lines), real)
}

// TestInWordsTiming times inWords against its former code on the real
// lines, in alternated passes in one process. It runs with
// WINNOW_TIMING=1.
func TestInWordsTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("WINNOW_TIMING not set")
	}
	lines := promptLines(t)
	n := 0
	pass := func(f func([]byte) bool) time.Duration {
		t0 := time.Now()
		for r := 0; r < 5; r++ {
			for _, b := range lines {
				if f(b) {
					n++
				}
			}
		}
		return time.Since(t0)
	}
	timeRound12(t, len(lines), func() time.Duration { return pass(commentPrompts.inWordsRound11) }, func() time.Duration { return pass(commentPrompts.inWords) })
}

// timeRound12 runs the former and the new code alternately, 41 times each,
// and logs the former's median time and the quartiles of new/former.
func timeRound12(t *testing.T, items int, former, now func() time.Duration) {
	var ratios []float64
	var before []time.Duration
	for k := 0; k < 41; k++ {
		o := former()
		n := now()
		before = append(before, o)
		ratios = append(ratios, float64(n)/float64(o))
	}
	slices.Sort(ratios)
	slices.Sort(before)
	t.Logf("%d items; former code %v a pass (median); new/former quartiles %.3f / %.3f / %.3f", items, before[len(before)/2],
		ratios[len(ratios)/4], ratios[len(ratios)/2], ratios[3*len(ratios)/4])
}

// hasCreditTailRound11 is hasCreditTail as it was before round 12: a search
// for each of the last creditMaxWords spaces, whatever the text.
func hasCreditTailRound11(text string) bool {
	if len(text) > 600 {
		return false
	}
	paren := strings.IndexByte(text, '(') >= 0
	end := len(text)
	for words := 0; words < creditMaxWords; words++ {
		k := strings.LastIndexByte(text[:end], ' ')
		if k < 0 {
			return false
		}
		if k >= 1 && k+1 < end && endsSegment(text[k-1]) && creditAt(text, k+1) {
			return true
		}
		if paren {
			if j := strings.IndexByte(text[k+1:end], '('); j >= 0 && k+2+j < end && creditAt(text, k+2+j) {
				return true
			}
		}
		end = k
	}
	return false
}

// round12CreditPieces are the pieces random captions are made of: credits,
// agencies, photo words, names, the bytes that end a segment, runs of
// spaces and runes of several bytes.
var round12CreditPieces = []string{
	"Foto:", "Photo", "by", "Jens", "Hartwig/dpa", "/", "EFE", "AFP", "dpa", "Reuters", "Natxo", "Francés",
	"Photo credit:", "Crédit photo", "©", "Bild:", "Getty Images", "–", "-", "L'Écho", "du", "Bocage", "Archivo",
	"The", "mayor", "said", "on", "Monday", "a", "word", "longerwords", ".", "|", "!", "?", ")", "/", "  ", "   ",
	"Kraków", "日本", "\xff", "(dpa/lnw)", "(EFE/Salas)", "(", "2026", "ends.", "here!", "x)", "y/", "|z",
}

// randomCaption joins random pieces, mostly with spaces, sometimes with
// a byte that ends a segment before one; one in four has no bracket.
func randomCaption(rng *rand.Rand) string {
	var sb strings.Builder
	for k := rng.IntN(60); k >= 0; k-- {
		if rng.IntN(5) != 0 {
			sb.WriteByte(' ')
		}
		if rng.IntN(6) == 0 {
			sb.WriteByte(". !?|)/"[rng.IntN(7)])
			if rng.IntN(2) == 0 {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(round12CreditPieces[rng.IntN(len(round12CreditPieces))])
	}
	s := sb.String()
	if rng.IntN(4) != 0 {
		s = strings.ReplaceAll(s, "(", "")
	}
	return s
}

// TestHasCreditTailMatchesRound11 compares hasCreditTail with its former
// code on random captions of up to about 600 bytes and on every paragraph
// of the real pages.
func TestHasCreditTailMatchesRound11(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 2))
	found, long := 0, 0
	for range 300000 {
		s := randomCaption(rng)
		want := hasCreditTailRound11(s) || slashNameCredit(s) // (slashNameCredit added later)
		if got := hasCreditTail(s); got != want {
			t.Fatalf("hasCreditTail(%q) = %v, the former code %v", s, got, want)
		}
		if want {
			found++
		}
		if strings.Count(s, " ") > creditMaxWords {
			long++
		}
	}
	texts := realParagraphTexts(t)
	real := 0
	for _, s := range texts {
		want := hasCreditTailRound11(s) || slashNameCredit(s)
		if got := hasCreditTail(s); got != want {
			t.Fatalf("hasCreditTail(%q) = %v, the former code %v", s, got, want)
		}
		if want {
			real++
		}
	}
	if found < 1000 || long < 1000 || real < 20 {
		t.Fatalf("%d random captions with a credit, %d with more than %d spaces, %d real: too few", found, long, creditMaxWords, real)
	}
	t.Logf("300,000 random captions (%d with a credit, %d with more than %d spaces), %d real paragraphs (%d with a credit)", found, long, creditMaxWords, len(texts), real)
}

// realParagraphTexts returns the paragraphs of the article-extraction and
// readability-pages dumps and of the check sets' pages.
func realParagraphTexts(t *testing.T) []string {
	var texts []string
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared")); err == nil || os.Getenv("CI") == "true" {
		for _, set := range []string{"article-extraction", "readability-pages"} {
			pages := readPageTexts(t, set)
			for _, key := range slices.Sorted(maps.Keys(pages)) {
				texts = append(texts, pages[key])
			}
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
		texts = append(texts, string(text))
	}
	var out []string
	for _, text := range texts {
		for _, p := range paragraphs(t, text) {
			out = append(out, p.Text)
		}
	}
	return out
}

// TestHasCreditTailTiming times hasCreditTail against its former code on
// the real paragraphs lineFurniture asks it of (at most
// creditCaptionMaxWords words), in alternated passes in one process. It
// runs with WINNOW_TIMING=1.
func TestHasCreditTailTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("WINNOW_TIMING not set")
	}
	var texts []string
	for _, s := range realParagraphTexts(t) {
		if strings.Count(s, " ") < creditCaptionMaxWords {
			texts = append(texts, s)
		}
	}
	n := 0
	pass := func(f func(string) bool) time.Duration {
		t0 := time.Now()
		for r := 0; r < 5; r++ {
			for _, s := range texts {
				if f(s) {
					n++
				}
			}
		}
		return time.Since(t0)
	}
	timeRound12(t, len(texts), func() time.Duration { return pass(hasCreditTailRound11) }, func() time.Duration { return pass(hasCreditTail) })
}

// vectorizeRound11 is stackScratch.vectorize as it was before round 12:
// the probabilities copied as [L]float32 arrays, which the compiler made
// calls of memmove.
func (sc *stackScratch) vectorizeRound11(dst []float32, n int, logp []float32, base []float32, words []int, anc [][]int32, sig []markup) {
	const L = corpus.NumLabels
	// Probabilities, computed once: each is read by up to 9 paragraphs.
	// Classification takes them from exp32 (base nil), training from
	// math.Exp, so that retraining gives the same models; classification
	// with boosted trees passes base (the trees read it) and so takes them
	// from math.Exp too, which the trees' split thresholds were learned on.
	sc.prob = resize(sc.prob, n*L)
	prob := sc.prob
	if base == nil {
		for i, lp := range logp[:n*L] {
			prob[i] = exp32(lp)
		}
	} else {
		for i, lp := range logp[:n*L] {
			prob[i] = float32(math.Exp(float64(lp)))
		}
	}
	sc.body = resize(sc.body, n)
	sc.prefix = resize(sc.prefix, n+1)
	body, prefix := sc.body, sc.prefix
	var maxBody, sumBody float32
	for i := 0; i < n; i++ {
		body[i] = prob[i*L+int(corpus.Body)]
		prefix[i+1] = prefix[i] + body[i]
		maxBody = max(maxBody, body[i])
		sumBody += body[i]
	}
	// The densest run of likely body, weighted by length.
	sc.w = resize(sc.w, n)
	w := sc.w
	for i := 0; i < n; i++ {
		w[i] = (float64(body[i]) - 0.5) * float64(1+words[i])
	}
	_, bs, be := maxRun(w, 0, n)
	mean := func(lo, hi int) float32 {
		lo, hi = max(lo, 0), min(hi, n)
		if hi <= lo {
			return 0
		}
		return (prefix[hi] - prefix[lo]) / float32(hi-lo)
	}
	for i := 0; i < n; i++ {
		d := dst[i*StackDim : (i+1)*StackDim]
		if base != nil {
			clear(d)
		} else {
			clear(d[:stackHead])
		}
		d[0] = 1
		o := 1
		// The probabilities are copied as arrays: a copy of slices was
		// a call to memmove for each of their 20 bytes' copies.
		*(*[L]float32)(d[o:]) = *(*[L]float32)(prob[i*L:])
		o += L
		for _, off := range stackOffsets {
			j := i + off
			if j < 0 || j >= n {
				d[o] = 1
			} else {
				*(*[L]float32)(d[o+1:]) = *(*[L]float32)(prob[j*L:])
			}
			o += L + 1
		}
		for _, h := range stackWindows {
			d[o] = mean(i-h, i+h+1)
			o++
		}
		d[o] = mean(i-5, i)
		d[o+1] = mean(i+1, i+6)
		o += 2
		d[o] = maxBody
		d[o+1] = sumBody / float32(n)
		o += 2
		in := i >= bs && i < be
		dist := 0
		if i < bs {
			dist = bs - i
		} else if i >= be {
			dist = i - be + 1
		}
		d[o] = b2f(in)
		d[o+1] = b2f(i < bs)
		d[o+2] = b2f(i >= be)
		d[o+3] = float32(log1pInt(dist) / 5)
		o += 4
		o += treeDim // filled below
		if base != nil {
			copy(d[o:o+baseDim], base[i*baseDim:(i+1)*baseDim])
		}
	}
	if anc != nil {
		sc.treeFeatures(dst, n, body, words, anc, sig, stackTreeOffset)
	}
}

// round12StackDocs returns documents for the second layer's vectors: the
// first layer's log-probabilities of the article-extraction pages'
// paragraphs (logSoftmax32 of their scores) cut into documents of 1 to 120
// paragraphs, with random word counts.
func round12StackDocs(t *testing.T) (logps [][]float32, words [][]int) {
	const L = corpus.NumLabels
	scores := realFirstScores(t)
	rng := rand.New(rand.NewPCG(12, 3))
	for len(scores) > 0 {
		n := min(len(scores), 1+rng.IntN(120))
		lp := make([]float32, 0, n*L)
		ws := make([]int, n)
		for i, z := range scores[:n] {
			logSoftmax32(z[:])
			lp = append(lp, z[:]...)
			ws[i] = rng.IntN(90)
		}
		logps, words = append(logps, lp), append(words, ws)
		scores = scores[n:]
	}
	return logps, words
}

// TestStackVectorizeMatchesRound11 compares the second layer's vectors
// with those of the former code, bit for bit, on the real documents and on
// random log-probabilities with special values, with base nil
// (classification) and not (training, trees).
func TestStackVectorizeMatchesRound11(t *testing.T) {
	const L = corpus.NumLabels
	logps, words := round12StackDocs(t)
	rng := rand.New(rand.NewPCG(12, 4))
	special := []float32{0, float32(math.Copysign(0, -1)), float32(math.Inf(-1)), float32(math.NaN()), -1e-30, -90, -200}
	for range 2000 {
		n := 1 + rng.IntN(60)
		lp := make([]float32, n*L)
		for i := range lp {
			if rng.IntN(10) == 0 {
				lp[i] = special[rng.IntN(len(special))]
			} else {
				lp[i] = -rng.Float32() * 20
			}
		}
		ws := make([]int, n)
		for i := range ws {
			ws[i] = rng.IntN(200)
		}
		logps, words = append(logps, lp), append(words, ws)
	}
	var a, b stackScratch
	for k, lp := range logps {
		n := len(lp) / L
		var base []float32
		if k%3 == 0 {
			base = make([]float32, n*baseDim)
			for i := range base {
				base[i] = rng.Float32()
			}
		}
		da := make([]float32, n*StackDim)
		for i := range da {
			da[i] = rng.Float32() // left over from earlier documents
		}
		db := slices.Clone(da)
		a.vectorizeRound11(da, n, lp, base, words[k], nil, nil)
		b.vectorize(db, n, lp, base, words[k], nil, nil)
		for i := range da {
			if math.Float32bits(da[i]) != math.Float32bits(db[i]) {
				t.Fatalf("document %d, feature %d: %v, former code %v", k, i, db[i], da[i])
			}
		}
	}
	t.Logf("%d documents", len(logps))
}

// TestStackVectorizeTiming times the second layer's vectors against the
// former code on the real documents, in alternated passes in one process.
// It runs with WINNOW_TIMING=1.
func TestStackVectorizeTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("WINNOW_TIMING not set")
	}
	const L = corpus.NumLabels
	logps, words := round12StackDocs(t)
	var sc stackScratch
	var dst []float32
	pass := func(f func(dst []float32, n int, logp []float32, base []float32, words []int, anc [][]int32, sig []markup)) time.Duration {
		t0 := time.Now()
		for r := 0; r < 5; r++ {
			for k, lp := range logps {
				n := len(lp) / L
				dst = grow(dst, n*StackDim)
				f(dst, n, lp, nil, words[k], nil, nil)
			}
		}
		return time.Since(t0)
	}
	timeRound12(t, len(logps), func() time.Duration { return pass(sc.vectorizeRound11) }, func() time.Duration { return pass(sc.vectorize) })
}
