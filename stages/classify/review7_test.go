package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// dumpLabels is a debugging aid: the labels of a classified dump.
func dumpLabels(t *testing.T, ps []corpus.Paragraph, out []Scored) {
	t.Helper()
	for i, p := range ps {
		s := p.Text
		if len(s) > 70 {
			s = s[:70]
		}
		t.Logf("%3d %-7v %.2f %q", i, out[i].Label, out[i].Score, s)
	}
}

// A page whose <title> is only the site's name, six words long, repeated
// whole in the footer below the article: titleRepeat takes the footer line
// for the headline and aboveTitle takes body from the whole article.
func TestReview7SiteNameTitleInFooter(t *testing.T) {
	m := defaultModelT(t)
	article := prose[:6]
	text := "The Journal of the American Medical Association\n\nHome\n\nNews\n\nOpinion\n\n" +
		"City council approves new budget for schools and roads\n\nBy Jane Doe\n\nMarch 3, 2024\n\n" +
		strings.Join(article, "\n\n") +
		"\n\nShare on Facebook\n\nAbout us\n\nContact\n\nThe Journal of the American Medical Association\n\nAll rights reserved.\n"
	ps := paragraphs(t, text)
	out := m.Classify(ps)
	dumpLabels(t, ps, out)
	want := map[string]bool{}
	for _, a := range article {
		want[a] = true
	}
	assertBody(t, ps, out, want)
}

func TestReview7SiteNameTitleInFooterControl(t *testing.T) {
	m := defaultModelT(t)
	article := prose[:6]
	text := "The Journal of the American Medical Association\n\nHome\n\nNews\n\nOpinion\n\n" +
		"City council approves new budget for schools and roads\n\nBy Jane Doe\n\nMarch 3, 2024\n\n" +
		strings.Join(article, "\n\n") +
		"\n\nShare on Facebook\n\nAbout us\n\nContact\n\nAll rights reserved.\n"
	ps := paragraphs(t, text)
	out := m.Classify(ps)
	dumpLabels(t, ps, out)
	want := map[string]bool{}
	for _, a := range article {
		want[a] = true
	}
	assertBody(t, ps, out, want)
}

// The page's headline is longer than its <title> (a shortened SEO title),
// so the dump's headline is no repeat (a line longer than the title never
// is); the short title comes back in a "Most read" list below the article,
// and titleRepeat takes that line for the headline: the article above it
// loses its body.
func TestReview7TitleRepeatedInMostReadBelow(t *testing.T) {
	m := defaultModelT(t)
	article := prose[:6]
	text := "Council approves budget after long debate | Daily Post\n\nHome\n\nNews\n\nLocal\n\n" +
		"Council approves budget after long debate over school repairs and new bus line\n\nBy Jane Doe\n\nMarch 3, 2024\n\n" +
		strings.Join(article, "\n\n") +
		"\n\nMost read\n\nCouncil approves budget after long debate\n\nFans stay in town after the final whistle\n\nRiver cleaner than in fifty years, study finds\n\nAbout us\n\nAll rights reserved.\n"
	ps := paragraphs(t, text)
	out := m.Classify(ps)
	dumpLabels(t, ps, out)
	want := map[string]bool{}
	for _, a := range article {
		want[a] = true
	}
	assertBody(t, ps, out, want)
}

// longArticle is a document of n paragraphs: a page title, its headline
// and the long text of one article (a report, a book, a transcript), with a
// section heading every 20 paragraphs; extra places given lines.
func longArticle(n int, extra map[int]string) []corpus.Paragraph {
	ps := make([]corpus.Paragraph, n)
	ps[0].Text = "The annual report of the city council | City Archive"
	ps[1].Text = "The annual report of the city council"
	for i := 2; i < n; i++ {
		switch {
		case extra[i] != "":
			ps[i].Text = extra[i]
		case i%20 == 0:
			ps[i].Text = "Section " + strings.Repeat("I", 1+i/20%3)
		default:
			ps[i].Text = prose[i%len(prose)]
		}
		ps[i].Block = i
	}
	return ps
}

