package bench

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPyRandom compares the MT19937 port with Python 3.11.7's
// random.Random(0); the expectations were printed by
//
//	r = random.Random(0); [r.getrandbits(32) for _ in range(5)]
//	r = random.Random(0); [r.randrange(181) for _ in range(20)]
//	r = random.Random(0); [r.randrange(5) for _ in range(20)],
//	    then [r.randrange(1<<20) for _ in range(3)], [r.randrange(1) ...],
//	    [r.randrange(2**32-1) ...] on the same generator.
func TestPyRandom(t *testing.T) {
	type draw struct {
		n    int // randrange(n); 0 means getrandbits(32)
		want []int
	}
	tests := []struct {
		name  string
		draws []draw
	}{
		{"getrandbits32", []draw{{0, []int{3626764237, 1654615998, 3255389356, 3823568514, 1806341205}}}},
		{"randrange181", []draw{{181, []int{98, 107, 10, 66, 130, 124, 103, 77, 122, 91, 149, 55, 129, 35, 72, 35, 24, 158, 64, 136}}}},
		{"mixed", []draw{
			{5, []int{3, 3, 0, 2, 4, 3, 3, 2, 3, 2, 4, 1, 4, 1, 2, 1, 0, 4, 2, 4}},
			{1 << 20, []int{308200, 650426, 207121}},
			{1, []int{0, 0, 0}},
			{1<<32 - 1, []int{2404381470, 432508404, 1519522183}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newPyRandom(0)
			for _, d := range tt.draws {
				got := make([]int, len(d.want))
				for i := range got {
					if d.n == 0 {
						got[i] = int(r.getrandbits(32))
					} else {
						got[i] = r.randrange(d.n)
					}
				}
				assert.Equal(t, d.want, got, "n=%d", d.n)
			}
		})
	}
	assert.Panics(t, func() { newPyRandom(0).randrange(0) })
}
