package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Regression tests for the review of the sixth session's passes
// (stages/classify/models/README.md, "Fixed passes, sixth session").

// dumpHeadlineAlone runs dumpHeadline on lines labelled by letters (B body,
// X chrome, P promo, I bio) and returns the labels after it the same way.
func dumpHeadlineAlone(t *testing.T, lines []string, labels string) string {
	t.Helper()
	return dumpHeadlineWithTitle(t, lines, labels, -1)
}

// dumpHeadlineWithTitle is dumpHeadlineAlone with the headline titleRepeat
// found (or -1).
func dumpHeadlineWithTitle(t *testing.T, lines []string, labels string, title int) string {
	t.Helper()
	require.Len(t, labels, len(lines))
	m := defaultModelT(t)
	ps := make([]corpus.Paragraph, len(lines))
	for i, l := range lines {
		ps[i].Text = l
	}
	s := &modelScratch{}
	m.rules.analyse(ps, &s.rs)
	// Every label equally likely: the passes' tests of the model's
	// probabilities (standfirstMinLogProb) pass.
	s.logp = make([]float32, len(ps)*corpus.NumLabels)
	for i := range s.logp {
		s.logp[i] = log32(1.0 / corpus.NumLabels)
	}
	code := map[byte]corpus.Label{'B': corpus.Body, 'X': corpus.Chrome, 'P': corpus.Promo, 'I': corpus.Bio}
	letter := map[corpus.Label]byte{corpus.Body: 'B', corpus.Chrome: 'X', corpus.Promo: 'P', corpus.Bio: 'I', corpus.Comment: 'C'}
	out := make([]Scored, len(lines))
	for i := range out {
		out[i] = Scored{Label: code[labels[i]], Score: 0.5}
	}
	m.dumpHeadline(ps, s, out, title)
	got := make([]byte, len(out))
	for i, o := range out {
		got[i] = letter[o.Label]
	}
	return string(got)
}

func TestDumpHeadlineReview(t *testing.T) {
	nav := []string{"The Valewick Gazette", "Home", "News", "Sport"}
	with := func(lines ...string) []string { return append(slicesClone(nav), lines...) }
	tests := []struct {
		name   string
		lines  []string
		labels string
		want   string
	}{
		{
			name:   "two teasers above a headline the model called body are no headline and deck",
			lines:  with("Most read", "Storm closes the coast road for a second night", "Library reopens after the flood, with a new wing that the town has waited for since the spring of 2019", "Council approves a budget that raises spending on schools", prose[0], prose[1]),
			labels: "XXXXXPPBBB",
			want:   "XXXXXPPBBB",
		},
		{
			name:   "Chinese teasers above a headline the model called body",
			lines:  []string{"华商财经观察", "首页", "热点推荐", "国务院常务会议部署稳经济举措", "多地出台新政，支持刚需和改善性住房需求，楼市迎来新变化", "前三季度小微企业贷款增长12.4% 融资成本降至历史低位", zhProse[0], zhProse[1]},
			labels: "XXXPPBBB",
			want:   "XXXPPBBB",
		},
		{
			name:   "a caption ending with its photographer in capitals is no deck",
			lines:  []string{"La Voz de Montealto", "Portada", "Inicio » Montealto » Movilidad", "El pleno aprueba la red de carriles bici que unirá los barrios del norte", "Ciclistas en la avenida de la Estación, en el centro de la ciudad, durante la mañana del martes. NURIA BELTRÁN", prose[0], prose[1]},
			labels: "XXXBXBB",
			want:   "XXXBXBB",
		},
		{
			name:   "a share bar with cue phrases under an unlabelled byline is no menu",
			lines:  []string{"Gazeta Lokalna", "Strona główna", "Radni przyjęli budżet miasta na 2027 rok", "Tomasz Grzelak", "Udostępnij", "Skomentuj", "Obserwuj", "Zapisz", "Radni przyjęli we wtorek budżet miasta na przyszły rok, który przewiduje wyraźnie wyższe wydatki na szkoły i drogi.", "Opozycja skrytykowała projekt jako niezrównoważony i zapowiedziała liczne poprawki w komisjach."},
			labels: "XXXXXXXXBB",
			want:   "XXBXXXXXBB",
		},
		{
			name:   "a Chinese headline and deck the model called bio",
			lines:  []string{"华商财经观察", "首页", "宏观", "财经观察 > 宏观经济 > 正文", "国务院常务会议部署稳经济举措", "多地出台新政，支持刚需和改善性住房需求，楼市迎来新变化", "2024年10月28日 08:05", zhProse[0], zhProse[1]},
			labels: "XXXXIIXBB",
			want:   "XXXXBBXBB",
		},
		{
			name:   "a box of other stories between the article's first paragraphs and the rest",
			lines:  []string{"岭南晨讯", "首页", "首页 > 消费 > 正文", "旧手机换新补贴来了 回收价差能有多大？记者实地走访", "多家商场和电商平台推出以旧换新活动，同一部手机在不同渠道的回收价相差数百元", "本报记者 梁嘉欣 实习生 吴子涵", "2026-11-27 08:00", zhProse[0], "延伸阅读", "电商平台“以旧换新”补贴怎么领？一文看懂", "旧手机里的个人信息，真的删干净了吗", zhProse[1], zhProse[2]},
			labels: "XXXXXIXXPPPXB",
			want:   "XXXBBIXBPPPBB",
		},
		{
			name:   "above a box of other stories, a line with no byline or date under it is no headline",
			lines:  with("Account Settings Log Out", "Related stories", "Storm closes the coast road for a second night", "Library reopens after the flood with a new wing", prose[0], prose[1]),
			labels: "XXXXXPPPBB",
			want:   "XXXXXPPPBB",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, dumpHeadlineAlone(t, tt.lines, tt.labels))
		})
	}
}

