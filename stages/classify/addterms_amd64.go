//go:build amd64 && !purego

package classify

import (
	"unsafe"

	"github.com/winnowhq/winnow/corpus"
)

// termSeg is one run of additions of addSegments: with n >= 0, the n base
// terms at ts, each times its row of the block of weights at w; with n < 0,
// the row at w itself (a feature of value 1).
type termSeg struct {
	w  *float32
	ts *baseTerm
	n  int
}

// addSegments adds to acc the segments segs[:nseg], in order
// (addterms_amd64.s): four labels in one SSE register, the fifth alone,
// the same products and sums to the bit as the Go code.
//
//go:noescape
func addSegments(acc *[corpus.NumLabels]float32, segs *termSeg, nseg int)

// termsSeg returns the segment of the terms ts times the block of weights
// at w.
func termsSeg(w *float32, ts []baseTerm) termSeg {
	return termSeg{w: w, ts: unsafe.SliceData(ts), n: len(ts)}
}

// rowSeg returns the segment of the row of weights at w.
func rowSeg(w *float32) termSeg { return termSeg{w: w, n: -1} }

// addTerms returns the sums a0…a4 plus, term by term in order, each base
// term's value times its row of the block of weights w: addTermsGo, the
// same products and sums to the bit, in SSE (addSegments).
func addTerms(a0, a1, a2, a3, a4 float32, w *[baseDim * corpus.NumLabels]float32, ts []baseTerm) (float32, float32, float32, float32, float32) {
	if len(ts) == 0 {
		return a0, a1, a2, a3, a4
	}
	acc := [corpus.NumLabels]float32{a0, a1, a2, a3, a4}
	seg := termsSeg(&w[0], ts)
	addSegments(&acc, &seg, 1)
	return acc[0], acc[1], acc[2], acc[3], acc[4]
}

// denseScores returns the first layer's sums of paragraph i over its bias
// and the base features of it and its neighbours (scoresFromBase's first
// part: the same terms in the same order, so the same bits as
// denseScoresGo), with one call of addSegments.
func (m *Model) denseScores(v *vectors, i int) (float32, float32, float32, float32, float32) {
	const L = corpus.NumLabels
	var segs [2 + 2*Window]termSeg
	dense := m.dense[:DenseDim*L]
	terms, start := v.terms, v.termStart
	segs[0] = rowSeg(&dense[0])
	segs[1] = termsSeg(&dense[1*L], terms[start[i]:start[i+1]])
	off := 1 + baseDim
	s := 2
	for k := -Window; k <= Window; k++ {
		if k == 0 {
			continue
		}
		if j := i + k; j < 0 || j >= v.n {
			segs[s] = rowSeg(&dense[off*L])
		} else {
			segs[s] = termsSeg(&dense[(off+1)*L], terms[start[j]:start[j+1]])
		}
		s++
		off += baseDim + 1
	}
	var acc [L]float32
	addSegments(&acc, &segs[0], len(segs))
	return acc[0], acc[1], acc[2], acc[3], acc[4]
}

// addDense adds to acc, for each non-zero x[j] of the n at x, in order,
// x[j] times the row of weights at w + 5j (addterms_amd64.s).
//
//go:noescape
func addDense(acc *[corpus.NumLabels]float32, w *float32, x *float32, n int)

// stackScores writes w·x per label into z for the second-layer vector x
// made of head followed by zeros up to stackHead and the base features
// listed in base: stackScoresGo, the same products and sums to the bit,
// in SSE (addDense, addSegments).
func stackScores(w, head []float32, base []baseTerm, z []float32) {
	const L = corpus.NumLabels
	wh := w[:stackHead*L]
	h := head[:min(len(head), stackHead)]
	var acc [L]float32
	if len(h) > 0 {
		addDense(&acc, &wh[0], &h[0], len(h))
	}
	wb := w[stackHead*L : (stackHead+baseDim)*L]
	if len(base) > 0 {
		seg := termsSeg(&wb[0], base)
		addSegments(&acc, &seg, 1)
	}
	z[0], z[1], z[2], z[3], z[4] = acc[0], acc[1], acc[2], acc[3], acc[4]
}
