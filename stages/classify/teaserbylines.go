package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Bylines of the items of a list of other stories ("By Emily Stewart" under
// each headline of a "More from Vox" box, "By REUTERS" under each of a
// sidebar's teasers) belong to the list: the taxonomy puts a "More stories"
// list and its headlines under promo, and the benchmark's gold labels their
// bylines promo too, while the model, which reads a byline's shape, called
// them bio (23 of the 45 promo lines it called bio in cross-validation).

// teaserBylineMaxWords is the longest line teaserBylines takes for a byline.
const teaserBylineMaxWords = 6

// minTeaserBylines is how many bylines inside promo a page needs before
// teaserBylines takes them for the bylines of a list.
const minTeaserBylines = 3

// teaserBylines labels promo the bylines of a list of other stories that
// the model called bio: lines of at most teaserBylineMaxWords words led by a
// byline word ("By", "Por", "Von", …; bylineWords) with no full stop at the
// end, that have a paragraph labelled promo within two above and whose
// next paragraph that is neither chrome nor bio is not body, when a page has
// at least minTeaserBylines of them. An article's own byline stands above
// its text, with at most dates, credits and other bylines between.
func teaserBylines(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	near := func(i, step int, l corpus.Label) bool {
		for k, j := 0, i+step; k < 2 && j >= 0 && j < n; k, j = k+1, j+step {
			if out[j].Label == l {
				return true
			}
		}
		return false
	}
	// bodyNext reports whether the first paragraph under i that is neither
	// chrome nor bio (a date, a picture credit, a second byline) is body:
	// then i is an article's byline.
	bodyNext := func(i int) bool {
		for j := i + 1; j < n; j++ {
			if l := out[j].Label; l != corpus.Chrome && l != corpus.Bio {
				return l == corpus.Body
			}
		}
		return false
	}
	isTeaserByline := func(i int) bool {
		if out[i].Label != corpus.Bio || fs[i].Words < 2 || fs[i].Words > teaserBylineMaxWords || strings.HasSuffix(paras[i].Text, ".") {
			return false
		}
		first, _, _ := strings.Cut(strings.TrimSpace(paras[i].Text), " ")
		var buf [16]byte
		if len(first) > len(buf) {
			return false
		}
		w := buf[:0]
		for k := 0; k < len(first); k++ {
			w = append(w, lowerASCII(first[k]))
		}
		return bylineWords[string(w)] && near(i, -1, corpus.Promo) && !bodyNext(i)
	}
	var bylines []int // allocated only on pages with bylines inside promo
	for i := range out {
		if isTeaserByline(i) {
			bylines = append(bylines, i)
		}
	}
	if len(bylines) < minTeaserBylines {
		return
	}
	// All found first, then labelled: a byline made promo must not make
	// the line next to it a byline inside promo.
	for _, i := range bylines {
		out[i] = Scored{Label: corpus.Promo, Score: 0.6}
	}
}
