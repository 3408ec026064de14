package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestTitleRepeat(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"headline repeats the title without the site's name", []string{
			"Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported – CBS Detroit",
			"Menu", "Sports", "Weather",
			"Police: 2 In Custody After Death Of Student-Athlete A 24-year-old woman and a 28-year-old man have been arrested.",
			"Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported",
			"ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a 6th fatality linked to Eastern Equine Encephalitis, a rare virus.",
		}, 5},
		{"an extract: prose under the first paragraph makes it the headline", []string{
			"Storm closes schools across the county", "By Jane Doe", prose[0], "Most read", "Storm closes schools across the county", prose[1],
		}, -1},
		{"no article under the repeat: a teaser in a list", []string{
			"Council approves budget after long debate | Daily Post", "Home", "News", "Local", prose[0], prose[1],
			"Most read", "Council approves budget after long debate", "Fans stay in town", "River cleaner than ever", "About us",
		}, -1},
		{"the site's name first: a line repeating it is no headline", []string{
			"La Gaceta Económica", "Inicio", "Economía", "El paro baja en octubre por tercer mes", "La Gaceta Económica",
		}, -1},
		{"a title of six words or more repeated whole: a title without the site's name", []string{
			"Storm closes schools across the county", "Home", "News", "Weather", "Storm closes schools across the county", prose[0],
		}, 4},
		{"a shorter title repeated whole may be the site's name", []string{
			"The Daily Gazette Online", "Home", "The Daily Gazette Online", prose[0],
		}, -1},
		{"a line longer than the title is no repeat", []string{
			"Storm closes schools | Post", "Home", "Storm closes schools post storm closes", prose[0],
		}, -1},
		{"a short repeat covering too little of the title", []string{
			"Council approves budget after long debate over library funding | Daily Post", "News", "Council approves budget today",
		}, -1},
		{"Chinese: pairs of characters are the words", []string{
			"前三季度小微企业贷款增长12.4% 融资成本降至历史低位_财经频道_华商网", "首页", "财经", "科技", "前三季度小微企业贷款增长12.4% 融资成本降至历史低位",
			"记者在东部沿海多地采访了解到，商业银行对小微企业的信贷投放力度明显加大，融资成本降至历史低位，首贷户数量明显增加。",
		}, 4},
		{"too short a title", []string{"Home", "Home page", "Home"}, -1},
		{"one paragraph", []string{"A page title with some words | Site"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := make([]corpus.Paragraph, len(tt.lines))
			for i, l := range tt.lines {
				ps[i].Text = l
			}
			var d docWords
			d.split(ps)
			assert.Equal(t, tt.want, titleRepeat(&d, nil, len(ps)))
		})
	}
}

func TestAboveTitle(t *testing.T) {
	const L = corpus.NumLabels
	logp := make([]float32, 4*L)
	for i := 0; i < 4; i++ {
		z := logp[i*L : (i+1)*L]
		for l := range z {
			z[l] = log32(0.1)
		}
		z[corpus.Body] = log32(0.5)
		z[corpus.Promo] = log32(0.3)
	}
	out := []Scored{{Label: corpus.Body}, {Label: corpus.Chrome, Score: 0.9}, {Label: corpus.Body}, {Label: corpus.Body}}
	aboveTitle(2, logp, out)
	assert.Equal(t, corpus.Promo, out[0].Label)
	assert.InDelta(t, 0.3, out[0].Score, 1e-3)
	assert.Equal(t, Scored{Label: corpus.Chrome, Score: 0.9}, out[1])
	assert.Equal(t, corpus.Body, out[2].Label, "the repeat itself")
	assert.Equal(t, corpus.Body, out[3].Label)

	before := append([]Scored(nil), out...)
	aboveTitle(-1, logp, out)
	assert.Equal(t, before, out, "no repeat: nothing changes")
}

