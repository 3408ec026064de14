package classify

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// relErr is |got - want| / |want| (the absolute error when want is 0).
func relErr(got float32, want float64) float64 {
	d := math.Abs(float64(got) - want)
	if want == 0 {
		return d
	}
	return d / math.Abs(want)
}

func TestExp32(t *testing.T) {
	tests := []struct {
		name   string
		lo, hi float32
		maxRel float64
	}{
		// The softmaxes' differences and the log-probabilities: x ≤ 0.
		{"softmax differences", -30, 0, 1e-6},
		{"near zero", -1e-3, 1e-3, 1e-6},
		{"whole fast range", exp32Min, exp32Max, 1e-6},
		// Outside the fast range math.Exp computes it.
		{"below the fast range", -120, exp32Min, 1e-6},
		{"above the fast range", exp32Max, 88.7, 1e-6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const steps = 200000
			worst, at := 0.0, float32(0)
			for i := 0; i <= steps; i++ {
				x := tt.lo + (tt.hi-tt.lo)*float32(i)/steps
				want := math.Exp(float64(x))
				if want < math.SmallestNonzeroFloat32*(1<<23) {
					continue // a subnormal float32: only float32's own rounding
				}
				if e := relErr(exp32(x), want); e > worst {
					worst, at = e, x
				}
			}
			assert.Less(t, worst, tt.maxRel, "worst relative error at x = %v", at)
		})
	}
	t.Run("special values", func(t *testing.T) {
		assert.Equal(t, float32(1), exp32(0), "the largest score of a softmax counts exactly 1")
		assert.Equal(t, float32(1), exp32(float32(math.Copysign(0, -1))))
		assert.Equal(t, float32(0), exp32(-1000))
		assert.True(t, math.IsInf(float64(exp32(1000)), 1))
		assert.True(t, math.IsInf(float64(exp32(float32(math.Inf(1)))), 1))
		assert.Equal(t, float32(0), exp32(float32(math.Inf(-1))))
		assert.True(t, math.IsNaN(float64(exp32(float32(math.NaN())))))
	})
}

func TestLog32(t *testing.T) {
	tests := []struct {
		name   string
		lo, hi float32
		maxRel float64
	}{
		// The softmaxes' sums: one term is 1, the others at most 1.
		{"softmax sums", 1, 5, 1e-6},
		{"below one", 0.01, 1, 1e-6},
		{"large", 5, 1e30, 1e-6},
		{"small", 1e-37, 1e-3, 1e-6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const steps = 200000
			worst, at := 0.0, float32(0)
			// Geometric steps cover wide ranges evenly in the exponent.
			ratio := math.Pow(float64(tt.hi)/float64(tt.lo), 1.0/steps)
			x64 := float64(tt.lo)
			for i := 0; i <= steps; i++ {
				x := float32(x64)
				x64 *= ratio
				want := math.Log(float64(x))
				// Near x = 1 the logarithm nears 0: the error is bounded
				// in absolute terms there.
				e := relErr(log32(x), want)
				if math.Abs(want) < 0.1 {
					e = math.Abs(float64(log32(x))-want) / 0.1
				}
				if e > worst {
					worst, at = e, x
				}
			}
			assert.Less(t, worst, tt.maxRel, "worst relative error at x = %v", at)
		})
	}
	t.Run("near one", func(t *testing.T) {
		for _, x := range []float32{1, math.Nextafter32(1, 2), math.Nextafter32(1, 0), 1.001, 0.999, 1.2, 0.8} {
			assert.InDelta(t, math.Log(float64(x)), float64(log32(x)), 1e-7, "log32(%v)", x)
		}
		assert.Equal(t, float32(0), log32(1))
	})
	t.Run("special values", func(t *testing.T) {
		assert.True(t, math.IsInf(float64(log32(0)), -1))
		assert.True(t, math.IsNaN(float64(log32(-1))))
		assert.True(t, math.IsInf(float64(log32(float32(math.Inf(1)))), 1))
		assert.True(t, math.IsNaN(float64(log32(float32(math.NaN())))))
		sub := math.Float32frombits(1) // the smallest subnormal
		assert.InDelta(t, math.Log(float64(sub)), float64(log32(sub)), 1e-5)
	})
}

func TestLogSumExpOther(t *testing.T) {
	for _, z := range [][]float32{
		{-0.1, -3, -4, -5, -6},
		{-9, -0.01, -7, -6.5, -8},
		{-20, -1.5, -1.5, -1.5, -1.5},
		{-0.001, -40, -50, -60, -70},
	} {
		var want float64
		for _, v := range z[corpus.Bio:] {
			want += math.Exp(float64(v))
		}
		assert.InDelta(t, math.Log(want), float64(logSumExpOther(z)), 2e-6, "%v", z)
	}
	inf := float32(math.Inf(-1))
	assert.Equal(t, inf, logSumExpOther([]float32{0, inf, inf, inf, inf}), "no non-body probability")
	assert.InDelta(t, -2, float64(logSumExpOther([]float32{0, inf, -2, inf, inf})), 1e-6, "one label left")
}

func TestLogSoftmax32(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var a, b [5]float32
		for k := range a {
			a[k] = float32(rng.NormFloat64() * 8)
		}
		b = a
		logSoftmax(a[:])
		logSoftmax32(b[:])
		for k := range a {
			require.InDelta(t, a[k], b[k], 1e-5*max(1, math.Abs(float64(a[k]))), "%v", b)
		}
	}
	for _, z := range [][]float32{
		{0, 0, 0, 0, 0},
		{float32(math.Inf(1)), 0, 0, 0, 0},
		{float32(math.Inf(-1)), 0, 1, 2, 3},
		{float32(math.NaN()), 0, 1, 2, 3},
		{-200, -300, 0, 50, 88},
	} {
		a := append([]float32(nil), z...)
		b := append([]float32(nil), z...)
		logSoftmax(a)
		logSoftmax32(b)
		for k := range a {
			if math.IsNaN(float64(a[k])) || math.IsInf(float64(a[k]), 0) {
				assert.Equal(t, math.Float32bits(a[k]), math.Float32bits(b[k]), "%v", z)
				continue
			}
			assert.InDelta(t, a[k], b[k], 1e-4, "%v", z)
		}
	}
}
