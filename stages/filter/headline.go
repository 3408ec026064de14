package filter

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// Headline limits: a headline has minHeadlineWords to maxHeadlineWords
// words (tokens with a letter or digit) and at most maxHeadlineRunes
// characters; text in a script without spaces (Chinese, Japanese, Thai)
// minHeadlineRunesUnspaced to maxHeadlineRunesUnspaced characters, its
// combining marks not counted.
const (
	maxHeadlineWords         = 25
	maxHeadlineRunes         = 250
	minHeadlineRunesUnspaced = 6
	maxHeadlineRunesUnspaced = 64
	// minHeadlineWords: shorter lines in spaced scripts are kickers,
	// breadcrumbs and subheadings ("Bugs fixed", "News › Politics") more
	// often than headlines.
	minHeadlineWords = 3
	// maxDatelineWords: a line of at most so many words with a date in it
	// is a dateline ("Monday, 12 May 2024").
	maxDatelineWords = 4
)

// Title evidence. The page's title is "Headline | Site" or the like; its
// headline part is a segment between separators (" | ", " - ", " – ",
// " — ", "_", " :: ", " · "; see titleTokens.set). A line repeats the title when at
// least titleShare of its tokens are tokens of the title and it covers at
// least titleCover of the headline part's tokens (so the site's name alone,
// "Los Angeles Times", is no repeat). Headline looks for a repeat in the
// titleLookahead body paragraphs under the first one and in the
// titleLookback paragraphs above it; lines of more than maxRepeatBytes
// bytes are not read.
const (
	titleShare     = 0.8
	titleCover     = 0.5
	titleLookback  = 50
	titleLookahead = 3
	maxRepeatBytes = 4 * maxHeadlineRunes
)

// Headline finds the article's headline among labelled paragraphs. It
// returns the headline's index and the index just past the body paragraphs
// that repeat it word for word right under it (a page that prints its
// headline twice), or -1, -1 when the document has no headline: the body
// paragraphs in [headline, end) are the headline and its repeats.
//
// Without evidence from the page's title, the headline is the first body
// paragraph when it is shaped like one (3 to 25 words or 6 to 64
// characters of Chinese, Japanese or Thai; no final full stop, colon,
// semicolon or comma, no closing credit such as "(AP)"; no sentence ending
// inside; not a row of figures, a dateline or a byline; from HTML an h1
// element is one whatever its shape) and more body follows it.
//
// pageTitle is the page's title when the input gives it (an HTML page's
// og:title or <title>); for a page dump, whose first line is the page's
// title, pass "": a first paragraph that is not body stands in. A
// paragraph that repeats the title (see titleShare) is the headline
// whatever its shape: the first body paragraph, else one of the
// titleLookahead body paragraphs under it, else a headline-shaped paragraph
// above it that the classifier did not label body; the range then holds no
// body paragraph, and the first body paragraph is not taken.
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
	var t titleTokens
	t.set(pageTitle)
	h := -1
	if t.n >= 2 {
		if t.repeated(paras[first].Text) {
			h = first
		}
		for j := first + 1; h < 0 && j < len(paras) && j <= first+titleLookahead; j++ {
			if paras[j].Label == corpus.Body && t.repeated(paras[j].Text) {
				h = j
			}
		}
		for i := first - 1; h < 0 && i >= top && i >= first-titleLookback; i-- {
			if t.repeated(paras[i].Text) && headlineShaped(&paras[i]) {
				return i, i + 1
			}
		}
	}
	if h < 0 {
		h = first
		if !headlineShaped(&paras[first]) {
			// A kicker above the headline ("El tiempo", "Smaki regionu"):
			// the headline is the body paragraph right under it; from
			// HTML, an h1 ("Herman Melville" over "Prepared by …" is an
			// author over a credit).
			if next := first + 1; next < len(paras) && isKicker(paras[first].Text) && paras[next].Label == corpus.Body && headlineShaped(&paras[next]) &&
				(paras[next].Structure == nil || paras[next].Structure.Tag == "h1") {
				h = next
			} else {
				return -1, -1
			}
		}
	}
	end = h + 1
	for end < len(paras) && (paras[end].Label != corpus.Body || sameText(paras[end].Text, paras[h].Text)) {
		end++
	}
	if end == len(paras) {
		return -1, -1 // nothing but the headline is body
	}
	// end is the next body paragraph that is not a repeat; stop the repeats
	// at the last one before it.
	last := h
	for i := h + 1; i < end; i++ {
		if paras[i].Label == corpus.Body {
			last = i
		}
	}
	return h, last + 1
}

