// Package split cuts a document's normalised text into paragraphs and keeps
// each paragraph's byte offsets.
//
// Scraped dumps come three ways, and all are handled:
//   - blank lines between paragraphs;
//   - one paragraph per line (html-text style page dumps);
//   - hard-wrapped text, lines broken at a fixed width (about 60–100 columns),
//     which is re-joined into paragraphs: block by block where blank lines
//     part the paragraphs, line by line where they do not (Debian's
//     html2text), and without a space between two wide characters.
//
// A blank-line block is a unit of layout, not of meaning: a block that holds
// several lines which are not a wrapped paragraph (a name line above a bio, or
// "View Comments" above "Leave a comment") becomes one paragraph per line, so
// that each can be labelled on its own. Every paragraph records the index of
// the block it came from.
package split

import (
	"context"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/htmlsplit"
)

// Stage is the splitting stage. Its zero value is ready to use.
type Stage struct{}

// Name implements stages.Stage.
func (Stage) Name() string { return "split" }

// Process implements stages.Stage: it fills d.Paragraphs from d.Text.
func (Stage) Process(_ context.Context, d *corpus.Document) error {
	if htmlsplit.IsHTML(d) {
		return nil // the HTML stage already made its text and paragraphs
	}
	d.Paragraphs = Paragraphs(d.Text, d.Paragraphs[:0])
	return nil
}

// Wrapping limits: a block is read as hard-wrapped when its lines fill a
// width in this range.
const (
	minWrapWidth = 40
	maxWrapWidth = 100
	// maxDocWrapWidth is maxWrapWidth for a block whose whole document
	// is wrapped at its width (casedWrapWidth): w3m -cols 120 and the like.
	maxDocWrapWidth = 132
	// maxWideWrapWidth is maxWrapWidth for lines of wide characters
	// (wideWrapWidth): lynx wraps Chinese at about 72 characters, 144
	// columns.
	maxWideWrapWidth = 160
	// fullLine is the share of the wrap width a line must reach to count as
	// filled (and so continued on the next line).
	fullLine = 0.7
)

// maxBlockLines is the most lines of one block re-joined at once (see
// Paragraphs).
const maxBlockLines = 1 << 16

type line struct {
	start, end int // byte offsets in the text
	width      int // in runes or columns, set by wrapWidth when it needs them
}

// Paragraphs splits text into paragraphs, appending them to dst. Offsets
// refer to text. Blank lines separate blocks; a block whose lines are
// hard-wrapped at a common width is re-joined (lines joined by one space),
// any other multi-line block yields one paragraph per line.
//
// dst is grown once, to hold a paragraph per line of text (the most there
// can be), rather than by doubling: a document of millions of short lines
// would otherwise leave its superseded copies, together larger than the
// final one, for the collector while it is split. A block of more than
// maxBlockLines lines is taken maxBlockLines lines at a time (each part
// re-joined as a block of its own, under the same block number), which
// bounds the buffer of the block's lines.
func Paragraphs(text string, dst []corpus.Paragraph) []corpus.Paragraph {
	n := strings.Count(text, "\n") + 1 // lines
	if cap(dst)-len(dst) < n {
		dst = append(make([]corpus.Paragraph, 0, len(dst)+n), dst...)
	}
	// The lines of a block, reused per block; most blocks have a few lines,
	// which fit on the stack.
	var linesBuf [32]line
	lines := linesBuf[:0]
	block := 0
	pos := 0
	dw := docWrap{width: -1, latin: -1, block: -1, lines: n, links: strings.Contains(text, "]("), wikiLinks: strings.Contains(text, "][")}
	flushLines := func() {
		if len(lines) > 0 {
			dst = appendBlock(dst, text, lines, block, &dw)
			lines = lines[:0]
		}
	}
	flush := func() {
		if len(lines) == 0 {
			return
		}
		flushLines()
		block++
	}
	for pos <= len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		s, e := trimSpace(text, pos, end)
		if s == e {
			flush()
		} else {
			if len(lines) == maxBlockLines {
				flushLines()
			}
			lines = append(lines, line{start: s, end: e})
		}
		pos = end + 1
	}
	flush()
	return dst
}

// runeCount returns utf8.RuneCountInString(s) (an invalid byte counts as
// one rune), reading ASCII eight bytes at a time.
func runeCount(s string) int { return measure(s, false) }

// measure returns the runes of s, or its columns (wide runes counting two)
// when cols is true, reading ASCII eight bytes at a time.
func measure(s string, cols bool) int {
	n := 0
	for i := 0; i < len(s); {
		if k := asciiWords(s, i); k > 0 {
			n += k
			i += k
			continue
		}
		n++
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case cols && isWide(r):
			n++
		case isZeroWidth(r):
			n-- // a combining mark takes no column of its own
		}
	}
	return n
}

