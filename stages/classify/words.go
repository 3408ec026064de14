package classify

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// The learned model reads words of every paragraph three times: the date
// features look at its first dateWords words, the hashed lexical features
// at its first lexWords words, and its neighbours' hashed features at its
// first word. docWords splits and folds each paragraph's words once per
// document for all three (the former per-use splitting, wordSpans and
// foldAppend, is kept in wordref_test.go as the reference it is tested
// against).

// dateWords is how many words of a paragraph the date features read.
const dateWords = 40

// lexWords is how many words of a paragraph become hashed word features.
const lexWords = 24

// docWords holds the first dateWords folded words of every paragraph of a
// document. Its buffers are reused from document to document, so splitting
// allocates nothing once they have grown.
type docWords struct {
	buf   []byte  // the folded words, back to back
	end   []int32 // end[k] is where word k ends in buf; it starts where word k-1 ends
	first []int32 // the words of paragraph i are first[i] ≤ k < first[i+1]
	// borrowed tells that buf, end and first are the extractor's
	// (features.Words, see take), and own then holds d's own buffers,
	// which split writes: neither writes over the other.
	borrowed bool
	own      struct {
		buf        []byte
		end, first []int32
	}
}

// split fills d with the words of paras.
func (d *docWords) split(paras []corpus.Paragraph) {
	d.giveBack()
	d.buf, d.end = d.buf[:0], d.end[:0]
	d.first = append(d.first[:0], 0)
	for i := range paras {
		d.splitText(paras[i].Text)
		d.first = append(d.first, int32(len(d.end)))
	}
}

// giveBack makes d's buffers its own again after take borrowed the
// extractor's.
func (d *docWords) giveBack() {
	if d.borrowed {
		d.buf, d.end, d.first = d.own.buf, d.own.end, d.own.first
		d.borrowed = false
	}
}

// take fills d with the words of paras that the features extractor kept
// in w while it read them (features.Words: the same words, with Max
// dateWords), splitting only the paragraphs w left unsplit. Without
// those, the most common case, d reads w's buffers in place (until the
// next take or split); with some, the words are copied into d's own
// buffers, paragraph by paragraph.
func (d *docWords) take(w *features.Words, paras []corpus.Paragraph) {
	if len(w.Unsplit) == 0 {
		if !d.borrowed {
			d.own.buf, d.own.end, d.own.first = d.buf, d.end, d.first
			d.borrowed = true
		}
		d.buf, d.end, d.first = w.Buf, w.End, w.First
		return
	}
	d.giveBack()
	d.buf, d.end = d.buf[:0], d.end[:0]
	d.first = append(d.first[:0], 0)
	unsplit := w.Unsplit
	for i := range paras {
		if len(unsplit) > 0 && int(unsplit[0]) == i {
			unsplit = unsplit[1:]
			d.splitText(paras[i].Text)
		} else {
			// Word k of w ends at w.End[k] and starts where word k-1
			// ends; here it ends shift bytes further.
			lo, hi := w.First[i], w.First[i+1]
			if lo < hi {
				start := int32(0)
				if lo > 0 {
					start = w.End[lo-1]
				}
				shift := int32(len(d.buf)) - start
				d.buf = append(d.buf, w.Buf[start:w.End[hi-1]]...)
				for _, e := range w.End[lo:hi] {
					d.end = append(d.end, e+shift)
				}
			}
		}
		d.first = append(d.first, int32(len(d.end)))
	}
}

