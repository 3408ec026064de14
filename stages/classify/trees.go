package classify

import (
	"fmt"
	"math"
	"runtime"
	"slices"

	"github.com/sourcegraph/conc/pool"

	"github.com/winnowhq/winnow/corpus"
)

// Gradient-boosted trees for the second layer (TrainOptions.StackTrees):
// multiclass softmax boosting, one regression tree per label per round, with
// second-order (Newton) leaf values, on features pre-binned into at most
// maxBins quantile bins. Training is deterministic: no sampling.

// maxBins bounds the number of bins a feature is cut into.
const maxBins = 64

// Tree fitting constants (not options: none was tuned).
const (
	treeL2         = 1.0  // L2 penalty on leaf values (λ)
	treeMinHessian = 1.0  // least summed hessian of a leaf
	treeMinLeaf    = 20   // least examples in a leaf
	treeMinGain    = 1e-6 // least loss reduction of a split
)

// forest is a trained ensemble of regression trees over second-layer
// vectors. Tree t adds its leaf value to the score of label t mod
// NumLabels. Its nodes are one flat array: a split sends x with
// x[feat] <= thr to node left, the rest to left+1; a leaf has left == 0
// (a child is never at index 0: the first root is) and holds its value in
// thr.
type forest struct {
	roots []int32
	nodes []forestNode
}

// forestNode is one node of a forest (see forest).
type forestNode struct {
	thr  float32
	left int32
	feat uint16
}

// add adds the forest's scores for the second-layer vector x to z, walking
// the nodes (see compile for the walk classification uses).
func (f *forest) add(x []float32, z *[corpus.NumLabels]float32) {
	const L = corpus.NumLabels
	nodes := f.nodes
	for t, r := range f.roots {
		i := r
		for {
			nd := &nodes[i]
			if nd.left == 0 {
				z[t%L] += nd.thr
				break
			}
			if x[nd.feat] <= nd.thr {
				i = nd.left
			} else {
				i = nd.left + 1
			}
		}
	}
}

// completeForest is a forest laid out for classification: every tree made
// complete to the same depth (a leaf above it becomes splits that always go
// left, on the bias feature x[0] = 1 against +Inf), so that scoring a
// vector takes exactly depth steps per tree without a test for leaves or a
// branch to mispredict.
type completeForest struct {
	depth  int
	trees  int
	feats  []uint16  // trees × (2^depth − 1) split features, heap order
	thrs   []float32 // their thresholds
	leaves []float32 // trees × 2^depth leaf values
}

// maxTreeDepth bounds the depth of a tree read from a model file: compile
// lays every tree out complete to the forest's depth (2^depth leaves), so a
// malformed file must not name a deeper one. Training grows trees of
// TrainOptions.StackTreeDepth (4 by default; up to 7 were tried).
const maxTreeDepth = 12

// maxPaddedLeaves bounds a forest read from a model file once laid out
// complete: its trees times 2^depth (compile). 1000 trees of depth 7, more
// than any setting tried, are 128,000.
const maxPaddedLeaves = 1 << 22

// checkShape returns the depth of f's deepest tree, or an error unless f's
// nodes form proper trees: each node
// is the child of at most one node and the root of no tree when it is a
// child, each root is the root of one tree only, and no tree is deeper than
// maxTreeDepth. readForest has checked that children come after their
// parent and lie within the nodes, so depths can be counted in node order.
func (f *forest) checkShape() (int, error) {
	depth := make([]int16, len(f.nodes))
	owned := make([]bool, len(f.nodes))
	for _, r := range f.roots {
		if owned[r] {
			return 0, fmt.Errorf("tree root %d is shared", r)
		}
		owned[r] = true
	}
	maxDepth := 0
	for i, nd := range f.nodes {
		if nd.left == 0 {
			continue
		}
		if !owned[i] {
			return 0, fmt.Errorf("node %d belongs to no tree", i)
		}
		for _, c := range [2]int32{nd.left, nd.left + 1} {
			if owned[c] {
				return 0, fmt.Errorf("node %d is in two places", c)
			}
			owned[c] = true
			depth[c] = depth[i] + 1
			if depth[c] > maxTreeDepth {
				return 0, fmt.Errorf("a tree is deeper than %d", maxTreeDepth)
			}
			maxDepth = max(maxDepth, int(depth[c]))
		}
	}
	return maxDepth, nil
}

