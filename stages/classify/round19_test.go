package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Tests of the nineteenth session's passes, read off yg's errors after its
// blind run: pandoc Haddock read as Markdown, grid tables, the raw HTML
// sections of kramdown and GitHub Markdown, table source notes, a live
// blog under a box of key facts, and a manual page's running header.

func TestIsHaddockDump(t *testing.T) {
	page := lynxLines(
		"- </neuruppin Neuruppin>\n- </sport Sport>",
		"</ Start> › </neuruppin Neuruppin>",
		"= Stadtbibliothek öffnet sonntags\n#stadtbibliothek-öffnet-sonntags#",
		"Wer in Neuruppin am Sonntag ein Buch ausleihen will, steht vor der Tür.",
	)
	assert.True(t, isHaddockDump(page))
	// The same links without a heading and its anchor: no Haddock page.
	assert.False(t, isHaddockDump(page[:4]))
	// HTML closing tags are no Haddock links, "= x" alone no heading.
	assert.False(t, isHaddockDump(lynxLines("</div>", "</span> </p>", "= Title", "#not an anchor#", "text")))
}

func TestAppendHaddockMarkdown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"= Stadtbibliothek öffnet sonntags #stadtbibliothek-öffnet-sonntags#", "# Stadtbibliothek öffnet sonntags"},
		{"== So sehen die Zeiten aus", "## So sehen die Zeiten aus"},
		{"#erst-einmal-ein-jahr-zur-probe#", ""},
		{"- </neuruppin Neuruppin>", "- [Neuruppin](/neuruppin)"},
		{"</ Start> › </kultur Kultur>", "[Start](/) › [Kultur](/kultur)"},
		{"<<fotos/a.jpg Am Automaten.>>", "![Am Automaten.](fotos/a.jpg)"}, // an image's source may be relative
		{"<fotos/a.jpg Am Automaten.>", "<fotosa.jpg Am Automaten.>"},      // a link's target may not: no link, and its slash is emphasis
		{"<</fotos/a.jpg Am Automaten. Foto: K. W.>>", "![Am Automaten. Foto: K. W.](/fotos/a.jpg)"},
		{"<mailto:a@b.de a\\@b.de>", "[a@b.de](mailto:a@b.de)"},
		{"<https://x.example>", "<https://x.example>"},
		{"__Von Katrin__ l\\'ancienne 02\\/12\\/2026", "**Von Katrin** l'ancienne 02/12/2026"},
		{"/Conservas Sendero invertirá/", "Conservas Sendero invertirá"},
		{"+------+-----+", "|------+-----|"},
		{"a < b and c > d", "a < b and c > d"},
		{"\\#1 \\", "\\#1 \\"},
	} {
		assert.Equal(t, tc.want, string(appendHaddockMarkdown(nil, tc.in)), "%q", tc.in)
	}
}

func TestHaddockMarkdownReadsAsMarkdown(t *testing.T) {
	page := lynxLines(
		"- </neuruppin Neuruppin>\n- </sport Sport>\n- </kultur Kultur>",
		"= Stadtbibliothek öffnet sonntags\n#stadtbibliothek-öffnet-sonntags#",
		"Wer in Neuruppin am Sonntag ein Buch ausleihen will, steht vor der Tür.",
	)
	var buf []corpus.Paragraph
	md, kind := markupMarkdown(page, &buf)
	require.Equal(t, haddockMarkup, kind)
	assert.True(t, isMarkdown(md))
	assert.Equal(t, "# Stadtbibliothek öffnet sonntags", md[3].Text)
	assert.Equal(t, "", md[4].Text)
	// Any other page is left as it is.
	other := lynxLines("Nur Text.", "Noch mehr Text.")
	same, kind := markupMarkdown(other, &buf)
	assert.Equal(t, plainMarkup, kind)
	assert.Equal(t, other, same)
}