func TestIsTrailQuotesAndSlashes(t *testing.T) {
	for text, want := range map[string]bool{
		"Retraites : « Nous ne céderons pas »":                    false,
		"Grève : « C'est un scandale » pour la CGT":               false,
		"Ukraine / Russie : les négociations reprennent à Genève": false,
		"Pendler / Kreis Gießen: Neue Buslinie startet im Mai":    false,
		"Sport / Fußball / Regionalliga":                          true,
		"Accueil › « Société »":                                   true,
	} {
		assert.Equal(t, want, isTrail(text), text)
	}
}

func TestCJKClosingProseKeepsBios(t *testing.T) {
	for _, bio := range []string{
		"宋清和，资深媒体人，长期关注基础教育政策。",
		"李明，律师，北京某律师事务所合伙人，长期关注劳动争议。",
		"王磊，财经作家，著作《中国城市化》等多部。",
		"1975年東京都生まれ。早稲田大学卒業後、新聞社勤務を経て独立。",
	} {
		ps := []corpus.Paragraph{{Text: zhProse[0]}, {Text: bio}, {Text: "责任编辑：刘畅"}}
		out := []Scored{{Label: corpus.Body}, {Label: corpus.Bio}, {Label: corpus.Bio}}
		cjkClosingProse(ps, out)
		assert.Equal(t, corpus.Bio, out[1].Label, bio)
	}
}

func TestColonListsUnderADate(t *testing.T) {
	lines := []string{prose[0], "30.11.2026", "Weitere Meldungen aus dem Landkreis:", "• Neue Kita in der Südstadt;", "• Baustelle auf der B27;", "• Stadttheater zeigt neues Stück;"}
	in := []corpus.Label{lBody, lChrome, lChrome, lChrome, lChrome, lChrome}
	colonListsOwnLines := func(ps []corpus.Paragraph, fs []features.Features, cue []int8, out []Scored) {
		colonLists(ps, ps, fs, cue, out)
	}
	assert.Equal(t, in, labelled(t, lines, in, noCues(colonListsOwnLines)))
}

