package classify

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// creditAnchorBytesReference are creditAnchors' anchors as bytes, for
// containsAny, as creditLines read them before anchorSet.
var creditAnchorBytesReference = phraseBytes(creditAnchors.anchors)

// creditPhraseBytes and authorLinkPhraseBytes are the phrases as bytes, for
// containsAny, as creditLines read them before anchorSet.
var (
	creditPhraseBytes     = phraseBytes(creditPhrases)
	authorLinkPhraseBytes = phraseBytes(authorLinkPhrases)
)

// creditLinesReference is creditLines as it was before it looked for its
// anchors and phrases with anchorSets (a lower-cased copy of each line
// searched once per anchor, then once per phrase): the reference TestCreditLinesMatchesReference
// compares it with.
func creditLinesReference(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	var buf [256]byte
	for i := range out {
		f := &fs[i]
		text := paras[i].Text
		if f.Words < 3 || f.Words > creditLineMaxWords || len(text) > len(buf) || out[i].Label == corpus.Bio || out[i].Label == corpus.Comment {
			continue
		}
		low := lowerInto(buf[:0], text)
		if !containsAny(low, creditAnchorBytesReference) {
			continue // no phrase can be there
		}
		hit := containsAny(low, creditPhraseBytes)
		if !hit && f.Words <= authorLinkMaxWords {
			hit = containsAny(low, authorLinkPhraseBytes)
		}
		if hit {
			out[i] = Scored{Label: corpus.Bio, Score: 0.7}
		}
	}
}

// randomCreditLine makes a line of pieces of the anchors and phrases of
// creditLines in mixed case, broken or whole, with words, spaces, UTF-8
// (of the anchors' own bytes too), invalid bytes and random bytes.
func randomCreditLine(rng *rand.Rand) string {
	return randomLineOf(rng, append(append(append([]string{}, creditAnchors.anchors...), creditPhrases...), authorLinkPhrases...))
}

// randomLineOf makes a line as randomCreditLine does with pieces of the
// given phrases.
func randomLineOf(rng *rand.Rand, phrases []string) string {
	pieces := []string{"a", "b", "y", "B", "Y", "by", "BY", "bY", " ", "  ", "é", "ł", "Ł", "í", "Í", "ä", "Ä", "\xc5", "\x82", "\xc3",
		"\xff", "word", "The", "reporting", "Autor", "AUTH", "rt", "RT", "r", "t", ":", ",", "’", "日本", "\u00a0", "0", "9"}
	var sb strings.Builder
	for k := rng.IntN(60); k > 0; k-- {
		switch rng.IntN(6) {
		case 0:
			sb.WriteByte(byte(rng.IntN(256)))
		case 1:
			p := phrases[rng.IntN(len(phrases))]
			// A piece of it, or it whole, in a random case.
			lo := rng.IntN(len(p))
			hi := lo + 1 + rng.IntN(len(p)-lo)
			if rng.IntN(2) == 0 {
				lo, hi = 0, len(p)
			}
			for _, c := range []byte(p[lo:hi]) {
				if rng.IntN(3) == 0 && 'a' <= c && c <= 'z' {
					c -= 'a' - 'A'
				}
				sb.WriteByte(c)
			}
		default:
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
	}
	return sb.String()
}

// TestAnchorSetMatchesContainsAny compares anchorSet.in with containsAny on
// the lower-cased line, for creditAnchors and for small sets of random
// anchors, on every pair of bytes and on random lines.
func TestAnchorSetMatchesContainsAny(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	check := func(s *anchorSet, ref [][]byte, text string) {
		t.Helper()
		if got, want := s.in(text), containsAny(lowerInto(nil, text), ref); got != want {
			t.Fatalf("in(%q) = %v, containsAny on the lower-cased line gives %v (anchors %q)", text, got, want, s.anchors)
		}
	}
	hits := 0
	check = func(s *anchorSet, ref [][]byte, text string) {
		t.Helper()
		got, want := s.in(text), containsAny(lowerInto(nil, text), ref)
		if got != want {
			t.Fatalf("in(%q) = %v, containsAny on the lower-cased line gives %v (anchors %q)", text, got, want, s.anchors)
		}
		if got {
			hits++
		}
	}
	sets := []*anchorSet{creditAnchors, creditPhraseSet, authorLinkPhraseSet}
	for n := 0; n < 50; n++ {
		var as []string
		for k := 1 + rng.IntN(32); k > 0; k-- {
			b := make([]byte, 2+rng.IntN(4))
			for j := range b {
				b[j] = "abyzAé\xc5\x82 :"[rng.IntN(11)]
				if rng.IntN(4) == 0 {
					b[j] = byte(rng.IntN(256))
				}
			}
			as = append(as, strings.ToLower(string(b)))
		}
		sets = append(sets, newAnchorSet(as))
	}
	for _, s := range sets {
		hits = 0
		ref := phraseBytes(s.anchors)
		for c := 0; c < 256; c++ {
			for d := 0; d < 256; d += 1 + rng.IntN(8) {
				check(s, ref, string([]byte{byte(c), byte(d)}))
			}
			check(s, ref, string([]byte{byte(c)}))
		}
		check(s, ref, "")
		for _, a := range s.anchors {
			check(s, ref, a)
			check(s, ref, strings.ToUpper(a))
			check(s, ref, "x"+a[:len(a)-1])
		}
		for n := 0; n < 20000; n++ {
			check(s, ref, randomLineOf(rng, s.anchors))
		}
		if hits < 1000 {
			t.Fatalf("anchors %q found in only %d lines: the test hardly tests them", s.anchors, hits)
		}
	}
}

// TestCreditLinesMatchesReference compares creditLines with
// creditLinesReference on random documents of lines made of the anchors'
// and phrases' pieces, with random word counts and labels.
func TestCreditLinesMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	labels := []corpus.Label{corpus.Body, corpus.Chrome, corpus.Promo, corpus.Bio, corpus.Comment}
	relabelled := 0
	for n := 0; n < 3000; n++ {
		k := 1 + rng.IntN(40)
		paras := make([]corpus.Paragraph, k)
		fs := make([]features.Features, k)
		out := make([]Scored, k)
		for i := range paras {
			paras[i].Text = randomCreditLine(rng)
			if rng.IntN(8) == 0 {
				paras[i].Text += strings.Repeat("ab ", 90) // past the buffer
			}
			fs[i].Words = rng.IntN(35)
			out[i] = Scored{Label: labels[rng.IntN(len(labels))], Score: rng.Float32()}
		}
		ref := append([]Scored(nil), out...)
		creditLines(paras, fs, out)
		creditLinesReference(paras, fs, ref)
		for i := range out {
			if out[i] != ref[i] {
				t.Fatalf("line %d %q (%d words): creditLines gives %v, the reference %v", i, paras[i].Text, fs[i].Words, out[i], ref[i])
			}
			if out[i].Label == corpus.Bio && out[i].Score == 0.7 {
				relabelled++
			}
		}
	}
	if relabelled < 1000 {
		t.Fatalf("only %d lines relabelled: the random lines hardly test the phrases", relabelled)
	}
}

