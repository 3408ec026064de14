package classify

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// TestTransitionsArticleSpan counts the three states of
// TrainOptions.ArticleSpan: not-body paragraphs between a document's first
// and last body paragraph are inside the article (stateOther), the others
// outside it (stateOutside).
func TestTransitionsArticleSpan(t *testing.T) {
	B, X, P := corpus.Body, corpus.Chrome, corpus.Promo
	ln := func(x float64) float32 { return float32(math.Log(x)) }
	const O, I = stateOutside, stateOther
	tests := []struct {
		name   string
		labels [][]corpus.Label
		// counts[a][b] of transitions a → b and of first states, before
		// add-one smoothing over the three states.
		counts [3][3]float64
		starts [3]float64
	}{
		{
			name:   "header, article with an inline box, footer",
			labels: [][]corpus.Label{{X, B, P, B, X, X}},
			// O→B, B→I, I→B, B→O, O→O.
			counts: [3][3]float64{stateBody: {I: 1, O: 1}, I: {stateBody: 1}, O: {stateBody: 1, O: 1}},
			starts: [3]float64{O: 1},
		},
		{
			name:   "a page without body is all outside",
			labels: [][]corpus.Label{{X, P, X}},
			counts: [3][3]float64{O: {O: 2}},
			starts: [3]float64{O: 1},
		},
		{
			name:   "two documents, one starting with its body",
			labels: [][]corpus.Label{{B, X, B}, {B, B}},
			counts: [3][3]float64{stateBody: {stateBody: 1, I: 1}, I: {stateBody: 1}},
			starts: [3]float64{stateBody: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var feats []docFeatures
			for _, l := range tt.labels {
				feats = append(feats, docFeatures{labels: l})
			}
			trans, start := transitions(feats, true)
			total := tt.starts[0] + tt.starts[1] + tt.starts[2]
			for a := 0; a < corpus.NumLabels; a++ {
				var row float64
				if a < 3 {
					row = tt.counts[a][0] + tt.counts[a][1] + tt.counts[a][2] + 3
				}
				for b := 0; b < corpus.NumLabels; b++ {
					if a < 3 && b < 3 {
						assert.InDelta(t, ln((tt.counts[a][b]+1)/row), trans[a][b], 1e-6, "trans[%d][%d]", a, b)
					} else {
						assert.Zero(t, trans[a][b], "unused trans[%d][%d]", a, b)
					}
				}
			}
			for b := 0; b < 3; b++ {
				assert.InDelta(t, ln((tt.starts[b]+1)/(total+3)), start[b], 1e-6, "start[%d]", b)
			}
		})
	}
}

// TestDecodeArticleSpan: with the three states, an advertisement line
// between two runs of body is passed over as not body inside the article;
// with two states, leaving the article and coming back costs more than
// calling the advertisement body, which the run then swallows.
func TestDecodeArticleSpan(t *testing.T) {
	// Probabilities of body for: a menu line, four article lines, an
	// advertisement, three article lines, a footer line.
	pBody := []float64{0.02, 0.9, 0.9, 0.9, 0.9, 0.02, 0.9, 0.9, 0.9, 0.02}
	logp := make([]float32, len(pBody)*corpus.NumLabels)
	for i, p := range pBody {
		for l := corpus.Label(0); l < corpus.NumLabels; l++ {
			q := (1 - p) / float64(corpus.NumLabels-1)
			if l == corpus.Body {
				q = p
			}
			logp[i*corpus.NumLabels+int(l)] = float32(math.Log(q))
		}
	}
	ln := func(x float64) float32 { return float32(math.Log(x)) }
	tests := []struct {
		name  string
		span  bool
		trans [3][3]float32
		start [3]float32
		want  string // B body, - not body
	}{
		{
			name: "three states: the inline advertisement is passed over",
			span: true,
			// Body → inside 0.1 and inside → body 0.5 (an inline box is
			// short), outside ↔ body rare.
			trans: [3][3]float32{
				{ln(0.85), ln(0.1), ln(0.05)},
				{ln(0.5), ln(0.49), ln(0.01)},
				{ln(0.03), ln(0.001), ln(0.969)},
			},
			start: [3]float32{ln(0.01), ln(0.01), ln(0.98)},
			want:  "-BBBB-BBB-",
		},
		{
			name: "two states: the advertisement is swallowed into the body",
			trans: [3][3]float32{
				{ln(0.85), ln(0.15)},
				{ln(0.03), ln(0.97)},
			},
			start: [3]float32{ln(0.02), ln(0.98)},
			want:  "-BBBBBBBB-",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Model{lambda: 1}
			m.Info.Options.ArticleSpan = tt.span
			for a := 0; a < 3; a++ {
				copy(m.trans[a][:3], tt.trans[a][:])
			}
			copy(m.start[:3], tt.start[:])
			s := &modelScratch{logp: logp}
			out := make([]Scored, len(pBody))
			m.decode(s, out, 0)
			var got strings.Builder
			for _, o := range out {
				if o.Label == corpus.Body {
					got.WriteByte('B')
				} else {
					got.WriteByte('-')
				}
			}
			assert.Equal(t, tt.want, got.String())
		})
	}
}

