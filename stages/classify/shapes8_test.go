package classify

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// isPhotoCreditReference is isPhotoCredit as it was before it looked at
// the first two letters (creditStarts): the reference
// TestIsPhotoCreditMatchesReference compares it with.
func isPhotoCreditReference(text string) bool {
	// Most lines are turned away by their first letter.
	k := 0
	for k < len(text) && (text[k] == ' ' || text[k] == '(' || text[k] == '[') {
		k++
	}
	if k == len(text) || !creditFirstBytes[text[k]|0x20] {
		return false
	}
	s := strings.TrimLeftFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '[' })
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ')' || r == ']' })
	for k := 0; k < 2; k++ {
		var buf [24]byte
		w, rest, ok := firstWordLower(&buf, s)
		if !ok || !creditWords[string(w)] {
			return false
		}
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		for _, j := range creditJoins {
			if strings.HasPrefix(rest, j) {
				return len(strings.TrimSpace(rest[len(j):])) > 1
			}
		}
		if photoWords[string(w)] {
			for _, p := range creditPrepositions {
				if name, ok := strings.CutPrefix(rest, p); ok {
					return isCreditName(name)
				}
			}
		}
		s = rest
	}
	return false
}

// TestIsPhotoCreditMatchesReference compares isPhotoCredit with its former
// code on every start of two bytes after the brackets, on the credit words
// in every case with runes that fold to ASCII letters (K, the Kelvin
// sign; İ), and on random lines of credit words, joins, prepositions,
// names, brackets, spaces of every kind and random bytes.
func TestIsPhotoCreditMatchesReference(t *testing.T) {
	check := func(s string) bool {
		t.Helper()
		got, want := isPhotoCredit(s), isPhotoCreditReference(s)
		if got != want {
			t.Fatalf("isPhotoCredit(%q) = %v, the reference says %v", s, got, want)
		}
		return want
	}
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			check(string([]byte{byte(a), byte(b)}) + "oto: Jens Hartwig")
			check("( " + string([]byte{byte(a), byte(b)}) + "to by Jane Doe")
		}
		check(string([]byte{byte(a)}))
	}
	var words []string
	for w := range creditWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		words = append(words, w[:1]+"\u212a"+w[1:], w[:1]+"İ"+w[1:], w[:1]+"\u212a"+w[2:], w[:1]+"\u0130"+w[2:])
	}
	pieces := []string{":", "/", "©", ".", "by ", "von ", "par ", "de ", "Jane", "Doe", "jane", "EFE", "dpa", "credit", "photo", "(", ")",
		"[", "]", " ", "  ", "\t", "\u00a0", "\u2003", "\xff", "é", "K", "İ", "\u212a", "Velonord/Ingo Hartmann", "Bild", "der", "Demo"}
	rng := rand.New(rand.NewPCG(8, 1))
	credits := 0
	for n := 0; n < 200000; n++ {
		var sb strings.Builder
		for k := rng.IntN(3); k > 0; k-- {
			sb.WriteString([]string{" ", "(", "[", "\t", "\u00a0"}[rng.IntN(5)])
		}
		for k := 1 + rng.IntN(2); k > 0; k-- {
			sb.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(2) == 0 {
				sb.WriteByte(' ')
			}
		}
		for k := rng.IntN(8); k > 0; k-- {
			if rng.IntN(6) == 0 {
				sb.WriteByte(byte(rng.IntN(256)))
			} else {
				sb.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		s := sb.String()
		if rng.IntN(4) == 0 && len(s) > 0 {
			s = s[:rng.IntN(len(s))]
		}
		if check(s) {
			credits++
		}
	}
	if credits < 1000 {
		t.Fatalf("only %d credits among the random lines", credits)
	}
	t.Logf("%d credits", credits)
}

// TestIsPhotoCreditFoldedSecondLetter checks that a credit word whose
// second letter is a rune of two bytes folding to an ASCII letter is
// still read ("PİCTURE" folds to "picture").
func TestIsPhotoCreditFoldedSecondLetter(t *testing.T) {
	if unicode.ToLower('İ') != 'i' {
		t.Skip("İ does not fold to i")
	}
	if !isPhotoCredit("PİCTURE: Jane Doe") || !isPhotoCreditReference("PİCTURE: Jane Doe") {
		t.Fatal("PİCTURE: Jane Doe is a photo credit")
	}
}
