package features

import (
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func defaultExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := DefaultExtractor()
	require.NoError(t, err)
	return x
}

func paras(texts ...string) []corpus.Paragraph {
	ps := make([]corpus.Paragraph, len(texts))
	for i, s := range texts {
		ps[i].Text = s
	}
	return ps
}

// one extracts the features of a single-paragraph document.
func one(t testing.TB, x *Extractor, text string) Features {
	t.Helper()
	fs, _ := x.Document(paras(text), nil, nil)
	require.Len(t, fs, 1)
	return fs[0]
}

const (
	english1 = "The government said on Tuesday that it would not change the rules, which have been in place since 2019."
	english2 = "Officials were asked about the plan and they declined to comment on the details of it."
	german1  = "Die Regierung hat am Dienstag erklärt, dass sie die Regeln nicht ändern wird, die seit 2019 gelten."
	german2  = "Auf die Frage nach dem Plan wollten sich die Beamten nicht zu den Einzelheiten äußern und verwiesen auf das Ministerium."
	french1  = "Le gouvernement a déclaré mardi qu'il ne changerait pas les règles, qui sont en vigueur depuis 2019."
	japanese = "政府は火曜日、二〇一九年から施行されている規則を変更しないと発表した。"
)

func TestDocumentLanguage(t *testing.T) {
	x := defaultExtractor(t)
	langs := x.stop.Languages()
	tests := []struct {
		name  string
		texts []string
		want  string // "" means no language (-1)
	}{
		{"english", []string{english1, english2}, "English"},
		{"german", []string{german1, german2}, "German"},
		{"french", []string{french1}, "French"},
		{"japanese", []string{japanese}, ""},
		{"digits only", []string{"2019 2020 2021", "42"}, ""},
		{"empty paragraph", []string{""}, ""},
		{"no paragraphs", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, lang := x.Document(paras(tt.texts...), nil, nil)
			require.Len(t, fs, len(tt.texts))
			if tt.want == "" {
				assert.Equal(t, -1, lang)
				for _, f := range fs {
					assert.Zero(t, f.Stopwords)
					assert.Zero(t, f.StopDensity)
				}
				return
			}
			require.GreaterOrEqual(t, lang, 0)
			assert.Equal(t, tt.want, langs[lang])
			for i, f := range fs {
				assert.Positive(t, f.Stopwords, "paragraph %d", i)
				assert.InDelta(t, float64(f.Stopwords)/float64(f.Words), f.StopDensity, 1e-12)
			}
		})
	}
}

func TestDocumentCJK(t *testing.T) {
	x := defaultExtractor(t)
	tests := []struct {
		text       string
		cjk, words int
		ends       bool
	}{
		{"日本", 2, 1, false},
		{"日本語", 3, 2, false},
		{"ひらがなカタカナ", 8, 4, false},
		{japanese, 33, 17, true},
		{"人々は〇を書いた", 8, 4, false}, // 々 and 〇 are ideographs, not letters of a word
		{"Tokyo 東京タワー", 5, 1 + 3, false},
		{"ภาษาไทย", 7, 4, false}, // Thai is written without spaces too
		{"한국어 문장", 0, 2, false},  // Hangul uses spaces: ordinary words
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f := one(t, x, tt.text)
			assert.Equal(t, tt.cjk, f.CJK)
			assert.Equal(t, tt.words, f.Words)
			assert.Equal(t, utf8.RuneCountInString(tt.text), f.Runes)
			assert.Equal(t, tt.ends, f.EndsSentence)
		})
	}
	// CJK characters are not tokens: the normalised form has none.
	assert.Equal(t, "\x02 tokyo \x03", Norm("Tokyo 東京タワー"))
}

