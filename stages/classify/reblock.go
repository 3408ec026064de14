package classify

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// A page dump with blank lines between its blocks (the layout of the
// training pages, and of most text made from HTML) puts a paragraph of
// prose in a block of its own and a menu's items in one block together: of
// the 31,251 lines of the article-extraction dumps, 84% of those with 21
// words or more are alone in their block, 20% of those with three or fewer.
// Common Crawl's WET files (and crawlers that write every block element's
// text on a line, without blank lines) have no blank line at all: the whole
// page is one block, and every line of the article looks like an item of a
// long menu. The learned model reads a document with no blank line as if
// its blocks were those of such a dump (reblock).

// Prose lines: reblockWords words or more, or reblockCJK Han or kana
// characters (CJK text has no spaces between its words).
const (
	reblockWords = 9
	reblockCJK   = 20
)

// reblock returns the paragraphs of a plain-text document that has no
// blank line at all (its first and last paragraphs in the same block), or
// none but between its pages (pageBreaksOnly), with
// the blocks such a page would have with blank lines: every line of prose
// (isProseLine) a block of its own, every run of other lines one block.
// The copy is made in *buf. Any other document is returned as it is.
func reblock(paras []corpus.Paragraph, buf *[]corpus.Paragraph) []corpus.Paragraph {
	n := len(paras)
	if n < 2 || paras[0].Structure != nil || paras[0].Block != paras[n-1].Block && !pageBreaksOnly(paras) {
		return paras
	}
	return reblockAll(paras, buf)
}

// pageBreaksOnly reports a document whose blank lines all stand by a
// page's marker (isPageMark: "-- 1 of 3 --", "- 2 -"): the text of a PDF
// (pdf-parse, pdftotext), a line to each of the page's lines, whose only
// blank lines part its pages. It reads as one with no blank line.
func pageBreaksOnly(paras []corpus.Paragraph) bool {
	for i := 1; i < len(paras); i++ {
		if paras[i].Block != paras[i-1].Block && !isPageMark(paras[i].Text) && !isPageMark(paras[i-1].Text) {
			return false
		}
	}
	return true
}

// isPageMark reports a page's number or count alone on its line: "12",
// "- 2 -" (isPageNumber), "-- 1 of 3 --", "2 / 5", "Page 2 of 5".
func isPageMark(s string) bool {
	if isPageNumber(s) {
		return true
	}
	s = strings.Trim(s, "- ")
	if len(s) > 24 {
		return false
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "Page "), "page ")
	k := 0
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == 0 || k > 4 {
		return false
	}
	page, _ := strconv.Atoi(s[:k])
	rest := s[k:]
	for _, sep := range [...]string{" of ", " / ", "/", " von ", " de ", " sur ", " z "} {
		if tail, ok := strings.CutPrefix(rest, sep); ok {
			if tail == "" || len(tail) > 4 {
				return false
			}
			for i := 0; i < len(tail); i++ {
				if !isDigit(tail[i]) {
					return false
				}
			}
			pages, _ := strconv.Atoi(tail)
			return page >= 1 && page <= pages // not a season ("2024/25")
		}
	}
	return false
}

// reblockSections returns the paragraphs of an html2text dump with ten or
// more paragraphs to a blank-line block (reblockMinPerBlock) with the
// blocks reblock gives: Debian's html2text puts no blank line between
// paragraphs, and a few between sections, so that every line of the
// article looks like an item of a long menu. (Other dumps with as many
// paragraphs to a block, a few w3m and lynx pages of long lists, lost
// readability-pages 0.002 to 0.005 each when read so.) Any other document
// is returned as it is.
func reblockSections(paras []corpus.Paragraph, buf *[]corpus.Paragraph) []corpus.Paragraph {
	n := len(paras)
	if n < 2 || paras[0].Structure != nil || n < reblockMinPerBlock*(paras[n-1].Block-paras[0].Block+1) {
		return paras
	}
	return reblockAll(paras, buf)
}

// reblockMinPerBlock is the fewest paragraphs per blank-line block, on
// average, of a document reblockSections reads.
const reblockMinPerBlock = 10

// reblockAll returns a copy of paras in *buf with every line of prose a
// block of its own and every run of other lines one block.
func reblockAll(paras []corpus.Paragraph, buf *[]corpus.Paragraph) []corpus.Paragraph {
	out := append((*buf)[:0], paras...)
	*buf = out
	block, prevProse := 0, false
	for i := range out {
		prose := isProseLine(out[i].Text)
		if i > 0 && (prose || prevProse) {
			block++
		}
		out[i].Block = block
		prevProse = prose
	}
	return out
}

// isProseLine reports whether a line is long enough to be a paragraph of
// prose: reblockWords words or more (runs of characters between spaces,
// Han and kana characters apart), or reblockCJK Han or kana characters.
func isProseLine(s string) bool {
	words, cjk := 0, 0
	inWord := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' {
				inWord = false
			} else if !inWord {
				words++
				inWord = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isHanOrKana(r) {
			cjk++
			inWord = false
		} else if !inWord {
			words++
			inWord = true
		}
		if words >= reblockWords || cjk >= reblockCJK {
			return true
		}
	}
	return words >= reblockWords || cjk >= reblockCJK
}

// isHanOrKana reports whether r is in the CJK blocks from the radicals
// (U+2E80) to the unified ideographs (U+9FFF), kana and CJK punctuation
// among them, or a compatibility ideograph.
func isHanOrKana(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF
}
