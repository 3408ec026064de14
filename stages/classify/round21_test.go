package classify

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
	"github.com/winnowhq/winnow/stages/split"
)

// Tests of the twenty-first session's views and passes: edbrowse's buffer
// read as Markdown, a live blog's head, boxes of key facts at an article's
// end, the article under a subscription offer, headlines cut over lines,
// the end of an author box.

// edbrowsePage is the shape of a page as edbrowse writes its buffer.
var edbrowsePage = []string{
	"Utilizamos cookies propias y de terceros. {Más información}",
	"<Aceptar> <Rechazar>",
	"* {Medina de Pomar}",
	"* {Villarcayo}",
	"{Inicio} > {Comarca} > {Transporte}",
	"h1 Medina de Pomar estrena un autobús directo a Burgos",
	"La línea tendrá cuatro salidas en cada sentido.",
	"Salida Medina|Llegada Burgos|Días",
	"07:15|08:20|Lunes a viernes",
	"h2 Comentarios (4)",
	"Deja tu comentarioNombre <> Comentario <buffer ?>",
	"<Publicar>",
}

func TestIsEdbrowseDump(t *testing.T) {
	assert.True(t, isEdbrowseDump(lynxLines(strings.Join(edbrowsePage, "\n"))))
	assert.False(t, isEdbrowseDump(lynxLines(strings.Join(edbrowsePage[:6], "\n"))), "one heading mark only")
	jira := "h1 Release notes\n{panel}\nText\n{panel}\nh2 Fixes\n{code:java}\nx\n{code}\n{color:red}a{color}\n{anchor:x}"
	assert.False(t, isEdbrowseDump(lynxLines(jira)), "Jira's macros are no links")
}

func TestAppendEdbrowseMarkdown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"h1 Medina de Pomar estrena un autobús", "# Medina de Pomar estrena un autobús"},
		{"h3 Las claves", "### Las claves"},
		{"* {Medina de Pomar}", "* [Medina de Pomar]()"},
		{"Compartir: {Facebook} · {X}", "Compartir: [Facebook]() · [X]()"},
		{"<Aceptar> <Rechazar>", "Aceptar Rechazar"},
		{"Deja tu comentarioNombre <> Comentario <buffer ?>", "Deja tu comentarioNombre ________ Comentario ________"},
		{"<>", "________"},
		{"<buffer 12345>", "<buffer 12345>"},
		{"<-> Sí <-> No", "<-> Sí <-> No"},
		{"Salida Medina|Llegada Burgos|Días", "| Salida Medina | Llegada Burgos | Días |"},
		{"{Aviso legal} | {Cookies}", "[Aviso legal]() | [Cookies]()"}, // a menu's bars have spaces
		{"h2", "h2"},
		{"{: .lead}", "{: .lead}"},
	} {
		assert.Equal(t, tc.want, string(appendEdbrowseMarkdown(nil, tc.in)), "%q", tc.in)
	}
}

