package split

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Tests of the twentieth session's splitting: XML elements that pandoc's
// TEI writer wraps over lines with no blank line between blocks.

func TestXMLUnitsJoinWrappedElements(t *testing.T) {
	text := `<p>Wir verwenden Cookies, um Inhalte zu personalisieren. Details finden Sie in unserer
<ref target="/datenschutz">Datenschutzerklärung</ref>.</p>
<p>Akzeptieren Ablehnen</p>
<list type="unordered">
<item>
<p><ref target="/lokales">Lokales</ref></p>
</item>
</list>
<p><figure>
<head>Ehrenamtliche räumen am Mittwoch die Regale ein.</head>
<graphic url="/bilder/laden.jpg" />
</figure></p>
<div type="level2" xml:id="kapital">
<head>212 Mitglieder, 64.000 Euro
Kapital</head>
<p>Innerhalb von zehn Wochen gründeten Dorfbewohner die Genossenschaft. Ein Anteil
kostet 250 Euro, jedes Mitglied hat eine Stimme.</p>
</div>
`
	assert.Equal(t, []string{
		`<p>Wir verwenden Cookies, um Inhalte zu personalisieren. Details finden Sie in unserer <ref target="/datenschutz">Datenschutzerklärung</ref>.</p>`,
		`<p>Akzeptieren Ablehnen</p>`,
		`<list type="unordered">`, `<item>`, `<p><ref target="/lokales">Lokales</ref></p>`, `</item>`, `</list>`,
		// A figure's element is closed by a line of markup alone: no unit.
		`<p><figure>`, `<head>Ehrenamtliche räumen am Mittwoch die Regale ein.</head>`, `<graphic url="/bilder/laden.jpg" />`, `</figure></p>`,
		`<div type="level2" xml:id="kapital">`,
		`<head>212 Mitglieder, 64.000 Euro Kapital</head>`,
		`<p>Innerhalb von zehn Wochen gründeten Dorfbewohner die Genossenschaft. Ein Anteil kostet 250 Euro, jedes Mitglied hat eine Stimme.</p>`,
		`</div>`,
	}, texts(Paragraphs(text, nil)))
}

func TestXMLUnit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  int
	}{
		{"wrapped paragraph", []string{"<p>a b", "c d</p>", "<p>e</p>"}, 2},
		{"closed on its line", []string{"<p>a</p>", "b</p>"}, 0},
		{"closed by markup alone", []string{"<p><figure>", "<head>x</head>", "</figure></p>"}, 0},
		{"the same element opens again first", []string{"<p>a", "<p>b</p>"}, 0},
		{"no start tag", []string{"a <p>b", "c</p>"}, 0},
		{"never closed", []string{"<p>a", "b", "c"}, 0},
	} {
		text := ""
		var ls []line
		for _, l := range tc.lines {
			ls = append(ls, line{start: len(text), end: len(text) + len(l)})
			text += l + "\n"
		}
		assert.Equal(t, tc.want, xmlUnit(text, ls, 0), tc.name)
	}
}
