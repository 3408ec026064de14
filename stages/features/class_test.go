package features

import (
	"testing"
	"unicode"
)

// TestRuneClass checks runeClass against the unicode package's predicates
// on every rune (and one past the last): exactly the bits the extractor
// reads must agree.
func TestRuneClass(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		got := runeClass(r)
		if isCJK(r) {
			want := cCJK
			if unicode.IsDigit(r) {
				want |= cDigit
			}
			if unicode.IsSpace(r) {
				want |= cSpace
			}
			if got != want {
				t.Fatalf("CJK rune %U: class %08b, want %08b", r, got, want)
			}
			continue
		}
		var want uint8
		if unicode.IsLetter(r) {
			want |= cLetter
		}
		if unicode.IsDigit(r) {
			want |= cDigit
		}
		if unicode.IsUpper(r) {
			want |= cUpper
		}
		if unicode.IsSpace(r) {
			want |= cSpace
		}
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			want |= cPunctOrSymbol
		}
		if got != want {
			t.Fatalf("rune %U: class %08b, want %08b", r, got, want)
		}
	}
}

// TestToLower checks toLower (tables for two-byte UTF-8) against
// unicode.ToLower on every rune.
func TestToLower(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
}