func TestMarkupTails(t *testing.T) {
	B, I, X := lBody, lBio, lChrome
	paras := lynxLines("= Headline\n#headline#", "Text und Fotos: Henrike Dabelstein\n{: .autorzeile}", "#tag#")
	out := scoredAs(B, X, I, X, X)
	markupTails(paras, paras, haddockMarkup, out)
	assert.Equal(t, []corpus.Label{B, B, I, I, I}, labelsIn(out), "an anchor and an attribute list take the label of the line above")
	out = scoredAs(B, X, I, X, X)
	markupTails(paras, paras, plainMarkup, out)
	assert.Equal(t, []corpus.Label{B, X, I, I, X}, labelsIn(out), "anchors only on a Haddock page")
}

func TestIsKramdownIAL(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"{: .vorspann}", true}, {"{: #id .a .b}", true}, {"{:}", false}, {"{: .a} text", false}, {"{: a}}", false}, {"{.a}", false},
	} {
		assert.Equal(t, tc.want, isKramdownIAL(tc.in), "%q", tc.in)
	}
}

func TestIsGridRule(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"+------+-----+", true}, {"+======+=====+", true}, {"+----------------+", false}, // one cell: a code box
		{"+--+---+", false}, {"+------+-----", false}, {"------ -----", false}, {"+-----+ x +", false},
	} {
		assert.Equal(t, tc.want, isGridRule(tc.in), "%q", tc.in)
	}
	assert.True(t, isTableRule("+------+-----+"), "a grid table's rule is a table's rule")
}

func TestRuleTablesReadGridTables(t *testing.T) {
	B, X := lBody, lChrome
	paras := lynxLines(
		"Die bisherigen Zeiten bleiben unverändert.",
		"+------+-------+\n| Tag  | Zeit  |\n+======+=======+\n| Mo   | 10–19 |\n+------+-------+",
		"Nutzen dürfen die offenen Stunden alle Erwachsenen.",
	)
	out := scoredAs(B, X, X, X, X, X, B)
	ruleTables(paras, out)
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, B}, labelsIn(out))
}

func TestMarkdownTablesSkipLinesWithoutText(t *testing.T) {
	B, X := lBody, lChrome
	// A Haddock heading's anchor, read as an empty line, and the line that
	// announces the table stand between the body and the table.
	paras := lynxLines(
		"据了解，工坊为每所学校配备了一套教学工具和教材。",
		"## 12所学校首批开课\n",
		"首批开课的学校及时间安排如下：",
		"|---+---|\n| 区县 | 学校数量 |\n|---+---|\n| 双清区 | 4 |",
	)
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	fs, _ := x.Document(paras, nil, nil)
	out := scoredAs(B, X, X, X, X, X, X, X)
	markdownTables(paras, fs, len(paras), out)
	assert.Equal(t, []corpus.Label{B, B, X, B, B, B, B, B}, labelsIn(out))
}

func TestTableSources(t *testing.T) {
	B, X, I := lBody, lChrome, lBio
	for _, tc := range []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a source note under a table's last row",
			lines: []string{"| Montag | geschlossen | 10–19 Uhr |", "| Dienstag | 10–18 Uhr | 18–21 Uhr |", "Quelle: Stadtbibliothek Neuruppin"},
			in:    []corpus.Label{B, B, X}, want: []corpus.Label{B, B, B},
		},
		{
			name:  "in Chinese, after a row of figures",
			lines: []string{"鸡骨草 统货 26 下跌5%", "金银花 统货 180 上涨3%", "数据来源：玉林中药材市场管理处"},
			in:    []corpus.Label{B, B, X}, want: []corpus.Label{B, B, B},
		},
		{
			name:  "a photo credit under prose stays",
			lines: []string{"Der Befall war in diesem Jahr besonders stark.", "Die Bauern hoffen auf einen kalten Winter.", "Quelle: Jannik Oldenburg"},
			in:    []corpus.Label{B, B, X}, want: []corpus.Label{B, B, X},
		},
		{
			name:  "a source under a date line stays",
			lines: []string{"邵阳蓝印花布进校园", "2026-12-02 09:20", "来源：邵阳新闻网"},
			in:    []corpus.Label{B, X, I}, want: []corpus.Label{B, X, I},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, labelled(t, tc.lines, tc.in, tableSources))
		})
	}
}

