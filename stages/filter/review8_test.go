package filter

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/htmlsplit"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

// Review 8 of the headline split (commits 1249d03, fc57190).

const review8Prose = "body|The storm closed every school in the county on Monday, and officials said the buildings would stay shut until the roads were cleared."

// TestReview8HeadlineSiteNameIsNoHeadline: the search above the first body
// paragraph takes the nearest line that repeats the page's title by
// titleShare/titleCover and is headline-shaped. A three- or four-word site
// name ("Los Angeles Times", "The New York Times") covers half of a title
// "Short Headline - Site" and is headline-shaped, so the masthead or the
// source line under a byline becomes the record's title. titleRepeat in
// stages/classify guards against exactly this (a repeat must have fewer
// words than the title, or the title at least titleMinWhole words); Headline
// has no such guard. The same holds when the site name is the first body
// paragraph: any first body paragraph whose tokens are all in the title
// "repeats" it, whatever its length or shape.
func TestReview8HeadlineSiteNameIsNoHeadline(t *testing.T) {
	tests := []struct {
		name      string
		paras     []corpus.Paragraph
		pageTitle string
		wantH     int
		wantTitle string // the Title Keep should write ("" for none)
	}{
		{
			"dump: source line under the byline (NYT)",
			paras("chrome|Storm Closes Schools - The New York Times", "chrome|Storm Closes Schools", "bio|By Jane Roe",
				"chrome|The New York Times", "chrome|May 12, 2024", review8Prose, review8Prose),
			"", 1, "Storm Closes Schools",
		},
		{
			"dump: masthead, no headline line (LA Times)",
			paras("chrome|Storm Closes Schools - Los Angeles Times", "chrome|Los Angeles Times", "chrome|Home News Sport",
				review8Prose, review8Prose),
			"", -1, "",
		},
		{
			"HTML: masthead paragraph, og:title",
			paras("chrome|Los Angeles Times", review8Prose, review8Prose),
			"Storm Closes Schools - Los Angeles Times", -1, "",
		},
		{
			"first body paragraph is the site name",
			paras("chrome|Storm Closes Schools - Los Angeles Times", "body|Los Angeles Times", "body|Storm Closes Schools",
				review8Prose),
			"", 2, "Storm Closes Schools",
		},
		{
			"first body paragraph is a one-word kicker",
			paras("chrome|Storm Closes Schools | Daily Post", "body|Schools", "body|Storm Closes Schools", review8Prose),
			"", 2, "Storm Closes Schools",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, _ := Headline(tt.paras, tt.pageTitle)
			assert.Equal(t, tt.wantH, h, "headline index")
			d := &corpus.Document{Paragraphs: tt.paras, Meta: map[string]string{"title": tt.pageTitle}}
			require.NoError(t, Keep{Labels: corpus.NewLabelSet(corpus.Body)}.Process(context.Background(), d))
			assert.Equal(t, tt.wantTitle, d.Title, "record title")
		})
	}
}

