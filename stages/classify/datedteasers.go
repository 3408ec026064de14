package classify

import (
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// datedTeaserMinPairs is the fewest headline-and-date pairs datedTeasers
// takes for a list of other stories.
const datedTeaserMinPairs = 2

// datedTeasers labels promo a list of other stories below the article
// that the chain carried into the body (or called chrome): a run of at
// least datedTeaserMinPairs pairs of a teaser headline (3 to
// teaserMaxWords words, no full stop at its end) and a lone date under it
// ("Straßenbahnlinie 4: Bauarbeiten am Königsplatz verlängert" /
// "01.12.2026"), after the last paragraph of prose the article has (15
// words or more, labelled body), and the list's heading right above the
// run when it is short (at most promoHeadingMaxWords words, no full stop:
// "Mehr aus Kassel"). The taxonomy calls a list of other stories promo,
// their dates included. Bio and comment lines are left alone.
func datedTeasers(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	lastProse := -1
	for i := range out {
		if out[i].Label == corpus.Body && fs[i].Words >= 15 {
			lastProse = i
		}
	}
	if lastProse < 0 {
		return
	}
	isPair := func(i int) bool {
		return i+1 < n && fs[i].Words >= 3 && fs[i].Words <= teaserMaxWords && !fs[i].EndsSentence &&
			fs[i+1].Words <= 6 && fs[i+1].Digits > 0 && isLoneDate(paras[i+1].Text)
	}
	take := func(i int) {
		if l := out[i].Label; l == corpus.Body || l == corpus.Chrome {
			out[i] = Scored{Label: corpus.Promo, Score: 0.6}
		}
	}
	for a := lastProse + 1; a < n; a++ {
		if !isPair(a) {
			continue
		}
		b := a
		for isPair(b) {
			b += 2
		}
		if (b-a)/2 >= datedTeaserMinPairs {
			for i := a; i < b; i++ {
				take(i)
			}
			if h := a - 1; h > lastProse && fs[h].Words <= promoHeadingMaxWords && !fs[h].EndsSentence && out[h].Label == corpus.Body {
				take(h)
			}
		}
		a = b - 1
	}
}
