// Package features measures each paragraph of a document: lengths and
// counts, stop-word share (for the document's detected language), case,
// digits, punctuation, URL/e-mail/handle/date patterns, cue phrases per
// label and position. It is the shared input of every classifier.
//
// Extraction makes one pass over each paragraph's bytes, uses no regular
// expressions and reuses its buffers, so it is cheap enough for the hot path.
package features

import (
	"encoding/binary"
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// Features describes one paragraph.
type Features struct {
	// Runes is the length in characters.
	Runes int
	// Words counts word tokens; in scripts written without spaces (CJK) two
	// characters count as one word, so lengths compare across languages.
	Words int
	// Stopwords counts tokens in the document language's stop list.
	Stopwords int
	// StopDensity is Stopwords/Words (0 without a detected language).
	StopDensity float64
	// CJK counts characters of scripts written without spaces (Han, kana, Thai).
	CJK int
	// Letters, Upper, Digits and Punct count runes of each kind.
	Letters, Upper, Digits, Punct int
	// CapWords counts words that start with an upper-case letter.
	CapWords int
	// EndsSentence is true when the paragraph ends in terminal punctuation
	// (. ! ? … and CJK full stops, optionally followed by a closing quote or bracket).
	EndsSentence bool
	// EndsColon is true when the paragraph ends with a colon.
	EndsColon bool
	// HasURL, HasEmail and HasHandle flag a web address, an e-mail address and
	// a social handle (@name).
	HasURL, HasEmail, HasHandle bool
	// HasTime flags a clock time such as 4:47 or 10:07.
	HasTime bool
	// Separators counts the separators "|", "•" and "·" (lists of links
	// and bylines: "News | Sport", "By Jane Doe · 5 min read").
	Separators int
	// Cues flags, per label, a cue phrase of that label.
	Cues [corpus.NumLabels]bool
	// Position is the paragraph's index divided by the number of paragraphs.
	Position float64
}

// Extractor computes Features. It is immutable and safe for concurrent use;
// per-call scratch space lives in the Scratch the caller passes.
type Extractor struct {
	stop *Stopwords
	cues *CueSet
	// words merges the stop lists and the cues' first words, so that each
	// token costs one look-up.
	words     *wordTable
	copyright *wordEntry // the entry of the "©" token, nil when no cue starts with it
	// cueRefs are the cues of words.cues, in its order: the cues that
	// start with a word are cueRefs[cueStart:cueEnd] of its entry.
	cueRefs []cueRef
}

// cueRef is what matchCues reads of a cue, kept with the other cues of its
// first word, back to back (the CueSet's cues, reached through an index
// each, lay anywhere in its slice; some words start many: "is" 17). tail
// holds the needle's last eight bytes, the first of them in its low byte,
// when it has eight or more: a needle is compared with the text only when
// its last eight bytes match, most often its words after the first (which
// the candidate token already matched), in one comparison of two words.
type cueRef struct {
	needle   string
	tail     uint64
	label    corpus.Label
	strong   bool
	anchored bool
}

// NewExtractor returns an Extractor using the given stop lists and cues.
func NewExtractor(stop *Stopwords, cues *CueSet) *Extractor {
	e := &Extractor{stop: stop, cues: cues, words: newWordTable(stop.words, cues.byFirst)}
	e.copyright = e.words.lookup([]byte("©"))
	e.cueRefs = make([]cueRef, len(e.words.cues))
	for k, ci := range e.words.cues {
		c := &cues.cues[ci]
		r := cueRef{needle: c.needle, label: c.Label, strong: c.Strong, anchored: c.anchored}
		if n := len(c.needle); n >= 8 {
			r.tail = load64(c.needle[n-8:])
		}
		e.cueRefs[k] = r
	}
	return e
}

// Languages returns the names of the extractor's stop-list languages, in
// the index order of Features' language numbers.
func (e *Extractor) Languages() []string { return e.stop.Languages() }

// DefaultExtractor returns an Extractor with the embedded stop lists and the
// default cues.
func DefaultExtractor() (*Extractor, error) {
	stop, err := EmbeddedStopwords()
	if err != nil {
		return nil, fmt.Errorf("default extractor: %w", err)
	}
	return NewExtractor(stop, NewCueSet(DefaultCues())), nil
}

// Scratch holds reusable buffers for Extract; the zero value is ready. A
// Scratch must not be used by two goroutines at once.
type Scratch struct {
	norm  []byte
	masks []uint64 // stop-word language masks of the stop-word tokens, per paragraph ranges
	ends  []int
	cands []cueCandidate // tokens of the current paragraph that start a cue
	// Words, when not nil, receives the words of every paragraph in the
	// learned model's folded form (see Words); nil leaves them out, at no
	// cost.
	Words *Words
}

// Words are the first words of each paragraph of a document in the
// folded form the learned model reads (stages/classify's word splitting):
// words are runs of letters and digits, lower-cased, every digit written
// '0'. They are the extractor's words, which it finds and lower-cases
// anyway, split at underscores and with their digits folded: the model need
// not split the text a second time. Document fills them when
// Scratch.Words is set, keeping the first Max words of each paragraph.
//
// The paragraphs with a rune of a script written without spaces (the
// extractor's CJK runes, and U+3040–U+9FFF, which the model reads two
// characters to a word) are split differently by the two: Document keeps
// no words of those, and lists them in Unsplit for the caller to split.
type Words struct {
	// Max is how many words of each paragraph are kept, set by the caller.
	Max int
	// Buf holds the folded words, back to back.
	Buf []byte
	// End[k] is where word k ends in Buf; it starts where word k-1 ends.
	End []int32
	// First locates the words of paragraph i: First[i] ≤ k < First[i+1].
	First []int32
	// Unsplit lists the paragraphs whose words are left out, in order.
	Unsplit []int32
}

// noSpaceLo and noSpaceHi bound the runes the learned model reads two
// characters to a word (kana and CJK ideographs, as its isPairScript): a
// paragraph with one is left Unsplit in Words, like one with a CJK rune.
const (
	noSpaceLo = 0x3040
	noSpaceHi = 0x9fff
)

// keptWords are the Words of the paragraph being read (paragraph): n of
// its words are kept, at most max, appended to buf and end.
type keptWords struct {
	buf    []byte
	end    []int32
	n, max int
	// wordEnd is where the last word that ended ends in the cue-matching
	// form (0 while none has); odd tells that the current word has a
	// digit or an underscore (and so is not copied as it is); noSpace
	// that the paragraph has a rune of noSpaceLo…noSpaceHi. They are
	// kept here, in memory, not in the paragraph's local variables: the
	// extractor's loop has more live values than registers already.
	wordEnd      int
	odd, noSpace bool
}

// add keeps the word w of the cue-matching form (n < max). A word of
// at most eight bytes, most of them, is copied as one word of eight bytes
// (read from w's array, which has room beyond it, into buf's, which has
// room for it) without a call; the others, and the words with a digit or
// an underscore, go through addSlow.
func (k *keptWords) add(w []byte) {
	n, m, e := len(w), len(k.buf), len(k.end)
	if k.odd || n > 8 || cap(w) < 8 || cap(k.buf)-m < 8 || e == cap(k.end) {
		k.addSlow(w)
		return
	}
	binary.LittleEndian.PutUint64(k.buf[m:m+8], binary.LittleEndian.Uint64(w[:8]))
	k.buf = k.buf[:m+n]
	k.end = k.end[:e+1]
	k.end[e] = int32(m + n)
	k.n++
}

// addSlow is add with appends, and appendFolded for a word with a digit
// or an underscore.
func (k *keptWords) addSlow(w []byte) {
	if k.odd {
		k.buf, k.end, k.n = appendFolded(k.buf, k.end, w, k.n, k.max)
		return
	}
	k.buf = append(k.buf, w...)
	k.end, k.n = append(k.end, int32(len(k.buf))), k.n+1
}

// appendFolded appends to buf and end the words of w, a word of the
// cue-matching form that has a digit or an underscore, in Words' form:
// split at its underscores, each digit written '0'. n words of the
// paragraph are kept already, at most max are; it returns the buffers
// and the new count. (Letters are lower-cased in w already, and a rune's
// lower case is a digit only when the rune is that digit.)
func appendFolded(buf []byte, end []int32, w []byte, n, max int) ([]byte, []int32, int) {
	in := false
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c == '_':
			if in {
				end, n, in = append(end, int32(len(buf))), n+1, false
				if n == max {
					return buf, end, n
				}
			}
			i++
			continue
		case c-'0' < 10:
			buf = append(buf, '0')
			i++
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			i++
		default:
			r, size := utf8.DecodeRune(w[i:])
			if unicode.IsDigit(r) {
				buf = append(buf, '0')
			} else {
				buf = append(buf, w[i:i+size]...)
			}
			i += size
		}
		in = true
	}
	if in {
		end, n = append(end, int32(len(buf))), n+1
	}
	return buf, end, n
}