// TestReview8HeadlineNotHeadlines: first body paragraphs that are headline-
// shaped by headlineShaped's rules but are no headline: a dateline and a
// byline the classifier left in body (the taxonomy calls them chrome and
// bio; the model's datedLines pass only moves dated lines with p(body) <
// 0.3, and the rules classifier and HTML never), a Chinese byline or
// two-character kicker (CJK text has no minimum length: any line of up to
// 64 characters without final punctuation is a headline), two words around
// a separator ("News › Politics": the "›" counts as the third word, so
// minHeadlineWords lets it through), and a short h2/h3 section
// heading ("Key points") with no title evidence at all. Each becomes the
// record's title and leaves the clean text.
func TestReview8HeadlineNotHeadlines(t *testing.T) {
	h2 := func(ps []corpus.Paragraph, tag string) []corpus.Paragraph {
		for i := range ps {
			ps[i].Structure = &corpus.Structure{Tag: "p"}
		}
		ps[0].Structure.Tag = tag
		return ps
	}
	tests := []struct {
		name      string
		paras     []corpus.Paragraph
		pageTitle string
	}{
		{"a date", paras("body|May 12, 2024", review8Prose), ""},
		{"a date with a weekday", paras("body|Monday, 12 May 2024", review8Prose), ""},
		{"a byline", paras("body|By Jane Roe, Staff Writer", review8Prose), ""},
		{"a byline with two names", paras("body|By Jane Roe and John Doe", review8Prose), ""},
		{"a breadcrumb of two sections (the separator counts as a word)", paras("body|News › Politics", review8Prose), ""},
		{"two words around a dash", paras("body|Sport – Football", review8Prose), ""},
		{"a Chinese byline", paras("body|本报记者 郑浩", "body|"+strings.Repeat("记者从市住建局获悉，今年全市计划为老旧小区加装电梯。", 3)), ""},
		{"a two-character Chinese kicker (no minimum for CJK)", paras("body|视频", "body|"+strings.Repeat("记者从市住建局获悉，今年全市计划为老旧小区加装电梯。", 3)), ""},
		{"an h2 section heading, the title says otherwise", h2(paras("body|Key points", review8Prose), "h2"), "Council Approves New Bridge | Daily Post"},
		{"a one-word h3", h2(paras("body|Advertisement", review8Prose), "h3"), "Council Approves New Bridge | Daily Post"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, end := Headline(tt.paras, tt.pageTitle)
			assert.Equal(t, -1, h, "headline")
			assert.Equal(t, -1, end, "end")
		})
	}
}

// TestReview8HeadlineShapeMisses: real headlines that headlineShaped
// rejects, and that have no title evidence (an extract, or JSONL input
// without a title), so they stay in the clean text.
//   - "(VIDEO)", "(PHOTOS)", "[Updated]" tags: creditTail takes any closing
//     parenthesis of one to three words for a photo credit, and a final ']'
//     is always a credit.
//   - French typography puts a space before ':' — the lone ":" counts as a
//     figure (numeric stays true for ',', '.', ':'), so "JO 2024 : les 10
//     moments forts" is "a row of figures"; and any three numbers make a
//     row of figures ("Paris 2024: 10 things to know before the 26 July
//     opening"), though a row of figures also has few words.
//   - a headline ending with "U.S." ends with a full stop.
//   - Russian "млрд." (an abbreviation) before a lower-case word: the
//     sentence test reads text[i+1] as a rune, a UTF-8 lead byte (0xD1 →
//     'Ñ'), which unicode.IsUpper calls upper case; every Cyrillic and
//     accented Latin letter is "upper case" there.
//   - Thai: an ordinary 67-character headline is over the 64-character cap
//     of unspaced scripts (Thai's vowel and tone marks are characters of
//     their own; the cap was set for Chinese and Japanese).
func TestReview8HeadlineShapeMisses(t *testing.T) {
	tests := []struct {
		name, headline string
	}{
		{"a (VIDEO) tag", "Man arrested after police chase on the motorway (VIDEO)"},
		{"a (PHOTOS) tag", "Thousands line the streets for the carnival parade (PHOTOS)"},
		{"an [Updated] tag", "Apple releases iOS 17.1 with battery fixes [Updated]"},
		{"French spaced colon", "JO 2024 : les 10 moments forts de la cérémonie"},
		{"three numbers", "Paris 2024: 10 things to know before the 26 July opening"},
		{"ends with U.S.", "Chinese balloon spotted over the U.S."},
		{"Russian abbreviation", "Дефицит бюджета составил 2 млрд. рублей за квартал"},
		{"Thai", "นายกรัฐมนตรีประกาศมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วม"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := paras("body|"+tt.headline, review8Prose)
			h, end := Headline(ps, "")
			assert.Equal(t, 0, h, "headline")
			assert.Equal(t, 1, end, "end")
		})
	}
}

