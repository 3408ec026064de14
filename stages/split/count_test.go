package split

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestRuneCount holds runeCount to utf8.RuneCountInString, invalid UTF-8
// included.
func TestRuneCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"a", "word ", "é", "中文", "😀", "\xff", "\xc3", "\xe4\xb8", "\x80", "\xed\xa0\x80", "abcdefgh"}
	for range 100000 {
		var s string
		for range rng.IntN(20) {
			s += pieces[rng.IntN(len(pieces))]
		}
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}
