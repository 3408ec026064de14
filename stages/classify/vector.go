package classify

import (
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// The learned model's input: for every paragraph, a dense vector of
// hand-made features of the paragraph and of its neighbours (±Window), and a
// short list of hashed lexical features (words, first and last words, the
// neighbours' first words).

// Window is how many neighbours on each side contribute their features.
const Window = 3

// baseDim is the number of dense features describing one paragraph.
const baseDim = 68

// DenseDim is the length of a paragraph's dense vector: a bias, its own base
// features, and each neighbour's base features plus an "absent" flag.
const DenseDim = 1 + baseDim + 2*Window*(baseDim+1)

// HashBits sets the size of the hashed lexical feature space (2^HashBits).
const HashBits = 18

// maxHashed caps the hashed features of one paragraph.
const maxHashed = 64

// vectors holds the features of one document.
type vectors struct {
	n      int
	base   []float32 // n × baseDim
	dense  []float32 // n × DenseDim
	hashed []uint32  // n × maxHashed bucket indices
	nhash  []int     // hashed features used per paragraph
	// terms are the non-zero base features of every paragraph, in feature
	// order, those of paragraph i at terms[termStart[i]:termStart[i+1]]:
	// classification (Model.scoresFromBase) reads each paragraph's base
	// features seven times (as itself and as the neighbour of six others),
	// and most of them are zero. Filled only when the dense vectors are not.
	terms     []baseTerm
	termStart []int32
	// noWords leaves the paragraphs' words out of the hashed features (see
	// Model.readsWords).
	noWords bool
	// firsts holds the hashes of every paragraph's first word (see
	// firstHashes), when the words are read.
	firsts []firstHashes
}

// baseTerm is a non-zero base feature of a paragraph.
type baseTerm struct {
	row int32   // the feature's index × NumLabels: its weights' offset in a block of base-feature weights
	x   float32 // its value
}

// FNV-1a, 64 bit, hashes the lexical features, the markup signatures and
// the word-dropout draw: stable across runs and platforms.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvAdd folds the bytes of s into the FNV-1a hash h.
func fnvAdd[S string | []byte](h uint64, s S) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// fnvByte folds one byte into the FNV-1a hash h.
func fnvByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

// bucketOf maps a finished hash into the hashed space.
func bucketOf(h uint64) uint32 {
	h ^= h >> 29
	return uint32(h & (1<<HashBits - 1))
}

// bucket hashes a lexical feature (a kind prefix and a word) into the
// hashed space, deterministically across processes.
func bucket(kind byte, word string) uint32 {
	return bucketOf(fnvAdd(fnvByte(fnvOffset, kind), word))
}

// bucketBytes is bucket over a byte slice.
func bucketBytes(kind byte, word []byte) uint32 {
	return bucketOf(fnvAdd(fnvByte(fnvOffset, kind), word))
}

// bucketPair is bucket over the words a and b joined by a space, without
// joining them.
func bucketPair(kind byte, a, b []byte) uint32 {
	return bucketOf(fnvAdd(fnvByte(fnvAdd(fnvByte(fnvOffset, kind), a), ' '), b))
}

// log1pTable holds math.Log1p of the small integers: the counts, lengths
// and distances of the features are mostly small, and a paragraph needs
// several of them.
var log1pTable = func() (t [1024]float64) {
	for k := range t {
		t[k] = math.Log1p(float64(k))
	}
	return t
}()

// log1pInt returns math.Log1p(float64(k)), the very same value, from
// log1pTable when k is in it.
func log1pInt(k int) float64 {
	if k >= 0 && k < len(log1pTable) {
		return log1pTable[k]
	}
	return math.Log1p(float64(k))
}

func b2f(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

func ratio(a, b int) float32 {
	if b == 0 {
		return 0
	}
	return float32(a) / float32(b)
}

// vectorize computes the features of one document from the rules' analysis.
//
// The dense vectors (v.dense) are built only when dense is true (training);
// classification reads the base features directly (Model.scoresFromBase).
func (v *vectors) vectorize(paras []corpus.Paragraph, s *ruleScratch, dense bool) {
	n := len(paras)
	v.n = n
	v.base = resize(v.base, n*baseDim)
	if dense {
		v.dense = resize(v.dense, n*DenseDim)
	}
	// Only the first nhash[i] features of each row of hashed are read, and
	// all of them are written: no need to clear it.
	v.hashed = grow(v.hashed, n*maxHashed)
	v.nhash = resize(v.nhash, n)
	// terms (classification) has room for every base feature of every
	// paragraph; each is written before it is read.
	var terms []baseTerm
	nterms := 0
	if !dense {
		v.terms = grow(v.terms, n*baseDim)
		v.termStart = append(v.termStart[:0], 0)
		terms = v.terms
	}
	// The words of every paragraph, split and folded once for the date and
	// lexical features: by the features extractor as it read them, when
	// it kept them (the model's classification, see Model.logProbs).
	if w := s.sc.Words; w != nil && w.Max == dateWords && len(w.First) == n+1 {
		s.words.take(w, paras)
	} else {
		s.words.split(paras)
	}
	maxWords := 0
	for i := range paras {
		maxWords = max(maxWords, s.fs[i].Words)
	}
	bs, be := 0, 0 // the run of paragraphs of the current one's block
	for i := range paras {
		f := &s.fs[i]
		b := v.base[i*baseDim : (i+1)*baseDim]
		b[0] = float32(log1pInt(f.Words) / 5)
		b[1] = float32(log1pInt(f.Runes) / 7)
		b[2] = float32(f.StopDensity)
		b[3] = ratio(f.Punct, f.Runes)
		b[4] = ratio(f.Digits, f.Runes)
		b[5] = ratio(f.Upper, f.Letters)
		b[6] = ratio(f.CapWords, f.Words)
		b[7] = b2f(f.EndsSentence)
		b[8] = b2f(f.EndsColon)
		b[9] = b2f(f.HasURL)
		b[10] = b2f(f.HasEmail)
		b[11] = b2f(f.HasHandle)
		b[12] = b2f(f.HasTime)
		for l := 0; l < corpus.NumLabels; l++ {
			b[13+l] = b2f(f.Cues[l])
		}
		b[18] = float32(f.Position)
		b[19] = ratio(f.CJK, f.Letters)
		b[20+int(s.class[i])] = 1 // 20..23: short, good, near, bad
		b[24] = b2f(i >= s.commentsFrom)
		in := i >= s.bestStart && i < s.bestEnd
		b[25] = b2f(in)
		b[26] = b2f(i < s.bestStart)
		b[27] = b2f(i >= s.bestEnd && s.bestEnd > 0)
		dist := 0
		if i < s.bestStart {
			dist = s.bestStart - i
		} else if i >= s.bestEnd {
			dist = i - s.bestEnd + 1
		}
		b[28] = float32(log1pInt(dist) / 5)
		b[29+int(s.out[i].Label)] = 1 // 29..33: the rules' label
		// The run of paragraphs of i's block is bs…be: found once per
		// run, not once per paragraph (a block of k lines cost k² steps).
		if i == 0 || paras[i-1].Block != paras[i].Block {
			bs, be = i, i
			for be+1 < n && paras[be+1].Block == paras[i].Block {
				be++
			}
		}
		b[34] = float32(log1pInt(be-bs+1) / 3)
		b[35] = b2f(bs == i)
		b[36] = b2f(be == i)
		b[37] = b2f(f.Words <= 3)
		b[38] = b2f(f.Words >= 15)
		b[39] = b2f(f.Words >= 40)
		b[40] = b2f(s.lang < 0)
		b[41] = b2f(i == 0)
		b[42] = b2f(i == n-1)
		b[43] = b2f(paras[i].Block == 0)
		month, year, ago := false, false, false
		wbuf, start, ends := s.words.span(i)
		for _, end := range ends {
			w := wbuf[start:end]
			start = end
			switch dateKind(w) {
			case dateMonth:
				month = true
			case dateYear:
				year = true
			case dateAgo:
				ago = true
			}
		}
		b[44] = b2f(month)
		b[45] = b2f(year)
		b[46] = b2f(ago)
		b[47] = b2f(isNameLine(paras[i].Text, f))
		b[48] = float32(f.Separators) / 4
		b[49] = float32(log1pInt(f.Words) / log1pInt(max(maxWords, 1)))
		b[50] = b2f(f.Words <= 1)
		b[51] = b2f(len(paras[i].Text) > 0 && unicode.IsLower(firstRune(paras[i].Text)))
		structure(b[52:68], &paras[i], f)
		if !dense {
			if paras[i].Structure == nil {
				b = b[:52] // the markup features of plain text are all zero
			}
			nterms = appendTerms(terms, nterms, b)
			v.termStart = append(v.termStart, int32(nterms))
		}
	}
	if !v.noWords {
		// Each paragraph's first word is read by it and its two
		// neighbours: hashed once, under all its kinds (firstHashes).
		v.firsts = resize(v.firsts, n)
		for i := range v.firsts {
			v.firsts[i] = s.words.firstHashes(i)
		}
	}
	for i := 0; i < n; i++ {
		if v.noWords {
			v.nhash[i] = markupLexical(v.hashed[i*maxHashed:(i+1)*maxHashed], &paras[i])
		} else {
			var firsts [3]firstHashes
			if i > 0 {
				firsts[0] = v.firsts[i-1]
			}
			firsts[1] = v.firsts[i]
			if i+1 < n {
				firsts[2] = v.firsts[i+1]
			}
			v.nhash[i] = lexicalWordsOf(v.hashed[i*maxHashed:(i+1)*maxHashed], &s.words, paras, i, &firsts)
		}
		if !dense {
			continue
		}
		d := v.dense[i*DenseDim : (i+1)*DenseDim]
		d[0] = 1
		copy(d[1:1+baseDim], v.base[i*baseDim:(i+1)*baseDim])
		off := 1 + baseDim
		for k := -Window; k <= Window; k++ {
			if k == 0 {
				continue
			}
			j := i + k
			if j < 0 || j >= n {
				d[off] = 1 // absent
			} else {
				copy(d[off+1:off+1+baseDim], v.base[j*baseDim:(j+1)*baseDim])
			}
			off += baseDim + 1
		}
	}
}

// appendTerms writes the non-zero features of the base vector b to
// terms[k:], in feature order, and returns the new end of terms: k plus
// their number. terms must have room for all of b's features.
//
// The features are read 64 at a time into a bit set of the non-zero ones,
// without a branch (x is zero, +0 or −0, exactly when its bits less the
// sign are zero, whatever NaN or infinity it is otherwise); only the set
// bits, about a third of the features, are then written. Writing every
// feature and keeping the non-zero ones cost twice as much.
// (appendTermsReference in vector_test.go is the code before the bit set,
// appendTermsRound10 in round11_test.go the bit set as first written: the
// compiler spilled its u and -u to the stack for every feature.)
func appendTerms(terms []baseTerm, k int, b []float32) int {
	j := k
	for lo := 0; lo < len(b); lo += 64 {
		chunk := b[lo:min(lo+64, len(b))]
		var nz uint64
		for f, x := range chunk {
			// x's bits less the sign are at most 1<<31 - 1: adding
			// that sets bit 31 exactly when they are not all zero.
			m := uint64(math.Float32bits(x) &^ (1 << 31))
			nz |= (m + (1<<31 - 1)) >> 31 << (uint(f) & 63)
		}
		for ; nz != 0; nz &= nz - 1 {
			f := bits.TrailingZeros64(nz)
			terms[j] = baseTerm{row: int32((lo + f) * corpus.NumLabels), x: chunk[f]}
			j++
		}
	}
	return j
}

// structure fills the 16 markup features of a paragraph read from HTML
// (all zero for plain text): link density, the kind of block element, and
// whether it sits in a list, table, heading, navigation, header, footer,
// aside, form, or article/main element.
func structure(b []float32, p *corpus.Paragraph, f *features.Features) {
	st := p.Structure
	if st == nil {
		return
	}
	b[0] = 1
	if f.Runes > 0 {
		b[1] = float32(min(st.LinkRunes, f.Runes)) / float32(f.Runes)
	}
	switch st.Tag {
	case "p":
		b[2] = 1
	case "li", "dd", "dt":
		b[3] = 1
	case "h1", "h2", "h3", "h4", "h5", "h6":
		b[4] = 1
	case "td", "th":
		b[5] = 1
	default:
		b[6] = 1
	}
	for k, els := range [...][]string{
		{"/ul/", "/ol/", "/dl/"},
		{"/table/"},
		{"/nav/", "/menu/"},
		{"/header/"},
		{"/footer/"},
		{"/aside/"},
		{"/form/"},
		{"/article/", "/main/"},
	} {
		for _, e := range els {
			if hasElement(st.Path, e) {
				b[7+k] = 1
				break
			}
		}
	}
	b[15] = float32(min(st.Depth, 40)) / 40
}

// hasElement reports whether "/"+path+"/" contains el, an element name
// between slashes ("/ul/"), without building that string (an allocation
// per paragraph for paths longer than a few elements): el is the whole
// path, starts it, ends it, or is inside it.
func hasElement(path, el string) bool {
	name := el[1 : len(el)-1]
	return path == name || strings.HasPrefix(path, el[1:]) || strings.HasSuffix(path, el[:len(el)-1]) || strings.Contains(path, el)
}

// markupLexical fills dst with the hashed markup features of a paragraph
// alone (its tag and class/id hints, as lexicalWords writes them) and
// returns how many it wrote: the hashed features of a document whose words
// the model does not read.
func markupLexical(dst []uint32, p *corpus.Paragraph) int {
	n := 0
	st := p.Structure
	if st == nil {
		return 0
	}
	if n < len(dst) && st.Tag != "" {
		dst[n] = bucket('t', st.Tag)
		n++
	}
	for _, h := range st.Hints {
		if n < len(dst) && h != "" {
			dst[n] = bucket('c', h)
			n++
		}
	}
	return n
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// foldWord lower-cases a rune and maps every digit to 0, so that numbers
// share features ("2019" and "2020" are both "0000").
func foldWord(r rune) rune {
	if unicode.IsDigit(r) {
		return '0'
	}
	return unicode.ToLower(r)
}

// The second layer of a stacked model reads the first layer's label
// probabilities of each paragraph and its neighbours, body probability
// averaged over windows, the densest run of likely body in the document, and
// the paragraph's own base features.

// stackOffsets are the neighbours whose first-layer probabilities are read.
var stackOffsets = [...]int{-4, -3, -2, -1, 1, 2, 3, 4}

// stackWindows are the half-widths of the windows of averaged body probability.
var stackWindows = [...]int{2, 5, 10}

// treeLevels are the ancestor levels (1: the block element's parent) whose
// paragraphs' body probability the second layer reads for paragraphs read
// from HTML.
var treeLevels = [...]int{1, 2, 3, 4, 6}

// treeDim is the number of second-layer features from the page's element
// tree: a flag, two per level in treeLevels, two for the element that holds
// the most likely body, two for the paragraphs of the same markup
// signature, and one flag per name in markupHints.
const treeDim = 1 + 2*len(treeLevels) + 2 + 2 + len(markupHints)

// treeBest and treeSig are where the features of the element holding the
// most likely body and of the markup signature start among the tree
// features; treeHints is where the hint flags start.
const (
	treeBest  = 1 + 2*len(treeLevels)
	treeSig   = treeBest + 2
	treeHints = treeSig + 2
)

// StackDim is the length of a paragraph's second-layer vector.
const StackDim = 1 + corpus.NumLabels + len(stackOffsets)*(corpus.NumLabels+1) + len(stackWindows) + 2 + 2 + 4 + treeDim + baseDim

// stackVectorize writes the second-layer vectors of a document into dst
// (n × StackDim), from the first layer's log-probabilities (n × NumLabels)
// and the base features (n × baseDim). anc, when not nil, holds each
// paragraph's Structure.Ancestors and sig its markup signature (see
// treeFeatures).
func stackVectorize(dst []float32, n int, logp []float32, base []float32, words []int, anc [][]int32, sig []markup) {
	new(stackScratch).vectorize(dst, n, logp, base, words, anc, sig)
}

// stackScratch holds the buffers of the second-layer features of one
// document, reused from document to document by classification.
type stackScratch struct {
	prob, body, prefix []float32
	w                  []float64
	nodes              []treeNode
	groups             []sigGroup
	groupOf            map[uint64]int32 // signature → index in groups
}

// treeNode sums the paragraphs under one element of the page (treeFeatures).
type treeNode struct{ weight, mass, gain float32 }

// sigGroup sums the paragraphs of one markup signature (treeFeatures).
type sigGroup struct {
	weight, mass float32
	count        int
}

// copyLabels copies the scores of one paragraph, its corpus.NumLabels
// floats, with a load and a store each: the compiler copies an [L]float32
// array with a call of memmove (it cannot tell that the two do not
// overlap), the call's cost many times the copy's.
func copyLabels(dst, src *[corpus.NumLabels]float32) {
	_ = [1]struct{}{}[corpus.NumLabels-5] // five labels, five copies
	dst[0], dst[1], dst[2], dst[3], dst[4] = src[0], src[1], src[2], src[3], src[4]
}

// vectorize is stackVectorize with sc's buffers. With base nil
// (classification) it does not write the base features at the end of each
// vector: what is there is left over from earlier documents, and
// classification reads those features from the sparse terms instead; and it
// computes the probabilities with exp32.
func (sc *stackScratch) vectorize(dst []float32, n int, logp []float32, base []float32, words []int, anc [][]int32, sig []markup) {
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
		// The probabilities are copied five floats at a time by
		// copyLabels: a copy of slices, or of [L]float32 arrays, was a
		// call to memmove for each of their 20 bytes' copies.
		copyLabels((*[L]float32)(d[o:]), (*[L]float32)(prob[i*L:]))
		o += L
		for _, off := range stackOffsets {
			j := i + off
			if j < 0 || j >= n {
				d[o] = 1
			} else {
				copyLabels((*[L]float32)(d[o+1:]), (*[L]float32)(prob[j*L:]))
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

// stackTreeOffset is where the tree features start in a second-layer vector.
const stackTreeOffset = StackDim - baseDim - treeDim

// treeFeatures writes the tree features of the second layer at offset off of
// each paragraph's vector in dst: for the paragraph's ancestors at
// treeLevels, the body probability of all paragraphs under that element
// (weighted by length) and the share of the page's likely body under it;
// and whether the paragraph is under the element that holds the most likely
// body (the element maximising the sum of (p(body) − ½) × length over its
// paragraphs: the article container a reader would point at), with that
// element's share of the page's likely body; and, over the paragraphs of
// the same markup signature (tag path, tag and class/id hints: the items of
// one list of links, the paragraphs of one article body), their body
// probability (weighted by length) and how many there are. Paragraphs
// without ancestors (plain text) get zeros.
func treeFeatures(dst []float32, n int, body []float32, words []int, anc [][]int32, sig []markup, off int) {
	new(stackScratch).treeFeatures(dst, n, body, words, anc, sig, off)
}

// treeFeatures is the function treeFeatures with sc's buffers.
func (sc *stackScratch) treeFeatures(dst []float32, n int, body []float32, words []int, anc [][]int32, sig []markup, off int) {
	maxID := int32(-1)
	for _, a := range anc[:n] {
		for _, id := range a {
			maxID = max(maxID, id)
		}
	}
	if maxID < 0 {
		return
	}
	sc.nodes = resize(sc.nodes, int(maxID)+1)
	nodes := sc.nodes
	var total float32
	for i, a := range anc[:n] {
		w := float32(1 + words[i])
		total += body[i] * w
		for _, id := range a {
			nd := &nodes[id]
			nd.weight += w
			nd.mass += body[i] * w
			nd.gain += (body[i] - 0.5) * w
		}
	}
	best := int32(-1)
	for id := range nodes {
		if nodes[id].weight > 0 && (best < 0 || nodes[id].gain > nodes[best].gain) {
			best = int32(id)
		}
	}
	share := func(nd *treeNode) float32 {
		if total <= 0 {
			return 0
		}
		return nd.mass / total
	}
	// The groups of paragraphs by signature, in a slice indexed through a
	// map, both reused: no allocation per group.
	if sc.groupOf == nil {
		sc.groupOf = make(map[uint64]int32, n/4+1)
	}
	clear(sc.groupOf)
	sc.groups = sc.groups[:0]
	groupOf := func(s uint64) *sigGroup {
		k, ok := sc.groupOf[s]
		if !ok {
			k = int32(len(sc.groups))
			sc.groups = append(sc.groups, sigGroup{})
			sc.groupOf[s] = k
		}
		return &sc.groups[k]
	}
	for i := range sig[:n] {
		g := groupOf(sig[i].sig)
		w := float32(1 + words[i])
		g.weight += w
		g.mass += body[i] * w
		g.count++
	}
	for i, a := range anc[:n] {
		if len(a) == 0 {
			continue
		}
		d := dst[i*StackDim+off : i*StackDim+off+treeDim]
		d[0] = 1
		for k, lv := range treeLevels {
			if lv < len(a) {
				nd := &nodes[a[lv]]
				d[1+2*k] = nd.mass / nd.weight
				d[2+2*k] = share(nd)
			}
		}
		if best >= 0 {
			for _, id := range a {
				if id == best {
					d[treeBest] = 1
					break
				}
			}
			d[treeBest+1] = share(&nodes[best])
		}
		g := &sc.groups[sc.groupOf[sig[i].sig]]
		d[treeSig] = g.mass / g.weight
		d[treeSig+1] = float32(log1pInt(g.count-1) / 5)
		for k, hints := 0, sig[i].hints; hints != 0; k, hints = k+1, hints>>1 {
			if hints&1 != 0 {
				d[treeHints+k] = 1
			}
		}
	}
}