// A document longer than WindowParagraphs is classified in windows, and
// each window comes back to Classify, which takes the window's first
// paragraph for the page's title. Here window 1 (paragraphs 2538-5461,
// core from 2666) starts at a section heading, and 800 paragraphs further
// a line names that section again in fewer words: titleRepeat takes it for
// the headline and every paragraph of the window's core above it loses its
// body label. The control differs only in the words of that one line.
func TestReview7WindowTitleRepeat(t *testing.T) {
	m := defaultModelT(t)
	const n = 8000
	ws := windows(n, WindowParagraphs, WindowOverlap)
	require.Len(t, ws, 3)
	w := ws[1]
	heading := "Part two: how the council debated the budget for schools and roads"
	later := w.lo + 800
	repeat := "How the council debated the budget for schools"
	control := "Questions from members of the public"
	run := func(line string) (body, total int) {
		ps := longArticle(n, map[int]string{w.lo: heading, later: line})
		out := m.Classify(ps)
		for i := w.coreLo; i < later; i++ {
			if len(ps[i].Text) > 100 {
				total++
				if out[i].Label == corpus.Body {
					body++
				}
			}
		}
		return body, total
	}
	cb, ct := run(control)
	t.Logf("control: %d of %d prose paragraphs of window 1's core above line %d are body", cb, ct, later)
	require.Greater(t, cb, ct*9/10, "control")
	b, tot := run(repeat)
	t.Logf("with the short repeat of the window's first line: %d of %d", b, tot)
	assert.Greater(t, b, tot*9/10, "the body of a long article lost because a window's first line is repeated")
}

// The article's own byline stands under a newsletter prompt (promo) and
// over its date and a picture credit, three lines above the text; the page
// also has a list of other stories with bylines. teaserBylines counts the
// article's byline among the list's and makes it promo.
func TestReview7TeaserBylinesOwnByline(t *testing.T) {
	lines := []string{
		"Council approves new budget for schools and roads",
		"Sign up for our daily newsletter",
		"By Jane Doe and John Smith",
		"March 3, 2024",
		"Photo: Reuters",
		prose[0], prose[1], prose[2],
		"More from Vox",
		"The Fed cut rates again. Here's what that means for you",
		"By Emily Stewart",
		"What the impeachment hearings showed this week",
		"By Hannah Brown",
	}
	in := []corpus.Label{lBody, lPromo, lBio, lChrome, lChrome, lBody, lBody, lBody, lPromo, lPromo, lBio, lPromo, lBio}
	got := labelled(t, lines, in, teaserBylines)
	assert.Equal(t, lBio, got[2], "the article's own byline")
}

// The same through the model.
func TestReview7TeaserBylinesOwnBylineModel(t *testing.T) {
	m := defaultModelT(t)
	text := "Council approves new budget for schools and roads | Daily Post\n\nHome\n\nNews\n\n" +
		"Council approves new budget for schools and roads\n\nSign up for our daily newsletter\n\nBy Jane Doe and John Smith\n\nMarch 3, 2024\n\nPhoto: Reuters\n\n" +
		strings.Join(prose[:5], "\n\n") +
		"\n\nMore from the Daily Post\n\nThe Fed cut rates again. Here's what that means for you\n\nBy Emily Stewart\n\nWhat the impeachment hearings showed this week\n\nBy Hannah Brown\n\nWhy the Senate trial may be short\n\nBy Aaron Rupar\n\nAll rights reserved.\n"
	ps := paragraphs(t, text)
	out := m.Classify(ps)
	dumpLabels(t, ps, out)
	for i, p := range ps {
		if p.Text == "By Jane Doe and John Smith" {
			assert.Equal(t, lBio, out[i].Label, "the article's own byline")
		}
	}
}

// Polish "skomentuje" (will comment) in a teaser headline of a "Czytaj
// także" (read also) list: "skomentuj" matches inside it.
func TestReview7CommentPromptSkomentujInWord(t *testing.T) {
	m := defaultModelT(t)
	teasers := []string{
		"Rzecznik rządu nie skomentuje decyzji sądu",
		"Prezydent skomentuje wyniki wyborów w środę",
		"Nowa linia tramwajowa otwarta od poniedziałku",
	}
	body := []string{
		"Rada miasta przyjęła we wtorek budżet, który zwiększa wydatki na szkoły i drogi, po debacie, która trwała do późnego wieczora.",
		"Zwolennicy planu mówili, że to pierwszy od dekady budżet, który finansuje remonty, na które szkoły czekały od lat, i to bez nowych podatków.",
		"Największa część pieniędzy pójdzie na remont starych budynków, a reszta na roboty drogowe i nową linię autobusową na wschodzie miasta.",
		"Krytycy twierdzą, że plan opiera się na zbyt optymistycznych prognozach dochodów i że rada będzie musiała wrócić do sprawy za rok lub dwa.",
	}
	text := "Rada miasta przyjęła budżet na szkoły i drogi | Gazeta Miejska\n\nStrona główna\n\nWiadomości\n\n" +
		"Rada miasta przyjęła budżet na szkoły i drogi\n\nJan Kowalski\n\n3 marca 2024\n\n" +
		strings.Join(body, "\n\n") +
		"\n\nCzytaj także\n\n" + strings.Join(teasers, "\n\n") + "\n\nRegulamin\n\nWszelkie prawa zastrzeżone.\n"
	ps := paragraphs(t, text)
	out := m.Classify(ps)
	dumpLabels(t, ps, out)
	for i, p := range ps {
		for _, v := range teasers[:2] {
			if p.Text == v {
				assert.NotEqual(t, lComment, out[i].Label, "%q", v)
			}
		}
	}
}

