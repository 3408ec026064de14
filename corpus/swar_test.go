package corpus

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestLanes checks the word-at-a-time byte classes against their byte
// definitions, for every byte value in every lane and for random words.
func TestLanes(t *testing.T) {
	classes := []struct {
		name  string
		lanes func(uint64) uint64
		is    func(byte) bool
	}{
		{"control", lanesControl, func(c byte) bool { return (c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7f }},
		{"string special", lanesStringSpecial, func(c byte) bool { return strSpecial[c] }},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(t *testing.T, lanes func(uint64) uint64, is func(byte) bool, b []byte) {
		t.Helper()
		var want uint64
		for k, c := range b {
			if is(c) {
				want |= 0x80 << (8 * k)
			}
		}
		if got := lanes(binary.LittleEndian.Uint64(b)); got != want {
			t.Fatalf("% x: got %016x, want %016x", b, got, want)
		}
	}
	for _, c := range classes {
		t.Run(c.name, func(t *testing.T) {
			b := make([]byte, 8)
			for v := 0; v < 256; v++ {
				for k := range 8 {
					for j := range b {
						b[j] = byte(rng.IntN(256))
					}
					b[k] = byte(v)
					check(t, c.lanes, c.is, b)
					for j := range b {
						b[j] = byte(v)
					}
					check(t, c.lanes, c.is, b)
				}
			}
			for range 100000 {
				binary.LittleEndian.PutUint64(b, rng.Uint64())
				check(t, c.lanes, c.is, b)
			}
		})
	}
}

// TestIsCleanText holds isCleanText to its definition: no byte that
// textProblem counts as control and valid UTF-8.
func TestIsCleanText(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "word ", "\n", "\t", "\r\n", "é", "中文", "😀", "\x00", "\x7f", "\x1b", "\xff", "\xc3", "\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80", " "}
	want := func(b []byte) bool {
		for _, c := range b {
			if (c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7f {
				return false
			}
		}
		return utf8.Valid(b)
	}
	for range 200000 {
		var b []byte
		n := rng.IntN(40)
		for range n {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(4) != 0 {
				p = pieces[rng.IntN(6)] // mostly clean
			}
			b = append(b, p...)
		}
		if got := isCleanText(b); got != want(b) {
			t.Fatalf("isCleanText(%q) = %v, want %v", b, got, !got)
		}
	}
}
