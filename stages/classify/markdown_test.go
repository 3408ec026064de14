package classify

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestDemarkLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"# Höllentalbahn: neuer Fahrplan", "Höllentalbahn: neuer Fahrplan"},
		{"### [Using standalone mode](#using) [#](#anchor)", "Using standalone mode #"},
		{"#hashtag stays", "#hashtag stays"},
		{"*   [Home](/)", "Home"},
		{"*   *   [News](/index.html/from/navi \"heise online – IT-News\")", "News"},
		{"- Punkt eins", "Punkt eins"},
		{"> Ein Zitat mit **Nachdruck**.", "Ein Zitat mit Nachdruck."},
		{">", ""},
		{"Lesen Sie auch: [Die Bahn baut um (Teil 2)](https://example.com/a_(b)) und mehr", "Lesen Sie auch: Die Bahn baut um (Teil 2) und mehr"},
		{"![Foto: Anna Berger](https://img.example/x.jpg)", "Foto: Anna Berger"},
		{"[![heise online](//www.heise.de/logo.gif)](/index.html \"heise\")[Menü](#nav)", "heise online Menü"},
		{"Vesper: _Now for iPad_ and snake_case and 2*3*4", "Vesper: Now for iPad and snake_case and 2*3*4"},
		{"*emphasis* in **bold** and __strong__", "emphasis in bold and strong"},
		{"Run `emcc -O3` now", "Run emcc -O3 now"},
		{"Price \\*not\\* 10\\.5", "Price *not* 10.5"},
		{"| Abfahrt | Ziel |", "Abfahrt Ziel"},
		{"a [broken link](no close", "a [broken link](no close"},
		{"[not a link] here", "[not a link] here"},
		{"  spaced   out  ", "spaced out"},
		{"", ""},
	} {
		got := string(demarkLine(nil, tc.in))
		assert.Equal(t, tc.want, got, "%q", tc.in)
	}
}

func TestIsMarkdown(t *testing.T) {
	lines := func(texts ...string) []corpus.Paragraph {
		ps := make([]corpus.Paragraph, len(texts))
		for i, s := range texts {
			ps[i] = corpus.Paragraph{Text: s, Block: i}
		}
		return ps
	}
	assert.True(t, isMarkdown(lines("# Headline", "*   [Home](/)", "text", "[More](/more)")))
	assert.False(t, isMarkdown(lines("# Headline", "*   [Home](/)", "text")), "two marked lines are not enough")
	assert.False(t, isMarkdown(lines("Home", "News", "Sport", "A paragraph (with brackets) [and these].")))
	html := lines("# a", "# b", "# c")
	html[0].Structure = &corpus.Structure{Tag: "h1"}
	assert.False(t, isMarkdown(html), "documents read from HTML are not Markdown")
	assert.False(t, isMarkdown(nil))
}

func TestDemarkdown(t *testing.T) {
	paras := []corpus.Paragraph{
		{Text: "# Headline", Block: 0},
		{Text: "*   [Home](/)", Block: 1},
		{Text: "*   [News](/news)", Block: 1},
		{Text: "> First quoted paragraph.", Block: 2},
		{Text: ">", Block: 2},
		{Text: "> Second quoted paragraph.", Block: 2},
		{Text: "Body with a [link](https://example.com).", Block: 3},
	}
	var buf []corpus.Paragraph
	got, md := demarkdown(paras, &buf)
	assert.True(t, md)
	var texts []string
	var blocks []int
	for _, p := range got {
		texts = append(texts, p.Text)
		blocks = append(blocks, p.Block)
	}
	assert.Equal(t, []string{"Headline", "Home", "News", "First quoted paragraph.", "", "Second quoted paragraph.", "Body with a link."}, texts)
	assert.Equal(t, []int{0, 1, 1, 2, 2, 3, 4}, blocks, "a line of markup alone ends its block, as a blank line")
	assert.Equal(t, "# Headline", paras[0].Text, "the document's own paragraphs are not changed")
	assert.Equal(t, 2, paras[5].Block)

	plain := []corpus.Paragraph{{Text: "Home"}, {Text: "A paragraph."}}
	same, md := demarkdown(plain, &buf)
	assert.False(t, md)
	assert.Same(t, &plain[0], &same[0], "a text dump is read as it is")
}

// TestMarkdownPageReadsAsTextDump checks what the text view is for: a page
// converted to Markdown is labelled as its text dump.
func TestMarkdownPageReadsAsTextDump(t *testing.T) {
	m, err := DefaultModel()
	require.NoError(t, err)
	md := []string{
		"*   [Startseite](https://zeitung.example/)\n*   [Politik](https://zeitung.example/politik)\n*   [Wirtschaft](https://zeitung.example/wirtschaft)\n*   [Sport](https://zeitung.example/sport)",
		"# Sperrmüll wird nach dem Hochwasser kostenlos abgeholt",
		"**Von [Anna Berger](https://zeitung.example/autoren/berger)**",
		"Die Stadt stellt bis zum 12. Dezember zusätzliche Container für den Sperrmüll auf, teilte der [Abfallwirtschaftsbetrieb](https://awb.example/) am Montag mit.",
		"![Container am Mainplatz. Foto: Anna Berger](https://img.zeitung.example/container.jpg)",
		"Wer seinen Keller noch nicht räumen konnte, kann sich bis Ende der Woche beim Bürgerbüro melden und einen Termin vereinbaren, sagte eine Sprecherin.",
		"## Helfer bleiben bis Freitag",
		"Die Helfer des Technischen Hilfswerks bleiben bis Freitag in der Stadt und pumpen weiter Wasser aus den Kellern der Altstadt, wie der Einsatzleiter mitteilte.",
		"*   [Impressum](https://zeitung.example/impressum)\n*   [Datenschutz](https://zeitung.example/datenschutz)\n*   [Kontakt](https://zeitung.example/kontakt)",
	}
	dump := viewBlocks(md, demarkLine)
	require.Equal(t, "Startseite\nPolitik\nWirtschaft\nSport", dump[0])
	want := classifyBlocks(m, dump)
	assert.Equal(t, want, classifyBlocks(m, md))
	assert.Equal(t, corpus.Body, want[4], "the headline: %v", want)
	assert.Equal(t, corpus.Body, want[6], "the first paragraph: %v", want)
}