// Chinese "发表评论员文章" (publishes a commentator's article), a standing
// phrase of news headlines, holds "发表评论". Suspicion only: this test
// passes (the teasers stay promo on this page), kept as a guard.
func TestReview7CommentPromptChineseCommentary(t *testing.T) {
	m := defaultModelT(t)
	teasers := []string{
		"人民日报发表评论员文章：坚定信心稳住经济基本盘",
		"新华社发表评论：让小微企业贷款更便利",
		"本市今年将新建十所中小学",
	}
	text := "前三季度小微企业贷款增长 融资成本降至历史低位_财经频道_华商网\n\n首页\n\n财经\n\n" +
		"前三季度小微企业贷款增长 融资成本降至历史低位\n\n2024年03月03日 来源：华商报\n\n" +
		strings.Join(zhProse, "\n\n") +
		"\n\n相关新闻\n\n" + strings.Join(teasers, "\n\n") + "\n\n关于我们\n\n版权所有\n"
	ps := paragraphs(t, text)
	out := m.Classify(ps)
	dumpLabels(t, ps, out)
	for i, p := range ps {
		for _, v := range teasers[:2] {
			if p.Text == v {
				assert.NotEqual(t, lComment, out[i].Label, "%q", v)
			}
		}
	}
}

// The same with a title of the section and the site's name ("Noticias | La
// Gaceta Económica", the shape of TestTitleRepeat's own site-name case with
// one more word): the footer's "La Gaceta Económica" is three of its four
// words, a repeat without the "site's name", and the article above it loses
// its body. Also in Chinese, where "新浪新闻中心" is three of the five
// pairs of "新浪新闻中心_新浪网".
func TestReview7SectionAndSiteTitleInFooter(t *testing.T) {
	var d docWords
	for _, tc := range []struct{ title, footer string }{
		{"Noticias | La Gaceta Económica", "La Gaceta Económica"},
		{"新浪新闻中心_新浪网", "新浪新闻中心"},
	} {
		ps := []corpus.Paragraph{{Text: tc.title}, {Text: "Inicio"}, {Text: "El paro baja en octubre por tercer mes consecutivo"}, {Text: prose[0]}, {Text: tc.footer}}
		d.split(ps)
		assert.Equal(t, -1, titleRepeat(&d, nil, len(ps)), "%q repeated by the footer %q", tc.title, tc.footer)
	}

	m := defaultModelT(t)
	body := []string{
		"El paro registrado bajó en octubre por tercer mes consecutivo, según los datos publicados este martes por el Ministerio de Trabajo, que atribuye la mejora al turismo.",
		"La cifra total de desempleados se sitúa así en su nivel más bajo desde hace más de quince años, aunque los sindicatos advierten de que buena parte de los contratos son temporales.",
		"Por sectores, el descenso fue mayor en los servicios y en la construcción, mientras que la industria y la agricultura registraron ligeros aumentos respecto al mes anterior.",
		"El Gobierno prevé que la tendencia se mantenga durante el invierno gracias a las campañas de Navidad, aunque los expertos piden cautela ante la desaceleración europea.",
	}
	text := "Noticias | La Gaceta Económica\n\nInicio\n\nEconomía\n\nEl paro baja en octubre por tercer mes consecutivo\n\nPor Ana García\n\n3 de noviembre de 2024\n\n" +
		strings.Join(body, "\n\n") + "\n\nQuiénes somos\n\nContacto\n\nLa Gaceta Económica\n\nTodos los derechos reservados.\n"
	ps := paragraphs(t, text)
	out := m.Classify(ps)
	dumpLabels(t, ps, out)
	want := map[string]bool{}
	for _, a := range body {
		want[a] = true
	}
	assertBody(t, ps, out, want)
}