// compile returns f laid out as a completeForest.
func (f *forest) compile() *completeForest {
	depth := 0
	var measure func(i int32, d int)
	measure = func(i int32, d int) {
		nd := f.nodes[i]
		if nd.left == 0 {
			depth = max(depth, d)
			return
		}
		measure(nd.left, d+1)
		measure(nd.left+1, d+1)
	}
	for _, r := range f.roots {
		measure(r, 0)
	}
	inner, nleaves := 1<<depth-1, 1<<depth
	c := &completeForest{depth: depth, trees: len(f.roots),
		feats: make([]uint16, len(f.roots)*inner), thrs: make([]float32, len(f.roots)*inner),
		leaves: make([]float32, len(f.roots)*nleaves)}
	inf := float32(math.Inf(1))
	for t, r := range f.roots {
		feats, thrs := c.feats[t*inner:(t+1)*inner], c.thrs[t*inner:(t+1)*inner]
		leaves := c.leaves[t*nleaves : (t+1)*nleaves]
		// place puts node i of f at heap position h, d levels down.
		var place func(i int32, h, d int)
		place = func(i int32, h, d int) {
			if d == depth {
				leaves[h-inner] = f.nodes[i].thr
				return
			}
			nd := f.nodes[i]
			if nd.left == 0 {
				feats[h], thrs[h] = 0, inf
				place(i, 2*h+1, d+1)
				place(i, 2*h+2, d+1) // unreachable, filled alike
				return
			}
			feats[h], thrs[h] = nd.feat, nd.thr
			place(nd.left, 2*h+1, d+1)
			place(nd.left+1, 2*h+2, d+1)
		}
		place(r, 0, 0)
	}
	return c
}

// add adds the forest's scores for the second-layer vector x (whose first
// feature is the bias, 1) to z. It walks four trees at once: their walks do
// not depend on each other, so the processor overlaps their loads.
func (c *completeForest) add(x []float32, z *[corpus.NumLabels]float32) {
	const L = corpus.NumLabels
	x = x[:StackDim]
	var s [L]float32
	inner, nleaves := 1<<c.depth-1, 1<<c.depth
	feats, thrs, leaves := c.feats, c.thrs, c.leaves
	step := func(t, h int) int {
		o := t*inner + h
		right := 0
		if !(x[feats[o]] <= thrs[o]) { // NaN goes right, as in forest.add and training
			right = 1
		}
		return 2*h + 1 + right
	}
	t := 0
	for ; t+4 <= c.trees; t += 4 {
		h0, h1, h2, h3 := 0, 0, 0, 0
		for d := 0; d < c.depth; d++ {
			h0, h1, h2, h3 = step(t, h0), step(t+1, h1), step(t+2, h2), step(t+3, h3)
		}
		s[t%L] += leaves[t*nleaves+h0-inner]
		s[(t+1)%L] += leaves[(t+1)*nleaves+h1-inner]
		s[(t+2)%L] += leaves[(t+2)*nleaves+h2-inner]
		s[(t+3)%L] += leaves[(t+3)*nleaves+h3-inner]
	}
	for ; t < c.trees; t++ {
		h := 0
		for d := 0; d < c.depth; d++ {
			h = step(t, h)
		}
		s[t%L] += leaves[t*nleaves+h-inner]
	}
	for k := range z {
		z[k] += s[k]
	}
}

// boostOptions are the tree settings of a fit (from TrainOptions).
type boostOptions struct {
	rounds  int
	depth   int
	shrink  float32
	minLeaf int // least examples in a leaf
}

// binned holds training vectors cut into bins: for each used feature (one
// with at least two distinct values), its edges and each example's bin.
type binned struct {
	n     int
	feats []int       // original feature index of each used feature
	edges [][]float32 // per used feature: bin b holds x <= edges[b] (and > edges[b-1]); the last bin the rest
	bins  []uint8     // n × len(feats), row-major
}

// binFeatures cuts the dim features of the vectors x(0..n-1) into at most
// maxBins quantile bins each.
func binFeatures(n, dim int, x func(i int) []float32) *binned {
	b := &binned{n: n}
	vals := make([]float32, n)
	for f := 0; f < dim; f++ {
		for i := 0; i < n; i++ {
			vals[i] = x(i)[f]
		}
		slices.Sort(vals)
		if vals[0] == vals[n-1] {
			continue
		}
		var edges []float32
		for q := 1; q < maxBins; q++ {
			v := vals[(q*n)/maxBins]
			// v is an edge unless it is the maximum (nothing would be
			// right of it) or already one.
			if v < vals[n-1] && (len(edges) == 0 || v > edges[len(edges)-1]) {
				edges = append(edges, v)
			}
		}
		if len(edges) == 0 {
			// Almost all examples share the maximum: split below it.
			i, _ := slices.BinarySearch(vals, vals[n-1])
			edges = append(edges, vals[i-1])
		}
		b.feats = append(b.feats, f)
		b.edges = append(b.edges, edges)
	}
	nf := len(b.feats)
	b.bins = make([]uint8, n*nf)
	for i := 0; i < n; i++ {
		xi := x(i)
		row := b.bins[i*nf : (i+1)*nf]
		for j, f := range b.feats {
			row[j] = binOf(b.edges[j], xi[f])
		}
	}
	return b
}

