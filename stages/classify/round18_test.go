package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Tests of the eighteenth session's passes, read off yd's errors after its
// blind run: pandoc Muse read through the Org view, comment threads and
// forms found by their shape in scripts without spaces, and form fields as
// text browsers draw them.

func TestDeorgLineReadsMuse(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"**Auch interessant:**", "Auch interessant:"},
		{"*Aktualisierung, 17.50 Uhr: falsch.*", "Aktualisierung, 17.50 Uhr: falsch."},
		{"[[/about][Über uns]] <verbatim>|</verbatim> [[/privacy][Datenschutz]]", "Über uns | Datenschutz"},
		{`<class name="bread_gt">></class> <class name="titel">1Password für Mac</class>`, "> 1Password für Mac"},
		{"E = mc<sup>2</sup><br>", "E = mc2"},
		{"a < b and <classic> stays", "a < b and <classic> stays"},
		{"<class name=\"x\"", "<class name=\"x\""},
	} {
		assert.Equal(t, tc.want, string(deorgLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestMuseTag(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"<verbatim>|", 10}, {"</verbatim>", 11}, {`<class name="a">x`, 16}, {"</class>", 8},
		{"<br>", 4}, {"<classic>", 0}, {"<class name=\"<\">", 0}, {"<b>", 0}, {"<", 0}, {"", 0},
	} {
		assert.Equal(t, tc.want, museTag(tc.in), "%q", tc.in)
	}
}

func TestIsOrgHeading(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"* Rückruf: Alzeyer Bäckerei", true}, {"** Diese Chargen sind betroffen", true},
		{"*** Über die Autorin", true}, {"*Aktualisierung", false}, {"**", false}, {"** ", false},
		{"- * a", false},
	} {
		assert.Equal(t, tc.want, isOrgHeading(tc.in), "%q", tc.in)
	}
}

func TestHeadingsInBodyPassesOverAReadAlsoBox(t *testing.T) {
	paras := lynxLines(
		"Der Betrieb habe den Fehler selbst gemeldet.",
		"[[/bilder/a.jpg][Der Stollen. Foto: Bäckerei]]",
		"**Auch interessant:**",
		"[[/verbraucher/a][Allergene bei loser Ware: Was Bäcker angeben müssen]]",
		"** Lebensmittelüberwachung prüft die Backstube",
		"Die Lebensmittelüberwachung hat die Backstube kontrolliert.",
	)
	out := scoredAs(corpus.Body, corpus.Chrome, corpus.Promo, corpus.Promo, corpus.Promo, corpus.Body)
	headingsInBody(paras, out, isOrgHeading)
	assert.Equal(t, []corpus.Label{corpus.Body, corpus.Chrome, corpus.Promo, corpus.Promo, corpus.Body, corpus.Body}, labelsIn(out))
	// Five lines of furniture and more above: no longer inside the article.
	paras = lynxLines("Body.", "a", "b", "c", "d", "e", "** Heading", "Body again.")
	out = scoredAs(corpus.Body, corpus.Chrome, corpus.Chrome, corpus.Promo, corpus.Promo, corpus.Chrome, corpus.Promo, corpus.Body)
	headingsInBody(paras, out, isOrgHeading)
	assert.Equal(t, corpus.Promo, out[6].Label)
}

func TestFormFields(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	field := "_________________________________________"
	paras := lynxLines("Escribe o teu comentario", field, field, field, "Enviar", "O boletín das Mariñas", "Recibe as noticias.", "[ ______________ ]", "Subscribirse", "Lo más leído")
	fs, _ := x.Document(paras, nil, nil)
	out := scoredAs(corpus.Comment, corpus.Promo, corpus.Chrome, corpus.Promo, corpus.Chrome, corpus.Promo, corpus.Promo, corpus.Chrome, corpus.Chrome, corpus.Promo)
	formFields(paras, fs, out)
	assert.Equal(t, []corpus.Label{
		corpus.Comment, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Comment,
		corpus.Promo, corpus.Promo, corpus.Promo, corpus.Promo, corpus.Promo,
	}, labelsIn(out))
	for _, tc := range []struct {
		in   string
		want bool
	}{{field, true}, {"[ ________ ]", true}, {"_______", false}, {"____a____", false}, {"", false}} {
		assert.Equal(t, tc.want, isFormField(tc.in), "%q", tc.in)
	}
}