// Controls: the pages of the tests above without the line that repeats
// the title keep their article's body (the model labels them right).
func TestReview7Controls(t *testing.T) {
	m := defaultModelT(t)
	es := []string{
		"El paro registrado bajó en octubre por tercer mes consecutivo, según los datos publicados este martes por el Ministerio de Trabajo, que atribuye la mejora al turismo.",
		"La cifra total de desempleados se sitúa así en su nivel más bajo desde hace más de quince años, aunque los sindicatos advierten de que buena parte de los contratos son temporales.",
		"Por sectores, el descenso fue mayor en los servicios y en la construcción, mientras que la industria y la agricultura registraron ligeros aumentos respecto al mes anterior.",
		"El Gobierno prevé que la tendencia se mantenga durante el invierno gracias a las campañas de Navidad, aunque los expertos piden cautela ante la desaceleración europea.",
	}
	for _, tc := range []struct {
		name, text string
		body       []string
	}{
		{"section and site", "Noticias | La Gaceta Económica\n\nInicio\n\nEconomía\n\nEl paro baja en octubre por tercer mes consecutivo\n\nPor Ana García\n\n3 de noviembre de 2024\n\n" +
			strings.Join(es, "\n\n") + "\n\nQuiénes somos\n\nContacto\n\nTodos los derechos reservados.\n", es},
		{"most read", "Council approves budget after long debate | Daily Post\n\nHome\n\nNews\n\nLocal\n\n" +
			"Council approves budget after long debate over school repairs and new bus line\n\nBy Jane Doe\n\nMarch 3, 2024\n\n" +
			strings.Join(prose[:6], "\n\n") +
			"\n\nMost read\n\nTeachers accept the offer of the government\n\nFans stay in town after the final whistle\n\nRiver cleaner than in fifty years, study finds\n\nAbout us\n\nAll rights reserved.\n", prose[:6]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := paragraphs(t, tc.text)
			out := m.Classify(ps)
			want := map[string]bool{}
			for _, a := range tc.body {
				want[a] = true
			}
			assertBody(t, ps, out, want)
		})
	}
}

// English teasers in a "Related" list that hold "thoughts on “" (a
// WordPress comment counter's phrase) become comment.
func TestReview7CommentPromptEnglishTeasers(t *testing.T) {
	m := defaultModelT(t)
	teasers := []string{
		"Some thoughts on “Oppenheimer” and the bomb",
		"Final thoughts on “The Bear” season three",
		"Museum opens new wing in the spring",
	}
	text := "Council approves new budget for schools and roads | Daily Post\n\nHome\n\nNews\n\n" +
		"Council approves new budget for schools and roads\n\nBy Jane Doe\n\nMarch 3, 2024\n\n" +
		strings.Join(prose[:5], "\n\n") +
		"\n\nRelated stories\n\n" + strings.Join(teasers, "\n\n") + "\n\nAbout us\n\nAll rights reserved.\n"
	ps := paragraphs(t, text)
	out := m.Classify(ps)
	dumpLabels(t, ps, out)
	for i, p := range ps {
		for _, v := range teasers[:2] {
			if p.Text == v {
				assert.NotEqual(t, lComment, out[i].Label, "%q", v)
			}
		}
	}
}

// A text without a title line (an article's text as pasted or extracted,
// the shape of the check sets written for winnow) starts with its
// headline; titleRepeat takes that for the page's title, and the
// headline's repeat in a "Most popular" list under the article for the
// headline: the headline and the whole article lose their body label.
func TestReview7NoTitleLineHeadlineInMostPopular(t *testing.T) {
	m := defaultModelT(t)
	headline := "Storm closes schools and roads across the county"
	article := prose[:6]
	for _, tc := range []struct{ name, list string }{
		{"control", "Teachers accept the offer of the government"},
		{"headline in the list", headline},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := headline + "\n\nBy Jane Doe\n\nMarch 3, 2024\n\n" + strings.Join(article, "\n\n") +
				"\n\nMost popular\n\n" + tc.list + "\n\nFans stay in town after the final whistle\n\nRiver cleaner than in fifty years, study finds\n\nAll rights reserved.\n"
			ps := paragraphs(t, text)
			out := m.Classify(ps)
			dumpLabels(t, ps, out)
			want := map[string]bool{}
			for _, a := range article {
				want[a] = true
			}
			assertBody(t, ps, out, want)
		})
	}
}
