package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A comment thread has the same shape in every language: each comment is
// a stamp line (the reader's name, a separator and a date or an age), the
// comment's text, and a bar of buttons with counts ("Svara · Líkar við
// (12)", "Balas · Suka (24)") that reads the same under every comment but
// for its counts. commentThread finds threads by their stamps' and bars'
// words, which it has for some thirty languages; shapedThreads finds them
// by that shape alone, for the others.

// Bounds of shapedThreads: a bar has at most shapedBarMaxWords words and
// shapedBarMaxBytes bytes; a comment (stamp to bar) at most
// shapedCommentMaxLines lines; a stamp at most shapedStampMaxWords words.
const (
	shapedBarMaxWords     = 6
	shapedBarMaxBytes     = 60
	shapedCommentMaxLines = 6
	shapedStampMaxWords   = 12
)

// barShape writes to dst the shape of a bar line: its text with every run
// of digits as one '#'. ok is false for a line that is no bar: too long,
// without a digit, without a separator ("·", "|") or a count in
// parentheses, or without two letters.
func barShape(dst []byte, text string, words int) (shape []byte, ok bool) {
	if len(text) > shapedBarMaxBytes || words == 0 || words > shapedBarMaxWords {
		return dst, false
	}
	digits, letters := false, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			if !digits || dst[len(dst)-1] != '#' {
				dst = append(dst, '#')
			}
			digits = true
			continue
		case c >= 0x80 || (c|0x20) >= 'a' && (c|0x20) <= 'z':
			letters++
		}
		dst = append(dst, c)
	}
	sep := strings.Contains(text, "·") || strings.IndexByte(text, '|') >= 0 || strings.Contains(text, "(")
	return dst, digits && sep && letters >= 2
}

// isStampShape reports a line that may be a comment's stamp: a short line
// with a separator ("·", "|", " – ") and a digit of any script after it
// ("· ২ ঘণ্টা আগে"), or one that
// ends in a clock time after a letter ("คนเมืองน่าน 3 ธ.ค. 2569 15:02").
func isStampShape(text string, f *features.Features) bool {
	if words := shapedWords(text, f); words == 0 || words > shapedStampMaxWords || f.Digits == 0 || f.EndsSentence {
		return false
	}
	k, n := namedDateSeparator(text)
	if k <= 0 {
		return f.HasTime && endsWithClockTime(text) && f.Letters > 0
	}
	return strings.IndexFunc(text[k+n:], unicode.IsDigit) >= 0
}

// endsWithClockTime reports a line that ends in a clock time, "15:02" or
// "9:40".
func endsWithClockTime(s string) bool {
	s = strings.TrimRight(s, " ")
	n := len(s)
	return n >= 4 && isDigit(s[n-1]) && isDigit(s[n-2]) && s[n-3] == ':' && isDigit(s[n-4])
}

