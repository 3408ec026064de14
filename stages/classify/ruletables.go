package classify

import (
	"slices"
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// ruleTables labels body a table inside the article that pandoc's plain
// text writer drew with dashed rules ("------- ---------- -----"): the
// whole blank-line block that holds a rule (isTableRule; pandoc gives a
// table a block of its own: header, rule, rows, and a closing rule for a
// table of several lines per row; a grid table, isGridRule, the same),
// when body stands within
// tableContextMax lines above the block and within tableContextMax lines
// under it. The model reads the rows ("2023 628 9,1") as comment stamps or
// menu lines; a table under the article (a video player's statistics)
// keeps its labels.
func ruleTables(paras []corpus.Paragraph, out []Scored) {
	n := len(out)
	for i := 0; i < n; i++ {
		if !isTableRule(paras[i].Text) {
			continue
		}
		s, e := i, i
		for s > 0 && paras[s-1].Block == paras[i].Block {
			s--
		}
		for e+1 < n && paras[e+1].Block == paras[i].Block {
			e++
		}
		above := max(0, s-tableContextMax)
		if bodyWithin(out, above, s-above) && bodyWithin(out, e+1, tableContextMax) {
			for k := s; k <= e; k++ {
				out[k] = Scored{Label: corpus.Body, Score: 0.6}
			}
		}
		i = e
	}
}

// isTableRule reports whether s is a rule of a pandoc simple table: two or
// more runs of three dashes or more, separated by spaces, and nothing
// else; or a rule of a grid table (isGridRule).
func isTableRule(s string) bool {
	if isGridRule(s) {
		return true
	}
	runs, dashes := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			dashes++
		case ' ':
			if dashes > 0 {
				if dashes < 3 {
					return false
				}
				runs++
				dashes = 0
			}
		default:
			return false
		}
	}
	if dashes > 0 {
		if dashes < 3 {
			return false
		}
		runs++
	}
	return runs >= 2
}

// isGridRule reports whether s is a rule of a grid table, as pandoc's
// Haddock and reStructuredText writers draw them: "+-----+------+" (or
// with equals signs under the header), a plus sign at both ends and
// between the cells, two cells or more (a box of one cell holds a code
// block), each cell's rule three characters or more.
func isGridRule(s string) bool {
	if len(s) < 5 || s[0] != '+' || s[len(s)-1] != '+' {
		return false
	}
	run, cells := 0, 0
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '-', '=':
			run++
		case '+':
			if run < 3 {
				return false
			}
			run = 0
			cells++
		default:
			return false
		}
	}
	return cells >= 2
}

// barTables labels body a table inside the article whose cells a converter
// parted with bars ("红玫瑰 | 1.60 | +48%", a reader's rows; "1| Bielik|
// Tomasz Wilczewski| 7", Python html2text's; Markdown's rows, which start
// with a bar, are markdownTables'): a run of at least barTableRowsMin lines
// with the same number of bars, one or more, at least half of them with a
// digit (a menu, "Impressum | Datenschutz | Kontakt", has none), with body
// within barTableContext lines above the run and within tableContextMax
// lines under it; the line right above the run goes with it when it ends
// with a colon ("本周主要品种拍卖均价如下："). The model reads such rows as
// menu lines.
func barTables(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	bars := func(i int) int {
		t := strings.TrimSpace(paras[i].Text)
		if t == "" || t[0] == '|' {
			return 0
		}
		return strings.Count(t, "|")
	}
	for a := 0; a < n; a++ {
		k := bars(a)
		if k == 0 {
			continue
		}
		b, digits := a, 0
		for b < n && bars(b) == k {
			if strings.ContainsAny(paras[b].Text, "0123456789") {
				digits++
			}
			b++
		}
		if b-a < barTableRowsMin || digits*2 < b-a {
			a = b - 1
			continue
		}
		above := max(0, a-barTableContext)
		if bodyWithin(out, above, a-above) && bodyWithin(out, b, tableContextMax) {
			if h := a - 1; h >= 0 && fs[h].EndsColon {
				out[h] = Scored{Label: corpus.Body, Score: 0.6}
			}
			for i := a; i < b; i++ {
				out[i] = Scored{Label: corpus.Body, Score: 0.6}
			}
		}
		a = b - 1
	}
}

// barTableRowsMin is the fewest rows of a table barTables reads.
const barTableRowsMin = 3

