package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// afterTeaserMaxLines is the longest run of promo labels under a one-line
// teaser that articleAfterTeaser gives back to the body.
const afterTeaserMaxLines = 12

// articleAfterTeaser gives back to the body the run of promo labels that
// follows a one-line "read also" teaser inside the article (the cue and
// the other story's headline on one line: "Lee también: La EMT reorganiza
// cinco líneas de autobús", isOneLineTeaser) when the article goes on under
// the run: body right above the teaser (or one line above it), body in the
// first or second paragraph under the run and in the one after it, and at
// most afterTeaserMaxLines lines in the run. The model carries the
// teaser's promo over the article's subheading and its list or table right
// under it ("Las paradas del nuevo tramo", "Moreres Autobús 19 9 min"). A
// one-word line right under the teaser stays promo: the end of its
// headline, wrapped ("Marítimos").
func articleAfterTeaser(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	for t := 1; t+1 < n; t++ {
		if out[t].Label != corpus.Promo || !isOneLineTeaser(paras[t].Text) {
			continue
		}
		if out[t-1].Label != corpus.Body && (t < 2 || out[t-2].Label != corpus.Body) {
			continue // not inside the article
		}
		a := t + 1
		if a < n && out[a].Label == corpus.Promo && fs[a].Words == 1 {
			a++
		}
		b := a
		for b < n && out[b].Label == corpus.Promo && b-a < afterTeaserMaxLines && !isOneLineTeaser(paras[b].Text) {
			b++
		}
		if b == a || b >= n || out[b].Label == corpus.Promo {
			continue
		}
		r := b // the article resumes at r, maybe under an ad label
		if out[r].Label != corpus.Body {
			r++
		}
		if r+1 >= n || out[r].Label != corpus.Body || out[r+1].Label != corpus.Body {
			continue
		}
		for k := a; k < b; k++ {
			out[k] = Scored{Label: corpus.Body, Score: 0.5}
		}
		t = b
	}
}

// isOneLineTeaser reports whether text is a "read also" cue with the other
// story's headline after its colon on the same line: a promo heading
// (isPromoHeading) up to the colon, three words or more after it.
func isOneLineTeaser(text string) bool {
	c := strings.IndexByte(text, ':')
	if c <= 0 || c > 40 {
		return false
	}
	head := text[:c+1]
	var f features.Features
	f.Words = fieldCount(head)
	return isPromoHeading(head, &f) && fieldCount(text[c+1:]) >= 3
}
