package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Tests of the twentieth session's views and passes: XML exports (pandoc's
// TEI) read as Markdown, a comment section of one comment under a heading
// with its count.

// teiPage is the shape of a page as pandoc -t tei prints it, after the
// splitter has joined its wrapped paragraphs.
var teiPage = []string{
	`<p><ref target="/">Werra-Rundschau</ref> – Nachrichten aus dem Kreis</p>`,
	`<list type="unordered">`,
	`<item>`,
	`<p><ref target="/lokales">Lokales</ref></p>`,
	`</item>`,
	`</list>`,
	`<div type="level1" xml:id="dorfladen"> <head>Genossenschaft rettet den Dorfladen</head>`,
	`<p><hi rendition="simple:bold">Als die Inhaberin ihren Rückzug ankündigte, drohte die Lücke.</hi></p>`,
	`<p><figure>`,
	`<head>Ehrenamtliche räumen die Regale ein. Foto: J. B.</head>`,
	`<graphic url="/bilder/laden.jpg" />`,
	`<figDesc>fig:</figDesc>`,
	`</figure></p>`,
	`<p>Der Laden war seit 1974 in Familienbesitz &amp; öffnet am Montag.</p>`,
	`<div type="level2" xml:id="kapital">`,
	`<head>212 Mitglieder</head>`,
	`<table>`,
	`<row role="label">`,
	`<cell><p>Posten</p></cell>`,
	`</row>`,
	`</table>`,
	`<div type="level3" xml:id="mehr">`,
	`<head>Mehr aus Sontra</head>`,
	`<p><ref target="/a">Freibad zieht Bilanz</ref></p>`,
	`</div>`,
	`</div>`,
	`</div>`,
	`<p>Foo</p>`,
}

func TestIsXMLDump(t *testing.T) {
	paras := lynxLines(strings.Join(teiPage, "\n"))
	assert.False(t, isXMLDump(paras), "fewer than xmlMinParagraphs paragraph elements")
	paras = lynxLines(strings.Join(append(teiPage, teiPage...), "\n"))
	assert.True(t, isXMLDump(paras))
	assert.False(t, isXMLDump(lynxLines(strings.Repeat("<div class=\"a\">\nText\n</div>\n", 10))), "raw HTML sections hold no paragraph elements")
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"<p>Text</p>", true}, {"<para>Text</para>", true}, {`<text:p text:style-name="P1">Text</text:p>`, true},
		{"<p>Text", false}, {"<pre>x</pre>", false}, {"Text</p>", false}, {"<p>", false},
	} {
		assert.Equal(t, tc.want, isXMLParagraph(tc.s), "%q", tc.s)
	}
}

func TestAppendXMLMarkdown(t *testing.T) {
	var r xmlReader
	got := make([]string, len(teiPage))
	for i, s := range teiPage {
		got[i] = string(r.appendXMLMarkdown(nil, s))
	}
	assert.Equal(t, []string{
		"[Werra-Rundschau](/) – Nachrichten aus dem Kreis",
		"", "",
		"- [Lokales](/lokales)",
		"", "",
		"# Genossenschaft rettet den Dorfladen",
		"**Als die Inhaberin ihren Rückzug ankündigte, drohte die Lücke.**",
		"",
		"Ehrenamtliche räumen die Regale ein. Foto: J. B.", // a caption, no heading
		"![](/bilder/laden.jpg)",
		"fig:",
		"",
		"Der Laden war seit 1974 in Familienbesitz & öffnet am Montag.",
		"",
		"## 212 Mitglieder",
		"|---|", "|---|",
		"| Posten |",
		"|---|", "|---|",
		"",
		"### Mehr aus Sontra",
		"[Freibad zieht Bilanz](/a)",
		"", "", "",
		"Foo",
	}, got)
	// DocBook's names.
	r = xmlReader{}
	assert.Equal(t, "[Text](/a) *b*", string(r.appendXMLMarkdown(nil, `<para><ulink url="/a">Text</ulink> <emphasis>b</emphasis></para>`)))
}