func TestShapedThreadsInThai(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	paras := lynxLines(
		"ศาลสั่งจำคุกคนละ 3 ถึง 5 ปี ไม่รอลงอาญา และให้ร่วมกันชดใช้ค่าเสียหายทางแพ่งแก่รัฐกว่า 2.4 ล้านบาท",
		"*** ความคิดเห็น (2)",
		"**คนเมืองน่าน** 3 ธ.ค. 2569 15:02",
		"สมควรแล้วครับ ป่าน่านคือต้นน้ำของประเทศ ขอบคุณเจ้าหน้าที่ทุกท่าน",
		"ตอบกลับ · ถูกใจ 31",
		"**ลุงจันทร์ แม่จริม** 3 ธ.ค. 2569 15:40",
		"อยากให้จับนายทุนตัวใหญ่ด้วย ไม่ใช่แค่คนงาน",
		"ตอบกลับ · ถูกใจ 18",
		"แสดงความคิดเห็น",
		"ส่งความคิดเห็น",
		"*** ข่าวยอดนิยม",
	)
	fs, _ := x.Document(paras, nil, nil)
	out := scoredAs(corpus.Body, corpus.Bio, corpus.Bio, corpus.Body, corpus.Bio, corpus.Bio, corpus.Promo, corpus.Promo, corpus.Promo, corpus.Promo, corpus.Promo)
	shapedThreads(paras, fs, out)
	want := []corpus.Label{corpus.Body}
	for range 9 {
		want = append(want, corpus.Comment)
	}
	assert.Equal(t, append(want, corpus.Promo), labelsIn(out))
}

func TestShapedThreadReplyStampAndForm(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	paras := lynxLines(
		"Nga e hëna, 7 dhjetor, banorët do të kenë ujë vetëm në orare të caktuara.",
		"Komente (3)",
		"Dritan K. 3 dhjetor 2026, 11:02",
		"Më në fund! Çdo verë e njëjta histori.",
		"Përgjigju · Pëlqej 9",
		"Gent Xh. i përgjigjet Mimozës 3 dhjetor 2026, 12:15",
		"Mbushe natën para, orari i mbrëmjes zgjat deri në nëntë.",
		"Përgjigju · Pëlqej 2",
		"Lini një koment",
		"Dërgo komentin",
		"Më të lexuarat",
	)
	fs, _ := x.Document(paras, nil, nil)
	out := scoredAs(corpus.Body, corpus.Promo, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Promo, corpus.Promo, corpus.Promo, corpus.Promo, corpus.Promo, corpus.Promo)
	shapedThreads(paras, fs, out)
	want := []corpus.Label{corpus.Body}
	for range 9 {
		want = append(want, corpus.Comment)
	}
	assert.Equal(t, append(want, corpus.Promo), labelsIn(out))
}

func TestHeadingStem(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Komente (3)", "komen"}, {"Komen (3)", "kome"}, {"Ummæli (2)", "ummæ"},
		{"*** ความคิดเห็น (2)", "ความคิดเห"}, {"Ab (3)", ""}, {"", ""},
	} {
		assert.Equal(t, tc.want, headingStem(tc.in), "%q", tc.in)
	}
}

func TestEndsWithClockTime(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{{"3 ธ.ค. 2569 15:02", true}, {"am 2.12. um 9:40 ", true}, {"15:2", false}, {"1502", false}, {":02", false}} {
		assert.Equal(t, tc.want, endsWithClockTime(tc.in), "%q", tc.in)
	}
}

func TestRefDefinition(t *testing.T) {
	for _, tc := range []struct {
		in, label, target string
		ok                bool
	}{
		{"[10]: /kultura", "10", "/kultura", true},
		{`[foto]: https://x.example/a.jpg "Titel"`, "foto", "https://x.example/a.jpg", true},
		{"[a]: <https://x.example/b>", "a", "https://x.example/b", true},
		{"[10]:/kultura", "", "", false},
		{"[]: /x", "", "", false},
		{"[a [b]]: /x", "", "", false},
		{"Zobacz [10]: /x", "", "", false},
		{"[10]: ", "", "", false},
	} {
		label, target, ok := refDefinition(tc.in)
		assert.Equal(t, tc.ok, ok, "%q", tc.in)
		assert.Equal(t, tc.label, label, "%q", tc.in)
		assert.Equal(t, tc.target, target, "%q", tc.in)
	}
}

