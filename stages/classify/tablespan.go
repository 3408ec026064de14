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

// spanCellsMinRows is the fewest rows of a table blockRows reads.
const spanCellsMinRows = 3

// blockRows reports whether the lines a..b are a table's rows a block
// each, every block as many lines (two or more), at least
// spanCellsMinRows of them: Liquid's strip_html leaves a blank line where
// each row's tags stood and its cells on lines of their own.
func blockRows(paras []corpus.Paragraph, a, b int) bool {
	if a > 0 && paras[a-1].Block == paras[a].Block || b < len(paras) && paras[b].Block == paras[b-1].Block {
		return false
	}
	width, rows := 0, 0
	for i := a; i < b; {
		j := i
		for j < b && paras[j].Block == paras[i].Block {
			j++
		}
		if rows == 0 {
			width = j - i
		}
		if width < 2 || j-i != width {
			return false
		}
		rows++
		i = j
	}
	return rows >= spanCellsMinRows
}

// Bounds of spanCells: a table's run has spanCellsMinLines short lines
// or more (a cell: at most cellMaxWords words, or a number), at least
// spanCellsMinNumbers of them with a digit and a quarter or more of them;
// prose (spanProseWords words, or twice as many wide characters) stands
// right above it and within two lines under it.
const (
	spanCellsMinLines   = 6
	spanCellsMinNumbers = 3
	spanProseWords      = 8
	blockCellMaxBytes   = 64
	rowNameMaxWords     = 6
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
		if t == "" || len(t) > cellMaxBytes || prose(i) || fs[i].Cues[corpus.Chrome] {
			return false // a share bar's line ends the table
		}
		return shapedWords(t, &fs[i]) <= cellMaxWords && !fs[i].EndsSentence || fs[i].Digits > 0 && isNumericCell(t)
	}
	// A cell of a table in blocks of rows (blockRows): its words as the
	// spaces part them ("Saint-Sornin-Leulac" one), longer names; no
	// cue, handle, address or link (an embedded post's "Image Copyright
	// @AOC" over its "Report" button, a block each).
	rowCell := func(i int) bool {
		t, f := paras[i].Text, &fs[i]
		return t != "" && len(t) <= blockCellMaxBytes && !prose(i) && !f.EndsSentence && !f.HasHandle && !f.HasURL && !f.HasEmail &&
			f.Cues == [corpus.NumLabels]bool{} && fieldCount(t) <= cellMaxWords
	}
	for a := 1; a < n; a++ {
		if !prose(a-1) || !cell(a) && !rowCell(a) {
			continue
		}
		// A row's name over its numbers may be longer ("Agir pour Ruffec
		// (P. Mesnard)" over "641").
		named := func(i int) bool {
			t := paras[i].Text
			return i+1 < n && len(t) <= cellMaxBytes && !fs[i].EndsSentence && !prose(i) && !fs[i].Cues[corpus.Chrome] && fieldCount(t) <= rowNameMaxWords &&
				fs[i+1].Digits > 0 && isNumericCell(paras[i+1].Text)
		}
		b, digits := a, 0
		for b < n && (cell(b) || b > a && named(b)) {
			if fs[b].Digits > 0 {
				digits++
			}
			b++
		}
		ok := b-a >= spanCellsMinLines && digits >= spanCellsMinNumbers && 4*digits >= b-a
		if !ok && paras[a-1].Block != paras[a].Block && a+1 < n && paras[a+1].Block == paras[a].Block {
			b = a
			for b < n && rowCell(b) {
				b++
			}
			ok = b-a >= spanCellsMinLines && blockRows(paras, a, b)
		}
		// The article goes on under the table, or ends with it: a share
		// bar or a tag line (a cue) right under it.
		ends := b < n && fs[b].Cues[corpus.Chrome]
		if !ok || !prose(b) && !prose(b+1) && !ends {
			a = max(a, b-1)
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

// cellsInBody labels body the cells of a table spanCells found (cells)
// between two lines labelled body: the decoding took no side on them, and
// rulesBody may have brought the prose under the table back to the
// article after the chain carried it on as furniture. A run with a cue
// ("Twitter", "email"), a handle, address or link, or labelled chrome for
// the most part is a share bar's counts or an embedded post, not a table.
func cellsInBody(cells []bool, fs []features.Features, out []Scored) {
	n := len(cells)
	for a := 1; a < n; a++ {
		if !cells[a] || cells[a-1] {
			continue
		}
		b, chrome, cued := a, 0, false
		for b < n && cells[b] {
			if out[b].Label == corpus.Chrome {
				chrome++
			}
			cued = cued || fs[b].Cues != [corpus.NumLabels]bool{} || fs[b].HasHandle || fs[b].HasURL || fs[b].HasEmail
			b++
		}
		if b < n && out[a-1].Label == corpus.Body && (out[b].Label == corpus.Body || fs[b].Cues[corpus.Chrome]) && !cued && 2*chrome <= b-a {
			for k := a; k < b; k++ {
				if out[k].Label != corpus.Body {
					out[k] = Scored{Label: corpus.Body, Score: 0.6}
				}
			}
		}
		a = b
	}
}
