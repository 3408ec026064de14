package classify

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/winnowhq/winnow/corpus"
)

// classifyBlocks returns m's labels of the lines of blocks (lynxLines).
func classifyBlocks(m *Model, blocks []string) []corpus.Label {
	var out []corpus.Label
	for _, s := range m.Classify(lynxLines(blocks...)) {
		out = append(out, s.Label)
	}
	return out
}

// viewBlocks returns blocks with every line rewritten by line (a view's
// line function: demarkLine, delynxLine).
func viewBlocks(blocks []string, line func([]byte, string) []byte) []string {
	out := make([]string, len(blocks))
	for i, b := range blocks {
		var ls []string
		for _, l := range strings.Split(b, "\n") {
			ls = append(ls, string(line(nil, l)))
		}
		out[i] = strings.Join(ls, "\n")
	}
	return out
}

// lynxLines returns the paragraphs of lines, a block per line but for
// runs joined by "\n" (one block).
func lynxLines(blocks ...string) []corpus.Paragraph {
	var ps []corpus.Paragraph
	for b, text := range blocks {
		for _, l := range strings.Split(text, "\n") {
			ps = append(ps, corpus.Paragraph{Text: l, Block: b})
		}
	}
	return ps
}

func TestIsLynxTarget(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"12. https://www.kaiserstuhl-kurier.example/lokales/", true},
		{"1. mailto:d.kienzler@kaiserstuhl-kurier.example", true},
		{"147. javascript:window.print()", true},
		{"8. file:///media/Anime *a* Manga/fandoms", true}, // a target with spaces in it
		{"3. Der Stundenschlag muss schweigen.", false},    // a numbered list item
		{"2. 9:30 Uhr Gottesdienst", false},
		{"12.https://x.example/", false},
		{"https://x.example/", false},
		{"1. ", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, isLynxTarget(tc.line), "%q", tc.line)
	}
}

func TestLynxReferences(t *testing.T) {
	page := []string{"Kirchenglocke darf nachts nicht mehr schlagen", "Von [19]Dorothea Kienzler", "© Kaiserstuhl-Kurier 2026"}
	for _, tc := range []struct {
		name  string
		lines []string
		want  int // index of "References", or len(lines)
	}{
		{"a References list", append(append([]string{}, page...), "References", "1. https://a.example/", "2. https://a.example/rss", "3. mailto:x@a.example"), 3},
		{"visible and hidden links", append(append([]string{}, page...), "References", "Visible links:", "1. https://a.example/", "Hidden links:", "2. https://a.example/x"), 3},
		{"a target broken over two lines", append(append([]string{}, page...), "References",
			"1. https://a.example/1", "2. https://a.example/2", "3. https://a.example/3", "4. https://a.example/4", "5. https://a.example/5",
			"6. mailto:?subject=Neon&body=The once-ubiquitous form of lighting", "Read More:", "7. https://a.example/7", "8. https://a.example/8", "9. https://a.example/9", "10. https://a.example/10"), 3},
		{"no heading above the targets", append(append([]string{}, page...), "1. https://a.example/", "2. https://a.example/rss"), 5},
		{"a numbered list ends the page", append(append([]string{}, page...), "References", "1. Müller, Die Glocken (2019)", "2. Maier, Lärm (2021)"), 6},
		{"prose under the heading", append(append([]string{}, page...), "References", "The court's papers, as cited:", "Nothing else here is a link target.", "1. https://a.example/"), 7},
		{"the list is the whole document", []string{"References", "1. https://a.example/"}, 0},
		// ELinks: "Visible links" without a colon, and a link's title after
		// its number with the target alone on the next line.
		{"ELinks' titled targets", append(append([]string{}, page...), "References", "Visible links",
			"1. https://a.example/", "2. Pro & Contra: Ist Apple zu streng?", "https://a.example/pro-contra",
			"3. Data Disclaimer", "https://a.example/disclaimer", "4. Go to the profile of Joseph Cox", "https://a.example/@cox"), 3},
		{"a bare target after prose is no list", append(append([]string{}, page...), "References", "Mehr dazu lesen Sie hier:", "https://a.example/mehr"), 6},
		// w3m -o display_link_number=1: "References:" over bracketed
		// numbers ("References:" alone would pass for a bare target).
		{"w3m's References", append(append([]string{}, page...), "References:", "[1] https://a.example/", "[2] https://a.example/rss", "[4] mailto:x@a.example"), 3},
		{"a bracketed citation is no target", append(append([]string{}, page...), "References:", "[1] Müller, Die Glocken (2019)"), 5},
		{"no list", page, 3},
		{"no paragraph", nil, 0},
		{"one target alone", []string{"https://a.example/"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, lynxReferences(lynxLines(tc.lines...)))
		})
	}
}

func TestDelynxLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Von [19]Dorothea Kienzler", "Von Dorothea Kienzler"},
		{"   [6]Abo ab 0,99 €", "Abo ab 0,99 €"},
		{"     * [8]Lokales", "Lokales"},
		{"          + [11]LOGOUT", "LOGOUT"},
		{"[20]Teilen [21]Drucken [22]Merken", "Teilen Drucken Merken"},
		{"[28][4224.gif] [29]首页 > [30]科技频道", "[4224.gif] 首页 > 科技频道"},
		{"Die Kammer unterschied in ihrem [24]Urteil (Az. 4 K 2211/25)", "Die Kammer unterschied in ihrem Urteil (Az. 4 K 2211/25)"},
		{"[IMG]", "[IMG]"},
		{"[33]6366", "6366"},
		{"[56]", "[56]"}, // a line of nothing but a link number keeps it
		{"Fußnote [123456] bleibt", "Fußnote [123456] bleibt"},
		{"[1]", "[1]"},
		{"", ""},
	} {
		assert.Equal(t, tc.want, string(delynxLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestIsLynxDump(t *testing.T) {
	markers := lynxLines("[1]Zum Inhalt [2]Navigation", "[3]Lokales\n[4]Sport\n[5]Kultur", "Text ohne Verweise.")
	assert.True(t, isLynxDump(markers), "five link numbers")
	assert.False(t, isLynxDump(markers[:2]), "three link numbers")
	refs := lynxLines("Ein Artikel.", "References", "1. https://a.example/")
	assert.True(t, isLynxDump(refs), "a References list")
	assert.False(t, isLynxDump(lynxLines("Die Studie[1] zeigt,[2] dass Quellen [3] fehlen.[4][5] Das Amt[6] schweigt.[7]")), "citation numbers stand after their words")
	assert.False(t, isLynxDump(nil))
}

// A lynx dump is labelled as the same page without its link numbers and
// bullets, and its References list is chrome.
func TestLynxPageReadsAsTextDump(t *testing.T) {
	m, err := DefaultModel()
	require.NoError(t, err)
	lynx := []string{
		"[1]Zum Inhalt springen [2]Zur Navigation springen",
		"[3]Kaiserstuhl-Kurier\n[4]Abo ab 0,99 €\n[5]Anmelden",
		"[6]Lokales\n[7]Breisach\n[8]Endingen\n[9]Sport",
		"GERICHT\nKirchenglocke darf nachts nicht mehr schlagen",
		"Von [10]Dorothea Kienzler\n02.12.2026 - 16:20 Uhr",
		"Der Stundenschlag der katholischen Pfarrkirche in Kiechlinsbergen muss zwischen 22 Uhr und 6 Uhr schweigen. Das hat die 4. Kammer des [11]Verwaltungsgerichts Freiburg am Dienstag entschieden.",
		"Die beiden hatten vorgetragen, der Viertelstundenschlag mit bis zu 68 Dezibel an ihrem Schlafzimmerfenster raube ihnen den Schlaf.",
		"Das Urteil ist noch nicht rechtskräftig. Die Kirchengemeinde kann innerhalb eines Monats die Zulassung der Berufung beantragen.",
		"[12]Impressum | [13]Datenschutz | [14]Kontakt",
	}
	refs := []string{"References", "1. https://kk.example/#main\n2. https://kk.example/#nav\n3. https://kk.example/\n4. https://abo.kk.example/\n5. https://kk.example/login"}
	dump := viewBlocks(lynx, delynxLine)
	require.Equal(t, "Lokales\nBreisach\nEndingen\nSport", dump[2])
	want := classifyBlocks(m, dump)
	got := classifyBlocks(m, append(append([]string{}, lynx...), refs...))
	require.Len(t, got, len(want)+6)
	assert.Equal(t, want, got[:len(want)], "the page above its References")
	for i, l := range got[len(want):] {
		assert.Equal(t, corpus.Chrome, l, "References line %d", i)
	}
	assert.Equal(t, corpus.Body, want[9], "the headline: %v", want)
	assert.Equal(t, corpus.Body, want[12], "the first paragraph: %v", want)
}

func FuzzDelynxLine(f *testing.F) {
	for _, s := range []string{"[19]Name", "* [8]Lokales", "[1]", "[[[1]]]", "[123456]", "+ + [2]x", "\xff[3]\xfe", "[INS: :INS]", "[", "[INS:[a]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isLynxPlaceholder(s) {
			assert.NotEmpty(t, strings.TrimSpace(s), "an empty line is no placeholder")
		}
		got := delynxLine(nil, s)
		assert.LessOrEqual(t, len(got), len(s), "the view is no longer than the line")
		if utf8.ValidString(s) {
			assert.True(t, utf8.Valid(got), "valid UTF-8 in, valid UTF-8 out: %q -> %q", s, got)
		}
		if strings.TrimSpace(s) != "" {
			assert.NotEmpty(t, got, "a line with text keeps some")
		}
	})
}

func TestDebulletLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"• Here’s our Firefox Year in Review!", "Here’s our Firefox Year in Review!"},
		{"  □ Reminder: Nightly users can help us test Fission", "Reminder: Nightly users can help us test Fission"},
		{"◦   nested item", "nested item"},
		{"▪ Tarifa", "Tarifa"},
		{"•", "•"}, // a bullet alone keeps it
		{"• ", "•"},
		{"* stays: lynx's bullet", "* stays: lynx's bullet"},
		{"Plain line • with a bullet inside", "Plain line • with a bullet inside"},
		{"", ""},
	} {
		assert.Equal(t, tc.want, string(debulletLine(nil, tc.in)), "%q", tc.in)
	}
}

