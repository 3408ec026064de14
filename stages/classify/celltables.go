package classify

import (
	"strings"
	"unicode"

	"math/bits"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Several converters print a table one cell per line (Perl's
// HTML::FormatText, bluemonday's StrictPolicy, hast-util-to-text): a
// league table or an evacuation count in the article becomes a run of
// short lines, the header's names and then each row's cells in the same
// order, whose numbers stand at the same places in every row. The model,
// reading each cell alone, took them for a menu (chrome) or a list of
// other stories (promo); cellTables finds the rows by that period and
// gives a table inside the article the article's label.

// Bounds of cellTables: a cell has at most cellMaxWords words and
// cellMaxBytes bytes; a row cellMinColumns to cellMaxColumns cells (a
// share bar's names and counts make rows of two: a table of two columns
// needs a header, pairTableEnd); a table at least cellMinRows rows under
// its header.
const (
	cellMaxWords   = 4
	cellMaxBytes   = 40
	cellMinColumns = 3
	cellMaxColumns = 8
	cellMinRows    = 2
	// cellMinNumeric is the fewest columns of numbers of a table, and at
	// least half its columns are.
	cellMinNumeric = 2
	// cellBodyAbove is how many lines above a table cellTables looks for
	// the article's body (over the table's caption).
	cellBodyAbove = 6
)

// isNumericCell reports a cell that is a number: digits with the marks of
// scores, ranks and thousands ("1.", "20:2", "1,204", "-3", "45%"), a
// currency's sign ("3 500 ₮", "1,36 M€"), and perhaps a unit after its
// number: up to cellUnitRunes CJK characters ("30人", "2027年4月",
// "12月5日（六）" with its weekday in full-width brackets) or a
// word of up to cellUnitLetters letters not all capitals ("68 Euro",
// "15 000 zł", "4,2 km"; not "1. FC"), and a short word before it ("do
// 60%", cellPrefixLetters).
func isNumericCell(text string) bool {
	text = strings.TrimLeft(text, " ")
	if k := strings.IndexByte(text, ' '); k > 0 && k <= cellPrefixLetters && k+1 < len(text) && isDigit(text[k+1]) {
		prefix := true // "do 60%", "ab 5 Euro", "bis 12"
		for i := 0; i < k; i++ {
			prefix = prefix && text[i] >= 'a' && text[i] <= 'z'
		}
		if prefix {
			text = text[k+1:]
		}
	}
	digits, unit, letters, upper := 0, 0, 0, 0
	for i, r := range text {
		switch {
		case r >= '0' && r <= '9':
			if letters > 0 {
				return false // a number after the unit: no number's cell
			}
			digits++
		case r == 'h' && digits > 0 && letters == 0 && frenchClockH(text[i+1:]):
			// "8 h 30 – 12 h", "14h30": the hour's mark of a French clock.
		case r == '.' || r == ',' || r == ':' || r == '-' || r == '–' || r == '+' || r == '%' || r == '/' || r == ' ' || r == '\u00a0' || r == '（' || r == '）':
		case unicode.Is(unicode.Sc, r):
		case i > 0 && digits > 0 && r >= 0x2e80 && unicode.IsLetter(r):
			if unit++; unit > cellUnitRunes {
				return false
			}
		case digits > 0 && unicode.IsLetter(r):
			if letters++; letters > cellUnitLetters {
				return false
			}
			if unicode.IsUpper(r) {
				upper++
			}
		default:
			return false
		}
	}
	return digits > 0 && !(letters >= 2 && upper == letters)
}

// frenchClockH reports whether what follows an "h" after digits makes it
// the hour's mark of a French clock time: minutes, a dash to the next
// time, or nothing.
func frenchClockH(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	return rest == "" || isDigit(rest[0]) || strings.HasPrefix(rest, "–") || rest[0] == '-'
}

// cellPrefixLetters is the longest word before a numeric cell's number,
// in lower-case ASCII letters ("do 60%", "ab 5 Euro").
const cellPrefixLetters = 3

// cellUnitLetters is the longest unit word after a numeric cell's number,
// in letters.
const cellUnitLetters = 5

// cellUnitRunes is the longest unit after a numeric cell's number, in runes.
const cellUnitRunes = 3

// cellTables labels body the cells of a table printed one cell per line
// (cellTableEnd) under the article's body, and the caption line over
// them: a line labelled body stands at most cellBodyAbove lines above the
// table.
func cellTables(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(paras)
	cell := func(i int) bool {
		t := paras[i].Text
		if t == "" || len(t) > cellMaxBytes {
			return false
		}
		// Words as the spaces part them: "Entrée enfant (3-17 ans)" is
		// four, though the features count the range's numbers apart; a
		// row's name with a number may have one more ("De 70 a 120 m²").
		words := fieldCount(t)
		return (words <= cellMaxWords || words == cellMaxWords+1 && fs[i].Digits > 0) && shapedWords(t, &fs[i]) <= 2*cellMaxWords && !fs[i].EndsSentence ||
			fs[i].Digits > 0 && isNumericCell(t) // "1.", "8 h 30 – 12 h"
	}
	for a := 0; a < n; {
		if !cell(a) {
			a++
			continue
		}
		b := a
		for b < n && cell(b) {
			b++
		}
		numeric := 0 // a table has cellMinNumeric numbers in each of cellMinRows rows
		for k := a; k < b && numeric < cellMinNumeric*cellMinRows; k++ {
			if fs[k].Digits > 0 && isNumericCell(paras[k].Text) {
				numeric++
			}
		}
		if numeric < min(cellMinNumeric*cellMinRows, pairMinRows) {
			a = b
			continue
		}
		start, end := -1, a
		for s := a; s+2*cellMinRows < b; s++ {
			e := s
			if numeric >= cellMinNumeric*cellMinRows {
				e = cellTableEnd(paras, s, b)
			}
			if e == s {
				e = pairTableEnd(paras, s, b)
			}
			if e > s {
				start, end = s, e // the run may start with the table's caption
				break
			}
		}
		if start >= 0 {
			above := -1
			for k := start - 1; k >= 0 && k >= start-cellBodyAbove-1; k-- {
				if out[k].Label == corpus.Body {
					above = k
					break
				}
			}
			if above >= 0 {
				for k := above + 1; k < end; k++ {
					if paras[k].Text != "" {
						out[k] = Scored{Label: corpus.Body, Score: 0.6}
					}
				}
				articleAfterTable(paras, fs, end, out)
			}
			a = end
			continue
		}
		a = b
	}
}

// cellTableEnd returns the end of a table printed one cell per line that
// starts at a among the short lines up to b: the header's cells (none a
// number but years over their columns) and cellMinRows rows or more whose numbers (isNumericCell)
// stand at the same columns, cellMinNumeric columns and half the row or
// more but not all of it, for the fewest columns (cellMinColumns to
// cellMaxColumns) that fit; or a when none does.
func cellTableEnd(paras []corpus.Paragraph, a, b int) int {
	for cols := cellMinColumns; cols <= cellMaxColumns; cols++ {
		rows := (b - a - cols) / cols
		if rows < cellMinRows {
			break
		}
		mask := func(r int) uint16 {
			var m uint16
			for c := range cols {
				if isNumericCell(paras[a+cols+r*cols+c].Text) {
					m |= 1 << c
				}
			}
			return m
		}
		numbers, years := 0, 0 // the header's numbers: none, or years over their columns ("2025", "2026")
		for c := range cols {
			if t := paras[a+c].Text; isNumericCell(t) {
				numbers++
				if isYear(t) {
					years++
				}
			}
		}
		if numbers > 0 && (numbers != years || numbers == cols) {
			continue
		}
		first := mask(0)
		if numeric := bits.OnesCount16(first); numeric < cellMinNumeric || 2*numeric < cols || first == 1<<cols-1 && !rangeRows(paras, a+cols, cols, rows) {
			continue // a menu with a year in it ("Congress", "SCOTUS", "2020") is no table
		}
		same := 1
		for r := 1; r < rows && mask(r) == first; r++ {
			same++
		}
		if same >= cellMinRows {
			// Rows after them with numbers in fewer of the same
			// columns: "Dimanche | fermé | fermé" under the opening
			// hours of the week's other days.
			for r := same; r < rows && mask(r)&^first == 0 && !isNumericCell(paras[a+cols+r*cols].Text); r++ {
				same++
			}
			return a + cols + same*cols
		}
	}
	return a
}

// pairMinRows is the fewest rows under its header of a table of two
// columns that pairTableEnd reads.
const pairMinRows = 3

// pairTableEnd returns the end of a table of two columns printed one cell
// per line that starts at a among the short lines up to b: a header of two
// names ("Formule", "Tarif") and pairMinRows rows or more of a name and a
// number ("Entrée adulte", "4,50 €"); or a when there is none. A share
// bar's names and counts ("Facebook", "12") have no header.
func pairTableEnd(paras []corpus.Paragraph, a, b int) int {
	if b-a < 2+2*pairMinRows || isNumericCell(paras[a].Text) || isNumericCell(paras[a+1].Text) {
		return a
	}
	rows := 0
	for k := a + 2; k+1 < b && !isNumericCell(paras[k].Text) && isNumericCell(paras[k+1].Text); k += 2 {
		rows++
	}
	if rows < pairMinRows {
		return a
	}
	return a + 2 + 2*rows
}

// rangeRows reports rows of numbers only whose first cells are ranges
// with a unit ("60-69周岁", "70-79周岁", "80周岁以上"), years ("2024",
// "2025") or seasons ("2024/25"): a table by age, size or year, which a
// menu is not.
func rangeRows(paras []corpus.Paragraph, start, cols, rows int) bool {
	for r := range min(rows, cellMinRows) {
		t := paras[start+r*cols].Text
		year := isYearOrSeason(t) && !isYear(paras[start+r*cols+1].Text) // a year's row, not a row of years
		if k := strings.IndexAny(t, "-–"); (k <= 0 || !isDigit(t[k-1])) && !year {
			return false
		}
	}
	return true
}

// articleAfterTable gives back to the body the article that goes on under
// a table a table pass gave the body (the table ends before line end): the
// chain, carried away by the cells the model read as a list, labelled the
// prose under it promo or comment. Each line so labelled, without a cue
// phrase, that is a sentence of tickerMinWords words or more, or a short
// line within two lines above one (the table's source note, the heading
// "Wann kommt der Bescheid?"), becomes body, up to the first other line.
func articleAfterTable(paras []corpus.Paragraph, fs []features.Features, end int, out []Scored) {
	n := len(paras)
	prose := func(j int) bool { return j < n && fs[j].Words >= tickerMinWords && fs[j].EndsSentence }
	for j := end; j < n; j++ {
		l := out[j].Label
		if l != corpus.Promo && l != corpus.Comment || fs[j].Cues != [corpus.NumLabels]bool{} {
			return
		}
		short := func(k int) bool { return k < n && fs[k].Words <= tickerMaxHeading }
		if !prose(j) && !(short(j) && (prose(j+1) || short(j+1) && prose(j+2))) {
			return
		}
		out[j] = Scored{Label: corpus.Body, Score: 0.6}
	}
}

// isYearOrSeason reports a year ("2024") or a season across two years
// ("2024/25", "2024-2025").
func isYearOrSeason(t string) bool {
	if isYear(t) {
		return true
	}
	if len(t) < 6 || len(t) > 9 || !isYear(t[:4]) || t[4] != '/' && t[4] != '-' {
		return false
	}
	for i := 5; i < len(t); i++ {
		if !isDigit(t[i]) {
			return false
		}
	}
	return true
}

// isYear reports a year of the last two centuries, "1900" to "2099".
func isYear(t string) bool {
	return len(t) == 4 && (t[:2] == "19" || t[:2] == "20") && isDigit(t[2]) && isDigit(t[3])
}
