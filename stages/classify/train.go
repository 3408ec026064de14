package classify

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/winnowhq/winnow/corpus"
)

// TrainOptions configure Train. The defaults were chosen before looking at
// any cross-validation score and are not tuned per fold.
type TrainOptions struct {
	// Epochs is the number of passes over the training paragraphs.
	Epochs int `json:"epochs"`
	// LearningRate is AdaGrad's base step.
	LearningRate float64 `json:"learning_rate"`
	// L2 is the weight decay applied to the weights a step touches.
	L2 float64 `json:"l2"`
	// ClassWeightPower weighs each example by (N / (L·n_label))^power, so
	// rare labels are not drowned by chrome (0: no weighting).
	ClassWeightPower float64 `json:"class_weight_power"`
	// Lambda weighs the transition scores in decoding.
	Lambda float64 `json:"lambda"`
	// Seed fixes the order examples are visited in: training is deterministic.
	Seed uint64 `json:"seed"`
}

// DefaultTrainOptions returns the options the embedded model was trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 8, LearningRate: 0.1, L2: 1e-6, ClassWeightPower: 0.5, Lambda: 1, Seed: 1}
}

// TrainDoc is one labelled training document: its paragraphs (as the
// splitter cut them) and a gold label per paragraph.
type TrainDoc struct {
	Key    string
	Paras  []corpus.Paragraph
	Labels []corpus.Label
}

// Train fits a Model on docs. The same docs and options always give the
// same model.
func Train(docs []TrainDoc, rules *Rules, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 || opts.LearningRate <= 0 {
		return nil, fmt.Errorf("train: epochs and learning rate must be positive")
	}
	const L = corpus.NumLabels
	m := newModel(rules)
	m.Info = ModelInfo{Format: "winnow-model-1", Options: opts}
	m.lambda = float32(opts.Lambda)

	// Features of every paragraph, computed once.
	type example struct {
		doc, i int
		label  corpus.Label
	}
	vecs := make([]vectors, len(docs))
	var examples []example
	var counts [L]float64
	var startCount [L]float64
	var transCount [L][L]float64
	var rs ruleScratch
	for d, doc := range docs {
		if len(doc.Paras) != len(doc.Labels) {
			return nil, fmt.Errorf("train: document %s has %d paragraphs and %d labels", doc.Key, len(doc.Paras), len(doc.Labels))
		}
		if len(doc.Paras) == 0 {
			continue
		}
		m.Info.Pages = append(m.Info.Pages, doc.Key)
		rules.analyse(doc.Paras, &rs)
		vecs[d].vectorize(doc.Paras, &rs)
		for i, l := range doc.Labels {
			if int(l) >= L {
				return nil, fmt.Errorf("train: document %s: invalid label %d", doc.Key, l)
			}
			examples = append(examples, example{d, i, l})
			counts[l]++
			if i == 0 {
				startCount[l]++
			} else {
				transCount[doc.Labels[i-1]][l]++
			}
		}
	}
	if len(examples) == 0 {
		return nil, fmt.Errorf("train: no labelled paragraphs")
	}

	// Transition scores: smoothed log-probabilities.
	for a := 0; a < L; a++ {
		var row float64
		for b := 0; b < L; b++ {
			row += transCount[a][b] + 1
		}
		for b := 0; b < L; b++ {
			m.trans[a][b] = float32(math.Log((transCount[a][b] + 1) / row))
		}
	}
	var starts float64
	for b := 0; b < L; b++ {
		starts += startCount[b] + 1
	}
	for b := 0; b < L; b++ {
		m.start[b] = float32(math.Log((startCount[b] + 1) / starts))
	}

	var weight [L]float64
	for l := 0; l < L; l++ {
		if counts[l] > 0 {
			weight[l] = math.Pow(float64(len(examples))/(L*counts[l]), opts.ClassWeightPower)
		}
	}

	// AdaGrad over shuffled examples.
	accDense := make([]float32, len(m.dense))
	accHashed := make([]float32, len(m.hashed))
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	lr := float32(opts.LearningRate)
	l2 := float32(opts.L2)
	var z [L]float32
	for epoch := 0; epoch < opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, oi := range order {
			ex := examples[oi]
			v := &vecs[ex.doc]
			m.scores(v, ex.i, z[:])
			logSoftmax(z[:])
			cw := float32(weight[ex.label])
			var g [L]float32
			for k := 0; k < L; k++ {
				g[k] = float32(math.Exp(float64(z[k])))
				if k == int(ex.label) {
					g[k]--
				}
				g[k] *= cw
			}
			x := v.dense[ex.i*DenseDim : (ex.i+1)*DenseDim]
			for j, xv := range x {
				if xv == 0 {
					continue
				}
				adagrad(m.dense[j*L:(j+1)*L], accDense[j*L:(j+1)*L], &g, xv, lr, l2)
			}
			for _, h := range v.hashed[ex.i*maxHashed : ex.i*maxHashed+v.nhash[ex.i]] {
				adagrad(m.hashed[int(h)*L:(int(h)+1)*L], accHashed[int(h)*L:(int(h)+1)*L], &g, 1, lr, l2)
			}
		}
	}
	return m, nil
}

// adagrad applies one AdaGrad step to the weights of one feature with value
// x, given the loss gradient g with respect to the label scores.
func adagrad(w, acc []float32, g *[corpus.NumLabels]float32, x, lr, l2 float32) {
	for k := range w {
		gk := g[k]*x + l2*w[k]
		if gk == 0 {
			continue
		}
		acc[k] += gk * gk
		w[k] -= lr * gk / float32(math.Sqrt(float64(acc[k])))
	}
}