// splitText appends the first dateWords words of text: the words of
// wordSpans, each folded as by foldAppend, found and folded in one pass
// over the bytes (ASCII without decoding). The first m words of a text are
// the same whichever limit ≥ m wordSpans is given (it stops when its limit
// is reached), so the lexical features' first lexWords words and a
// neighbour's first word are read from these.
//
// The buffers and counters are local variables (registers), written back
// to d at the end: appending through d, or from a closure, kept them in
// memory, a load and a store per byte.
func (d *docWords) splitText(text string) {
	buf, end := d.buf, d.end
	n := 0 // words appended
	inWord := false
	for i := 0; i < len(text) && n < dateWords; {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiFold[c] == 0 {
				if inWord {
					end, n, inWord = append(end, int32(len(buf))), n+1, false
				}
				i++
				continue
			}
			// A run of ASCII letters and digits: one word, or the rest
			// of one. Eight bytes at a time while eight are left (most
			// words fit in one step), then byte by byte.
			for i+8 <= len(text) {
				folded, stop := foldASCII8(load64(text[i:]))
				run := bits.TrailingZeros64(stop) / 8
				buf = binary.LittleEndian.AppendUint64(buf, folded)
				buf = buf[:len(buf)-8+run]
				i += run
				if run < 8 {
					break
				}
			}
			for ; i < len(text) && text[i] < utf8.RuneSelf && asciiFold[text[i]] != 0; i++ {
				buf = append(buf, asciiFold[text[i]])
			}
			inWord = true
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r < utf8.RuneSelf+int32(len(twoByteFold)) {
			// Two-byte UTF-8 (Latin, Greek, Cyrillic, Arabic, Hebrew…):
			// no pair script, and the class and fold come from a table.
			if f := twoByteFold[r-utf8.RuneSelf]; f != 0 {
				buf = utf8.AppendRune(buf, rune(f))
				inWord = true
			} else if inWord {
				end, n, inWord = append(end, int32(len(buf))), n+1, false
			}
			i += size
			continue
		}
		switch {
		case isPairScript(r):
			// Written without spaces: two characters make a word.
			if inWord {
				end, n = append(end, int32(len(buf))), n+1
			}
			if n == dateWords {
				d.buf, d.end = buf, end
				return
			}
			buf = utf8.AppendRune(buf, foldWord(r))
			i += size
			if i < len(text) {
				if r2, s2 := utf8.DecodeRuneInString(text[i:]); isPairScript(r2) {
					buf = utf8.AppendRune(buf, foldWord(r2))
					i += s2
				}
			}
			end, n, inWord = append(end, int32(len(buf))), n+1, false
			continue
		case unicode.IsLetter(r) || unicode.IsMark(r) || r == '\u200c' || r == '\u200d' || unicode.IsDigit(r):
			// A letter, mark or digit is valid UTF-8, so foldAppend folds it
			// by foldWord. A combining mark belongs to its letter's word
			// (features.Document reads it so too).
			buf = utf8.AppendRune(buf, foldWord(r))
			inWord = true
		default:
			if inWord {
				end, n, inWord = append(end, int32(len(buf))), n+1, false
			}
		}
		i += size
	}
	if inWord {
		end = append(end, int32(len(buf)))
	}
	d.buf, d.end = buf, end
}

// Byte-lane constants of foldASCII8.
const (
	lanes1  = 0x0101010101010101
	lanes80 = 0x8080808080808080
)

// foldASCII8 folds, as asciiFold does, the eight bytes of x (the first in
// its low byte). It returns them, and the high bits of the byte lanes of x
// that are not ASCII letters or digits: the first of these ends the run of
// letters and digits that starts x, whose bytes in folded are asciiFold of
// x's (the others are meaningless). It works on the eight bytes at once
// (SWAR): each range test leaves the high bit of every lane in range set.
func foldASCII8(x uint64) (folded, stop uint64) {
	// Each lane | 0x80 is ≥ 0x80, so subtracting a constant ≤ 0x7f from it
	// never borrows from the next lane, and leaves its high bit set when
	// the (ASCII) byte is at least the constant. x | 0x20 lower-cases
	// ASCII letters and keeps digits.
	lower := x | 0x20*lanes1 | lanes80
	letter := (lower - 'a'*lanes1) &^ (lower - ('z'+1)*lanes1)
	digits := x | lanes80
	digit := (digits - '0'*lanes1) &^ (digits - ('9'+1)*lanes1)
	// Upper case (bit 5 clear) gains 0x20; a digit loses its low four
	// bits ('0' is 0x30).
	upper := letter &^ (x << 2) & lanes80
	folded = (x | upper>>2) &^ ((digit & lanes80 >> 7) * 0x0f)
	return folded, (^(letter | digit) | x) & lanes80
}

// load64 returns the first eight bytes of s, the first in the low byte (one
// load: the compiler combines the bytes' loads).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// asciiFold maps an ASCII letter or digit to its folded form (foldWord: the
// lower-case letter, '0' for a digit) and every other ASCII byte to 0.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = '0'
	}
	return t
}()