func TestKeyFactBoxesAtTheArticlesEnd(t *testing.T) {
	B, P, X, I := lBody, lPromo, lChrome, lBio
	lines := []string{
		"Sur la place, l'enthousiasme se mêle à une certaine prudence, observe Josiane.",
		"### L'essentiel",
		"* Réouverture : samedi 6 novembre à 8 heures",
		"* Coût des travaux : 2,3 millions d'euros",
		"* 14 étals, dont 7 producteurs locaux",
		"* Horaires : du mardi au dimanche, de 7 h 30 à 13 h",
		"Partager : Facebook · X",
		"Claire Bonnal est journaliste à l'agence de Marvejols de L'Écho de Lozère.",
	}
	ending := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
		keyFactBoxes(paras, fs, true, out)
	}
	inside := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
		keyFactBoxes(paras, fs, false, out)
	}
	in := []corpus.Label{B, P, P, P, P, P, X, I}
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, X, I}, labelled(t, lines, in, ending), "no body under it: the box ends the article")
	assert.Equal(t, in, labelled(t, lines, in, inside), "an author's bio under it is no prose of the article's")
	assert.Equal(t, in[:7], labelled(t, lines, []corpus.Label{B, P, P, P, P, P, X, B}, ending)[:7], "body under it: not the article's end")
	// Most items give a fact after a label; a list of headlines gives none.
	lines[3], lines[5] = "* Les travaux ont coûté 2,3 millions", "* Le marché ouvre du mardi au dimanche"
	assert.Equal(t, in, labelled(t, lines, in, ending))
	// A pull quote between the article and the box goes back with it.
	lines = []string{
		"Knapp ist weiterhin das Personal, für die Wochenenden sucht die Genossenschaft noch Rettungsschwimmer.",
		"„Ohne die Ehrenamtlichen hätten wir das nie geschafft.“ – Thomas Aschenbrenner",
		"### Auf einen Blick",
		"* Eröffnung: Pfingstsamstag, 9 Uhr",
		"* Öffnungszeiten: täglich 9 bis 20 Uhr",
		"* Mitglieder der Genossenschaft: 312",
		"Teilen: Facebook · X",
	}
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, X}, labelled(t, lines, []corpus.Label{B, P, P, P, P, P, X}, ending))
}

func TestUnbarKeepsWhatTheModelHoldsLikelierThanBody(t *testing.T) {
	B, I, X := lBody, lBio, lChrome
	logp := func(ps ...[corpus.NumLabels]float64) []float32 {
		var z []float32
		for _, p := range ps {
			for _, v := range p {
				z = append(z, float32(math.Log(v)))
			}
		}
		return z
	}
	first := scoredAs(X, X, I, X)
	out := scoredAs(B, B, B, B)
	unbar(first, logp(
		[corpus.NumLabels]float64{0.14, 0.02, 0.13, 0.01, 0.70}, // a "LIVE" badge: chrome five times as likely
		[corpus.NumLabels]float64{0.95, 0.01, 0.01, 0.01, 0.02}, // the lead
		[corpus.NumLabels]float64{0.21, 0.32, 0.18, 0.04, 0.25}, // a byline: bio half as likely again
		[corpus.NumLabels]float64{0.30, 0.10, 0.15, 0.05, 0.40}, // chrome, but not by half
	), out)
	assert.Equal(t, []corpus.Label{X, B, I, B}, labelsIn(out))
}

func TestArticleAfterOffer(t *testing.T) {
	B, P, X := lBody, lPromo, lChrome
	lines := []string{
		"Angemeldet sind 214 Pferde, darunter 68 Kaltblüter, sagt Marktmeisterin Anja",
		"Brinkhege.",
		"Weiterlesen mit Landbote+",
		"Sie haben Ihre freien Artikel für diesen Monat gelesen. Mit Landbote+ lesen",
		"Jetzt Landbote+ testen · Bereits Abonnent? Anmelden",
		"Höhepunkt ist der Festumzug am Sonntag um 14 Uhr. Rund 40 Gespanne,",
		"Trachtengruppen und Spielmannszüge ziehen vom Legge-Haus bis zur",
		"Burgbühne. Erstmals fährt auch eine Kutsche aus der niederländischen",
		"Partnerstadt mit.",
		"Termine am Wochenende",
		"Impressum · Datenschutz",
	}
	logp := make([]float32, len(lines)*corpus.NumLabels)
	for i := range lines {
		for l := range corpus.NumLabels {
			logp[i*corpus.NumLabels+l] = float32(math.Log(0.2))
		}
		if i >= 5 {
			logp[i*corpus.NumLabels+int(corpus.Body)] = float32(math.Log(0.4))
		}
	}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
		articleAfterOffer(paras, fs, logp, out)
	}
	in := []corpus.Label{B, B, P, P, P, P, P, P, P, P, X}
	assert.Equal(t, []corpus.Label{B, B, P, P, P, B, B, B, B, P, X}, labelled(t, lines, in, pass), "up to the article's next subheading")
	lines[4] = "Lesen Sie auch: Lengericher Kirmes mit neuem Riesenrad"
	assert.Equal(t, in, labelled(t, lines, in, pass), "no offer: a box of other stories")
	lines[4] = "Jetzt Landbote+ testen · Bereits Abonnent? Anmelden"
	for i := 5; i < 9; i++ {
		logp[i*corpus.NumLabels+int(corpus.Body)] = float32(math.Log(0.1))
	}
	assert.Equal(t, in, labelled(t, lines, in, pass), "lines the model doubts are body")
}