func TestDocumentCounts(t *testing.T) {
	x := defaultExtractor(t)
	const text = "The quick brown fox jumps over the lazy dog."
	// A second English paragraph makes sure English is the detected language.
	fs, lang := x.Document(paras(text, english1), nil, nil)
	require.Equal(t, "English", x.stop.Languages()[lang])
	f := fs[0]
	assert.Equal(t, 44, f.Runes)
	assert.Equal(t, 9, f.Words)
	assert.Equal(t, 3, f.Stopwords) // the, over, the
	assert.InDelta(t, 3.0/9, f.StopDensity, 1e-12)
	assert.Equal(t, 35, f.Letters)
	assert.Equal(t, 1, f.Upper)
	assert.Equal(t, 1, f.CapWords)
	assert.Zero(t, f.Digits)
	assert.Equal(t, 1, f.Punct)
	assert.Zero(t, f.CJK)
	assert.True(t, f.EndsSentence)

	tests := []struct {
		text                                           string
		words, capWords, upper, digits, letters, punct int
	}{
		{"NASA and the EU met in Brussels", 7, 3, 7, 0, 25, 0},
		{"In 2019, 42 people paid $3.50 each.", 8, 1, 1, 9, 16, 4},
		{"Éric Żółć über Öl", 4, 3, 3, 0, 14, 0},
		{"snake_case and 3rd", 3, 0, 0, 1, 15, 0}, // '_' joins a word and counts as a letter
		{"---", 0, 0, 0, 0, 0, 3},
		{"   ", 0, 0, 0, 0, 0, 0},
		{"", 0, 0, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f := one(t, x, tt.text)
			assert.Equal(t, tt.words, f.Words, "Words")
			assert.Equal(t, tt.capWords, f.CapWords, "CapWords")
			assert.Equal(t, tt.upper, f.Upper, "Upper")
			assert.Equal(t, tt.digits, f.Digits, "Digits")
			assert.Equal(t, tt.letters, f.Letters, "Letters")
			assert.Equal(t, tt.punct, f.Punct, "Punct")
			assert.Equal(t, utf8.RuneCountInString(tt.text), f.Runes, "Runes")
		})
	}
}

func TestDocumentSentenceEnd(t *testing.T) {
	x := defaultExtractor(t)
	tests := []struct {
		text           string
		sentence, colo bool
	}{
		{"It rained.", true, false},
		{"Did it rain?", true, false},
		{"It rained!", true, false},
		{"And then…", true, false},
		{"He said: “It rained.”", true, false},
		{`He said: "It rained."`, true, false},
		{"He said 'it rained.'", true, false},
		{"Il a dit « il pleut. »", true, false},
		{"(It rained.)", true, false},
		{"[It rained.]", true, false},
		{"It rained. ", true, false},
		{"It rained.\n", true, false},
		{"It rained.\u00a0", true, false},
		{"雨が降った。", true, false},
		{"「雨が降った。」", true, false},
		{"（雨が降った。）", true, false},
		{"雨が降った！", true, false},
		{"Read the following:", false, true},
		{"Ingredients : ", false, true},
		{"材料：", false, true},
		{"It rained", false, false},
		{"It rained,", false, false},
		{"“It rained”", false, false},
		{"(see above)", false, false},
		{"Version 2.0", false, false},
		{"", false, false},
		{".", true, false},
		{"”", false, false},
		// Other scripts' full stops; Thai, which marks none, by length.
		{"बारिश हुई।", true, false},
		{"هل أمطرت؟", true, false},
		{"بارش ہوئی۔", true, false},
		{"ฝนตก", false, false},
		{"ศาลสั่งจำคุกคนละ 3 ถึง 5 ปี ไม่รอลงอาญา", false, false},
		{"ศาลสั่งจำคุกคนละ 3 ถึง 5 ปี ไม่รอลงอาญา และให้ร่วมกันชดใช้ค่าเสียหายทางแพ่งแก่รัฐ หลังเจ้าหน้าที่ตรวจยึดไม้สักแปรรูปได้", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f := one(t, x, tt.text)
			assert.Equal(t, tt.sentence, f.EndsSentence, "EndsSentence")
			assert.Equal(t, tt.colo, f.EndsColon, "EndsColon")
		})
	}
}