// barTableContext is how many lines above a table barTables looks for the
// article: over a heading, the line that announces the table and a "read
// also" line.
const barTableContext = 4

// headingRules gives a line drawn with one character ("*****", "-----",
// "=====") the label of the heading it underlines or frames: the line of
// text just above it in its blank-line block, or else the one just under
// it. jaytaylor/html2text frames a page's headings between such rules and
// reStructuredText underlines its section titles; the model, reading each
// rule as a paragraph with no words, labelled them apart from their
// headings. A rule alone in its block (a thematic break) keeps its label,
// but for body with no body on either side: chrome.
func headingRules(paras []corpus.Paragraph, out []Scored) {
	for i := range paras {
		if !isDrawnRule(paras[i].Text) {
			continue
		}
		switch {
		case i > 0 && paras[i-1].Block == paras[i].Block && !isDrawnRule(paras[i-1].Text):
			out[i] = out[i-1]
		case i+1 < len(paras) && paras[i+1].Block == paras[i].Block && !isDrawnRule(paras[i+1].Text):
			out[i] = out[i+1]
		case out[i].Label == corpus.Body && (i == 0 || out[i-1].Label != corpus.Body) && (i+1 == len(out) || out[i+1].Label != corpus.Body):
			// A thematic break outside the article, which the chain
			// took for body (it has no words), is the page's furniture.
			out[i] = Scored{Label: corpus.Chrome, Score: 0.6}
		}
	}
}

// isDrawnRule reports whether s, trimmed, is three or more of one of the
// characters text writers draw rules with (not underscores: a run of them
// is a form's field).
func isDrawnRule(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || strings.IndexByte("-=*~^#+", s[0]) < 0 {
		return false
	}
	return strings.Trim(s, s[:1]) == ""
}

// tableSourceMaxWords is the longest source note under a table that
// tableSources reads, in words.
const tableSourceMaxWords = 30

// tableSources labels body the note that names a table's source, right
// under the table's last row inside the article ("Quelle: Stadtbibliothek
// Neuruppin", "Fuente: Conservas Sendero.", "资料来源：恆春鎮農會"): a line
// of at most tableSourceMaxWords words that starts with a word for
// "source" and a colon (isSourceNote), under a row the article's table
// passes labelled body (isTableRowLike), with body above that row too.
// The model reads the note as a credit, which is chrome under a photo;
// the same words under a date line ("来源：新华社") stay as they are.
func tableSources(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := 2; i < len(paras); i++ {
		if out[i].Label == corpus.Body || fs[i].Words > tableSourceMaxWords || out[i-1].Label != corpus.Body || out[i-2].Label != corpus.Body {
			continue
		}
		if isTableRowLike(paras[i-1].Text, &fs[i-1]) && isSourceNote(paras[i].Text) {
			out[i] = Scored{Label: corpus.Body, Score: 0.6}
		}
	}
}

// isTableRowLike reports a line that reads as a table's row: cells parted
// by bars, a grid table's rule, or a short line with a figure that ends no
// sentence ("Ville de Fougères   1,02 M€   1,38 M€", "96 %").
func isTableRowLike(s string, f *features.Features) bool {
	return strings.Count(s, "|") >= 2 || isGridRule(strings.TrimSpace(s)) || isTableRule(strings.TrimSpace(s)) ||
		f.Digits > 0 && f.Words <= 10 && !f.EndsSentence
}

// sourceWords are the words for a table's source that isSourceNote reads
// before a colon, lower-cased.
var sourceWords = []string{
	"quelle", "quellen", "fuente", "fuentes", "source", "sources", "źródło", "źródła",
	"fonte", "fontes", "fonti", "bron", "bronnen", "kilde", "källa", "lähde", "forrás",
	"zdroj", "kaynak", "источник", "джерело", "来源", "來源", "资料来源", "資料來源",
	"数据来源", "數據來源", "出典", "출처",
}

// isSourceNote reports a line that starts with a word for "source"
// (sourceWords) and a colon, after bold marks if any.
func isSourceNote(s string) bool {
	s = strings.TrimLeft(strings.TrimSpace(s), "*_")
	k := strings.IndexAny(s, ":：")
	if k <= 0 || k > 24 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(s[:k], " *_\u00a0"))
	return slices.Contains(sourceWords, w)
}