// shapedThreads labels comment the comments of a thread found by its
// shape: two or more bars of the same shape (barShape), each at most
// shapedCommentMaxLines lines under a stamp (isStampShape) with a line of
// text between them, under the article's first body line. The comments'
// lines from each stamp to its bar become comment, whatever the model
// labelled them (a stamp with a name may pass for a byline), and so does
// a heading with a count right above the first stamp (isCountedHeading).
func shapedThreads(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	var bufA, bufB [shapedBarMaxBytes + 8]byte
	type comment struct{ stamp, bar int }
	var run []comment
	var runShape []byte
	flush := func() {
		if len(run) >= 2 {
			for _, c := range run {
				for k := c.stamp; k <= c.bar; k++ {
					if l := out[k].Label; l != corpus.Comment {
						out[k] = Scored{Label: corpus.Comment, Score: 0.6}
					}
				}
			}
			if h := threadHeading(paras, fs, run[0].stamp, first); h >= 0 {
				for k := h; k < run[0].stamp; k++ {
					out[k] = Scored{Label: corpus.Comment, Score: 0.6}
				}
				threadForm(paras, fs, out, run[len(run)-1].bar, headingStem(paras[h].Text))
			}
		}
		run = run[:0]
	}
	for i := first + 1; i < len(paras); i++ {
		shape, ok := barShape(bufA[:0], paras[i].Text, shapedWords(paras[i].Text, &fs[i]))
		if !ok {
			continue
		}
		// The stamp: the nearest stamp-shaped line above, with text
		// between.
		stamp := -1
		for k := i - 2; k >= 0 && k >= i-shapedCommentMaxLines; k-- {
			if isStampShape(paras[k].Text, &fs[k]) {
				stamp = k
				break
			}
		}
		if stamp < 0 || len(run) > 0 && stamp <= run[len(run)-1].bar {
			continue // no stamp above, or the last comment's: a stamp line, not a bar
		}
		if len(run) > 0 && string(shape) != string(runShape) {
			flush()
		}
		if len(run) == 0 {
			runShape = append(bufB[:0], shape...)
		}
		run = append(run, comment{stamp, i})
	}
	flush()
}

// countedHeadingMaxWords is the most words of a thread's heading with its
// count ("Komente (3)", "Comentarios 12").
const countedHeadingMaxWords = 3

// isCountedHeading reports a heading with a count, right above a thread
// that shapedThreads found: a word or two and a number, no sentence.
func isCountedHeading(text string, f *features.Features) bool {
	return f.Digits > 0 && shapedWords(text, f) <= countedHeadingMaxWords && f.Letters > f.Digits && !f.EndsSentence && !f.HasTime
}

// threadHeading returns the heading with a count over a thread whose first
// stamp is at stamp (isCountedHeading): the line above the stamp, or the
// one above that over a line of the section's rules ("Maoni (4)" / "Maoni
// yanayokiuka sheria … hayatachapishwa."), below the article's first body
// line at first; or -1.
func threadHeading(paras []corpus.Paragraph, fs []features.Features, stamp, first int) int {
	h := prevText(paras, stamp)
	for range 2 {
		if h <= first {
			return -1
		}
		if isCountedHeading(paras[h].Text, &fs[h]) {
			return h
		}
		h = prevText(paras, h)
	}
	return -1
}

// Bounds of threadForm: it reads formScanLines lines under a thread's last
// line; a line that names the comments has at most formNoticeWords words,
// a field or button between two such lines at most formMaxWords. A
// heading's stem is its longest word less stemDrop characters, but stemMin
// at least.
const (
	formScanLines   = 5
	formMaxWords    = 6
	formNoticeWords = 12
	stemDrop        = 2
	stemMin         = 4
)

// threadForm labels comment the comment form under a thread, whose lines
// repeat the word of the thread's heading ("Komente (3)" over "Lini një
// koment" and "Dërgo komentin"; "ความคิดเห็น (2)" over "ส่งความคิดเห็น";
// "Iruzkinak (3)" over "Utzi zure iruzkina", "Izena", "Bidali",
// "Iruzkinak moderatu egiten dira."), in any language: among the
// formScanLines lines under the thread's last line (last), above any line
// of body, the lines whose folded text holds stem, and the short lines
// between two of them (its fields and buttons).
func threadForm(paras []corpus.Paragraph, fs []features.Features, out []Scored, last int, stem string) {
	if stem == "" {
		return
	}
	from, to := -1, -1
	for k := last + 1; k < len(paras) && k <= last+formScanLines; k++ {
		if out[k].Label == corpus.Body {
			break
		}
		if shapedWords(paras[k].Text, &fs[k]) <= formNoticeWords && containsFold(paras[k].Text, stem) {
			if from < 0 {
				from = k
			}
			to = k
		}
	}
	for k := from; k >= 0 && k <= to; k++ {
		if k == from || k == to || containsFold(paras[k].Text, stem) || shapedWords(paras[k].Text, &fs[k]) <= formMaxWords {
			out[k] = Scored{Label: corpus.Comment, Score: 0.6}
		}
	}
}