// cueCandidate is a token of the cue-matching form that some cue starts
// with: at is the index of the space before it.
type cueCandidate struct {
	at  int
	ent *wordEntry
}

// Document extracts the features of every paragraph of one document,
// appending to dst. It also returns the index of the detected language in
// the stop lists (-1 when no list matches).
func (e *Extractor) Document(paras []corpus.Paragraph, dst []Features, sc *Scratch) ([]Features, int) {
	if sc == nil {
		sc = &Scratch{}
	}
	sc.masks = sc.masks[:0]
	// Room for every paragraph at once: growing by doubling would leave up
	// to half of a big document's slices unused, and garbage behind them.
	sc.ends = slices.Grow(sc.ends[:0], len(paras))
	dst = slices.Grow(dst, len(paras))
	base := len(dst)
	var langHits [MaxLanguages]int
	kw := sc.Words
	if kw != nil {
		kw.Buf, kw.End, kw.Unsplit = kw.Buf[:0], kw.End[:0], kw.Unsplit[:0]
		kw.First = append(slices.Grow(kw.First[:0], len(paras)+1), 0)
	}
	for i := range paras {
		var f Features
		e.paragraph(paras[i].Text, &f, sc)
		if len(paras) > 1 {
			f.Position = float64(i) / float64(len(paras)-1)
		}
		dst = append(dst, f)
		sc.ends = append(sc.ends, len(sc.masks))
		if kw != nil {
			kw.First = append(kw.First, int32(len(kw.End)))
		}
	}
	countLanguages(&langHits, sc.masks, len(e.stop.langs))
	lang, best := -1, 0
	for i := range e.stop.langs {
		if langHits[i] > best {
			lang, best = i, langHits[i]
		}
	}
	if lang >= 0 {
		start := 0
		for i, end := range sc.ends {
			f := &dst[base+i]
			// The bit itself is added, not tested: whether a stop word
			// is in the document's language is a branch the processor
			// cannot predict.
			for _, m := range sc.masks[start:end] {
				f.Stopwords += int(m >> uint(lang) & 1)
			}
			if f.Words > 0 {
				f.StopDensity = float64(f.Stopwords) / float64(f.Words)
			}
			start = end
		}
	}
	return dst, lang
}

