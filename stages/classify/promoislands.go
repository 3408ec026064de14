package classify

import (
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// promoIslandHeadingReach is how far above an island a comment section's
// heading keeps it comment: the thread under "Comments (23)" that the model
// called promo keeps the comment labels it has.
const promoIslandHeadingReach = 10

// promoIslandMaxRun is the longest run of comment labels between promo
// labels that promoIslands gives to promo.
const promoIslandMaxRun = 3

// promoIslands labels promo the short runs of comment labels (at most
// promoIslandMaxRun paragraphs, none with a comment cue phrase or a comment
// section's heading, "Commentaires (4)", which may follow a promo box, and
// no such heading within promoIslandHeadingReach paragraphs above) that
// stand between two promo paragraphs: a list of other stories whose items carry
// a date and a blurb ("Wild's personal 'GEEK Squad' …", "November 18,
// 2019 at 2:01 pm", "Maybe the Wild have found …", "Read More"), which the
// model reads as commenters' posts. A comment thread is not cut into
// pieces by promo lines.
func promoIslands(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	for a := 1; a < n; a++ {
		if out[a].Label != corpus.Comment || out[a-1].Label != corpus.Promo {
			continue
		}
		b := a
		for b < n && out[b].Label == corpus.Comment && b-a < promoIslandMaxRun {
			b++
		}
		if b == n || out[b].Label != corpus.Promo {
			continue
		}
		cue := false
		for i := a; i < b; i++ {
			cue = cue || fs[i].Cues[corpus.Comment] || isCommentHeading(paras[i].Text)
		}
		for k := a - 1; !cue && k >= 0 && k >= a-promoIslandHeadingReach; k-- {
			cue = fs[k].Words <= commentMaxHeadingWords && isCommentHeading(paras[k].Text)
		}
		if cue {
			continue
		}
		for i := a; i < b; i++ {
			out[i] = Scored{Label: corpus.Promo, Score: 0.6}
		}
		a = b
	}
}