// TestReview8HeadlineShapeFine pins shapes checked and found right.
func TestReview8HeadlineShapeFine(t *testing.T) {
	tests := []struct {
		name      string
		paras     []corpus.Paragraph
		pageTitle string
		h, end    int
	}{
		{"all caps", paras("body|COUNCIL APPROVES NEW BRIDGE", review8Prose), "", 0, 1},
		{"all caps against a mixed-case title", paras("body|COUNCIL APPROVES THE BRIDGE. WORK STARTS IN MAY.", review8Prose), "Council approves the bridge. Work starts in May", 0, 1},
		{"Korean", paras("body|서울시, 노후 아파트 재건축 규제 완화", review8Prose), "", 0, 1},
		{"Korean title repeat with other particles", paras("chrome|서울시가 노후 아파트 재건축 규제를 완화했다 - 연합뉴스", "body|서울시, 노후 아파트 재건축 규제 완화했다.", review8Prose), "", 1, 2},
		{"Japanese", paras("body|東京都、新たな感染対策を発表", review8Prose), "", 0, 1},
		{"invalid UTF-8 in the headline", paras("body|Council \xff\xfe Approves New Bridge", review8Prose), "", 0, 1},
		{"invalid UTF-8 title", paras("body|Council Approves New Bridge", review8Prose), "\xffCouncil\xfe Approves New Bridge", 0, 1},
		{"a question", paras("body|Will the council approve the new bridge?", review8Prose), "", 0, 1},
		{"a teaser list: only the first leaves", paras("body|Council Approves New Bridge", "body|Mayor Resigns After Scandal", review8Prose), "", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, end := Headline(tt.paras, tt.pageTitle)
			assert.Equal(t, tt.h, h, "headline")
			assert.Equal(t, tt.end, end, "end")
		})
	}
}

// TestReview8TokenizerCollision: the tokenizer hashes a Han, kana, Thai or
// Hangul character as the FNV-1a of its code point's bytes, low byte first
// (mixRune), and a run of letters as the same FNV-1a over one byte per
// ASCII letter, with no marker between the kinds. U+6E6F 湯 is the bytes
// 0x6F 0x6E, which is the word "on"; 潮 (U+6F6E) is "no"; 景 (U+666F) is
// "of"; every Han character U+61xx–U+7Axx whose low byte is a lower-case
// letter or a digit is a two-character Latin word. A Japanese title with 湯
// "contains" the English "on".
func TestReview8TokenizerCollision(t *testing.T) {
	tests := []struct{ han, word string }{
		{"湯", "on"},
		{"潮", "no"},
		{"景", "of"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			a := appendTitleTokens(nil, tt.han)
			b := appendTitleTokens(nil, tt.word)
			require.Len(t, a, 1)
			require.Len(t, b, 1)
			assert.NotEqual(t, a[0], b[0], "%s and %q hash alike", tt.han, tt.word)
			var tk titleTokens
			tk.set(tt.han + tt.han) // two tokens: a title Headline reads
			assert.False(t, tk.repeated(tt.word), "%q repeats the title %s", tt.word, tt.han)
		})
	}
}

// TestReview8TokenizerFine pins tokenisation checked and found right.
func TestReview8TokenizerFine(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"Council Approves New Bridge | Daily Post", 6},
		{"标题_频道_网站", 6},
		{"Zürich's café", 3}, // ' is a separator
		{"\xff\xfe", 0},
		{"a\xffb", 2},
		{"서울시 재건축", 6},
		{"", 0},
	}
	for _, tt := range tests {
		assert.Len(t, appendTitleTokens(nil, tt.s), tt.want, "%q", tt.s)
	}
	assert.Len(t, appendTitleTokens(nil, strings.Repeat("word ", 100)), maxTitleTokens)
	// case-insensitive beyond ASCII
	assert.Equal(t, appendTitleTokens(nil, "ZÜRICH"), appendTitleTokens(nil, "zürich"))
}

// TestReview8HeadlineLongLinesAbove: the search above the first body
// paragraph runs titleMatch over up to titleLookback paragraphs whatever
// their length, and only then checks headlineShaped (which rejects anything
// over maxHeadlineRunes). Fifty 1 MB chrome paragraphs (a minified script
// or a data blob left in a dump) cost 50 MB of hashing with up to 64
// comparisons per token, for lines that can never be the headline. The
// first body paragraph's own check is bounded (maxHeadlineRunes*4 bytes).
func TestReview8HeadlineLongLinesAbove(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	blob := "chrome|" + strings.Repeat("lorem ipsum dolor sit amet consectetur ", 1<<20/40)
	lines := []string{"chrome|Storm Closes Schools Across The County In Pictures | Daily Post"}
	for i := 0; i < titleLookback; i++ {
		lines = append(lines, blob)
	}
	lines = append(lines, review8Prose, review8Prose)
	ps := paras(lines...)
	start := time.Now()
	h, _ := Headline(ps, "")
	took := time.Since(start)
	assert.Equal(t, -1, h)
	// The same document with short lines above takes microseconds; a line
	// that cannot be a headline should cost no more than its length check.
	assert.Less(t, took, 20*time.Millisecond, "Headline took %v on 50 long lines above the body", took)
}

