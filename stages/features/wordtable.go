package features

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
)

// wordTable answers, with one probe sequence per token, the two questions
// the extractor asks of every word: which stop lists hold it (Stopwords.Mask)
// and which cues start with it (CueSet.byFirst). It is an open-addressing
// hash table with linear probing whose slots are the words' entries
// themselves, built once and read-only afterwards, so it is safe for
// concurrent use. Per token it costs one hash and usually one cache line
// (a word of at most 8 bytes, most stop words, is compared within its
// entry), where the two Go maps it replaces cost two hashes and several
// lines; profiles of the pipeline had those map look-ups at a third of the
// feature extraction time.
type wordTable struct {
	seed uint64 // of hashWord
	// bloom is a blocked Bloom filter of the keys (two bits in one word per
	// key), small enough to stay in cache: most tokens are not in the
	// table, and it turns them away without touching the slots.
	bloom []uint64
	slots []wordEntry // an entry with n == 0 is an empty slot
	mask  uint64      // len(slots) - 1
	keys  string      // every key, concatenated
	cues  []int32     // the cue indices of all entries, entry by entry
}

// wordEntry is one word of the table: 32 bytes, two to a cache line.
type wordEntry struct {
	// key is hashWord's second result for a word of at most 8 bytes (the
	// word itself, told apart by its length), and its hash for a longer
	// one, whose bytes are then compared in keys.
	key      uint64
	stop     uint64 // stop-list language mask
	off, n   uint32 // the word is keys[off : off+n]; n is 0 in an empty slot
	cueStart uint32 // the cues starting with this word are cues[cueStart:cueEnd]
	cueEnd   uint32
}

// bloomWords is the size of the Bloom filter in 64-bit words (64 KiB):
// about 2% false positives for the 45,000 words of the embedded lists.
const bloomWords = 1 << 13

// bloomBits returns the filter word and the two bits of hash h.
func bloomBits(h uint64) (uint64, uint64) {
	return (h >> 12) & (bloomWords - 1), 1<<(h&63) | 1<<((h>>6)&63)
}

// entryKey returns the key of a wordEntry for a word of n bytes with hashWord
// results h and short.
func entryKey(n int, h, short uint64) uint64 {
	if n <= 8 {
		return short
	}
	return h
}

// newWordTable builds the table from the stop-word masks and the cue index.
// The empty word, which no token is, is left out.
func newWordTable(stop map[string]uint64, byFirst map[string][]int) *wordTable {
	t := &wordTable{seed: rand.Uint64()}
	n := len(stop)
	for w := range byFirst {
		if _, ok := stop[w]; !ok {
			n++
		}
	}
	size := 16
	for size < 2*n {
		size <<= 1
	}
	t.slots = make([]wordEntry, size)
	t.mask = uint64(size - 1)
	t.bloom = make([]uint64, bloomWords)
	var keys []byte
	add := func(w string, mask uint64, cues []int) {
		if w == "" {
			return
		}
		h, short := hashWord(t.seed, []byte(w))
		e := wordEntry{key: entryKey(len(w), h, short), stop: mask, off: uint32(len(keys)), n: uint32(len(w)), cueStart: uint32(len(t.cues))}
		keys = append(keys, w...)
		for _, c := range cues {
			t.cues = append(t.cues, int32(c))
		}
		e.cueEnd = uint32(len(t.cues))
		bw, bb := bloomBits(h)
		t.bloom[bw] |= bb
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i].n == 0 {
				t.slots[i] = e
				break
			}
		}
	}
	for w, m := range stop {
		add(w, m, byFirst[w])
	}
	for w, cues := range byFirst {
		if _, ok := stop[w]; !ok {
			add(w, 0, cues)
		}
	}
	t.keys = string(keys)
	return t
}

// lookup returns the entry of word w, or nil when the table does not hold it.
func (t *wordTable) lookup(w []byte) *wordEntry {
	h, short := hashWord(t.seed, w)
	if bw, bb := bloomBits(h); t.bloom[bw]&bb != bb {
		return nil
	}
	key, n := entryKey(len(w), h, short), uint32(len(w))
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.n == 0 {
			return nil
		}
		if e.key == key && e.n == n && (n <= 8 || t.keys[e.off:e.off+e.n] == string(w)) {
			return e
		}
	}
}

// Multipliers of hashWord (wyhash's primes).
const (
	hashP0 = 0xa0761d6478bd642f
	hashP1 = 0xe7037ed1a0b428db
	hashP2 = 0x8ebc6af09c88c6e3
)

// hashWord hashes a word for the table, in the manner of wyhash: the word's
// bytes are read 8 at a time (the last 8, 4 or 1–3 bytes overlapping) and
// mixed by 64×64→128-bit multiplications: a few instructions for the few
// bytes of a word, where maphash.Bytes went through a chain of calls per
// token (a tenth of the extraction time in profiles). Any hash gives the same look-up results (keys are compared);
// this one spreads the stop words over the slots and the Bloom filter's
// bits as well as maphash does.
//
// Its second result holds every byte of a word of at most 8 bytes, read
// for the hash anyway: with the length it tells such words apart exactly
// (1–3 bytes: the first, middle and last; 4–8: the first 4 and the last 4,
// overlapping). It means nothing for longer words.
func hashWord(seed uint64, w []byte) (hash, short uint64) {
	n := len(w)
	var a, b uint64
	switch {
	case n > 8:
		h := seed
		for i := 0; i+8 < n; i += 8 {
			h = mum(binary.LittleEndian.Uint64(w[i:])^hashP1, h^hashP0)
		}
		a, b = h, binary.LittleEndian.Uint64(w[n-8:])
	case n >= 4:
		a, b = uint64(binary.LittleEndian.Uint32(w)), uint64(binary.LittleEndian.Uint32(w[n-4:]))
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	return mum(mum(a^hashP1, b^seed)^hashP0, uint64(n)^hashP2), a<<32 | b
}

// mum is wyhash's mix: the two halves of a×b, xor'd.
func mum(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}
