package classify

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/winnowhq/winnow/corpus"
)

func TestParenTargetAt(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int
		want int
	}{
		{"Sport ( https://www.nf-echo.de/sport )", 6, len("( https://www.nf-echo.de/sport )")},
		{"a (/path) b", 2, len("(/path)")},
		{"( mailto:red@example.com )", 0, len("( mailto:red@example.com )")},
		{"seit (2019) im Amt", 5, 0},         // no target
		{"( https://a.example/ b )", 0, 0},   // two tokens
		{"( https://a.example/", 0, 0},       // not closed
		{"(siehe www.example.com)", 0, 0},    // prose
		{"die Stadt (Husum) und ( )", 10, 0}, // a place in parentheses
		{"die Stadt (Husum) und ( )", 22, 0}, // empty
		{"Ende (https://x.example/a)", 5, len("(https://x.example/a)")},
	} {
		assert.Equal(t, tc.want, parenTargetAt(tc.s, tc.i), "%q at %d", tc.s, tc.i)
	}
}

func TestIsParenDump(t *testing.T) {
	menu := []string{
		"* Husum ( https://www.nf-echo.de/husum )",
		"* Sport ( https://www.nf-echo.de/sport )",
		"* Eiderstedt ( https://www.nf-echo.de/eiderstedt )",
		"Einloggen ( https://www.nf-echo.de/login )",
		"Home ( https://www.nf-echo.de/ ) / Husum ( https://www.nf-echo.de/husum ) / Nachruf",
	}
	assert.True(t, isParenDump(lynxLines(menu...)), "six targets")
	assert.False(t, isParenDump(lynxLines(menu[:3]...)), "three")
	assert.False(t, isParenDump(lynxLines("Die Partei (SPD) gewann (2026) in Husum (Nordfriesland) und (Eiderstedt) (42 %).")), "parentheses of prose")
	assert.False(t, isParenDump(nil))
}

func TestDeparenLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"* Husum ( https://www.nf-echo.de/husum )", "Husum"},
		{"Home ( https://www.nf-echo.de/ ) / Husum ( https://www.nf-echo.de/husum ) / Nachruf", "Home / Husum / Nachruf"},
		{"Teilen: Facebook ( https://www.facebook.com/sharer.php?u=x ) WhatsApp ( https://wa.me/?text=x )", "Teilen: Facebook WhatsApp"},
		{"( https://www.nf-echo.de/ )", "( https://www.nf-echo.de/ )"}, // a target alone keeps it
		{"Die Partei (SPD) gewann.", "Die Partei (SPD) gewann."},
	} {
		assert.Equal(t, tc.want, string(deparenLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestRSTDirective(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want string
		ok   bool
	}{
		{".. container:: bandeau-cookies", "", true},
		{".. figure:: /photos/college.jpg", "", true},
		{".. rubric:: Réactions (2)", "Réactions (2)", true},
		{".. rubric:: Hallenbad und Innenstadt :name: hallenbad-und-innenstadt", "Hallenbad und Innenstadt", true},
		{".. _contenido:", "", true},
		{".. table::", "", true},
		{":name: réactions-2", "", true},
		{":alt: Iker Salcedo, en su presentación. / Foto: Nuria", "Iker Salcedo, en su presentación. / Foto: Nuria", true},
		{"..  not a directive", "", false},
		{".. Note that this is prose", "", false},
		{":) a smile", "", false},
		{"Uhrzeit: 12:30", "", false},
		{":Name: X", "", false},
	} {
		got, ok := rstDirective(tc.s)
		assert.Equal(t, tc.ok, ok, "%q", tc.s)
		assert.Equal(t, tc.want, got, "%q", tc.s)
	}
}

func TestDerstLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"- `Astorga </astorga>`__", "Astorga"},
		{"#. `Cortada la N-VI en Manzanal por la nieve </n1>`__", "Cortada la N-VI en Manzanal por la nieve"},
		{"`Entrar </entrar>`__ · `Registrarse </registro>`__", "Entrar · Registrarse"},
		{"Lee también: `El Astorga suma cinco jornadas sin perder en", "Lee también: El Astorga suma cinco jornadas sin perder en"},
		{"casa </deportes/astorga-racha>`__", "casa"},
		{"`Saltar al contenido <#contenido>`__", "Saltar al contenido"},
		{"**Recibe nuestro boletín**", "Recibe nuestro boletín"},
		{"*Rubén Carrera cubre la información deportiva.*", "Rubén Carrera cubre la información deportiva."},
		{"当前位置：\\ `首页 </>`__ > `教育 </jiaoyu>`__ > 正文", "当前位置：首页 > 教育 > 正文"},
		{"`登录 </login>`__ \\| `注册 </reg>`__", "登录 | 注册"},
		{".. container:: autor", ""},
		{":name: lo-más-leído", ""},
		{".. rubric:: Lo más leído", "Lo más leído"},
		{"-  .. rubric:: You have no pending notifications", "You have no pending notifications"}, // a list item opening with a directive
		{"-  .. container:: loader", ""},
		{"3 * 4 = 12", "3 * 4 = 12"}, // no emphasis
		{"a <b> c", "a <b> c"},       // no link target
		{"Astorga, 2 de diciembre", "Astorga, 2 de diciembre"},
	} {
		assert.Equal(t, tc.want, string(derstLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestIsRSTDump(t *testing.T) {
	page := []string{
		"`Saltar al contenido <#contenido>`__",
		".. container:: cabecera",
		"Miércoles, 2 de diciembre de 2026",
		".. container:: logo",
		"- `Astorga </astorga>`__",
		"- `Comarca </comarca>`__",
	}
	assert.True(t, isRSTDump(lynxLines(page...)))
	assert.False(t, isRSTDump(lynxLines(page[:3]...)), "two marks")
	assert.False(t, isRSTDump(lynxLines("El pleno aprobó el plan.", "Los vecinos lo celebraron.")))
	assert.False(t, isRSTDump(nil))
}

func TestRSTMarkup(t *testing.T) {
	paras := lynxLines(
		".. container:: comentarios",
		".. rubric:: Comentarios (2)\n:name: comentarios-2",
		".. container:: comentario",
		"Maragato_87 · hace 3 horas",
		".. figure:: /img/a.jpg\n:alt: Iker Salcedo. / Foto: Nuria Prieto",
		"Iker Salcedo. / Foto: Nuria Prieto",
	)
	out := scoredAs(lBody, lComment, lBody, lBody, lComment, lBody, lChrome, lChrome)
	rstMarkup(paras, out)
	assert.Equal(t, []corpus.Label{lComment, lComment, lComment, lComment, lComment, lChrome, lChrome, lChrome}, labelsIn(out))
}

func TestHeadingRules(t *testing.T) {
	paras := lynxLines(
		"Nachruf",
		"*****\nHinrich Paulsen ist tot\n*****",
		"Text des Artikels.",
		"Bio express\n-----------",
		"----------", // a rule alone in its block keeps its label
		"___\nName",  // underscores are a form's field
	)
	out := scoredAs(lChrome, lChrome, lBody, lChrome, lBody, lBody, lComment, lChrome, lBody, lComment)
	headingRules(paras, out)
	assert.Equal(t, []corpus.Label{lChrome, lBody, lBody, lBody, lBody, lBody, lBody, lChrome, lBody, lComment}, labelsIn(out))
}

func TestIsDrawnRule(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"-----", true}, {"  =====  ", true}, {"***", true}, {"~~~~", true},
		{"--", false}, {"-=-=-", false}, {"____", false}, {"--- a", false}, {"", false},
	} {
		assert.Equal(t, tc.want, isDrawnRule(tc.s), "%q", tc.s)
	}
}

func TestSpacedShareButtons(t *testing.T) {
	for _, tc := range []struct {
		s         string
		bar, verb bool
	}{
		{"Artikel teilen: Facebook X Mail Drucken", true, true},
		{"Поділитися: Facebook Telegram Viber", true, true},
		{"分享：微信 微博 复制链接", true, true},
		{"Distribuie: Facebook WhatsApp Email", true, true},
		{"Teilen: Facebook", true, true},
		{"Share: Facebook", true, true},
		{"Teilen: Die Stadt plant neue Radwege", false, true}, // words, no buttons
		{"Kontakt: Facebook Instagram", false, false},         // no share lead
		{"Facebook · Pinterest", true, false},                 // networks alone
	} {
		bar, verb := shareBar(tc.s)
		assert.Equal(t, tc.bar, bar, "%q bar", tc.s)
		if bar {
			assert.Equal(t, tc.verb, verb, "%q verb", tc.s)
		}
	}
}

func FuzzTextViews(f *testing.F) {
	for _, s := range []string{"* a ( https://x/ )", "( /", "`a </b>`__", "\\", "\\\xff", "**a**", "<http://x>`_", ".. rubric:: x :name: y", ":alt:", "#. ", "- - -", "[[a|b]]", "[https://x a<br />", "<span id=\"a\"></span> = T =", "&amp;", "h2(#a). T", "\"(c)a\":/b", "!(c)/a.png(alt (x))!", "&#45;", "|_. a|b|", "h1. {anchor:x}T", "[a|/b]", "!/a.png|alt=x!", "\\(", "{panel}", "<verbatim>|</verbatim>", "<class name=\"a\">b</class>", "<class", "**x**", "ความคิดเห็น (2)", "[1]: /a", "[a][1] [b][]", "= T {{id name=\"t\" /}}=", "[[a>>/b]]", "{{/id}}", "|=a |=b", "</ a>", "<<a b>>", "= h #a#", "\\'", "+---+---+", "{: .a}", "<div class='a'>", "Quelle: x", "<div class=\"comments\">\n<p>a</p>\n</div>", "= h\n#h#\n</a b>\n</c d>\n<<e f>>", "\\href{/a}{b} \\textbf{c} a & b \\\\", "\\hypertarget{x}{% \\section{T}\\label{x}}", "[url=/a]b[/url] [b]c[/b]", "[h1]T[/h1]", "[ul][li]a[/li]", "\\", "- -", "- 1 -", "\\useURL[u][/a][][b]\\from[u]", "\\startxcell 1 \\stopxcell", "{\\bf a", "HYPERLINK \"/a\" b", "<p><ref target=\"/a\">b</ref> <hi rendition=\"simple:bold\">c</hi></p>", "<item>", "<cell><p>1</p></cell>", "<div type=\"level2\" xml:id=\"a\">", "<graphic url=\"/a.jpg\" />", "</a>", "<a b='c'>&amp;</a>", "h2 {a} <b> <> <-> <buffer ?>", "a|b|c", "{a|b}", "<{x}>", "{<a>}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, view := range map[string]func([]byte, string) []byte{"deparen": deparenLine, "derst": derstLine, "deorg": deorgLine, "deadoc": deadocLine, "demw": demwLine, "detextile": detextileLine, "dejira": dejiraLine} {
			got := view(nil, s)
			require.LessOrEqual(t, len(got), len(s), "%s: the view is no longer than the line", name)
			if utf8.ValidString(s) {
				require.True(t, utf8.Valid(got), "%s: valid UTF-8 in, valid UTF-8 out: %q -> %q", name, s, got)
			}
			if name == "deparen" && strings.TrimSpace(s) != "" {
				require.NotEmpty(t, got, "a line with text keeps some")
			}
		}
		isDrawnRule(s)
		rstDirective(s)
		orgMarkupLine(s)
		isAdocMarkup(s)
		mwTagLine(s)
		isMWHeading(s)
		mwEntity(s)
		textileBlockEnd(s)
		textileLink(s)
		textileImage(s)
		textileEntity(s)
		jiraLink(s)
		frontMatterField(s)
		jiraTagLine(s)
		isJiraImage(s)
		linkTargets(s, func(target string) {
			require.True(t, strings.Contains(s, target), "a target is part of the line")
			firstPathSegment(target)
		})
		shareBar(s)
		if n := museTag(s); n > 0 {
			require.LessOrEqual(t, n, len(s), "a tag is part of the line")
			require.Equal(t, byte('>'), s[n-1], "a tag ends at its '>'")
		}
		isOrgHeading(s)
		if label, target, ok := refDefinition(s); ok {
			require.NotEmpty(t, label)
			require.NotEmpty(t, target)
			got := appendInlineRefs(nil, s, map[string]string{strings.ToLower(label): target})
			if utf8.ValidString(s) {
				require.True(t, utf8.Valid(got), "valid UTF-8 in, valid UTF-8 out")
			}
		}
		appendInlineRefs(nil, s, map[string]string{"1": "/a", "": "/b"})
		isFormField(s)
		isXWikiMacro(s)
		if n := headingCount(s); n < 0 {
			t.Fatalf("headingCount(%q) = %d", s, n)
		}
		if n := sectionNumber(s); n > len(s) {
			t.Fatalf("sectionNumber(%q) = %d past the line", s, n)
		}
		xwikiTableRow(s)
		mwHeadingLevel(s)
		if got := xwikiMacros(nil, s); len(got) > len(s)+len(s)/2+1 {
			t.Fatalf("xwikiMacros grew %q to %q", s, got)
		}
		endsWithClockTime(s)
		for name, view := range map[string]func([]byte, string) []byte{"haddock": appendHaddockMarkdown, "latex": appendLaTeXMarkdown, "bbcode": appendBBCodeMarkdown, "context": appendConTeXtMarkdown, "fields": appendWithoutFieldCodes} {
			if got := view(nil, s); utf8.ValidString(s) {
				require.True(t, utf8.Valid(got), "%s: valid UTF-8 in, valid UTF-8 out: %q -> %q", name, s, got)
			}
		}
		if got := appendEdbrowseMarkdown(nil, s); utf8.ValidString(s) {
			require.True(t, utf8.Valid(got), "edbrowse: valid UTF-8 in, valid UTF-8 out: %q -> %q", s, got)
		}
		if n := edbrowseLink(s); n > 0 {
			require.LessOrEqual(t, n, len(s), "a link is part of the line")
			require.Equal(t, byte('}'), s[n-1], "a link ends at its '}'")
		}
		if n := edbrowseButton(s); n > 0 {
			require.LessOrEqual(t, n, len(s), "a button is part of the line")
			require.Equal(t, byte('>'), s[n-1], "a button ends at its '>'")
		}
		if n := edbrowseField(s); n > 0 {
			require.LessOrEqual(t, n, len(s), "a field is part of the line")
			require.Equal(t, byte('>'), s[n-1], "a field ends at its '>'")
		}
		edbrowseHeading(s)
		goesOnFrom(s, s)
		var xr xmlReader
		for _, line := range strings.Split(s, "\n") {
			if got := xr.appendXMLMarkdown(nil, line); utf8.ValidString(line) {
				require.True(t, utf8.Valid(got), "xml: valid UTF-8 in, valid UTF-8 out: %q -> %q", line, got)
			}
		}
		for i := strings.IndexByte(s, '<'); i >= 0 && i < len(s); i++ {
			if s[i] != '<' {
				continue
			}
			if tag, ok := readXMLTag(s, i); ok {
				require.Greater(t, tag.end, i, "a tag ends after its start")
				require.LessOrEqual(t, tag.end, len(s), "a tag is part of the line")
				xmlTarget(tag.attrs)
			}
		}
		isXMLParagraph(s)
		if _, _, _, n := bbcodeTag(s); n > len(s) {
			t.Fatalf("bbcodeTag(%q) = %d past the line", s, n)
		}
		if _, n := latexGroup("{" + s); n > len(s)+1 {
			t.Fatalf("latexGroup past the line")
		}
		if _, _, n := haddockLink(s); n > len(s) {
			t.Fatalf("haddockLink(%q) = %d past the line", s, n)
		}
		isHaddockAnchor(s)
		haddockAnchorTail(s)
		isKramdownIAL(s)
		isPageNumber(s)
		isNumericCell(s)
		if lines := strings.Split(s, "\n"); len(lines) > 1 {
			// The section passes read the lines of a page as one.
			paras := lynxLines(lines...)
			out := make([]Scored, len(paras))
			sectionHints(paras, mwKinds(paras), out)
			md, kind := markupMarkdown(paras, new([]corpus.Paragraph))
			require.Len(t, md, len(paras))
			markupTails(paras, md, kind, out)
			markupTails(paras, md, latexMarkup, out)
			runningHeads(paras, out)
		}
		isGridRule(s)
		isSourceNote(s)
		for _, h := range tagHints(nil, s) {
			require.NotEmpty(t, h)
		}
		for k := 0; k < len(s); k++ {
			if s[k] == '<' {
				if n := mwTagEnd(s, k); n > 0 {
					require.LessOrEqual(t, k+n, len(s), "a tag is part of the line")
					isVoidTag(s[k : k+n])
				}
			}
		}
		if stem := headingStem(s); stem != "" {
			require.True(t, utf8.ValidString(stem), "a stem of valid text is valid: %q", stem)
		}
	})
}

// scoredAs returns a pass's input with the given labels.
func scoredAs(labels ...corpus.Label) []Scored {
	out := make([]Scored, len(labels))
	for i, l := range labels {
		out[i] = Scored{Label: l, Score: 0.5}
	}
	return out
}

// labelsIn returns the labels of a pass's output.
func labelsIn(out []Scored) []corpus.Label {
	labels := make([]corpus.Label, len(out))
	for i := range out {
		labels[i] = out[i].Label
	}
	return labels
}

func TestOrgMarkupLine(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want string
		ok   bool
	}{
		{":PROPERTIES:", "", true},
		{":END:", "", true},
		{":CUSTOM_ID: woda-zaczyna-opadać", "", true},
		{"#+caption: Wezbrana Skawa przy moście. Fot. Agnieszka", "Wezbrana Skawa przy moście. Fot. Agnieszka", true},
		{"#+begin_quote", "", true},
		{"<<main-content>>", "", true},
		{":custom: x", "", false},
		{"#+ a b c: d", "", false},
		{"Uhrzeit: 12:30", "", false},
		{"<<Zitat>> sagte er", "", false},
	} {
		got, ok := orgMarkupLine(tc.s)
		assert.Equal(t, tc.ok, ok, "%q", tc.s)
		assert.Equal(t, tc.want, got, "%q", tc.s)
	}
}

func TestDeorgLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"- [[/flensburg][Flensburg]]", "Flensburg"},
		{"[[/][Startseite]] › [[/wirtschaft][Wirtschaft]] › Unternehmen", "Startseite › Wirtschaft › Unternehmen"},
		{"*** Woda zaczyna opadać", "Woda zaczyna opadać"},
		{"** Filialen bleiben vorerst geöffnet :PROPERTIES: :CUSTOM_ID: filialen :END:", "Filialen bleiben vorerst geöffnet"},
		{"[[/img/skawa-makow.jpg]]", ""},
		{"Zobacz też: [[/pogoda/ostrzezenia-imgw][Ostrzeżenia IMGW dla", "Zobacz też: Ostrzeżenia IMGW dla"},
		{"Podbeskidzia. Sprawdź mapę]]", "Podbeskidzia. Sprawdź mapę"},
		{"/Nele Thomsen ist Wirtschaftsredakteurin der Landeszeitung./", "Nele Thomsen ist Wirtschaftsredakteurin der Landeszeitung."},
		{":END:", ""},
		{"Der Preis stieg um 3 * 4 Euro.", "Der Preis stieg um 3 * 4 Euro."},
	} {
		assert.Equal(t, tc.want, string(deorgLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestIsOrgDumpAndMarkup(t *testing.T) {
	page := []string{
		"[[#main-content][Zum Hauptinhalt]]",
		"- [[/flensburg][Flensburg]]",
		"- [[/angeln][Angeln]]",
		"* Bäckerei Hinrichsen ist insolvent",
		":PROPERTIES:",
		":CUSTOM_ID: baeckerei",
		":END:",
		"#+begin_quote",
		"Ein Zitat aus dem Gericht.",
	}
	paras := lynxLines(page...)
	assert.True(t, isOrgDump(paras))
	assert.False(t, isOrgDump(lynxLines("Die Bäckerei ist insolvent.", "Die Filialen bleiben offen.")))
	assert.False(t, isOrgDump(lynxLines("[1][2]Home [3][4]News", "[5][6]Sport [7][8]Wetter", "[9][10]Kultur")), "a lynx dump's link numbers are no Org links")
	out := scoredAs(lChrome, lChrome, lChrome, lBody, lChrome, lChrome, lChrome, lChrome, lBody)
	orgMarkup(paras, out)
	assert.Equal(t, []corpus.Label{lChrome, lChrome, lChrome, lBody, lBody, lBody, lBody, lBody, lBody}, labelsIn(out), "the drawer takes its heading's label, the block line its text's")
}

func TestDeadocLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"* link:/alcaniz[Alcañiz]", "Alcañiz"},
		{"link:/[Inicio] / link:/sociedad[Sociedad] / Obituario", "Inicio / Sociedad / Obituario"},
		{"== Muere Herminia Lahoz, la maestra", "Muere Herminia Lahoz, la maestra"},
		{"=== Libro de condolencias (3)", "Libro de condolencias (3)"},
		{"Compartir: link:#[Facebook] · link:#[X]", "Compartir: Facebook · X"},
		{"Le puede interesar: link:/x/escuelas[Las escuelas rurales de Teruel", "Le puede interesar: Las escuelas rurales de Teruel"},
		{"resisten con menos alumnos]", "resisten con menos alumnos"},
		{"[.c-name]#皖西老司机# [.c-time]#昨天 18:02#", "皖西老司机 昨天 18:02"},
		{"_Pilar Gascón es corresponsal del diario._", "Pilar Gascón es corresponsal del diario."},
		{"Lea https://example.com/a[el informe] completo.", "Lea el informe completo."},
		{"Siehe https://example.com/a für Details.", "Siehe https://example.com/a für Details."},
		{"[[comments]]", ""}, {"+", ""}, {"|===", ""}, {"* {blank}", ""}, {"image::/fotos/a.jpg[Herminia]", ""},
		{"Der Satz [sic] bleibt.", "Der Satz [sic] bleibt."},
		{"Die Nummer #1 im Land", "Die Nummer #1 im Land"},
	} {
		assert.Equal(t, tc.want, string(deadocLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestIsAdocDumpAndMarkup(t *testing.T) {
	paras := lynxLines(
		"link:#art[Saltar al contenido]",
		"* link:/alcaniz[Alcañiz]\n* link:/teruel[Teruel]\n* link:/sociedad[Sociedad]",
		"[[comments]]",
		"=== Comentarios (2)",
		"image::/foto/derbi.jpg[Piłkarze Sokoła cieszą się z gola. Fot.\nWojciech Gąsienica]",
		"Text des Artikels.",
	)
	assert.True(t, isAdocDump(paras))
	assert.False(t, isAdocDump(lynxLines("Der Link: hier.", "Kein AsciiDoc.")))
	out := scoredAs(lChrome, lChrome, lChrome, lChrome, lBody, lComment, lBody, lBody, lBody)
	adocMarkup(paras, out)
	assert.Equal(t, []corpus.Label{lChrome, lChrome, lChrome, lChrome, lComment, lComment, lChrome, lChrome, lBody}, labelsIn(out), "an anchor takes the heading's label, an image and its wrapped alt text are chrome")
}

func TestDemwLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"* [[kulmbach|Kulmbach]]", "Kulmbach"},
		{"[[|Frankenpost am Main]]", "Frankenpost am Main"},
		{"# [[|Home]]", "Home"},
		{"[[|Strona główna]] › [[kryminalne|Kryminalne]] › Sąd", "Strona główna › Kryminalne › Sąd"},
		{"= Eiweiß aus Biertreber =", "Eiweiß aus Biertreber"},
		{"=== Коментари (2) ===", "Коментари (2)"},
		{`<span id="les-écoliers"></span> == Les écoliers iront à Mende ==`, "Les écoliers iront à Mende"},
		{`<div class="section buletin">`, ""}, {"</div>", ""}, {`<span id="бюлетин"></span>`, ""},
		{"'''Иван от Плачковци''' · 02.12.2026 11:20", "Иван от Плачковци · 02.12.2026 11:20"},
		{"''kursiv'' und '''fett'''", "kursiv und fett"},
		{"Par [[journalistes/bastien-rouviere|Bastien Rouvière]]", "Par Bastien Rouvière"},
		{"[[File:/a.jpg|thumb|none|alt=Ein Bild|Ein Bild. Foto: K. P.]]", "Ein Bild. Foto: K. P."},
		{"[[Berlin]] ist groß.", "Berlin ist groß."},
		{"Siehe [https://example.org/a den Bericht] und [https://example.org/b].", "Siehe den Bericht und ."},
		{"[https://example.org/grid <br />", ""},
		{"Grid]", "Grid"},
		{`[[#|<span>ニュース</span>]]`, "ニュース"},
		{"Impressum &amp; Datenschutz", "Impressum & Datenschutz"},
		{"Der Satz [sic] bleibt, = auch so =.", "Der Satz [sic] bleibt, = auch so =."},
		{"x < 3 und y > 5", "x < 3 und y > 5"},
	} {
		assert.Equal(t, tc.want, string(demwLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestIsMWDumpAndMarkup(t *testing.T) {
	paras := lynxLines(
		`<div class="cookies">`,
		"Wir verwenden Cookies.",
		"</div>",
		"* [[kulmbach|Kulmbach]] * [[bayreuth|Bayreuth]]",
		`<div role="main">`,
		`<span id="titel"></span>`,
		"= Titel =",
		"[[File:/a.jpg|thumb|none|alt=Bild|Bild. Foto: K. P.]]",
		"Text des Artikels.",
		"</div>",
		`<div class="section meistgelesen">`,
		"== Meistgelesen ==",
		"# [[a|Erste Geschichte]] # [[b|Zweite Geschichte]]",
		"</div>",
	)
	assert.True(t, isMWDump(paras))
	assert.False(t, isMWDump(lynxLines("[[/a][Org]] [[/b][links]]", "[[/c][are]] [[/d][no]] [[/e][wiki links]]")), "Org links")
	assert.False(t, isMWDump(lynxLines("[[anchor]]", "[[comments]]", "[[top]]", "[[a]] [[b]] [[c]]")), "AsciiDoc anchors")
	assert.False(t, isMWDump(lynxLines("Die Bäckerei ist insolvent.", "x = 3 und y = 5")))
	assert.True(t, isMWDump(lynxLines("[[File:a.png]]", "[[File:b.png]] [[File:c.png]]", "== Bilder ==", "[[File:d.png]]")), "images and a heading")
	out := scoredAs(lBody, lChrome, lBody, lChrome, lBody, lChrome, lBody, lBody, lBody, lChrome, lBody, lPromo, lPromo, lBody)
	mwMarkup(paras, mwKinds(paras), out, isMWImage)
	assert.Equal(t, []corpus.Label{lChrome, lChrome, lChrome, lChrome, lBody, lBody, lBody, lChrome, lBody, lBody, lPromo, lPromo, lPromo, lPromo}, labelsIn(out),
		"a section's tags take the label of its first line of text, an anchor its heading's, an image is chrome")
}
