package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Crawlers that convert pages to Markdown (turndown, html2text and the
// readers built on them) keep what a text dump drops: link targets
// ("[Home](/)", "[text](https://… "title")"), images ("![alt](src)"),
// heading and list markers ("# ", "*   "), emphasis ("**"), quotes ("> ")
// and table pipes. The learned model was trained on text dumps, where a menu
// item is the word "Home" and a heading its words; on Markdown the
// URLs and markers change its features (a paragraph with three inline links
// has three URLs). It reads a Markdown document through its text view
// (demarkdown): every line with the markup taken out, as a text dump would
// have it. The paragraphs written out keep their Markdown.

// markdownMinLines is the number of lines with Markdown links, images or
// ATX headings from which a plain-text document is read as Markdown; text
// dumps have none.
const markdownMinLines = 3

// markdownScanLines is how many of a document's first lines isMarkdown
// reads: a converter's menus and headline come first.
const markdownScanLines = 300

// isMarkdown reports whether a plain-text document is Markdown: at least
// markdownMinLines of its first markdownScanLines lines hold a link or
// image ("](") or start with an ATX heading marker ("# " to "###### ").
func isMarkdown(paras []corpus.Paragraph) bool {
	return leadingLinesMatch(paras, markdownScanLines, markdownMinLines, func(s string) bool {
		return strings.Contains(s, "](") || headingLevel(s) > 0
	})
}

// demarkdown returns the paragraphs of a Markdown document with the text
// of demarkLine, the copy in *buf (the texts share one new string), and
// true. Any other document is returned as it is, with false.
func demarkdown(paras []corpus.Paragraph, buf *[]corpus.Paragraph) ([]corpus.Paragraph, bool) {
	if !isMarkdown(paras) {
		return paras, false
	}
	out := rewriteTexts(paras, buf, demarkLine)
	// A line with nothing but markup (a quote's ">" between its
	// paragraphs) is where a text dump has a blank line: the lines after
	// it start a new block.
	shift := 0
	for i := range out {
		empty := out[i].Text == "" && i+1 < len(out) && out[i+1].Block == out[i].Block
		out[i].Block += shift
		if empty {
			shift++
		}
	}
	return out, true
}

// rewriteTexts returns a copy of paras, made in *buf, whose texts are
// line's rewriting of theirs; the texts share one new string.
func rewriteTexts(paras []corpus.Paragraph, buf *[]corpus.Paragraph, line func(dst []byte, s string) []byte) []corpus.Paragraph {
	size := 0
	for i := range paras {
		size += len(paras[i].Text)
	}
	text := make([]byte, 0, size)
	ends := make([]int, len(paras))
	for i := range paras {
		text = line(text, paras[i].Text)
		ends[i] = len(text)
	}
	all := string(text)
	out := append((*buf)[:0], paras...)
	*buf = out
	start := 0
	for i := range out {
		out[i].Text = all[start:ends[i]]
		start = ends[i]
	}
	return out
}

// headingLevel returns n when s starts with an ATX heading marker of n
// "#" (1 to 6) and a space, else 0.
func headingLevel(s string) int {
	n := 0
	for n < len(s) && n < 7 && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return 0
	}
	return n
}

// demarkLine appends to dst the text of the Markdown line s as a text dump
// would have it: without its leading heading, quote and bullet markers,
// with links and images replaced by their text, without link targets,
// emphasis markers ("**", "__"), code backticks and the backslashes of
// escaped punctuation, and with a table row's pipes turned into spaces;
// spaces are collapsed and the text trimmed.
func demarkLine(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	for {
		if n := headingLevel(s); n > 0 {
			// Without an ATX heading's closing marks ("## Herde zählt
			// jetzt 41 Tiere ##"), as Perl's HTML::FormatMarkdown writes
			// them.
			s = trimClosingMarks(strings.TrimLeft(s[n:], " "))
			continue
		}
		if len(s) > 0 && s[0] == '>' {
			s = strings.TrimLeft(s[1:], " ")
			continue
		}
		if len(s) > 1 && (s[0] == '*' || s[0] == '-' || s[0] == '+') && s[1] == ' ' {
			s = strings.TrimLeft(s[1:], " ")
			continue
		}
		break
	}
	table := len(s) > 1 && s[0] == '|'
	start := len(dst)
	dst = demarkInline(dst, s, table)
	return collapseSpaces(dst, start)
}