// asciiWords returns how many bytes of s from i on are ASCII, counted in
// whole eight-byte words.
func asciiWords(s string, i int) int {
	n := 0
	for ; i+n+8 <= len(s); n += 8 {
		j := i + n
		w := uint64(s[j]) | uint64(s[j+1])<<8 | uint64(s[j+2])<<16 | uint64(s[j+3])<<24 |
			uint64(s[j+4])<<32 | uint64(s[j+5])<<40 | uint64(s[j+6])<<48 | uint64(s[j+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	return n
}

// lineSpans yields the start and end of every line of text, trimmed (a
// blank line as an empty span); a final line without a newline too.
func lineSpans(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for pos := 0; pos < len(text); {
			end := strings.IndexByte(text[pos:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += pos
			}
			s, e := trimSpace(text, pos, end)
			pos = end + 1
			if !yield(s, e) {
				return
			}
		}
	}
}

// trimSpace returns the span s, e of text without the spaces, tabs and
// carriage returns at its ends.
func trimSpace(text string, s, e int) (int, int) {
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	return s, e
}

// appendBlock turns the lines of one blank-line block into paragraphs.
func appendBlock(dst []corpus.Paragraph, text string, lines []line, block int, dw *docWrap) []corpus.Paragraph {
	if k := orgDrawerEnd(text, lines); k > 0 {
		// An Org heading and its property drawer, then perhaps the
		// paragraph under them with no blank line between: the heading
		// and its drawer one paragraph, the rest a block of its own.
		dst = append(dst, joinLines(text, lines[:k], block))
		if k == len(lines) {
			return dst
		}
		return appendBlock(dst, text, lines[k:], block, dw)
	}
	for i := range lines {
		if text[lines[i].start] != '\\' {
			continue
		}
		if k := latexUnit(text, lines, i); k > 0 {
			// A LaTeX heading or list item (latexUnit): the lines
			// before it a block of their own, it one paragraph, the
			// lines after it another block.
			if i > 0 {
				dst = appendBlock(dst, text, lines[:i], block, dw)
			}
			dst = append(dst, joinLines(text, lines[i:k], block))
			if k == len(lines) {
				return dst
			}
			return appendBlock(dst, text, lines[k:], block, dw)
		}
	}
	if k := len(lines) - 1; k > 0 && isAttributeList(text[lines[k].start:lines[k].end]) {
		// A kramdown attribute list under the paragraph it classes
		// ("{: .vorspann}"), with no blank line between: the paragraph
		// is read without it, and it is a paragraph of its own.
		dst = appendBlock(dst, text, lines[:k], block, dw)
		l := lines[k]
		return append(dst, corpus.Paragraph{Text: text[l.start:l.end], Start: l.start, End: l.end, Block: block})
	}
	width := wrapWidth(text, lines, dw)
	if width == 0 {
		return appendLineByLine(dst, text, lines, block, dw)
	}
	// Re-join wrapped lines: a paragraph goes on while its lines fill the width.
	full := int(fullLine * float64(width))
	return appendRuns(dst, text, lines, block, func(s, next string, l line) bool {
		return l.width >= full && !startsList(next) && !tableRows(s, next) || dw.links && linkGoesOn(s, next) || dw.wikiLinks && wikiLinkGoesOn(s, next)
	})
}

// appendRuns turns the lines of a block into paragraphs: a line s (l)
// joins the next where goesOn says the paragraph goes on there, and an
// XML element wrapped over lines (xmlUnit) is a paragraph of its own.
func appendRuns(dst []corpus.Paragraph, text string, lines []line, block int, goesOn func(s, next string, l line) bool) []corpus.Paragraph {
	first := 0
	for i := 0; i < len(lines); i++ {
		// A line that starts with '<' may open an XML element; the byte is
		// tested before the call, the loop runs over every line.
		if text[lines[i].start] == '<' {
			if k := xmlUnit(text, lines, i); k > 0 {
				if first < i {
					dst = append(dst, joinLines(text, lines[first:i], block))
				}
				dst = append(dst, joinLines(text, lines[i:k], block))
				first, i = k, k-1
				continue
			}
		}
		l := lines[i]
		if i+1 < len(lines) && (text[lines[i+1].start] != '<' || xmlUnit(text, lines, i+1) == 0) && goesOn(text[l.start:l.end], text[lines[i+1].start:lines[i+1].end], l) {
			continue
		}
		if first == i {
			// A line alone, the most common paragraph: built in place.
			dst = append(dst, corpus.Paragraph{Text: text[l.start:l.end], Start: l.start, End: l.end, Block: block})
		} else {
			dst = append(dst, joinLines(text, lines[first:i+1], block))
		}
		first = i + 1
	}
	return dst
}

// maxTeXUnitLines is the most lines of a TeX command or list item that
// latexUnit joins.
const maxTeXUnitLines = 8

// latexUnit returns k when lines[i:k] of a block are one TeX command or
// list item that pandoc's LaTeX or ConTeXt writer wrapped over several
// lines, k > i+1, or 0: a command whose brackets open on line i and close
// on a later line ("\hypertarget{id}{%" over "\section{Title}\label{id}}",
// "\subsection[title={So viel kostet ein" over
// "Essen},reference={…}]", a figure's "\placefigure{caption" over
// "…}{\externalfigure[…]}"), or "\item" alone over its text, up to the
// next item or the list's end. (The normaliser trims the lines, so an
// item's text is known by what it is not, not by its indentation.)
func latexUnit(text string, lines []line, i int) int {
	s := text[lines[i].start:lines[i].end]
	if s == `\item` {
		k := i + 1
		for k < len(lines) && k < i+maxTeXUnitLines && !startsTeXListLine(text[lines[k].start:lines[k].end]) {
			k++
		}
		if k > i+1 {
			return k
		}
		return 0
	}
	if len(s) < 2 || !isASCIILetter(s[1]) {
		return 0
	}
	depth := texDepth(s)
	if depth <= 0 {
		return 0
	}
	for k := i + 1; k < len(lines) && k < i+maxTeXUnitLines; k++ {
		if depth += texDepth(text[lines[k].start:lines[k].end]); depth <= 0 {
			return k + 1
		}
	}
	return 0
}

// maxXMLUnitLines is the most lines of an XML element that xmlUnit joins.
const maxXMLUnitLines = 24

// xmlUnit returns k when lines[i:k] of a block are one XML element of
// text that a writer wrapped over several lines, k > i+1, or 0: line i
// opens an element ("<p>", "<head>", "<para>", "<p rend=…>") that it
// does not close, and a later line, with text before the tags that end
// it, closes it ("…steht.</p>", "…</ref></p>"), no line between opening
// an element of the same name. pandoc's TEI, DocBook and JATS writers
// wrap a paragraph at 72 columns with no blank line between blocks. An
// element closed by a line of markup alone ("</div>", "</item>",
// "</figure></p>") holds other blocks and is no unit.
func xmlUnit(text string, lines []line, i int) int {
	if lines[i].end == lines[i].start || text[lines[i].start] != '<' {
		return 0
	}
	s := text[lines[i].start:lines[i].end]
	name := xmlOpenName(s)
	if name == "" || strings.Contains(s, "</"+name+">") {
		return 0
	}
	for k := i + 1; k < len(lines) && k < i+maxXMLUnitLines; k++ {
		t := text[lines[k].start:lines[k].end]
		if xmlOpenName(t) == name {
			return 0
		}
		if e := strings.Index(t, "</"+name+">"); e >= 0 {
			if !hasTextBeforeTags(t[:e]) {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

// xmlOpenName returns the name of the element whose start tag begins s
// ("<p>", "<head>", "<text:p text:style-name=…>"), or "" when s begins
// with none: a letter after the "<", then letters, digits, ':', '-', '_'
// or '.', then a space or ">".
func xmlOpenName(s string) string {
	if len(s) < 3 || s[0] != '<' || !isASCIILetter(s[1]) {
		return ""
	}
	k := 2
	for k < len(s) && (isASCIILetter(s[k]) || s[k] >= '0' && s[k] <= '9' || s[k] == ':' || s[k] == '-' || s[k] == '_' || s[k] == '.') {
		k++
	}
	if k == len(s) || s[k] != '>' && s[k] != ' ' {
		return ""
	}
	return s[1:k]
}

// hasTextBeforeTags reports whether s, the start of a line up to an end
// tag, holds text outside tags: what "…steht.</hi>" has and "</figure>"
// has not.
func hasTextBeforeTags(s string) bool {
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			in = true
		case c == '>':
			in = false
		case !in && c != ' ' && c != '\t':
			return true
		}
	}
	return false
}

// startsTeXListLine reports a line that starts a list's next item or ends
// or begins a list or another environment ("\item", "\end{itemize}",
// "\stopitemize", "\begin{…}", "\start…").
func startsTeXListLine(s string) bool {
	for _, p := range [...]string{`\item`, `\end{`, `\begin{`, `\stop`, `\start`} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// texDepth returns how many more brackets ("{", "[") s opens than it
// closes, escaped ones ("\{") aside.
func texDepth(s string) int {
	d := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '{', '[':
			d++
		case '}', ']':
			d--
		}
	}
	return d
}

// isASCIILetter reports an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isAttributeList reports a kramdown block attribute list alone on a line
// ("{: .vorspann}", "{: #id .class}").
func isAttributeList(s string) bool {
	return len(s) >= 4 && strings.HasPrefix(s, "{:") && s[len(s)-1] == '}' && strings.IndexByte(s[2:len(s)-1], '}') < 0
}

// maxDrawerLines is the most lines of an Org heading and its property
// drawer that orgDrawerEnd joins.
const maxDrawerLines = 8

// orgDrawerEnd returns k > 0 when a block starts with an Org heading (one
// or two lines, the first after stars) and its property drawer, whose
// ":END:" is line k-1 (pandoc -t org writes them with no blank line
// before the paragraph under them), or 0.
func orgDrawerEnd(text string, lines []line) int {
	if len(lines) < 3 || text[lines[0].start] != '*' {
		return 0
	}
	props := -1
	for k := 1; k < len(lines) && k < maxDrawerLines; k++ {
		switch text[lines[k].start:lines[k].end] {
		case ":PROPERTIES:":
			if k > 2 {
				return 0 // a heading of one or two lines
			}
			props = k
		case ":END:":
			if props < 0 {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

// appendLineByLine turns the lines of a block that is not hard-wrapped as a
// whole into paragraphs: one per line, but in a document without blank lines
// between its paragraphs whose lines are hard-wrapped (latinWrapWidth) a
// line is joined to the next where a wrapper broke it (wrappedBefore), as
// Debian's html2text prints a page, and a Markdown link's text broken across
// two lines is joined (linkGoesOn).
func appendLineByLine(dst []corpus.Paragraph, text string, lines []line, block int, dw *docWrap) []corpus.Paragraph {
	w := 0
	if len(lines) > 1 && dw.latin != 0 && mayFill(lines) {
		if dw.latin < 0 {
			dw.latin = latinWrapWidth(text, dw.lines)
		}
		w = dw.latin
	}
	return appendRuns(dst, text, lines, block, func(s, next string, _ line) bool {
		return w > 0 && wrappedBefore(s, next, w) || dw.links && linkGoesOn(s, next) || dw.wikiLinks && wikiLinkGoesOn(s, next)
	})
}

// mayFill reports whether a line of the block, but the last, is long
// enough in bytes to fill a line wrapped at docWrapMinWidth runes.
func mayFill(lines []line) bool {
	for _, l := range lines[:len(lines)-1] {
		if l.end-l.start >= minLatinFilled {
			return true
		}
	}
	return false
}

// minLatinFilled is the fewest runes of a filled line in a document
// wrapped at docWrapMinWidth or more (fullLine of it).
const minLatinFilled = docWrapMinWidth * 7 / 10 // fullLine

// latinSlack is the runes a wrapped line without wide characters may fall
// short of greedyBreak's bound, or its document's width exceed a line's:
// latinWrapWidth finds the top of a band of widths two wide.
const latinSlack = 2

// wrappedBefore reports whether a line without wide characters, in a
// document hard-wrapped at width runes, was broken by the wrapper before
// next: the line fills the width (fullLine of it, and no more than it) with
// more than one word (a wrapper breaks a word longer than the width, a
// link, where it must, not where the next word would not fit), next
// is no wider and starts no list item, next's first word would not have
// fitted on the line, and the line does not end a sentence unless next goes
// on in lower case.
func wrappedBefore(s, next string, width int) bool {
	if len(s) < minLatinFilled || strings.IndexByte(s, ' ') < 0 || mayHoldWide(s) || mayHoldWide(next) || startsList(next) || isRule(s) || tableRows(s, next) {
		return false
	}
	n := runeCount(s)
	if n < int(fullLine*float64(width)) || n > width+latinSlack || runeCount(next) > width+latinSlack {
		return false
	}
	if !greedyBreak(s, n, next, width, true, latinSlack) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	first, _ := utf8.DecodeRuneInString(next)
	return !endsSentence(last) || unicode.IsLower(first)
}

// isRule reports whether s is drawn with dashes, equals signs, plus signs
// and spaces only, as the rules of a plain-text table are: a table's rule
// is no wrapped line.
func isRule(s string) bool {
	return strings.Trim(s, "-=+ ") == ""
}

// latinWrapWidth returns the width in runes at which the lines of text
// without wide characters are hard-wrapped, or 0. The width is the longest
// such line's (a line with no space aside: a wrapper must break a word
// longer than the width, a link, where it can), and the document is
// wrapped at it when it is within the wrap range, at least
// latinWrapMinLines lines break off mid-sentence (they end no sentence and
// the next line goes on in lower case; lists of headlines can fill a width
// too, but each item starts with a capital), and the document's blocks
// hold minLinesPerBlock lines on average. A dump with a paragraph per line
// has lines longer than any wrap width.
func latinWrapWidth(text string, lines int) int {
	if !fewBlankLines(text, lines) {
		return 0
	}
	width, broken := 0, 0
	prev := false // whether the line before breaks off mid-sentence
	for s, e := range lineSpans(text) {
		if prev {
			if r, _ := utf8.DecodeRuneInString(text[s:e]); unicode.IsLower(r) {
				broken++
			}
			prev = false
		}
		if e-s < docWrapMinWidth*7/10 || mayHoldWide(text[s:e]) || strings.IndexByte(text[s:e], ' ') < 0 {
			continue // too short to fill a line
		}
		if e-s > utf8.UTFMax*maxWrapWidth {
			return 0 // wider than maxWrapWidth
		}
		n := runeCount(text[s:e])
		if n > maxWrapWidth {
			return 0
		}
		width = max(width, n)
		last, _ := utf8.DecodeLastRuneInString(text[s:e])
		prev = !endsSentence(last)
	}
	if width < docWrapMinWidth || broken < latinWrapMinLines {
		return 0
	}
	return width
}

// fewBlankLines reports whether the blank-line blocks of text, which has
// lines lines, hold minLinesPerBlock lines or more on average. It stops as
// soon as the blocks seen are too many for any number of lines to come.
func fewBlankLines(text string, lines int) bool {
	nonBlank, blocks, blank := 0, 0, true
	for s, e := range lineSpans(text) {
		if s < e {
			nonBlank++
			if blank {
				if blocks++; blocks*minLinesPerBlock > lines {
					return false
				}
			}
		}
		blank = s == e
	}
	return nonBlank >= minLinesPerBlock*blocks
}

// latinWrapMinLines is the fewest lines broken mid-sentence that make a
// document of lines without wide characters hard-wrapped: a short article
// in a dump without blank lines may have only a few paragraphs longer than
// a line, and minLinesPerBlock and the width rule most other documents out.
const latinWrapMinLines = 3

// minLinesPerBlock is the fewest lines per blank-line block, on average, of
// a document that latinWrapWidth reads line by line: converters that put
// no blank line between paragraphs (Debian's html2text) print ten lines or
// more to a block, text browsers three to eight.
const minLinesPerBlock = 10

// wrapWidth returns the width at which a block's lines are hard-wrapped, or 0
// when they are not: runeWrapWidth's width, casedWrapWidth's for a block
// runeWrapWidth turned away only for its capitals or its width, or for a
// block of wide characters (Chinese, Japanese, Korean) wideWrapWidth's.
func wrapWidth(text string, lines []line, dw *docWrap) int {
	w, cased := runeWrapWidth(text, lines)
	if w > 0 {
		return w
	}
	if cased > 0 {
		if w := casedWrapWidth(text, lines, cased, dw); w > 0 {
			return w
		}
	}
	return wideWrapWidth(text, lines, dw)
}

// casedWrapWidth returns the width at which a block is hard-wrapped when
// runeWrapWidth found its lines filling width but did not read them as
// wrapped, because they go on in capitals too often for prose or because
// width is over maxWrapWidth: the whole document's lines without wide
// characters are wrapped at a width of at least the block's
// (blockDocWidth), and every line but the last fills that width, is broken
// where a wrapper at it breaks lines (greedyBreak) and ends no sentence. A
// list of headlines without bullets that fills the page's width with each
// line is joined too (requiring the block's last line to end a sentence
// kept such lists apart but cost captions that end in a credit: xs 0.925
// → 0.921).
// German capitalises its nouns ("… für / Schwangere, ältere Menschen …"),
// and w3m -cols 120 wraps wider than any one block tells.
func casedWrapWidth(text string, lines []line, width int, dw *docWrap) int {
	// The block's own width first: a line that fails at it fails at any
	// wider one, and most blocks fail before the document is read.
	if !brokenAt(text, lines, width) {
		return 0
	}
	if dw.block < 0 {
		dw.block = blockDocWidth(text)
	}
	if dw.block == 0 || width > dw.block || dw.block > width && !brokenAt(text, lines, dw.block) {
		return 0
	}
	return dw.block
}

// brokenAt reports whether every line of a block but the last fills width
// (fullLine of it), ends no sentence (but for a few lines after the first,
// brokenSentenceShare) and is broken where a wrapper at width breaks lines
// (greedyBreak). The lines' widths are set.
func brokenAt(text string, lines []line, width int) bool {
	full := int(fullLine * float64(width))
	ends := 0
	for i, l := range lines[:len(lines)-1] {
		if l.width < full {
			return false // a short line inside the block: not one paragraph
		}
		s := text[l.start:l.end]
		if last, _ := utf8.DecodeLastRuneInString(s); endsSentence(last) {
			// A sentence may end at a wrap inside a paragraph, but not
			// on its first line, nor on every other line as a list's
			// items do.
			if ends++; i == 0 || ends*brokenSentenceShare > len(lines)-1 {
				return false
			}
		}
		next := lines[i+1]
		if !greedyBreak(s, l.width, text[next.start:next.end], width, true, latinSlack) {
			return false
		}
	}
	return true
}

// brokenSentenceShare bounds the lines of a block that brokenAt lets end a
// sentence: one in brokenSentenceShare of the lines but the last, at most.
const brokenSentenceShare = 3

// blockDocWidth returns the width in runes at which the lines without
// wide characters (and but Org's property lines, isOrgProperty) of a
// document with blank lines between its paragraphs are hard-wrapped, or 0:
// the longest such line with a space (up to maxDocWrapWidth; at most
// blockWidthOver lines longer, or one in blockWidthOverShare of the long
// lines), when docWrapMinLines of the lines of minLatinFilled bytes or
// more, and blockWidthShare of them, come within blockWidthNear of it. A
// dump with a paragraph per line has lines longer than any wrap width, or
// few near its longest.
func blockDocWidth(text string) int {
	var counts [maxDocWrapWidth + 1]int
	total, over, width := 0, 0, 0
	for s, e := range lineSpans(text) {
		if e-s < minLatinFilled || mayHoldWide(text[s:e]) || strings.IndexByte(text[s:e], ' ') < 0 || isOrgProperty(text[s:e]) {
			continue
		}
		if strings.Contains(text[s:e], "](") && runeCount(text[s:e]) > docWrapMinWidth {
			// A line with a Markdown link may run past the width: a
			// converter does not break the link's target.
			continue
		}
		total++
		n := maxDocWrapWidth + 1
		if e-s <= utf8.UTFMax*maxDocWrapWidth {
			n = runeCount(text[s:e])
		}
		if n > maxDocWrapWidth {
			over++
			continue
		}
		counts[n]++
		width = max(width, n)
	}
	// The lines past the width may be a twentieth of the long lines
	// (blockWidthOverShare), or blockWidthOver on a short page.
	overMax := max(blockWidthOver, total/blockWidthOverShare)
	if over > overMax {
		return 0 // a dump with a paragraph per line
	}
	// The longest lines may be ones the converter would not break (a
	// heading, a table's row, a link's text): up to blockWidthOver lines in
	// all may run past the width, the longest first. A width that only a
	// line or two reach within blockWidthTop, where a greedy wrapper leaves
	// many, gives way to a narrower one that passes with its top filled.
	fallback := 0
	for {
		if width < docWrapMinWidth {
			return fallback
		}
		near, top := 0, 0
		for w := int(blockWidthNear * float64(width)); w <= width; w++ {
			near += counts[w]
			if w >= width-blockWidthTop {
				top += counts[w]
			}
		}
		if near >= docWrapMinLines && float64(near) >= blockWidthShare*float64(total) {
			if top > blockWidthOver {
				return width
			}
			if fallback == 0 {
				fallback = width
			}
		}
		if over += counts[width]; over > overMax {
			return fallback
		}
		for width--; width > 0 && counts[width] == 0; width-- {
		}
	}
}

// isOrgProperty reports a line of an Org property drawer (":CUSTOM_ID:
// slug"), which pandoc does not wrap: a heading's slug may run past the
// page's width.
func isOrgProperty(s string) bool {
	s = strings.TrimLeft(s, " ")
	if len(s) < 3 || s[0] != ':' {
		return false
	}
	end := strings.IndexByte(s[1:], ':')
	if end < 1 {
		return false
	}
	for i := 1; i <= end; i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c == '_') {
			return false
		}
	}
	return true
}

// Bounds of blockDocWidth: the most lines longer than the document's
// width (a link's text that pandoc would not break, a heading or a table's
// row, say), on a short page and as a share of the long lines (one in
// blockWidthOverShare), the runes below the width within which more lines than that
// must end for a narrower width to be tried no further, the share of the
// width a wrapped line comes within (a greedy wrapper leaves lines a word
// short of its width), and the share of the long lines that must come
// within it (w3m at 120 columns leaves a fifth of them there).
const (
	blockWidthOver      = 2
	blockWidthOverShare = 20
	blockWidthTop       = 3
	blockWidthNear      = 0.85
	blockWidthShare     = 0.2
)

// runeWrapWidth returns the width at which a block's lines are hard-wrapped,
// in runes, or 0 when they are not: at least two lines, the longest within
// the wrap range, and most lines but the last filling it. When only their
// capitals, or a width over maxWrapWidth, kept the lines from being read
// as wrapped, casedWidth is the width they fill (casedWrapWidth may read
// them as wrapped yet), else 0.
//
// Lists of headlines can fill a width too, so most continuations of a filled
// line must also start in lower case (when the script has case at all), as
// prose broken mid-sentence does.
//
// It sets the lines' widths, which appendBlock reads when the block is
// wrapped, but counts no runes when the lines' lengths in bytes already
// rule a wrap out: a line has at most as many runes as bytes and at least
// a quarter as many.
func runeWrapWidth(text string, lines []line) (width, casedWidth int) {
	if len(lines) < 2 {
		return 0, 0
	}
	longest := 0
	for _, l := range lines {
		n := l.end - l.start
		if n > utf8.UTFMax*maxDocWrapWidth {
			return 0, 0 // wider than maxDocWrapWidth
		}
		longest = max(longest, n)
	}
	if longest < minWrapWidth {
		return 0, 0 // narrower than minWrapWidth
	}
	for i := range lines {
		l := &lines[i]
		l.width = runeCount(text[l.start:l.end])
		width = max(width, l.width)
	}
	if width < minWrapWidth || width > maxDocWrapWidth {
		return 0, 0
	}
	full := int(fullLine * float64(width))
	filled, cased, lower := 0, 0, 0
	for i, l := range lines[:len(lines)-1] {
		if l.width < full {
			continue
		}
		filled++
		r, _ := utf8.DecodeRuneInString(text[lines[i+1].start:lines[i+1].end])
		if unicode.IsUpper(r) {
			cased++
		} else if unicode.IsLower(r) {
			cased++
			lower++
		}
	}
	// At least half the lines but the last must be filled, and the lines
	// after them mostly continue a sentence.
	if filled == 0 || filled*2 < len(lines)-1 {
		return 0, 0
	}
	if lower*2 < cased || width > maxWrapWidth {
		return 0, width
	}
	return width, 0
}

// wideWrapWidth returns the wrap width of a block of lines that hold wide
// characters, or 0 when it is not hard-wrapped. Text browsers wrap such
// lines at 80 columns (w3m: 40 characters) or 80 characters less the
// indent (lynx), which runeWrapWidth misses; but in a dump with a
// paragraph per line, one long line over a short one ("来源：…" over
// "浏览次数：6524") fills its block's width just as a wrapped paragraph's
// lines do, and only the rest of the document tells them apart. So the
// whole document must be hard-wrapped (docWrap), the block's width must be
// the document's (less wrapSlack, or two more), most of its lines but the
// last must fill it, and every filled line must be broken where a wrapper
// at that width breaks it (greedyBreak). Widths are in the document's
// measure, columns or runes; the lines' widths are set in it, as
// appendBlock then reads them.
func wideWrapWidth(text string, lines []line, dw *docWrap) int {
	if len(lines) < 2 || dw.width == 0 {
		return 0 // one line, or a document found not to be wrapped
	}
	// Rule most blocks out by their lengths in bytes and one line's bytes:
	// a filled line has at least minFilledBytes, and the longest line of a
	// block of wide characters holds one.
	longest, long := 0, 0
	for i, l := range lines {
		n := l.end - l.start
		if n > utf8.UTFMax*maxWideWrapWidth {
			return 0
		}
		if n >= minFilledBytes {
			long++
		}
		if n > lines[longest].end-lines[longest].start {
			longest = i
		}
	}
	if long == 0 || long*2 < len(lines)-1 || !mayHoldWide(text[lines[longest].start:lines[longest].end]) {
		return 0
	}
	if dw.width < 0 {
		dw.width, dw.runes = documentWrapWidth(text)
	}
	w := dw.width
	if w == 0 {
		return 0
	}
	width := 0
	for i := range lines {
		l := &lines[i]
		if dw.runes {
			l.width = utf8.RuneCountInString(text[l.start:l.end])
		} else {
			l.width = columns(text[l.start:l.end])
		}
		width = max(width, l.width)
	}
	if width < w-wrapSlack || width > w+2 {
		return 0
	}
	full := int(fullLine * float64(width))
	filled := 0
	for i, l := range lines[:len(lines)-1] {
		if l.width < full {
			continue
		}
		filled++
		if !greedyBreak(text[l.start:l.end], l.width, text[lines[i+1].start:lines[i+1].end], w, dw.runes, wrapSlack) {
			return 0
		}
	}
	if filled == 0 || filled*2 < len(lines)-1 {
		return 0
	}
	return width
}

// minFilledBytes is the fewest bytes of a line that fills a block wrapped
// at docWrapMinWidth or more, wrapSlack aside: fullLine of its columns, a
// byte or more each.
const minFilledBytes = (docWrapMinWidth - wrapSlack) * 7 / 10 // fullLine

// mayHoldWide reports whether s may hold a wide character: a UTF-8
// sequence of U+1100 to U+117F (Hangul Jamo among them), U+2E80 to U+DFFF
// (CJK, Hangul), U+F000 to U+FFFF (fullwidth forms among them) or U+20000
// and above. Curly quotes and dashes
// (U+2000 block) are not, so English text rarely makes the splitter look
// further.
func mayHoldWide(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0xE1:
		case c == 0xE1:
			if i+1 < len(s) && (s[i+1] == 0x84 || s[i+1] == 0x85) {
				return true // Hangul Jamo
			}
		case c == 0xE2:
			if i+1 < len(s) && s[i+1] >= 0xBA {
				return true
			}
		case c <= 0xED, c == 0xEF:
			return true
		case c == 0xF0:
			if i+1 < len(s) && s[i+1] >= 0xA0 {
				return true
			}
		}
	}
	return false
}

// docWrap is the width at which a whole document is hard-wrapped, found
// the first time a block needs it (wideWrapWidth); width is -1 until then.
type docWrap struct {
	width int
	// latin is the width at which the document's lines without wide
	// characters are hard-wrapped (latinWrapWidth), 0 when they are not,
	// -1 until a block needs it (appendLineByLine).
	latin int
	// block is the width at which the document's lines without wide
	// characters are hard-wrapped with blank lines between paragraphs
	// (blockDocWidth), 0 when they are not, -1 until a block needs it
	// (casedWrapWidth).
	block int
	// lines is the document's number of lines.
	lines int
	// links tells that the document holds a Markdown link's "](", so that
	// a link's text may be broken across lines (linkGoesOn).
	links bool
	// wikiLinks tells that the document holds an Org or Muse link's "][",
	// so that a link's text may be broken across lines (wikiLinkGoesOn).
	wikiLinks bool
	// runes tells that the width counts runes, not columns: w3m wraps
	// Chinese at 80 columns, lynx at 80 characters less its indent.
	runes bool
}

// Document wrap widths: a document is read as hard-wrapped at width w (at
// least docWrapMinWidth) when at least docWrapMinLines of its lines that
// hold wide characters and break off mid-sentence, and docWrapShare of
// those within the wrap range, are w or up to two narrower. Text browsers
// and converters wrap at 72 to 80 columns; Chinese paragraphs put one per
// line cluster at shorter widths, and end with a full stop.
const (
	docWrapMinWidth = 60
	docWrapMinLines = 5
	docWrapShare    = 0.25
)

// documentWrapWidth returns the width at which the lines of text that hold
// wide characters are hard-wrapped, or 0, and whether it counts runes
// rather than columns: in either measure, the width w that the most such
// lines not ending a sentence reach within two, when they are at least docWrapMinLines and
// docWrapShare of the lines in the wrap range; the measure with more lines
// at its width wins.
func documentWrapWidth(text string) (width int, runes bool) {
	var cols, chars [maxWideWrapWidth + 1]int
	inCols, inChars := 0, 0
	for s, e := range lineSpans(text) {
		if e-s < minWrapWidth || e-s > utf8.UTFMax*maxWideWrapWidth {
			continue
		}
		c, r := columns(text[s:e]), utf8.RuneCountInString(text[s:e])
		if c == r {
			continue // no wide character
		}
		if last, _ := utf8.DecodeLastRuneInString(text[s:e]); endsSentence(last) {
			continue // a line that ends a sentence may be no broken one
		}
		if c >= minWrapWidth && c <= maxWideWrapWidth {
			cols[c]++
			inCols++
		}
		if r >= minWrapWidth && r <= maxWideWrapWidth {
			chars[r]++
			inChars++
		}
	}
	cw, cn := peakWidth(&cols, inCols)
	rw, rn := peakWidth(&chars, inChars)
	if rn > cn {
		return rw, true
	}
	return cw, false
}

// peakWidth returns the width w that the most of n counted lines reach
// within two (counts[w]+counts[w-1]+counts[w-2]) and that number, or 0, 0
// when they are fewer than docWrapMinLines or docWrapShare of n.
// wideWrapMinWidth is the narrowest width, in columns or characters, at
// which peakWidth finds a document of wide characters wrapped: catdoc
// wraps Chinese at 48 columns.
const wideWrapMinWidth = 46

func peakWidth(counts *[maxWideWrapWidth + 1]int, n int) (int, int) {
	best, bestCount := 0, 0
	for w := wideWrapMinWidth; w <= maxWideWrapWidth; w++ {
		if c := counts[w] + counts[w-1] + counts[w-2]; c > bestCount {
			best, bestCount = w, c
		}
	}
	if bestCount < docWrapMinLines || float64(bestCount) < docWrapShare*float64(n) {
		return 0, 0
	}
	return best, bestCount
}

// wrapSlack is the columns a wrapped line of wide characters may fall
// short of greedyBreak's bound: a paragraph's first line loses its indent
// to trimming (two ideographic spaces, four columns, become two spaces and
// are trimmed), and a wrapper leaves a column empty where a wide character
// does not fit.
const wrapSlack = 6

// greedyBreak reports whether a line of the given width, followed by next,
// is broken where a wrapper at width breaks lines: next's first word (its
// first character, in a script written without spaces) would not have
// fitted on the line, slack aside. Widths count runes when runes is true,
// else columns.
func greedyBreak(line string, lineWidth int, next string, width int, runes bool, slack int) bool {
	first, _ := utf8.DecodeRuneInString(next)
	last, _ := utf8.DecodeLastRuneInString(line)
	var need int
	if isWide(first) {
		need = 2
		if runes {
			need = 1
		}
		if !isWide(last) {
			need++ // the space between
		}
	} else {
		word := next
		if i := strings.IndexByte(next, ' '); i >= 0 {
			word = next[:i]
		}
		if runes {
			need = 1 + runeCount(word)
		} else {
			need = 1 + columns(word)
		}
	}
	return lineWidth+need+slack > width
}

// wideJoin reports whether a line ending with a wide character is followed
// by one starting with a wide character.
func wideJoin(line, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	first, _ := utf8.DecodeRuneInString(next)
	return isWide(last) && isWide(first)
}

// endsSentence reports whether r ends a sentence or a quoted one: a full
// stop, question or exclamation mark, colon or semicolon (ASCII or
// fullwidth), a closing quote or bracket, an ellipsis, or the full stop of
// another script (Devanagari's danda, Arabic's question mark, Urdu's,
// Armenian's, Ethiopic's, Myanmar's, Khmer's and Tibetan's full stops).
func endsSentence(r rune) bool {
	switch r {
	case '.', '!', '?', ':', ';', ')', '"', '\'', '…', '。', '！', '？', '：', '；', '）', '”', '’', '」', '』', '》',
		'।', '॥', '؟', '۔', '։', '።', '။', '។', '།':
		return true
	}
	return false
}

// isZeroWidth reports whether r takes no column of its own: a nonspacing
// or enclosing combining mark (Thai vowels and tone marks above and below
// the line, Devanagari's virama, Hebrew points, a decomposed accent) or a
// zero-width space or joiner. Converters that wrap text (pandoc, text
// browsers) measure lines in columns so, and Thai lines wrapped at 72
// columns hold 80 runes and more.
func isZeroWidth(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r <= 0x36f:
		return true // combining diacritical marks
	case r < 0x483:
		return false // Greek, Cyrillic
	case r >= 0x0e00 && r <= 0x0e7f:
		// Thai: the vowels and tone marks above and below the line.
		return r == 0x0e31 || r >= 0x0e34 && r <= 0x0e3a || r >= 0x0e47 && r <= 0x0e4e
	case r >= 0x200b && r <= 0x200f:
		return true // zero-width space, joiners, direction marks
	case r >= 0x2010 && r <= 0x20cf, r >= 0x2100 && r <= 0x2bff, r >= 0x3400 && r <= 0x9fff, r >= 0xac00 && r <= 0xd7a3:
		return false // punctuation and symbols, CJK ideographs, Hangul syllables
	}
	return unicode.In(r, unicode.Mn, unicode.Me)
}

// columns returns the display width of s: two columns for an East Asian
// wide or fullwidth rune, one for any other (an invalid byte counts as
// one).
func columns(s string) int { return measure(s, true) }

// isWide reports whether r takes two columns: Hangul Jamo, CJK (radicals to
// Yi, Hangul syllables, compatibility ideographs, vertical forms and
// compatibility forms), fullwidth forms and the supplementary ideographs.
func isWide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x115F:
		return true
	case r < 0x2E80:
		return false
	case r <= 0xA4CF:
		return r != 0x303F
	case r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x20000 && r <= 0x3FFFD:
		return true
	}
	return false
}

// wikiLinkGoesOn reports whether an Org or Muse link opened on line goes on
// on next: line has a "[[" after its last "]]", and next closes it, "]]",
// with no "[[" before. pandoc wraps these pages at 72 columns and breaks a
// link's text where it must ("[[/a/b][Allergene bei loser" / "Ware: Was
// Bäcker angeben müssen]]").
func wikiLinkGoesOn(line, next string) bool {
	o := strings.LastIndex(line, "[[")
	if o < 0 || strings.Contains(line[o:], "]]") {
		return false
	}
	k := strings.Index(next, "]]")
	return k > 0 && !strings.Contains(next[:k], "[[")
}

// linkGoesOn reports whether a Markdown link's text opened on line goes on
// on next: line has a "[" after its last "]", and next closes it, "](",
// with no bracket before. Converters that wrap Markdown (Python's
// html2text) break a link's text across lines ("Tekst i zdjęcia: [Marek" /
// "Dziedzic](https://…/marek-dziedzic)"), at any width.
func linkGoesOn(line, next string) bool {
	if len(next) < 3 {
		return false // no room for "x](y"
	}
	o := strings.LastIndexByte(line, '[')
	if o < 0 || strings.IndexByte(line[o:], ']') >= 0 {
		return false
	}
	k := strings.Index(next, "](")
	return k > 0 && strings.IndexAny(next[:k], "[]") < 0
}

// tableRows reports whether line or next is a row of a table whose cells
// a converter parts with bars, at least two ("1| Bielik| Tomasz
// Wilczewski| 7", "---|---|---", as Python's html2text draws them): rows
// are never the wrapped lines of one paragraph.
func tableRows(line, next string) bool {
	return strings.Count(line, "|") >= 2 || strings.Count(next, "|") >= 2
}

// startsList reports whether a line begins a list item, or a row of a
// Markdown table ("| 07:12 | Freiburg |"), which is never the continuation
// of a wrapped line; a day and a German month ("7. Januar 2027") is a date
// the wrapper moved to the line's start, no item.
func startsList(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '-', '*', '+':
		return len(s) > 1 && s[1] == ' '
	case '|':
		return true
	}
	if strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "· ") {
		return true
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(s) || s[i] != '.' && s[i] != ')' || s[i+1] != ' ' {
		return false
	}
	// "7. Januar": a German date the wrapper put at the start of a line.
	return !(s[i] == '.' && i <= 2 && startsWithMonth(s[i+2:]))
}

