package classify

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// xorSet returns n examples of two features in [0, 1) whose label is body
// when exactly one feature is above one half and chrome otherwise: a set no
// linear model separates.
func xorSet(n int) (x [][]float32, y []corpus.Label) {
	for i := 0; i < n; i++ {
		a := float32((i*7919)%1000) / 1000
		b := float32((i*104729)%997) / 997
		x = append(x, []float32{a, b, 0.5})
		l := corpus.Chrome
		if (a > 0.5) != (b > 0.5) {
			l = corpus.Body
		}
		y = append(y, l)
	}
	return x, y
}

func TestFitForestSeparatesXOR(t *testing.T) {
	x, y := xorSet(2000)
	w := make([]float32, len(y))
	for i := range w {
		w[i] = 1
	}
	tests := []struct {
		name string
		opts boostOptions
		min  float64
	}{
		{"depth 2", boostOptions{rounds: 50, depth: 2, shrink: 0.3, minLeaf: 20}, 0.97},
		{"depth 4", boostOptions{rounds: 30, depth: 4, shrink: 0.1, minLeaf: 20}, 0.97},
		{"stumps cannot", boostOptions{rounds: 50, depth: 1, shrink: 0.3, minLeaf: 20}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := binFeatures(len(x), 3, func(i int) []float32 { return x[i] })
			require.Len(t, b.feats, 2, "the constant feature is not binned")
			f := fitForest(b, y, w, nil, tt.opts)
			right := 0
			for i := range x {
				var z [corpus.NumLabels]float32
				f.add(x[i], &z)
				best := corpus.Body
				for k := range z {
					if z[k] > z[best] {
						best = corpus.Label(k)
					}
				}
				if best == y[i] {
					right++
				}
			}
			acc := float64(right) / float64(len(x))
			if tt.min > 0 {
				assert.GreaterOrEqual(t, acc, tt.min)
			} else {
				assert.Less(t, acc, 0.8, "sums of one-feature stumps cannot express XOR")
			}
			again := fitForest(b, y, w, nil, tt.opts)
			assert.Equal(t, f, again, "fitting is deterministic")
			for _, nd := range f.nodes {
				assert.False(t, math.IsNaN(float64(nd.thr)))
			}
		})
	}
}

func TestStackTreesTrainAndRoundTrip(t *testing.T) {
	var docs [][]corpus.Paragraph
	for _, i := range []int{0, 7, numSynth + 1, 55} {
		docs = append(docs, synthDoc(t, i).Paras)
	}
	docs = append(docs, paragraphs(t, article))
	tests := []struct {
		name   string
		alone  bool
		linear bool
	}{
		{"boosting from the linear layer", false, true},
		{"trees alone", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultTrainOptions()
			opts.Epochs, opts.StackTrees, opts.StackTreeDepth, opts.StackTreesAlone = 3, 10, 3, tt.alone
			m := trainSynth(t, opts)
			require.NotNil(t, m.forest)
			assert.Len(t, m.forest.roots, 10*corpus.NumLabels)
			assert.Equal(t, tt.linear, m.stack != nil)
			assert.Equal(t, "winnow-model-2", m.Info.Format)
			b := modelBytes(t, m)
			assert.Equal(t, modelMagicTrees, string(b[:len(modelMagicTrees)]))
			assert.Equal(t, b, modelBytes(t, trainSynth(t, opts)), "training is deterministic")
			r := readModel(t, b)
			assert.Equal(t, m.Info, r.Info)
			assert.Equal(t, m.forest, r.forest)
			assert.Equal(t, b, modelBytes(t, r), "written again, the model differs")
			for _, ps := range docs {
				assert.Equal(t, m.Classify(ps), r.Classify(ps))
				sm, sr := &modelScratch{}, &modelScratch{}
				m.logProbs(ps, sm)
				r.logProbs(ps, sr)
				assert.Equal(t, sm.logp, sr.logp, "the same scores after reading")
			}
		})
	}
}