// spreadByte[b] has byte k set to bit k of b: added to a word of eight
// byte-wide counters, it counts b's bits each in its own counter.
var spreadByte = func() (t [256]uint64) {
	for b := range t {
		for k := 0; k < 8; k++ {
			t[b] |= uint64(b>>k&1) << (8 * k)
		}
	}
	return t
}()

// countLanguages adds to hits[b], for each language b < nlangs, the number
// of masks with bit b set. The masks are added eight languages to a word
// of byte-wide counters (spreadByte), which are emptied into hits every
// 255 masks, before any can overflow: a few loads and additions per mask
// whatever its number of languages, where visiting its bits one by one
// cost a branch per language and a mispredicted one per mask.
func countLanguages(hits *[MaxLanguages]int, masks []uint64, nlangs int) {
	var acc [MaxLanguages / 8]uint64
	flush := func() {
		for k, a := range acc {
			for j := 0; a != 0; j, a = j+1, a>>8 {
				hits[8*k+j] += int(a & 0xff)
			}
			acc[k] = 0
		}
	}
	for len(masks) > 0 {
		batch := masks[:min(len(masks), 255)]
		masks = masks[len(batch):]
		if nlangs <= 32 {
			// Four bytes of languages, unrolled (the embedded lists
			// have 26).
			for _, m := range batch {
				acc[0] += spreadByte[byte(m)]
				acc[1] += spreadByte[byte(m>>8)]
				acc[2] += spreadByte[byte(m>>16)]
				acc[3] += spreadByte[byte(m>>24)]
			}
		} else {
			for _, m := range batch {
				for k := range acc {
					acc[k] += spreadByte[byte(m>>(8*k))]
				}
			}
		}
		flush()
	}
}

