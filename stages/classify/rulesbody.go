package classify

import (
	"math"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
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
// readsWords), the paragraphs that the rules call body and that the model
// gives a body probability of at least rulesBodyMinProb or that are
// sentences of prose (features.ShortWords words or more, ending a
// sentence). There the model leans on language-independent features and
// misses body the rules' densest-run search finds: short paragraphs of an
// article (a recipe's steps), standfirsts and subheadings, and whole live
// tickers, whose prose between timestamp lines it took for page furniture
// (a German storm ticker at p(body) < 0.2). The prose condition was added
// after the blind European set's second run (bench/testdata/eu, a
// development set since): there 0.888 → 0.927; page dumps 0.936 → 0.938,
// article extracts, article-extraction CV unchanged, readability-pages
// 0.8820 → 0.8817 (a minimum of 15 words: 0.926 / 0.937 / 0.928 / 0.8817).
func (m *Model) rulesBody(s *modelScratch, out []Scored) {
	if m.readsWords(&s.rs) {
		return
	}
	for i, r := range s.rs.out {
		if r.Label != corpus.Body || out[i].Label == corpus.Body {
			continue
		}
		f := &s.rs.fs[i]
		prose := f.Words >= features.ShortWords && f.EndsSentence
		if p := math.Exp(float64(s.logp[i*corpus.NumLabels+int(corpus.Body)])); p >= rulesBodyMinProb || prose {
			out[i] = Scored{Label: corpus.Body, Score: float32(p)}
		}
	}
}
