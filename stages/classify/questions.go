package classify

import (
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Bounds of questionHeadings: a question heading has at most
// questionMaxWords words (twice as many wide characters); the article's
// body stands at most questionBodyAbove lines above it, and the answer
// under it has answerMinWords words or more (twice as many wide
// characters).
const (
	questionMaxWords  = 14
	questionBodyAbove = 3
	answerMinWords    = 8
)

// questionHeadings gives back to the body the questions of a Q&A article
// ("¿Por qué cambian las normas?", "一问：什么时候缴费？"): a short line
// that ends with a question mark, without a comment's or a promo's cue (a
// chrome or bio cue may be a word of the question: "normas", a byline's
// "Por"), right above a line of prose labelled body (its answer), with
// body at most questionBodyAbove lines above it. The model, reading a
// short line with no sentence's full stop, took the first questions under
// the article's lead for furniture. A poll's question has answers under
// it, not prose; a "read also" teaser that asks a question
// (isOneLineTeaser) stays as it is.
func questionHeadings(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(paras)
	for i := 1; i+1 < n; i++ {
		f := &fs[i]
		if out[i].Label == corpus.Body || out[i+1].Label != corpus.Body || f.Cues[corpus.Comment] || f.Cues[corpus.Promo] ||
			f.Words > questionMaxWords || f.CJK > 2*questionMaxWords || !endsWithQuestionMark(paras[i].Text) || isOneLineTeaser(paras[i].Text) {
			continue
		}
		if g := &fs[i+1]; g.Words < answerMinWords && g.CJK < 2*answerMinWords {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-questionBodyAbove; k-- {
			if out[k].Label == corpus.Body {
				out[i] = Scored{Label: corpus.Body, Score: 0.6}
				break
			}
		}
	}
}
