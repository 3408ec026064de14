package filter

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// paras builds labelled paragraphs from "label|text" lines.
func paras(lines ...string) []corpus.Paragraph {
	out := make([]corpus.Paragraph, len(lines))
	for i, l := range lines {
		label, text, _ := strings.Cut(l, "|")
		lab, err := corpus.ParseLabel(label)
		if err != nil {
			panic(err)
		}
		out[i] = corpus.Paragraph{Text: text, Label: lab}
	}
	return out
}

func TestHeadline(t *testing.T) {
	const prose = "body|The council voted on Tuesday to rebuild the old bridge over the river, at a cost of four million."
	tests := []struct {
		name      string
		paras     []corpus.Paragraph
		pageTitle string
		headline  int
		end       int
	}{
		{"first body is the headline", paras("chrome|Menu", "body|Council Approves New Bridge", "bio|By Jane Roe", prose), "", 1, 2},
		{"prose first: no headline", paras(prose, prose), "", -1, -1},
		{"no body", paras("chrome|Menu", "chrome|Home"), "", -1, -1},
		{"nothing but the headline", paras("body|Council Approves New Bridge", "chrome|Share"), "", -1, -1},
		{"a repeat goes with it", paras("body|Council Approves New Bridge", "chrome|Share", "body|council approves  new bridge", prose), "", 0, 3},
		{"two words are a kicker", paras("body|Bugs fixed", prose), "", -1, -1},
		{"a sentence ends inside", paras("body|This post was sponsored by our advertiser. All opinions are mine.", prose), "", -1, -1},
		{"abbreviations are no sentence end", paras("body|U.S. Troops Leave Base Near Kabul", prose), "", 0, 1},
		{"a kicker word and a stop", paras("body|Amnesty. More than 100 protesters killed in Iran", prose), "", 0, 1},
		{"ends with a colon", paras("body|Here is what happened next:", prose), "", -1, -1},
		{"a caption with its credit", paras("body|A ship leaves the port on Monday (AP)", prose), "", -1, -1},
		{"a bracketed credit", paras("body|Troops remain in the country [File: Reuters]", prose), "", -1, -1},
		{"a long parenthesis is the headline's", paras("body|Node.js and CPU profiling on production (in real-time without downtime)", prose), "", 0, 1},
		{"a handle", paras("body|@someone The Palace Festival Performance", prose), "", -1, -1},
		{"a row of figures", paras("body|17 Daniel Suarez 846 0 1 4 11", prose), "", -1, -1},
		{"too long", paras("body|"+strings.Repeat("word ", 26), prose), "", -1, -1},
		{"Chinese headline", paras("body|老小区加装电梯 居民上下楼不再难", "body|"+strings.Repeat("记者从市住建局获悉，今年全市计划为老旧小区加装电梯。", 3)), "", 0, 1},
		{"Chinese prose", paras("body|"+strings.Repeat("记者从市住建局获悉，今年全市计划为老旧小区加装电梯", 3), prose), "", -1, -1},
		{"the page title confirms an unshaped headline", paras("chrome|Council approves the bridge. Work starts in May | Daily Post", "chrome|Daily Post", "body|Council approves the bridge. Work starts in May.", prose), "", 2, 3},
		{"the page title's repeat above the body is the headline", paras("chrome|Council Approves New Bridge | Daily Post", "chrome|Home", "chrome|Council Approves New Bridge", "body|Filed to: Local News", prose), "", 2, 3},
		{"the site's name is no repeat", paras("chrome|Council Approves New Bridge | Daily Post", "chrome|Daily Post", "body|Filed to Local News", prose), "", 2, 3},
		{"the title from HTML", paras("body|Filed to Local News", prose), "Council Approves New Bridge", 0, 1},
		{"a kicker over the headline", paras("chrome|Menu", "body|El tiempo", "body|Aviso naranja en Medinaceli: hasta 39 grados", prose), "", 2, 3},
		{"a kicker over prose", paras("body|El tiempo", prose), "", -1, -1},
		{"a score in parentheses is no credit", paras("body|Saint-Claude domine Lons-le-Saunier au bout du suspense (24-21)", prose), "", 0, 1},
		{"a headline of two sentences", paras("body|Rekord trasy w Biegu Leśnym. Kamil Szymanek szybszy o 40 sekund", prose), "", 0, 1},
		{"three sentences are prose", paras("body|Rekord trasy w Biegu Leśnym. Kamil Szymanek szybszy o 40 sekund. Tłumy kibiców na grobli", prose), "", -1, -1},
		{"a long line of two sentences is prose", paras("body|The council met on Tuesday in the town hall. It voted to rebuild the old bridge over the river at last", prose), "", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, end := Headline(tt.paras, tt.pageTitle)
			assert.Equal(t, tt.headline, h, "headline")
			assert.Equal(t, tt.end, end, "end")
		})
	}
}