func TestXMLTails(t *testing.T) {
	B, P, C, X := lBody, lPromo, lComment, lChrome
	paras := lynxLines(strings.Join(teiPage, "\n"))
	var r xmlReader
	md := make([]corpus.Paragraph, len(paras))
	for i := range paras {
		md[i].Text = string(r.appendXMLMarkdown(nil, paras[i].Text))
	}
	// The model's labels; it reads the table's markup as delimiter rows.
	in := []corpus.Label{X, C, C, X, C, C, B, B, B, B, B, B, B, B, C, B, B, B, B, B, B, C, P, P, C, C, C, X}
	require.Len(t, in, len(paras))
	out := scoredAs(in...)
	xmlTails(paras, md, out)
	assert.Equal(t, []corpus.Label{
		X, X, X, X, X, X, // the list's markup takes its item's label
		B, B,
		X, X, X, X, X, // the figure is chrome
		B,
		B, B, // the section's <div> its heading's
		B, B, B, B, B, // the table's markup its cell's
		P, P, P, P, // the aside's </div> the aside's
		B, B, // the story's sections' </div> the story's, past the aside
		X,
	}, labelsIn(out))
}

func TestStampedSectionsTakeOneCommentUnderACountOfOne(t *testing.T) {
	B, P, C := lBody, lPromo, lComment
	lines := []string{
		"Каракол шаарындагы оорукананын жаңы лифти ишке киргизилди, бейтаптар кубанычта.",
		"Пикирлер (1)",
		"Бакыт · 3-декабрь, 2026",
		"Жаңы лифт абдан жакшы экен, кечээ барып келдик!",
	}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { stampedSections(paras, fs, out) }
	assert.Equal(t, []corpus.Label{B, C, C, C}, labelled(t, lines, []corpus.Label{B, P, P, P}, pass))
	// A count of two over one stamp: no thread of its shape.
	lines[1] = "Пикирлер (2)"
	assert.Equal(t, []corpus.Label{B, P, P, P}, labelled(t, lines, []corpus.Label{B, P, P, P}, pass))
}

func TestStartsWithCountedCommentHeading(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Réactions (2) Les commentaires sont soumis à modération.", true},
		{"Kommentare (14) Bitte beachten Sie unsere Regeln.", true},
		{"Kommentare (14)", false}, // the heading alone: isCommentHeading's
		{"Fotos (12) Die schönsten Bilder vom Markt", false},
		{"Die Stadt (rund 12.000 Einwohner) hat beschlossen", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, startsWithCountedCommentHeading(tc.s), "%q", tc.s)
	}
}

func TestReplyStampsNameTwoReaders(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Odile M. a répondu à Bibliophile86 · 3 décembre 2026 à 10 h 40", true},
		{"Jan z Chotycz odpowiada mieszkanka_losic · 3.12.2026 09:30", true},
		{"Bibliophile86 · 3 décembre 2026 à 9 h 12", true},
		{"Mimi15 — 18/10/2026 à 20h02", true}, // an em dash parts them
		{"Familia Sacristán Velasco — 02/12/2026", true},
		{"Der Gemeinderat von Sontra hat beschlossen · 3.12.2026 09:30", false}, // no verb of a reply
	} {
		assert.Equal(t, tc.want, isNamedDate(tc.s), "%q", tc.s)
	}
}

func TestIsKeyFactItem(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"- Überfahrt: etwa vier Minuten", true},
		{"- 现存骑楼建筑：500余栋", true},
		{"* Ħin: kull nhar ta' Ħadd, mis-6:00 sal-14:00", true},
		{"- Der Bürgermeister sagte am Montag vor dem Rat: alles gut", false}, // a long label: a sentence
		{"- [Weihnachtsmarkt](/a): heute", false},                             // a link
		{"Betrieb: täglich", false},                                           // no list item
		{"- Betrieb:", false},                                                 // no value
	} {
		assert.Equal(t, tc.want, isKeyFactItem(tc.s), "%q", tc.s)
	}
}

func TestKeyFactBoxes(t *testing.T) {
	B, P, X := lBody, lPromo, lChrome
	md := []string{
		"Für viele im Ort war der Umweg über die Brücke in Hann. Münden ein Ärgernis.",
		"### Das Wichtigste zur Fähre",
		"",
		"- Betrieb: Montag bis Freitag 6.30 bis 19 Uhr",
		"",
		"- Überfahrt: etwa vier Minuten",
		"- Höchstlast: zwei Autos oder 40 Personen",
		"",
		"Ganz ohne Sorgen ist der Neustart nicht, denn der Fährmann ist 66 Jahre alt.",
	}
	run := func(in []corpus.Label) []corpus.Label {
		paras := make([]corpus.Paragraph, len(md))
		for i := range md {
			paras[i].Text = md[i]
		}
		x, err := features.DefaultExtractor()
		require.NoError(t, err)
		fs, _ := x.Document(paras, nil, nil)
		out := scoredAs(in...)
		keyFactBoxes(paras, fs, false, out)
		return labelsIn(out)
	}
	// The markup under the last item takes its label later (xmlTails).
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, B, P, P}, run([]corpus.Label{B, P, P, P, X, P, P, P, P}))
	assert.Equal(t, []corpus.Label{X, P, P, P, X, P, P, P, P}, run([]corpus.Label{X, P, P, P, X, P, P, P, P}), "no article above: a box of the page's")
	// A heading without Markdown's marks.
	md[1] = "Das Wichtigste zur Fähre"
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, B, P, P}, run([]corpus.Label{B, P, P, P, X, P, P, P, P}))
	md[1] = "### Das Wichtigste zur Fähre"
	md[8] = "Mehr aus der Region"
	assert.Equal(t, []corpus.Label{B, P, P, P, X, P, P, P, P}, run([]corpus.Label{B, P, P, P, X, P, P, P, P}), "no prose under it: the article has ended")
}