// countedMinLines is the fewest comment lines under a heading with a count
// that make a section whose form countedSections looks for.
const countedMinLines = 2

// countedSections labels comment the comment section under a heading with
// a count that is labelled comment ("Iruzkinak (3)") when no bars make it
// a thread shapedThreads finds: a stamp-shaped line between the heading or
// a comment line and another comment line (a reader's stamp the model
// called promo), and the comment form under the section's last comment
// line (threadForm) when countedMinLines lines or more are comment.
func countedSections(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	for h := first + 1; h < len(paras); h++ {
		if out[h].Label != corpus.Comment || !isCountedHeading(paras[h].Text, &fs[h]) ||
			h+1 < len(paras) && isCountedHeading(paras[h+1].Text, &fs[h+1]) {
			continue // no heading, or a list of counts (a poll's results)
		}
		last := h
		for k := h + 1; k < len(paras); k++ {
			if out[k].Label == corpus.Comment {
				last = k
				continue
			}
			if k+1 < len(paras) && out[k+1].Label == corpus.Comment && isStampShape(paras[k].Text, &fs[k]) {
				out[k] = Scored{Label: corpus.Comment, Score: 0.6}
				last = k
				continue
			}
			break
		}
		if last >= h+countedMinLines {
			threadForm(paras, fs, out, last, headingStem(paras[h].Text))
		}
		h = last
	}
}

// headingStem returns the stem of a heading's longest word, lower-cased:
// the word less stemDrop characters, stemMin at least, or "" when the
// word is shorter than stemMin. A word is a run of letters and marks.
func headingStem(text string) string {
	best, bestRunes := "", 0
	start, runes := -1, 0
	for i, r := range text + " " {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			if start < 0 {
				start, runes = i, 0
			}
			runes++
			continue
		}
		if start >= 0 && runes > bestRunes {
			best, bestRunes = text[start:i], runes
		}
		start = -1
	}
	if bestRunes < stemMin {
		return ""
	}
	keep := max(stemMin, bestRunes-stemDrop)
	i := 0
	for range keep {
		_, size := utf8.DecodeRuneInString(best[i:])
		i += size
	}
	return strings.ToLower(best[:i])
}

// containsFold reports whether s holds stem (lower-cased) in any case,
// without allocating.
func containsFold(s, stem string) bool {
	for i := 0; i+len(stem) <= len(s); i++ {
		if utf8.RuneStart(s[i]) && strings.EqualFold(s[i:i+len(stem)], stem) {
			return true
		}
	}
	return false
}

// shapedWords returns the words of a line for the bounds of shapedThreads:
// the features' words, or in a line with characters of a script written
// without spaces (which they count two to a word) its fields, so that a
// Thai reader's name is no longer than a Latin one.
func shapedWords(text string, f *features.Features) int {
	if f.CJK > 0 {
		return fieldCount(text)
	}
	return f.Words
}

// Bounds of stampedSections: the first stamp stands at most
// stampedFirstGap lines under the heading, each next one at most
// stampedCommentLines lines under the last.
const (
	stampedFirstGap     = 3
	stampedCommentLines = 4
)

