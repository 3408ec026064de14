// Package split cuts a document's normalised text into paragraphs and keeps
// each paragraph's byte offsets.
//
// Scraped dumps come three ways, and all are handled:
//   - blank lines between paragraphs;
//   - one paragraph per line (html-text style page dumps);
//   - hard-wrapped text, lines broken at a fixed width (about 60–100 columns),
//     which is re-joined into paragraphs.
//
// A blank-line block is a unit of layout, not of meaning: a block that holds
// several lines which are not a wrapped paragraph (a name line above a bio, or
// "View Comments" above "Leave a comment") becomes one paragraph per line, so
// that each can be labelled on its own. Every paragraph records the index of
// the block it came from.
package split

import (
	"context"
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
	// fullLine is the share of the wrap width a line must reach to count as
	// filled (and so continued on the next line).
	fullLine = 0.7
)

// maxBlockLines is the most lines of one block re-joined at once (see
// Paragraphs).
const maxBlockLines = 1 << 16

type line struct {
	start, end int // byte offsets in the text
	width      int // in runes, set by wrapWidth when it needs them
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
	flushLines := func() {
		if len(lines) > 0 {
			dst = appendBlock(dst, text, lines, block)
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
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if w&0x8080808080808080 == 0 {
				n += 8
				i += 8
				continue
			}
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

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
func appendBlock(dst []corpus.Paragraph, text string, lines []line, block int) []corpus.Paragraph {
	width := wrapWidth(text, lines)
	if width == 0 {
		for _, l := range lines {
			dst = append(dst, corpus.Paragraph{Text: text[l.start:l.end], Start: l.start, End: l.end, Block: block})
		}
		return dst
	}
	// Re-join wrapped lines: a paragraph goes on while its lines fill the width.
	full := int(fullLine * float64(width))
	first := 0
	for i, l := range lines {
		last := i == len(lines)-1
		if !last && l.width >= full && !startsList(text[lines[i+1].start:lines[i+1].end]) {
			continue
		}
		dst = append(dst, joinLines(text, lines[first:i+1], block))
		first = i + 1
	}
	return dst
}

// wrapWidth returns the width at which a block's lines are hard-wrapped, or 0
// when they are not: at least two lines, the longest within the wrap range,
// and most lines but the last filling it.
//
// Lists of headlines can fill a width too, so most continuations of a filled
// line must also start in lower case (when the script has case at all), as
// prose broken mid-sentence does.
//
// It sets the lines' widths, which appendBlock reads when the block is
// wrapped, but counts no runes when the lines' lengths in bytes already
// rule a wrap out: a line has at most as many runes as bytes and at least
// a quarter as many.
func wrapWidth(text string, lines []line) int {
	if len(lines) < 2 {
		return 0
	}
	longest := 0
	for _, l := range lines {
		n := l.end - l.start
		if n > utf8.UTFMax*maxWrapWidth {
			return 0 // wider than maxWrapWidth
		}
		longest = max(longest, n)
	}
	if longest < minWrapWidth {
		return 0 // narrower than minWrapWidth
	}
	width := 0
	for i := range lines {
		l := &lines[i]
		l.width = runeCount(text[l.start:l.end])
		width = max(width, l.width)
	}
	if width < minWrapWidth || width > maxWrapWidth {
		return 0
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
	if filled == 0 || filled*2 < len(lines)-1 || lower*2 < cased {
		return 0
	}
	return width
}

// startsList reports whether a line begins a list item, or a row of a
// Markdown table ("| 07:12 | Freiburg |"), which is never the continuation
// of a wrapped line.
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
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

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
			b.WriteByte(' ')
		}
		b.WriteString(seg)
	}
	p.Text = b.String()
	return p
}