func TestXMLMarkdownReadsOpenDocumentTables(t *testing.T) {
	var r xmlReader
	var got []string
	for _, s := range []string{
		`<table:table table:name="Table1">`,
		`<table:table-column table:style-name="Table1.A" />`,
		`<table:table-row>`,
		`<table:table-cell office:value-type="string">`,
		`<text:p text:style-name="Table_20_Contents">1,50 Euro</text:p>`,
		`</table:table-cell>`,
		`</table:table-row>`,
		`</table:table>`,
		`<text:h text:outline-level="2"><text:bookmark-start text:name="a" />Neuer Fährmann gesucht<text:bookmark-end text:name="a" /></text:h>`,
		`<text:p text:style-name="P1"><text:a xlink:type="simple" xlink:href="/region"><text:span>Region</text:span></text:a></text:p>`,
	} {
		got = append(got, string(r.appendXMLMarkdown(nil, s)))
	}
	assert.Equal(t, []string{"|---|", "|---|", "|---|", "|---|", "| 1,50 Euro |", "|---|", "|---|", "|---|", "## Neuer Fährmann gesucht", "[Region](/region)"}, got)
}

func TestNumericCellsReadFrenchClockTimes(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"8 h 30 – 12 h", true}, {"14h30", true}, {"13 h 30 – 18 h", true}, {"12 h", true},
		{"8 h du matin", false}, {"Matin", false},
	} {
		assert.Equal(t, tc.want, isNumericCell(tc.s), "%q", tc.s)
	}
}

func TestCellTablesReadHoursAndRanges(t *testing.T) {
	B, P := lBody, lPromo
	hours := []string{
		"La déchetterie de la route de Canet accepte les déchets verts gratuitement pour les particuliers.",
		"Jour", "Matin", "Après-midi",
		"Lundi au vendredi", "8 h 30 – 12 h", "14 h – 17 h 30",
		"Samedi", "8 h 30 – 12 h 30", "13 h 30 – 18 h",
		"Dimanche", "fermé", "fermé",
	}
	in := []corpus.Label{B, P, P, P, P, P, P, P, P, P, P, P, P}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { cellTables(paras, fs, out) }
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, B, B, B, B, B, B, B}, labelled(t, hours, in, pass), "a closed day's row goes with the table")
	ages := []string{
		"答：补贴按年龄分档，每人每天限补贴一餐（午餐）。具体标准如下：",
		"年龄", "每餐补贴", "老人实付（套餐12元）",
		"60-69周岁", "2元", "10元",
		"70-79周岁", "4元", "8元",
	}
	in = []corpus.Label{B, P, P, P, P, P, P, P, P, P}
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, B, B, B, B}, labelled(t, ages, in, pass), "rows of numbers only, by age range")
	seasons := []string{
		"La cooperativa ha molturado este año 31 millones de kilos de aceituna, un récord.",
		"Campaña", "Aceituna (millones de kg)", "Rendimiento",
		"2024/25", "24,3", "21,2 %",
		"2025/26", "25,8", "20,6 %",
	}
	in = []corpus.Label{B, P, P, P, P, P, P, P, P, P}
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, B, B, B, B}, labelled(t, seasons, in, pass), "rows of numbers only, by season")
	menu := []string{"Die Stadt hat am Montag beschlossen, die Gebühren zu erhöhen, sagte der Bürgermeister.", "Start", "Video", "Audio", "2020", "2021", "2022", "2023", "2024", "2025"}
	in = []corpus.Label{B, P, P, P, P, P, P, P, P, P}
	assert.Equal(t, in, labelled(t, menu, in, pass), "years in a menu make no table")
}