// TestReview8HeadlineLinear pins the cost on documents of many paragraphs:
// linear (checked; fine).
func TestReview8HeadlineLinear(t *testing.T) {
	lines := []string{"chrome|Storm Closes Schools | Daily Post"}
	for i := 0; i < 100000; i++ {
		lines = append(lines, "chrome|Home News Sport")
	}
	lines = append(lines, "body|Storm Closes Schools")
	for i := 0; i < 100000; i++ {
		lines = append(lines, "body|storm closes schools")
	}
	lines = append(lines, review8Prose)
	ps := paras(lines...)
	start := time.Now()
	h, end := Headline(ps, "")
	assert.Less(t, time.Since(start), time.Second)
	assert.Equal(t, 100001, h)
	assert.Equal(t, 200002, end)
	d := &corpus.Document{Paragraphs: ps}
	require.NoError(t, Keep{Labels: corpus.NewLabelSet(corpus.Body)}.Process(context.Background(), d))
	assert.Equal(t, strings.TrimPrefix(review8Prose, "body|"), d.Clean)
	assert.Equal(t, "Storm Closes Schools", d.Title)
}

// TestReview8KeepTitle: Keep and the title.
//   - With --keep body,chrome and a headline found above the body (the
//     title's repeat, labelled chrome), Title is that line and Clean keeps
//     it too: the record has the headline twice, though Keep's doc says the
//     headline goes to Title "instead of Clean".
//   - A document with no paragraphs is dropped with its former Title left
//     (d.Title = "" comes after the empty check).
//   - Keep's doc: the headline goes to Title "with any word-for-word repeat
//     of it"; only the repeats before the next other body paragraph go
//     (Headline's doc says so), a later repeat stays in Clean.
func TestReview8KeepTitle(t *testing.T) {
	t.Run("keep body and chrome: the headline in Title and Clean", func(t *testing.T) {
		ps := paras("chrome|Council Approves New Bridge | Daily Post", "chrome|Council Approves New Bridge", review8Prose, review8Prose)
		d := &corpus.Document{Paragraphs: ps}
		require.NoError(t, Keep{Labels: corpus.NewLabelSet(corpus.Body, corpus.Chrome)}.Process(context.Background(), d))
		require.Equal(t, "Council Approves New Bridge", d.Title)
		for _, p := range strings.Split(d.Clean, "\n\n") {
			assert.NotEqual(t, d.Title, p, "the title is also in the clean text")
		}
	})
	t.Run("no paragraphs: Title reset", func(t *testing.T) {
		d := &corpus.Document{Title: "stale"}
		err := Keep{Labels: corpus.NewLabelSet(corpus.Body)}.Process(context.Background(), d)
		require.Error(t, err)
		assert.Empty(t, d.Title)
	})
	t.Run("doc: a repeat after the article has begun stays in Clean", func(t *testing.T) {
		// Fixed in the doc, not the code: a line further down that repeats
		// the headline is the article's (a closing line, a quote), and Keep's
		// and Headline's docs now say only the repeats right under it go.
		ps := paras("body|Council Approves New Bridge", review8Prose, "body|Council Approves New Bridge")
		d := &corpus.Document{Paragraphs: ps}
		require.NoError(t, Keep{Labels: corpus.NewLabelSet(corpus.Body)}.Process(context.Background(), d))
		require.Equal(t, "Council Approves New Bridge", d.Title)
		assert.Equal(t, strings.TrimPrefix(review8Prose, "body|")+"\n\nCouncil Approves New Bridge", d.Clean)
	})
	t.Run("body kept: never an empty Clean for a kept doc (fine)", func(t *testing.T) {
		for _, ps := range [][]corpus.Paragraph{
			paras("body|Council Approves New Bridge", "body|Council Approves New Bridge"),
			paras("body|Council Approves New Bridge", "chrome|x", "body|council approves  new bridge"),
			paras("chrome|Council Approves New Bridge | Daily Post", "body|Council approves the bridge. Work starts in May.", "body|Council approves the bridge. Work starts in May."),
		} {
			d := &corpus.Document{Paragraphs: ps}
			err := Keep{Labels: corpus.NewLabelSet(corpus.Body)}.Process(context.Background(), d)
			if err == nil {
				assert.NotEmpty(t, d.Clean)
			}
		}
	})
}