// aboutBoxReference is aboutBox as it was before it turned lines away by
// their first two bytes (aboutStarts): the reference
// TestAboutBoxMatchesReference compares it with.
func aboutBoxReference(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	var buf [64]byte
	for h := first + 1; h+1 < len(out); h++ {
		text := paras[h].Text
		if fs[h].Words > aboutMaxWords || fs[h].Words < 2 || len(text) > len(buf) || out[h].Label == corpus.Comment && fs[h].Words > 3 {
			continue
		}
		low := lowerInto(buf[:0], text)
		if !hasPrefixAnyBytes(low, aboutHeadingBytes) {
			continue
		}
		_, name, _ := strings.Cut(text, " ")
		// Under a heading in a comment section ("About me" under the
		// comment form), the lines may be the model's comment too.
		commented := out[h].Label == corpus.Comment
		author := bytes.Contains(low, []byte("author"))
		lines := aboutMaxLines
		if author {
			lines = aboutMaxAuthorLines
		}
		j := h + 1
		for ; j < len(out) && j-h <= lines && (commented || out[j].Label != corpus.Comment); j++ {
			t := paras[j].Text
			if author && (fs[j].Words >= 2 && isNameLine(t, &fs[j]) && !strings.Contains(t, "&") || isRoleLine(t, &fs[j]) || isProfileLinks(t, &fs[j])) {
				// "About the author / Ed Cara / Science writer at Gizmodo
				// … / Email Twitter Posts".
				continue
			}
			// A sentence that names the heading's person, or speaks in the
			// first person ("Hi there! I'm Regan." has three words).
			if !(fs[j].Words >= authorBoxMinWords && strings.Contains(t, name) || fs[j].Words >= 3 && hasFirstPerson(t)) {
				break
			}
		}
		if j == h+1 {
			continue
		}
		for k := h; k < j; k++ {
			out[k] = Scored{Label: corpus.Bio, Score: 0.7}
		}
		return
	}
}

