package classify

import (
	"fmt"
	"math"
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// lexical is the first implementation of lexicalWords, kept to check that
// the faster one gives the same features: it splits and folds the words of
// the paragraph and its neighbours itself. It fills dst with the hashed
// lexical features of paragraph i and
// returns how many it wrote: its words (the first 24), its first word, first
// two words and last word, its markup tag and class/id hints, and the first
// word of each neighbour. Words are folded (see foldWord) into buf, which is
// returned for reuse.
func lexical(dst []uint32, paras []corpus.Paragraph, i int, buf []byte) (int, []byte) {
	n := 0
	add := func(kind byte, w []byte) {
		if n < len(dst) && len(w) > 0 {
			dst[n] = bucketBytes(kind, w)
			n++
		}
	}
	text := paras[i].Text
	var spans [24]wordSpan
	nw := wordSpans(text, spans[:])
	for _, sp := range spans[:nw] {
		buf = foldAppend(buf[:0], text[sp.start:sp.end])
		add('w', buf)
	}
	if nw > 0 {
		buf = foldAppend(buf[:0], text[spans[0].start:spans[0].end])
		add('f', buf)
		buf = foldAppend(buf[:0], text[spans[nw-1].start:spans[nw-1].end])
		add('l', buf)
	}
	if nw > 1 {
		buf = foldAppend(buf[:0], text[spans[0].start:spans[0].end])
		buf = append(buf, ' ')
		buf = foldAppend(buf, text[spans[1].start:spans[1].end])
		add('2', buf)
	}
	if nw == 0 {
		add('e', []byte("-"))
	}
	if st := paras[i].Structure; st != nil {
		add('t', []byte(st.Tag))
		for _, h := range st.Hints {
			add('c', []byte(h))
		}
	}
	for _, k := range [...]int{-1, 1} {
		j := i + k
		if j < 0 || j >= len(paras) {
			continue
		}
		var nb [1]wordSpan
		if wordSpans(paras[j].Text, nb[:]) > 0 {
			buf = foldAppend(buf[:0], paras[j].Text[nb[0].start:nb[0].end])
			if k < 0 {
				add('p', buf)
			} else {
				add('n', buf)
			}
		}
	}
	return n, buf
}

// monthNames are month names and abbreviations in the languages of the
// embedded stop lists' largest users, for the date feature of bylines.
var monthNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		januar februar märz juni juli oktober dezember
		janvier février mars avril mai juin juillet août septembre octobre novembre décembre
		enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
		janeiro fevereiro março maio junho julho setembro outubro dezembro
		gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
		stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia`) {
		m[w] = true
	}
	return m
}()

// referenceDateFlags is the first implementation of the date features:
// the first dateWords words of text, split and folded one by one, looked up
// in monthNames and compared with the year and "ago" words.
func referenceDateFlags(text string) (month, year, ago bool) {
	var spans [40]wordSpan
	var fold []byte
	for _, sp := range spans[:wordSpans(text, spans[:])] {
		fold = foldAppend(fold[:0], text[sp.start:sp.end])
		switch w := fold; {
		case monthNames[string(w)]:
			month = true
		case string(w) == "0000":
			year = true
		case string(w) == "ago" || string(w) == "hours" || string(w) == "minutes" || string(w) == "hrs" || string(w) == "mins":
			ago = true
		}
	}
	return month, year, ago
}

func TestDateKind(t *testing.T) {
	for w := range monthNames {
		assert.Equal(t, dateMonth, dateKind([]byte(w)), w)
	}
	for w, k := range dateWordKinds {
		assert.Equal(t, k == dateMonth, monthNames[w], w)
	}
	assert.Equal(t, dateYear, dateKind([]byte("0000")))
	for _, w := range []string{"ago", "hours", "minutes", "hrs", "mins"} {
		assert.Equal(t, dateAgo, dateKind([]byte(w)), w)
	}
	for _, w := range []string{"", "0", "000", "00000", "May", "marc", "marchs", "hour", "minute", "the", "année", "2024", "maj"} {
		assert.Equal(t, notDate, dateKind([]byte(w)), w)
	}
}

// equivalenceDocs are documents for the checks against the reference
// implementations: synthetic pages, the test article, edge cases, markup
// structure with empty and long tags and hints, and the real page dumps of
// the article-extraction benchmark when ../shared is there (always under CI).
func equivalenceDocs(t *testing.T) [][]corpus.Paragraph {
	docs := [][]corpus.Paragraph{
		{{Text: "Home page"}, {Text: "By Jane Doe"}, {Text: "—"}, {Text: strings.Repeat("word ", 100)}},
		{{Text: ""}},
		{{Text: "東京都庁大阪 " + strings.Repeat("東京", 30) + " May 2020, 3 hours ago"}},
		{{Text: "ab\xffcd ÉCOLE Straße İstanbul ٢٠٢٠ १२ don't"}, {Text: strings.Repeat("a ", 39) + "january"}, {Text: strings.Repeat("a ", 40) + "january"}},
		paragraphs(t, article),
	}
	for i := 0; i < numSynth; i++ {
		docs = append(docs, synthDoc(t, i).Paras)
	}
	var html []corpus.Paragraph
	for i, p := range paragraphs(t, article) {
		st := &corpus.Structure{Tag: []string{"p", "", "li", "h2"}[i%4], Path: "body/div/p", Depth: i % 7}
		for k := 0; k < i%5; k++ {
			st.Hints = append(st.Hints, []string{"byline", "", "comment", strings.Repeat("long-hint-", 8)}[(i+k)%4])
		}
		p.Structure = st
		html = append(html, p)
	}
	docs = append(docs, html)
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared")); err != nil && os.Getenv("CI") != "true" {
		return docs // readPageTexts would skip the whole test
	}
	for _, text := range readPageTexts(t, "article-extraction") {
		docs = append(docs, paragraphs(t, text))
	}
	return docs
}

func TestLexicalWordsMatchesReference(t *testing.T) {
	var w docWords
	for _, ps := range equivalenceDocs(t) {
		w.split(ps)
		for i := range ps {
			got := make([]uint32, maxHashed)
			want := make([]uint32, maxHashed)
			ng := lexicalWords(got, &w, ps, i)
			nw, _ := lexical(want, ps, i, nil)
			require.Equal(t, want[:nw], got[:ng], "paragraph %d %q", i, ps[i].Text)
			// And under a cap.
			ng = lexicalWords(got[:5], &w, ps, i)
			nw, _ = lexical(want[:5], ps, i, nil)
			require.Equal(t, want[:nw], got[:ng], "paragraph %d %q, 5 features", i, ps[i].Text)
		}
	}
}

func TestDateFeaturesMatchReference(t *testing.T) {
	r := newRules(t)
	var s ruleScratch
	var v vectors
	for _, ps := range equivalenceDocs(t) {
		r.analyse(ps, &s)
		v.vectorize(ps, &s, false)
		for i := range ps {
			month, year, ago := referenceDateFlags(ps[i].Text)
			b := v.base[i*baseDim : (i+1)*baseDim]
			require.Equal(t, []float32{b2f(month), b2f(year), b2f(ago)}, b[44:47], "paragraph %q", ps[i].Text)
		}
	}
}

func TestBucketPair(t *testing.T) {
	for _, p := range [][2]string{{"by", "jane"}, {"", ""}, {"a", ""}, {"", "b"}, {"école", "东京"}} {
		assert.Equal(t, bucket('2', p[0]+" "+p[1]), bucketPair('2', []byte(p[0]), []byte(p[1])), fmt.Sprint(p))
	}
}

// checkWordsMatchSpans checks the words docWords finds in ps against
// wordSpans and foldAppend.
func checkWordsMatchSpans(t *testing.T, w *docWords, ps []corpus.Paragraph) {
	t.Helper()
	w.split(ps)
	var spans [dateWords]wordSpan
	for i, p := range ps {
		var want []string
		for _, sp := range spans[:wordSpans(p.Text, spans[:])] {
			want = append(want, string(foldAppend(nil, p.Text[sp.start:sp.end])))
		}
		var got []string
		for k := range w.count(i) {
			got = append(got, string(w.word(i, k)))
		}
		require.Equal(t, want, got, "paragraph %q", p.Text)
	}
}

func TestDocWordsMatchSpans(t *testing.T) {
	var w docWords
	for _, ps := range equivalenceDocs(t) {
		checkWordsMatchSpans(t, &w, ps)
	}
	var ps []corpus.Paragraph
	for _, text := range []string{"", "東京都庁", "東京都", "abc東京def 2020年", "東京、大阪。", "ab\xffcd", "東\xff京", "東",
		strings.Repeat("x ", 39) + "東京都", strings.Repeat("x ", 39) + "y東京", strings.Repeat("東京", 39) + "x y", "İstanbul ǅ ٢٠٢٠ १२ Ⅻ ½"} {
		ps = append(ps, corpus.Paragraph{Text: text})
	}
	checkWordsMatchSpans(t, &w, ps)
}

func FuzzDocWordsMatchSpans(f *testing.F) {
	for _, s := range []string{"Hello WORLD, Again", "東京都庁 abc東京def", "ab\xffcd 2020", "٢٠٢٠ १२ don't"} {
		f.Add(s)
	}
	var w docWords
	f.Fuzz(func(t *testing.T, text string) {
		var ps []corpus.Paragraph
		for _, line := range strings.Split(text, "\n") {
			ps = append(ps, corpus.Paragraph{Text: line})
		}
		checkWordsMatchSpans(t, &w, ps)
	})
}

func TestLog1pInt(t *testing.T) {
	for k := -3; k < 5000; k++ {
		want := math.Log1p(float64(k))
		got := log1pInt(k)
		if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("log1pInt(%d) = %v, want %v", k, got, want)
		}
	}
}

// denseLogProbs is the first layer and the second layer computed the way
// training computes them, over whole dense vectors (scores, linearScores),
// for each member of an ensemble, averaged as logProbs averages them.
func denseLogProbs(m *Model, ps []corpus.Paragraph) []float32 {
	logp := denseMember(m, ps)
	if len(m.members) == 0 {
		return logp
	}
	for _, o := range m.members {
		for i, lp := range denseMember(o, ps) {
			logp[i] += lp
		}
	}
	k := float32(1 + len(m.members))
	for i := 0; i < len(ps); i++ {
		z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		for j := range z {
			z[j] /= k
		}
		logSoftmax(z)
	}
	return logp
}

// denseMember is denseLogProbs for m's own weights.
func denseMember(m *Model, ps []corpus.Paragraph) []float32 {
	var s ruleScratch
	m.rules.analyse(ps, &s)
	var v vectors
	v.noWords = !m.readsWords(&s)
	v.vectorize(ps, &s, true)
	n := len(ps)
	logp := make([]float32, n*corpus.NumLabels)
	for i := 0; i < n; i++ {
		z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		m.scores(&v, i, z)
		logSoftmax(z)
	}
	if m.stack == nil {
		return logp
	}
	words := make([]int, n)
	for i := range words {
		words[i] = s.fs[i].Words
	}
	anc := ancestors(ps, new([][]int32))
	sv := make([]float32, n*StackDim)
	stackVectorize(sv, n, logp, v.base, words, anc, signatures(ps, anc, new([]markup)))
	for i := 0; i < n; i++ {
		z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		linearScores(m.stack, sv[i*StackDim:(i+1)*StackDim], z)
		logSoftmax(z)
	}
	return logp
}

// TestLogProbsNearDense checks that classification's sparse sums
// (scoresFromBase, applyStack: the same terms as the dense vectors, added
// in another order) and its fast exponentials (exp32 for the second
// layer's probabilities) give log-probabilities within 2e-5 of the dense
// vectors' with math.Exp, with the text and the HTML model (the largest
// difference is about 2e-6: the bound leaves a factor of ten, tight enough
// to catch a dropped term of any weight that matters).
func TestLogProbsNearDense(t *testing.T) {
	dm := defaultModelT(t)
	var s modelScratch
	worst := 0.0
	for _, ps := range equivalenceDocs(t) {
		m := dm
		if ps[0].Structure != nil {
			m = dm.HTMLModel()
		}
		m.logProbs(ps, &s)
		want := denseLogProbs(m, ps)
		require.Len(t, s.logp, len(want))
		for k := range want {
			d := math.Abs(float64(s.logp[k]) - float64(want[k]))
			if !(d <= 2e-5) {
				t.Fatalf("paragraph %d label %d: %v, dense %v", k/corpus.NumLabels, k%corpus.NumLabels, s.logp[k], want[k])
			}
			worst = max(worst, d)
		}
	}
	t.Logf("largest difference of a log-probability: %.3g", worst)
}

func TestHasElement(t *testing.T) {
	for _, path := range []string{"", "ul", "ol", "body/ul/li", "ul/li", "body/ul", "body/uli/li", "body/xul", "ulx", "body//ul//li", "/", "//", "body/table", "main"} {
		for _, el := range []string{"/ul/", "/table/", "/main/", "/nav/"} {
			assert.Equal(t, strings.Contains("/"+path+"/", el), hasElement(path, el), "%q in %q", el, path)
		}
	}
}

// TestFoldTables checks splitText's tables against the unicode package: a
// rune is in a word when it is a letter, combining mark or digit, folded by
// foldWord.
func TestFoldTables(t *testing.T) {
	for r := rune(0); r < 0x800; r++ {
		var want rune
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			want = foldWord(r)
		}
		var got rune
		if r < utf8.RuneSelf {
			got = rune(asciiFold[r])
		} else {
			got = rune(twoByteFold[r-utf8.RuneSelf])
		}
		if got != want {
			t.Fatalf("%U: table %U, want %U", r, got, want)
		}
	}
}

// TestFoldASCII8 checks the eight-byte fold against asciiFold byte by byte:
// every byte value in every lane, among word bytes and among others.
func TestFoldASCII8(t *testing.T) {
	check := func(s string) {
		folded, stop := foldASCII8(load64(s))
		run := bits.TrailingZeros64(stop) / 8
		want := 0
		for want < 8 && s[want] < utf8.RuneSelf && asciiFold[s[want]] != 0 {
			want++
		}
		require.Equal(t, want, run, "%q", s)
		for k := range run {
			require.Equal(t, asciiFold[s[k]], byte(folded>>(8*k)), "%q byte %d", s, k)
		}
	}
	for _, fill := range []string{"aZ09mQx7", "        ", "\x80\xff\x00.@[`{"} {
		for k := range 8 {
			for c := range 256 {
				b := []byte(fill)
				b[k] = byte(c)
				check(string(b))
			}
		}
	}
}