// Norm returns the cue-matching form of a paragraph: lower-case words
// separated by single spaces, with "\x02 " before and " \x03" after.
func Norm(text string) string {
	var sc Scratch
	var f Features
	NewExtractor(&Stopwords{}, &CueSet{}).paragraph(text, &f, &sc)
	return string(sc.norm)
}

// paragraph fills the length, character, pattern and cue features of one
// paragraph, appending its stop words' language masks to sc.masks, and
// its words to sc.Words when that is set (Document has then appended the
// First of the paragraph).
func (e *Extractor) paragraph(text string, f *Features, sc *Scratch) {
	norm := append(sc.norm[:0], '\x02', ' ')
	cands := sc.cands[:0]
	cjk := 0
	inWord := false
	start := 0 // of the current word in norm, while inWord
	prevDigit, prevColon := false, false
	var last rune
	// The model's words (Words) are kept in kept while the paragraph is
	// read (its max is 0 when they are not kept). A word is kept when the
	// next one starts, or at the end, not when it ends: endWord, inlined
	// five times, only notes where it ended (kept.wordEnd), and so stays
	// under the inliner's budget for closures.
	kw := sc.Words
	var kept keptWords
	if kw != nil {
		kept = keptWords{buf: kw.Buf, end: kw.End, max: kw.Max}
	}
	// A word is written, lower-cased, straight into norm (nothing else is
	// written to norm while a word is being read).
	endWord := func() {
		if !inWord {
			return
		}
		inWord = false
		f.Words++
		ent := e.words.lookup(norm[start:])
		if e.stop.words != nil {
			// Only stop words are kept (tokens of no stop list count
			// for nothing): about half the tokens of prose, and 8 bytes
			// each for a whole document.
			if ent != nil && ent.stop != 0 {
				sc.masks = append(sc.masks, ent.stop) // e.stop.Mask(word)
			}
		}
		if ent != nil && ent.cueEnd > ent.cueStart {
			cands = append(cands, cueCandidate{at: start - 1, ent: ent})
		}
		kept.wordEnd = len(norm)
		norm = append(norm, ' ')
	}
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			// The commonest byte that is not a letter, in short: it
			// ends a word, is a space (last is unchanged) and no
			// punctuation, digit or colon.
			f.Runes++
			endWord()
			prevColon, prevDigit = false, false
			i++
			continue
		}
		r, size := rune(text[i]), 1
		var cls uint8
		if r < utf8.RuneSelf {
			cls = asciiClass[r]
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			cls = runeClass(r)
			if uint32(r)-noSpaceLo <= noSpaceHi-noSpaceLo {
				kept.noSpace = true
			}
		}
		f.Runes++
		switch {
		case cls&cCJK != 0:
			endWord()
			cjk++
			f.Letters++
		case cls&(cLetter|cDigit) != 0 || r == '_' || (r == '\'' && inWord) || r == '’' && inWord:
			if r == '\'' || r == '’' {
				// apostrophes split words for matching ("don t") like \w does
				endWord()
				break
			}
			if !inWord {
				if kept.n < kept.max && kept.wordEnd > 0 {
					kept.add(norm[start:kept.wordEnd]) // the word before
				}
				kept.odd = false
				inWord = true
				start = len(norm)
				if cls&cUpper != 0 {
					f.CapWords++
				}
			}
			if cls&cDigit != 0 {
				f.Digits++
				kept.odd = true
				if prevColon && isMinutes(text[i:]) {
					f.HasTime = true
				}
			} else {
				f.Letters++
				if cls&cUpper != 0 {
					f.Upper++
				}
				if cls&cLetter == 0 {
					kept.odd = true // '_'
				}
			}
			if r < utf8.RuneSelf {
				norm = append(norm, asciiLower[r])
				// The rest of a run of lower-case ASCII letters (most of
				// the bytes of Latin-script text) needs no class look-up:
				// each byte is a rune and a letter, not upper case, not a
				// digit or a space. The run is counted and copied at once,
				// and the code after the switch sees its last letter.
				j := i + 1
				for j < len(text) && text[j]-'a' < 26 {
					j++
				}
				if run := j - i - 1; run > 0 {
					norm = append(norm, text[i+1:j]...)
					f.Runes += run
					f.Letters += run
					r, cls = rune(text[j-1]), asciiClass[text[j-1]]
					size += run
				}
			} else {
				norm = utf8.AppendRune(norm, toLower(r))
			}
		default:
			endWord()
			if cls&cPunctOrSymbol != 0 {
				f.Punct++
			}
			switch r {
			case '|', '•', '·':
				f.Separators++
			case '@':
				if i+1 < len(text) && isWordByte(text[i+1]) {
					if i > 0 && isWordByte(text[i-1]) {
						f.HasEmail = true
					} else {
						f.HasHandle = true
					}
				}
			case '©':
				if e.copyright != nil {
					cands = append(cands, cueCandidate{at: len(norm) - 1, ent: e.copyright})
				}
				norm = append(norm, "© "...)
			case '/':
				if i >= 1 && text[i-1] == ':' && i+1 < len(text) && text[i+1] == '/' {
					f.HasURL = true
				}
			case '.':
				if i+3 < len(text) && (text[i+1:i+4] == "com" || text[i+1:i+4] == "org" || text[i+1:i+4] == "net") {
					f.HasURL = true
				}
			}
		}
		prevColon = r == ':' && prevDigit
		prevDigit = cls&cDigit != 0
		if cls&cSpace == 0 {
			last = r
		}
		i += size
	}
	endWord()
	if kw != nil {
		if kept.n < kept.max && kept.wordEnd > 0 {
			kept.add(norm[start:kept.wordEnd]) // the last word
		}
		if cjk > 0 || kept.noSpace {
			kept.buf, kept.end = kept.buf[:len(kw.Buf)], kept.end[:len(kw.End)]
			kw.Unsplit = append(kw.Unsplit, int32(len(kw.First)-1))
		}
		kw.Buf, kw.End = kept.buf, kept.end
	}
	f.Words += (cjk + 1) / 2
	f.CJK = cjk
	norm = append(norm, '\x03')
	sc.norm, sc.cands = norm, cands
	switch last {
	case ':', '：':
		f.EndsColon = true
	default:
		f.EndsSentence = endsSentence(text)
	}
	f.Cues = e.matchCues(norm, cands, f.Words)
}

