package classify

import (
	"math/bits"
	"sync"

	"github.com/winnowhq/winnow/corpus"
)

// hashedRows is a compact form of a model's hashed weights for
// classification. The weights have a row of NumLabels for each of the
// 2^HashBits buckets, 5 MiB of them, and most rows are zero (buckets of no
// word of the training pages): the rows a document reads were scattered
// over those 5 MiB, and reading them was about a sixth of the first layer's
// time, in cache misses. hashedRows keeps one bit per bucket, set when its
// row is not zero, and only the non-zero rows, back to back in bucket
// order (about 0.6 MiB for the text model): a bucket's row is the k-th of
// them, k the number of bits set before its own, counted from the total
// before each word of bits and the bits before it in its word.
//
// Adding a zero row changes no sum (x + 0 is x), so scores read through
// hashedRows are the same to the bit as scores read from the full table.
type hashedRows struct {
	words [1 << HashBits / 64]rowWord
	rows  []float32 // NumLabels weights per non-zero row, in bucket order
}

// rowWord is 64 buckets' bits of hashedRows and the number of non-zero rows
// before them: side by side, one cache line holds both.
type rowWord struct {
	bits   uint64
	before uint32
}

// newHashedRows builds the compact form of the hashed weights w
// (2^HashBits × NumLabels).
func newHashedRows(w []float32) *hashedRows {
	const L = corpus.NumLabels
	t := &hashedRows{}
	n := 0
	for h := 0; h < 1<<HashBits; h++ {
		if !allZero(w[h*L : (h+1)*L]) {
			n++
		}
	}
	t.rows = make([]float32, 0, n*L)
	for k := range t.words {
		t.words[k].before = uint32(len(t.rows) / L)
		for b := 0; b < 64; b++ {
			h := k*64 + b
			if row := w[h*L : (h+1)*L]; !allZero(row) {
				t.words[k].bits |= 1 << uint(b)
				t.rows = append(t.rows, row...)
			}
		}
	}
	return t
}

// row returns the weights of bucket h, or nil when they are all zero.
func (t *hashedRows) row(h uint32) *[corpus.NumLabels]float32 {
	const L = corpus.NumLabels
	w := &t.words[(h/64)%uint32(len(t.words))]
	bit := uint64(1) << (h % 64)
	if w.bits&bit == 0 {
		return nil
	}
	r := (int(w.before) + bits.OnesCount64(w.bits&(bit-1))) * L
	return (*[L]float32)(t.rows[r : r+L])
}

// lazyRows builds a model's hashedRows on first use and keeps it: the
// copies of a model (WithFocus, WithHTML) share their weights and so one
// lazyRows. A model's weights are not changed once it classifies.
type lazyRows struct {
	once sync.Once
	t    *hashedRows
}

// hashedRows returns the compact form of m's hashed weights, built on first
// use.
func (m *Model) hashedRows() *hashedRows {
	m.rows.once.Do(func() { m.rows.t = newHashedRows(m.hashed) })
	return m.rows.t
}
