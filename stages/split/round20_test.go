package split

import (
	"strings"
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

func TestBlockDocWidthPassesOverLinkLines(t *testing.T) {
	prose := strings.Repeat(`Seit der Auswilderung im Jahr 2013 ist die Herde von acht auf 41 Tiere
angewachsen. Sie lebt ohne Zaun auf einer Fläche, die größtenteils der
Wittgenstein-Berleburg'schen Rentkammer gehört. Ein Teil der Tiere
wandert allerdings regelmäßig ins benachbarte Sauerland.

`, 3)
	links := `[Startseite](/) › [Bad Berleburg](/bad-berleburg) › [Natur & Umwelt](/natur)

Artikel teilen: [Facebook](/share/fb) · [WhatsApp](/share/wa) · [E-Mail](/share/mail)

  * [Wisent-Streit: Oberlandesgericht vertagt Entscheidung](/natur/wisente-urteil-hamm)

  * [Neue Hängebrücke am Rothaarsteig eröffnet](/natur/rothaarsteig-neue-bruecke)

[Impressum](/impressum) · [Datenschutz](/datenschutz) · [AGB](/agb) · [Kontakt](/kontakt)
`
	// Five lines with links run past the width, which the converter does
	// not break; the prose tells the width.
	assert.Equal(t, 70, blockDocWidth(prose+links))
}