// stampedSections labels comment a comment section without bars found by
// its shape in any language: a heading with a count (isCountedHeading,
// "კომენტარები (3)") under the article's first body line, and under it
// stamp-shaped lines (isStampShape: "დავით მ. · 2 საათის წინ"), two or
// more and no more than the count, each over a line of text. The lines
// from the heading to the line under the last stamp become comment,
// whatever the model called them, when it did not call the heading and
// the line under it comment: in a language it has no words of, it took a
// thread for the article's body, or (the heading comment) for a promo box
// under its heading (18 labels of the check sets, none lost). Under a short heading without a count
// (isThreadTitle, "পাঠকের মন্তব্য"), at most a line below it, it takes
// stampedUncountedMin stamps or more, two of which give their dates
// alike (sameStampTails), whatever the heading's label.
func stampedSections(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	for h := first + 1; h < len(paras); h++ {
		text, from := paras[h].Text, h // the heading's text, the first line it heads
		counted := isCountedHeading(text, &fs[h])
		if !counted {
			if tail := joinedCountedHeading(text); tail != "" {
				// The heading run into the end of the line above it,
				// which keeps its label.
				text, from, counted = tail, h+1, true
			}
		}
		lead := 0 // the count of a heading run into the first stamp
		if !counted {
			lead = countedLead(paras[h].Text)
		}
		// A comment heading without a count ("Cummentos") over one
		// comment or more.
		headed := !counted && lead == 0 && fs[h].Words <= commentMaxHeadingWords && isCommentHeading(text)
		if !counted && lead == 0 && !headed && !isThreadTitle(paras[h].Text, &fs[h]) {
			continue
		}
		var stamps []int
		if lead > 0 {
			// "Imibono (1) Zanele K. · 3 Disemba 2026": the heading and
			// the first comment's stamp on one line.
			stamps = append(stamps, h)
		}
		last := h
		for k := h + 1; k < len(paras); k++ {
			gap := stampedCommentLines
			if len(stamps) == 0 {
				gap = stampedFirstGap
			}
			if k-last > gap {
				break
			}
			if isStampShape(paras[k].Text, &fs[k]) {
				if k+1 >= len(paras) || isStampShape(paras[k+1].Text, &fs[k+1]) {
					break // a stamp over no text
				}
				stamps = append(stamps, k)
				last = k
			}
		}
		if lead > 0 {
			if len(stamps) > lead || len(stamps) == 1 && lead > 1 {
				continue // more stamps than comments, or one stamp under a count of more
			}
		} else if len(stamps) < 2 && !(counted && len(stamps) == 1 && headingCount(text) == 1 && linesBetween(paras, h, stamps[0]) <= 1) &&
			!(headed && len(stamps) == 1 && linesBetween(paras, h, stamps[0]) <= 1) {
			continue
		}
		if counted {
			if headingCount(text) < len(stamps) || out[h].Label == corpus.Comment && out[h+1].Label == corpus.Comment {
				continue // more stamps than comments; or the model found the section (countedSections reads its form)
			}
		} else if lead == 0 && !headed && (len(stamps) < stampedUncountedMin || linesBetween(paras, h, stamps[0]) > 1 || !sameStampTails(paras, stamps)) {
			continue
		}
		end := stamps[len(stamps)-1] + 1
		for k := from; k <= end; k++ {
			if out[k].Label != corpus.Comment {
				out[k] = Scored{Label: corpus.Comment, Score: 0.6}
			}
		}
		h = end
	}
}

// joinedCountedHeading returns the heading with a count that a converter
// ran into the end of the line above it with its ATX marks ("* [Kerwe in
// Bolanden](/markt)## Kommentare (3) ##", as agentmarkdown prints a list
// followed by a heading): the text after the last "## ", without its
// closing marks, of one to countedHeadingMaxWords words and a count in
// brackets; or "".
func joinedCountedHeading(text string) string {
	k := strings.LastIndex(text, "## ")
	if k <= 0 || strings.TrimSpace(strings.TrimRight(text[:k], "#")) == "" {
		return ""
	}
	tail := trimClosingMarks(text[k+len("## "):])
	head := trimCount(tail)
	if len(head) == len(tail) {
		return "" // no count
	}
	if words := fieldCount(head); words == 0 || words > countedHeadingMaxWords {
		return ""
	}
	return tail
}

