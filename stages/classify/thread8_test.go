package classify

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// isRelativeTime8Reference is isRelativeTime as it was before it looked for
// the dash of " - " and " – " rather than their last byte, a space that
// every line has: the reference TestIsRelativeTimeMatches8Reference
// compares it with.
func isRelativeTime8Reference(text string) bool {
	if len(text) > 80 {
		return false
	}
	for _, sep := range [...]string{"·", "|", " - ", " – "} {
		// A line without the separator's last byte, most lines, has no
		// separator: one IndexByte, not a search for the whole of it.
		if strings.IndexByte(text, sep[len(sep)-1]) < 0 {
			continue
		}
		if k := strings.LastIndex(text, sep); k >= 0 {
			text = text[k+len(sep):]
		}
	}
	text = strings.TrimSpace(text)
	if isCJKRelative(text) {
		return true
	}
	// The folded line's first word must be a count, a marker, a filler
	// or an article, or the line one of relativeSingles: most lines are
	// turned away by their first two bytes (relativeStarts), before they
	// are folded. Only ASCII bytes are judged (other runes may fold to
	// ASCII); a digit or a one-byte line goes on.
	if len(text) >= 2 && text[0] < utf8.RuneSelf && text[1] < utf8.RuneSelf && !isDigit(text[0]) {
		a, b := lowerASCII(text[0]), lowerASCII(text[1])
		if b == '\t' || b == '\n' || b == '\r' {
			b = ' ' // foldLine's space
		}
		if k := uint(a)<<8 | uint(b); relativeStarts[k/64]&(1<<(k%64)) == 0 {
			return false
		}
	}
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, "", 8)
	if !ok {
		return false
	}
	if relativeSingles[string(b)] {
		return true
	}
	count, unit, article := false, false, false
	marker := bytes.Contains(b, []byte("il y a"))
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			break
		}
		w = bytes.TrimRight(w, ".,")
		switch {
		case allDigits(w) && len(w) <= 3:
			if count {
				return false
			}
			count = true
		case !unit && (count || article) && relativeUnits[string(w)]:
			// "3 hours", "an hour"
			count, unit = true, true
		case string(w) == "a" || string(w) == "an" || string(w) == "one":
			article = true
		case relativeWords[string(w)]:
			marker = true
		case relativeFillers[string(w)]:
			// "about", "Posted", "il y a": neither count nor marker
		case unit && (string(w) == "at" || isClockWord(w) || string(w) == "am" || string(w) == "pm"):
			// "2 days ago at 07:54 am"
		default:
			return false
		}
	}
	return count && unit && marker
}

// TestIsRelativeTimeMatches8Reference compares isRelativeTime with
// isRelativeTime8Reference on random lines of stamps, names and every
// separator, whole or broken (a dash without its spaces, a "·" cut to one
// byte).
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
		got, want := isRelativeTime(s), isRelativeTime8Reference(s)
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