func TestHeadlineFromMarkup(t *testing.T) {
	ps := paras("body|What the council decided on Tuesday about the old bridge over the river, its cost, its builders and the years of closure ahead for the town", prose2)
	ps[0].Structure = &corpus.Structure{Tag: "h1"}
	h, end := Headline(ps, "")
	assert.Equal(t, 0, h)
	assert.Equal(t, 1, end)
	ps[0].Structure.Tag = "p"
	h, _ = Headline(ps, "")
	assert.Equal(t, -1, h, "a paragraph of that length is not a headline")
}

const prose2 = "body|The council voted on Tuesday to rebuild the old bridge over the river."

func TestTitleRepeated(t *testing.T) {
	tests := []struct {
		text, title string
		want        bool
	}{
		{"Council Approves New Bridge", "Council approves new bridge | Daily Post", true},
		{"council approves the new bridge", "Council approves new bridge | Daily Post", true},                // 4 of 5 tokens in the title
		{"Council approves", "Council approves new bridge | Daily Post", true},                               // half the headline part
		{"Daily Post", "Council approves new bridge | Daily Post", false},                                    // the site's name
		{"Bridge", "Council approves new bridge | Daily Post", false},                                        // a quarter of it
		{"海外留学生看两会", "海外留学生看两会_教育频道_中国青年网", true},                                                            // the headline part, underscores split
		{"中国青年网", "海外留学生看两会_教育频道_中国青年网", false},                                                              // the site's name
		{"Take C.A.R.E. - comwrap auf der DMEXCO 2018", "Take C.A.R.E. - comwrap auf der DMEXCO 2018", true}, // a dash inside the headline
		{"Something else", "Council approves", false},
		{"", "Council approves", false},
	}
	for _, tt := range tests {
		var tk titleTokens
		tk.set(tt.title)
		assert.Equal(t, tt.want, tk.repeated(tt.text), "%q ~ %q", tt.text, tt.title)
	}
}

// FuzzHeadline checks Headline on any text: no panic, a range inside the
// document, and body paragraphs in it that repeat the headline; and Keep
// keeps every body paragraph outside it.
func FuzzHeadline(f *testing.F) {
	f.Add("Storm Closes Schools | Post\nStorm Closes Schools\nThe storm closed every school in the county on Monday.", uint8(0b110), "")
	f.Add("老小区加装电梯\n老小区加装电梯\n记者从市住建局获悉，今年全市计划为老旧小区加装电梯。", uint8(0b111), "")
	f.Add("A (AP)\n\xff\xfe\nU.S. Troops. Leave", uint8(0b101), "Troops")
	f.Fuzz(func(t *testing.T, text string, bodyMask uint8, pageTitle string) {
		lines := strings.Split(text, "\n")
		if len(lines) > 8 {
			lines = lines[:8]
		}
		ps := make([]corpus.Paragraph, len(lines))
		for i, l := range lines {
			ps[i] = corpus.Paragraph{Text: l, Label: corpus.Chrome}
			if bodyMask&(1<<i) != 0 {
				ps[i].Label = corpus.Body
			}
		}
		h, end := Headline(ps, pageTitle)
		if h < 0 {
			assert.Equal(t, -1, end)
			return
		}
		require.Less(t, h, end)
		require.LessOrEqual(t, end, len(ps))
		for i := h; i < end; i++ {
			if ps[i].Label == corpus.Body && i != h {
				assert.True(t, sameText(ps[i].Text, ps[h].Text), "paragraph %d in the headline's range", i)
			}
		}
		d := &corpus.Document{Paragraphs: ps, Meta: map[string]string{"title": pageTitle}}
		if err := (Keep{Labels: corpus.NewLabelSet(corpus.Body)}).Process(context.Background(), d); err == nil {
			assert.Equal(t, ps[h].Text, d.Title)
		}
	})
}

func TestHeadlineKickerFromHTML(t *testing.T) {
	ps := paras("body|Herman Melville", "body|Prepared by Ann Woodlief, Virginia Commonwealth University", "body|I am a rather elderly man, and the nature of my work has brought me into contact with many.")
	for i := range ps {
		ps[i].Structure = &corpus.Structure{Tag: "p"}
	}
	h, _ := Headline(ps, "")
	assert.Equal(t, -1, h, "from HTML, the line under a kicker is the headline only as an h1")
	ps[1].Structure = &corpus.Structure{Tag: "h1"}
	ps[1].Text = "Bartleby, the Scrivener"
	h, end := Headline(ps, "")
	assert.Equal(t, []int{1, 2}, []int{h, end})
}