// countedLead returns the count of a comment heading run into the first
// comment's stamp ("Imibono (1) Zanele K. · 3 Disemba 2026": one to
// countedHeadingMaxWords words of letters, a count in brackets, then a
// name, a separator and a digit), or 0.
func countedLead(text string) int {
	open := strings.IndexByte(text[:min(len(text), 48)], '(')
	if open <= 0 {
		return 0
	}
	close := strings.IndexByte(text[open:], ')')
	if close < 2 {
		return 0
	}
	close += open
	n := 0
	for i := open + 1; i < close; i++ {
		if !isDigit(text[i]) || n > 1<<16 {
			return 0
		}
		n = n*10 + int(text[i]-'0')
	}
	head := strings.TrimSpace(text[:open])
	if words := fieldCount(head); words == 0 || words > countedHeadingMaxWords || strings.ContainsFunc(head, unicode.IsDigit) {
		return 0
	}
	rest := text[close+1:]
	k, sep := namedDateSeparator(rest)
	if k <= 0 || strings.IndexFunc(rest[k+sep:], unicode.IsDigit) < 0 || strings.TrimSpace(rest[:k]) == "" {
		return 0
	}
	return n
}

// stampedUncountedMin is the fewest stamps under a heading without a count
// that make stampedSections read a comment section.
const stampedUncountedMin = 2

// isThreadTitle reports a short heading without a count over a comment
// section ("পাঠকের মন্তব্য"): at most countedHeadingMaxWords words of
// threadTitleMinLetters letters or more, no digit, no sentence, no colon,
// bar or separator (a share bar's "Udostępnij: Facebook X").
func isThreadTitle(text string, f *features.Features) bool {
	return f.Digits == 0 && f.Letters >= threadTitleMinLetters && f.Separators == 0 && shapedWords(text, f) <= countedHeadingMaxWords &&
		!f.EndsSentence && strings.IndexAny(text, ":：|") < 0
}

// threadTitleMinLetters is the fewest letters of a heading without a count
// over a comment section ("X", a share button, is none).
const threadTitleMinLetters = 4

// linesBetween returns the number of lines with text between lines a and
// b, rules drawn under a heading ("-----------") aside.
func linesBetween(paras []corpus.Paragraph, a, b int) int {
	n := 0
	for k := a + 1; k < b; k++ {
		if paras[k].Text != "" && !isDrawnRule(paras[k].Text) {
			n++
		}
	}
	return n
}

// sameStampTails reports whether two of the stamps share the shape of
// what follows their separator, digits aside ("· 2 ঘণ্টা আগে", "· 1
// ঘণ্টা আগে"): a thread's stamps give their dates alike, a match's
// line-ups ("Iago Lema (Leo Bouzas, 78'), …") do not.
func sameStampTails(paras []corpus.Paragraph, stamps []int) bool {
	var a, b []byte
	for x := range stamps {
		a = stampTail(a[:0], paras[stamps[x]].Text)
		for y := x + 1; y < len(stamps); y++ {
			if b = stampTail(b[:0], paras[stamps[y]].Text); string(a) == string(b) {
				return true
			}
		}
	}
	return false
}

// stampTail appends to dst what follows a stamp's separator
// (namedDateSeparator) with every run of digits of any script as one '#'.
func stampTail(dst []byte, text string) []byte {
	k, n := namedDateSeparator(text)
	if k < 0 {
		return dst
	}
	digit := false
	for _, r := range text[k+n:] {
		if unicode.IsDigit(r) {
			if !digit {
				dst = append(dst, '#')
			}
			digit = true
			continue
		}
		digit = false
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// headingCount returns the last number of a heading ("Komente (3)": 3), or
// 0.
func headingCount(text string) int {
	n, in, got := 0, false, 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= '0' && c <= '9' {
			if !in {
				n = 0
			}
			n = n*10 + int(c-'0')
			in = true
			if n > 1<<20 {
				return 0
			}
			continue
		}
		if in {
			got = n
		}
		in = false
	}
	if in {
		got = n
	}
	return got
}