// twoByteFold maps each rune from utf8.RuneSelf to U+07FF (those of
// two-byte UTF-8), less utf8.RuneSelf, to foldWord of it when it is a letter
// or digit, and to 0 otherwise. It is computed from package unicode, so it
// agrees with it by construction; every folded rune fits 16 bits (the
// lower case of U+023A is U+2C65).
var twoByteFold = func() (t [0x800 - utf8.RuneSelf]uint16) {
	for k := range t {
		r := rune(k) + utf8.RuneSelf
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			t[k] = uint16(foldWord(r))
		}
	}
	return t
}()

// isPairScript reports the runes wordSpans takes two at a time: kana and
// CJK ideographs.
func isPairScript(r rune) bool { return r >= 0x3040 && r <= 0x9fff }

// count returns the number of words of paragraph i (at most dateWords).
func (d *docWords) count(i int) int { return int(d.first[i+1] - d.first[i]) }

// word returns word k of paragraph i (k < count(i)).
func (d *docWords) word(i, k int) []byte {
	j := int(d.first[i]) + k
	start := int32(0)
	if j > 0 {
		start = d.end[j-1]
	}
	return d.buf[start:d.end[j]]
}

// span returns the words of paragraph i as the ends of its words in buf
// and the start of its first: word k is buf[start:ends[0]] for k = 0 and
// buf[ends[k-1]:ends[k]] after. Reading them in order this way spares
// word's index arithmetic and bounds checks per word.
func (d *docWords) span(i int) (buf []byte, start int32, ends []int32) {
	j := d.first[i]
	if j > 0 {
		start = d.end[j-1]
	}
	return d.buf, start, d.end[j:d.first[i+1]]
}

// Kinds of date words, for the byline features.
const (
	notDate   = iota // 0: the map's value for a word it does not hold
	dateMonth        // a month name or abbreviation
	dateYear         // four digits (folded to "0000")
	dateAgo          // "ago", "hours", "minutes" and their abbreviations
)

// dateWordKinds are the date words (folded) and their kinds. The month
// names and abbreviations are those of the languages of the embedded stop
// lists' largest users.
var dateWordKinds = func() map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(`january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		januar februar märz juni juli oktober dezember
		janvier février mars avril mai juin juillet août septembre octobre novembre décembre
		enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
		janeiro fevereiro março maio junho julho setembro outubro dezembro
		gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
		stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia`) {
		m[w] = dateMonth
	}
	m["0000"] = dateYear
	for _, w := range []string{"ago", "hours", "minutes", "hrs", "mins"} {
		m[w] = dateAgo
	}
	return m
}()

// dateFilter has the bit dateKey(w) set for every date word w: most words
// of a text are turned away by one bit test, without hashing them for the
// map (their length, first and last byte match no date word's).
var dateFilter = func() (f [1 << 14 / 64]uint64) {
	for w := range dateWordKinds {
		k := dateKey([]byte(w))
		f[k/64] |= 1 << (k % 64)
	}
	return f
}()

// dateKey packs a word's length and the low bits of its first and last
// bytes into 14 bits. w must not be empty.
func dateKey(w []byte) uint {
	return uint(len(w)&15)<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
}

// dateKind returns the kind of date word w (folded) is.
func dateKind(w []byte) int {
	if len(w) == 0 {
		return notDate
	}
	if k := dateKey(w); dateFilter[k/64]&(1<<(k%64)) == 0 {
		return notDate
	}
	return dateWordKinds[string(w)] // notDate (0) when absent
}

// lexicalWords fills dst with the hashed lexical features of paragraph i and
// returns how many it wrote: its words (the first lexWords), its first word,
// first two words and last word, its markup tag and class/id hints, and the
// first word of each neighbour. w holds the document's words.
func lexicalWords(dst []uint32, w *docWords, paras []corpus.Paragraph, i int) int {
	var firsts [3]firstHashes
	for k := range firsts {
		if j := i - 1 + k; j >= 0 && j < len(paras) {
			firsts[k] = w.firstHashes(j)
		}
	}
	return lexicalWordsOf(dst, w, paras, i, &firsts)
}

// firstHashes are the FNV-1a hashes (before bucketOf) of a paragraph's
// first word under the kinds of lexical features that read it: as a word
// ('w'), as the first word ('f'), as the last when it is the only one
// ('l'), as the start of the first two words ('2', with the space after
// it), and as the first word of the paragraph before ('n', read by that
// one) and after ('p'). Every paragraph's first word is hashed under all
// six kinds in one pass over its bytes (fnvFirst), where the six hashes
// were six loops, each ending in a mispredicted branch.
type firstHashes struct{ w, f, l, two, p, n uint64 }

