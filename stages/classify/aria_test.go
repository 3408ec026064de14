package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// ariaPage is the shape of a news page as Playwright's ARIA snapshot
// prints it.
const ariaPage = `- paragraph: Wir und unsere Partner speichern Informationen auf Ihrem Gerät.
- paragraph:
  - button "Akzeptieren"
- banner:
  - navigation:
    - list:
      - listitem:
        - link "Hachenburg":
          - /url: /hachenburg
      - listitem:
        - link "Blaulicht":
          - /url: /blaulicht
- main:
  - article:
    - 'heading "Das Turmkreuz kehrt zurück: der Kran-Einsatz" [level=1]'
    - paragraph:
      - text: Von
      - link "Lena Schmidtke":
        - /url: /autoren/lena-schmidtke
    - paragraph: "Zuletzt aktualisiert: 21.08.2027, 12:48 Uhr"
    - paragraph: Das Kreuz sitzt. Die beiden Zimmerleute auf der Turmspitze haben die letzten Schrauben angezogen.
    - table:
      - rowgroup:
        - row "Posten Kosten":
          - columnheader "Posten"
          - columnheader "Kosten"
        - row "Kran 39.000 Euro":
          - cell "Kran"
          - cell "39.000 Euro"
    - figure "Das Kreuz am Haken. Foto: Ole Frink":
      - img "Ein Kreuz hängt an einem Kran"
      - text: "Das Kreuz am Haken. Foto: Ole Frink"
- text: Ihr Kommentar
- textbox
- contentinfo:
  - paragraph: © Westerwald-Echo 2027`

// ariaParas returns a snapshot's lines as the splitter gives them: each a
// paragraph without its indentation, whose offsets span it.
func ariaParas(page string) []corpus.Paragraph {
	var ps []corpus.Paragraph
	start := 0
	for _, l := range strings.Split(page, "\n") {
		t := strings.TrimLeft(l, " ")
		ps = append(ps, corpus.Paragraph{Text: t, Start: start, End: start + len(l)})
		start += len(l) + 1
	}
	return ps
}

// ariaLine returns the index of the line of ariaPage whose text is s.
func ariaLine(t *testing.T, s string) int {
	for i, l := range strings.Split(ariaPage, "\n") {
		if strings.TrimLeft(l, " ") == s {
			return i
		}
	}
	t.Fatalf("no line %q", s)
	return -1
}

func TestParseARIALine(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want ariaNode
		ok   bool
	}{
		{"- paragraph: Text hier", ariaNode{role: "paragraph", value: "Text hier"}, true},
		{"  - paragraph:", ariaNode{indent: 2, role: "paragraph", opens: true}, true},
		{`- link "Sport":`, ariaNode{role: "link", name: "Sport", opens: true}, true},
		{"- /url: /sport", ariaNode{role: "/url", value: "/sport"}, true},
		{`- heading "Geschafft!" [level=3]`, ariaNode{role: "heading", name: "Geschafft!", level: 3}, true},
		{`- 'heading "Zona: todo" [level=1]'`, ariaNode{role: "heading", name: "Zona: todo", level: 1}, true},
		{`- 'link "A: B"':`, ariaNode{role: "link", name: "A: B", opens: true}, true},
		{`- paragraph: "Autor: Jan"`, ariaNode{role: "paragraph", value: "Autor: Jan"}, true},
		{`- paragraph: 'It''s'`, ariaNode{role: "paragraph", value: "It's"}, true},
		{`- button "Say \"hi\""`, ariaNode{role: "button", name: `Say "hi"`}, true},
		{`- checkbox "Ja" [checked]`, ariaNode{role: "checkbox", name: "Ja"}, true},
		{"- textbox", ariaNode{role: "textbox"}, true},
		{"- Hachenburg und Umgebung", ariaNode{}, false},
		{"- [Sport](/sport)", ariaNode{}, false},
		{"paragraph: text", ariaNode{}, false},
		{`- link "open`, ariaNode{}, false},
		{"- /: x", ariaNode{}, false},
		{"- 'heading", ariaNode{}, false},
	} {
		got, ok := parseARIALine(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		if tc.ok {
			assert.Equal(t, tc.want, got, tc.in)
		}
	}
}

func TestIsARIASnapshot(t *testing.T) {
	assert.True(t, isARIASnapshot(ariaParas(ariaPage)))
	assert.False(t, isARIASnapshot(ariaParas(ariaPage)[:6]), "too few lines")
	md := "- [Home](/)\n- [Sport](/sport)\n- [Kultur](/kultur)\n- Politik\n- Wirtschaft\n- Panorama\n- Wetter\n- Verkehr\n- Lokales"
	assert.False(t, isARIASnapshot(lynxLines(md)), "a Markdown list")
	noMarks := "- paragraph: a\n- paragraph: b\n- paragraph: c\n- paragraph: d\n- paragraph: e\n- paragraph: f\n- paragraph: g\n- paragraph: h"
	assert.False(t, isARIASnapshot(lynxLines(noMarks)), "no link target or heading level")
}