func TestCutHeadlines(t *testing.T) {
	B, I, X := lBody, lBio, lChrome
	run := func(lines []string, in []corpus.Label) []corpus.Label {
		return labelled(t, lines, in, func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
			cue := make([]int8, len(paras))
			for i := range cue {
				cue[i] = -1
			}
			cutHeadlines(paras, fs, cue, make([]float32, len(paras)*corpus.NumLabels), out)
		})
	}
	// The first body line's headline, cut above it at a colon.
	lines := []string{"Landbote+ · Tradition", "Vierhundert Jahre Pferdemarkt:", "Tecklenburg feiert mit Kaltblütern", "und Festumzug", "Von Henrik Voßkötter"}
	assert.Equal(t, []corpus.Label{X, B, B, B, I}, run(lines, []corpus.Label{X, X, B, B, I}))
	// A headline of three pieces over the standfirst, each going on in lower case.
	lines = []string{"Ōhanga", "Kua whakatuwheratia te tauranga", "hou o Ōpōtiki, ka hari ngā", "kaiahumoana", "I te Rāhoroi i whakatuwheratia ōkawatia ai te tauranga hou."}
	assert.Equal(t, []corpus.Label{X, B, B, B, B}, run(lines, []corpus.Label{X, X, X, X, B}))
	// A page's labels: too short to go on into the line under them.
	lines = []string{"Read Later", "immunology", "Cells That Taste Danger Set Off Immune Responses"}
	assert.Equal(t, []corpus.Label{X, X, B}, run(lines, []corpus.Label{X, X, B}))
	// Front matter's keys are no pieces of a headline.
	lines = []string{"title: Pithiviers mérite mieux", "author: Hélène Vasseur", "Vingt ans après l'annonce, le bâtiment de la gare reste fermé."}
	assert.Equal(t, []corpus.Label{X, X, B}, run(lines, []corpus.Label{X, X, B}))
}

func TestBioTails(t *testing.T) {
	B, I, P, X := lBody, lBio, lPromo, lChrome
	lines := []string{
		"Franziska Wild berichtet seit 2019 aus Waldmünchen und dem oberen Landkreis.",
		"Schwerpunkte: Kommunalpolitik und Vereinsleben. f.wild@oberpfalz-kurier.de",
		"Mehr von Franziska Wild",
		"Der Landkreis-Newsletter",
	}
	assert.Equal(t, []corpus.Label{I, I, I, P}, labelled(t, lines, []corpus.Label{I, P, P, P}, bioTails))
	// Without the address, a name under the bio may be a newsletter's.
	lines[1] = "Schwerpunkte: Kommunalpolitik und Vereinsleben."
	assert.Equal(t, []corpus.Label{I, P, P, P}, labelled(t, lines, []corpus.Label{I, P, P, P}, bioTails))
	// An address under the article is no author's.
	lines[1] = "Hinweise an redaktion@oberpfalz-kurier.de"
	assert.Equal(t, []corpus.Label{B, X, P, P}, labelled(t, lines, []corpus.Label{B, X, P, P}, bioTails))
}

func TestLiveBylineWords(t *testing.T) {
	for _, s := range []string{"Relacjonują: Tomasz Gryglas, Ola Mierzwa", "Redacción: Marc Soler Puig"} {
		name, plain := bylineName(s)
		assert.NotEmpty(t, name, s)
		assert.False(t, plain, s)
	}
}

