package classify

import (
	"slices"

	"github.com/winnowhq/winnow/corpus"
)

// The HTML model learnt from the article-extraction pages, whose gold
// article leaves out the headline (and, on many pages, the standfirst):
// it calls an article's h1 and the lead under it chrome or bio. The
// taxonomy calls both body. On the labelled HTML of the check sets
// (bench/htmlgold.go) 471 of the 1,695 body paragraphs the HTML model
// missed were headlines and 320 leads marked as such by their class
// ("summary" hints: lede, standfirst, entradilla, chapo, …). The
// taxonomy (../shared/README.md) names the standfirst body; the
// benchmarks' gold bodies often leave it out, and the lead rule costs
// article-extraction's HTML CV 0.003 of body F1 (0.9687 → 0.9654) and
// readability-pages' HTML 0.002 (0.9172 → 0.9153), where the check sets'
// HTML gains 0.034 (0.872 → 0.906).
//
// htmlHead gives them back: the last h1 over the article's first body
// paragraph (within htmlHeadReach paragraphs; a site's name or a
// section's in an h1 stands higher up) is body, and so are the paragraphs
// with a summary hint between it and that paragraph. What stands between
// otherwise (a byline, a date, a share bar) keeps its label.

// htmlHeadReach is how many paragraphs under the h1 the article's first
// body paragraph may be.
const htmlHeadReach = 12

// summaryHint is the hint of a lead's class (corpus/htmltext's vocabulary).
const summaryHint = "summary"

// htmlHead labels an HTML page's headline and lead body (see above).
func htmlHead(paras []corpus.Paragraph, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	h := -1
	for j := first - 1; j >= 0 && j >= first-htmlHeadReach; j-- {
		if st := paras[j].Structure; st != nil && st.Tag == "h1" {
			h = j
			break
		}
	}
	if h < 0 {
		return // no h1 right over the article: its headline is not one
	}
	out[h].Label = corpus.Body
	for j := h + 1; j < first; j++ {
		if st := paras[j].Structure; st != nil && slices.Contains(st.Hints, summaryHint) {
			out[j].Label = corpus.Body
		}
	}
}
