package classify

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIsRelativeTimeMatches8Reference compares isRelativeTime with its
// former code (isRelativeTimeReference, thread_test.go) on random lines of
// stamps, names and every separator, whole or broken (a dash without its
// spaces, a "·" cut to one byte): the lines round 8's search for the dash
// changed.
func TestIsRelativeTimeMatches8Reference(t *testing.T) {
	var pieces []string
	for _, m := range []map[string]bool{relativeUnits, relativeWords, relativeFillers, relativeSingles} {
		for w := range m {
			pieces = append(pieces, w, strings.ToUpper(w))
		}
	}
	pieces = append(pieces, "il y a", "a", "one", "07:54", "3", "45", "·", "|", " - ", " – ", "-", "–", "\xc2", "\xb7", "\x93",
		"\xe2\x80", " ", "  ", "\t", "\u00a0", ".", ",", "前", "3小时前", "Gaston64", "Nick A", "é", "\xff")
	rng := rand.New(rand.NewPCG(8, 10))
	positives := 0
	for n := 0; n < 300000; n++ {
		var sb strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			if rng.IntN(5) == 0 {
				sb.WriteByte(byte(rng.IntN(256)))
			} else {
				if rng.IntN(2) == 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		s := sb.String()
		got, want := isRelativeTime(s), isRelativeTimeReference(s)
		if got != want {
			t.Fatalf("isRelativeTime(%q) = %v, the reference says %v", s, got, want)
		}
		if want {
			positives++
		}
	}
	if positives < 1000 {
		t.Fatalf("only %d of the random lines are relative stamps", positives)
	}
}