func TestIsSourceNote(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Quelle: Stadtbibliothek Neuruppin", true}, {"Source : Ville de Fougères.", true}, {"**Fuente:** INE", true},
		{"資料來源：恆春鎮農會", true}, {"Źródło: PKP PLK", true}, {"Quellen", false}, {"Die Quelle: ein Bach", false}, {"", false},
	} {
		assert.Equal(t, tc.want, isSourceNote(tc.in), "%q", tc.in)
	}
}

func TestRunningHeads(t *testing.T) {
	B, X, P := lBody, lChrome, lPromo
	paras := lynxLines("Fougères : le beffroi | Le Courrier()", "Le chantier prendra un an de plus.", "Fougères : le beffroi | Le Courrier()")
	out := scoredAs(B, B, P)
	runningHeads(paras, out)
	assert.Equal(t, []corpus.Label{X, B, X}, labelsIn(out))
	paras[2].Text = "© Le Courrier"
	out = scoredAs(B, B, P)
	runningHeads(paras, out)
	assert.Equal(t, []corpus.Label{B, B, P}, labelsIn(out), "only the same line above and below")
}

func TestHeadingRulesThematicBreakOutsideTheArticle(t *testing.T) {
	B, I, X, P := lBody, lBio, lChrome, lPromo
	paras := lynxLines("Schlagwörter: Bahn", "---", "**Jana Hummel** ist Redakteurin.", "---", "## Mehr zum Thema", "Text.", "---", "Mehr Text.")
	out := scoredAs(X, B, I, B, P, B, B, B)
	headingRules(paras, out)
	assert.Equal(t, []corpus.Label{X, X, I, X, P, B, B, B}, labelsIn(out), "a break between body lines stays body")
}

func TestSectionHints(t *testing.T) {
	B, I, X, P, C := lBody, lBio, lChrome, lPromo, lComment
	paras := lynxLines(
		"<article class=\"post has-comments\" markdown=\"1\">\nDer Artikel.\nNoch ein Absatz.\n</article>",
		"<aside class=\"author\" markdown=\"1\">\n**Agnieszka Przybył** – redaktorka portalu.\n</aside>",
		"<section class=\"comments\" markdown=\"1\"> ## Komentarze (6)\n<div class=\"k\" markdown=\"1\"> **Mama Zosi** · 2.12.2026 17:35\nA kolejka była duża?\n</div>\n<label>Podpis</label> <input type=\"text\" />\n</section>",
		"<section class=\"hot\" markdown=\"1\">\n* [Jarmark](/a)\n</section>",
	)
	out := scoredAs(X, B, B, X, X, P, X, X, P, X, X, X, X, X, P, X)
	sectionHints(paras, mwKinds(paras), out)
	assert.Equal(t, []corpus.Label{X, B, B, X, X, I, X, C, C, C, X, C, X, X, P, X}, labelsIn(out),
		"the article's container names nothing; tag lines keep their labels (mwMarkup's)")
}

func TestTagHints(t *testing.T) {
	assert.Equal(t, []string{"comment"}, tagHints(nil, `<section id="comments" markdown="1">`))
	assert.ElementsMatch(t, []string{"author", "sidebar"}, tagHints(nil, `<aside class='authorBox aside'>`))
	assert.Empty(t, tagHints(nil, `<div class="k">`))
	assert.Empty(t, tagHints(nil, `<div class=x>`))
	assert.True(t, isVoidTag("<br>"))
	assert.True(t, isVoidTag(`<input type="text" name="a" />`))
	assert.True(t, isVoidTag("<div/>"))
	assert.False(t, isVoidTag(`<div class="a">`))
}

func TestMWTagEndTakesNoAutolink(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"<div class=\"a\">", 15}, {"</div>", 6}, {"<br/>", 5}, {"<h2>", 4},
		{"<k.hejnar@nowiny.pl>", 0}, {"<https://x.example>", 0}, {"<a", 0},
	} {
		assert.Equal(t, tc.want, mwTagEnd(tc.in, 0), "%q", tc.in)
	}
}