func TestInlineRefLinks(t *testing.T) {
	paras := lynxLines(
		"[Strona główna][9] / [Kultura][10] / [Galerie][11]",
		"![Lodowisko][14]",
		"Tekst z [linkiem][X] i [bez celu][99] oraz [[Org][10]].",
		"[9]: /",
		"[10]: /kultura",
		"[11]: /galerie",
		"[14]: /galeria/03.jpg",
		"[x]: /link",
	)
	var buf []corpus.Paragraph
	got, ok := inlineRefLinks(paras, &buf)
	require.True(t, ok)
	assert.Equal(t, "[Strona główna](/) / [Kultura](/kultura) / [Galerie](/galerie)", got[0].Text)
	assert.Equal(t, "![Lodowisko](/galeria/03.jpg)", got[1].Text)
	assert.Equal(t, "Tekst z [linkiem](/link) i [bez celu][99] oraz [[Org][10]].", got[2].Text, "labels match without case; unknown labels and Org links stay")
	assert.Equal(t, "[10]: /kultura", got[4].Text, "a definition stays")
	out := scoredAs(corpus.Chrome, corpus.Chrome, corpus.Body, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Comment)
	refDefinitions(got, out)
	assert.Equal(t, []corpus.Label{corpus.Chrome, corpus.Chrome, corpus.Body, corpus.Chrome, corpus.Chrome, corpus.Chrome, corpus.Chrome, corpus.Chrome}, labelsIn(out))

	one := lynxLines("Text [a][1].", "[1]: /a")
	same, ok := inlineRefLinks(one, &buf)
	assert.False(t, ok, "one definition is too few")
	assert.Equal(t, one, same)
}

func TestDemwLineReadsZimWiki(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"{{/img/2026/12/bruecke.jpg| Über die Brücke fahren 14.000 Autos. Foto: T. E.}}", "Über die Brücke fahren 14.000 Autos. Foto: T. E."},
		{"{{/img/logo.png}}", ""},
		{"|700 |Cochem – Ulmen |fährt ab Bahnhof Cochem |", "700 Cochem – Ulmen fährt ab Bahnhof Cochem"},
		{"|-----|---------|:----:|", ""},
		{"**Vier Monate lang kommt niemand über die Brücke.**", "Vier Monate lang kommt niemand über die Brücke."},
		{"===== So fahren die Busse =====", "So fahren die Busse"},
		{"[[cochem|Cochem]] / [[cochem/verkehr|Verkehr]]", "Cochem / Verkehr"},
		{"{{a}} und {{b}}", "{{a}} und {{b}}"},
	} {
		assert.Equal(t, tc.want, string(demwLine(nil, tc.in)), "%q", tc.in)
	}
	assert.True(t, isMWImage("{{/img/a.jpg|Bild}}"))
	assert.False(t, isMWImage("{{a}} und {{b}}"))
}

func TestCountedSections(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	paras := lynxLines(
		"Gipuzkoako Foru Aldundiak 3,2 milioi euro bideratuko ditu Azpeitia eta Azkoitia lotuko dituen tartea egokitzeko.",
		"Iruzkinak (3)",
		"Ane G. · 2026-12-16 09:10",
		"Azkenean! Nire alabak egunero joaten da bizikletaz institutura.",
		"Patxi · 2026-12-16 10:32",
		"Ondo dago, baina 2028ra arte itxaron beharko dugu?",
		"Utzi zure iruzkina",
		"Izena",
		"Bidali",
		"Iruzkinak moderatu egiten dira. Irakurri gure arauak.",
		"Harpidetu buletinera",
	)
	fs, _ := x.Document(paras, nil, nil)
	out := scoredAs(corpus.Body, corpus.Comment, corpus.Promo, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Promo, corpus.Promo, corpus.Promo, corpus.Promo, corpus.Promo)
	countedSections(paras, fs, out)
	want := []corpus.Label{corpus.Body}
	for range 9 {
		want = append(want, corpus.Comment)
	}
	assert.Equal(t, append(want, corpus.Promo), labelsIn(out))
}