// TestAboutBoxMatchesReference compares aboutBox with aboutBoxReference on
// random documents: headings of aboutHeadings in every case, cut short or
// whole, names, first-person sentences, other lines and random bytes, with
// random word counts and labels.
func TestAboutBoxMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 3))
	labels := []corpus.Label{corpus.Body, corpus.Chrome, corpus.Promo, corpus.Bio, corpus.Comment}
	var heads []string
	for _, h := range aboutHeadings {
		heads = append(heads, h, strings.ToUpper(h), strings.ToUpper(h[:1])+h[1:], h[:len(h)-1], h[:2], h[:1])
	}
	pieces := []string{"Moritz", "Bachmann", "Carlos", "I'm Regan", "My name is", "Ich bin ", "Je suis ", " ", "é", "\xc3", "\xff",
		"A", "O", "a", "x", "Ü", "À", "ü", "à", "KIND", "news of the day.", "\u212a"}
	relabelled := 0
	for n := 0; n < 20000; n++ {
		k := 1 + rng.IntN(20)
		paras := make([]corpus.Paragraph, k)
		fs := make([]features.Features, k)
		out := make([]Scored, k)
		for i := range paras {
			var sb strings.Builder
			if rng.IntN(2) == 0 {
				sb.WriteString(heads[rng.IntN(len(heads))])
			}
			for j := rng.IntN(5); j > 0; j-- {
				if rng.IntN(8) == 0 {
					sb.WriteByte(byte(rng.IntN(256)))
				} else {
					sb.WriteString(pieces[rng.IntN(len(pieces))])
				}
			}
			paras[i].Text = sb.String()
			if rng.IntN(10) == 0 {
				paras[i].Text += strings.Repeat("ab ", 30) // past the buffer
			}
			fs[i].Words = rng.IntN(30)
			out[i] = Scored{Label: labels[rng.IntN(len(labels))], Score: rng.Float32()}
		}
		ref := append([]Scored(nil), out...)
		aboutBox(paras, fs, out)
		aboutBoxReference(paras, fs, ref)
		for i := range out {
			if out[i] != ref[i] {
				t.Fatalf("line %d %q (%d words): aboutBox gives %v, the reference %v", i, paras[i].Text, fs[i].Words, out[i], ref[i])
			}
			if out[i].Label == corpus.Bio && out[i].Score == 0.7 {
				relabelled++
			}
		}
	}
	if relabelled < 500 {
		t.Fatalf("only %d lines relabelled: the random documents hardly test the headings", relabelled)
	}
	t.Logf("%d lines relabelled", relabelled)
}

// startsWithTradeReference is startsWithTrade as it was before it found the
// end of a word with wordEnds instead of strings.IndexAny: the reference
// TestStartsWithTradeMatchesReference compares it with.
func startsWithTradeReference(s string) bool {
	var buf [foldMax]byte
	for k := 0; k < 4; k++ {
		s = strings.TrimLeft(s, " ")
		end := strings.IndexAny(s, " ,.;:")
		if end < 0 {
			end = len(s)
		}
		w, ok := foldLine(&buf, s[:end], "")
		if !ok || len(w) == 0 {
			return false
		}
		for _, t := range authorTrades {
			if bytes.HasSuffix(w, []byte(t)) {
				return true
			}
		}
		if authorArticles[string(w)] {
			s = s[end:]
			continue
		}
		return false
	}
	return false
}

// TestStartsWithTradeMatchesReference compares startsWithTrade with
// startsWithTradeReference on random sentences of articles, trades, other
// words, the bytes that end a word and random bytes.
func TestStartsWithTradeMatchesReference(t *testing.T) {
	var pieces []string
	for w := range authorArticles {
		pieces = append(pieces, w, strings.ToUpper(w[:1])+w[1:])
	}
	for _, tr := range authorTrades {
		pieces = append(pieces, "x"+tr, "Wirtschafts"+tr)
	}
	pieces = append(pieces, " ", "  ", ",", ".", ";", ":", "-", "is", "the", "é", "\u00a0", "\t", "\xff", "ist")
	rng := rand.New(rand.NewPCG(8, 13))
	trades := 0
	for n := 0; n < 200000; n++ {
		var sb strings.Builder
		for k := rng.IntN(7); k > 0; k-- {
			if rng.IntN(6) == 0 {
				sb.WriteByte(byte(rng.IntN(256)))
			} else {
				sb.WriteString(pieces[rng.IntN(len(pieces))])
			}
			if rng.IntN(2) == 0 {
				sb.WriteByte(' ')
			}
		}
		s := sb.String()
		got, want := startsWithTrade(s), startsWithTradeReference(s)
		if got != want {
			t.Fatalf("startsWithTrade(%q) = %v, the reference says %v", s, got, want)
		}
		if want {
			trades++
		}
	}
	if trades < 5000 {
		t.Fatalf("only %d trades among the random sentences", trades)
	}
}