func TestDetachedBodyKeepsATickerUnderTheLead(t *testing.T) {
	B, P, C := lBody, lPromo, lComment
	// The headline and lead, a box of key facts (promo), then a live blog
	// the model doubted: liveTicker gave its entries back (span 10-14).
	var paras []corpus.Paragraph
	labels := []corpus.Label{B, B, P, P, P, P, P, P, P, P, B, B, B, B, B}
	for i := range labels {
		paras = append(paras, corpus.Paragraph{Text: "Ein Absatz mit genug Text, um zu zählen.", Block: i})
	}
	logp := make([]float32, len(labels)*corpus.NumLabels)
	for i := range labels {
		z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		for l := range z {
			z[l] = -3
		}
		if i < 2 {
			z[corpus.Body] = -0.05
		} else {
			z[corpus.Body], z[corpus.Comment] = -2, -0.3
		}
	}
	out := scoredAs(labels...)
	detachedBody(paras, logp, 10, 15, out)
	assert.Equal(t, labels, labelsIn(out), "the ticker keeps its entries")
	out = scoredAs(labels...)
	detachedBody(paras, logp, -1, -1, out)
	assert.Equal(t, C, out[12].Label, "without the ticker's span the doubted cluster goes")
}

func TestIsStampShapeReadsDigitsOfAnyScript(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"__শফিকুল ইসলাম__ · ২ ঘণ্টা আগে", true},
		{"**ዮሐንስ ከአዲስ አበባ** · ከ3 ሰዓት በፊት", true},
		{"علی از ورزنه - ۱۳ آذر ۱۴۰۵", true},
		{"শফিকুল ইসলাম · আজ", false},
	} {
		ps := []corpus.Paragraph{{Text: tc.in}}
		fs, _ := x.Document(ps, nil, nil)
		assert.Equal(t, tc.want, isStampShape(tc.in, &fs[0]), "%q", tc.in)
	}
}

// Read off yh after its blind run: LaTeX and BBCode read as Markdown,
// table cells with units, page numbers.

func TestIsLaTeXDump(t *testing.T) {
	page := lynxLines(
		"\\begin{itemize}\n\\tightlist\n\\item \\href{/meschede}{Meschede}\n\\item \\href{/sport}{Sport}\n\\end{itemize}",
		"\\hypertarget{a}{% \\section{Feuerwehr rückt so oft aus wie nie}\\label{a}}",
		"Als am Montagabend der Alarm einging, war es der 412. Einsatz.",
	)
	assert.True(t, isLaTeXDump(page))
	assert.False(t, isLaTeXDump(lynxLines("\\href{/a}{b}", "\\textbf{c}", "text")), "commands without a heading or an environment")
	assert.False(t, isLaTeXDump(lynxLines("\\\\server\\share", "C:\\Users", "text")))
}

func TestAppendLaTeXMarkdown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"\\hypertarget{a}{% \\section{Feuerwehr rückt so oft aus wie nie}\\label{a}}", "# Feuerwehr rückt so oft aus wie nie"},
		{"\\hypertarget{b}{%", ""},
		{"\\subsection{Die Einsätze nach Art}\\label{b}}", "## Die Einsätze nach Art"},
		{"\\item \\href{/meschede}{Meschede}", "- [Meschede](/meschede)"},
		{"\\item", ""},
		{"\\begin{itemize}", ""},
		{"\\tightlist", ""},
		{"\\toprule", "|---|"},
		{"\\begin{longtable}[]{@{}llll@{}}", "|---|"},
		{"Brände & 88 & 94 & 117 \\\\", "| Brände | 88 | 94 | 117 |"},
		{"Auxerre, port -- Monéteau & 4,2 km & enrobé \\\\", "| Auxerre, port – Monéteau | 4,2 km | enrobé |"},
		{"\\textbf{Gurgynois89} · il y a 6 heures", "**Gurgynois89** · il y a 6 heures"},
		{"Preis: 5~\\% mehr, R\\&D, a\\_b \\textbar{} c", "Preis: 5 % mehr, R&D, a_b | c"},
		{"\\includegraphics{/bilder/a.jpg}", "![](/bilder/a.jpg)"},
		{"\\caption{In der Halle. Foto: J. V.}", "In der Halle. Foto: J. V."},
		{"``Zitat'' \\emph{kursiv}", "“Zitat” *kursiv*"},
		{"\\href{/a}{offen", "[offen](/a)"},
		{"\\", "\\"},
	} {
		assert.Equal(t, tc.want, string(appendLaTeXMarkdown(nil, tc.in)), "%q", tc.in)
	}
}