func TestDocumentPatterns(t *testing.T) {
	x := defaultExtractor(t)
	type flags struct{ url, email, handle, time bool }
	tests := []struct {
		text string
		want flags
	}{
		{"See https://example.org/a/b for details", flags{url: true}},
		{"http://localhost:8080", flags{url: true}},
		{"Visit www.example.com today", flags{url: true}},
		{"example.net", flags{url: true}},
		{"Read it on example.org.", flags{url: true}},
		{"Write to jane.doe@example.com", flags{url: true, email: true}},
		{"Contact: press@winnow", flags{email: true}},
		{"Follow @winnowhq on X", flags{handle: true}},
		{"@jane_doe", flags{handle: true}},
		{"(@jane) said so", flags{handle: true}},
		{"Meet me @ noon", flags{}},
		{"Email me @", flags{}},
		{"It happened at 4:47 pm.", flags{time: true}},
		{"Updated 10:07 GMT", flags{time: true}},
		{"Doors open at 9:00", flags{time: true}},
		{"Kickoff 20:45 Uhr", flags{time: true}},
		{"Mix in a 3:1 ratio.", flags{}},
		{"They won 2:0.", flags{}},
		{"Score: 3:100", flags{}},
		{"At 4:75 nothing happened", flags{}},
		{"Note: 47 people came", flags{}},
		{"At 4: 47 people came", flags{}},
		{"The plan worked.", flags{}},
		{"He studied e-commerce and networking.", flags{}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f := one(t, x, tt.text)
			got := flags{url: f.HasURL, email: f.HasEmail, handle: f.HasHandle, time: f.HasTime}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDocumentPosition(t *testing.T) {
	x := defaultExtractor(t)
	tests := []struct {
		n    int
		want []float64
	}{
		{1, []float64{0}},
		{2, []float64{0, 1}},
		{3, []float64{0, 0.5, 1}},
		{5, []float64{0, 0.25, 0.5, 0.75, 1}},
	}
	for _, tt := range tests {
		texts := make([]string, tt.n)
		for i := range texts {
			texts[i] = "Paragraph."
		}
		fs, _ := x.Document(paras(texts...), nil, nil)
		require.Len(t, fs, tt.n)
		for i, f := range fs {
			assert.InDelta(t, tt.want[i], f.Position, 1e-12, "n=%d i=%d", tt.n, i)
		}
	}
}

func TestDocumentAppendAndScratch(t *testing.T) {
	x := defaultExtractor(t)
	docA := paras(english1, "Leave a Reply", english2)
	docB := paras(german1, german2)

	wantA, langA := x.Document(docA, nil, nil)
	wantB, langB := x.Document(docB, nil, nil)
	require.NotEqual(t, langA, langB)

	// One scratch reused across documents gives the same results.
	var sc Scratch
	for range 3 {
		gotB, lang := x.Document(docB, nil, &sc)
		assert.Equal(t, wantB, gotB)
		assert.Equal(t, langB, lang)
		gotA, lang := x.Document(docA, nil, &sc)
		assert.Equal(t, wantA, gotA)
		assert.Equal(t, langA, lang)
	}

	// Document appends to dst and leaves earlier entries alone.
	dst, _ := x.Document(docA, nil, &sc)
	dst, lang := x.Document(docB, dst, &sc)
	assert.Equal(t, langB, lang)
	require.Len(t, dst, len(docA)+len(docB))
	assert.Equal(t, wantA, dst[:len(docA)])
	assert.Equal(t, wantB, dst[len(docA):])
}

func TestExtractorConcurrent(t *testing.T) {
	x := defaultExtractor(t)
	doc := paras(english1, "Subscribe to our newsletter", english2, "© 2020 Foo. All rights reserved.")
	want, wantLang := x.Document(doc, nil, nil)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			var sc Scratch
			var dst []Features
			for range 50 {
				var lang int
				dst, lang = x.Document(doc, dst[:0], &sc)
				if !assert.Equal(t, want, dst) || !assert.Equal(t, wantLang, lang) {
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestNorm(t *testing.T) {
	tests := []struct{ text, want string }{
		{"", ""},
		{"Hello, World!", "hello world"},
		{"  Leave   a\tReply\n", "leave a reply"},
		{"Don't stop", "don t stop"},
		{"Don’t stop", "don t stop"},
		{"'quoted' words", "quoted words"},
		{"© 2020 Foo. All rights reserved.", "© 2020 foo all rights reserved"},
		{"Copyright©2020", "copyright © 2020"},
		{"e-mail: a.b@x.org", "e mail a b x org"},
		{"ÜBER Straße", "über straße"},
		{"snake_case 3rd", "snake_case 3rd"},
		{"東京 Tower", "tower"},
		{"\x02\x03 ctrl", "ctrl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			want := "\x02 " + tt.want + " \x03"
			if tt.want == "" {
				want = "\x02 \x03"
			}
			assert.Equal(t, want, Norm(tt.text))
		})
	}
}

// checkInvariants asserts what must hold for any input.
func checkInvariants(t *testing.T, x *Extractor, ps []corpus.Paragraph, fs []Features, lang int) {
	t.Helper()
	require.Len(t, fs, len(ps))
	require.GreaterOrEqual(t, lang, -1)
	require.Less(t, lang, len(x.stop.Languages()))
	for i, f := range fs {
		text := ps[i].Text
		require.Equal(t, utf8.RuneCountInString(text), f.Runes, "Runes of %q", text)
		require.GreaterOrEqual(t, f.Words, 0)
		require.GreaterOrEqual(t, f.Stopwords, 0)
		require.LessOrEqual(t, f.Stopwords, f.Words)
		require.False(t, math.IsNaN(f.StopDensity))
		require.GreaterOrEqual(t, f.StopDensity, 0.0)
		require.LessOrEqual(t, f.StopDensity, 1.0)
		if lang < 0 {
			require.Zero(t, f.Stopwords)
		}
		require.GreaterOrEqual(t, f.Position, 0.0)
		require.LessOrEqual(t, f.Position, 1.0)
		require.LessOrEqual(t, f.CJK, f.Letters)
		require.LessOrEqual(t, f.Upper, f.Letters)
		require.LessOrEqual(t, f.CapWords, f.Words)
		require.LessOrEqual(t, f.Letters+f.Digits+f.Punct, f.Runes)
		require.False(t, f.EndsSentence && f.EndsColon)
		require.False(t, f.Cues[corpus.Body])
		n := Norm(text)
		require.True(t, strings.HasPrefix(n, "\x02 ") && strings.HasSuffix(n, " \x03"), "Norm(%q) = %q", text, n)
		require.NotContains(t, n, "  ")
		require.NotContains(t, n[1:len(n)-1], "\x02")
		require.NotContains(t, n[1:len(n)-1], "\x03")
	}
}

func FuzzDocument(f *testing.F) {
	for _, s := range []string{
		"", "\n", english1 + "\n" + english2, german1, japanese, "Leave a Reply\n© 2020 Foo. All rights reserved.",
		"at 4:47 pm\n3:1\n1:", "@\n@a\na@\na@b", "http://\nwww.x.com\n.com", "“It rained.”\n（完了。）\n」",
		"Don't\n’’\n'", "\xff\xfe\xc3", "日本語 and English", strings.Repeat("word ", 40),
	} {
		f.Add(s)
	}
	x := defaultExtractor(f)
	f.Fuzz(func(t *testing.T, s string) {
		ps := paras(strings.Split(s, "\n")...)
		var sc Scratch
		fs, lang := x.Document(ps, nil, &sc)
		checkInvariants(t, x, ps, fs, lang)
		// A reused scratch gives the same answer.
		again, lang2 := x.Document(ps, nil, &sc)
		require.Equal(t, fs, again)
		require.Equal(t, lang, lang2)
	})
}

// benchText is ~64 KB of lines resembling a news page: body text in several
// languages, bylines, furniture and promotion.
func benchText() []corpus.Paragraph {
	lines := []string{
		"Breaking: Council approves new budget",
		"By Jane Doe, Staff Writer",
		"Updated 10:07 GMT, 12 March 2024",
		english1,
		english2,
		"The proposal, first published in January, would raise spending on schools by 4.5% and cut administrative costs across all departments.",
		"“We are not going to change course now,” the mayor told reporters outside City Hall on Monday evening.",
		german1,
		german2,
		french1,
		japanese,
		"Share on Facebook",
		"Subscribe to our newsletter for the latest updates delivered to your inbox.",
		"Related Articles",
		"Follow @winnowhq or write to press@example.com; more at https://example.com/news.",
		"Leave a Reply",
		"Your email address will not be published. Required fields are marked *",
		"© 2024 Example Media. All rights reserved.",
	}
	var ps []corpus.Paragraph
	size := 0
	for size < 64<<10 {
		for _, l := range lines {
			ps = append(ps, corpus.Paragraph{Text: l})
			size += len(l)
		}
	}
	return ps
}

func BenchmarkDocument(b *testing.B) {
	x := defaultExtractor(b)
	ps := benchText()
	n := 0
	for _, p := range ps {
		n += len(p.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var sc Scratch
	var dst []Features
	for b.Loop() {
		dst, _ = x.Document(ps, dst[:0], &sc)
	}
	if len(dst) != len(ps) {
		b.Fatalf("got %d features for %d paragraphs", len(dst), len(ps))
	}
}

// TestCountLanguages compares countLanguages with counting the masks' bits
// one by one, for up to 32 languages (its unrolled loop) and up to 64,
// around the 255 masks after which it empties its counters.
func TestCountLanguages(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, nlangs := range []int{0, 1, 8, 26, 32, 33, 64} {
		for _, n := range []int{0, 1, 254, 255, 256, 510, 511, 2000} {
			masks := make([]uint64, n)
			for i := range masks {
				if nlangs > 0 {
					masks[i] = rng.Uint64() & (1<<uint(nlangs) - 1)
					if nlangs == 64 {
						masks[i] = rng.Uint64()
					}
				}
				if i%7 == 0 && nlangs > 0 {
					masks[i] = 1<<uint(nlangs) - 1 | 1<<uint(nlangs-1) // every language
				}
			}
			var got, want [MaxLanguages]int
			got[0], want[0] = 5, 5 // added to, not overwritten
			countLanguages(&got, masks, nlangs)
			for _, m := range masks {
				for b := 0; b < 64; b++ {
					want[b] += int(m >> uint(b) & 1)
				}
			}
			if got != want {
				t.Fatalf("%d languages, %d masks: got %v, want %v", nlangs, n, got, want)
			}
		}
	}
}

// TestCombiningMarksStayInWords: a combining mark belongs to its letter's
// word (Devanagari's vowel signs, a decomposed accent), so Hindi and
// decomposed text count their words as they are written.
func TestCombiningMarksStayInWords(t *testing.T) {
	x, err := DefaultExtractor()
	require.NoError(t, err)
	for _, tc := range []struct {
		text  string
		words int
	}{
		{"उदयपुर की सवीना कृषि उपज मंडी", 6},
		{"cafe\u0301 au lait", 3},
		{"שָׁלוֹם עוֹלָם", 2},
		{"من می\u200cخواهم بروم", 3},
	} {
		fs, _ := x.Document([]corpus.Paragraph{{Text: tc.text}}, nil, nil)
		assert.Equal(t, tc.words, fs[0].Words, "%q", tc.text)
	}
}