func TestEdbrowsePageReadsItsCommentSection(t *testing.T) {
	// yn's zh-1, as edbrowse wrote it: read as the buffer it is, its
	// section of comments under "h2 网友评论（4）" is comment; read as plain
	// text, the model took it for promo.
	b, err := os.ReadFile("../../bench/testdata/yn/pages/zh-1.txt")
	require.NoError(t, err)
	paras := split.Paragraphs(string(b), nil)
	m, err := DefaultModel()
	require.NoError(t, err)
	out := m.Classify(paras)
	head := -1
	for i, p := range paras {
		if strings.HasPrefix(p.Text, "h2 网友评论") {
			head = i
		}
	}
	require.Positive(t, head)
	for i := head; i < head+6; i++ {
		assert.Equal(t, corpus.Comment, out[i].Label, "%q", paras[i].Text)
	}
}

func TestSpanCells(t *testing.T) {
	lines := []string{
		"Bürgermeister Philipp Wendt überreicht die Rosensträuße, die Ergebnisse der Spitze im Überblick:",
		"Platz", "Männer", "Zeit",
		"1", "Lukas Behrendt", "1:08:41",
		"2", "Ole Sandmann", "1:09:15",
		"Hanna Pätzold läuft unter großem Jubel über die Ziellinie und trainiert beim LSV Wittstock.",
	}
	paras := make([]corpus.Paragraph, len(lines))
	for i, l := range lines {
		paras[i] = corpus.Paragraph{Text: l}
	}
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	fs, _ := x.Document(paras, nil, nil)
	cells := spanCells(paras, fs, nil)
	require.Len(t, cells, len(lines))
	assert.Equal(t, []bool{false, true, true, true, true, true, true, true, true, true, false}, cells)
	// A menu under the page's title, with no prose above it, is no table.
	cells = spanCells(paras[1:], fs[1:], cells)
	assert.Empty(t, cells)
	// Nor a run of short lines without numbers.
	for i := 4; i < 10; i++ {
		paras[i].Text = "Lokales"
	}
	fs, _ = x.Document(paras, nil, nil)
	assert.Empty(t, spanCells(paras, fs, cells))
}

func TestKeyFactBoxesWithoutBullets(t *testing.T) {
	B, P, X, I := lBody, lPromo, lChrome, lBio
	ending := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
		keyFactBoxes(paras, fs, true, out)
	}
	lines := []string{
		"Både fastbuande og turistar skal kunne bruke badstova med ein kode på telefonen.",
		"Fakta om badstova",
		"Plass: 14 personar",
		"Årskort: 1 200 kroner",
		"Ope: kvar dag frå 07 til 22",
		"Del saka: Facebook · X · E-post",
		"Ingrid Flåm er journalist i Sogningen og skriv om Aurland og Lærdal.",
	}
	in := []corpus.Label{B, P, P, P, P, X, I}
	assert.Equal(t, []corpus.Label{B, B, B, B, B, X, I}, labelled(t, lines, in, ending))
	// Without a heading over them, such lines may be the page's.
	assert.Equal(t, []corpus.Label{B, P, P, P, X, I}, labelled(t, append(lines[:1:1], lines[2:]...), []corpus.Label{B, P, P, P, X, I}, ending))
	// A Chinese page's furniture has the shape too.
	lines = []string{"工坊目前有二十多名绣娘，大多是村里的留守妇女，体验课的收入有三成直接发给老师。", "参观信息", "分享：微信 微博", "编辑：王芳", "来源：黔东南在线"}
	in = []corpus.Label{B, X, X, I, X}
	assert.Equal(t, in, labelled(t, lines, in, ending))
}

