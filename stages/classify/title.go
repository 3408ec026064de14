package classify

import (
	"math"
	"math/bits"

	"github.com/winnowhq/winnow/corpus"
)

// A page dump starts with the page's <title> ("Headline – Site"), and the
// article's headline repeats it further down: the article begins there. On
// the 181 pages of the article-extraction benchmark, 150 have such a repeat,
// and none of their gold body lines stands above it; what the model took for
// body there (teasers of other stories in full sentences, a weather box)
// cost whole pages, such as a TV station's whose four-paragraph article
// sits below six teasers. aboveTitle takes body away from everything above
// the repeat. (As a learned feature of both layers instead, the repeat
// raised the CV score more, 0.9337 → 0.9406, but moved the model's weights
// off the other features that carry pages without a title line, which the
// check sets written for winnow are: their rows fell by up to 0.02.)

// Thresholds of a title's repeat: at least titleMinShare of the line's words
// are words of the title, and at least titleMinCover of the title's words
// are in the line (the site's name is left out of the repeat). The line has
// fewer words than the title, or as many when the title has at least
// titleMinWhole: a shorter title repeated whole is likely the site's name
// (a dump that starts with "La Gaceta Económica" repeats it in its footer).
const (
	titleMinShare = 0.8
	titleMinCover = 0.5
	titleMinWords = 3
	titleMaxWords = 30
	titleMinWhole = 6
)

// Guards of titleRepeat against taking a site's name, a list of other
// stories or an extract's own headline for the title's repeat (each a case
// where the cut took the whole article: review7_test.go):
//   - the first paragraph is no <title> when prose (titleProseWords words
//     or more) that the model finds likely body (titleLeadLogProb) follows it
//     within titleLeadLines paragraphs: an extract starts with its headline,
//     a dump with its title over menus and notices (a cookie banner);
//   - a repeat must be followed by prose within titleProseLines paragraphs:
//     an article follows its headline, a footer or a list of headlines
//     follows a site's name or a teaser.
const (
	titleProseWords = 15
	titleLeadLines  = 3
	titleProseLines = 20
)

// titleLeadLogProb is the log of the body probability (one half) from which
// prose under the first paragraph makes it an extract's headline.
var titleLeadLogProb = float32(math.Log(0.5))

// titleRepeat returns the index of the first paragraph after the first that
// repeats the first paragraph (the page's title) by the thresholds and
// guards above, or -1 when none does; logp holds the model's label
// log-probabilities of the paragraphs (nil: any prose is likely body). It
// reads the folded words of d (the
// first dateWords of each paragraph, CJK as pairs of characters) and
// compares them by hash: no allocation.
func titleRepeat(d *docWords, logp []float32, n int) int {
	if n < 2 {
		return -1
	}
	var title [dateWords]uint64
	nt := d.count(0)
	if nt < titleMinWords {
		return -1
	}
	for i := 1; i < n && i <= titleLeadLines; i++ {
		if d.count(i) >= titleProseWords && (logp == nil || logp[i*corpus.NumLabels+int(corpus.Body)] >= titleLeadLogProb) {
			return -1 // the first paragraph is an extract's headline
		}
	}
	for k := 0; k < nt; k++ {
		title[k] = fnvAdd(fnvOffset, d.word(0, k))
	}
	// A line of fewer words than half the title's cannot cover half of it.
	minWords := max(titleMinWords, int(math.Ceil(titleMinCover*float64(nt))))
	for i := 1; i < n; i++ {
		nc := d.count(i)
		if nc < minWords || nc > titleMaxWords {
			continue
		}
		if nc > nt || (nc == nt && nt < titleMinWhole) {
			continue
		}
		var seen uint64 // title words found, as bits (nt ≤ dateWords < 64)
		hits := 0
		// More misses than this and the line cannot reach titleMinShare.
		maxMisses := nc - int(math.Ceil(titleMinShare*float64(nc)))
		for k := 0; k < nc && k-hits <= maxMisses; k++ {
			h := fnvAdd(fnvOffset, d.word(i, k))
			for j := 0; j < nt; j++ {
				if title[j] == h {
					hits++
					seen |= 1 << j
					break
				}
			}
		}
		if float64(hits) < titleMinShare*float64(nc) || float64(bits.OnesCount64(seen)) < titleMinCover*float64(nt) {
			continue
		}
		for k := i + 1; k < n && k <= i+titleProseLines; k++ {
			if d.count(k) >= titleProseWords {
				return i
			}
		}
		return -1 // no article under it
	}
	return -1
}

// aboveTitle gives the paragraphs above the title's repeat (at title, -1
// for none) that were labelled body their likeliest other label: nothing of
// the article stands above its headline.
func aboveTitle(title int, logp []float32, out []Scored) {
	for i := 0; i < title; i++ {
		if out[i].Label == corpus.Body {
			l, p := likeliestOther(logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels])
			out[i] = Scored{Label: l, Score: p}
		}
	}
}
