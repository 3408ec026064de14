package features

import (
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// Former code of the function changed in profiling round 11
// (docs/throughput.md), and tests that compare the new code with it.

// paragraphRound10 is paragraph as it was before round 11, which added
// the model's words (Scratch.Words), kept here as it was.
func (e *Extractor) paragraphRound10(text string, f *Features, sc *Scratch) {
	norm := append(sc.norm[:0], '\x02', ' ')
	cands := sc.cands[:0]
	cjk := 0
	inWord := false
	start := 0 // of the current word in norm, while inWord
	prevDigit, prevColon := false, false
	var last rune
	// A word is written, lower-cased, straight into norm (nothing else is
	// written to norm while a word is being read).
	endWord := func() {
		if !inWord {
			return
		}
		inWord = false
		f.Words++
		ent := e.words.lookup(norm[start:])
		if e.stop.words != nil {
			// Only stop words are kept (tokens of no stop list count
			// for nothing): about half the tokens of prose, and 8 bytes
			// each for a whole document.
			if ent != nil && ent.stop != 0 {
				sc.masks = append(sc.masks, ent.stop) // e.stop.Mask(word)
			}
		}
		if ent != nil && ent.cueEnd > ent.cueStart {
			cands = append(cands, cueCandidate{at: start - 1, ent: ent})
		}
		norm = append(norm, ' ')
	}
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			// The commonest byte that is not a letter, in short: it
			// ends a word, is a space (last is unchanged) and no
			// punctuation, digit or colon.
			f.Runes++
			endWord()
			prevColon, prevDigit = false, false
			i++
			continue
		}
		r, size := rune(text[i]), 1
		var cls uint8
		if r < utf8.RuneSelf {
			cls = asciiClass[r]
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			cls = runeClass(r)
		}
		f.Runes++
		switch {
		case cls&cCJK != 0:
			endWord()
			cjk++
			f.Letters++
		case cls&(cLetter|cDigit) != 0 || r == '_' || (r == '\'' && inWord) || r == '’' && inWord:
			if r == '\'' || r == '’' {
				// apostrophes split words for matching ("don t") like \w does
				endWord()
				break
			}
			if !inWord {
				inWord = true
				start = len(norm)
				if cls&cUpper != 0 {
					f.CapWords++
				}
			}
			if cls&cDigit != 0 {
				f.Digits++
				if prevColon && isMinutes(text[i:]) {
					f.HasTime = true
				}
			} else {
				f.Letters++
				if cls&cUpper != 0 {
					f.Upper++
				}
			}
			if r < utf8.RuneSelf {
				norm = append(norm, asciiLower[r])
				// The rest of a run of lower-case ASCII letters (most of
				// the bytes of Latin-script text) needs no class look-up:
				// each byte is a rune and a letter, not upper case, not a
				// digit or a space. The run is counted and copied at once,
				// and the code after the switch sees its last letter.
				j := i + 1
				for j < len(text) && text[j]-'a' < 26 {
					j++
				}
				if run := j - i - 1; run > 0 {
					norm = append(norm, text[i+1:j]...)
					f.Runes += run
					f.Letters += run
					r, cls = rune(text[j-1]), asciiClass[text[j-1]]
					size += run
				}
			} else {
				norm = utf8.AppendRune(norm, toLower(r))
			}
		default:
			endWord()
			if cls&cPunctOrSymbol != 0 {
				f.Punct++
			}
			switch r {
			case '|', '•', '·':
				f.Separators++
			case '@':
				if i+1 < len(text) && isWordByte(text[i+1]) {
					if i > 0 && isWordByte(text[i-1]) {
						f.HasEmail = true
					} else {
						f.HasHandle = true
					}
				}
			case '©':
				if e.copyright != nil {
					cands = append(cands, cueCandidate{at: len(norm) - 1, ent: e.copyright})
				}
				norm = append(norm, "© "...)
			case '/':
				if i >= 1 && text[i-1] == ':' && i+1 < len(text) && text[i+1] == '/' {
					f.HasURL = true
				}
			case '.':
				if i+3 < len(text) && (text[i+1:i+4] == "com" || text[i+1:i+4] == "org" || text[i+1:i+4] == "net") {
					f.HasURL = true
				}
			}
		}
		prevColon = r == ':' && prevDigit
		prevDigit = cls&cDigit != 0
		if cls&cSpace == 0 {
			last = r
		}
		i += size
	}
	endWord()
	f.Words += (cjk + 1) / 2
	f.CJK = cjk
	norm = append(norm, '\x03')
	sc.norm, sc.cands = norm, cands
	switch last {
	case ':', '：':
		f.EndsColon = true
	default:
		f.EndsSentence = endsSentence(text)
	}
	f.Cues = e.matchCues(norm, cands, f.Words)
}

// round11Pieces are the pieces random paragraphs are made of: words with
// digits of several scripts, underscores, apostrophes, letters of two-
// and three-byte UTF-8, scripts written without spaces, cues, symbols,
// invalid UTF-8.
var round11Pieces = []string{
	"the", "The", "THE", "of", "and", "news", "January", "2019", "4:47", "10:07", "3rd", "a1b2", "x_y", "_", "__init__",
	"snake_case_word", "don't", "it’s", "l'homme", "'", "’", "École", "straße", "İstanbul", "Kelvin\u212a", "Ωμέγα",
	"Москва", "٢٠٢٠", "१२", "๑๒", "ภาษาไทย", "東京", "政府は", "カタカナ", "ㄅㄆ", "䷀䷁", "〆", "한국어", "e\u0301", "©", "©2026",
	"|", "•", "·", "—", "…", "“quoted”", "@handle", "news@example.com", "https://example.com/a_b", "x.com", "\xff",
	"\xe2\x80", "ab\xffcd", "\u00a0", "€5", "½", "Leave", "a", "Reply", "Subscribe", "to", "our", "newsletter", "By",
	"Jane", "Doe", "Share", "this:", "Read", "more:", "der", "die", "und", "le", "la", "el", ".", "!", "?", ":",
	strings.Repeat("long", 9),
}

