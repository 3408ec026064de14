package features

import (
	"hash/maphash"
	"math/bits"
)

// wordTable answers, with one probe sequence per token, the two questions
// the extractor asks of every word: which stop lists hold it (Stopwords.Mask)
// and which cues start with it (CueSet.byFirst). It is an open-addressing
// hash table with linear probing over compact 8-byte slots, built once and
// read-only afterwards, so it is safe for concurrent use. Per token it costs
// one hash and usually one cache line, where the two Go maps it replaces
// cost two hashes and several lines; profiles of the pipeline had those map
// look-ups at a third of the feature extraction time.
type wordTable struct {
	seed maphash.Seed
	// bloom is a blocked Bloom filter of the keys (two bits in one word per
	// key), small enough to stay in cache: most tokens are not in the
	// table, and it turns them away without touching the slots.
	bloom []uint64
	slots []uint64 // hash tag (high 32 bits) | entry index + 1 (low 32 bits); 0 is empty
	mask  uint64   // len(slots) - 1
	keys  string   // every key, concatenated
	ents  []wordEntry
	cues  []int32 // the cue indices of all entries, entry by entry
}

// wordEntry is one word of the table.
type wordEntry struct {
	off, n   uint32 // the key is keys[off : off+n]
	stop     uint64 // stop-list language mask
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

// newWordTable builds the table from the stop-word masks and the cue index.
func newWordTable(stop map[string]uint64, byFirst map[string][]int) *wordTable {
	t := &wordTable{seed: maphash.MakeSeed()}
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
	t.slots = make([]uint64, size)
	t.mask = uint64(size - 1)
	t.bloom = make([]uint64, bloomWords)
	var keys []byte
	add := func(w string, mask uint64, cues []int) {
		e := wordEntry{off: uint32(len(keys)), n: uint32(len(w)), stop: mask, cueStart: uint32(len(t.cues))}
		keys = append(keys, w...)
		for _, c := range cues {
			t.cues = append(t.cues, int32(c))
		}
		e.cueEnd = uint32(len(t.cues))
		t.ents = append(t.ents, e)
		h := maphash.String(t.seed, w)
		bw, bb := bloomBits(h)
		t.bloom[bw] |= bb
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i] == 0 {
				t.slots[i] = h&^0xffffffff | uint64(len(t.ents))
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
	h := maphash.Bytes(t.seed, w)
	if bw, bb := bloomBits(h); t.bloom[bw]&bb != bb {
		return nil
	}
	tag := h &^ 0xffffffff
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if s&^0xffffffff != tag {
			continue
		}
		e := &t.ents[uint32(s)-1]
		if int(e.n) == len(w) && t.keys[e.off:e.off+e.n] == string(w) {
			return e
		}
	}
}

// bitIndex returns the index of the single set bit of x.
func bitIndex(x uint64) int { return bits.TrailingZeros64(x) }