func TestReadModelFormats(t *testing.T) {
	// A model without trees is still written in format 1.
	b := modelBytes(t, sharedSynthModel(t))
	assert.Equal(t, modelMagic, string(b[:len(modelMagic)]))

	opts := DefaultTrainOptions()
	opts.Epochs, opts.StackTrees, opts.StackTreeDepth = 2, 3, 2
	trees := modelBytes(t, trainSynth(t, opts))
	future := append([]byte("winnow-model-3\n"), trees[len(modelMagicTrees):]...)
	// A tiny model with two stumps; its last 60 bytes are their 6 nodes
	// (threshold, left child, feature: 10 bytes each), node 0 first.
	stumps := tinyModel(t, true)
	stumps.forest = &forest{roots: []int32{0, 3}, nodes: []forestNode{
		{left: 1, feat: 1, thr: 0.5}, {thr: 1}, {thr: -1},
		{left: 4, feat: 2, thr: 0.1}, {thr: 0.25}, {thr: -0.25},
	}}
	good := modelBytes(t, stumps)
	_, err := ReadModel(bytes.NewReader(good), newRules(t))
	require.NoError(t, err)
	node0 := len(good) - 60
	patched := func(off int, b ...byte) []byte {
		c := append([]byte(nil), good...)
		copy(c[off:], b)
		return c
	}
	// Many stumps and one tree of the deepest allowed depth: each tree is
	// laid out complete to that depth.
	wide := tinyModel(t, true)
	wide.forest = &forest{roots: []int32{0}, nodes: chain(maxTreeDepth)}
	for len(wide.forest.roots) <= maxPaddedLeaves>>maxTreeDepth {
		wide.forest.roots = append(wide.forest.roots, int32(len(wide.forest.nodes)))
		wide.forest.nodes = append(wide.forest.nodes, forestNode{thr: 1})
	}
	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"newer format", future, "written by a newer winnow"},
		{"truncated trees", trees[:len(trees)-5], "trees"},
		{"children before their node", patched(node0+4, 0xff, 0xff, 0xff, 0xff), "children come before"},
		{"children past the nodes", patched(node0+4, 5, 0, 0, 0), "past the 6 nodes"},
		{"feature past the vector", patched(node0+8, 0xff, 0xff), "feature 65535"},
		{"shared children", patched(node0+4, 4, 0, 0, 0), "in two places"},
		{"too large when complete", modelBytes(t, wide), "too large"},
		{"not a model", []byte("hello, world, this is text\n"), "not a winnow model file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadModel(bytes.NewReader(tt.b), newRules(t))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// benchForest returns a forest of 100 rounds of depth 4 fitted to random
// second-layer vectors, and the vectors.
func benchForest(testing.TB) (*forest, [][]float32) {
	rng := rand.New(rand.NewPCG(1, 2))
	x := make([][]float32, 4000)
	y := make([]corpus.Label, len(x))
	w := make([]float32, len(x))
	for i := range x {
		x[i] = make([]float32, StackDim)
		x[i][0] = 1
		for j := 1; j < StackDim; j++ {
			x[i][j] = rng.Float32()
		}
		y[i] = corpus.Label((int(x[i][1]*3) + int(x[i][2]*2)*int(x[i][3]*2)) % corpus.NumLabels)
		w[i] = 1
	}
	bins := binFeatures(len(x), StackDim, func(i int) []float32 { return x[i] })
	return fitForest(bins, y, w, nil, boostOptions{rounds: 100, depth: 4, shrink: 0.1, minLeaf: 20}), x
}

func BenchmarkForest(b *testing.B) {
	f, x := benchForest(b)
	c := f.compile()
	b.Run("nodes", func(b *testing.B) {
		var z [corpus.NumLabels]float32
		for i := 0; b.Loop(); i++ {
			f.add(x[i%len(x)], &z)
		}
	})
	b.Run("complete", func(b *testing.B) {
		var z [corpus.NumLabels]float32
		for i := 0; b.Loop(); i++ {
			c.add(x[i%len(x)], &z)
		}
	})
}

func TestCompiledForestScoresAlike(t *testing.T) {
	f, x := benchForest(nil)
	c := f.compile()
	for _, xi := range x[:500] {
		var a, b [corpus.NumLabels]float32
		f.add(xi, &a)
		c.add(xi, &b)
		for k := range a {
			assert.InDelta(t, a[k], b[k], 1e-4)
		}
	}
}

func TestTreesApply(t *testing.T) {
	rules := newRules(t)
	langs := rules.x.Languages()
	en := slices.Index(langs, "English")
	de := slices.Index(langs, "German")
	require.True(t, en >= 0 && de >= 0, "languages %v", langs)
	model := func(gate bool, wordPages int, linear bool) *Model {
		m := newModel(rules)
		m.Info.Options.WordLanguagePages, m.Info.Options.StackTreesWordLanguages = wordPages, gate
		m.setWordLanguages([]string{"English"})
		m.forest = &forest{}
		if linear {
			m.stack = make([]float32, StackDim*corpus.NumLabels)
		}
		return m
	}
	page := func(lang, cjk, letters int) *ruleScratch {
		return &ruleScratch{lang: lang, fs: []features.Features{{CJK: cjk, Letters: letters}}}
	}
	tests := []struct {
		name string
		m    *Model
		rs   *ruleScratch
		want bool
	}{
		{"no gate", model(false, 10, true), page(de, 0, 100), true},
		{"gate, a language it reads", model(true, 10, true), page(en, 0, 100), true},
		{"gate, another language", model(true, 10, true), page(de, 0, 100), false},
		{"gate, no stop list", model(true, 10, true), page(-1, 90, 100), false},
		{"gate, mostly Han with English menus", model(true, 10, true), page(en, 60, 100), false},
		{"gate, reads every language", model(true, 0, true), page(de, 0, 100), true},
		{"gate, no linear layer to fall back on", model(true, 10, false), page(de, 0, 100), true},
		{"no trees", func() *Model { m := model(true, 10, true); m.forest = nil; return m }(), page(en, 0, 100), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.m.treesApply(tt.rs))
		})
	}
}