func TestHasCapsCreditLinks(t *testing.T) {
	assert.False(t, hasCapsCredit("Read more about the council's decision here. READ MORE"))
	assert.False(t, hasCapsCredit("Die Ampel ist gescheitert, sagen die Grünen. MEHR LESEN"))
	assert.True(t, hasCapsCredit("La escritora Elena Castaño, en la biblioteca municipal de Lugo. NURIA BELTRÁN"))
}

func TestBylineBios(t *testing.T) {
	B, I, X, P := lBody, lBio, lChrome, lPromo
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a name over a date, and the author's bio at the end",
			lines: []string{"Rennes - Société", "Dans une ancienne caserne, la plus grande ressourcerie de Bretagne ouvre ses portes", "Yannick Le Goff", "Le 27 novembre 2026 à 17h45", prose[0], prose[1], "Yannick Le Goff est journaliste au service Rennes du Courrier d'Ille. Il suit l'économie sociale."},
			in:    []corpus.Label{X, B, B, X, B, B, B},
			want:  []corpus.Label{X, B, I, X, B, B, I},
		},
		{
			name:  "a byline word and a name with a particle",
			lines: []string{"Huurders in Overvecht krijgen na jaren eindelijk nieuwe kozijnen", "Door Sanne de Kruijf", prose[0], prose[1], "Sanne de Kruijf is verslaggever bij het Utrechts Stadsblad en schrijft over wonen."},
			in:    []corpus.Label{B, B, B, B, B},
			want:  []corpus.Label{B, I, B, B, I},
		},
		{
			name:  "a byline with a date after a comma, and an author box whose verb is no copula",
			lines: []string{"Mort de Josette Larrieu, la libraire qui avait fait de Pau une ville de lecteurs", "Par Étienne Bourdasse, le 30 novembre 2026", prose[0], prose[1], "Étienne Bourdasse suit la vie culturelle du Béarn pour le Courrier depuis 2010."},
			in:    []corpus.Label{B, B, B, B, B},
			want:  []corpus.Label{B, I, B, B, I},
		},
		{
			name:  "a byline word with a colon, a place after the name, a preposition after it in the box",
			lines: []string{"Hetman Zamość przegrywał 0:2, a wygrał 3:2", "Tekst: Bartosz Zielonka, Zamość", prose[0], prose[1], "Bartosz Zielonka od dziesięciu lat relacjonuje mecze klubów z Lubelszczyzny."},
			in:    []corpus.Label{B, X, B, B, B},
			want:  []corpus.Label{B, I, B, B, I},
		},
		{
			name:  "an agency credit over a date",
			lines: []string{"Centro de saúde de Vale de Moinhos passa a ter médico de família para todos", "Sofia Cardoso, Lusa", "20 nov 2026, 17:52", prose[0], prose[1]},
			in:    []corpus.Label{B, X, X, B, B},
			want:  []corpus.Label{B, I, X, B, B},
		},
		{
			name:  "a headline that opens with a name, over a date, stays",
			lines: []string{"Angela Merkel – ein Porträt der Kanzlerin a. D.", "27. November 2026", prose[0], prose[1]},
			in:    []corpus.Label{B, X, B, B},
			want:  []corpus.Label{B, X, B, B},
		},
		{
			name:  "a topic with no date under it stays",
			lines: []string{"Council approves a budget that raises spending on schools", "Alibaba Cloud", prose[0], prose[1]},
			in:    []corpus.Label{B, X, B, B},
			want:  []corpus.Label{B, X, B, B},
		},
		{
			name:  "a name alone under the title, whose author box ends the article (a reader's extract)",
			lines: []string{"Vinkovačka tvornica kruha otvara novi pogon", "Ivana Matić", prose[0], prose[1], "Ivana Matić novinarka je Glasa Bosuta i prati gospodarstvo."},
			in:    []corpus.Label{B, X, B, B, I},
			want:  []corpus.Label{B, I, B, B, I},
		},
		{
			name:  "a name alone under the title, with the same name in the article's text, stays",
			lines: []string{"Vinkovačka tvornica kruha otvara novi pogon", "Ivana Matić", prose[0], prose[1], "Ivana Matić je vlasnica pekare i kaže da je zadovoljna."},
			in:    []corpus.Label{B, X, B, B, B},
			want:  []corpus.Label{B, X, B, B, B},
		},
		{
			name:  "a teaser's author far above the article stays",
			lines: []string{"Michael Harriot", "November 19, 2019", "Menu", "Home", "News", "Council approves a budget that raises spending on schools", prose[0], prose[1]},
			in:    []corpus.Label{P, X, X, X, X, B, B, B},
			want:  []corpus.Label{P, X, X, X, X, B, B, B},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, bylineBios))
		})
	}
}

