package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Tests of the seventeenth session's passes, read off yb's errors after its
// blind run: the Textile view, comment sections of tag-marked pages, and
// stamps, bylines and newsletter words in more languages.

func TestDetextileLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`h1(#falsche-tickets). Falsche Tickets: 29&#45;Jähriger kommt davon`, "Falsche Tickets: 29-Jähriger kommt davon"},
		{`h2. Ohne Anker`, "Ohne Anker"},
		{`h1(duet--article sticky-nav relative bg-[length:1px_1.04em]). Apple's headset`, "Apple's headset"},
		{`p(lead). Der Vorspann.`, "Der Vorspann."},
		{`bq. Ein Zitat.`, "Ein Zitat."},
		{`* "Rottweil":/rottweil`, "Rottweil"},
		{`# "Startseite":/`, "Startseite"},
		{`"(logo)Neckar&#45;Kurier":/`, "Neckar-Kurier"},
		{`"(hover:opacity-50 hover:transition-all)Tech":/tech`, "Tech"},
		{`Details in der "Datenschutzerklärung":/datenschutz.`, "Details in der Datenschutzerklärung."},
		{`Von "Miriam Haller":/autoren/miriam-haller`, "Von Miriam Haller"},
		{`Siehe "den Bericht":https://example.org/a, dann weiter.`, "Siehe den Bericht, dann weiter."},
		{`!/bilder/saal.jpg(Im Saal 1. Foto: Miriam Haller)!`, "Im Saal 1. Foto: Miriam Haller"},
		{`!(w-[141px] fill-black)/logo.svg!`, ""},
		{`!https://cdn.example/crop(0x0:1046x614)/a.jpg(The Apple Vision Pro.)!`, "The Apple Vision Pro."},
		{`"!/a.png(Logo)!":/`, "Logo"},
		{`MoreMenu!(ml-8 inline-block)/menu.svg!`, "MoreMenu"},
		{`*Monforte:* Rubén Castro; Dani Pereira.`, "Monforte: Rubén Castro; Dani Pereira."},
		{`_kursiv_ und *fett*`, "kursiv und fett"},
		{`|_. Pos.|_. Equipo|_. Pts.|`, "Pos. Equipo Pts."},
		{`|1|CD Monforte|29|`, "1 CD Monforte 29"},
		{`Narro&#95;RW · vor 3 Stunden`, "Narro_RW · vor 3 Stunden"},
		{`回复 &#124; 赞(23)`, "回复 | 赞(23)"},
		{`<div class="section kommentare">`, ""}, {`</div>`, ""},
		{`Er sagte "ja": nichts weiter.`, `Er sagte "ja": nichts weiter.`},
		{`snake_case und 5 * 3 bleiben`, "snake_case und 5 * 3 bleiben"},
		{`Wow! (really)`, "Wow! (really)"},
		{"zwei\nZeilen", "zwei\nZeilen"},
		{`&#0; &#xD800; &#12`, `&#0; &#xD800; &#12`},
	} {
		assert.Equal(t, tc.want, string(detextileLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestIsTextileDumpAndMarkup(t *testing.T) {
	paras := lynxLines(
		`<div class="kopf">`,
		`"(logo)Neckar&#45;Kurier":/`,
		"* \"Rottweil\":/rottweil\n* \"Region\":/region",
		`</div>`,
		`h1(#titel). Titel`,
		`!/a.jpg(Bild. Foto: K. P.)!`,
		"Text des Artikels.",
		`<div class="section kommentare">`,
		`h2(#kommentare-2). Kommentare (2)`,
		`<div class="kommentar">`,
		"Gabi · vor 2 Stunden",
		"Bewährung für so viel Schaden?",
		`</div>`,
		"Ihr Kommentar",
		"Kommentar abschicken",
		`</div>`,
		`<div class="section newsletter">`,
		`h3(#newsletter). Der Newsletter`,
		`</div>`,
	)
	require.True(t, isTextileDump(paras))
	assert.False(t, isTextileDump(lynxLines(`Er sagte "ja": nichts.`, `"Nein": das war's.`, "h2 ist ein Kanal.", "Das Bild !wow!")), "quotes before colons, no targets")
	assert.False(t, isTextileDump(lynxLines("# Titel", "[Link](/a) [b](/b) [c](/c) [d](/d) [e](/e)")), "Markdown")
	C, P, X, B := lComment, lPromo, lChrome, lBody
	out := scoredAs(X, X, X, X, X, B, B, B, X, C, X, C, C, X, P, P, X, X, P, X)
	commentSections(paras, mwKinds(paras), out)
	mwMarkup(paras, mwKinds(paras), out, isTextileImage)
	assert.Equal(t, []corpus.Label{X, X, X, X, X, B, X, B, C, C, C, C, C, C, C, C, C, P, P, P}, labelsIn(out),
		"the promo lines inside a comment section are comment, tags take their section's label, an image is chrome")

	// A newsletter box nested in a comment section keeps its label.
	nested := lynxLines(`<div class="c">`, "Kommentare (1)", "Gabi · vor 2 Stunden", `<div class="n">`, "Unser Newsletter", "Jetzt abonnieren", `</div>`, `</div>`)
	out = scoredAs(X, C, C, X, P, P, X, X)
	commentSections(nested, mwKinds(nested), out)
	assert.Equal(t, []corpus.Label{X, C, C, X, P, P, X, X}, labelsIn(out))
}

func TestPlainTextsOfMarkupPages(t *testing.T) {
	textile := lynxLines(`<div class="kopf">`, `"(logo)Kurier":/`, `* "Region":/region`, `* "Sport":/sport`, `</div>`, `h1(#t). Der &#45; Titel`, `"Mehr":/mehr`)
	assert.Equal(t, []string{"", "Kurier", "Region", "Sport", "", "Der - Titel", "Mehr"}, PlainTexts(textile))
	mw := lynxLines(`<div class="kopf">`, "[[|Kurier]]", "* [[region|Region]]", "* [[sport|Sport]]", "</div>", "= Der Titel =", "[[mehr|Mehr]]")
	assert.Equal(t, []string{"", "Kurier", "Region", "Sport", "", "Der Titel", "Mehr"}, PlainTexts(mw))
}

func TestRound17Stamps(t *testing.T) {
	for _, text := range []string{
		"Kuldīdznieks · pirms 3 stundām",
		"Drejø-Karen · for 5 timer siden",
		"Svendborgenser · for 1 time siden",
		"Ovčarac · pre 14 sati",
	} {
		assert.True(t, isRelativeTime(text), text)
	}
	for _, text := range []string{"Fahrplan · for 3 hours", "Ovčarac · pre kupovine"} {
		assert.False(t, isRelativeTime(text), text)
	}
	assert.True(t, isReplyBar("Atbildēt · Patīk (12)"), "Latvian reply bar")
}

func TestRound17BylinesAndNewsletters(t *testing.T) {
	name, plain := bylineName("Írta: Szabó Gergely")
	assert.Equal(t, "Szabó Gergely", name, "a byline word with a capital outside ASCII")
	assert.False(t, plain)
	name, _ = bylineName("Ünnepi Szabó Gergely Kovács Anna Tóth")
	assert.Empty(t, name)
	name, _ = bylineName("Texto: Álvaro Cienfuegos / Fotos: Nieves Barroso")
	assert.Equal(t, "Álvaro Cienfuegos", name, "a photographer's credit after a slash")
	name, _ = bylineName("Teksti: Sanna Hyvönen")
	assert.Equal(t, "Sanna Hyvönen", name)
	assert.True(t, startsWithNamedTrade("Rafał Wieczorek – redaktor działu Przemysł, od 2016 r. pisze o gospodarce.", "Rafał Wieczorek"))
	for _, s := range []string{"žurnāliste, kas raksta par kultūru", "újságíró, Veszprém fejlesztéseiről", "kultuuritoimetaja."} {
		assert.True(t, startsWithTrade(s), s)
	}
	for _, text := range []string{"Bilten Moravskog glasnika", "Najvažnije vesti iz Čačka svakog jutra u vašem inboksu.", "Nyhedsbrev fra Sydfyn", "Jaunumu vēstule"} {
		assert.True(t, newsletterLine(text), text)
	}
	w, fits := lowerWordInto(make([]byte, 0, 4), "Írta:")
	assert.False(t, fits, "a word longer than the buffer")
	assert.LessOrEqual(t, len(w), 4)
}

func TestLinkRows(t *testing.T) {
	paras := lynxLines(
		"[Wetter](/thema/wetter) [Glatteis](/thema/glatteis)",
		`"CD Monforte":/tag/cd-monforte "Preferente":/tag/preferente`,
		"Từ khóa: [[/tag/bao-so-12][bão số 12]], [[/tag/cam-bien][cấm biển]]",
		"[https://www.isar-wochenblatt.de/thema/landgericht]Landgericht [https://www.isar-wochenblatt.de/Thema/landau]Landau",
		"[Wetter](/thema/wetter) [Mehr Wetter](/wetter/heute)",
		"[Alle Themen](/thema/)",
		"Nur [ein Tag](/tag/a).",
		"[Ein Artikel](https://example.org/tag-der-arbeit/rede) [Noch einer](https://example.org/2026/tag)",
		"[Om os](/om-os) [Privatlivspolitik](/privatlivspolitik) [Cookiepolitik](/cookiepolitik.html)",
		"[[about|關於我們]] [[privacy|隱私權政策]] [[contact?x=1|聯絡我們]]",
		"[Impressum](/impressum) [Unser Angebot](/abo)",
		"Del artiklen: [Facebook](/del/facebook) [X](/del/x) [Mail](mailto:?subject=Færger)",
		"[Teilen](https://www.facebook.com/sharer/sharer.php?u=x) [WhatsApp](https://wa.me/?text=x) [Post](https://x.com/intent/post?u=x)",
		"Folgen Sie uns: [Facebook](https://www.facebook.com/neckarkurier) [Instagram](https://www.instagram.com/neckarkurier)",
		"Tag: link:/tag/harga-cabai[harga cabai] link:/tag/inflasi[inflasi]",
	)
	out := scoredAs(lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lBody, lPromo, lPromo, lBio, lPromo, lPromo, lBody, lPromo, lComment)
	linkRows(paras, out)
	assert.Equal(t, []corpus.Label{lChrome, lChrome, lChrome, lChrome, lPromo, lPromo, lBody, lPromo, lChrome, lChrome, lPromo, lChrome, lChrome, lPromo, lChrome}, labelsIn(out),
		"rows whose every link (two or more) goes to a tag's page, every one to a legal or contact page, or every one shares the page, are chrome; a social invite stays")
	var got []string
	linkTargets(`[a](/x) "b":/y [[z|c]] [https://h/w]d [e] (f) link:/v[g] unlink:/u[h] [Jira|/j] [a|b]`, func(t string) { got = append(got, t) })
	assert.Equal(t, []string{"/x", "/y", "z", "https://h/w", "/v", "/j"}, got)
}

func TestNoticeLines(t *testing.T) {
	lines := []string{
		"Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autora.",
		"Cette chronique n'engage que son autrice.",
		"本文为清江新闻网原创稿件，转载请注明出处。",
		"风险提示：本文内容仅供参考，不构成任何投资建议。股市有风险，投资需谨慎。",
		"Prices correct at time of publishing.",
		"Gilles Perraudin est conseiller municipal. Les tribunes n'engagent que leurs auteurs.",
		"We may earn a commission when you buy through our links.",
		"原创 周雨桐 城事观察 2026-11-28 19:30 上海",
		"Der Verlag hatte die Rechte an dem Text, und der Nachdruck ohne Gewähr für Vollständigkeit war ein Streitpunkt im Prozess, den das Landgericht am Mittwoch nach drei Verhandlungstagen, zwei Gutachten, einer Ortsbegehung und langen Plädoyers beider Seiten mit einem Vergleich beendete, der allen gefiel.",
	}
	assert.Equal(t, "XXXXXIBIB", runLinePass(t, lines, "BBPCBIBIB", noticeLines),
		"notices are chrome; one in an author's box stays bio; an affiliate notice is left to the model; a long sentence is none")
}

func TestIsTrialOffer(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Digital-Abo: 4 Wochen gratis testen", true},
		{"Club del Suscriptor: 3 meses gratis", true},
		{"Prøv Sydfyns Tidende+ gratis i 14 dage", true},
		{"Rundschau+ 30 Tage kostenlos", true},
		{"订阅张垣日报数字报，首月仅需1元", true},
		{"開通VIP會員，免費下載歷年真題", true},
		{"Jetzt 4 Wochen gratis testen", false}, // no subscription named
		{"E-Paper", false},
		{"Der Eintritt zum Konzert im Abo-Saal ist am Sonntag für alle Besucher kostenlos, teilte die Stadt am Freitag mit.", false},
		{"Freier Eintritt für Abonnenten", false},
	} {
		assert.Equal(t, tc.want, isTrialOffer(tc.text), tc.text)
	}
	assert.True(t, hasOfferStem("s'abonner"), "after an elided article")
	assert.True(t, hasOfferStem("s’abonner"))
	assert.False(t, hasOfferStem("l'avenue"))
}

func TestRunInHeadings(t *testing.T) {
	assert.True(t, endsWithCommentHeading("[Dalintis](/dalintis/fb)[X](/dalintis/x) [ežerai](/zyma/ezerai) ### Komentarai (2)"))
	assert.False(t, endsWithCommentHeading("[Dalintis](/dalintis/fb) ### Skaitomiausi"))
	assert.False(t, endsWithCommentHeading("Komentarai (2)"), "a heading alone is isCommentHeading's")
	assert.True(t, endsWithBoxHeading("Komentuoti### Naujienlaiškis"))
	assert.True(t, endsWithBoxHeading("Užsisakyti### Skaitomiausi"), "Lithuanian most read")
	assert.True(t, endsWithBoxHeading("Senden ## Meistgelesen"))
	assert.False(t, endsWithBoxHeading("Ich finde # das gut"))
	assert.False(t, endsWithBoxHeading("# Meistgelesen"), "a heading alone")
}

func TestMarkdownHeadline(t *testing.T) {
	lines := []string{
		"## [Bakonyi Napló](https://www.bakonyinaplo.example/)",
		"# Elkezdődött a várfal felújítása, tavaszig lezárják a Tűztorony környékét",
		"Hétfőn megkezdődött a veszprémi vár déli falszakaszának helyreállítása. A munkálatok idejére lezárják.", // as the Markdown view reads it
		"Szerző: Kovács-Tamási Réka",
		"2026. december 2., szerda 10:05",
		"A várfal déli szakaszán hétfőn reggel kezdték meg a munkát a restaurátorok, akik tavaszig dolgoznak majd.",
		"## Kapcsolódó cikkek",
	}
	got := runLinePass(t, lines, "XPPPCBP", func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
		markdownHeadline(paras, paras, fs, out)
	})
	assert.Equal(t, "XBBIXBP", got, "the only level-one heading is the headline, and the head under it the article's")
	for _, tc := range []struct{ lines []string }{
		{[]string{"# Eins", "# Zwei", "Text des Artikels mit vielen Wörtern darin."}},
		{[]string{"# [Ein Teaser](/a)", "Text des Artikels mit vielen Wörtern darin."}},
	} {
		got := runLinePass(t, tc.lines, strings.Repeat("P", len(tc.lines)-1)+"B", func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
			markdownHeadline(paras, paras, fs, out)
		})
		assert.Equal(t, strings.Repeat("P", len(tc.lines)-1)+"B", got, "%q: two level-one headings, or a linked one, are no headline", tc.lines)
	}
}

