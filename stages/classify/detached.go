package classify

import "github.com/winnowhq/winnow/corpus"

// detachedGap is the least number of non-body paragraphs between two
// clusters of body paragraphs (detachedBody): paragraphs of body closer than
// that belong to the same cluster.
const detachedGap = 8

// detachedMaxProb is the mean body probability under which a cluster of body
// after the article's main cluster, and less than half its size, is taken
// for furniture; detachedWeakProb the one under which any such cluster is,
// whatever its size.
const (
	detachedMaxProb  = 0.8
	detachedWeakProb = 0.6
)

// tickerGap is the most lines between the body above and a live blog's
// entries that detachedBody keeps.
const tickerGap = 2 * detachedGap

// detachedMaxBytes is the size from which a cluster of body is taken for
// a part of the article (a second article of the page, its references)
// unless the model gives it a mean body probability under detachedWeakProb.
const detachedMaxBytes = 1500

// detachedBody gives back to the furniture the clusters of body paragraphs
// that stand after the article's main cluster (the one of most bytes
// weighed by their body probability),
// separated from the body before them by at least detachedGap paragraphs of
// furniture, when the model is not sure of them: a mean body probability
// under detachedMaxProb for a cluster under half the main cluster's size,
// under detachedWeakProb for a larger one. These are the teasers of other
// stories below the article (a headline and its summary sentence, repeated),
// an author's bio or a site's blurb in prose, a disclaimer: full sentences
// the model half believed, far from the article. Each paragraph so taken
// gets its likeliest label other than body.
//
// Chosen on article-extraction CV (detached clusters after the main one at
// a gap of 8: 6,789 bytes not body in the gold, 972 body; before the main
// one: 674 against 3,069, so the pass looks only after it) and
// readability-pages (the size bound keeps a second article of a page and a
// Wikipedia page's references; the main cluster weighed by body
// probability, not by bytes alone, finds the article above a longer list
// of teasers). Text CV 0.9304 → 0.9343 (macro 0.7601 → 0.7612),
// readability-pages 0.8832 → 0.8893; the development sets unchanged but
// the page dumps (0.954 → 0.956). It costs an article continued below a
// long widget whose continuation the model doubts (readability-pages'
// folha: recall 0.99 → 0.57).
//
// A live blog's entries (the span [tickerFrom, tickerTo) of liveTicker),
// which the model took for a comment thread and liveTicker gave back to the
// article, keep their label when they start within tickerGap lines of the
// body above: the model's doubt is what liveTicker overruled (a ticker
// under a box of key facts stands apart from the lead). Far below the
// article, timed lines are a list of other stories' videos.
func detachedBody(paras []corpus.Paragraph, logp []float32, tickerFrom, tickerTo int, out []Scored) {
	main, mainBytes := -1, 0
	var mainWeight float32
	forEachBodyCluster(paras, out, func(a, b, bytes int) {
		var w float32
		for i := a; i < b; i++ {
			if out[i].Label == corpus.Body {
				w += float32(len(paras[i].Text)) * exp32(logp[i*corpus.NumLabels+int(corpus.Body)])
			}
		}
		if w > mainWeight {
			main, mainBytes, mainWeight = a, bytes, w
		}
	})
	if main < 0 {
		return
	}
	prevEnd := -1 // the end of the cluster before
	forEachBodyCluster(paras, out, func(a, b, bytes int) {
		before := prevEnd
		prevEnd = b
		if a <= main || a < tickerTo && b > tickerFrom && a-before <= tickerGap {
			return
		}
		var sum float32
		count := 0
		for i := a; i < b; i++ {
			if out[i].Label == corpus.Body {
				sum += exp32(logp[i*corpus.NumLabels+int(corpus.Body)])
				count++
			}
		}
		mean := sum / float32(count)
		if !(mean < detachedWeakProb || (mean < detachedMaxProb && 2*bytes < mainBytes && bytes < detachedMaxBytes)) {
			return
		}
		for i := a; i < b; i++ {
			if out[i].Label == corpus.Body {
				l, p := likeliestOther(logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels])
				out[i] = Scored{Label: l, Score: p}
			}
		}
	})
}

// forEachBodyCluster calls fn for every cluster of body paragraphs of out,
// in order: paragraphs [a, b), the first and the last body, no two body
// paragraphs of it more than detachedGap paragraphs apart; bytes is the
// length of its body paragraphs' text.
func forEachBodyCluster(paras []corpus.Paragraph, out []Scored, fn func(a, b, bytes int)) {
	a, last, bytes := -1, -1, 0
	for i := range out {
		if out[i].Label != corpus.Body {
			continue
		}
		if a >= 0 && i-last > detachedGap {
			fn(a, last+1, bytes)
			a, bytes = -1, 0
		}
		if a < 0 {
			a = i
		}
		last = i
		bytes += len(paras[i].Text)
	}
	if a >= 0 {
		fn(a, last+1, bytes)
	}
}

// likeliestOther returns the likeliest label other than body in a
// paragraph's log-probabilities z, and its probability.
func likeliestOther(z []float32) (corpus.Label, float32) {
	best := -1
	for l := range z {
		if corpus.Label(l) == corpus.Body {
			continue
		}
		if best < 0 || z[l] > z[best] {
			best = l
		}
	}
	return corpus.Label(best), exp32(z[best])
}