func TestQuestionHeadings(t *testing.T) {
	B, I, X := lBody, lBio, lChrome
	lines := []string{
		"El Ayuntamiento ha aprobado una ordenanza que solo permite quemar sarmientos en días concretos.",
		"Redacción: Inés Álvarez",
		"¿Por qué cambian las normas?",
		"Tras los incendios del verano pasado, la Junta pidió a los municipios del Bierzo que regularan las quemas.",
		"¿Qué opina de la nueva ordenanza?",
		"Es necesaria",
	}
	assert.Equal(t, []corpus.Label{B, I, B, B, X, X}, labelled(t, lines, []corpus.Label{B, I, X, B, X, X}, questionHeadings), "a poll's question has answers under it")
	lines[2] = "Lee también: ¿Quién paga las multas por quemar?"
	assert.Equal(t, []corpus.Label{B, I, X, B, X, X}, labelled(t, lines, []corpus.Label{B, I, X, B, X, X}, questionHeadings), "a teaser that asks")
}

func TestStampedSectionsUnderACommentHeadingOverPromo(t *testing.T) {
	B, P, C, X := lBody, lPromo, lComment, lChrome
	lines := []string{
		"La Fundación Oso d'Asturies organiza rutes guiaes pa ver l'osu pardu en Teberga.",
		"Comentarios (2)",
		"Los comentarios tan moderaos.",
		"Marina de Proaza · fai 5 hores",
		"¡Qué bien! Yo vi una osa con dos críes l'añu pasáu dende la carretera.",
		"Pepe el de Entrago · fai 3 hores",
		"Bien pa los turistes, pero a los ganaderos naide nos pregunta.",
		"Avisu llegal · Privacidá",
	}
	in := []corpus.Label{B, C, P, P, P, P, P, X}
	assert.Equal(t, []corpus.Label{B, C, C, C, C, C, C, X}, labelled(t, lines, in, stampedSections))
	// The model found the section: countedSections reads its form.
	in = []corpus.Label{B, C, C, C, C, P, P, X}
	assert.Equal(t, in, labelled(t, lines, in, stampedSections))
}

func TestCommentHeadingsRunIntoALinesEndWithClosingMarks(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Kerwe in Bolanden: Das Programm## Kommentare (3) ##", true},
		{"Basen w Kolnie zamknięty na czas przeglądu Opinie czytelników (3)", true},
		{"Programmieren in C#", false},
	} {
		assert.Equal(t, tc.want, endsWithCountedCommentHeading(tc.s), "%q", tc.s)
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"四平戏进校园活动启动## 评论（3） ##", true},
		{"榆林发布今冬首个寒潮预警 留言区", true},
		{"四平戏进校园活动启动 评论", false}, // a bare 评论 without its count
		{"四平戏进校园活动启动 评论（三）", false},
		{"相关阅读 蒙自南湖夜市新增200个便民摊位 网友评论（4） 文明上网，理性发言。登录后可发表评论。", true},
		{"相关阅读 网友评论很多 蒙自南湖夜市新增200个便民摊位 红河州城乡公交一体化改造完成", false},
	} {
		assert.Equal(t, tc.want, endsWithCJKCommentHeading(tc.s), "%q", tc.s)
	}
	assert.Equal(t, "评论", trimCount("评论（12）"))
	assert.Equal(t, "Kommentare", trimCount("Kommentare (3)"))
	assert.Equal(t, "a (b)", trimCount("a (b)"))
}

func TestPairTables(t *testing.T) {
	B, C, X := lBody, lComment, lChrome
	lines := []string{
		"Les tarifs sont identiques pour les habitants des 43 communes, les autres paient un supplément.",
		"Formule", "Tarif",
		"Entrée adulte", "4,50 €",
		"Entrée enfant (3-17 ans)", "3 €",
		"Carte 10 entrées", "38 €",
		"En période scolaire, la piscine ouvre de 12 heures à 14 heures en semaine.",
	}
	in := []corpus.Label{B, X, X, C, C, C, C, C, C, B}
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, B, B, B, B}, labelled(t, lines, in, cellTables))
	// A share bar's names and counts have no header.
	lines = []string{lines[0], "Facebook", "12", "X", "5", "WhatsApp", "3", "E-Mail", "1", lines[9]}
	assert.Equal(t, in, labelled(t, lines, in, cellTables))
}

