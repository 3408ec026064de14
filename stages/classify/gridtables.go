package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A table in the article printed one cell a line, as most converters print
// an HTML table without borders: a header row of words ("Día / Horario",
// "Pos. / Equipo / Puntos") and rows whose columns keep their kind, a
// number in the same columns of every row ("Lunes a viernes / 9:00 a
// 21:00", "1 / CD Toledo B / 64"). The model reads such cells as a menu or
// a share bar's counts, and the prose under the table, cut off from the
// article by it, as what follows an article.

// Bounds of gridTables: a grid has two to gridMaxColumns columns, a header
// row and gridMinRows rows or more; a cell is at most gridCellWords
// words (twice as many wide characters) and gridCellBytes bytes; a heading
// above the table or a note under it ("Fuente: …") is at most
// gridNoteWords words.
const (
	gridMaxColumns = 5
	gridMinRows    = 2
	gridCellWords  = 5
	// gridNumberWords bounds a cell with a number: "15 de febrero a 31
	// de marzo".
	gridNumberWords = 8
	gridCellBytes   = 64
	gridNoteWords   = 8
)

// gridCell reports whether paragraph i may be a cell of a grid: short, no
// sentence, no cue, handle, address or link.
func gridCell(paras []corpus.Paragraph, fs []features.Features, i int) bool {
	t, f := paras[i].Text, &fs[i]
	if t == "" {
		return false
	}
	// An abbreviation ends a header cell with a period: "Pos.", "Pkt.".
	abbr := f.EndsSentence && len(t) <= 6 && t[len(t)-1] == '.' && fieldCount(t) == 1
	return len(t) <= gridCellBytes && (!f.EndsSentence || abbr) && !f.HasHandle && !f.HasURL && !f.HasEmail &&
		f.Cues == [corpus.NumLabels]bool{} && (fieldCount(t) <= gridCellWords || f.Digits > 0 && fieldCount(t) <= gridNumberWords && !strings.ContainsAny(t, ":：")) && f.CJK <= 2*gridCellWords+2
}

// gridAt returns how many lines from a (a multiple of the width w) form a
// grid of w columns: a header row without numbers in a column where every
// row below has one, and rows whose every column either always or never
// holds a number, one column of each kind at least. 0 when fewer than
// gridMinRows rows follow the header.
func gridAt(paras []corpus.Paragraph, fs []features.Features, a, b, w int) int {
	if b-a < (1+gridMinRows)*w {
		return 0
	}
	// A column's kind is its first row's; an empty cell's mark ("—",
	// "-") fits either kind.
	var pattern [gridMaxColumns]bool
	for c := 0; c < w; c++ {
		pattern[c] = fs[a+w+c].Digits > 0
	}
	rows := 0
	for r := a + w; r+w <= b; r += w {
		same, number := true, false
		for c := 0; c < w && same; c++ {
			same = (fs[r+c].Digits > 0) == pattern[c] || r > a+w && isEmptyCell(paras[r+c].Text)
			number = number || fs[r+c].Digits > 0
		}
		same = same && number
		if !same {
			break
		}
		rows++
	}
	if rows < gridMinRows {
		return 0
	}
	numbers, words, headed := false, false, false
	for c := 0; c < w; c++ {
		numbers = numbers || pattern[c]
		words = words || !pattern[c]
		headed = headed || pattern[c] && fs[a+c].Digits == 0
	}
	if !numbers || !words || !headed {
		return 0
	}
	for c := 0; c < w; c++ {
		if fs[a+c].Digits > 0 && !pattern[c] {
			return 0 // a header cell with a number over a column of words
		}
	}
	return (1 + rows) * w
}

// gridTables labels body the grids (gridAt) that stand in the article:
// with body right above them (past a short heading) or right under them
// (past a short note). The heading and the note go with them.
func gridTables(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	for a := 0; a < n; a++ {
		if !gridCell(paras, fs, a) {
			continue
		}
		b := a
		for b < n && gridCell(paras, fs, b) {
			b++
		}
		// The grids of the run [a, b), one after another: each time the
		// largest from one of the next three lines (a heading may stand
		// above the header row). Every line is read a bounded number of
		// times, whatever the run's length.
		for pos := a; pos < b; {
			from, size := -1, 0
			for s := pos; s < pos+3 && s < b; s++ {
				for w := 2; w <= gridMaxColumns; w++ {
					if g := gridAt(paras, fs, s, b, w); g > size {
						from, size = s, g
					}
				}
			}
			if size == 0 {
				break
			}
			labelGrid(paras, fs, out, pos, from, from+size)
			pos = from + size
		}
		a = b
	}
}

// labelGrid labels body the grid [lo, hi), which starts at or after first,
// the run's next line, with a short heading above it (from first on) and a
// short note under it, when the article stands right above or under them
// (past a live blog's stamp).
func labelGrid(paras []corpus.Paragraph, fs []features.Features, out []Scored, first, lo, hi int) {
	n := len(out)
	top := lo
	for top > first && lo-top < 2 && fs[top-1].Words <= gridNoteWords && !isStamp(paras[top-1].Text) {
		top--
	}
	bottom := hi
	if bottom < n && out[bottom].Label != corpus.Body && fs[bottom].Words <= gridNoteWords && !fs[bottom].Cues[corpus.Promo] && !fs[bottom].Cues[corpus.Comment] &&
		bottom+1 < n && out[bottom+1].Label == corpus.Body && !isStamp(paras[bottom].Text) {
		bottom++
	}
	up, down := top-1, bottom
	if up > 0 && isStamp(paras[up].Text) {
		up--
	}
	if down+1 < n && isStamp(paras[down].Text) {
		down++
	}
	above := up >= 0 && out[up].Label == corpus.Body
	below := down < n && out[down].Label == corpus.Body
	if !above && !below {
		return
	}
	for k := top; k < bottom; k++ {
		if out[k].Label != corpus.Body {
			out[k] = Scored{Label: corpus.Body, Score: 0.6}
		}
	}
}

// isStamp reports a live blog's or a comment's stamp: a lone time or date,
// or a relative time ("14:10", "vor 2 Stunden").
func isStamp(t string) bool {
	return isLoneTime(t) || isLoneDate(t) || isRelativeTime(t)
}

// isEmptyCell reports a table cell that marks an empty one: a dash, or a
// ("—", "-").
func isEmptyCell(t string) bool {
	switch t {
	case "—", "–", "-":
		return true
	}
	return false
}