func TestFormButtons(t *testing.T) {
	C, P, X := lComment, lPromo, lChrome
	paras := lynxLines("Gabi · vor 2 Stunden", "Bewährung für so viel Schaden?", "Senden", "Unser Newsletter", "Jeden Morgen die Nachrichten.", "Senden", "[Publier]", "Impressum")
	out := scoredAs(C, C, P, P, P, P, X, X)
	formButtons(paras, out)
	assert.Equal(t, []corpus.Label{C, C, C, P, P, P, X, X}, labelsIn(out), "a send button under a comment is the comment form's; one under a newsletter box stays")
	paras = lynxLines("Ich finde das gut.", "[Publier]")
	out = scoredAs(C, X)
	formButtons(paras, out)
	assert.Equal(t, []corpus.Label{C, C}, labelsIn(out))
}

func TestShapedThreads(t *testing.T) {
	lines := []string{
		"Jólatréð stendur á Hafnarstéttinni fram á þrettándann, þegar haldin verður brenna við Skjálfandaflóa.",
		"Ummæli (2)",
		"Sigga á Laugum · 30.11.2026 kl. 20:14",
		"Yndislegar myndir! Kórinn var frábær eins og alltaf.",
		"Svara · Líkar við (12)",
		"Jón Ágúst · 01.12.2026 kl. 08:03",
		"Gaman að sjá hefðina halda áfram í fjörutíu ár. Takk Ålesund!",
		"Svara · Líkar við (7)",
		"Fréttabréf Norðurslóðar",
	}
	assert.Equal(t, "BCCCCCCCP", runLinePass(t, lines, "BPIBIPPPP", shapedThreads),
		"two comments with a stamp and a bar of the same shape are a thread, in a language without stamp words, and the heading with a count above them is its")
	// One comment, or bars of different shapes, make no thread.
	assert.Equal(t, "BPPPP", runLinePass(t, lines[:5], "BPPPP", shapedThreads))
	gallery := []string{
		"Der Weihnachtsmarkt auf dem Marktplatz ist eröffnet und lockt Besucher aus der ganzen Region an.",
		"Foto: Anna Berg · 01.12.2026",
		"Der Glühweinstand am Rathaus.",
		"Bild 1 von 12",
		"Foto: Anna Berg · 01.12.2026",
		"Die Krippe vor der Kirche.",
		"Bild 2 von 12",
	}
	assert.Equal(t, "BXXXXXX", runLinePass(t, gallery, "BXXXXXX", shapedThreads), "a gallery's counters have no separator")
	var b [80]byte
	shape, ok := barShape(b[:0], "Balas · Suka (24)", 3)
	assert.True(t, ok)
	assert.Equal(t, "Balas · Suka (#)", string(shape))
	_, ok = barShape(b[:0], "12 | 34", 3)
	assert.False(t, ok, "no letters")
}