// TestModelNoBodyAboveTitle runs the built-in model on a page dump whose
// short article sits below teasers of full sentences (the shape of a TV
// station's page in the benchmark): nothing above the headline's repeat
// of the page title is body, and the article below it is. The model
// trained on all the benchmark's pages labels this page right without the
// pass; with the focus on recall (body's log-probability raised by 1.5) it
// takes the teasers for body, and then only aboveTitle keeps them out.
func TestModelNoBodyAboveTitle(t *testing.T) {
	m := defaultModelT(t).WithFocus(Recall)
	teasers := []string{
		"Police: 2 In Custody After Death Of Student-Athlete A 24-year-old woman and a 28-year-old man have been arrested in connection with the death of a university student-athlete.",
		"Customers Leave Without Paying $690 Bill At Steakhouse A party of six left the steakhouse without paying their bill after a fight broke out in the restaurant on Saturday night.",
		"State To Mail Redistricting Panel Applications The state will mail 250,000 applications encouraging voters to apply to serve on a new commission responsible for drawing maps.",
		"Officers Seek Tips About Elk Poached In The North Conservation officers are seeking information about a bull elk that was poached in the state forest east of the village last week.",
	}
	article := []string{
		"ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a 6th fatality linked to Eastern Equine Encephalitis, a rare virus carried by mosquitoes.",
		"Berrien County Health Department officials said Monday the victim was one of two people who contracted the mosquito borne virus. The death occurred Saturday.",
		"Cases of the virus first appeared in West Michigan at the end of August. It has been reported in six counties, and the outbreak has resulted in 10 human cases.",
		"The state's chief medical executive says the risk from the virus continues until the first hard frost, and residents should keep using insect repellent outdoors.",
	}
	text := "Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported – CBS Detroit\n\nMenu\n\nNews\n\nLatest Headlines\n\n" +
		strings.Join(teasers, "\n\n") +
		"\n\nWeather\n\nSports\n\nMichigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported\n\nNovember 19, 2019 at 9:45 am\n\n" +
		strings.Join(article, "\n\n") + "\n\nComments\n\nYou must log in to post a comment.\n"
	ps := paragraphs(t, text)
	out := m.Classify(ps)
	title := -1
	for i, p := range ps {
		if i > 0 && strings.HasPrefix(p.Text, "Michigan Officials") {
			title = i
		}
	}
	require.Positive(t, title)
	for i := 0; i < title; i++ {
		assert.NotEqual(t, corpus.Body, out[i].Label, "%q above the headline", ps[i].Text)
	}
	want := map[string]bool{}
	for _, a := range article {
		want[a] = true
	}
	assertBody(t, ps, out, want)
}

// FuzzTitleRepeat checks that any text gives a repeat inside the page or
// none, and never panics (word counts up to dateWords, invalid UTF-8).
func FuzzTitleRepeat(f *testing.F) {
	f.Add("Storm closes schools | Daily Post", "Storm closes schools")
	f.Add("前三季度小微企业贷款增长_财经", "前三季度小微企业贷款增长")
	f.Add("\xff\xfe a b c d", strings.Repeat("a ", 50))
	f.Fuzz(func(t *testing.T, title, line string) {
		ps := []corpus.Paragraph{{Text: title}, {Text: "Menu"}, {Text: line}, {Text: title}}
		var d docWords
		d.split(ps)
		got := titleRepeat(&d, nil, len(ps))
		require.True(t, got == -1 || (got >= 1 && got < len(ps)), "repeat at %d", got)
		if got >= 0 {
			require.LessOrEqual(t, d.count(got), d.count(0))
		}
	})
}

// TestDumpHeadlineFromTitle: in a page dump whose title line is repeated
// above the article, the repeat (found by titleRepeat) is the headline, and
// dumpHeadline takes it instead of the nearest headline-shaped line above
// the body ("Filed to: Weird medicine", taken before on a benchmark page).
func TestDumpHeadlineFromTitle(t *testing.T) {
	lines := []string{"A Man Developed 'Feather Duvet Lung' After Getting New Bedding - Daily Health", "Daily Health", "Menu",
		"A Man Developed 'Feather Duvet Lung' After Getting New Bedding", "By Jane Roe", "Filed to: Weird medicine", prose[0], prose[1]}
	tests := []struct {
		name   string
		title  int
		labels string
		want   string
	}{
		{"the title's repeat is the headline", 3, "XXXXIXBB", "XXXBIXBB"},
		{"without it, the nearest headline-shaped line", -1, "XXXXIXBB", "XXXXIBBB"},
		{"no body, nothing to do", 3, "XXXXIXXX", "XXXXIXXX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, dumpHeadlineWithTitle(t, lines, tt.labels, tt.title))
		})
	}

	// A share panel of 13 lines between the headline and the body: the
	// headline is known, so no line of the panel is taken for it.
	far := []string{"Julian Assange: Sweden drops rape investigation - BBC News", "Julian Assange: Sweden drops rape investigation"}
	for i := 0; i < 13; i++ {
		far = append(far, "Share this with Twitter")
	}
	far = append(far, "These are external links and will open in a new window", prose[0], prose[1])
	labels := "XX" + strings.Repeat("X", 13) + "XBB"
	assert.Equal(t, labels, dumpHeadlineWithTitle(t, far, labels, 1), "title too far above the body")
	assert.Equal(t, "XX"+strings.Repeat("X", 13)+"BBB", dumpHeadlineWithTitle(t, far, labels, -1), "without the title, the search")
}