func TestPollBoxes(t *testing.T) {
	B, I, P, X := lBody, lBio, lPromo, lChrome
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { pollBoxes(paras, fs, out) }
	lines := []string{
		"Die Bücherei öffnet den Makerspace ab Januar an drei Nachmittagen in der Woche.",
		"Umfrage",
		"Würden Sie einen Makerspace in Ihrer Bücherei nutzen?",
		"Ja, regelmäßig", "Vielleicht einmal", "Nein",
		"412 Stimmen · Ergebnis ansehen",
		"Lena Hahner berichtet für den Landboten aus Hünfeld und dem Hessischen Kegelspiel.",
	}
	assert.Equal(t, []corpus.Label{B, X, X, X, X, X, X, I}, labelled(t, lines, []corpus.Label{B, P, P, P, P, P, P, I}, pass))
	lines = []string{"### Ankieta", "-------", "Czy Liwiec awansuje do trzeciej ligi?", "Tak Nie", "Głosowało 1 146 osób"}
	assert.Equal(t, []corpus.Label{X, X, X, X, X}, labelled(t, lines, []corpus.Label{P, P, P, P, P}, pass))
	lines = []string{"Umfrage: Trinken Sie noch Korn?", "Ja, regelmäßig", "Nur zu besonderen Anlässen", "Nein", "Abstimmen"}
	assert.Equal(t, []corpus.Label{X, X, X, X, X}, labelled(t, lines, []corpus.Label{P, P, P, P, P}, pass), "the poll's name and its question on one line")
	lines = []string{"Enquête : les maisons de santé tiennent-elles leurs promesses ?", "Newsletter « La lettre santé »"}
	assert.Equal(t, []corpus.Label{P, P}, labelled(t, lines, []corpus.Label{P, P}, pass), "an investigation's label is no poll")
	// A heading without a question under it is no poll.
	lines = []string{"Umfrage", "Die Stadt befragt bis Ende Januar alle Haushalte zum Nahverkehr.", "Mehr dazu"}
	assert.Equal(t, []corpus.Label{B, B, P}, labelled(t, lines, []corpus.Label{B, B, P}, pass))
}

func TestLiveTickerReadsUnderlinedHeadings(t *testing.T) {
	B, C, X := lBody, lComment, lChrome
	lines := []string{
		"Czterdzieści stoisk, koncert kolęd i żywa szopka przy Muzeum Małego Miasta.",
		"18:10",
		"Światełka na choince zapalone",
		"-----------------------------",
		"Burmistrz i najmłodsi mieszkańcy wspólnie zapalili lampki na choince na rynku.",
		"16:40",
		"Kolędy w wykonaniu chóru",
		"------------------------",
		"Na scenie występuje chór parafialny z Bieżunia i publiczność śpiewa razem z nim.",
		"14:15",
		"Kolejka po pierniki",
		"-------------------",
		"Najdłuższa kolejka ustawiła się przy stoisku koła gospodyń wiejskich z Zielonej.",
	}
	in := []corpus.Label{B, C, C, C, C, C, C, C, C, C, C, C, C}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { liveTicker(paras, fs, nil, out) }
	assert.Equal(t, []corpus.Label{B, X, B, B, B, X, B, B, B, X, B, B, B}, labelled(t, lines, in, pass))
}

func TestEndsWithCountedCommentHeading(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"- Basen w Kolnie zamknięty na czas przeglądu Opinie czytelników (3)", true},
		{"Mehr aus der Region Kommentare (12)", true},
		{"Kommentare (12)", false}, // the heading alone: isCommentHeading's
		{"Die Stadt zählt jetzt 41 Tiere (2026)", false},
		{"Galerie mit Bildern (12)", false},
	} {
		assert.Equal(t, tc.want, endsWithCountedCommentHeading(tc.s), "%q", tc.s)
	}
}

func TestTargetLists(t *testing.T) {
	B, C, P, X := lBody, lComment, lPromo, lChrome
	paras := lynxLines("Die Praxis öffnet im Januar.", "© 2027 Eifel-Echo", "1. /datenschutz\n2. /\n3. /pruem\n4. /bleialf\n5. /gesundheit\n6. /abo\n7. /share/facebook\n8. mailto:l.thommes@eifel-echo.de")
	out := scoredAs(B, X, C, C, C, P, P, P, C, C)
	targetLists(paras, out)
	assert.Equal(t, []corpus.Label{B, X, X, X, X, X, X, X, X, X}, labelsIn(out))
	// A short numbered list of paths is no list of every link's target.
	paras = lynxLines("Die Praxis öffnet im Januar.", "1. /datenschutz\n2. /")
	out = scoredAs(B, C, C)
	targetLists(paras, out)
	assert.Equal(t, []corpus.Label{B, C, C}, labelsIn(out))
	assert.True(t, isLynxTarget("27. /datenschutz"))
	assert.False(t, isLynxTarget("3. / und mehr"))
}