func FuzzDemarkLine(f *testing.F) {
	for _, s := range []string{"# a", "*   [Home](/)", "![x](y)", "[![a](b)](c \"d\")", "[[[(((", "](", "\\", "_a_ *b* **c**", "| a | b |", "> > x", "\xff[\xfe](\xfd)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := demarkLine(nil, s)
		assert.LessOrEqual(t, len(got), len(s)+2*strings.Count(s, "!["), "the view is no longer than the line")
		if utf8.ValidString(s) {
			assert.True(t, utf8.Valid(got), "valid UTF-8 in, valid UTF-8 out: %q -> %q", s, got)
		}
		assert.Equal(t, strings.Trim(string(got), " "), string(got), "trimmed of spaces (the normaliser has made every space an ASCII one)")
		assert.NotContains(t, string(got), "  ")
	})
}

func TestMarkdownTables(t *testing.T) {
	B, X, P, C := corpus.Body, corpus.Chrome, corpus.Promo, corpus.Comment
	table := []string{"| Abfahrt | Ziel |", "| --- | --- |", "| 05:32 | Titisee |", "| 06:02 | Neustadt |"}
	prose := "Wer regelmäßig zwischen Freiburg und dem Hochschwarzwald pendelt, muss sich umstellen."
	page := func(lines ...string) []corpus.Paragraph {
		ps := make([]corpus.Paragraph, len(lines))
		for i, s := range lines {
			ps[i] = corpus.Paragraph{Text: s, Block: i}
		}
		return ps
	}
	for _, tc := range []struct {
		name         string
		lines        []string
		in, want     []corpus.Label
		commentsFrom int
	}{
		{"a timetable inside the article, and what the chain carried away after it",
			append(append([]string{prose, "Lesen Sie auch: [Deutschlandticket](https://x.example/a)", "## Die neuen Abfahrtszeiten"}, table...), prose, "Anzeige", prose, "## Kommentare (6)"),
			[]corpus.Label{B, P, P, C, C, C, C, C, C, C, B},
			[]corpus.Label{B, P, B, B, B, B, B, B, X, B, B}, 10},
		{"a table far below the article stays",
			append([]string{prose, "Newsletter", "Jetzt anmelden", "App laden", "Folgen Sie uns"}, table...),
			[]corpus.Label{B, P, P, P, P, P, P, P, P},
			[]corpus.Label{B, P, P, P, P, P, P, P, P}, 9},
		{"a table inside the comment section stays",
			append([]string{prose, "## Kommentare (6)", prose}, table...),
			[]corpus.Label{B, C, C, C, C, C, C},
			[]corpus.Label{B, C, C, C, C, C, C}, 1},
		{"two rows are no table",
			[]string{prose, "| a | b |", "| c | d |", prose},
			[]corpus.Label{B, C, C, C},
			[]corpus.Label{B, C, C, C}, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			paras := page(tc.lines...)
			require.Len(t, tc.in, len(paras))
			fs := make([]features.Features, len(paras))
			for i, p := range paras {
				if p.Text == "Anzeige" {
					fs[i].Cues[corpus.Chrome] = true
				}
			}
			out := make([]Scored, len(paras))
			for i, l := range tc.in {
				out[i] = Scored{Label: l}
			}
			markdownTables(paras, fs, tc.commentsFrom, out)
			got := make([]corpus.Label, len(out))
			for i, o := range out {
				got[i] = o.Label
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestIsMarkupLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{`<div style="position:absolute;"><img width=1 height=1 alt="" src="http://b5.example/b?P=1">`, true},
		{`<img src="x.gif">`, true},
		{`<DIV class="alertBox">`, true},
		{"<p>", true},
		{"<3 this story", false},
		{"<a bit of text without a tag", false},
		{"<Ende>", false},
		{"a < b > c", false},
		{"<div", false},
	} {
		assert.Equal(t, tc.want, isMarkupLine(tc.line), "%q", tc.line)
	}
}

func TestCJKHeadingBrackets(t *testing.T) {
	assert.Equal(t, "関連記事", cjkHeading("【関連記事】"))
	assert.Equal(t, "延伸阅读", cjkHeading("［延伸阅读］："))
	assert.Equal(t, "【】", cjkHeading("【】"))
	assert.Equal(t, cjkPromoHeading, cjkLine("【関連記事】"))
}
