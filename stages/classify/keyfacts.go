package classify

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Bounds of keyFactBoxes: a box has keyFactsMinItems items or more, each
// a label of at most keyFactLabelMaxWords words (keyFactLabelMaxRunes
// runes of a script written without spaces) before its colon; the prose
// that goes on under it stands at most keyFactsProseGap lines with text
// below it.
const (
	keyFactsMinItems     = 3
	keyFactLabelMaxWords = 4
	keyFactLabelMaxRunes = 10
	keyFactsProseGap     = 4
)

// keyFactBoxes gives back to the body a box of key facts inside an
// article: a list of keyFactsMinItems items or more that each give a fact
// after a short label and a colon ("Betrieb: Montag bis Freitag 6.30 bis 19
// Uhr", "现存骑楼建筑：500余栋"), perhaps under a short heading ("###
// Das Wichtigste zur Fähre", or without marks: a line of at most eight
// words that ends no sentence), with the article's body right above it (the
// nearest line with text above the box is body) and prose under it within
// keyFactsProseGap lines with text (the article goes on). The model took
// such a box for a promo box or the page's furniture, and the chain
// carried the article below it away with it. md are the page's lines as
// Markdown (list items with their bullets, headings with their marks),
// fs the features of their text; lines of markup alone, empty
// in md, are passed over and take their label with the box.
func keyFactBoxes(md []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(md)
	for i := 0; i < n; i++ {
		if !isKeyFactItem(md[i].Text) {
			continue
		}
		// The run of items, lines of markup alone between them.
		first, last, items := i, i, 0
		k := i
		for ; k < n; k++ {
			t := md[k].Text
			if t == "" {
				continue
			}
			if !isKeyFactItem(t) {
				break
			}
			last = k
			items++
		}
		i = k
		if items < keyFactsMinItems {
			continue
		}
		top := prevText(md, first)
		if top >= 0 && fs[top].Words <= 8 && (headingLevel(md[top].Text) > 0 || !fs[top].EndsSentence && !fs[top].EndsColon && !isKeyFactItem(md[top].Text)) {
			first = top // the box's heading, with Markdown's marks or none
			top = prevText(md, top)
		}
		if top < 0 || out[top].Label != corpus.Body || !proseBelow(md, fs, last) {
			continue
		}
		for j := first; j <= last; j++ {
			if out[j].Label != corpus.Body {
				out[j] = Scored{Label: corpus.Body, Score: 0.6}
			}
		}
	}
}

// proseBelow reports a line of prose (a sentence of eight words or more,
// or of sixteen wide characters; or a line of four words or more that
// announces what follows with a colon) within keyFactsProseGap lines with
// text under line last, a table's delimiter rows aside.
func proseBelow(md []corpus.Paragraph, fs []features.Features, last int) bool {
	seen := 0
	for k := last + 1; k < len(md) && seen < keyFactsProseGap; k++ {
		if md[k].Text == "" || md[k].Text == "|---|" {
			continue
		}
		seen++
		f := &fs[k]
		if (f.Words >= 8 || f.CJK >= 16) && f.EndsSentence || (f.Words >= 4 || f.CJK >= 8) && f.EndsColon && !isKeyFactItem(md[k].Text) {
			return true
		}
	}
	return false
}

// isKeyFactItem reports a list item that gives a fact after a short label
// and a colon: "- Überfahrt: etwa vier Minuten", "- 现存骑楼建筑：500余栋".
func isKeyFactItem(s string) bool {
	rest, ok := strings.CutPrefix(s, "- ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "* "); !ok {
			return false
		}
	}
	label, value, ok := strings.Cut(rest, ":")
	if k := strings.Index(rest, "："); k >= 0 && (!ok || k < len(label)) {
		label, value, ok = rest[:k], rest[k+len("："):], true
	}
	if !ok || strings.TrimSpace(value) == "" || strings.TrimSpace(label) == "" || strings.ContainsAny(label, "[]()") {
		return false
	}
	if fieldCount(label) > keyFactLabelMaxWords {
		return false
	}
	if utf8.RuneCountInString(label) > keyFactLabelMaxRunes && !strings.Contains(label, " ") {
		return len(label) <= 2*keyFactLabelMaxRunes // a word of Latin letters
	}
	return true
}
