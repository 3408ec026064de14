package classify

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestRulesBody(t *testing.T) {
	m, err := DefaultModel()
	require.NoError(t, err)
	langs := m.rules.x.Languages()
	de, en := slices.Index(langs, "German"), slices.Index(langs, "English")
	require.GreaterOrEqual(t, de, 0)
	require.GreaterOrEqual(t, en, 0)

	B, X, P := corpus.Body, corpus.Chrome, corpus.Promo
	rules := []corpus.Label{B, B, B, X, B, B, B, B}
	model := []corpus.Label{B, X, P, X, X, X, X, X}
	pBody := []float64{0.9, 0.3, 0.05, 0.4, 0.12, 0.02, 0.02, 0.35}
	// Paragraphs 5 to 7 are long; 5 and 7 end a sentence (prose), 6 does not.
	words := []int{30, 3, 3, 3, 3, 30, 30, 30}
	endsSentence := []bool{true, false, false, false, false, true, false, true}
	tests := []struct {
		name string
		lang int
		want []corpus.Label
	}{
		// German: the model does not read its words; the rules' body with a
		// body probability of at least rulesBodyMinProb joins the body.
		// So do long sentences of prose at any probability.
		{"a language the model does not read", de, []corpus.Label{B, B, P, X, B, B, X, B}},
		// English: the model reads the words; only the rules' prose with a
		// body probability of at least rulesProseMinProb joins.
		{"a language the model reads", en, []corpus.Label{B, X, P, X, X, X, X, B}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s modelScratch
			s.rs.lang = tc.lang
			out := make([]Scored, len(rules))
			s.logp = make([]float32, len(rules)*corpus.NumLabels)
			for i := range rules {
				s.rs.out = append(s.rs.out, Scored{Label: rules[i]})
				s.rs.fs = append(s.rs.fs, features.Features{Words: words[i], EndsSentence: endsSentence[i]})
				out[i] = Scored{Label: model[i]}
				s.logp[i*corpus.NumLabels+int(corpus.Body)] = float32(math.Log(pBody[i]))
			}
			m.rulesBody(&s, out)
			got := make([]corpus.Label, len(out))
			for i, o := range out {
				got[i] = o.Label
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestRulesBodyTakesProseTheModelFindsLikeliestBody(t *testing.T) {
	m, err := DefaultModel()
	require.NoError(t, err)
	langs := m.rules.x.Languages()
	de, en := slices.Index(langs, "German"), slices.Index(langs, "English")
	B, P := corpus.Body, corpus.Promo
	for _, tc := range []struct {
		name string
		lang int
		want corpus.Label
	}{
		{"a language the model does not read", de, B},
		{"a language the model reads", en, P},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s modelScratch
			s.rs.lang = tc.lang
			// Prose the rules do not call body, the model's likeliest label
			// body (0.55), which the chain carried into a promo run.
			s.rs.out = []Scored{{Label: corpus.Chrome}}
			s.rs.fs = []features.Features{{Words: 30, EndsSentence: true}}
			s.logp = []float32{float32(math.Log(0.55)), float32(math.Log(0.05)), float32(math.Log(0.3)), float32(math.Log(0.05)), float32(math.Log(0.05))}
			out := []Scored{{Label: P}}
			m.rulesBody(&s, out)
			assert.Equal(t, tc.want, out[0].Label)
		})
	}
}
