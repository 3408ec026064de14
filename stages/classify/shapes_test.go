package classify

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// foldLineReference is foldLine as it was before its ASCII bytes were told
// apart by a bit set: the reference TestFoldLineMatchesReference compares
// it with.
func foldLineReference(buf *[foldMax]byte, s string, seps string) (b []byte, ok bool) {
	if len(s) > foldMax {
		return nil, false
	}
	b = buf[:0]
	space := true // no space at the start
	for _, r := range s {
		if r < utf8.RuneSelf && r != ' ' && r != '\t' && r != '\n' && r != '\r' && !strings.ContainsRune(seps, r) {
			if len(b) == foldMax {
				return nil, false
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			space = false
			continue
		}
		if unicode.IsSpace(r) || strings.ContainsRune(seps, r) {
			if !space {
				if len(b) == foldMax {
					return nil, false
				}
				b = append(b, ' ')
				space = true
			}
			continue
		}
		if r == '’' {
			r = '\''
		}
		r = unicode.ToLower(r)
		if len(b)+utf8.RuneLen(r) > foldMax {
			return nil, false
		}
		b = utf8.AppendRune(b, r)
		space = false
	}
	if n := len(b); n > 0 && b[n-1] == ' ' {
		b = b[:n-1]
	}
	return b, true
}

// TestFoldLineMatchesReference compares foldLine with foldLineReference on
// random lines of ASCII (every byte value), separators, spaces of every
// kind, runes whose lower case is longer or shorter than they are, and
// invalid bytes, with every set of separators the passes use.
func TestFoldLineMatchesReference(t *testing.T) {
	sepSets := []string{"", ":", ",:", "|·•/", ",|·–—", "()[]:·|", "\x00\x7f"}
	pieces := []string{"a", "Z", "é", "É", "İ", "Ⱥ", "K", "’", "'", "·", "•", "–", "—", "|", "/", ":", ",", "(", "]",
		" ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2003", "\xff", "\xe2\x80", "ß", "Σ", "日", "0", "9", "\x00", "\x7f"}
	rng := rand.New(rand.NewPCG(7, 7))
	var buf, ref [foldMax]byte
	check := func(s, seps string) {
		b, ok := foldLine(&buf, s, seps)
		rb, rok := foldLineReference(&ref, s, seps)
		if ok != rok || string(b) != string(rb) {
			t.Fatalf("foldLine(%q, %q) = %q, %v; the reference gives %q, %v", s, seps, b, ok, rb, rok)
		}
	}
	for c := 0; c < 256; c++ {
		for _, seps := range sepSets {
			check(string([]byte{byte(c)}), seps)
			check("A"+string([]byte{byte(c)})+"b", seps)
		}
	}
	for n := 0; n < 100000; n++ {
		var sb strings.Builder
		for k := rng.IntN(90); k > 0; k-- {
			if rng.IntN(3) == 0 {
				sb.WriteByte(byte(rng.IntN(128)))
			} else {
				sb.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		check(sb.String(), sepSets[rng.IntN(len(sepSets))])
	}
}

// hasCreditTailReference is hasCreditTail as it was before it looked for
// an opening bracket once per text and tested the byte before a space
// without a search.
func hasCreditTailReference(text string) bool {
	if len(text) > 600 {
		return false
	}
	end := len(text)
	for words := 0; words < creditMaxWords; words++ {
		k := strings.LastIndexByte(text[:end], ' ')
		if k < 0 {
			return false
		}
		// ("/" ends a segment since the tenth session: "… archivo. / Foto: …".)
		if k >= 1 && k+1 < end && strings.IndexByte(".!?|)/", text[k-1]) >= 0 && creditAt(text, k+1) {
			return true
		}
		if j := strings.IndexByte(text[k+1:end], '('); j >= 0 && k+2+j < end && creditAt(text, k+2+j) {
			return true
		}
		end = k
	}
	return false
}

// startsWithNameReference is startsWithName's search for the name as it
// was, with the lead and a space joined (strings.CutPrefix(sentence,
// lead+" ")).
func startsWithNameReference(sentence, name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	firstWord, _, more := strings.Cut(name, " ")
	lastWord := name[strings.LastIndexByte(name, ' ')+1:]
	if more {
		for _, p := range []string{"I am a ", "I'm a ", "I’m a ", "I am an ", "I'm an ", "I’m an "} {
			if strings.HasPrefix(sentence, p) {
				return true
			}
		}
	}
	for k, lead := range [...]string{name, firstWord, lastWord} {
		if rest, ok := strings.CutPrefix(sentence, lead+" "); ok {
			verb, after, _ := strings.Cut(rest, " ")
			if !bioVerbs[verb] {
				continue
			}
			if k == 0 || !authorCopulas[verb] {
				return true
			}
			art, _, _ := strings.Cut(after, " ")
			if authorArticles[strings.ToLower(art)] || startsWithTrade(after) {
				return true
			}
		}
	}
	return false
}

// TestHasCreditTailMatchesReference and startsWithName's compare the
// functions with their former code on random captions and sentences made
// of credits, agencies, photo words, names, verbs and punctuation.
func TestHasCreditTailMatchesReference(t *testing.T) {
	pieces := []string{"Foto:", "Photo", "by", "Jens", "Hartwig/dpa", "(EFE/Salas)", "/", "EFE", "AFP", "Natxo", "Francés",
		"Photo credit:", "Crédit photo", "©", "Reuters", "(", ")", ".", "|", "!", "?", "The", "mayor", "said", "on", "Monday",
		"Bild:", "von", "der", "Demo", "Getty Images", "–", "L'Écho", "du", "Bocage", "(dpa/lnw)", "Meg", "James", "is", "a",
		"reporter", "I'm", "an", "joined", "writes", "Regan", "ist", "eine", "Journalistin", "was", "I", "am"}
	rng := rand.New(rand.NewPCG(21, 22))
	credits, names := 0, 0
	for n := 0; n < 200000; n++ {
		var sb strings.Builder
		for k := rng.IntN(16); k >= 0; k-- {
			if rng.IntN(5) != 0 {
				sb.WriteByte(' ')
			}
			if rng.IntN(8) == 0 {
				sb.WriteByte(". !?|)("[rng.IntN(7)])
			}
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		got, want := hasCreditTail(s), hasCreditTailReference(s) || slashNameCredit(s) // (slashNameCredit added later)
		if got != want {
			t.Fatalf("hasCreditTail(%q) = %v, the reference says %v", s, got, want)
		}
		if want {
			credits++
		}
		name := pieces[rng.IntN(len(pieces))]
		if rng.IntN(2) == 0 {
			name += " " + pieces[rng.IntN(len(pieces))]
		}
		if rng.IntN(2) == 0 {
			s = name + " " + s
		}
		got, want = startsWithName(s, name), startsWithNameReference(s, name)
		if got != want {
			t.Fatalf("startsWithName(%q, %q) = %v, the reference says %v", s, name, got, want)
		}
		if want {
			names++
		}
	}
	if credits < 100 || names < 100 {
		t.Fatalf("only %d credits and %d names among the random lines", credits, names)
	}
	t.Logf("%d credits, %d names", credits, names)
}

func TestSlashNameCredit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"La avenida de Salamanca, a la altura de la plaza del Milenio. / Jaime Olmedo", true},
		{"Un rebaño de ovejas pasta junto a un cortafuegos cerca de Uña. / DIARIO DE LA SERRANÍA", true},
		{"Vendimiadores en un viñedo de tempranillo junto a Briñas. / NOTICIAS DE LA RIOJA", true},
		{"Alba revisa. / Lucía Barranco", false},                                  // too few words of caption
		{"El alcalde lo dijo ayer en el pleno. / y luego se fue", false},          // no name
		{"El alcalde lo dijo ayer en el pleno. / Pleno del 12 de mayo", false},    // a digit
		{"El alcalde lo dijo ayer en el pleno. / A B C D E F", false},             // too many words
		{"El alcalde lo dijo ayer en el pleno / Jaime Olmedo", false},             // no sentence before
		{"El alcalde lo dijo ayer en el pleno. / Jaime Olmedo. Y siguió.", false}, // a sentence after
		{"", false},
	} {
		assert.Equal(t, tc.want, slashNameCredit(tc.in), tc.in)
		if tc.want {
			assert.True(t, hasCreditTail(tc.in), tc.in)
		}
	}
}
