package classify

import (
	"slices"
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// A spreadsheet that opened a web page (LibreOffice Calc, as an office
// pipeline or a scraper's "import HTML" step does) and saved it as CSV
// prints the page a block a record, its tables' cells in columns, and
// every record with as many fields as the widest row: a paragraph is
// "Text,,," and an empty record ",,," stands between blocks. The text
// model read the commas as part of the words and the empty records as
// lines of punctuation. Such a page is read as the text of its records
// (csvView): a record's non-empty cells, between bars when there are
// several (a table's row), and the empty records left out, each taking the
// label of the next record with text, the block it stands before.

// csvMaxFields is the widest record isCSVDump counts (a page's widest
// table).
const csvMaxFields = 16

// csvMinEmpty is the share of a CSV page's first lines that must be empty
// records or records with empty fields (a page of prose with commas has
// none).
const csvMinEmpty = 0.2

// csvFields splits a CSV record at its commas, a quoted field ("4,2 t",
// with "" for a quote) read through its quotes; ok is false for a record
// whose quotes do not close.
func csvFields(dst []string, line string) (fields []string, ok bool) {
	fields = dst[:0]
	for {
		if strings.HasPrefix(line, `"`) {
			var b strings.Builder
			i := 1
			for {
				k := strings.IndexByte(line[i:], '"')
				if k < 0 {
					return fields, false
				}
				b.WriteString(line[i : i+k])
				i += k + 1
				if i < len(line) && line[i] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				break
			}
			fields = append(fields, b.String())
			line = line[i:]
			if line == "" {
				return fields, true
			}
			if line[0] != ',' {
				return fields, false
			}
			line = line[1:]
			continue
		}
		f, rest, more := strings.Cut(line, ",")
		fields = append(fields, f)
		if !more {
			return fields, true
		}
		line = rest
	}
}

// isCSVDump reports whether a plain-text page is a spreadsheet's CSV of
// a web page: of its first markupDumpScanLines lines (markupDumpMinLines
// or more) markupDumpMinShare are records of the same number of fields,
// two or more, and csvMinEmpty have an empty field.
func isCSVDump(paras []corpus.Paragraph) bool {
	if len(paras) < markupDumpMinLines || paras[0].Structure != nil {
		return false
	}
	// Every record of such a page has a comma: most pages fail here, on
	// their first lines (a menu, a title), before any field is read.
	commas := 0
	for i := range markupDumpMinLines {
		if strings.IndexByte(paras[i].Text, ',') >= 0 {
			commas++
		}
	}
	if float64(commas) < markupDumpMinShare*markupDumpMinLines-1 {
		return false
	}
	var buf [csvMaxFields + 1]string
	var counts [csvMaxFields + 1]int // records by their number of fields
	n, empty := 0, 0
	for line := range firstLines(paras, markupDumpScanLines) {
		n++
		fs, ok := csvFields(buf[:0], line)
		if !ok || len(fs) < 2 || len(fs) > csvMaxFields {
			continue
		}
		counts[len(fs)]++
		if slices.Contains(fs, "") {
			empty++
		}
	}
	best := slices.Max(counts[:])
	return best >= markupDumpMinLines && float64(best) >= markupDumpMinShare*float64(n) && float64(empty) >= csvMinEmpty*float64(n)
}

// csvView returns the text view of a CSV page (see above) and, for every
// paragraph, the view paragraph whose label it takes (-1 when no record
// with text follows it).
func csvView(paras []corpus.Paragraph) (view []corpus.Paragraph, unit []int) {
	unit = make([]int, len(paras))
	var fields []string
	block := 0
	gap := false
	for i := range paras {
		var b strings.Builder
		fields = csvText(&b, fields, paras[i].Text)
		if b.Len() == 0 {
			unit[i] = -1
			gap = true
			continue
		}
		if gap {
			block++
			gap = false
		}
		unit[i] = len(view)
		view = append(view, corpus.Paragraph{Text: b.String(), Block: block})
	}
	// An empty record takes the label of the next record with text, and
	// the ones after the last that of the last.
	next := len(view) - 1
	for i := len(unit) - 1; i >= 0; i-- {
		if unit[i] >= 0 {
			next = unit[i]
		} else {
			unit[i] = next
		}
	}
	return view, unit
}

// csvText writes the text of a paragraph of CSV records to b: its
// non-empty cells, between bars; fields is a buffer, returned for reuse.
func csvText(b *strings.Builder, fields []string, para string) []string {
	for line := range strings.SplitSeq(para, "\n") {
		fs, ok := csvFields(fields[:0], line)
		fields = fs
		if !ok {
			fs = []string{line}
		}
		for _, f := range fs {
			if f = strings.TrimSpace(f); f == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(f)
		}
	}
	return fields
}

// csvPlainTexts returns the texts of a CSV page's paragraphs without the
// commas of their empty cells (PlainTexts): a record's cells between
// bars, an empty record empty; ok is false for any other page.
func csvPlainTexts(paras []corpus.Paragraph) (out []string, ok bool) {
	if !isCSVDump(paras) {
		return nil, false
	}
	out = make([]string, len(paras))
	var fields []string
	var b strings.Builder
	for i := range paras {
		b.Reset()
		fields = csvText(&b, fields, paras[i].Text)
		out[i] = b.String()
	}
	return out, true
}

// classifyCSVDump labels a spreadsheet's CSV of a web page through the
// text of its records (csvView); ok is false for any other page.
func (m *Model) classifyCSVDump(paras []corpus.Paragraph) ([]Scored, bool) {
	if !isCSVDump(paras) {
		return nil, false
	}
	view, unit := csvView(paras)
	if len(view) == 0 {
		return nil, false
	}
	return m.classifyView(paras, view, unit), true
}