// demarkInline appends the text of s with links and images replaced by
// their text and emphasis, backticks and escapes taken out; table turns
// pipes into spaces.
func demarkInline(dst []byte, s string, table bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if text, next, ok := linkAt(s, i+1); ok {
				dst = demarkInline(append(dst, ' '), text, false)
				dst = append(dst, ' ')
				i = next
				continue
			}
		case c == '[':
			if text, next, ok := linkAt(s, i); ok {
				dst = demarkInline(dst, text, false)
				i = next
				continue
			}
		case (c == '*' || c == '_') && i+1 < len(s) && s[i+1] == c:
			i += 2
			continue
		case (c == '*' || c == '_') && isEmphasisMark(s, i):
			i++
			continue
		case c == '`':
			i++
			continue
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			dst = append(dst, s[i+1])
			i += 2
			continue
		case c == '|' && table:
			dst = append(dst, ' ')
			i++
			continue
		}
		dst = append(dst, c)
		i++
	}
	return dst
}

// linkAt parses a link "[text](target)" starting at s[i] == '[': text is
// the text between the brackets (nested brackets balanced), next the
// index after the closing parenthesis of the target (nested parentheses
// balanced; the target may hold a quoted title). ok is false when s[i:]
// is no link.
func linkAt(s string, i int) (text string, next int, ok bool) {
	depth := 0
	j := i
	for ; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			depth++
		case ']':
			depth--
		}
		if depth == 0 {
			break
		}
	}
	if j+1 >= len(s) || s[j] != ']' || s[j+1] != '(' {
		return "", 0, false
	}
	depth = 0
	k := j + 1
	for ; k < len(s); k++ {
		switch s[k] {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth == 0 {
			break
		}
	}
	if k >= len(s) {
		return "", 0, false
	}
	return s[i+1 : j], k + 1, true
}

// isASCIIPunct reports whether c is ASCII punctuation, which Markdown lets
// a backslash escape.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// isEmphasisMark reports whether the '*' or '_' at s[i] opens or closes
// emphasis: it opens a word (after the line's start, a space or an opening
// bracket or quote, before a letter or digit) or closes one (after a letter,
// digit or closing punctuation, before the line's end, a space or
// punctuation). Underscores and asterisks inside words ("snake_case",
// "2*3") stay.
func isEmphasisMark(s string, i int) bool {
	before := byte(' ')
	if i > 0 {
		before = s[i-1]
	}
	after := byte(' ')
	if i+1 < len(s) {
		after = s[i+1]
	}
	opens := (before == ' ' || before == '(' || before == '"' || before == '\'' || before == '[') && isWordByte(after)
	closes := (isWordByte(before) || before == '.' || before == '!' || before == '?' || before == ')' || before == '"') && (after == ' ' || isASCIIPunct(after))
	return opens || closes
}

// isWordByte reports whether c is an ASCII letter or digit or a byte of a
// multi-byte UTF-8 character (a letter of another script, as far as
// emphasis marks go).
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// tableRowsMin is the fewest rows (the delimiter row included) of a
// Markdown table markdownTables reads.
const tableRowsMin = 3

// tableContextMax is how many lines above a table markdownTables looks for
// the article (over a heading and a "read also" line, say).
const tableContextMax = 3