func TestJiraIsNoTextile(t *testing.T) {
	jira := lynxLines("h1. {anchor:titel}Titel", "h2. {anchor:a}Erster Teil", "Text des Artikels mit [einem Link|/a].", "h2. {anchor:b}Zweiter Teil", "h3. {anchor:c}Dritter Teil", "h3. Kommentare (2)")
	assert.False(t, isTextileDump(jira), "Jira headings without Textile links")
	textile := lynxLines("h1(#titel). Titel", "h2(#a). Erster Teil", "Text des Artikels.", "h2(#b). Zweiter Teil", "h3(#c). Dritter Teil", "h3(#d). Vierter Teil")
	assert.True(t, isTextileDump(textile), "Textile headings with attributes")
}

func TestCellTables(t *testing.T) {
	lines := []string{
		"Mit dem Sieg rückt Annaberg auf den dritten Tabellenplatz vor. Am Samstag geht es zum Tabellenführer.",
		"Tabelle Sachsenliga (Auszug)",
		"Platz", "Mannschaft", "Spiele", "Punkte",
		"1.", "HC Glauchau/Meerane", "11", "20:2",
		"2.", "SV Zwickau", "11", "18:4",
		"3.", "HV Annaberg-Buchholz", "11", "15:7",
		"Zum Autor",
	}
	assert.Equal(t, "B"+strings.Repeat("B", 17)+"I", runLinePass(t, lines, "B"+strings.Repeat("X", 17)+"I", cellTables),
		"a table printed one cell per line under the article is the article's")
	menu := []string{
		"Ein Satz des Artikels, der lang genug ist, um als Text zu gelten und zu enden.",
		"Politik", "Congress", "SCOTUS", "2020",
		"Welt", "Europa", "Asien", "2021",
		"Sport", "Fußball", "Tennis", "2022",
	}
	assert.Equal(t, "B"+strings.Repeat("X", 12), runLinePass(t, menu, "B"+strings.Repeat("X", 12), cellTables), "one column of numbers is no table")
	share := []string{"Ein Satz des Artikels, der lang genug ist, um als Text zu gelten und zu enden.", "Teilen", "Facebook", "0", "Twitter", "0", "Pinterest", "0", "E-Mail", "0"}
	assert.Equal(t, "B"+strings.Repeat("X", 9), runLinePass(t, share, "B"+strings.Repeat("X", 9), cellTables), "a share bar's counts")
	for _, c := range []string{"1.", "20:2", "1,204", "45%", "-3", "30人", "2027年4月", "17 km"} { // a unit word since the nineteenth session

		assert.True(t, isNumericCell(c), c)
	}
	for _, c := range []string{"", "Platz", "1. FC", ".", "人30"} {
		assert.False(t, isNumericCell(c), c)
	}
}

func TestDejiraLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"h1. {anchor:el-tsj}El TSJ anula la subida", "El TSJ anula la subida"},
		{"{anchor:aviso-cookies}Utilizamos cookies propias.", "Utilizamos cookies propias."},
		{"* [Llerena|/llerena]", "Llerena"},
		{"[Regístrate|/registro] [Iniciar sesión|/entrar]", "Regístrate Iniciar sesión"},
		{"El Tribunal Superior \\(TSJEx) ha anulado", "El Tribunal Superior (TSJEx) ha anulado"},
		{"!/img/a.jpg|title=fig:, alt=Gespanntes Warten. Foto: M. R.!", "Gespanntes Warten. Foto: M. R."},
		{"!/img/autoren/rehberg.jpg|alt=Matthias Rehberg!", "Matthias Rehberg"},
		{"{panel:role=main}", ""}, {"{panel}", ""},
		{"*Correctif :* une version précédente", "Correctif : une version précédente"},
		{"||Pos.||Equipo||", " Pos. Equipo "},
		{"回复 | 赞(16)", "回复   赞(16)"},
		{"[not a link] and [a|b]", "[not a link] and [a b]"}, // a bar is a table cell's edge
		{"Impressum &amp; Datenschutz", "Impressum & Datenschutz"},
	} {
		assert.Equal(t, tc.want, string(dejiraLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestIsJiraDumpAndKinds(t *testing.T) {
	paras := lynxLines(
		"{anchor:cookies}Wir verwenden Cookies.",
		"[Kreiszeitung|/]",
		"* [Sulingen|/sulingen]\n* [Diepholz|/diepholz]",
		"{panel:role=main}",
		"h1. {anchor:titel}Titel",
		"Text des Artikels.",
		"{panel}",
		"{panel:bgColor=#eee}",
		"h3. {anchor:kommentare}Kommentare (2)",
		"{panel}",
	)
	require.True(t, isJiraDump(paras))
	assert.False(t, isTextileDump(paras), "Jira is no Textile")
	assert.False(t, isJiraDump(lynxLines("[1] Quelle", "[2] Quelle", "Text [a|b] [c|d] [e|f] [g|h] [i|j]")), "bracketed words with bars but no targets")
	assert.False(t, isJiraDump(lynxLines("[a|/a] [b|/b] [c|/c]", "[d|/d] [e|/e] [f|/f]")), "links alone, with no macro")
	assert.Equal(t, []mwLine{mwText, mwText, mwText, mwText, mwOpen, mwText, mwText, mwClose, mwOpen, mwText, mwClose}, jiraKinds(paras))
	assert.True(t, isJiraImage("!/a.jpg|alt=Bild!"))
	assert.False(t, isJiraImage("!Achtung!"))
}

func TestPrefilters(t *testing.T) {
	assert.True(t, hasWordStem("Digital-Abo: 4 Wochen", subscriptionStarts, subscriptionStems))
	assert.True(t, hasWordStem("[5]S'abonner dès 1 €", subscriptionStarts, subscriptionStems), "after an apostrophe")
	assert.False(t, hasWordStem("Labor und Kabel", subscriptionStarts, subscriptionStems), "inside a word")
	assert.True(t, hasWordStem("4 Wochen GRATIS", trialStarts, trialWordList))
	assert.True(t, noticePhrases.mayBeIn("Cette chronique N'ENGAGE que son autrice."))
	assert.False(t, noticePhrases.mayBeIn("Der Rat tagte am Montag."))
	assert.True(t, hasWideChar("訂閱"))
	assert.False(t, hasWideChar("Zürich"), "two-byte letters")
}

func TestFrontMatter(t *testing.T) {
	lines := []string{
		"---",
		`title: "Muere a los 91 años Manuel Rey Otero"`,
		`author: "Xoana Villar"`,
		`site: "Xoana Villar"`,
		`language: "es"`,
		"word_count: 337",
		"---",
		"Durante más de medio siglo tocó a diario las campanas de la iglesia.",
	}
	paras := lynxLines(lines...)
	out := scoredAs(lBody, lChrome, lChrome, lChrome, lBody, lChrome, lChrome, lBody)
	frontMatter(paras, out)
	assert.Equal(t, []corpus.Label{lChrome, lBody, lBio, lBio, lChrome, lChrome, lChrome, lBody}, labelsIn(out),
		"the author (and a site named as the author) bio, a title no heading repeats body, the rest chrome")
	headed := lynxLines("---", `title: "Tribune. Pithiviers mérite mieux"`, `author: "Hélène Vasseur"`, `site: "Le Courrier"`, "---", "## Pithiviers mérite mieux", "Vingt ans après l'annonce.")
	out = scoredAs(lBody, lBody, lChrome, lBody, lChrome, lBody, lBody)
	frontMatter(headed, out)
	assert.Equal(t, []corpus.Label{lChrome, lChrome, lBio, lChrome, lChrome, lBody, lBody}, labelsIn(out), "a title a heading repeats is chrome")
	rule := lynxLines("---", "Ein Absatz, der kein YAML ist.", "---")
	out = scoredAs(lChrome, lBody, lChrome)
	frontMatter(rule, out)
	assert.Equal(t, []corpus.Label{lChrome, lBody, lChrome}, labelsIn(out), "Markdown rules around a paragraph")
}

func TestHasLabelledNameTail(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Tréð lýsir upp höfnina þar sem hvalaskoðunarbátarnir liggja í vetrarlægi. Ljósmynd: Guðrún Helga Sigurðardóttir", true},
		{"La procesión pasa por la calle de la Caridad. Foto: Javier Mora", true},
		{"Goles: 0-1, min. 42: Okafor. 1-1, min. 82: Cordero. 2-1, min. 89: Cordero.", false},
		{"Pierwszy mecz: 39:45. Awans: Orzeł Brzeg.", false},
		{"Kurz. Foto: Anna Berg", false}, // too short a caption
		{"A new Bill would require providers to store metadata for two years. Source: Supplied", false}, // one word: no name
		{"Der Rat hat entschieden. Er sagte: das war gut", false},
		{"Die Halle ist voll. Am Ende stand es 3:2 für die Gäste: Trainer Meier", false},
	} {
		assert.Equal(t, tc.want, hasLabelledNameTail(tc.text), tc.text)
	}
}