func TestIsBBCodeDump(t *testing.T) {
	page := lynxLines("[url=/][b]Kinzigtal Nachrichten[/b][/url]", "[url=/epaper]E-Paper[/url]", "[ul][li][url=/a]A[/url][/li]", "[li][url=/b]B[/url][/li]", "[/ul]", "[h1]Stromausfall[/h1]", "Text.")
	assert.True(t, isBBCodeDump(page))
	assert.False(t, isBBCodeDump(lynxLines("[1] a", "[Home](/)", "text [/x]")))
}

func TestAppendBBCodeMarkdown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"[h1]Stromausfall in Gelnhausen[/h1]", "# Stromausfall in Gelnhausen"},
		{"[ul][li][url=/gelnhausen]Gelnhausen[/url][/li]", "- [Gelnhausen](/gelnhausen)"},
		{"[/ul]", ""},
		{"[b]Hailer_Mama[/b] schrieb am 02.12.2026, 08:02", "**Hailer_Mama** schrieb am 02.12.2026, 08:02"},
		{"[url]https://x.example[/url]", "<https://x.example>"},
		{"[img]/a.jpg[/img] [color=red]rot[/color]", "![](/a.jpg) rot"},
		{"a [1] b [x=", "a [1] b [x="},
		{"[url=/a]offen", "offen"},
	} {
		assert.Equal(t, tc.want, string(appendBBCodeMarkdown(nil, tc.in)), "%q", tc.in)
	}
}

func TestMarkupTailsOfLaTeXAndBBCode(t *testing.T) {
	B, X, P := lBody, lChrome, lPromo
	own := lynxLines("\\begin{itemize}", "\\item", "\\href{/a}{Weihnachtsmarkt an der Abtei}", "\\end{itemize}", "\\begin{figure}", "\\includegraphics{/a.jpg}", "\\caption{Halle. Foto: J.}", "\\end{figure}", "Text.")
	var buf []corpus.Paragraph
	md, kind := markupMarkdown(own, &buf)
	require.Equal(t, latexMarkup, kind)
	out := scoredAs(X, X, P, X, B, B, B, B, B)
	markupTails(own, md, latexMarkup, out)
	assert.Equal(t, []corpus.Label{P, P, P, P, X, X, X, X, B}, labelsIn(out))
	own = lynxLines("[ul][li][url=/a]A[/url][/li]", "[/ul]")
	md = rewriteTexts(own, &buf, appendBBCodeMarkdown)
	out = scoredAs(P, X)
	markupTails(own, md, bbcodeMarkup, out)
	assert.Equal(t, []corpus.Label{P, P}, labelsIn(out))
}

func TestIsNumericCellReadsUnits(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"68 Euro", true}, {"do 60%", true}, {"ab 5 Euro", true}, {"12月5日（六）", true}, {"15 000 zł", true}, {"3 500 ₮", true}, {"1,36 M€", true}, {"4,2 km", true}, {"30人", true},
		{"1. FC", false}, {"2026 CDU", false}, {"Grundsteuer 2027", false}, {"12 km 3", false}, {"Einfamilienhaus", false}, {"Kw 12", false}, {"para 60%", false}, {"68 Eurocents", false},
	} {
		assert.Equal(t, tc.want, isNumericCell(tc.in), "%q", tc.in)
	}
}