func TestIsTrailCounters(t *testing.T) {
	assert.False(t, isTrail("1 / 5"))
	assert.True(t, isTrail("Sport / Fußball"))
}

// Regression tests for the second review of the sixth session's passes.

func TestResultBlocksRefuseStoryLists(t *testing.T) {
	B, P, X := lBody, lPromo, lChrome
	for _, list := range [][]string{
		{"14:05 Stadtrat beschließt neuen Haushalt", "13:40 Polizei sucht Zeugen nach Unfall", "12:15 Neue Buslinie startet im Mai"},
		{"28.11.2026 Stadtrat beschließt neuen Haushalt", "27.11.2026 Polizei sucht Zeugen nach Unfall", "26.11.2026 Neue Buslinie startet im Mai"},
		{"1 Stadtrat beschließt 3 neue Kitas", "2 Polizei sucht 2 Zeugen nach Unfall", "3 Neue Buslinie startet am 5. Mai"},
	} {
		lines := append([]string{prose[0]}, append(list, "Impressum")...)
		in := []corpus.Label{B, P, P, P, X}
		assert.Equal(t, in, labelled(t, lines, in, withLogp(0.3, resultBlocks)), list[0])
	}
}

func TestCommentTeasersKeepCommentsWithDatesUnder(t *testing.T) {
	C := lComment
	var lines []string
	for _, who := range []string{"hans_meier", "lisa_k", "peter77"} {
		lines = append(lines, who, "Das sieht die Stadt leider wieder mal ganz anders als wir Bürger", "28.11.2026 14:05")
	}
	in := make([]corpus.Label, len(lines))
	for i := range in {
		in[i] = C
	}
	lines, in = append([]string{prose[0], "Kommentare"}, lines...), append([]corpus.Label{lBody, C}, in...)
	assert.Equal(t, in, labelled(t, lines, in, noCues(commentTeasers)))
}

func TestLineFurnitureKeepsAgencyBylines(t *testing.T) {
	for _, s := range []string{"Anna Schmidt, dpa", "Anna Schmidt dpa", "dpa", "Jan Kowalski, PAP", "Lucía Fernández, EFE"} {
		got := labelled(t, []string{prose[0], s, prose[1]}, []corpus.Label{lBody, lBio, lBody}, lineFurniture)
		assert.Equal(t, lBio, got[1], s)
	}
}

func TestStartsWithSubject(t *testing.T) {
	tests := []struct {
		sentence, name string
		want           bool
	}{
		{"Henrike Maaßen berichtet seit 2019 aus dem Rathaus.", "Henrike Maaßen", true},
		{"Aitor Elgezabal cubre empresas e industria desde 2015.", "Aitor Elgezabal", true},
		{"Katarzyna Wójcicka-Lis pisze o zdrowiu.", "Katarzyna Wójcicka-Lis", true},
		{"Henrike Maaßen: Ich habe nachgefragt.", "Henrike Maaßen", false},          // an interviewer's question
		{"Henrike Maaßens Bericht erschien am Montag.", "Henrike Maaßen", false},    // not the name's end
		{"Maaßen berichtet seit 2019 aus dem Rathaus.", "Henrike Maaßen", false},    // not the whole name
		{"Henrike Maaßen Göttingen Rathaus Stadtrat Bus.", "Henrike Maaßen", false}, // no verb in lower case
		{"Scholz berichtet dem Bundestag.", "Scholz", false},                        // a one-word name
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, startsWithSubject(tt.sentence, tt.name), tt.sentence)
	}
}

