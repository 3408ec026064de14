package normalize

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestTidyStops holds the word-at-a-time tidyStops to its byte definition.
func TestTidyStops(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []byte{' ', ' ', 'a', 'z', '!', '~', 0x7f, 0x80, 0xff, 0x00, '\t', '\n', 0x1f, 0x21, 0xa0, 0xe2}
	printable := func(c byte) bool { return c > ' ' && c < 0x7f }
	b := make([]byte, 9)
	for n := 0; n < 1000000; n++ {
		for k := range b {
			if n%2 == 0 {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[k] = byte(rng.IntN(256))
			}
		}
		var want uint64
		for k := 0; k < 8; k++ {
			c := b[k]
			sep := c == ' ' || c == '\n'
			if !sep && !printable(c) || sep && !printable(b[k+1]) {
				want |= 0x80 << (8 * k)
			}
		}
		if got := tidyStops(binary.LittleEndian.Uint64(b), uint64(notPrintable[b[8]])<<56); got != want {
			t.Fatalf("% x: got %016x, want %016x", b, got, want)
		}
	}
}

// TestTextMatchesReferenceRandom compares Text with the reference on random
// strings built from pieces that meet at every offset of tidyRun's
// eight-byte words: spaces, plain and other non-ASCII characters, invalid
// bytes and line breaks.
func TestTextMatchesReferenceRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", "bc", "word", " ", " ", "  ", "\n", "\n", "\n\n", "\t", "\r\n", "\r", "é", "中文", "😀", "\u00a0", "\u3000",
		"\u0301", "\u200b", "\u2028", "\x00", "\x7f", "\xff", "\xc3", "e\u0301", "\ufffd", "\u1100\u1161", "x y", "."}
	for range 100000 {
		var b []byte
		for range rng.IntN(30) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		want, wantInvalid := referenceText(b)
		got, gotInvalid := Text(b)
		if got != want || gotInvalid != wantInvalid {
			t.Fatalf("Text(%q) = %q, %d; reference gives %q, %d", b, got, gotInvalid, want, wantInvalid)
		}
	}
}

// TestPlainAt holds plainAt's own UTF-8 decoding to utf8.DecodeRune, on
// every character of the BMP and on every two- and three-byte sequence
// starting with a lead byte (cut short, too).
func TestPlainAt(t *testing.T) {
	plain := &inertTable().plain
	want := func(b []byte) int {
		r, size := utf8.DecodeRune(b)
		if size <= 1 || !isPlain(r) {
			return 0
		}
		return size
	}
	for r := rune(0x80); r < 0x10000; r++ {
		b := utf8.AppendRune(nil, r)
		if got := plainAt(b, 0, plain); got != want(b) {
			t.Fatalf("plainAt(%U) = %d, want %d", r, got, want(b))
		}
	}
	b := make([]byte, 3)
	for c0 := 0x80; c0 < 0x100; c0++ {
		for c1 := 0; c1 < 0x100; c1++ {
			for _, c2 := range []int{0x20, 0x80, 0x8f, 0x90, 0xbf, 0xc0} {
				b[0], b[1], b[2] = byte(c0), byte(c1), byte(c2)
				for n := 1; n <= 3; n++ {
					if got := plainAt(b[:n], 0, plain); got != want(b[:n]) {
						t.Fatalf("plainAt(% x) = %d, want %d", b[:n], got, want(b[:n]))
					}
				}
			}
		}
	}
}
