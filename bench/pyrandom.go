package bench

import "math/bits"

// pyRandom is a port of CPython's random.Random core (MT19937, Modules/
// _randommodule.c) restricted to what score.py's bootstrap uses: seeding with
// a small non-negative int and randrange(n). Its output is identical to
// Python's, so the bootstrap draws the same resamples.
type pyRandom struct {
	mt    [mtN]uint32
	index int
}

const (
	mtN       = 624
	mtM       = 397
	mtMatrixA = 0x9908b0df
	mtUpper   = 0x80000000
	mtLower   = 0x7fffffff
)

// newPyRandom returns the generator of Python's random.Random(seed). Python
// seeds with the absolute value of an int split into 32-bit words; for seeds
// below 2**32 that is the one-word key [seed] (also for 0).
func newPyRandom(seed uint32) *pyRandom {
	r := &pyRandom{}
	r.initByArray([]uint32{seed})
	return r
}

func (r *pyRandom) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < mtN; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.index = mtN
}

func (r *pyRandom) initByArray(key []uint32) {
	mt := &r.mt
	r.initGenrand(19650218)
	i, j := 1, 0
	for k := max(mtN, len(key)); k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := mtN - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

// uint32 is genrand_uint32: the next 32 random bits.
func (r *pyRandom) uint32() uint32 {
	mt := &r.mt
	if r.index >= mtN {
		mag := func(y uint32) uint32 { return (y >> 1) ^ (mtMatrixA * (y & 1)) }
		kk := 0
		for ; kk < mtN-mtM; kk++ {
			mt[kk] = mt[kk+mtM] ^ mag(mt[kk]&mtUpper|mt[kk+1]&mtLower)
		}
		for ; kk < mtN-1; kk++ {
			mt[kk] = mt[kk+mtM-mtN] ^ mag(mt[kk]&mtUpper|mt[kk+1]&mtLower)
		}
		mt[mtN-1] = mt[mtM-1] ^ mag(mt[mtN-1]&mtUpper|mt[0]&mtLower)
		r.index = 0
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// getrandbits is Random.getrandbits(k) for 1 <= k <= 32.
func (r *pyRandom) getrandbits(k int) uint32 {
	return r.uint32() >> (32 - k)
}

// randrange is Random.randrange(n) for 1 <= n < 2**32, that is
// _randbelow_with_getrandbits: draw bit_length(n) bits until the value is
// below n.
func (r *pyRandom) randrange(n int) int {
	if n <= 0 || n >= 1<<32 {
		panic("bench: randrange argument out of range")
	}
	k := bits.Len64(uint64(n))
	for {
		if v := int(r.getrandbits(k)); v < n {
			return v
		}
	}
}
