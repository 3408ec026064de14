package split

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// Tests of the eighteenth session's splitting: Muse pages wrapped at 72
// columns with a heading and a table row wider than that, Thai measured in
// columns, sentences that end at a wrap, and Org and Muse links broken
// across lines.

// museProse is a page as pandoc -t muse writes it: wrapped at 72 columns,
// but for a heading and a table row it does not break.
const museProse = `* Rückruf: Alzeyer Bäckerei ruft Christstollen wegen nicht deklarierter Haselnüsse zurück

Die Bäckerei Dexheimer aus Alzey ruft ihren „Rheinhessischen
Butterstollen“ im 750-Gramm-Laib zurück. In einzelnen Stollen könnten
Haselnussstücke enthalten sein, die auf dem Etikett nicht angegeben
sind, teilte das Unternehmen am Mittwoch mit. Für Menschen mit einer
Nussallergie kann der Verzehr gefährlich sein.

 Produkt                              || Mindestens haltbar bis || Chargennummer
 Rheinhessischer Butterstollen, 750 g |  28.12.2026             |  L4821

Die Lebensmittelüberwachung des Landkreises Alzey-Worms hat die
Backstube am Dienstag kontrolliert. Eine Sprecherin der Kreisverwaltung
sagte, der Betrieb habe den Fehler selbst gemeldet und sofort reagiert.
Weitere Maßnahmen seien derzeit nicht geplant.

Verkauft wurden die Stollen in den vier Filialen der Bäckerei in Alzey,
Flonheim und Wörrstadt sowie auf dem Alzeyer Wochenmarkt. Einige Laibe
gingen zudem an zwei Hofläden in der Verbandsgemeinde. Kundinnen und
Kunden können die Ware in jeder Filiale zurückgeben; der Kaufpreis wird
auch ohne Kassenbon erstattet, teilte die Bäckerei mit.

**Auch interessant:**
[[/verbraucher/allergene-kennzeichnung-lose-ware][Allergene bei loser
Ware: Was Bäcker angeben müssen]]

Aufgefallen war der Fehler, nachdem eine Kundin aus Flonheim nach dem
Genuss einer Scheibe allergische Beschwerden bekommen hatte. Sie wurde
ambulant behandelt, wie die Bäckerei am Mittwochabend auf Nachfrage
mitteilte.
`

func TestMuseParagraphs(t *testing.T) {
	got := texts(Paragraphs(museProse, nil))
	assert.Equal(t, 71, blockDocWidth(museProse), "the heading and the table's header run past the width: the longest line under them")
	assert.Contains(t, got, "Die Bäckerei Dexheimer aus Alzey ruft ihren „Rheinhessischen Butterstollen“ im 750-Gramm-Laib zurück. In einzelnen Stollen könnten Haselnussstücke enthalten sein, die auf dem Etikett nicht angegeben sind, teilte das Unternehmen am Mittwoch mit. Für Menschen mit einer Nussallergie kann der Verzehr gefährlich sein.")
	assert.Contains(t, got, "Die Lebensmittelüberwachung des Landkreises Alzey-Worms hat die Backstube am Dienstag kontrolliert. Eine Sprecherin der Kreisverwaltung sagte, der Betrieb habe den Fehler selbst gemeldet und sofort reagiert. Weitere Maßnahmen seien derzeit nicht geplant.",
		"a sentence may end at a wrap inside the paragraph")
	assert.Contains(t, got, "[[/verbraucher/allergene-kennzeichnung-lose-ware][Allergene bei loser Ware: Was Bäcker angeben müssen]]", "a Muse link's text broken across lines")
	assert.Contains(t, got, "**Auch interessant:**")
}

func TestBrokenAtLetsFewSentencesEnd(t *testing.T) {
	// A list of sentences, one a line, that fill the width: no paragraph.
	list := "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n" +
		"Die Feuerwehr bekommt ein neues Löschfahrzeug für den Ortsteil am Südhang der Stadt.\n" +
		"Der Bauhof zieht im Frühjahr in die ehemalige Halle der Spedition an der Bundesstraße.\n" +
		"Die Stadtbücherei verlängert ihre Öffnungszeiten am Samstag bis in den Nachmittag hinein."
	paras := Paragraphs(list+"\n\n"+strings.Repeat(germanWrapped72+"\n\n", 2), nil)
	assert.Equal(t, strings.Split(list, "\n"), texts(paras)[:4])
}

func TestThaiIsMeasuredInColumns(t *testing.T) {
	assert.Equal(t, 2, runeCount("ที่ไ"), "ท, two marks and ไ: two columns, four runes")
	assert.Equal(t, 3, columns("e\u0301中"), "a decomposed accent takes no column")
	assert.True(t, isZeroWidth('\u0e48'))
	assert.True(t, isZeroWidth('\u200b'))
	assert.False(t, isZeroWidth('a'))
	assert.False(t, isZeroWidth('\u0e32'), "Thai's sara aa is a letter")
}

func TestWikiLinkGoesOn(t *testing.T) {
	for _, tc := range []struct {
		line, next string
		want       bool
	}{
		{"[[/a/b][Allergene bei loser", "Ware: Was Bäcker angeben müssen]]", true},
		{"[[/a][b]] [[/c][d", "e]] und mehr", true},
		{"[[/a][b]]", "c]]", false},
		{"[[/a][b", "[[/c][d]]", false},
		{"kein Link", "x]]", false},
	} {
		assert.Equal(t, tc.want, wikiLinkGoesOn(tc.line, tc.next), "%q / %q", tc.line, tc.next)
	}
}

func TestEndsSentenceInOtherScripts(t *testing.T) {
	for _, r := range "।॥؟۔։።။។།" {
		assert.True(t, endsSentence(r), "%q", r)
	}
	assert.False(t, endsSentence('ก'))
}

// TestIsZeroWidthMatchesUnicode holds isZeroWidth's fast paths to the
// unicode package's categories over the whole of Unicode.
func TestIsZeroWidthMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.In(r, unicode.Mn, unicode.Me) || r >= 0x200b && r <= 0x200f
		if got := isZeroWidth(r); got != want {
			t.Fatalf("isZeroWidth(%U) = %v, want %v", r, got, want)
		}
	}
}