func randomRound11Paragraph(rng *rand.Rand) string {
	var b strings.Builder
	for k := rng.IntN(70); k >= 0; k-- {
		b.WriteString(round11Pieces[rng.IntN(len(round11Pieces))])
		if rng.IntN(5) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// round11Docs are documents for the comparisons: random ones, the
// reference inputs, and the article-extraction pages when shared/ is
// beside the repository.
func round11Docs(t testing.TB) [][]corpus.Paragraph {
	rng := rand.New(rand.NewPCG(11, 3))
	var docs [][]corpus.Paragraph
	for iter := 0; iter < 3000; iter++ {
		paras := make([]corpus.Paragraph, 1+rng.IntN(30))
		for i := range paras {
			paras[i].Text = randomRound11Paragraph(rng)
		}
		docs = append(docs, paras)
	}
	var ref []corpus.Paragraph
	for _, text := range referenceInputs {
		ref = append(ref, corpus.Paragraph{Text: text})
	}
	return append(append(docs, ref), referencePages(t)...)
}

// TestParagraphMatchesRound10 compares paragraph, with the model's words
// kept and without, with its former code: the features, the cue-matching
// form, the stop words' masks and the cue candidates, paragraph by
// paragraph.
func TestParagraphMatchesRound10(t *testing.T) {
	x, err := DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var old, plain, kept Scratch
	kept.Words = &Words{Max: 40}
	n := 0
	for _, paras := range round11Docs(t) {
		kept.Words.First = append(kept.Words.First[:0], 0)
		for _, p := range paras {
			var fo, fp, fk Features
			old.masks, plain.masks, kept.masks = old.masks[:0], plain.masks[:0], kept.masks[:0]
			x.paragraphRound10(p.Text, &fo, &old)
			x.paragraph(p.Text, &fp, &plain)
			x.paragraph(p.Text, &fk, &kept)
			kept.Words.First = append(kept.Words.First, int32(len(kept.Words.End)))
			for _, sc := range []*Scratch{&plain, &kept} {
				if string(sc.norm) != string(old.norm) || !slices.Equal(sc.masks, old.masks) || !slices.Equal(sc.cands, old.cands) {
					t.Fatalf("%q: norm %q masks %v, want %q %v", p.Text, sc.norm, sc.masks, old.norm, old.masks)
				}
			}
			if fp != fo || fk != fo {
				t.Fatalf("%q: features %+v and %+v, want %+v", p.Text, fp, fk, fo)
			}
			n++
		}
	}
	t.Logf("%d paragraphs", n)
}

// TestAppendFolded checks the folding of the words with digits and
// underscores.
func TestAppendFolded(t *testing.T) {
	for _, c := range []struct {
		w    string
		max  int
		want []string
	}{
		{"2019", 40, []string{"0000"}},
		{"a1b2", 40, []string{"a0b0"}},
		{"x_y", 40, []string{"x", "y"}},
		{"__init__", 40, []string{"init"}},
		{"_", 40, nil},
		{"a_b_c", 2, []string{"a", "b"}},
		{"٢٠٢٠x", 40, []string{"0000x"}},
		{"é_१२", 40, []string{"é", "00"}},
	} {
		buf, end, n := appendFolded(nil, nil, []byte(c.w), 0, c.max)
		var got []string
		start := int32(0)
		for _, e := range end {
			got = append(got, string(buf[start:e]))
			start = e
		}
		if n != len(got) || !slices.Equal(got, c.want) {
			t.Errorf("appendFolded(%q) = %q (%d), want %q", c.w, got, n, c.want)
		}
	}
}

// TestParagraphTiming times paragraph, without and with the model's words,
// against its former code, in alternated passes over the article-extraction
// pages in one process (so that the three see the same load), and reports
// the median ratios. It runs with WINNOW_TIMING=1.
func TestParagraphTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("WINNOW_TIMING not set")
	}
	docs := referencePages(t)
	if docs == nil {
		t.Skip("no pages")
	}
	x, err := DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var sc Scratch
	words := &Words{Max: 40}
	pass := func(which int) time.Duration {
		t0 := time.Now()
		for _, paras := range docs {
			sc.masks = sc.masks[:0]
			words.Buf, words.End = words.Buf[:0], words.End[:0]
			words.First = append(words.First[:0], 0)
			for _, p := range paras {
				var f Features
				switch which {
				case 0:
					x.paragraphRound10(p.Text, &f, &sc)
				case 1:
					sc.Words = nil
					x.paragraph(p.Text, &f, &sc)
				case 2:
					sc.Words = words
					x.paragraph(p.Text, &f, &sc)
					words.First = append(words.First, int32(len(words.End)))
				}
			}
		}
		return time.Since(t0)
	}
	var plain, kept []float64
	var told []time.Duration
	for k := 0; k < 31; k++ {
		o := pass(0)
		p := pass(1)
		w := pass(2)
		told = append(told, o)
		plain = append(plain, float64(p)/float64(o))
		kept = append(kept, float64(w)/float64(o))
	}
	q := func(r []float64) string {
		sort.Float64s(r)
		return strings.Join([]string{ftoa(r[len(r)/4]), ftoa(r[len(r)/2]), ftoa(r[3*len(r)/4])}, " / ")
	}
	slices.Sort(told)
	t.Logf("former code %v a pass (median); new/former, quartiles: without words %s, with words %s", told[len(told)/2], q(plain), q(kept))
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }
