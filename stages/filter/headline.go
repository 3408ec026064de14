package filter

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// Headline limits: a headline has minHeadlineWords to maxHeadlineWords
// words and at most maxHeadlineRunes characters; text without spaces
// (Chinese, Japanese) at most maxHeadlineRunesUnspaced characters.
const (
	maxHeadlineWords         = 25
	maxHeadlineRunes         = 250
	maxHeadlineRunesUnspaced = 64
	// minHeadlineWords: shorter lines in spaced scripts are kickers and
	// subheadings ("Bugs fixed") more often than headlines.
	minHeadlineWords = 3
)

// Title evidence: a candidate headline "repeats" the page's title when at
// least titleShare of its tokens are tokens of the title; a line above the
// first body paragraph that repeats the title and covers at least
// titleCover of the title's tokens is the headline, labelled otherwise; the
// search for it looks at most titleLookback paragraphs up.
const (
	titleShare    = 0.8
	titleCover    = 0.5
	titleLookback = 50
)

// Headline finds the article's headline among labelled paragraphs: the
// first body paragraph, when it is shaped like a headline (at most 25
// words, no sentence or clause ending it: no final full stop, colon,
// semicolon or comma; from HTML, a heading element or a paragraph of that
// shape) and more body follows it. It returns the headline's index and the
// index just past the paragraphs that repeat it word for word before the
// article goes on (a page that prints its headline twice), or -1, -1 when
// the document has no headline. The body paragraphs in [headline, end) are
// the headline and its repeats.
//
// pageTitle is the page's <title> when the input gives it (HTML); for a
// page dump, whose first line is the page's title, pass "": a first
// paragraph that is not body stands in. The title confirms the first body
// paragraph as the headline when the paragraph repeats it, whatever its
// shape. When a headline-shaped paragraph above the first body paragraph
// repeats the title instead, that paragraph is the headline although the
// classifier did not label it body (the range then holds no body paragraph),
// and the first body paragraph is not taken.
//
// The taxonomy labels the headline body; Keep moves it out of the clean
// text into Document.Title, the convention of extractors (trafilatura,
// Readability) and of the benchmarks' gold article bodies.
func Headline(paras []corpus.Paragraph, pageTitle string) (headline, end int) {
	first := -1
	for i := range paras {
		if paras[i].Label == corpus.Body {
			first = i
			break
		}
	}
	if first < 0 {
		return -1, -1
	}
	top := 0 // the paragraphs above top are not searched for the title
	if pageTitle == "" && first > 0 && paras[0].Structure == nil {
		pageTitle, top = paras[0].Text, 1
	}
	var buf [maxTitleTokens]uint64
	title := appendTitleTokens(buf[:0], pageTitle)
	repeats := false
	if len(title) >= 2 {
		share, _ := titleMatch(paras[first].Text, title)
		repeats = share >= titleShare && len(paras[first].Text) <= maxHeadlineRunes*4
		if !repeats {
			for i := first - 1; i >= top && i >= first-titleLookback; i-- {
				if share, cover := titleMatch(paras[i].Text, title); share >= titleShare && cover >= titleCover && headlineShaped(&paras[i]) {
					return i, i + 1
				}
			}
		}
	}
	if !repeats && !headlineShaped(&paras[first]) {
		return -1, -1
	}
	end = first + 1
	for end < len(paras) && (paras[end].Label != corpus.Body || sameText(paras[end].Text, paras[first].Text)) {
		end++
	}
	if end == len(paras) {
		return -1, -1 // nothing but the headline is body
	}
	// end is the next body paragraph that is not a repeat; stop the repeats
	// at the last one before it.
	last := first
	for i := first + 1; i < end; i++ {
		if paras[i].Label == corpus.Body {
			last = i
		}
	}
	return first, last + 1
}

// headlineShaped reports whether p could be a headline.
func headlineShaped(p *corpus.Paragraph) bool {
	if s := p.Structure; s != nil {
		switch s.Tag {
		case "h1", "h2", "h3":
			return true
		}
	}
	text := strings.TrimSpace(p.Text)
	if text == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	switch last {
	case '.', ':', ';', ',', '。', '：', '；', '，', '、', ']', '】':
		// A sentence, a lead-in, or a caption ending with its credit.
		return false
	case ')', '）':
		if creditTail(text) {
			return false
		}
	}
	if text[0] == '@' {
		return false // a handle: a social post
	}
	words, numbers, runes, unspaced := 0, 0, 0, 0
	inWord, numeric := false, false
	var prev rune
	for i, r := range text {
		runes++
		if unicode.IsSpace(r) {
			if inWord && numeric {
				numbers++
			}
			// "… advertiser. All opinions …": a sentence of three or
			// more words ends inside ("Amnesty. More than …" is a
			// kicker).
			if prev == '.' && words >= 3 && i+1 < len(text) && unicode.IsUpper(rune(text[i+1])) && sentenceEnd(text[:i]) {
				return false
			}
			inWord = false
			prev = r
			continue
		}
		if isUnspaced(r) {
			unspaced++
		}
		if !inWord {
			words++
			inWord, numeric = true, true
		}
		if !unicode.IsDigit(r) && r != ',' && r != '.' && r != ':' {
			numeric = false
		}
		prev = r
	}
	if inWord && numeric {
		numbers++
	}
	if words > maxHeadlineWords || runes > maxHeadlineRunes || numbers >= 3 {
		return false // too long, or a row of figures
	}
	if 2*unspaced >= runes {
		// Chinese, Japanese: a long run of characters is prose.
		return runes <= maxHeadlineRunesUnspaced
	}
	return words >= minHeadlineWords
}