func TestJoinedCountedHeading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"* [Kerwe in Bolanden](/markt)## Kommentare (3) ##", "Kommentare (3)"},
		{"* [ਬਠਿੰਡਾ ਵਿੱਚ ਕਿਤਾਬ ਮੇਲਾ](/bathinda/mela)## ਟਿੱਪਣੀਆਂ (2) ##", "ਟਿੱਪਣੀਆਂ (2)"},
		{"## Kommentare (3) ##", ""},                                       // a heading of its own
		{"Text## Die Nacht beginnt ##", ""},                                // no count
		{"Text## Die Nacht beginnt in der Altstadt von Kirchheim (3)", ""}, // too long for a heading
	} {
		assert.Equal(t, tc.want, joinedCountedHeading(tc.in), "%q", tc.in)
	}
}

func TestIsPageMark(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"-- 1 of 3 --", true},
		{"Page 2 of 5", true},
		{"2 / 5", true},
		{"- 12 -", true},
		{"12", true},
		{"2024/25", false}, // a season
		{"3 of 2", false},
		{"1 of 3 photos", false},
		{"Seite", false},
	} {
		assert.Equal(t, tc.want, isPageMark(tc.s), "%q", tc.s)
	}
}

func TestReblockReadsAPDFsPagesAsOneBlock(t *testing.T) {
	// pdf-parse's text: a line to each of the page's lines, blank lines
	// only around its page marks.
	paras := lynxLines("Die erste Zeile des Artikels über die neue Ausstellung im Museum\nSport", "-- 1 of 2 --", "Die dritte Zeile des Artikels über die Ausstellung mit noch mehr Worten\nKultur")
	var buf []corpus.Paragraph
	got := reblock(paras, &buf)
	require.Len(t, got, 5)
	blocks := func(ps []corpus.Paragraph) []int {
		var b []int
		for _, p := range ps {
			b = append(b, p.Block)
		}
		return b
	}
	assert.Equal(t, []int{0, 0, 1, 2, 2}, blocks(paras), "the splitter's blocks")
	assert.Equal(t, []int{0, 1, 1, 2, 3}, blocks(got), "a line of prose a block of its own, the other lines together")
	// A page with blank lines of its own keeps its blocks.
	paras = lynxLines("Erste Zeile\nzweite Zeile", "Menü\nSport", "-- 1 of 2 --")
	assert.Equal(t, paras, reblock(paras, &buf))
}

func TestCellTablesTakeARowNameWithANumber(t *testing.T) {
	B, C, X := lBody, lComment, lChrome
	lines := []string{
		"Depende de la superficie de la vivienda: la cuota fija baja, pero se añade una parte variable.",
		"Vivienda", "2026", "2027",
		"Hasta 70 m²", "96 €", "104 €",
		"De 70 a 120 m²", "96 €", "128 €",
		"Más de 120 m²", "96 €", "151 €",
		"Sí. Quien se apunte al programa de compostaje doméstico tendrá una rebaja del 15 por ciento.",
	}
	in := []corpus.Label{B, X, X, X, X, X, X, X, X, X, C, C, X, B}
	got := labelled(t, lines, in, cellTables)
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, B, B, B, B, B, B, B, B}, got)
}

func TestFormButtonsAfterFieldNames(t *testing.T) {
	C, P, X := lComment, lPromo, lChrome
	lines := []string{"Bonjour, le parking de la salle des fêtes est à deux minutes à pied.", "Votre pseudo Votre réaction Envoyer", "Mentions légales · CGU"}
	assert.Equal(t, []corpus.Label{C, C, X}, labelled(t, lines, []corpus.Label{C, P, X}, func(paras []corpus.Paragraph, _ []features.Features, out []Scored) { formButtons(paras, out) }))
	lines[1] = "Je vais envoyer ma candidature dès demain matin et puis Envoyer"
	assert.Equal(t, []corpus.Label{C, P, X}, labelled(t, lines, []corpus.Label{C, P, X}, func(paras []corpus.Paragraph, _ []features.Features, out []Scored) { formButtons(paras, out) }), "a line of more words is no form's")
}
