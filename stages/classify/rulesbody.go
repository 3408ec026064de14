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

// rulesProseMinProb is the body probability from which rulesBody gives the
// body label to a long sentence of prose that the rules call body, in text
// whose words the model reads. Chosen on article-extraction CV and
// readability-pages among 0, 0.1, 0.2, 0.3, 0.4 and 0.5: CV 0.9248 →
// 0.9244 / 0.9288 / 0.9303 / 0.9316 / 0.9318 / 0.9320, readability-pages
// 0.8817 → 0.8825 / 0.8835 / 0.8843 / 0.8860 / 0.8852 / 0.8839.
const rulesProseMinProb = 0.3

// rulesBody adds to the body of a plain-text document paragraphs that the
// rules call body: where the model does not read the document's words (a
// language it has too few training pages of; see readsWords), those it
// gives a body probability of at least rulesBodyMinProb and the sentences
// of prose (features.ShortWords words or more, ending a sentence); where it
// reads them, the sentences of prose it gives at least rulesProseMinProb
// (the Viterbi pass had left them out of a run of furniture). There the model leans on language-independent features and
// misses body the rules' densest-run search finds: short paragraphs of an
// article (a recipe's steps), standfirsts and subheadings, and whole live
// tickers, whose prose between timestamp lines it took for page furniture
// (a German storm ticker at p(body) < 0.2). The prose condition was added
// after the blind European set's second run (bench/testdata/eu, a
// development set since): there 0.888 → 0.927; page dumps 0.936 → 0.938,
// article extracts, article-extraction CV unchanged, readability-pages
// 0.8820 → 0.8817 (a minimum of 15 words: 0.926 / 0.937 / 0.928 / 0.8817).
//
// Where the model does not read the words, a sentence of prose whose
// likeliest label by the model's own probabilities is body joins the body
// too, whatever the rules say: the chain carried it into a run of
// furniture (a box of key facts above, a table read as a list). Added in
// the nineteenth session: 11 labels of the development sets right, none
// wrong (Chinese pages most), the training pages unchanged.
func (m *Model) rulesBody(s *modelScratch, out []Scored) {
	reads := m.knowsWords(&s.rs)
	if !reads {
		// Prose the model itself finds likeliest body, which the chain
		// carried into a run of furniture.
		for i := range out {
			f := &s.rs.fs[i]
			if out[i].Label == corpus.Body || !(f.Words >= features.ShortWords && f.EndsSentence) {
				continue
			}
			z := s.logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
			if l, _ := likeliestOther(z); z[corpus.Body] > z[l] {
				out[i] = Scored{Label: corpus.Body, Score: exp32(z[corpus.Body])}
			}
		}
	}
	for i, r := range s.rs.out {
		if r.Label != corpus.Body || out[i].Label == corpus.Body {
			continue
		}
		f := &s.rs.fs[i]
		prose := f.Words >= features.ShortWords && f.EndsSentence
		p := math.Exp(float64(s.logp[i*corpus.NumLabels+int(corpus.Body)]))
		take := prose || p >= rulesBodyMinProb
		if reads {
			take = prose && p >= rulesProseMinProb
		}
		if take {
			out[i] = Scored{Label: corpus.Body, Score: float32(p)}
		}
	}
}
