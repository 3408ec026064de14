package split

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRuneCount holds runeCount to utf8.RuneCountInString less the
// zero-width runes (referenceRunes), invalid UTF-8 included.
func TestRuneCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"a", "word ", "é", "中文", "😀", "\xff", "\xc3", "\xe4\xb8", "\x80", "\xed\xa0\x80", "abcdefgh", "e\u0301", "ที่", "\u200b", "कि"}
	for range 100000 {
		var s string
		for range rng.IntN(20) {
			s += pieces[rng.IntN(len(pieces))]
		}
		if got, want := runeCount(s), referenceRunes(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// referenceColumns is columns written plainly, a rune at a time.
func referenceColumns(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case isWide(r):
			n += 2
		case !isZeroWidth(r):
			n++
		}
	}
	return n
}

// TestColumns holds columns to referenceColumns, invalid UTF-8 included.
func TestColumns(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"a", "word ", "é", "中文", "😀", "\xff", "\xc3", "\xe4\xb8", "\x80", "\xed\xa0\x80", "abcdefgh", "한국", "ｶﾀｶﾅ", "ＡＢ", "〿", "ที่", "e\u0301"}
	for range 100000 {
		var s string
		for range rng.IntN(20) {
			s += pieces[rng.IntN(len(pieces))]
		}
		if got, want := columns(s), referenceColumns(s); got != want {
			t.Fatalf("columns(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestIsWide(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'a', false}, {'é', false}, {'€', false}, {'中', true}, {'。', true}, {'，', true}, {'　', true},
		{'あ', true}, {'カ', true}, {'ｶ', false}, {'한', true}, {'Ａ', true}, {'〿', false}, {'𠀀', true}, {'ᄀ', true},
	} {
		assert.Equal(t, tc.want, isWide(tc.r), "%q", tc.r)
	}
}

// TestMayHoldWide holds mayHoldWide to its promise: true for every string
// that holds a wide rune.
func TestMayHoldWide(t *testing.T) {
	for r := rune(0); r <= 0x3FFFF; r++ {
		if isWide(r) {
			assert.True(t, mayHoldWide("a"+string(r)), "%U", r)
		}
	}
	for _, s := range []string{"“quoted” — text’s", "Zürich €5", "Ελληνικά", "Русский", "עברית"} {
		assert.False(t, mayHoldWide(s), "%q", s)
	}
}