// chain returns the nodes of one tree that goes depth levels down its left
// side: node 2k splits into 2k+1 (the next split, or a leaf) and 2k+2 (a
// leaf).
func chain(depth int) []forestNode {
	nodes := make([]forestNode, 2*depth+1)
	for k := 0; k < depth; k++ {
		nodes[2*k] = forestNode{left: int32(2*k + 1), feat: 1}
	}
	return nodes
}

func TestForestCheckShape(t *testing.T) {
	tests := []struct {
		name  string
		roots []int32
		nodes []forestNode
		err   string
	}{
		{"stump", []int32{0}, []forestNode{{left: 1, feat: 1}, {thr: 1}, {thr: -1}}, ""},
		{"two trees", []int32{0, 3}, []forestNode{{left: 1, feat: 1}, {}, {}, {left: 4, feat: 2}, {}, {}}, ""},
		{"deepest allowed", []int32{0}, chain(maxTreeDepth), ""},
		{"too deep", []int32{0}, chain(maxTreeDepth + 1), "deeper than"},
		{"shared child", []int32{0}, []forestNode{{left: 1, feat: 1}, {left: 2, feat: 1}, {}, {}}, "two places"},
		{"root as a child", []int32{0, 2}, []forestNode{{left: 1, feat: 1}, {}, {}}, "two places"},
		{"shared root", []int32{0, 0}, []forestNode{{}}, "shared"},
		{"orphan split", []int32{0}, []forestNode{{}, {left: 2, feat: 1}, {}, {}}, "no tree"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := (&forest{roots: tt.roots, nodes: tt.nodes}).checkShape()
			if tt.err == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}