func TestARIAView(t *testing.T) {
	want := []string{
		"Wir und unsere Partner speichern Informationen auf Ihrem Gerät.",
		"Akzeptieren",
		"- [Hachenburg](/hachenburg)",
		"- [Blaulicht](/blaulicht)",
		"# Das Turmkreuz kehrt zurück: der Kran-Einsatz",
		"Von [Lena Schmidtke](/autoren/lena-schmidtke)",
		"Zuletzt aktualisiert: 21.08.2027, 12:48 Uhr",
		"Das Kreuz sitzt. Die beiden Zimmerleute auf der Turmspitze haben die letzten Schrauben angezogen.",
		"| Posten | Kosten |",
		"| Kran | 39.000 Euro |",
		"![Ein Kreuz hängt an einem Kran]() Das Kreuz am Haken. Foto: Ole Frink",
		"Ihr Kommentar",
		"________",
		"© Westerwald-Echo 2027",
	}
	paras := ariaParas(ariaPage)
	view, unit, first, ok := ariaView(paras)
	require.True(t, ok)
	var texts []string
	for _, p := range view {
		texts = append(texts, p.Text)
	}
	assert.Equal(t, want, texts)
	require.Len(t, unit, len(paras))
	require.Len(t, first, len(view))
	assert.Equal(t, ariaLine(t, `- 'heading "Das Turmkreuz kehrt zurück: der Kran-Einsatz" [level=1]'`), first[4])
	assert.Equal(t, view[2].Block, view[3].Block, "a list's items share a block")
	assert.Equal(t, view[8].Block, view[9].Block, "a table's rows share a block")
	assert.Equal(t, view[11].Block, view[12].Block, "inline lines side by side share a block")
	assert.NotEqual(t, view[6].Block, view[7].Block, "paragraphs have blocks of their own")
	at := func(line string) int { return unit[ariaLine(t, line)] }
	assert.Equal(t, 2, at("- banner:"), "a landmark takes the first block in it")
	assert.Equal(t, 2, at("- /url: /hachenburg"), "a link's target goes with its link")
	assert.Equal(t, 5, at("- text: Von"), "a byline's parts are one block")
	assert.Equal(t, 5, at("- /url: /autoren/lena-schmidtke"))
	assert.Equal(t, 9, at(`- cell "39.000 Euro"`), "a cell goes with its row")
	assert.Equal(t, 10, at(`- text: "Das Kreuz am Haken. Foto: Ole Frink"`), "a caption goes with its figure")
	assert.Equal(t, 11, at("- text: Ihr Kommentar"), "text beside a figure is not its caption")
	assert.Equal(t, 13, at("- contentinfo:"))

	// Without the offsets that tell the indentation, a block holds the
	// inline lines after it.
	flat := ariaParas(ariaPage)
	for i := range flat {
		flat[i].Start, flat[i].End = 0, 0
	}
	view, unit, _, ok = ariaView(flat)
	require.True(t, ok)
	require.Len(t, unit, len(flat))
	assert.Equal(t, "Von [Lena Schmidtke](/autoren/lena-schmidtke)", view[5].Text)
	assert.Equal(t, "![Ein Kreuz hängt an einem Kran]() Das Kreuz am Haken. Foto: Ole Frink Ihr Kommentar ________", view[10].Text)

	_, _, _, ok = ariaView(lynxLines("Plain text\nof a page"))
	assert.False(t, ok)
}

func TestPlainTextsARIA(t *testing.T) {
	got := PlainTexts(ariaParas(ariaPage))
	require.Len(t, got, len(strings.Split(ariaPage, "\n")))
	assert.Equal(t, "Wir und unsere Partner speichern Informationen auf Ihrem Gerät.", got[0])
	assert.Equal(t, "Akzeptieren", got[1], "a paragraph's text on its line")
	assert.Equal(t, "", got[2], "its parts' lines empty")
	assert.Equal(t, "", got[ariaLine(t, "- banner:")], "a line that opens blocks")
	assert.Equal(t, "Das Turmkreuz kehrt zurück: der Kran-Einsatz", got[ariaLine(t, `- 'heading "Das Turmkreuz kehrt zurück: der Kran-Einsatz" [level=1]'`)])
	assert.Equal(t, "Von Lena Schmidtke", got[ariaLine(t, "- text: Von")-1])
	assert.Equal(t, "", got[ariaLine(t, "- text: Von")])
}

func TestClassifyARIA(t *testing.T) {
	m := defaultModelT(t)
	paras := ariaParas(ariaPage)
	out := m.Classify(paras)
	require.Len(t, out, len(paras))
	label := func(line string) corpus.Label { return out[ariaLine(t, line)].Label }
	assert.Equal(t, corpus.Body, label("- paragraph: Das Kreuz sitzt. Die beiden Zimmerleute auf der Turmspitze haben die letzten Schrauben angezogen."))
	assert.Equal(t, label(`- link "Blaulicht":`), label("- /url: /blaulicht"), "a link's target takes its link's label")
	assert.Equal(t, label(`- link "Lena Schmidtke":`), label("- text: Von"), "a byline's parts share a label")
	assert.Equal(t, corpus.Chrome, label("- paragraph: © Westerwald-Echo 2027"))
}

// FuzzARIAView checks that any lines read as an ARIA snapshot give every
// line a view line, and that PlainTexts gives every line a text.
func FuzzARIAView(f *testing.F) {
	f.Add(ariaPage)
	f.Add("- paragraph:\n- link \"a\":\n- /url: /a\n- heading \"b\" [level=9]\n- row \"x\":\n- cell \"x\"\n- list:\n- listitem:\n- 'link \"c: d\"':\n- /url: '/x''y'")
	f.Add("- text: \"\\u00e9\\\"\"\n- /url: \"\\\"\n- img \"\"\n- textbox \"E-Mail\"\n- heading \"h\" [level=1]:\n- link \"h\":\n- /url: /h\n- separator\n- strong: x")
	f.Fuzz(func(t *testing.T, page string) {
		paras := ariaParas(page)
		view, unit, first, ok := ariaView(paras)
		if ok {
			require.Len(t, unit, len(paras))
			require.Len(t, first, len(view))
			for _, u := range unit {
				require.True(t, u >= 0 && u < len(view))
			}
			for i := 1; i < len(view); i++ {
				require.GreaterOrEqual(t, view[i].Block, view[i-1].Block)
			}
		}
		require.Len(t, PlainTexts(paras), len(paras))
	})
}