func TestIsBulletDump(t *testing.T) {
	var lines []string
	for i := range 12 {
		lines = append(lines, "• Menüpunkt "+string(rune('A'+i)))
	}
	assert.True(t, isBulletDump(lynxLines(lines...)), "twelve bulleted lines")
	assert.False(t, isBulletDump(lynxLines(lines[:9]...)), "nine")
	_, kind := delynx(lynxLines(lines...), new([]corpus.Paragraph))
	assert.Equal(t, bulletDump, kind, "delynx reads a bullet dump")
	assert.False(t, isBulletDump(nil))
}

func FuzzDebulletLine(f *testing.F) {
	for _, s := range []string{"• a", "□", "◦  x", "\xe2\x80", "▪\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := debulletLine(nil, s)
		assert.LessOrEqual(t, len(got), len(s))
		if utf8.ValidString(s) {
			assert.True(t, utf8.Valid(got), "%q -> %q", s, got)
		}
		if strings.TrimSpace(s) != "" {
			assert.NotEmpty(t, got)
		}
	})
}

func TestIsLynxPlaceholder(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"IFRAME: [25]https://kk.example/embed/audio", true},
		{"IFRAME:", true},
		{"(BUTTON) Alle akzeptieren (BUTTON) Nur notwendige", true},
		{"____________________ search", false}, // a field with its label: chrome by the model
		{"____________________", true},
		{"[IMG]", true},
		{"[8fffe82208528de01df9dd6c686cdfed.jpg] [INS: :INS]", true},
		{"[INS: :INS]", true},
		{"[INS:", true},
		{":INS]", true},
		{"[Barcode-Scanner-With-Border.jpeg]", true},
		{"[Lea Brugger] Lea Brugger ist Reporterin", false},
		{"[1]", true},
		{"Das Urteil [24] ist rechtskräftig.", false},
		{"[ ]", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, isLynxPlaceholder(tc.line), "%q", tc.line)
	}
}