// FuzzReview8Keep checks Keep's output against the headline split: a kept
// document has a non-empty Clean; Title, when set, is the text of one of
// its paragraphs; every body paragraph that is no word-for-word repeat of
// the title is in Clean. (Run for 60 s in review 8: no failure.)
func FuzzReview8Keep(f *testing.F) {
	f.Add("Storm Closes Schools | Post\nStorm Closes Schools\nThe storm closed every school in the county on Monday.", uint8(0b110), "", uint8(0))
	f.Add("Los Angeles Times\nThe storm closed every school.", uint8(0b10), "Storm Closes Schools - Los Angeles Times", uint8(1))
	f.Fuzz(func(t *testing.T, text string, bodyMask uint8, pageTitle string, tags uint8) {
		lines := strings.Split(text, "\n")
		if len(lines) > 8 {
			lines = lines[:8]
		}
		ps := make([]corpus.Paragraph, len(lines))
		for i, l := range lines {
			if strings.TrimSpace(l) == "" {
				l = "x" // the splitter makes no empty paragraphs
			}
			ps[i] = corpus.Paragraph{Text: l, Label: corpus.Chrome}
			if bodyMask&(1<<i) != 0 {
				ps[i].Label = corpus.Body
			}
			if tags&1 != 0 {
				ps[i].Structure = &corpus.Structure{Tag: [...]string{"p", "h1", "h2", "li"}[(int(tags)>>(i%4))&3]}
			}
		}
		d := &corpus.Document{Paragraphs: ps, Meta: map[string]string{"title": pageTitle}}
		if err := (Keep{Labels: corpus.NewLabelSet(corpus.Body)}).Process(context.Background(), d); err != nil {
			return
		}
		require.NotEmpty(t, d.Clean)
		if d.Title != "" {
			found := false
			for _, p := range ps {
				found = found || p.Text == d.Title
			}
			require.True(t, found, "title %q is no paragraph", d.Title)
		}
		clean := "\n\n" + d.Clean + "\n\n"
		for _, p := range ps {
			if p.Label == corpus.Body && !(d.Title != "" && sameText(p.Text, d.Title)) {
				require.Contains(t, clean, "\n\n"+p.Text+"\n\n")
			}
		}
	})
}

// TestReview8TitleNormalised: the paragraphs are NFC after the normalize
// stage and Meta["title"] is NFC from htmltext's cleanValue, so a page with
// decomposed accents (NFD) still has its title's evidence. (Headline itself
// does not normalise: a caller passing an NFD title with NFC paragraphs
// would lose it; the pipeline does not.) Checked; fine.
func TestReview8TitleNormalised(t *testing.T) {
	h := norm.NFD.String("Élection présidentielle : les résultats détaillés")
	raw := "<html><head><title>" + h + " | Le Site</title></head><body><article><p>" + h + ".</p><p>" +
		strings.TrimPrefix(review8Prose, "body|") + "</p><p>" + strings.TrimPrefix(review8Prose, "body|") + "</p></article></body></html>"
	d := &corpus.Document{ID: "a", Raw: []byte(raw), Meta: map[string]string{corpus.MetaContentType: "text/html"}}
	for _, s := range []interface {
		Process(context.Context, *corpus.Document) error
	}{htmlsplit.Stage{}, normalize.Stage{}, split.Stage{}} {
		require.NoError(t, s.Process(context.Background(), d))
	}
	require.True(t, norm.NFC.IsNormalString(d.Meta["title"]))
	require.NotEmpty(t, d.Paragraphs)
	for i := range d.Paragraphs {
		d.Paragraphs[i].Label = corpus.Body
	}
	h0, _ := Headline(d.Paragraphs, d.Meta["title"])
	assert.Equal(t, 0, h0)
}