// matchCues is CueSet.Match on the cue-matching form norm, visiting only the
// tokens that some cue starts with (found while norm was built) instead of
// looking every token up again. It reads the cues of each token from
// cueRefs, and compares a needle of eight bytes or more with the text only
// when its last eight bytes (cueRef.tail) match.
func (e *Extractor) matchCues(norm []byte, cands []cueCandidate, words int) (hits [corpus.NumLabels]bool) {
	for _, cd := range cands {
		refs := e.cueRefs[cd.ent.cueStart:cd.ent.cueEnd]
		for k := range refs {
			c := &refs[k]
			if hits[c.label] || (!c.strong && words >= ShortWords) {
				continue
			}
			at := cd.at
			if c.anchored {
				if at != 1 {
					continue
				}
				at = 0
			}
			rest := norm[at:]
			n := len(c.needle)
			if len(rest) < n {
				continue
			}
			if n >= 8 && binary.LittleEndian.Uint64(rest[n-8:n]) != c.tail {
				continue
			}
			if string(rest[:n]) == c.needle {
				hits[c.label] = true
			}
		}
	}
	return hits
}

// load64 returns the first eight bytes of s, the first in the low byte.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// ASCII classes, computed from package unicode so that the fast path below
// agrees with it by construction.
const (
	cLetter uint8 = 1 << iota
	cDigit
	cUpper
	cSpace
	cPunctOrSymbol
	cCJK // a rune of a script written without spaces (see isCJK)
)

