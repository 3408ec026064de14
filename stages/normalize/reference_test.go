package normalize

// The reference implementation and the tests that hold Text to it.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// referenceText is the first, three-pass implementation of Text (decode and
// fold, NFC, tidy), kept to check that the one-pass Text gives the same
// bytes.
func referenceText(raw []byte) (string, int) {
	invalid := 0
	// Pass 1: decode, replace invalid bytes, fold line ends and spaces, drop
	// control characters. Most input is clean, so build into one buffer.
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n':
				b.WriteByte('\n')
			case c == '\r':
				b.WriteByte('\n')
				if i < len(raw) && raw[i] == '\n' {
					i++
				}
			case c == '\t' || c == '\v' || c == '\f':
				b.WriteByte(' ')
			case c < 0x20 || c == 0x7f:
				// control character: removed
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			invalid++
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		i += size
		switch {
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case isInvisible(r):
			// removed
		case r >= 0x2e80 && r <= 0x2fdf && radicalIdeographs[r-0x2e80] != 0:
			b.WriteRune(radicalIdeographs[r-0x2e80])
		default:
			b.Write(raw[i-size : i])
		}
	}
	s := b.String()
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return referenceTidy(s), invalid
}

// referenceTidy collapses spaces within lines, trims every line and keeps at most one
// blank line between non-blank ones.
func referenceTidy(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blank := false // a blank line is pending
	started := false
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.Trim(line, " ")
		if line == "" {
			blank = started
			continue
		}
		if started {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		started = true
		space := false
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' {
				space = true
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(line[i])
		}
	}
	return b.String()
}

// equivalenceInputs are inputs that exercise every rule and their
// interplay: spaces and blank lines around combining marks, invalid bytes,
// controls, Unicode spaces and line separators.
var equivalenceInputs = []string{
	"", " ", "\n", "a", "  a  ", "a\r\n\r\n\r\nb  c\u00a0", "x\xff\n\n\ny", "  Cafe\u0301 \n\t\n",
	"\u0301abc", "a \u0301b", "\n\n\u0301x\n", "e\u0301\n\n\n\u0302y", "a\u0301 \n \u0302", "a\u200b\u0301",
	"\u1100\u1161 \u11a8", "\u1100 \u1161", "\u0915\u093c", "\u0041\u030a\u0323", "a\u00a0\u0301b", "a\tb\vc\fd",
	"x\u2028\u2029y\u0085z", "\ufeff\ufeffa", "a\x00\x7f\x1bb", "\xc3\xa9\xc3", "\xe2\x80", "Ω\u0308\u0301",
	"  lead\n\n\n  \n trail  \n\n", "\u3000全角\u3000スペース\u3000", "a\u0345\u0301", "\u00e9\u0300", "\u212b",
}

func TestTextMatchesReference(t *testing.T) {
	inputs := append([]string(nil), equivalenceInputs...)
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction", "page-text.json"))
	if err == nil {
		var pages struct {
			Output map[string]struct {
				ArticleBody string `json:"articleBody"`
			} `json:"output"`
		}
		require.NoError(t, json.Unmarshal(data, &pages))
		for _, p := range pages.Output {
			inputs = append(inputs, p.ArticleBody)
		}
	}
	for _, in := range inputs {
		want, wantInvalid := referenceText([]byte(in))
		got, gotInvalid := Text([]byte(in))
		require.Equal(t, want, got, "input %q", in)
		require.Equal(t, wantInvalid, gotInvalid, "input %q", in)
	}
}

// TestInertCharacters backs Text's NFC shortcut: no character that some
// canonical composition takes as its second element is marked inert, and
// strings of inert characters are in NFC.
func TestInertCharacters(t *testing.T) {
	inert := 0
	var sample []rune
	for r := rune(0); r < 0x10000; r++ {
		if nfcInert(r) {
			inert++
			if r%97 == 0 {
				sample = append(sample, r)
			}
		}
		// A character whose NFC is itself but whose NFD is longer is a
		// composite; the last character of its NFD composes backwards.
		s := string(r)
		if r >= 0xd800 && r < 0xe000 || norm.NFC.String(s) != s {
			continue
		}
		if d := []rune(norm.NFD.String(s)); len(d) > 1 {
			require.False(t, nfcInert(d[len(d)-1]), "%U composes into %U", d[len(d)-1], r)
		}
	}
	require.Greater(t, inert, 40000)
	for _, r := range []rune{'a', 'é', '’', '—', '€', 'и', 'я', '中', 'あ'} {
		require.True(t, nfcInert(r), "%U", r)
	}
	for _, r := range []rune{0x0301, 0x0308, 0x1161, 0x11a8, 0x0b3e, 0x3099, 0x2126, 0x212b, 0x1f600} {
		require.False(t, nfcInert(r), "%U", r)
	}
	for i, a := range sample {
		for _, b := range sample[i%7:] {
			s := string(a) + string(b)
			require.True(t, norm.NFC.IsNormalString(s), "%U %U", a, b)
		}
	}
}

func FuzzTextMatchesReference(f *testing.F) {
	for _, in := range equivalenceInputs {
		f.Add([]byte(in))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		want, wantInvalid := referenceText(raw)
		got, gotInvalid := Text(raw)
		if got != want || gotInvalid != wantInvalid {
			t.Fatalf("Text(%q) = %q, %d; reference gives %q, %d", raw, got, gotInvalid, want, wantInvalid)
		}
	})
}
