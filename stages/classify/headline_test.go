package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// referenceOverlap is the first implementation of overlap, on the words of
// strings.Fields(strings.ToLower(...)).
func referenceOverlap(a, b []string) float64 {
	if len(b) == 0 {
		return 0
	}
	hit := 0
	for _, w := range b {
		for _, v := range a {
			if v == w {
				hit++
				break
			}
		}
	}
	return float64(hit) / float64(len(b))
}

// checkLowerWords checks lowerWords and overlap on texts a and b against
// strings.Fields(strings.ToLower(...)) and referenceOverlap.
func checkLowerWords(t *testing.T, la, lb *lowerWords, a, b string) {
	t.Helper()
	la.set(a)
	lb.set(b)
	for _, c := range []struct {
		w    *lowerWords
		text string
	}{{la, a}, {lb, b}} {
		want := strings.Fields(strings.ToLower(c.text))
		got := []string{}
		for k := range c.w.ends {
			got = append(got, string(c.w.word(k)))
		}
		require.Equal(t, append([]string{}, want...), got, "%q", c.text)
	}
	want := referenceOverlap(strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b)))
	require.Equal(t, want, overlap(la, lb), "overlap(%q, %q)", a, b)
}

var lowerWordsInputs = []string{
	"", " ", "Council approves new budget", "council APPROVES the budget for schools", "ÉCOLE İstanbul ǅ Σ ΣΑΣ",
	"tabs\tand\u00a0no-break\u0085next\u2028line  ", "ab\xffcd \xff", "\ufffd x", "Straße STRASSE", "東京 都庁",
}

func TestLowerWords(t *testing.T) {
	var la, lb lowerWords
	for _, a := range lowerWordsInputs {
		for _, b := range lowerWordsInputs {
			checkLowerWords(t, &la, &lb, a, b)
		}
	}
}

func FuzzLowerWords(f *testing.F) {
	for _, a := range lowerWordsInputs {
		f.Add(a, "council approves the budget")
	}
	var la, lb lowerWords
	f.Fuzz(func(t *testing.T, a, b string) {
		checkLowerWords(t, &la, &lb, a, b)
	})
}
