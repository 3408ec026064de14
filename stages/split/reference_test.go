package split

// The splitter as it was before widths were counted lazily (and eight bytes
// at a time), kept to check that Paragraphs gives the same paragraphs.

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// referenceParagraphs is Paragraphs as first written.
func referenceParagraphs(text string, dst []corpus.Paragraph) []corpus.Paragraph {
	if n := strings.Count(text, "\n") + 1; cap(dst)-len(dst) < n {
		dst = append(make([]corpus.Paragraph, 0, len(dst)+n), dst...)
	}
	var lines []line // reused per block
	block := 0
	pos := 0
	dw := docWrap{width: -1, latin: -1, block: -1, lines: strings.Count(text, "\n") + 1, links: strings.Contains(text, "]("), wikiLinks: strings.Contains(text, "][")}
	flushLines := func() {
		if len(lines) > 0 {
			dst = referenceAppendBlock(dst, text, lines, block, &dw)
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
			lines = append(lines, line{start: s, end: e, width: referenceRunes(text[s:e])})
		}
		pos = end + 1
	}
	flush()
	return dst
}

// referenceAppendBlock is appendBlock as first written.
func referenceAppendBlock(dst []corpus.Paragraph, text string, lines []line, block int, dw *docWrap) []corpus.Paragraph {
	// (added with orgDrawerEnd, latexUnit and kramdown's attribute lists,
	// which the reference calls as they are: their own tests check them,
	// and the comparison the rest of the path around them)
	if k := orgDrawerEnd(text, lines); k > 0 {
		dst = append(dst, joinLines(text, lines[:k], block))
		if k == len(lines) {
			return dst
		}
		return referenceAppendBlock(dst, text, lines[k:], block, dw)
	}
	for i := range lines {
		if text[lines[i].start] != '\\' {
			continue
		}
		if k := latexUnit(text, lines, i); k > 0 {
			if i > 0 {
				dst = referenceAppendBlock(dst, text, lines[:i], block, dw)
			}
			dst = append(dst, joinLines(text, lines[i:k], block))
			if k == len(lines) {
				return dst
			}
			return referenceAppendBlock(dst, text, lines[k:], block, dw)
		}
	}
	if k := len(lines) - 1; k > 0 && isAttributeList(text[lines[k].start:lines[k].end]) {
		dst = referenceAppendBlock(dst, text, lines[:k], block, dw)
		l := lines[k]
		return append(dst, corpus.Paragraph{Text: text[l.start:l.end], Start: l.start, End: l.end, Block: block})
	}
	width := referenceWrapWidth(text, lines)
	if width == 0 {
		// (added with casedWrapWidth, which the reference calls as it is:
		// the comparison checks the rest of the path around it, and
		// TestParagraphs' German cases check casedWrapWidth itself)
		if _, cased := runeWrapWidth(text, lines); cased > 0 {
			width = casedWrapWidth(text, lines, cased, dw)
		}
	}
	if width == 0 {
		width = wideWrapWidth(text, lines, dw) // (added with wideWrapWidth)
	}
	if width == 0 {
		return appendLineByLine(dst, text, lines, block, dw) // (added with appendLineByLine)
	}
	// Re-join wrapped lines: a paragraph goes on while its lines fill the width.
	full := int(fullLine * float64(width))
	first := 0
	for i := 0; i < len(lines); i++ {
		if k := xmlUnit(text, lines, i); k > 0 { // (added with xmlUnit)
			if first < i {
				dst = append(dst, joinLines(text, lines[first:i], block))
			}
			dst = append(dst, joinLines(text, lines[i:k], block))
			first, i = k, k-1
			continue
		}
		l := lines[i]
		last := i == len(lines)-1
		if !last && xmlUnit(text, lines, i+1) == 0 && (l.width >= full && !startsList(text[lines[i+1].start:lines[i+1].end]) && !tableRows(text[l.start:l.end], text[lines[i+1].start:lines[i+1].end]) ||
			linkGoesOn(text[l.start:l.end], text[lines[i+1].start:lines[i+1].end]) ||
			dw.wikiLinks && wikiLinkGoesOn(text[l.start:l.end], text[lines[i+1].start:lines[i+1].end])) { // (tableRows, linkGoesOn and wikiLinkGoesOn added later)
			continue
		}
		dst = append(dst, joinLines(text, lines[first:i+1], block))
		first = i + 1
	}
	return dst
}

// referenceRunes counts the runes of s but its combining marks and
// zero-width spaces and joiners (added with isZeroWidth).
func referenceRunes(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.In(r, unicode.Mn, unicode.Me) && !(r >= 0x200b && r <= 0x200f) {
			n++
		}
	}
	return n
}

// referenceWrapWidth is wrapWidth as first written: every width counted.
func referenceWrapWidth(text string, lines []line) int {
	if len(lines) < 2 {
		return 0
	}
	width := 0
	for _, l := range lines {
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

// TestParagraphsMatchReference compares Paragraphs with the reference on
// random texts of lines around the wrap widths, in ASCII and not.
func TestParagraphsMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	words := []string{"the", "quick", "Brown", "fox", "jumps", "über", "château", "中文字", "😀😀", "- ", "1. ", "•", "\xff", "x", "lazy", "dog,", "ที่เจ้าหน้าที่", "cafe\u0301", "[[/a][b", "c]]"}
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			width := []int{5, 30, 45, 70, 95, 110, 200, 500}[rng.IntN(8)]
			for n := 0; n < width; {
				w := words[rng.IntN(len(words))]
				sb.WriteString(w)
				sb.WriteByte(' ')
				n += len(w) + 1
			}
			sb.WriteString([]string{"\n", "\n", "\n", "\n\n", " \n"}[rng.IntN(5)])
		}
		text := sb.String()
		require.Equal(t, referenceParagraphs(text, nil), Paragraphs(text, nil), "text %q", text)
	}
}