func TestThreadHeadingOverARulesLine(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	paras := lynxLines(
		"Wachambuzi wa masuala ya kilimo wanasema kushuka kwa bei kunaweza kuwafanya wakulima wengi kupunguza maeneo.",
		"Maoni (4)",
		"Maoni yanayokiuka sheria na maadili hayatachapishwa.",
		"Mkulima Mvomero · Desemba 18, 2026 saa 4:12",
	)
	fs, _ := x.Document(paras, nil, nil)
	assert.Equal(t, 1, threadHeading(paras, fs, 3, 0))
	assert.Equal(t, -1, threadHeading(paras, fs, 3, 1), "not above the article's first body line")
}

func TestCountedSectionsPassOverAPoll(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	paras := lynxLines("Голосование продлится до 8 октября до 18:00 по московскому времени.", "% 165 голосов", "% 250 голосов", "% 437 голосов", "% 155 голосов", "Материалы по теме")
	fs, _ := x.Document(paras, nil, nil)
	out := scoredAs(corpus.Body, corpus.Comment, corpus.Chrome, corpus.Chrome, corpus.Chrome, corpus.Promo)
	countedSections(paras, fs, out)
	assert.Equal(t, []corpus.Label{corpus.Body, corpus.Comment, corpus.Chrome, corpus.Chrome, corpus.Chrome, corpus.Promo}, labelsIn(out), "a poll's counts are no comment section")
}

func TestCuedChromeTakesCrumbsFromBody(t *testing.T) {
	lines := []string{"ראשי > נהריה > חדשות", "Sokólski Tygodnik › Drogi i komunikacja", "Qualität > Preis > Marke, so einfach ist das.", "Der Rat stimmte zu."}
	assert.Equal(t, "XBBB", runLinePass(t, lines, "BBBB", cuedChrome), "a trail of three steps; two steps, or a sentence, stay")
}

func TestIsDatedLineWithoutMonthWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"פורסם: 07.12.26, 08:30", true},
		{"प्रकाशित: 10 दिसंबर 2026, 10:15 AM", true},
		{"Rabu, 2 Disember 2026 | 9:45 pagi", true},
		{"07.12.26", false},
		{"10 दिसंबर 2026", false},
		{"Version 1.2.3 12:00", false},
		{"3 pigs 2024", false},
	} {
		assert.Equal(t, tc.want, isDatedLine(tc.in), "%q", tc.in)
	}
}

func TestIsMarkdownSubheading(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"## Un tarif social à l'étude", true}, {"### Opozycja: za drogo", true}, {"# Headline", false},
		{"### 熱門新聞", false}, {"## 各區減壓時段", true}, {"##nospace", false},
	} {
		assert.Equal(t, tc.want, isMarkdownSubheading(tc.in), "%q", tc.in)
	}
}

func TestDemwLineReadsXWiki(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`= Vitelliusbad schließt im Februar {{id name="vitelliusbad" /}}=`, "Vitelliusbad schließt im Februar"},
		{`{{id name="cmp" /}}== Ihre Privatsphäre ist uns wichtig {{id name="ihre" /}}==`, "Ihre Privatsphäre ist uns wichtig"},
		{"*. [[Lokales>>/lokales]]", "Lokales"},
		{"Teilen: [[Facebook>>/share/facebook]] [[X>>/share/x]]", "Teilen: Facebook X"},
		{`[[image:/uploads/a.jpg||alt="老人们在食堂用餐。"]]`, "老人们在食堂用餐。"},
		{"|=Ausweichbad |=Entfernung |=Zeiten", "Ausweichbad Entfernung Zeiten"},
		{"|Maarbad Daun |27 km |Di und Fr 7.45–12 Uhr", "Maarbad Daun 27 km Di und Fr 7.45–12 Uhr"},
		{"{{/img/a.jpg| Die Brücke.}}", "Die Brücke."},
		{"|-", "|-"},
	} {
		assert.Equal(t, tc.want, string(demwLine(nil, tc.in)), "%q", tc.in)
	}
	assert.True(t, isMWHeading(`== Rohre, Lüftung, Dach {{id name="rohre" /}}==`))
	assert.True(t, isWikiLink("Lokales>>/lokales]]"))
	assert.True(t, isXWikiMacro(`id name="a" /`))
	assert.True(t, isXWikiMacro("/id"))
	assert.False(t, isXWikiMacro("/img/a.jpg| caption"))
}