func TestLynxFurniture(t *testing.T) {
	B, X := corpus.Body, corpus.Chrome
	paras := lynxLines(
		"Die Kammer unterschied zwischen dem Läuten und dem Zeitschlag.",
		"IFRAME:\nhttp://pos.example/jcwm?rdid=2864467&dc=3&di=u2864467&dri=0\n&dai=14&ps=0x0&dcb=___adblockplus",
		"Das Urteil ist noch nicht rechtskräftig, sagte der Anwalt.",
		"[IMG]",
	)
	out := make([]Scored, len(paras))
	for i := range out {
		out[i] = Scored{Label: B}
	}
	lynxFurniture(paras, out)
	var got []corpus.Label
	for _, o := range out {
		got = append(got, o.Label)
	}
	assert.Equal(t, []corpus.Label{B, X, X, X, B, X}, got)
}

func TestIsHTML2TextDump(t *testing.T) {
	page := []string{"Saltar_al_contenido", "****** Sesenta rebaños contra el fuego ******", "Por Lucía_Escamilla_Poveda", "**** Cuánto cobrará cada pastor ****", "Texto."}
	assert.True(t, isHTML2TextDump(lynxLines(page...)), "two headings")
	assert.False(t, isHTML2TextDump(lynxLines(page[:3]...)), "one")
	_, kind := delynx(lynxLines(page...), new([]corpus.Paragraph))
	assert.Equal(t, html2textDump, kind, "delynx reads an html2text dump")
	assert.False(t, isHTML2TextDump(nil))
}

func TestHTML2TextHeading(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"****** Sesenta rebaños contra el fuego ******", "Sesenta rebaños contra el fuego", true},
		{"***** « Ça ne remplace pas un millésime » *****", "« Ça ne remplace pas un millésime »", true},
		{"*** h4 ***", "h4", true},
		{"** bold **", "** bold **", false},                       // two asterisks: emphasis, no heading
		{"******* seven *******", "******* seven *******", false}, // more than html2text draws
		{"****** open", "****** open", false},
		{"**** mixed ******", "**** mixed ******", false},
		{"******   ******", "******   ******", false}, // an empty heading
		{"* item", "* item", false},
		{"", "", false},
	} {
		got, ok := html2textHeading(tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
	}
}

func TestDehtml2textLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"****** Grêle à Chablis ******", "Grêle à Chablis"},
		{"Lire aussi : Vrac_:_le_chablis_se_maintient", "Lire aussi : Vrac : le chablis se maintient"},
		{"    * Castilla-La_Mancha", "Castilla-La Mancha"},
		{"[Unknown INPUT type]Suscribirme", "[Unknown INPUT type]Suscribirme"},
		{"Nombre: ____________", "Nombre: ____________"}, // a form field keeps its underscores
		{"_Entrar Buscar", "_Entrar Buscar"},
		{"forestal_cu · hace 1 hora", "forestal cu · hace 1 hora"},
		{"*", "*"},
		{"", ""},
	} {
		assert.Equal(t, tc.want, string(dehtml2textLine(nil, tc.in)), tc.in)
	}
}

func FuzzDehtml2textLine(f *testing.F) {
	for _, s := range []string{"****** a ******", "*** ***", "* x_y", "__", "\xff_\xfe", "****** \xff ******"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := dehtml2textLine(nil, s)
		assert.LessOrEqual(t, len(got), len(s))
		if utf8.ValidString(s) {
			assert.True(t, utf8.Valid(got), "%q -> %q", s, got)
		}
		if strings.TrimSpace(s) != "" {
			assert.NotEmpty(t, got)
		}
	})
}

func TestIsBareTarget(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"https://a.example/x", true},
		{"file:///meldung/In-eigener-Sache.html", true},
		{"mailto:jfcox@jabber.ccc.de", true},
		{"Note: this is prose", false},
		{"12. https://a.example/", false},
		{"https", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, isBareTarget(tc.in), tc.in)
	}
}

func TestIsBracketDump(t *testing.T) {
	page := []string{"Kaßberg-Bote [https://www.kassberg-bote.example/]", " * Anmelden [https://a.example/login]", " * Chemnitz [/chemnitz/]",
		"Startseite [/] / Chemnitz [/chemnitz/] / Liveblog", "STROMAUSFALL IN CHEMNITZ", "Text."}
	assert.True(t, isBracketDump(lynxLines(page...)), "five bracketed targets")
	assert.False(t, isBracketDump(lynxLines(page[:3]...)), "three")
	assert.False(t, isBracketDump(lynxLines("[1] [2] [3] [4] [5] [a b] [x]", "siehe [Anm. 3]")), "citations and notes are no targets")
	_, kind := delynx(lynxLines(page...), new([]corpus.Paragraph))
	assert.Equal(t, bracketDump, kind, "delynx reads an html-to-text dump")
	assert.False(t, isBracketDump(nil))
}

func TestDebracketLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Von Ines Wachtler [https://a.example/autoren/ines-wachtler] und", "Von Ines Wachtler und"},
		{" * Anmelden [https://a.example/login]", "Anmelden"},
		{"Startseite [/] / Chemnitz [/chemnitz/] / Liveblog", "Startseite / Chemnitz / Liveblog"},
		{"Kontakt [mailto:redaktion@a.example]", "Kontakt"},
		{"[https://a.example/img/kreuzung.jpg]Ein Polizist regelt den", "Ein Polizist regelt den"},
		{"[https://a.example/]", "[https://a.example/]"}, // a line of nothing but a target keeps it
		{"STROM FAST ÜBERALL ZURÜCK", "STROM FAST ÜBERALL ZURÜCK"},
		{"siehe [Anm. 3] und [12]", "siehe [Anm. 3] und [12]"},
		{"[", "["},
		{"", ""},
		// Long targets lynx wrapped: re-joined with a space, or going on in
		// the next paragraph.
		{"[https://x.example/share?t=Un%20troisi%C3%A8me%20mor t%C3%A9]Partager la page", "Partager la page"},
		{"Lire aussi [file://localhost/monde/2015/04/29/aide-humanitaire-au-nepal-plus-les-heures-passent-mo", "Lire aussi"},
		{"ins-on-est-utiles_1276779]interview", "interview"},
		{"[Note: voir plus bas] et [12]", "[Note: voir plus bas] et [12]"},
		{"Ende] des Satzes", "Ende] des Satzes"},
	} {
		assert.Equal(t, tc.want, string(debracketLine(nil, tc.in)), "%q", tc.in)
	}
}

func FuzzDebracketLine(f *testing.F) {
	for _, s := range []string{"a [https://x]", "[/]", "[]", "[/ ]", "[[/x]]", "\xff[/\xfe]", " * [http:x] y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := debracketLine(nil, s)
		assert.LessOrEqual(t, len(got), len(s))
		if utf8.ValidString(s) {
			assert.True(t, utf8.Valid(got), "%q -> %q", s, got)
		}
		if strings.TrimSpace(s) != "" {
			assert.NotEmpty(t, got)
		}
	})
}

func TestPlainTexts(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a Markdown page", []string{"# Brücke gesperrt", "Von [Ines Wachtler](https://a.example/iw)", "Die **Brücke** bleibt zu.", "* [Sport](/sport)", "[Kultur](/kultur)"},
			[]string{"Brücke gesperrt", "Von Ines Wachtler", "Die Brücke bleibt zu.", "Sport", "Kultur"}},
		{"a lynx dump", []string{"Von [19]Dorothea Kienzler", "   * [8]Lokales", "[20]Teilen [21]Drucken", "[22]Merken", "Die Glocke [23]schweigt.", "[24]x"},
			[]string{"Von Dorothea Kienzler", "Lokales", "Teilen Drucken", "Merken", "Die Glocke schweigt.", "x"}},
		{"a plain page", []string{"Brücke gesperrt", "Die Brücke bleibt zu [1]."}, []string{"Brücke gesperrt", "Die Brücke bleibt zu [1]."}},
		{"nothing", nil, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			paras := lynxLines(tc.lines...)
			assert.Equal(t, tc.want, PlainTexts(paras))
			assert.Equal(t, tc.lines, func() []string {
				var s []string
				for _, p := range paras {
					s = append(s, p.Text)
				}
				return s
			}()[:len(tc.lines)], "the paragraphs keep their texts")
		})
	}
	html := []corpus.Paragraph{{Text: "[Sport](/sport)", Structure: &corpus.Structure{}}, {Text: "[Kultur](/kultur)", Structure: &corpus.Structure{}}, {Text: "# Titel", Structure: &corpus.Structure{}}}
	assert.Equal(t, []string{"[Sport](/sport)", "[Kultur](/kultur)", "# Titel"}, PlainTexts(html), "paragraphs read from HTML keep their texts")
}