func TestPaywallNotices(t *testing.T) {
	B, P, X := lBody, lPromo, lChrome
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { paywallNotices(paras, fs, out) }
	lines := []string{
		"Die Brennerei feiert im März ihr 250-jähriges Bestehen mit einem Tag der offenen Tür.",
		"Sie haben das Ende des frei verfügbaren Textes erreicht. Lesen Sie alle Artikel für nur 1 Euro im ersten Monat.",
		"Jetzt Kurier+ testen · Bereits Abonnent? Anmelden",
		"Das Jubiläumswochenende",
	}
	assert.Equal(t, []corpus.Label{B, P, P, B}, labelled(t, lines, []corpus.Label{B, B, X, B}, pass))
	lines = []string{"旗山蕉農清晨採收香蕉，準備裝箱外銷。", "本文為會員專屬內容，加入會員即可閱讀全文。", "立即訂閱 已是會員？登入"}
	assert.Equal(t, []corpus.Label{B, P, P}, labelled(t, lines, []corpus.Label{B, B, B}, pass))
	// An offer's terms are no paywall.
	lines = []string{"Terms and conditions apply. Offer available to new subscribers only."}
	assert.Equal(t, []corpus.Label{X}, labelled(t, lines, []corpus.Label{X}, pass))
}

func TestPollPrefixesCoverPollHeadings(t *testing.T) {
	for h := range pollHeadings {
		assert.True(t, hasPollPrefix(h), "pollPrefixes lacks the first bytes of %q", h)
		assert.True(t, isPollHeading(h), "%q", h)
	}
}

func TestIsCJKMoreHeading(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"更多直播", true}, {"更多消费新闻", true}, {"更多", false}, {"更多精彩内容请下载客户端", false}, {"更多：点击", false},
	} {
		assert.Equal(t, tc.want, isCJKMoreHeading(tc.s), "%q", tc.s)
	}
}

func TestDemarkLineDropsClosingHeadingMarks(t *testing.T) {
	for in, want := range map[string]string{
		"## Herde zählt jetzt 41 Tiere ##": "Herde zählt jetzt 41 Tiere",
		"### 网友评论 ###":                     "网友评论",
		"# C# #":                           "C#", // the mark of a name stays
		"## Nummer #1":                     "Nummer #1",
	} {
		assert.Equal(t, want, string(demarkLine(nil, in)), "%q", in)
	}
}

func TestHeadingsRunIntoTheFirstStamp(t *testing.T) {
	assert.True(t, cjkHeadingOverStamp("网友评论（2） 辽西老食客 2026-12-03 08:12"))
	assert.False(t, cjkHeadingOverStamp("相关新闻 辽西老食客 2026-12-03 08:12"))
	for in, want := range map[string]int{
		"Imibono (1) Zanele K. · 3 Disemba 2026":        1,
		"Пикирлер (12) Бакыт · 3-декабрь, 2026":         12,
		"Fotos (12) Die schönsten Bilder vom Markt":     0, // no stamp after it
		"Die Stadt (rund 12.000 Einwohner) · 3.12.2026": 0,
		"2026 (3) Anna · 3.12.2026":                     0,
	} {
		assert.Equal(t, want, countedLead(in), "%q", in)
	}
}

func TestTickerHeadGivesTheArticleItsKeyPoints(t *testing.T) {
	B, C := lBody, lComment
	lines := []string{
		"Ribadavia celebra su Feria del Vino con récord de bodegas: sigue la jornada en directo",
		"Lo más importante",
		"62 bodegas, récord de la feria",
		"Tráfico cortado en el centro hasta las 23:00",
		"19:40",
	}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
		tickerHead(fs, make([]float32, len(paras)*corpus.NumLabels), 4, out)
	}
	assert.Equal(t, []corpus.Label{B, B, B, B, C}, labelled(t, lines, []corpus.Label{B, C, C, C, C}, pass))
	// A line with a comment cue ends the head: the thread's own.
	lines[2] = "Leave a comment"
	assert.Equal(t, []corpus.Label{B, C, C, B, C}, labelled(t, lines, []corpus.Label{B, C, C, C, C}, pass))
}