func TestBylineNameTails(t *testing.T) {
	tests := []struct {
		line, name string
		plain      bool
	}{
		{"Par Étienne Bourdasse, le 30 novembre 2026", "Étienne Bourdasse", false},
		{"Interview: Sebastian Frerichs | 27. November 2026", "Sebastian Frerichs", false},
		{"Tekst: Bartosz Zielonka, Zamość", "Bartosz Zielonka", false},
		{"Oprac. Agnieszka Sobczak, PAP", "Agnieszka Sobczak", false},
		{"Aitor Elgezabal · Bilbao", "Aitor Elgezabal", true},
		{"Door Sanne de Kruijf", "Sanne de Kruijf", false},
		{"Yannick Le Goff", "Yannick Le Goff", true},
		{"Texto de Rui Albuquerque", "Rui Albuquerque", false},
		{"Testo di Elena Bertotti", "Elena Bertotti", false},
		{"Texto de la ley", "", false},
		{"Politik · Wirtschaft", "", false},
		{"Von der Leyen besucht Kiew", "", false},
	}
	for _, tt := range tests {
		name, plain := bylineName(tt.line)
		assert.Equal(t, tt.name, name, tt.line)
		if name != "" {
			assert.Equal(t, tt.plain, plain, tt.line)
		}
	}
}

func TestBylineNameDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(20, func() {
		_, _ = bylineName("Door Sanne de Kruijf")
		_, _ = bylineName("Yannick Le Goff")
	})
	assert.Zero(t, allocs)
}

func TestCreditLines(t *testing.T) {
	B, P, I, C := lBody, lPromo, lBio, lComment
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "reporting credits and an author box's links",
			lines: []string{prose[0], "Additional reporting by Joseph Hudak", "Keith Bradsher contributed reporting from Hong Kong.", "View author archive", "Get author RSS feed", "More articles from Emiliano Bellini"},
			in:    []corpus.Label{B, P, B, P, P, P},
			want:  []corpus.Label{B, I, I, I, I, I},
		},
		{
			name:  "a comment, a long paragraph and an unrelated line stay",
			lines: []string{prose[0], "Great reporting by the whole team, thanks", "More stories from the region", prose[1]},
			in:    []corpus.Label{B, C, P, B},
			want:  []corpus.Label{B, C, P, B},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, creditLines))
		})
	}
}

func TestAboutBox(t *testing.T) {
	B, P, I, X := lBody, lPromo, lBio, lChrome
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "an about-the-author box in German",
			lines: []string{prose[0], prose[1], "Über Moritz Bachmann", "Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen Marketing und Vertrieb.", "Impressum"},
			in:    []corpus.Label{B, B, B, B, X},
			want:  []corpus.Label{B, B, I, I, X},
		},
		{
			name:  "about me, in the first person",
			lines: []string{prose[0], prose[1], "About me", "Hi there! I'm Regan and I write about food and family here.", "Thank you for stopping by! My name is Regan and I live in Massachusetts."},
			in:    []corpus.Label{B, B, P, P, P},
			want:  []corpus.Label{B, B, I, I, I},
		},
		{
			name:  "a subheading starting with About and prose of the article stay",
			lines: []string{prose[0], "About the new budget", prose[1], prose[2]},
			in:    []corpus.Label{B, B, B, B},
			want:  []corpus.Label{B, B, B, B},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, aboutBox))
		})
	}
}

// TestCreditAnchors checks that every phrase of creditLines holds one of
// the anchors it looks for first.
func TestCreditAnchors(t *testing.T) {
	for _, p := range append(append([]string{}, creditPhrases...), authorLinkPhrases...) {
		assert.True(t, creditAnchors.in(p), p)
	}
}