func TestPageNumbers(t *testing.T) {
	B, X, P := lBody, lChrome, lPromo
	for _, tc := range []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a page breaks in the prose",
			lines: []string{"Les vignerons paieront une partie du loyer des saisonniers.", "1", "Des riverains inquiets"},
			in:    []corpus.Label{B, B, B}, want: []corpus.Label{B, X, B},
		},
		{
			name:  "a table's cells",
			lines: []string{"Pirmasens", "17", "41"},
			in:    []corpus.Label{B, B, B}, want: []corpus.Label{B, B, B},
		},
		{
			name:  "a numbered list of headlines",
			lines: []string{"Crash leads police to finding shooting victim inside car.", "11", "J.J. Watt gives out personal phone number on Twitter.", "12", "Popovich has plan to pull Spurs out of a long losing streak."},
			in:    []corpus.Label{P, X, P, X, P}, want: []corpus.Label{P, X, P, X, P},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { pageNumbers(paras, fs, out) }
			assert.Equal(t, tc.want, labelled(t, tc.lines, tc.in, pass))
		})
	}
	assert.True(t, isPageNumber("- 12 -"))
	assert.False(t, isPageNumber("12345"))
	assert.False(t, isPageNumber("1."))
	assert.False(t, isPageNumber("- -"), "a rule, and no slice past its end")
	assert.False(t, isPageNumber("-  -"))
}

func TestStampedSectionsUnderAHeadingWithoutACount(t *testing.T) {
	B, P, C := lBody, lPromo, lComment
	thread := []string{
		"সিরাজগঞ্জের তাঁতিরা সুতার দাম বাড়ায় বিপাকে পড়েছেন, অনেকে তাঁত বন্ধ করে দিয়েছেন।",
		"পাঠকের মন্তব্য",
		"মন্তব্য করতে লগইন করুন।",
		"শফিকুল ইসলাম · ২ ঘণ্টা আগে",
		"আমাদের গ্রামেও একই অবস্থা। সরকার তাঁতিদের দিকে না তাকালে এই শিল্প শেষ হয়ে যাবে।",
		"নাসরিন · ১ ঘণ্টা আগে",
		"সিরাজগঞ্জের শাড়ি খুব ভালো, কিন্তু ঢাকায় দোকানে গেলে দাম অনেক বেশি চায়।",
		"বেলকুচির তাঁতি · ৪০ মিনিট আগে",
		"লাভ পায় মাঝখানের পাইকার আর দোকানদার।",
	}
	in := []corpus.Label{B, C, P, P, P, P, P, P, P}
	want := []corpus.Label{B, C, C, C, C, C, C, C, C}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { stampedSections(paras, fs, out) }
	assert.Equal(t, want, labelled(t, thread, in, pass), "the heading's label aside")
	// A match's line-ups under "Ficha técnica" give no dates alike.
	lineup := []string{
		"O Betanzos gañou o derbi con dous goles de Iago Lema na segunda parte.",
		"Ficha técnica",
		"Betanzos CF: Rubén Amor; Antón Rey, Pablo Freire (Martiño Paz, 55'); Adrián Bello",
		"Varela, Hugo Sande; Diego Lamas, Óscar Pereiro.",
		"Arteixo: Xurxo Iglesias; Samu Vidal, Fran Lorenzo (Roi Calo, 72'), Sergio Vieites",
		"Dani Seoane, Borja Rial; Mateo Pan, Iván Cortés.",
		"Goles: 0-1, min. 33: Dani Seoane. 1-1, min. 61: Iago Lema.",
		"Lema. 2-1, min. 84: Iago Lema.",
	}
	in = []corpus.Label{B, B, B, B, B, B, B, B}
	assert.Equal(t, in, labelled(t, lineup, in, pass))
}

func TestArticleAfterTable(t *testing.T) {
	B, P, X := lBody, lPromo, lChrome
	lines := []string{"Wie viel zahle ich jetzt?", "Berechnung: Stadt Korbach", "Wann kommt der Bescheid?",
		"Die neuen Bescheide sollen Mitte Januar verschickt werden, die erste Rate ist im Februar fällig.",
		"Artikel teilen · Drucken · Merken", "Auch interessant"}
	in := []corpus.Label{B, P, P, P, X, P}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
		articleAfterTable(paras, fs, 1, out)
	}
	assert.Equal(t, []corpus.Label{B, B, B, B, X, P}, labelled(t, lines, in, pass))
}

// Read off yi after its blind run: ConTeXt read as Markdown, Word's field
// codes, dates with a weekday as table cells.

func TestIsConTeXtDump(t *testing.T) {
	page := lynxLines(
		"\\useURL[url1][/][][{\\bf Diemel-Bote}]\\from[url1]",
		"\\startitemize[packed]\n\\item \\useURL[url5][/hofgeismar][][Hofgeismar]\\from[url5]\n\\stopitemize",
		"\\section[title={Schulessen wird ab Februar teurer},reference={schulessen}]",
		"Ein Teller Nudeln mit Gemüsesoße, ein Apfel, ein Glas Wasser.",
	)
	assert.True(t, isConTeXtDump(page))
	assert.False(t, isLaTeXDump(page), "no LaTeX page")
	assert.False(t, isConTeXtDump(lynxLines("\\section{a}", "\\item b", "text")))
}

func TestAppendConTeXtMarkdown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"\\useURL[url1][/][][{\\bf Diemel-Bote}]\\from[url1] · Die Zeitung", "[**Diemel-Bote**](/) · Die Zeitung"},
		{"\\item \\useURL[url5][/hofgeismar][][Hofgeismar]\\from[url5]", "- [Hofgeismar](/hofgeismar)"},
		{"\\item", ""},
		{"\\startitemize[packed]", ""},
		{"\\stopitemize", ""},
		{"\\section[title={Schulessen wird ab Februar teurer},reference={schulessen-wird}]", "# Schulessen wird ab Februar teurer"},
		{"\\subsubsection[title={相关阅读},reference={相关阅读}]", "### 相关阅读"},
		{"\\startxrow", "|---|"},
		{"\\startplacetable[location=none]", "|---|"},
		{"\\startxcell Grundschule \\stopxcell", "| Grundschule |"},
		{"\\startxcell[align=right] 3,90 \\stopxcell", "| 3,90 |"},
		{"{\\bf Miriam Engelhardt} ist Redakteurin.", "**Miriam Engelhardt** ist Redakteurin."},
		{"渔获量增加约15\\letterpercent{}，主要", "渔获量增加约15%，主要"},
		{"\\placefigure{Im Séchoir.}{\\externalfigure[/a.jpg]}", "Im Séchoir.![](/a.jpg)"},
		{"\\useURL[url21][mailto:a@b.de][][a@b.de]\\from[url21]", "[a@b.de](mailto:a@b.de)"},
		{"\\", "\\"},
	} {
		assert.Equal(t, tc.want, string(appendConTeXtMarkdown(nil, tc.in)), "%q", tc.in)
	}
}

func TestContextFiguresAndTails(t *testing.T) {
	B, X, P := lBody, lChrome, lPromo
	own := lynxLines("\\useURL[u1][/][][A]\\from[u1]", "\\useURL[u2][/b][][B]\\from[u2]", "\\section[title={T},reference={t}]",
		"\\placefigure{Halle. Foto: J.}{\\externalfigure[/a.jpg]}", "\\startitemize[packed]", "\\item \\useURL[u3][/c][][C]\\from[u3]", "\\stopitemize")
	var buf []corpus.Paragraph
	md, kind := markupMarkdown(own, &buf)
	require.Equal(t, contextMarkup, kind)
	out := scoredAs(X, X, B, B, X, P, X)
	markupTails(own, md, kind, out)
	assert.Equal(t, []corpus.Label{X, X, B, X, P, P, P}, labelsIn(out))
}

func TestWithoutFieldCodes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`HYPERLINK "../../jiaotong" 交通`, "交通"},
		{`当前位置： HYPERLINK "../../" 首页 > HYPERLINK "../../jiaotong" 交通 > 正文`, "当前位置： 首页 > 交通 > 正文"},
		{`HYPERLINK \l "top" Nach oben`, "Nach oben"},
		{`HYPERLINK "unclosed`, `"unclosed`},
		{"no field", "no field"},
	} {
		assert.Equal(t, tc.want, string(appendWithoutFieldCodes(nil, tc.in)), "%q", tc.in)
	}
	assert.True(t, isFieldCodeDump(lynxLines(`HYPERLINK "/a" A`, `HYPERLINK "/b" B`, `x HYPERLINK "/c" C`)))
	assert.False(t, isFieldCodeDump(lynxLines(`HYPERLINK "/a" A`, "text")))
}

func TestIsThreadTitle(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"পাঠকের মন্তব্য", true}, {"Մեկնաբանություններ", true}, {"Kommentare", true},
		{"X", false}, {"Udostępnij: Facebook X", false}, {"Դիլիջանում բացվեց թանգարան|", false},
		{"Kommentare (3)", false}, {"Das ist ein Satz.", false}, {"Teilen · Drucken", false},
	} {
		fs, _ := x.Document([]corpus.Paragraph{{Text: tc.in}}, nil, nil)
		assert.Equal(t, tc.want, isThreadTitle(tc.in, &fs[0]), "%q", tc.in)
	}
}

func TestBylineAboveDate(t *testing.T) {
	B, I, X := lBody, lBio, lChrome
	lines := []string{
		"Rijiyoyin burtsatse masu amfani da hasken rana sun fara aiki a ƙauyuka 30",
		"Daga Aminu Sani Dutsin-Ma",
		"3 ga Disamba, 2026",
		"Gwamnatin Jihar Katsina ta ƙaddamar da rijiyoyin burtsatse guda 30 masu amfani da hasken rana.",
	}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { bylineAboveDate(paras, fs, out) }
	assert.Equal(t, []corpus.Label{B, I, X, B}, labelled(t, lines, []corpus.Label{B, B, B, B}, pass))
	// A subheading over a table's first row is no byline: no prose under it.
	table := []string{"Ein Teller Nudeln kostet ab Februar mehr.", "So viel kostet ein Essen", "Grundschule 3,90 4,60", "Gesamtschule 4,20 4,95"}
	assert.Equal(t, []corpus.Label{B, B, B, B}, labelled(t, table, []corpus.Label{B, B, B, B}, pass))
}

func TestIsDateline(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"3 ga Disamba, 2026", true}, {"প্রকাশ: ০২ ডিসেম্বর ২০২৬, ১০:৩০", true}, {"০៣ ធ្នូ ២០២៦ ម៉ោង ៨:០០", true}, {"02/12/2026 · 11:05", true},
		{"42 நெல் கொள்முதல் நிலையங்கள்", false}, {"Seite 3", false}, {"Ein langer Satz mit 3 Zahlen und 4 weiteren Wörtern darin.", false},
	} {
		fs, _ := x.Document([]corpus.Paragraph{{Text: tc.in}}, nil, nil)
		assert.Equal(t, tc.want, isDateline(tc.in, &fs[0]), "%q", tc.in)
	}
}

func TestCellTablesWithYearsInTheHeader(t *testing.T) {
	lines := []string{
		"Les tarifs des emplacements augmentent l'an prochain, a annoncé la mairie lundi soir.",
		"Emplacement", "2026", "2027",
		"Stand de 3 mètres", "15 Euro", "18 Euro",
		"Stand de 6 mètres", "25 Euro", "30 Euro",
		"Food-truck", "40 Euro", "45 Euro",
	}
	assert.Equal(t, "B"+strings.Repeat("B", 12), runLinePass(t, lines, "B"+strings.Repeat("X", 12), cellTables))
	assert.True(t, isYear("2026"))
	assert.False(t, isYear("1850"))
	assert.False(t, isYear("20266"))
}

func TestPlainTextsReadsTheNewMarkups(t *testing.T) {
	page := lynxLines(
		"\\begin{itemize}\n\\tightlist\n\\item \\href{/meschede}{Meschede}\n\\item \\href{/sport}{Sport}\n\\end{itemize}",
		"\\hypertarget{a}{% \\section{Feuerwehr rückt so oft aus wie nie}\\label{a}}",
		"Als am Montagabend der Alarm einging, war es der 412. Einsatz in diesem Jahr.",
	)
	got := PlainTexts(page)
	assert.Equal(t, []string{"", "", "Meschede", "Sport", "", "Feuerwehr rückt so oft aus wie nie", "Als am Montagabend der Alarm einging, war es der 412. Einsatz in diesem Jahr."}, got)
}