func TestWikiHeadline(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Start", `= Vitelliusbad schließt {{id name="v" /}}=`, "Das Hallenbad in Wittlich schließt im Februar für zwei Jahre, teilte die Stadt am Mittwoch mit."}, "XBB"},
		{[]string{"Start", "====== 竹山鎮代會通過竹藝文化館預算 ======", "竹山鎮代表會昨天通過竹藝文化館的興建預算，預計明年動工，後年完工開放參觀。"}, "XBB"},
		{[]string{"= Eins =", "= Zwei =", "Das Hallenbad in Wittlich schließt im Februar für zwei Jahre."}, "PPB"},
	} {
		paras := lynxLines(tc.lines...)
		fs, _ := x.Document(paras, nil, nil)
		out := scoredAs(corpus.Chrome, corpus.Promo, corpus.Body)
		if tc.lines[0] != "Start" {
			out[0] = Scored{Label: corpus.Promo}
		}
		wikiHeadline(paras, paras, fs, out)
		got := ""
		for _, o := range out {
			got += map[corpus.Label]string{corpus.Body: "B", corpus.Chrome: "X", corpus.Promo: "P"}[o.Label]
		}
		assert.Equal(t, tc.want, got, "%q", tc.lines)
	}
}

func TestDenumberHeadings(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"1.2.3 3 réactions", 6}, {"1 Vannes. Budget", 2}, {"12.5 x", 5}, {"1.2. x", 0}, {"1234 x", 0}, {"x 1", 0}, {"1.2 ", 0},
	} {
		assert.Equal(t, tc.want, sectionNumber(tc.in), "%q", tc.in)
	}
	paras := lynxLines("1.2.1 L'auteur\n--------------", "Yann Le Corre couvre la vie municipale.", "1.2.3 3 réactions\n-----------------", "12 morts sur la route\nen 2026")
	var buf []corpus.Paragraph
	got, ok := denumberHeadings(paras, &buf)
	require.True(t, ok)
	assert.Equal(t, "L'auteur", got[0].Text)
	assert.Equal(t, "3 réactions", got[3].Text)
	assert.Equal(t, "12 morts sur la route", got[5].Text, "no rule under it: not a heading")
	assert.Equal(t, "1.2.1 L'auteur", paras[0].Text, "the page's own paragraphs stay")
	_, ok = denumberHeadings(paras[:2], &buf)
	assert.False(t, ok, "one heading is too few")
}

func TestStampedSections(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	lines := []string{
		"მერიის ინფორმაციით, ახალი ავტობუსები ქალაქის ყველა რაიონს მოემსახურება და მგზავრობის ფასი არ შეიცვლება.",
		"### კომენტარები (3)",
		"კომენტარის დასატოვებლად გაიარეთ ავტორიზაცია.",
		"**დავით მ.** · 2 საათის წინ",
		"როგორც იქნა! ოღონდ იმედია, ამ ავტობუსებს კონდიციონერი ექნებათ.",
		"**ქეთი** · 1 საათის წინ",
		"აეროპორტის ხაზი ძალიან საჭირო იყო.",
		"### მსგავსი სიახლეები",
	}
	paras := lynxLines(lines...)
	fs, _ := x.Document(paras, nil, nil)
	out := scoredAs(corpus.Body, corpus.Body, corpus.Body, corpus.Body, corpus.Body, corpus.Body, corpus.Body, corpus.Promo)
	stampedSections(paras, fs, out)
	assert.Equal(t, []corpus.Label{corpus.Body, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Promo}, labelsIn(out))
	// More stamps than the heading counts: no section.
	lines[1] = "### კომენტარები (1)"
	paras = lynxLines(lines...)
	fs, _ = x.Document(paras, nil, nil)
	out = scoredAs(corpus.Body, corpus.Body, corpus.Body, corpus.Body, corpus.Body, corpus.Body, corpus.Body, corpus.Promo)
	stampedSections(paras, fs, out)
	assert.Equal(t, corpus.Body, out[3].Label)
	assert.Equal(t, 3, headingCount("Komente (3)"))
	assert.Equal(t, 12, headingCount("12 Kommentare"))
	assert.Equal(t, 0, headingCount("Kommentare"))
}