// germanMonths are the names of the months in German ("Jänner" in Austria).
var germanMonths = [...]string{"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}

// startsWithMonth reports whether s starts with a German month's name as a
// word.
func startsWithMonth(s string) bool {
	for _, m := range germanMonths {
		if strings.HasPrefix(s, m) && (len(s) == len(m) || !isWordByte(s[len(m)])) {
			return true
		}
	}
	return false
}

// isWordByte reports whether c is an ASCII letter or digit or a byte of a
// multi-byte rune.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// joinLines joins the wrapped lines of a paragraph with a space, but for
// text written without spaces: between two wide characters (Chinese,
// Japanese) a space would break a word in two.
func joinLines(text string, lines []line, block int) corpus.Paragraph {
	p := corpus.Paragraph{Start: lines[0].start, End: lines[len(lines)-1].end, Block: block}
	if len(lines) == 1 {
		p.Text = text[p.Start:p.End]
		return p
	}
	var b strings.Builder
	b.Grow(p.End - p.Start)
	for i, l := range lines {
		seg := text[l.start:l.end]
		if i > 0 {
			// A word hyphenated across the break ("conti-\nnued") is not re-joined:
			// the hyphen may be real, and guessing would corrupt text.
			if !wideJoin(text[lines[i-1].start:lines[i-1].end], seg) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(seg)
	}
	p.Text = b.String()
	return p
}
