package classify

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestTrainErrors(t *testing.T) {
	rules := newRules(t)
	good := synthDoc(t, 0)
	short := good
	short.Labels = good.Labels[:len(good.Labels)-1]
	bad := good
	bad.Labels = append([]corpus.Label(nil), good.Labels...)
	bad.Labels[2] = corpus.NumLabels
	opts := func(f func(*TrainOptions)) TrainOptions {
		o := DefaultTrainOptions()
		o.Epochs = 1
		f(&o)
		return o
	}
	tests := []struct {
		name string
		docs []TrainDoc
		opts TrainOptions
		want string
	}{
		{"no epochs", []TrainDoc{good}, opts(func(o *TrainOptions) { o.Epochs = 0 }), "must be positive"},
		{"no learning rate", []TrainDoc{good}, opts(func(o *TrainOptions) { o.LearningRate = 0 }), "must be positive"},
		{"no documents", nil, opts(func(*TrainOptions) {}), "no labelled paragraphs"},
		{"empty documents", []TrainDoc{{Key: "a"}, {Key: "b"}}, opts(func(*TrainOptions) {}), "no labelled paragraphs"},
		{"labels missing", []TrainDoc{good, short}, opts(func(*TrainOptions) {}), "paragraphs and"},
		{"labels missing, augmented", []TrainDoc{good, short}, opts(func(o *TrainOptions) { o.AugmentBodyOnly = true }), "paragraphs and"},
		{"too many labels", []TrainDoc{{Key: "x", Labels: []corpus.Label{corpus.Body}}}, opts(func(*TrainOptions) {}), "paragraphs and"},
		{"invalid label", []TrainDoc{bad}, opts(func(*TrainOptions) {}), "invalid label"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m *Model
			var err error
			require.NotPanics(t, func() { m, err = Train(tt.docs, rules, tt.opts) })
			require.Error(t, err)
			assert.Nil(t, m)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestTrainStacking(t *testing.T) {
	docs := synthCorpus(t)
	tests := []struct {
		name    string
		docs    []TrainDoc
		folds   int
		stacked bool
	}{
		{"no folds", docs, 0, false},
		{"one fold", docs, 1, false},
		{"two folds", docs, 2, true},
		{"more folds than documents", docs[:3], 4, false},
		{"as many folds as documents", docs[:3], 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultTrainOptions()
			opts.Epochs, opts.StackFolds = 2, tt.folds
			m, err := Train(tt.docs, newRules(t), opts)
			require.NoError(t, err)
			assert.Equal(t, tt.stacked, m.stack != nil)
			assert.Len(t, m.Info.Pages, len(tt.docs))
			assert.InDelta(t, opts.Lambda, float64(m.lambda), 0)
		})
	}
}

func TestTrainSkipsEmptyDocuments(t *testing.T) {
	docs := []TrainDoc{synthDoc(t, 1), {Key: "empty"}, synthDoc(t, 2)}
	opts := DefaultTrainOptions()
	opts.Epochs, opts.StackFolds = 1, 0
	m, err := Train(docs, newRules(t), opts)
	require.NoError(t, err)
	assert.Equal(t, []string{"page-01", "page-02"}, m.Info.Pages)
}

func TestWithBodyOnly(t *testing.T) {
	d := TrainDoc{
		Key: "k",
		Paras: []corpus.Paragraph{
			{Text: "Home", Block: 0}, {Text: "one", Block: 1}, {Text: "two", Block: 1}, {Text: "Ad", Block: 2}, {Text: "three", Block: 3},
		},
		Labels: []corpus.Label{corpus.Chrome, corpus.Body, corpus.Body, corpus.Promo, corpus.Body},
	}
	noBody := TrainDoc{Key: "n", Paras: []corpus.Paragraph{{Text: "Home"}}, Labels: []corpus.Label{corpus.Chrome}}
	out := withBodyOnly([]TrainDoc{d, noBody})
	require.Len(t, out, 3)
	assert.Equal(t, d, out[0])
	assert.Equal(t, noBody, out[1])
	c := out[2]
	assert.Equal(t, "k#body-only", c.Key)
	assert.True(t, c.augmented)
	assert.Equal(t, []corpus.Label{corpus.Body, corpus.Body, corpus.Body}, c.Labels)
	var texts []string
	var blocks []int
	for _, p := range c.Paras {
		texts = append(texts, p.Text)
		blocks = append(blocks, p.Block)
	}
	assert.Equal(t, []string{"one", "two", "three"}, texts)
	assert.Equal(t, []int{0, 1, 2}, blocks, "one blank-line block per paragraph")
	// The input is not modified.
	assert.Equal(t, 1, d.Paras[1].Block)
}

func TestTransitions(t *testing.T) {
	B, X := corpus.Body, corpus.Chrome
	ln := func(x float64) float32 { return float32(math.Log(x)) }
	tests := []struct {
		name      string
		labels    [][]corpus.Label
		start     [2]float32
		trans     [2][2]float32
		wantTrans bool
	}{
		{
			name:   "one document",
			labels: [][]corpus.Label{{X, B, B, X}},
			// Starts: one not-body. Transitions: X→B, B→B, B→X; add-one smoothing.
			start: [2]float32{ln(1.0 / 3), ln(2.0 / 3)},
			trans: [2][2]float32{{ln(2.0 / 4), ln(2.0 / 4)}, {ln(2.0 / 3), ln(1.0 / 3)}},
		},
		{
			name: "non-body labels are one state",
			labels: [][]corpus.Label{
				{corpus.Chrome, corpus.Promo, corpus.Bio, B},
				{B},
			},
			start: [2]float32{ln(2.0 / 4), ln(2.0 / 4)},
			trans: [2][2]float32{{ln(1.0 / 2), ln(1.0 / 2)}, {ln(2.0 / 5), ln(3.0 / 5)}},
		},
		{
			name:   "nothing seen",
			labels: nil,
			start:  [2]float32{ln(0.5), ln(0.5)},
			trans:  [2][2]float32{{ln(0.5), ln(0.5)}, {ln(0.5), ln(0.5)}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var feats []docFeatures
			for _, l := range tt.labels {
				feats = append(feats, docFeatures{labels: l})
			}
			trans, start := transitions(feats, false)
			for a := 0; a < corpus.NumLabels; a++ {
				for b := 0; b < corpus.NumLabels; b++ {
					if a < 2 && b < 2 {
						assert.InDelta(t, tt.trans[a][b], trans[a][b], 1e-6, "trans[%d][%d]", a, b)
					} else {
						assert.Zero(t, trans[a][b], "unused trans[%d][%d]", a, b)
					}
				}
			}
			assert.InDelta(t, tt.start[0], start[0], 1e-6)
			assert.InDelta(t, tt.start[1], start[1], 1e-6)
			assert.Zero(t, start[2]+start[3]+start[4])
		})
	}
}

func TestAdagrad(t *testing.T) {
	var g [corpus.NumLabels]float32
	g[0], g[1] = 0.5, -0.5
	tests := []struct {
		name    string
		w, acc  []float32
		x, l2   float32
		wantW   []float32
		wantAcc []float32
		lr      float32
	}{
		{
			name: "first step moves by lr against the gradient's sign",
			w:    make([]float32, 5), acc: make([]float32, 5), x: 2, lr: 0.1,
			wantW:   []float32{-0.1, 0.1, 0, 0, 0},
			wantAcc: []float32{1, 1, 0, 0, 0},
		},
		{
			name: "accumulated squares shrink the step",
			w:    make([]float32, 5), acc: []float32{3, 0, 0, 0, 0}, x: 2, lr: 0.1,
			wantW:   []float32{-0.05, 0.1, 0, 0, 0},
			wantAcc: []float32{4, 1, 0, 0, 0},
		},
		{
			name: "weight decay pulls other labels' weights to zero",
			w:    []float32{0, 0, 2, 0, 0}, acc: make([]float32, 5), x: 1, lr: 0.1, l2: 0.5,
			wantW:   []float32{-0.1, 0.1, 1.9, 0, 0},
			wantAcc: []float32{0.25, 0.25, 1, 0, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			adagrad(tt.w, tt.acc, nil, &g, tt.x, tt.lr, tt.l2, 0)
			assert.InDeltaSlice(t, tt.wantW, tt.w, 1e-6)
			assert.InDeltaSlice(t, tt.wantAcc, tt.acc, 1e-6)
		})
	}
}

// separableProblem returns one document of n examples whose label is the one
// feature that is on (after a bias), and their feature vectors.
func separableProblem(n int) ([]docFeatures, [][]float32) {
	feats := []docFeatures{{labels: make([]corpus.Label, n)}}
	x := make([][]float32, n)
	for i := range x {
		l := corpus.Label(i % corpus.NumLabels)
		feats[0].labels[i] = l
		x[i] = make([]float32, corpus.NumLabels+1)
		x[i][0] = 1
		x[i][1+int(l)] = 1
	}
	return feats, x
}

// TestFitLinearSeparable checks that the logistic regression learns a
// separable problem: label = the one feature that is on.
func TestFitLinearSeparable(t *testing.T) {
	feats, x := separableProblem(40)
	opts := DefaultTrainOptions()
	opts.Epochs, opts.LearningRate = 20, 0.5
	w, hashed := fitLinear(feats, []int{0}, corpus.NumLabels+1, false, opts, func(_, i int) []float32 { return x[i] }, nil)
	assert.Nil(t, hashed)
	require.Len(t, w, (corpus.NumLabels+1)*corpus.NumLabels)
	for i := range x {
		var z [corpus.NumLabels]float32
		linearScores(w, x[i], z[:])
		logSoftmax(z[:])
		best := 0
		for k := range z {
			if z[k] > z[best] {
				best = k
			}
		}
		assert.Equal(t, int(feats[0].labels[i]), best, "example %d", i)
		assert.Greater(t, math.Exp(float64(z[best])), 0.8)
	}
}

func TestTrainDocWeight(t *testing.T) {
	rules := newRules(t)
	// One long document and one short one: weighting by document moves the
	// weights, and the same options always give the same model.
	long, short := synthDoc(t, 0), synthDoc(t, 1)
	short.Paras, short.Labels = short.Paras[:3], short.Labels[:3]
	docs := []TrainDoc{long, short}
	train := func(power float64) *Model {
		o := DefaultTrainOptions()
		o.Epochs, o.StackFolds, o.DocWeightPower = 2, 0, power
		m, err := Train(docs, rules, o)
		require.NoError(t, err)
		return m
	}
	plain, weighted := train(0), train(0.5)
	assert.NotEqual(t, plain.dense, weighted.dense, "document weights change the fit")
	assert.Equal(t, weighted.dense, train(0.5).dense, "deterministic")
	assert.InDelta(t, 1.0, HTMLTrainOptions().DocWeightPower, 0, "the HTML model weighs every page the same")
	assert.Zero(t, DefaultTrainOptions().DocWeightPower, "the text model does not")
}

// TestAdagradSumAverages checks the running sum of averaged training: after
// T steps, w − sum/T is the mean of the weights after each step, the same
// steps adagrad takes without a sum.
func TestAdagradSumAverages(t *testing.T) {
	grads := [][corpus.NumLabels]float32{
		{0.5, -0.5, 0, 0, 0},
		{-0.2, 0.1, 0.1, 0, 0},
		{0.3, 0.3, -0.6, 0, 0},
		{0, 0, 0, 0.4, -0.4},
		{-0.1, -0.1, 0.1, 0.05, 0.05},
	}
	const lr, l2, x = 0.1, 0.01, 1.5
	ref, refAcc := make([]float32, 5), make([]float32, 5)
	mean := make([]float64, 5)
	w, acc, sum := make([]float32, 5), make([]float32, 5), make([]float64, 5)
	var step float64
	for _, g := range grads {
		adagrad(ref, refAcc, nil, &g, x, lr, l2, 0)
		for k, v := range ref {
			mean[k] += float64(v) / float64(len(grads))
		}
		adagrad(w, acc, sum, &g, x, lr, l2, step)
		step++
	}
	assert.InDeltaSlice(t, ref, w, 1e-7, "the same steps as adagrad")
	for k := range w {
		assert.InDelta(t, mean[k], float64(w[k])-sum[k]/step, 1e-6, "weight %d is the mean over the steps", k)
	}
}

// TestFitLinearAveraging checks averaged training end to end: on a
// separable problem whose weights grow epoch after epoch, the averaged
// weights still separate it, and are smaller than the last step's (they
// average in earlier, smaller weights).
func TestFitLinearAveraging(t *testing.T) {
	feats, x := separableProblem(40)
	train := func(average int) []float32 {
		opts := DefaultTrainOptions()
		opts.Epochs, opts.LearningRate, opts.AverageEpochs = 20, 0.5, average
		w, _ := fitLinear(feats, []int{0}, corpus.NumLabels+1, false, opts, func(_, i int) []float32 { return x[i] }, nil)
		return w
	}
	norm := func(w []float32) float64 {
		var s float64
		for _, v := range w {
			s += float64(v) * float64(v)
		}
		return math.Sqrt(s)
	}
	last, averaged := train(0), train(10)
	for i := range x {
		var z [corpus.NumLabels]float32
		linearScores(averaged, x[i], z[:])
		best := 0
		for k := range z {
			if z[k] > z[best] {
				best = k
			}
		}
		assert.Equal(t, int(feats[0].labels[i]), best, "example %d", i)
	}
	assert.Less(t, norm(averaged), norm(last))
	assert.Greater(t, norm(averaged), norm(last)/2)
}

// TestAdagradUnderflow checks that a gradient whose square underflows
// float32 (from a label probability of about 1e-30, which confident models
// reach) leaves the weights finite instead of stepping by g/√0. Training
// with learning rate 0.2 on the benchmark's HTML once made every
// second-layer weight NaN this way.
func TestAdagradUnderflow(t *testing.T) {
	g := [corpus.NumLabels]float32{1e-30, -1e-30, 0, 0, 0}
	w, acc := []float32{0.5, 0, 0, 0, 0}, make([]float32, 5)
	adagrad(w, acc, nil, &g, 1, 0.1, 0, 0)
	assert.Equal(t, []float32{0.5, 0, 0, 0, 0}, w)
	sum := make([]float64, 5)
	adagrad(w, acc, sum, &g, 1, 0.1, 0, 3)
	assert.Equal(t, []float32{0.5, 0, 0, 0, 0}, w)
	assert.Equal(t, make([]float64, 5), sum)
}

func TestFurnitureHints(t *testing.T) {
	st := func(hints ...string) *corpus.Structure { return &corpus.Structure{Tag: "p", Hints: hints} }
	var doc TrainDoc
	add := func(n int, label corpus.Label, s *corpus.Structure) {
		for i := 0; i < n; i++ {
			doc.Paras = append(doc.Paras, corpus.Paragraph{Text: "x", Structure: s})
			doc.Labels = append(doc.Labels, label)
		}
	}
	add(furnitureMinParas, corpus.Comment, st("comment"))     // never body: furniture
	add(furnitureMinParas-1, corpus.Chrome, st("newsletter")) // too rare to tell
	add(1000, corpus.Chrome, st("footer"))                    // body 5 of 1,005: 0.5%, furniture
	add(5, corpus.Body, st("footer"))                         //
	add(100, corpus.Chrome, st("nav"))                        // body 1 of 101: over 0.5%
	add(1, corpus.Body, st("nav"))                            //
	add(200, corpus.Body, st("article", "content"))           // the article
	add(3, corpus.Chrome, &corpus.Structure{Tag: "p"})        // no hints
	assert.Equal(t, []string{"comment", "footer"}, furnitureHints([]TrainDoc{doc}))
	assert.Empty(t, furnitureHints(synthCorpus(t)), "plain text has no hints")
}
