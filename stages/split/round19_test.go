package split

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of the nineteenth session's splitting: kramdown's attribute lists
// under the paragraph they class, and Haddock pages with more lines past
// the width (links pandoc does not break) than two.

func TestAttributeListUnderAParagraph(t *testing.T) {
	text := "Die Zählung in der Segeberger Kalkberghöhle kommt auf mehr als 32.000\n" +
		"Tiere. Forscher sprechen von einem der größten Winterquartiere in\n" +
		"Mitteleuropa – und warnen vor Störungen durch Lärm.\n" +
		"{: .vorspann}\n\n" +
		"[Teilen](/teilen) [Drucken](/drucken) {: .teilen}\n"
	// On a page of more such prose, which tells its width.
	got := texts(Paragraphs(strings.Repeat(haddockProse[:strings.Index(haddockProse, "\n\n")+2], 3)+text, nil))[3:]
	assert.Equal(t, []string{
		"Die Zählung in der Segeberger Kalkberghöhle kommt auf mehr als 32.000 Tiere. Forscher sprechen von einem der größten Winterquartiere in Mitteleuropa – und warnen vor Störungen durch Lärm.",
		"{: .vorspann}",
		"[Teilen](/teilen) [Drucken](/drucken) {: .teilen}",
	}, got)
}

func TestIsAttributeList(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"{: .vorspann}", true}, {"{: #a .b}", true}, {"{:}", false}, {"{: .a} x", false}, {"{.a}", false},
	} {
		assert.Equal(t, tc.want, isAttributeList(tc.in), "%q", tc.in)
	}
}

// haddockProse is German prose wrapped at 72 columns as pandoc -t haddock
// prints it, with a caption and three list items of links it does not
// break, longer than the width.
var haddockProse = strings.Repeat(`Genau daran stören sich Kritiker. Die Fraktion der Linken stimmte im
Ausschuss gegen das Konzept. „Eine Bibliothek ist ein sozialer Ort, kein
Selbstbedienungsladen“, sagte deren Stadtverordnete Martina Kühn. Sie
befürchtet, dass die offenen Stunden langfristig als Argument dienen
könnten, Personal abzubauen. Reinicke widersprach: Die Stellen seien im
Haushalt fest eingeplant, niemand verliere seinen Arbeitsplatz.

`, 14) + `<</fotos/2026/12/bibliothek-automat.jpg Am neuen Automaten im Foyer können Bücher auch ohne Personal ausgeliehen werden.>>

1.  </neuruppin/weihnachtsmarkt Weihnachtsmarkt auf dem Schulplatz: Die Buden und ihre Öffnungszeiten>
2.  </ostprignitz-ruppin/b167-sperrung B167 zwischen Neuruppin und Alt Ruppin wird ab Montag gesperrt>
3.  </neuruppin/fontane-therme-preise Fontane-Therme erhöht die Eintrittspreise ab dem ersten Januar>
`

func TestBlockDocWidthLetsAShareOfLinesPastTheWidth(t *testing.T) {
	assert.Equal(t, 72, blockDocWidth(haddockProse))
	got := Paragraphs(haddockProse, nil)
	assert.Len(t, got, 18, "fourteen paragraphs re-joined, the caption and three items")
	assert.True(t, strings.HasPrefix(got[0].Text, "Genau daran stören sich Kritiker. Die Fraktion der Linken stimmte im Ausschuss"))
	// A dump with a paragraph per line stays one: most long lines run past
	// any width.
	var lines []string
	for range 10 {
		lines = append(lines, strings.Repeat("Ein langer Absatz ohne Umbruch, der weiter geht als jede Breite. ", 3))
	}
	assert.Equal(t, 0, blockDocWidth(strings.Join(lines, "\n\n")))
}

func TestLaTeXUnits(t *testing.T) {
	text := "\\hypertarget{roobabka-deyr-ta-oo-hoos-u-dhigay-qiimaha-masagada}{%\n" +
		"\\section{Roobabka Deyr-ta oo hoos u dhigay qiimaha\n" +
		"masagada}\\label{roobabka-deyr-ta-oo-hoos-u-dhigay-qiimaha-masagada}}\n\n" +
		"\\begin{itemize}\n\\tightlist\n\\item\n" +
		"  \\href{/meschede/hennesee-pegel}{Hennesee: Warum der Pegel im Herbst so\n" +
		"  niedrig ist}\n\\item\n  \\href{/sport}{Sport}\n\\end{itemize}\n"
	assert.Equal(t, []string{
		"\\hypertarget{roobabka-deyr-ta-oo-hoos-u-dhigay-qiimaha-masagada}{% \\section{Roobabka Deyr-ta oo hoos u dhigay qiimaha masagada}\\label{roobabka-deyr-ta-oo-hoos-u-dhigay-qiimaha-masagada}}",
		"\\begin{itemize}",
		"\\tightlist",
		"\\item \\href{/meschede/hennesee-pegel}{Hennesee: Warum der Pegel im Herbst so niedrig ist}",
		"\\item \\href{/sport}{Sport}",
		"\\end{itemize}",
	}, texts(Paragraphs(text, nil)))
	// As the pipeline splits them, the lines trimmed by the normaliser.
	assert.Equal(t, []string{"\\item \\useURL[url5][/hofgeismar][][Hofgeismar]\\from[url5]", "\\item", "\\stopitemize"},
		texts(Paragraphs("\\item\n\\useURL[url5][/hofgeismar][][Hofgeismar]\\from[url5]\n\\item\n\\stopitemize\n", nil)))
	// A ConTeXt heading and figure wrapped over two lines.
	assert.Equal(t, []string{
		"\\subsection[title={So viel kostet ein Essen},reference={so-viel-kostet-ein-essen}]",
		"Die neuen Preise im Überblick (je Mahlzeit, in Euro):",
	}, texts(Paragraphs("\\subsection[title={So viel kostet ein\nEssen},reference={so-viel-kostet-ein-essen}]\n\nDie neuen Preise im Überblick (je Mahlzeit, in Euro):\n", nil)))
	assert.Equal(t, []string{"\\placefigure{12月2日清晨，汕尾港码头渔船卸货。陈晓婷摄}{\\externalfigure[/a.jpg]}"}, // joined as Chinese is, without a space
		texts(Paragraphs("\\placefigure{12月2日清晨，汕尾港码头渔船卸货。陈晓婷\n摄}{\\externalfigure[/a.jpg]}\n", nil)))
	assert.Equal(t, 1, texDepth(`\section[title={a \{ b}`), "an escaped brace counts not")
}

func TestWideWrapAtFortyEightColumns(t *testing.T) {
	// catdoc wraps Chinese at 48 columns (24 characters).
	para := "12月1日起，河源市源城区、东源县开通12条城乡公交线\n路，原来的农村客运班车改为公交化运营。新线路怎么\n坐？票价多少？记者整理了市民关心的六个问题。\n\n"
	text := strings.Repeat(para, 4)
	got := texts(Paragraphs(text, nil))
	require.Len(t, got, 4)
	assert.Equal(t, "12月1日起，河源市源城区、东源县开通12条城乡公交线路，原来的农村客运班车改为公交化运营。新线路怎么坐？票价多少？记者整理了市民关心的六个问题。", got[0])
}
