package classify

import (
	"github.com/winnowhq/winnow/corpus"
)

// Bounds of promoThread: the longest run of promo lines under a comment
// heading it relabels, and the fewest reply bars the run must hold.
const (
	promoThreadMaxLines   = 40
	promoThreadMinReplies = 2
	// promoThreadMaxHeading bounds a heading in bytes: most lines are
	// turned away by their length before the heading tests.
	promoThreadMaxHeading = 80
)

// promoThread labels comment the thread under a comment section's heading
// ("Commentaires (3)", "评论区（5）", labelled comment, promo or chrome: the
// heading too) that the model labelled promo (its reply bars perhaps
// chrome, some comments comment),
// carried on from a newsletter box or a list of other stories above the
// heading: the run of promo lines right under the heading (and of bio
// lines: the readers' names over their comments; at most
// promoThreadMaxLines), when at least promoThreadMinReplies of its lines
// are a comment's reply bar ("Répondre · 6 J'aime", isReplyBar). A list of
// other stories has no reply bars. Unless the model's comment labels go on
// right below the run, the thread ends at its last bar and the lines after
// it that speak of comments: the newsletter box or the footer below it are
// not the thread's.
func promoThread(paras []corpus.Paragraph, out []Scored) {
	n := len(out)
	for h := 0; h+1 < n; h++ {
		if next := out[h+1].Label; next != corpus.Promo && next != corpus.Bio && next != corpus.Comment ||
			out[h].Label == corpus.Body || out[h].Label == corpus.Bio || len(paras[h].Text) > promoThreadMaxHeading ||
			!isCommentHeading(paras[h].Text) && cjkLine(paras[h].Text) != cjkCommentHeading {
			// Most lines are turned away by the label under them or their
			// length before the heading tests.
			continue
		}
		b, replies, last := h+1, 0, h
		for b < n && b-h <= promoThreadMaxLines && (out[b].Label == corpus.Promo || out[b].Label == corpus.Bio || out[b].Label == corpus.Comment ||
			out[b].Label == corpus.Chrome && isReplyBar(paras[b].Text)) {
			if isReplyBar(paras[b].Text) {
				replies++
				last = b
			}
			b++
		}
		if replies < promoThreadMinReplies {
			continue
		}
		if b == n || out[b].Label != corpus.Comment {
			// The thread ends with its last comment's bar and the lines
			// that speak of comments after it ("Weitere Kommentare
			// laden"), unless the model's comments go on below the run.
			e := last + 1
			for e < b && commentish(paras[e].Text) {
				e++
			}
			b = e
		}
		for k := h; k < b; k++ {
			out[k] = Scored{Label: corpus.Comment, Score: 0.6}
		}
		h = b - 1
	}
}
