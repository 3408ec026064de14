package classify

import (
	"math"
	"testing"
)

var sinkF32 float32

func BenchmarkExp32(b *testing.B) {
	var s float32
	for i := 0; b.Loop(); i++ {
		s += exp32(-float32(i&1023) / 64)
	}
	sinkF32 = s
}

func BenchmarkMathExp(b *testing.B) {
	var s float32
	for i := 0; b.Loop(); i++ {
		s += float32(math.Exp(float64(-float32(i&1023) / 64)))
	}
	sinkF32 = s
}

func BenchmarkLog32(b *testing.B) {
	var s float32
	for i := 0; b.Loop(); i++ {
		s += log32(1 + float32(i&1023)/256)
	}
	sinkF32 = s
}

func BenchmarkMathLog(b *testing.B) {
	var s float32
	for i := 0; b.Loop(); i++ {
		s += float32(math.Log(float64(1 + float32(i&1023)/256)))
	}
	sinkF32 = s
}