// binOf returns the bin of v: the first edge it is at most, or len(edges).
func binOf(edges []float32, v float32) uint8 {
	lo, hi := 0, len(edges)
	for lo < hi {
		mid := (lo + hi) / 2
		if v <= edges[mid] {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return uint8(lo)
}

// histEntry sums gradients, hessians and examples of one bin.
type histEntry struct{ g, h, n float64 }

// fitForest fits boosted trees to n examples with binned features b,
// labels y, weights w and (when base is not nil) base scores n × NumLabels
// that the trees add to. It returns the forest.
func fitForest(b *binned, y []corpus.Label, w []float32, base []float32, opts boostOptions) *forest {
	const L = corpus.NumLabels
	n := b.n
	f := &forest{}
	margin := make([]float32, n*L)
	if base != nil {
		copy(margin, base)
	}
	g := make([][]float32, L)
	h := make([][]float32, L)
	for k := range g {
		g[k] = make([]float32, n)
		h[k] = make([]float32, n)
	}
	growers := make([]*grower, L)
	for k := range growers {
		growers[k] = newGrower(b, opts.depth, opts.minLeaf)
	}
	trees := make([][]forestNode, L)
	var z [L]float32
	for round := 0; round < opts.rounds; round++ {
		for i := 0; i < n; i++ {
			copy(z[:], margin[i*L:(i+1)*L])
			logSoftmax(z[:])
			for k := 0; k < L; k++ {
				p := float32(math.Exp(float64(z[k])))
				gk := p
				if k == int(y[i]) {
					gk--
				}
				g[k][i] = gk * w[i]
				h[k][i] = max(p*(1-p), 1e-6) * w[i]
			}
		}
		p := pool.New().WithMaxGoroutines(runtime.GOMAXPROCS(0))
		for k := 0; k < L; k++ {
			p.Go(func() {
				trees[k] = growers[k].grow(g[k], h[k], opts.shrink, margin, k)
			})
		}
		p.Wait()
		for k := 0; k < L; k++ {
			root := int32(len(f.nodes))
			f.roots = append(f.roots, root)
			for _, nd := range trees[k] {
				if nd.left != 0 {
					nd.left += root
				}
				f.nodes = append(f.nodes, nd)
			}
		}
	}
	return f
}

// grower grows one regression tree at a time over binned examples,
// reusing its buffers.
type grower struct {
	b       *binned
	depth   int
	minLeaf int
	idx     []int32       // example indices, grouped by node
	hists   [][]histEntry // free histograms
}

func newGrower(b *binned, depth, minLeaf int) *grower {
	idx := make([]int32, b.n)
	for i := range idx {
		idx[i] = int32(i)
	}
	return &grower{b: b, depth: depth, minLeaf: max(minLeaf, 1), idx: idx}
}

// growNode is a node being grown: its examples idx[lo:hi], their sums and
// histogram, and its index in the tree.
type growNode struct {
	lo, hi int
	g, h   float64
	hist   []histEntry
	at     int32
}

func (gr *grower) newHist() []histEntry {
	if k := len(gr.hists); k > 0 {
		hs := gr.hists[k-1]
		gr.hists = gr.hists[:k-1]
		clear(hs)
		return hs
	}
	return make([]histEntry, len(gr.b.feats)*maxBins)
}

// fill sums the gradients g and hessians h of the examples idx[lo:hi] into
// hist.
func (gr *grower) fill(hist []histEntry, lo, hi int, g, h []float32) {
	nf := len(gr.b.feats)
	bins := gr.b.bins
	for _, i := range gr.idx[lo:hi] {
		row := bins[int(i)*nf : (int(i)+1)*nf]
		gi, hv := float64(g[i]), float64(h[i])
		for j, bin := range row {
			e := &hist[j*maxBins+int(bin)]
			e.g += gi
			e.h += hv
			e.n++
		}
	}
}

// grow fits one tree to gradients g and hessians h (depth-wise, up to
// gr.depth), adds its shrunk leaf values to column k of margin (n ×
// NumLabels), and returns its nodes (child indices relative to the root).
func (gr *grower) grow(g, h []float32, shrink float32, margin []float32, k int) []forestNode {
	const L = corpus.NumLabels
	b := gr.b
	nf := len(b.feats)
	var nodes []forestNode
	root := growNode{lo: 0, hi: b.n, hist: gr.newHist()}
	gr.fill(root.hist, 0, b.n, g, h)
	for _, i := range gr.idx {
		root.g += float64(g[i])
		root.h += float64(h[i])
	}
	nodes = append(nodes, forestNode{})
	level := []growNode{root}
	for d := 0; len(level) > 0; d++ {
		var next []growNode
		for _, nd := range level {
			feat, bin, gl, hl, ok := -1, 0, 0.0, 0.0, false
			if d < gr.depth && nd.hi-nd.lo >= 2*gr.minLeaf {
				best := treeMinGain
				minLeaf := float64(gr.minLeaf)
				parent := nd.g * nd.g / (nd.h + treeL2)
				for j := 0; j < nf; j++ {
					hs := nd.hist[j*maxBins : j*maxBins+len(b.edges[j])+1]
					var sg, sh, sn float64
					for c, e := range hs[:len(hs)-1] {
						sg += e.g
						sh += e.h
						sn += e.n
						rn := float64(nd.hi-nd.lo) - sn
						if sn < minLeaf || sh < treeMinHessian {
							continue
						}
						if rn < minLeaf {
							break
						}
						rg, rh := nd.g-sg, nd.h-sh
						if rh < treeMinHessian {
							break
						}
						gain := sg*sg/(sh+treeL2) + rg*rg/(rh+treeL2) - parent
						if gain > best {
							best, feat, bin, gl, hl, ok = gain, j, c, sg, sh, true
						}
					}
				}
			}
			if !ok {
				v := float32(-nd.g/(nd.h+treeL2)) * shrink
				nodes[nd.at] = forestNode{thr: v}
				for _, i := range gr.idx[nd.lo:nd.hi] {
					margin[int(i)*L+k] += v
				}
				if nd.hist != nil {
					gr.hists = append(gr.hists, nd.hist)
				}
				continue
			}
			// Partition idx[lo:hi]: the examples in bins <= bin first.
			idx := gr.idx
			m := nd.lo
			for q := nd.lo; q < nd.hi; q++ {
				if b.bins[int(idx[q])*nf+feat] <= uint8(bin) {
					idx[m], idx[q] = idx[q], idx[m]
					m++
				}
			}
			left := int32(len(nodes))
			nodes = append(nodes, forestNode{}, forestNode{})
			nodes[nd.at] = forestNode{thr: b.edges[feat][bin], left: left, feat: uint16(b.feats[feat])}
			l := growNode{lo: nd.lo, hi: m, g: gl, h: hl, at: left}
			r := growNode{lo: m, hi: nd.hi, g: nd.g - gl, h: nd.h - hl, at: left + 1}
			// Histogram of the smaller child; the larger's is the parent's
			// minus it.
			small, large := &l, &r
			if r.hi-r.lo < l.hi-l.lo {
				small, large = &r, &l
			}
			if d+1 < gr.depth {
				small.hist = gr.newHist()
				gr.fill(small.hist, small.lo, small.hi, g, h)
				for q := range nd.hist {
					nd.hist[q].g -= small.hist[q].g
					nd.hist[q].h -= small.hist[q].h
					nd.hist[q].n -= small.hist[q].n
				}
				large.hist = nd.hist
			} else {
				// The children are leaves: no histograms needed.
				gr.hists = append(gr.hists, nd.hist)
			}
			next = append(next, l, r)
		}
		level = next
	}
	return nodes
}

// treeOptions returns the tree settings of opts (defaults for zero fields).
func treeOptions(opts TrainOptions) boostOptions {
	o := boostOptions{rounds: opts.StackTrees, depth: opts.StackTreeDepth, shrink: float32(opts.StackTreeShrinkage), minLeaf: treeMinLeaf}
	if o.depth <= 0 {
		o.depth = 4
	}
	if o.shrink <= 0 {
		o.shrink = 0.1
	}
	return o
}

// exampleWeights returns the weight of each paragraph of the documents
// docs, in order: its label's class weight times its document's weight, as
// fitLinear weighs its gradient.
func exampleWeights(feats []docFeatures, docs []int, opts TrainOptions) []float32 {
	weight, docWeight := trainingWeights(feats, docs, opts)
	var w []float32
	for _, d := range docs {
		dw, ok := docWeight[d]
		for _, l := range feats[d].labels {
			x := weight[l]
			if ok {
				x *= dw
			}
			w = append(w, x)
		}
	}
	return w
}