var (
	asciiClass [utf8.RuneSelf]uint8
	asciiLower [utf8.RuneSelf]byte
)

// twoByteEnd ends the runes of two-byte UTF-8 (Latin supplements and
// extensions, Greek, Cyrillic, Armenian, Hebrew, Arabic…), whose classes
// and lower cases are in tables (twoByteClass, twoByteLower) indexed by
// the rune less utf8.RuneSelf: computed from package unicode at start-up,
// they agree with it by construction, and spare the table searches of its
// predicates in text of those scripts.
const twoByteEnd = 0x800

var (
	twoByteClass [twoByteEnd - utf8.RuneSelf]uint8
	// twoByteLower holds unicode.ToLower of each rune; all fit 16 bits
	// (the lower case of U+023A is U+2C65).
	twoByteLower [twoByteEnd - utf8.RuneSelf]uint16
)

func init() {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		var k uint8
		if unicode.IsLetter(c) {
			k |= cLetter
		}
		if unicode.IsDigit(c) {
			k |= cDigit
		}
		if unicode.IsUpper(c) {
			k |= cUpper
		}
		if unicode.IsSpace(c) {
			k |= cSpace
		}
		if unicode.IsPunct(c) || unicode.IsSymbol(c) {
			k |= cPunctOrSymbol
		}
		asciiClass[c] = k
		asciiLower[c] = byte(unicode.ToLower(c))
	}
	for k := range twoByteClass {
		r := rune(k) + utf8.RuneSelf
		twoByteClass[k] = unicodeClass(r)
		twoByteLower[k] = uint16(unicode.ToLower(r))
	}
}

// toLower is unicode.ToLower, from twoByteLower for two-byte runes.
func toLower(r rune) rune {
	if r >= utf8.RuneSelf && r < twoByteEnd {
		return rune(twoByteLower[r-utf8.RuneSelf])
	}
	return unicode.ToLower(r)
}

// runeClass returns the class bits of a rune of any script, with the
// unicode package's predicates: cCJK for isCJK, cLetter for IsLetter or IsMark, cDigit
// for IsDigit, cUpper for IsUpper, cSpace for IsSpace and cPunctOrSymbol for
// IsPunct or IsSymbol. The extractor reads one class per rune instead of
// calling up to seven predicates on it. ASCII runes are in asciiClass, the
// runes of two-byte UTF-8 in twoByteClass, the others are computed by
// unicodeClass.
func runeClass(r rune) uint8 {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	if r < twoByteEnd {
		return twoByteClass[r-utf8.RuneSelf]
	}
	return unicodeClass(r)
}

// symbolStart and symbolEnd bound the runes whose classes unicodeClass
// reads from symbolClass: General Punctuation (’ “ ” – — … •), super- and
// subscripts, currency symbols (€), letterlike symbols (™ №), number
// forms, arrows and mathematical operators. The first blocks are the
// commonest runes of three bytes in Latin-script news, whose classes the
// predicates found by several binary searches each (a letter? a digit?
// punctuation?).
const (
	symbolStart = 0x2000
	symbolEnd   = 0x2300
)

// symbolClass holds predicateClass of the runes from symbolStart to
// symbolEnd, less symbolStart: computed at start-up, it agrees with the
// predicates by construction.
var symbolClass = func() (t [symbolEnd - symbolStart]uint8) {
	for k := range t {
		t[k] = predicateClass(rune(k) + symbolStart)
	}
	return t
}()

// unicodeClass is runeClass of a rune of three bytes or more: from
// symbolClass for the symbol blocks, by predicateClass otherwise.
func unicodeClass(r rune) uint8 {
	if uint32(r)-symbolStart < symbolEnd-symbolStart {
		return symbolClass[r-symbolStart]
	}
	return predicateClass(r)
}

