package classify

import (
	"bytes"
	"strings"
	"testing"

	"github.com/winnowhq/winnow/corpus"
)

func FuzzReview7Classify(f *testing.F) {
	f.Add("Storm closes schools | Daily Post", "Storm closes schools", "Leave a Reply", "By Jane Doe")
	f.Add(strings.Repeat("w ", 70), "\xff\xfe", "发表评论", "skomentuj")
	f.Add("\\hypertarget{a}{% \\section{T}\\label{a}}", "\\item \\href{/a}{b}", "a & 1 & 2 \\\\", "\\begin{figure}")
	f.Add("[h1]T[/h1]", "[url=/a]b[/url] [b]c[/b]", "[/ul]", "- -")
	f.Add("= T #t#", "</a b>", "<<c d>>", "#t#")
	f.Add("<section class=\"comments\">", "</section>", "{: .a}", "1")
	f.Add("<div type=\"level2\" xml:id=\"a\"> <head>T</head>", "</div>", "<p><ref target=\"/a\">b</ref></p>", "<p><figure>")
	f.Add("h1 {Kemper} <Kas>", "h2 Evezhiadennoù (3)", "* {a}|b|c", "Gant {Nolwenn} <buffer ?>")
	f.Add("Vierhundert Jahre Pferdemarkt:", "und Festumzug", "Jetzt testen · Bereits Abonnent? Anmelden", "• Samstag, 10 Uhr: Eröffnung")
	f.Add("- paragraph:", "- link \"Sport\":", "- /url: /sport", "- 'heading \"Zona: todo\" [level=1]'")
	m := defaultModelT(f)
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		texts := []string{a, "Menu", b, c, d, b, c, d, a, c, c, c, c, c, c, c, c, c, c, c, d}
		ps := make([]corpus.Paragraph, 0, len(texts))
		for i, s := range texts {
			if s == "" {
				continue
			}
			ps = append(ps, corpus.Paragraph{Text: s, Block: i})
		}
		for k := 0; k <= len(ps); k++ {
			out := m.Classify(ps[:k])
			if len(out) != k {
				t.Fatalf("len %d", len(out))
			}
		}
	})
}

// FuzzReview7PhraseIndex compares commentPrompts.inWords with a search per
// phrase of the prompts themselves, as whole words, on any bytes.
func FuzzReview7PhraseIndex(f *testing.F) {
	var all [][]byte
	for _, ps := range commentPrompts.byPair {
		all = append(all, ps...)
	}
	for _, p := range all {
		f.Add(string(p), "x")
	}
	f.Add("6 thoughts on “a", "发表评论")
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, s := range []string{a, b, a + b, b + a, string(lowerRunesInto(nil, a+b))} {
			b := []byte(s)
			want := false
			for _, p := range all {
				for off := 0; off < len(b) && !want; off++ {
					want = bytes.HasPrefix(b[off:], p) && wordBounded(b, off, off+len(p))
				}
			}
			if got := commentPrompts.inWords(b); got != want {
				t.Fatalf("%q: in %v, search %v", s, got, want)
			}
		}
	})
}
