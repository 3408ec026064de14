package classify

import (
	"slices"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Some converters print a table one cell per line with no blank line
// between (Qt's QTextDocument, MuPDF, Perl's HTML::FormatText): a run of
// short lines inside the article. The model reads each cell alone as a
// menu's item, and the decoding, which keeps the article one span, then
// ends the article at the table or starts it under it: the prose above
// the table went to the furniture with it (yo's Qt pages lost 0.3 of body
// recall so). Before decoding, spanCells marks such a table's lines, and
// the decoding lets them take the label of the lines around them.

// Bounds of spanCells: a table's run has spanCellsMinLines short lines
// or more (a cell: at most cellMaxWords words, or a number), at least
// spanCellsMinNumbers of them with a digit and a quarter or more of them;
// prose (spanProseWords words, or twice as many wide characters) stands
// right above it and within two lines under it.
const (
	spanCellsMinLines   = 6
	spanCellsMinNumbers = 3
	spanProseWords      = 8
)

// spanCells returns cells (its storage reused) with, for each paragraph,
// whether it is a cell of a table printed one cell per line between two
// lines of prose; an empty slice when the document has none.
func spanCells(paras []corpus.Paragraph, fs []features.Features, cells []bool) []bool {
	cells = cells[:0]
	n := len(paras)
	prose := func(i int) bool {
		return i >= 0 && i < n && (fs[i].Words >= spanProseWords || fs[i].CJK >= 2*spanProseWords)
	}
	cell := func(i int) bool {
		t := paras[i].Text
		if t == "" || len(t) > cellMaxBytes || prose(i) {
			return false
		}
		return shapedWords(t, &fs[i]) <= cellMaxWords && !fs[i].EndsSentence || fs[i].Digits > 0 && isNumericCell(t)
	}
	for a := 1; a < n; a++ {
		if !cell(a) || !prose(a-1) {
			continue
		}
		b, digits := a, 0
		for b < n && cell(b) {
			if fs[b].Digits > 0 {
				digits++
			}
			b++
		}
		if b-a < spanCellsMinLines || digits < spanCellsMinNumbers || 4*digits < b-a || !prose(b) && !prose(b+1) {
			a = b
			continue
		}
		if len(cells) == 0 {
			cells = slices.Grow(cells, n)[:n] // the storage reused, no new slice
			clear(cells)
		}
		for k := a; k < b; k++ {
			cells[k] = true
		}
		a = b
	}
	return cells
}