// predicateClass is runeClass computed with the unicode package's
// predicates.
//
// Only the predicates the extractor reads are computed: a CJK rune's class
// is read for cCJK, cDigit and cSpace only (Thai digits are digits). The
// general categories are disjoint (letters L*, digits Nd, punctuation P*,
// symbols S*; the White_Space runes are none of these, and upper-case Lu
// runes are letters), so a letter needs no other test than upper case, a
// digit none, and so on down the list.
func predicateClass(r rune) uint8 {
	if isCJK(r) {
		cls := cCJK
		if unicode.IsDigit(r) {
			cls |= cDigit
		}
		if unicode.IsSpace(r) {
			cls |= cSpace
		}
		return cls
	}
	switch {
	case unicode.IsLetter(r):
		if unicode.IsUpper(r) {
			return cLetter | cUpper
		}
		return cLetter
	case unicode.IsMark(r) || isJoiner(r):
		// A combining mark belongs to its letter's word: Devanagari's
		// vowel signs, Hebrew's points, Arabic's harakat, a decomposed
		// accent; so does a zero-width joiner or non-joiner (Persian's
		// "می‌خواهم").
		return cLetter
	case unicode.IsDigit(r):
		return cDigit
	case unicode.IsSpace(r):
		return cSpace
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return cPunctOrSymbol
	}
	return 0
}

// endsSentence reports whether text ends in terminal punctuation, looking
// through closing quotes and brackets: a Latin, CJK or fullwidth full
// stop, question or exclamation mark or ellipsis, or the full stop of
// another script (Devanagari's danda, Arabic's question mark, Urdu's full
// stop, Armenian's, Ethiopic's, Myanmar's, Khmer's, Tibetan's). Thai marks
// no sentence's end: a paragraph that ends in a Thai letter or mark and
// runs to thaiSentenceRunes characters or more counts as ending one
// (furniture, headlines and teasers are shorter).
func endsSentence(text string) bool {
	for len(text) > 0 {
		r, size := utf8.DecodeLastRuneInString(text)
		switch r {
		case '"', '”', '’', '»', ')', ']', '\'', '」', '』', '）':
			text = text[:len(text)-size]
			continue
		case '.', '!', '?', '…', '。', '！', '？', '．',
			'।', '॥', '؟', '۔', '։', '።', '။', '។', '།':
			return true
		}
		if unicode.IsSpace(r) {
			text = text[:len(text)-size]
			continue
		}
		return isThai(r) && utf8.RuneCountInString(text) >= thaiSentenceRunes
	}
	return false
}

// thaiSentenceRunes is the length in characters from which a paragraph
// ending in Thai counts as ending a sentence (endsSentence).
const thaiSentenceRunes = 80

// isThai reports a letter, vowel or mark of the Thai script.
func isThai(r rune) bool { return r >= 0x0e01 && r <= 0x0e4e }

// isMinutes reports whether s, the text after a digit and a colon, starts
// with exactly two digits that can be minutes (00-59): "4:47" is a time,
// "3:1" and "1:234" are not.
func isMinutes(s string) bool {
	return len(s) >= 2 && s[0] >= '0' && s[0] <= '5' && s[1] >= '0' && s[1] <= '9' &&
		(len(s) == 2 || s[2] < '0' || s[2] > '9')
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// isCJK reports runes of scripts written without spaces between words.
func isCJK(r rune) bool {
	return r >= 0x3005 && r <= 0x3007 || // 々 〆 〇, used as ideographs
		r >= 0x3040 && r <= 0x30ff || // Hiragana, Katakana
		r >= 0x3400 && r <= 0x4dbf || r >= 0x4e00 && r <= 0x9fff || // CJK ideographs
		r >= 0xf900 && r <= 0xfaff || // compatibility ideographs
		r >= 0x0e00 && r <= 0x0e7f // Thai
}

// isJoiner reports the zero-width non-joiner and joiner, which stand inside
// words (Persian, Kurdish, the Indic scripts, emoji sequences).
func isJoiner(r rune) bool { return r == '\u200c' || r == '\u200d' }
