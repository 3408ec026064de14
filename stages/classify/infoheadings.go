package classify

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// GNU makeinfo's plain text (and other converters that number sections)
// writes a page's headings with their section numbers and underlines them
// ("1.2.3 3 réactions" over "-----------------"): the number hides the
// heading's words from the passes that read headings ("réactions",
// "À lire également", "L'auteur"). A page with numberedMinHeadings such
// headings or more is read without their numbers (denumberHeadings).

// numberedMinHeadings is the fewest underlined numbered headings that
// make a page read without its section numbers.
const numberedMinHeadings = 2

// sectionNumber returns the length of the section number and the spaces
// after it that start s ("1 ", "1.2 ", "1.2.3.1 "), or 0.
func sectionNumber(s string) int {
	i, groups := 0, 0
	for {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j-i > 3 {
			return 0
		}
		groups++
		i = j
		if i < len(s) && s[i] == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	if groups > 6 || i >= len(s) || s[i] != ' ' {
		return 0
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) {
		return 0
	}
	return i
}

// isNumberedHeading reports whether paragraph i is a numbered heading
// underlined by the paragraph under it in its block: a drawn rule
// (isDrawnRule, or dots) as long as the heading, two either way.
func isNumberedHeading(paras []corpus.Paragraph, i int) bool {
	if i+1 >= len(paras) || paras[i+1].Block != paras[i].Block || sectionNumber(paras[i].Text) == 0 {
		return false
	}
	rule := strings.TrimSpace(paras[i+1].Text)
	if !isDrawnRule(rule) && !(len(rule) >= 3 && strings.Trim(rule, ".") == "") {
		return false
	}
	d := utf8.RuneCountInString(paras[i].Text) - len(rule)
	return d >= -2 && d <= 2
}

// denumberHeadings returns the paragraphs of a page with
// numberedMinHeadings underlined numbered headings or more with those
// headings' numbers left out, the copy in *buf, and true; any other page
// as it is, with false.
func denumberHeadings(paras []corpus.Paragraph, buf *[]corpus.Paragraph) ([]corpus.Paragraph, bool) {
	n := 0
	for i := range paras {
		if isNumberedHeading(paras, i) {
			n++
		}
	}
	if n < numberedMinHeadings {
		return paras, false
	}
	out := append((*buf)[:0], paras...)
	*buf = out
	for i := range out {
		if isNumberedHeading(paras, i) {
			out[i].Text = out[i].Text[sectionNumber(out[i].Text):]
		}
	}
	return out, true
}