// headlineShaped reports whether p could be a headline.
func headlineShaped(p *corpus.Paragraph) bool {
	if s := p.Structure; s != nil && s.Tag == "h1" {
		return true
	}
	text := strings.TrimSpace(p.Text)
	if text == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	switch last {
	case '.':
		if !endsWithAbbreviation(text) {
			return false // a sentence ("… the U.S." is a headline)
		}
	case ':', ';', ',', '。', '：', '；', '，', '、':
		return false // a lead-in or a clause
	case ')', '）', ']', '】':
		if creditTail(text) {
			return false // a caption ending with its credit
		}
	}
	if text[0] == '@' {
		return false // a handle: a social post
	}
	words, numbers, runes, unspaced, inner := 0, 0, 0, 0, 0
	inWord, letters, digits := false, false, false
	endWord := func() {
		if inWord {
			if letters || digits {
				words++
			}
			if digits && !letters {
				numbers++
			}
		}
		inWord, letters, digits = false, false, false
	}
	var prev rune
	for i, r := range text {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining mark: part of the character before it
		}
		runes++
		if unicode.IsSpace(r) {
			endWord()
			// "… advertiser. All opinions …": a sentence of three or
			// more words ends inside ("Amnesty. More than …" is a
			// kicker). One may, in a short headline of two sentences
			// ("Babka ziemniaczana pani Haliny ze Sztabina. Przepis,
			// który wygrał powiatowy konkurs").
			if prev == '.' && words >= 3 && sentenceEnd(text[:i]) {
				if next, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(text[i:], unicode.IsSpace)); unicode.IsUpper(next) {
					inner++
				}
			}
			prev = r
			continue
		}
		if isUnspaced(r) {
			unspaced++
		}
		inWord = true
		switch {
		case unicode.IsDigit(r):
			digits = true
		case unicode.IsLetter(r):
			letters = true
		}
		prev = r
	}
	endWord()
	if inner > 1 || inner == 1 && words > maxTwoSentenceWords {
		return false // prose
	}
	if words > maxHeadlineWords || runes > maxHeadlineRunes || numbers >= 3 && 2*numbers >= words {
		return false // too long, or a row of figures
	}
	if 2*unspaced >= runes {
		// Chinese, Japanese, Thai: a long run of characters is prose, a
		// short one a kicker; a name after a space a byline ("本报记者 郑浩").
		if sp := strings.LastIndexFunc(text, unicode.IsSpace); sp >= 0 && utf8.RuneCountInString(text[sp:]) <= 4 && runes <= 12 {
			return false
		}
		return runes >= minHeadlineRunesUnspaced && runes <= maxHeadlineRunesUnspaced
	}
	return words >= minHeadlineWords && !isDateline(text, words) && !isByline(text)
}

