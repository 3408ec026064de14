package classify

import (
	"github.com/winnowhq/winnow/corpus"
)

// Bounds of promoThread: the longest run of promo lines under a comment
// heading it relabels, and the fewest reply bars the run must hold.
const (
	promoThreadMaxLines   = 40
	promoThreadMinReplies = 2
)

// promoThread labels comment the thread under a comment section's heading
// ("Commentaires (3)", labelled comment) that the model labelled promo,
// carried on from a newsletter box or a list of other stories above the
// heading: the run of promo lines right under the heading (at most
// promoThreadMaxLines), when at least promoThreadMinReplies of its lines
// are a comment's reply bar ("Répondre · 6 J'aime", isReplyBar). A list of
// other stories has no reply bars.
func promoThread(paras []corpus.Paragraph, out []Scored) {
	n := len(out)
	for h := 0; h+1 < n; h++ {
		if out[h].Label != corpus.Comment || !isCommentHeading(paras[h].Text) {
			continue
		}
		b, replies := h+1, 0
		for b < n && b-h <= promoThreadMaxLines && out[b].Label == corpus.Promo {
			if isReplyBar(paras[b].Text) {
				replies++
			}
			b++
		}
		if replies < promoThreadMinReplies {
			continue
		}
		for k := h + 1; k < b; k++ {
			out[k] = Scored{Label: corpus.Comment, Score: 0.6}
		}
		h = b - 1
	}
}