// TestTrainingFeaturesAugmentBlocks: AugmentBlocks adds after each
// plain-text document a copy with one blank-line block per paragraph, in
// the original's stacking fold and with the copies' weight; documents read
// from HTML get none, and only the originals are listed as trained on.
func TestTrainingFeaturesAugmentBlocks(t *testing.T) {
	rules, err := DefaultRules()
	require.NoError(t, err)
	text := func(key string) TrainDoc {
		ps := paragraphs(t, "Site name\nHome\nNews\n\nCouncil approves the budget\n\n"+prose[0]+"\n\n"+prose[1])
		labels := make([]corpus.Label, len(ps))
		for i := range labels {
			labels[i] = corpus.Chrome
			if i >= 3 {
				labels[i] = corpus.Body
			}
		}
		return TrainDoc{Key: key, Paras: ps, Labels: labels}
	}
	html := text("html")
	for i := range html.Paras {
		html.Paras[i].Structure = &corpus.Structure{Tag: "p"}
	}
	docs := []TrainDoc{text("a"), html, text("b")}
	require.Less(t, docs[0].Paras[1].Block, 1, "the menu lines share a block")

	tests := []struct {
		name    string
		opts    TrainOptions
		groups  []int
		weights []float64
	}{
		{"without copies", TrainOptions{}, []int{0, 1, 2}, []float64{0, 0, 0}},
		{"with copies", TrainOptions{AugmentBlocks: true, AugmentBlocksWeight: 0.3}, []int{0, 0, 1, 2, 2}, []float64{0, 0.3, 0, 0, 0.3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newModel(rules)
			var rs ruleScratch
			feats, err := m.trainingFeatures(docs, rules, &rs, tt.opts)
			require.NoError(t, err)
			require.Len(t, feats, len(tt.groups))
			for i, f := range feats {
				assert.Equal(t, tt.groups[i], f.group, "document %d's group", i)
				assert.Equal(t, tt.weights[i], f.weight, "document %d's weight", i)
				assert.Equal(t, docs[f.group].Labels, f.labels)
			}
			if tt.opts.AugmentBlocks {
				// The menu lines' block features differ in the copy.
				assert.NotEqual(t, feats[0].v.base, feats[1].v.base)
			}
			assert.Equal(t, []string{"a", "html", "b"}, m.Info.Pages)
			// The documents given are not changed by their copies.
			assert.Zero(t, docs[0].Paras[1].Block)
		})
	}
}

// TestTrainingWeightsDocumentWeight: a document's weight scales its
// examples, alone or with DocWeightPower, and counts in the class weights
// as that many examples.
func TestTrainingWeightsDocumentWeight(t *testing.T) {
	B, X := corpus.Body, corpus.Chrome
	feats := []docFeatures{
		{labels: []corpus.Label{B, X}},
		{labels: []corpus.Label{B, X, X, X}, weight: 0.5},
	}
	class, doc := trainingWeights(feats, []int{0, 1}, TrainOptions{ClassWeightPower: 1})
	assert.Equal(t, map[int]float32{1: 0.5}, doc, "only the weighted document is listed")
	// Weighted counts: body 1 + 0.5, chrome 1 + 1.5, of 4 in all.
	assert.InDelta(t, 4/(corpus.NumLabels*1.5), class[B], 1e-6)
	assert.InDelta(t, 4/(corpus.NumLabels*2.5), class[X], 1e-6)

	_, doc = trainingWeights(feats, []int{0, 1}, TrainOptions{DocWeightPower: 1})
	// Mean 3 examples per document: (3/2) and (3/4) × 0.5.
	assert.InDelta(t, 1.5, doc[0], 1e-6)
	assert.InDelta(t, 0.375, doc[1], 1e-6)
}
