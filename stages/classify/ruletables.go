package classify

import "github.com/winnowhq/winnow/corpus"

// ruleTables labels body a table inside the article that pandoc's plain
// text writer drew with dashed rules ("------- ---------- -----"): the
// whole blank-line block that holds a rule (isTableRule; pandoc gives a
// table a block of its own: header, rule, rows, and a closing rule for a
// table of several lines per row), when body stands within
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
// else.
func isTableRule(s string) bool {
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
