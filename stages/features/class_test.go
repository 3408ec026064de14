package features

import (
	"os"
	"slices"
	"testing"
	"time"
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
		if unicode.IsLetter(r) || unicode.IsMark(r) || r == '\u200c' || r == '\u200d' {
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

// TestUnicodeClassTiming times unicodeClass against predicateClass, its
// former code, on the runes of three bytes or more of the article-extraction
// pages, alternately in one process, and logs the median ratio. It runs
// only with WINNOW_TIMING set.
func TestUnicodeClassTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("set WINNOW_TIMING to time")
	}
	var runes []rune
	for _, ps := range referencePages(t) {
		for _, p := range ps {
			for _, r := range p.Text {
				if r >= twoByteEnd {
					runes = append(runes, r)
				}
			}
		}
	}
	sink := 0
	timeClass := func(class func(rune) uint8) time.Duration {
		start := time.Now()
		for rep := 0; rep < 20; rep++ {
			for _, r := range runes {
				sink += int(class(r))
			}
		}
		return time.Since(start)
	}
	var ratios []float64
	for pair := 0; pair < 31; pair++ {
		o, n := timeClass(predicateClass), timeClass(unicodeClass)
		ratios = append(ratios, float64(n)/float64(o))
	}
	slices.Sort(ratios)
	t.Logf("%d runes of three bytes or more; unicodeClass/predicateClass median %.3f (quartiles %.3f, %.3f) %d", len(runes), ratios[15], ratios[7], ratios[23], sink%2)
}
