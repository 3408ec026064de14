package classify

import (
	"math"

	"github.com/winnowhq/winnow/corpus"
)

// rulesBodyMinProb is the body probability from which rulesBody gives the
// body label to a paragraph the rules call body. Chosen on the development
// sets (the multilingual page dumps and article extracts, readability-pages,
// article-extraction CV) among 0, 0.1 and 0.2: page dumps 0.911 → 0.933 /
// 0.936 / 0.928, article extracts 0.914 → 0.922 / 0.930 / 0.930,
// readability-pages 0.8834 → 0.8784 / 0.8820 / 0.8829, CV 0.9258 → 0.9231 /
// 0.9248 / 0.9253.
const rulesBodyMinProb = 0.1

// rulesBody adds to the body, in a plain-text document whose words the
// model does not read (a language it has too few training pages of; see
// readsWords), the paragraphs that the rules call body and the model gives
// a body probability of at least rulesBodyMinProb. There the model leans on
// language-independent features and misses body the rules' densest-run
// search finds: short paragraphs of an article (a live ticker's entries, a
// recipe's steps), standfirsts and subheadings.
func (m *Model) rulesBody(s *modelScratch, out []Scored) {
	if m.readsWords(&s.rs) {
		return
	}
	for i, r := range s.rs.out {
		if r.Label != corpus.Body || out[i].Label == corpus.Body {
			continue
		}
		if p := math.Exp(float64(s.logp[i*corpus.NumLabels+int(corpus.Body)])); p >= rulesBodyMinProb {
			out[i] = Scored{Label: corpus.Body, Score: float32(p)}
		}
	}
}
