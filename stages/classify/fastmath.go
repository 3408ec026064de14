package classify

import "math"

// Fast float32 exponential and logarithm for classification: the decoder's
// log-sum-exps and scores and the second layer's probabilities call them
// for every paragraph. Both are the Cephes single-precision approximations
// (range reduction, then a polynomial), accurate to a few units in the last
// place of a float32 (TestExp32, TestLog32: relative error under 1e-6), far
// below what moves a label, and cheaper than math.Exp and math.Log in
// float64 (BenchmarkExp32, BenchmarkLog32). Training keeps math.Exp and
// math.Log, so that retraining gives the same models.

// Cephes' split of ln 2 for the range reduction: exp32High is exact in a
// float32 with few significant bits, so k·exp32High is exact for the k of
// the range exp32 computes.
const (
	exp32High = 0.693359375
	exp32Low  = -2.12194440e-4
	log2E32   = 1.44269504088896341
	// Beyond these the result is not a normal float32 (over 3.4e38 or
	// under 1.2e-38): exp32 leaves them to math.Exp.
	exp32Max = 88.0
	exp32Min = -87.0
)

// exp32 returns e**x with a relative error under 1e-6. Outside
// [exp32Min, exp32Max], and for NaN, it returns math.Exp's value.
func exp32(x float32) float32 {
	if !(x >= exp32Min && x <= exp32Max) {
		return float32(math.Exp(float64(x)))
	}
	// x = k·ln 2 + f with |f| ≤ ln 2 / 2: e**x = 2**k · e**f. k is the
	// nearest integer to x·log2(e) (x·log2(e) + 128.5 is positive, so the
	// conversion, which truncates, takes its floor).
	k := int32(x*log2E32+128.5) - 128
	kf := float32(k)
	f := x - kf*exp32High - kf*exp32Low
	f2 := f * f
	p := ((((1.9875691500e-4*f+1.3981999507e-3)*f+8.3334519073e-3)*f+4.1665795894e-2)*f+1.6666665459e-1)*f + 5.0000001201e-1
	e := p*f2 + f + 1
	// 2**k for k in [-126, 127]: a float32 with exponent bits k + 127.
	return e * math.Float32frombits(uint32(k+127)<<23)
}

// log32 returns the natural logarithm of x with a relative error under
// 1e-6 (an absolute one under 1e-7 near x = 1). For x not a positive normal
// float32 (zero, negative, subnormal, infinite or NaN) it returns
// math.Log's value.
func log32(x float32) float32 {
	b := math.Float32bits(x)
	// Positive normal finite numbers have a biased exponent in 1…254 and a
	// clear sign bit.
	if exp := b >> 23; exp == 0 || exp >= 255 {
		return float32(math.Log(float64(x)))
	}
	// x = m · 2**e with m in [0.5, 1), then m in [√½, √2) and m - 1 in
	// about ±0.29.
	e := int32(b>>23) - 126
	m := math.Float32frombits(b&0x007fffff | 0x3f000000)
	if m < math.Sqrt2/2 {
		e--
		m = m + m - 1
	} else {
		m = m - 1
	}
	ef := float32(e)
	z := m * m
	y := ((((((((7.0376836292e-2*m-1.1514610310e-1)*m+1.1676998740e-1)*m-1.2420140846e-1)*m+1.4249322787e-1)*m-1.6668057665e-1)*m+2.0000714765e-1)*m-2.4999993993e-1)*m + 3.3333331174e-1) * m * z
	y += exp32Low * ef
	y -= 0.5 * z
	return m + y + exp32High*ef
}