// isUnspaced reports a character of a script written without spaces
// between words (Han, kana, Thai).
func isUnspaced(r rune) bool {
	if r >= 0x0E00 && r <= 0x0E7F {
		return true // Thai
	}
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
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

// titleTokens holds a page title's tokens (hashes, see tokenizer): all of
// them, buf[:n], and those of its headline part, buf[head:headEnd]. It
// keeps indexes, not slices of itself, so that it stays on the stack.
type titleTokens struct {
	buf           [maxTitleTokens]uint64
	n             int
	head, headEnd int
	// minBytes and maxBytes bound the length of a line that can repeat
	// the title: a third of the headline part's bytes (it must have half
	// its tokens) and twice the title's plus a little (80% of its tokens
	// are the title's).
	minBytes, maxBytes int
}

// titleSeparators split a page's title into its headline and the site's
// name and section.
var titleSeparators = []string{" | ", " - ", " – ", " — ", "_", " :: ", " · ", " « ", " » "}

// set reads title: its tokens, and the headline part's: the first segment
// between separators ("Headline | Site"), unless another has more than
// twice as many tokens ("Site - Headline of the day").
func (t *titleTokens) set(title string) {
	t.n, t.head, t.headEnd = 0, 0, 0
	t.maxBytes = 2*len(title) + 16
	firstStart, firstEnd, firstBytes, headBytes := -1, -1, 0, 0
	for title != "" && t.n < maxTitleTokens {
		cut, sepLen := len(title), 0
		for _, sep := range titleSeparators {
			if i := strings.Index(title, sep); i >= 0 && i < cut {
				cut, sepLen = i, len(sep)
			}
		}
		seg := title[:cut]
		title = title[min(len(title), cut+sepLen):]
		start := t.n
		for tk := (tokenizer{s: seg}); t.n < maxTitleTokens; {
			h, ok := tk.next()
			if !ok {
				break
			}
			t.buf[t.n] = h
			t.n++
		}
		if firstStart < 0 && t.n > start {
			firstStart, firstEnd, firstBytes = start, t.n, len(seg)
		}
		if t.n-start > t.headEnd-t.head {
			t.head, t.headEnd, headBytes = start, t.n, len(seg)
		}
	}
	if firstStart >= 0 && 2*(firstEnd-firstStart) >= t.headEnd-t.head {
		t.head, t.headEnd, headBytes = firstStart, firstEnd, firstBytes
	}
	t.minBytes = headBytes / 3
}

// repeated reports whether text repeats the title: at least titleShare of
// its tokens are tokens of the title, and it has at least titleCover of
// the headline part's tokens.
func (t *titleTokens) repeated(text string) bool {
	all, head := t.buf[:t.n], t.buf[t.head:t.headEnd]
	if len(text) > maxRepeatBytes || len(text) > t.maxBytes || len(text) < t.minBytes || len(head) == 0 {
		return false
	}
	var seen [maxTitleTokens]bool
	n, in, covered := 0, 0, 0
	for tk := (tokenizer{s: text}); ; {
		h, ok := tk.next()
		if !ok {
			break
		}
		n++
		for _, x := range all {
			if h == x {
				in++
				break
			}
		}
		for j, x := range head {
			if h == x && !seen[j] {
				seen[j] = true
				covered++
				break
			}
		}
	}
	return n > 0 && float64(in) >= titleShare*float64(n) && float64(covered) >= titleCover*float64(len(head))
}

// maxTitleTokens is the most tokens of a page's title that are read.
const maxTitleTokens = 64

// appendTitleTokens appends the tokens of s to dst, up to maxTitleTokens
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

// mixRune adds r to the FNV-1a hash h, as the bytes of its UTF-8 form
// (so that no character hashes as two ASCII letters).
func mixRune(h uint64, r rune) uint64 {
	var b [utf8.UTFMax]byte
	for _, c := range b[:utf8.EncodeRune(b[:], r)] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// creditTail reports whether text ends with a short parenthesis or
// bracket of at most three words, as a caption's credit does ("… (AP)",
// "… [File: Reuters]"), and not a headline's tag ("(VIDEO)", "[Updated]");
// a headline's own closing parenthesis is longer ("… (in real time without
// downtime)").
func creditTail(text string) bool {
	open := strings.LastIndexAny(text, "([（【")
	if open < 0 {
		return false
	}
	inner := strings.Trim(text[open:], "()[]（）【】 ")
	if !strings.ContainsFunc(inner, unicode.IsLetter) {
		return false // a score, a year or a count: "(24-21)", "(2026)"
	}
	var buf [16]byte
	if headlineTags[string(lowerInto(buf[:0], inner))] {
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

// headlineTags are the tags a headline may end with in parentheses or
// brackets.
var headlineTags = map[string]bool{
	"video": true, "videos": true, "photos": true, "pictures": true, "pics": true, "watch": true,
	"updated": true, "update": true, "live": true, "gallery": true, "poll": true, "exclusive": true,
	"analysis": true, "opinion": true, "podcast": true, "audio": true,
}

// endsWithAbbreviation reports whether text ends with an abbreviation with
// a stop inside it ("U.S.", "a.m."), not with a sentence.
func endsWithAbbreviation(text string) bool {
	i := strings.LastIndexFunc(text, unicode.IsSpace)
	w := strings.TrimSuffix(text[i+1:], ".")
	return strings.Contains(w, ".")
}

// isDateline reports a short line (at most maxDatelineWords words) with a
// date: an English month or weekday name and a number, or a numeric date
// (12.05.2024, 2024-05-12, 12/05/24).
func isDateline(text string, words int) bool {
	if words > maxDatelineWords {
		return false
	}
	number, month := false, false
	for rest := strings.TrimSpace(text); rest != ""; {
		var w string
		w, rest = cutWord(rest)
		w = strings.Trim(w, ",.;:()")
		var buf [16]byte
		switch {
		case w == "":
		case isDigitByte(w[0]) && (strings.Count(w, "/") == 2 || strings.Count(w, "-") == 2 || strings.Count(w, ".") == 2):
			return true
		case monthsAndDays[string(lowerInto(buf[:0], w))]:
			month = true
		case strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0:
			number = true
		}
	}
	return month && number
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// monthsAndDays are English month and weekday names and abbreviations.
var monthsAndDays = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// isByline reports a line that starts with a byline word ("By", "Von",
// "Por", "Par", "Door") followed by a capitalised word: "By Jane Roe".
func isByline(text string) bool {
	w, rest := cutWord(text)
	var buf [8]byte
	switch string(lowerInto(buf[:0], w)) {
	case "by", "von", "por", "par", "door":
	default:
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(next)
}

// lowerInto appends w lower-cased to dst when it fits dst's capacity (a
// stack buffer), and returns dst empty otherwise: the words looked up this
// way are short, and a longer one is none of them.
func lowerInto(dst []byte, w string) []byte {
	if len(w) > cap(dst) {
		return dst[:0]
	}
	for _, r := range w {
		r = unicode.ToLower(r)
		if len(dst)+utf8.RuneLen(r) > cap(dst) {
			return dst[:0]
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// maxTwoSentenceWords is the longest headline, in words, that holds two
// sentences.
const maxTwoSentenceWords = 15

// isKicker reports a line that may be a kicker over the headline: one or
// two words, no digit and no final stop ("El tiempo", "Lekkoatletyka").
func isKicker(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > 40 || strings.ContainsFunc(text, unicode.IsDigit) || strings.HasSuffix(text, ".") {
		return false
	}
	words, in := 0, false
	for _, r := range text {
		space := unicode.IsSpace(r)
		if !space && !in {
			words++
		}
		in = !space
	}
	return words <= 2
}