// markdownTables gives a Markdown table inside the article back to the
// body, with what the chain carried away after it. A Markdown table is
// markup a text dump has not: its rows ("| 05:32 | Titisee | 06:10 |") read
// to the model like the stamps of comments (a name, a date, a time), and
// the chain then takes the paragraphs under the table for a comment
// section. A table of at least tableRowsMin rows (paras are the page's own
// lines, with their markup) whose nearest body paragraph above is at most
// tableContextMax lines away is body (lines with no text not counted), rows
// and heading ("## Die neuen Abfahrtszeiten …", a line starting with "#"
// right above it, or above a line that ends with a colon, which goes with
// it) alike; under
// it, the lines the model called comment above the rules' comment section
// (commentsFrom) go to the body, or to chrome when they carry a chrome cue
// ("Anzeige"), up to the first line with another label.
func markdownTables(paras []corpus.Paragraph, fs []features.Features, commentsFrom int, out []Scored) {
	n := len(paras)
	isRow := func(i int) bool {
		t := strings.TrimSpace(paras[i].Text)
		return len(t) > 1 && t[0] == '|' && t[len(t)-1] == '|'
	}
	for a := 0; a < n; a++ {
		if !isRow(a) {
			continue
		}
		b := a
		for b < n && isRow(b) {
			b++
		}
		if b-a < tableRowsMin {
			a = b
			continue
		}
		body := false
		for k, seen := a-1, 0; k >= 0 && seen < tableContextMax; k-- {
			if isMarkupOnly(paras[k].Text) {
				continue
			}
			if out[k].Label == corpus.Body {
				body = true
				break
			}
			seen++
		}
		if !body || a >= commentsFrom {
			a = b
			continue
		}
		h := lineAbove(paras, a)
		if h >= 0 && fs[h].EndsColon && out[h].Label != corpus.Comment {
			// The line that announces the table ("…如下："), then its
			// heading.
			out[h] = Scored{Label: corpus.Body, Score: 0.6}
			h = lineAbove(paras, h)
		}
		if h >= 0 && headingLevel(strings.TrimSpace(paras[h].Text)) > 0 && out[h].Label != corpus.Comment {
			out[h] = Scored{Label: corpus.Body, Score: 0.6}
		}
		for i := a; i < b; i++ {
			out[i] = Scored{Label: corpus.Body, Score: 0.6}
		}
		for j := b; j < n && j < commentsFrom && out[j].Label == corpus.Comment; j++ {
			if fs[j].Cues[corpus.Chrome] {
				out[j] = Scored{Label: corpus.Chrome, Score: 0.6}
			} else {
				out[j] = Scored{Label: corpus.Body, Score: 0.6}
			}
		}
		a = b
	}
}

// trimClosingMarks returns text without the closing marks of an ATX
// heading at its end ("… Kommentare (3) ##"): marks after a space.
func trimClosingMarks(text string) string {
	if !strings.HasSuffix(text, "#") {
		return text
	}
	if t := strings.TrimRight(text, "#"); strings.HasSuffix(t, " ") {
		return strings.TrimRight(t, " ")
	}
	return text
}

// isMarkupOnly reports a line of a Markdown page with no text: what a
// Markdown rewrite left of a line of markup alone (a Haddock anchor,
// haddockMarkdown).
func isMarkupOnly(s string) bool { return strings.TrimSpace(s) == "" }

// lineAbove returns the nearest line above line i that is not
// isMarkupOnly, or -1.
func lineAbove(paras []corpus.Paragraph, i int) int {
	for i--; i >= 0 && isMarkupOnly(paras[i].Text); i-- {
	}
	return i
}

// isMarkdownSubheading reports a Markdown heading below the headline's
// level ("## Un tarif social à l'étude") that is no Chinese heading of a
// list of other stories ("### 熱門新聞").
func isMarkdownSubheading(s string) bool {
	n := headingLevel(s)
	return n >= 2 && !(hasCJK(s) && cjkLine(strings.TrimSpace(s[n:])) == cjkPromoHeading)
}