// isUnspaced reports a character of a script written without spaces
// between words (Han, kana, Thai).
func isUnspaced(r rune) bool {
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

// sentenceEnd reports whether text, which ends with a full stop, ends a
// sentence: the word before the stop is a lower-case word of four or more
// letters (not "U.S.", "Mr.", "Nov.").
func sentenceEnd(text string) bool {
	text = strings.TrimSuffix(text, ".")
	n := 0
	for n < len(text) {
		r, size := utf8.DecodeLastRuneInString(text[:len(text)-n])
		if !unicode.IsLower(r) {
			break
		}
		n += size
	}
	if n == len(text) {
		return utf8.RuneCountInString(text) >= 4
	}
	r, _ := utf8.DecodeLastRuneInString(text[:len(text)-n])
	return utf8.RuneCountInString(text[len(text)-n:]) >= 4 && (unicode.IsSpace(r) || unicode.IsUpper(r))
}

// sameText reports whether a and b are the same text but for case and
// spacing.
func sameText(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	for a != "" && b != "" {
		wa, ra := cutWord(a)
		wb, rb := cutWord(b)
		if !strings.EqualFold(wa, wb) {
			return false
		}
		a, b = ra, rb
	}
	return a == "" && b == ""
}

// cutWord returns the first word of s, which starts with one, and the rest
// after the spaces that follow it.
func cutWord(s string) (word, rest string) {
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimLeftFunc(s[i:], unicode.IsSpace)
}

// titleMatch returns the share of text's tokens that are tokens of title,
// and the share of title's tokens that text has (title as
// appendTitleTokens cuts it).
func titleMatch(text string, title []uint64) (share, cover float64) {
	var seen [maxTitleTokens]bool
	n, in := 0, 0
	for tk := (tokenizer{s: text}); ; {
		h, ok := tk.next()
		if !ok {
			break
		}
		n++
		for j, t := range title {
			if h == t {
				in++
				seen[j] = true
				break
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	covered := 0
	for j := range title {
		if seen[j] {
			covered++
		}
	}
	return float64(in) / float64(n), float64(covered) / float64(len(title))
}

// maxTitleTokens is the most tokens of a page's title that titleMatch
// reads.
const maxTitleTokens = 64

// appendTitleTokens appends the tokens of s to dst, at most maxTitleTokens
// in all, as hashes of their lower-case form: runs of letters and digits,
// and single characters of Han, kana, Thai and Hangul (a Korean title's
// syllables match its headline's even where the particles differ); in
// "标题_频道_网站" the underscores are separators.
func appendTitleTokens(dst []uint64, s string) []uint64 {
	for tk := (tokenizer{s: s}); len(dst) < maxTitleTokens; {
		h, ok := tk.next()
		if !ok {
			break
		}
		dst = append(dst, h)
	}
	return dst
}

// tokenizer cuts a string into appendTitleTokens's tokens.
type tokenizer struct {
	s string
	i int
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// next returns the hash of the next token, or false at the end.
func (t *tokenizer) next() (uint64, bool) {
	h, in := uint64(fnvOffset), false
	for t.i < len(t.s) {
		r, size := rune(t.s[t.i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(t.s[t.i:])
		}
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r < utf8.RuneSelf:
			r = -1
		case isUnspaced(r) || r >= 0xAC00 && unicode.Is(unicode.Hangul, r):
			if in {
				return h, true // the character starts the next token
			}
			t.i += size
			return mixRune(h, r), true
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			r = unicode.ToLower(r)
		default:
			r = -1
		}
		t.i += size
		if r < 0 {
			if in {
				return h, true
			}
			continue
		}
		h, in = mixRune(h, r), true
	}
	return h, in
}

// mixRune adds r to the FNV-1a hash h.
func mixRune(h uint64, r rune) uint64 {
	for v := uint32(r); ; v >>= 8 {
		h = (h ^ uint64(v&0xff)) * fnvPrime
		if v < 0x100 {
			return h
		}
	}
}

// creditTail reports whether text ends with a short parenthesis of at most
// three words, as a caption's credit does ("… (AP)", "… (Photo: Reuters)");
// a headline's closing parenthesis is longer ("… (in real time without
// downtime)").
func creditTail(text string) bool {
	open := strings.LastIndexAny(text, "(（")
	if open < 0 {
		return false
	}
	words := 0
	for tail := text[open:]; tail != ""; words++ {
		if words == 3 {
			return false
		}
		_, tail = cutWord(tail)
	}
	return true
}