// fnvKind is the FNV-1a hash of a kind byte alone.
func fnvKind(kind byte) uint64 { return fnvByte(fnvOffset, kind) }

// fnvFirst returns the firstHashes of the word s.
func fnvFirst(s []byte) firstHashes {
	w, f, l, two, p, n := fnvKind('w'), fnvKind('f'), fnvKind('l'), fnvKind('2'), fnvKind('p'), fnvKind('n')
	for _, c := range s {
		x := uint64(c)
		w = (w ^ x) * fnvPrime
		f = (f ^ x) * fnvPrime
		l = (l ^ x) * fnvPrime
		two = (two ^ x) * fnvPrime
		p = (p ^ x) * fnvPrime
		n = (n ^ x) * fnvPrime
	}
	return firstHashes{w: w, f: f, l: l, two: fnvByte(two, ' '), p: p, n: n}
}

// fnvAdd2 folds the bytes of s into the FNV-1a hashes a and b, in one
// loop.
func fnvAdd2(a, b uint64, s []byte) (uint64, uint64) {
	for _, c := range s {
		x := uint64(c)
		a = (a ^ x) * fnvPrime
		b = (b ^ x) * fnvPrime
	}
	return a, b
}

// fnvAdd3 folds the bytes of s into the FNV-1a hashes a, b and c, in one
// loop.
func fnvAdd3(a, b, c uint64, s []byte) (uint64, uint64, uint64) {
	for _, ch := range s {
		x := uint64(ch)
		a = (a ^ x) * fnvPrime
		b = (b ^ x) * fnvPrime
		c = (c ^ x) * fnvPrime
	}
	return a, b, c
}

// firstHashes returns the firstHashes of paragraph i's first word (zero
// when it has none).
func (d *docWords) firstHashes(i int) firstHashes {
	if d.count(i) == 0 {
		return firstHashes{}
	}
	return fnvFirst(d.word(i, 0))
}

// lexicalWordsOf is lexicalWords with the firstHashes of paragraphs i-1, i
// and i+1 in firsts (any value where there is no such paragraph or it has
// no word): the same features in the same order, the second word hashed
// with the first two's ('2') and the last with 'l', each in one loop.
// (lexicalWordsReference in round10_test.go is the former code.)
func lexicalWordsOf(dst []uint32, w *docWords, paras []corpus.Paragraph, i int, firsts *[3]firstHashes) int {
	n := 0
	add := func(h uint32) {
		if n < len(dst) {
			dst[n] = h
			n++
		}
	}
	buf, start, ends := w.span(i)
	nw := min(len(ends), lexWords)
	own := &firsts[1]
	two, last := own.two, own.l // '2' and 'l' when there is one word
	for k, end := range ends[:nw] {
		word := buf[start:end]
		start = end
		var h uint64
		switch {
		case k == 0:
			h = own.w
		case k == 1 && nw == 2:
			h, two, last = fnvAdd3(fnvKind('w'), two, fnvKind('l'), word)
		case k == 1:
			h, two = fnvAdd2(fnvKind('w'), two, word)
		case k == nw-1:
			h, last = fnvAdd2(fnvKind('w'), fnvKind('l'), word)
		default:
			h = fnvAdd(fnvKind('w'), word)
		}
		add(bucketOf(h))
	}
	if nw > 0 {
		add(bucketOf(own.f))
		add(bucketOf(last))
	}
	if nw > 1 {
		add(bucketOf(two))
	}
	if nw == 0 {
		add(bucket('e', "-"))
	}
	if st := paras[i].Structure; st != nil {
		// Empty tags and hints make no feature.
		if st.Tag != "" {
			add(bucket('t', st.Tag))
		}
		for _, h := range st.Hints {
			if h != "" {
				add(bucket('c', h))
			}
		}
	}
	if i > 0 && w.count(i-1) > 0 {
		add(bucketOf(firsts[0].p))
	}
	if i+1 < len(paras) && w.count(i+1) > 0 {
		add(bucketOf(firsts[2].n))
	}
	return n
}
