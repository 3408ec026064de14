package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestIsProseLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"", false},
		{"Startseite", false},
		{"Alerta por listeria en albóndigas congeladas", false}, // six words: a headline
		{"Nombre: Albóndigas de ternera en salsa, Cocina de Moncayo", true},
		{"one two three four five six seven eight", false},
		{"one two three four five six seven eight nine", true},
		{"  one   two three four five six seven eight  ", false}, // spaces are no words
		{"第一步：看面积选类型", false},
		{"苏州工业园区人力资源部门表示，已联系区内40余家企业，将于12月6日举办专场招聘会。", true},
		{"珠江体育网 | 首页 · 足球 · 篮球 · 网球", false},
		{"カメラの選び方と使い方のポイントを詳しく解説します。初心者向け", true},
		{"\xff\xfe \xff \xfe \xff \xfe \xff \xfe \xff \xfe", true}, // nine runs of invalid bytes
	} {
		assert.Equal(t, tc.want, isProseLine(tc.line), "%q", tc.line)
		assert.Equal(t, tc.want, isProseLineRef(tc.line), "reference: %q", tc.line)
	}
}

// isProseLineRef is isProseLine written plainly, rune by rune.
func isProseLineRef(s string) bool {
	words, cjk := 0, 0
	inWord := false
	for _, r := range s {
		switch {
		case r == ' ':
			inWord = false
		case isHanOrKana(r):
			cjk++
			inWord = false
		case !inWord:
			words++
			inWord = true
		}
	}
	return words >= reblockWords || cjk >= reblockCJK
}

func TestReblock(t *testing.T) {
	prose := "Die Stadt stellt bis zum 12. Dezember zusätzliche Container für den Sperrmüll auf."
	lines := func(block func(i int) int, texts ...string) []corpus.Paragraph {
		ps := make([]corpus.Paragraph, len(texts))
		for i, s := range texts {
			ps[i] = corpus.Paragraph{Text: s, Block: block(i)}
		}
		return ps
	}
	one := func(int) int { return 0 }
	for _, tc := range []struct {
		name  string
		paras []corpus.Paragraph
		want  []int // nil: returned as they are
	}{
		{"menu, headline, prose, list, prose",
			lines(one, "Startseite", "Politik", "Sperrmüll wird kostenlos abgeholt", prose, prose, "Parkplatz Mainplatz", "Kittsteintor", prose, "Impressum"),
			[]int{0, 0, 0, 1, 2, 3, 3, 4, 5}},
		{"prose first", lines(one, prose, "Teilen", "Drucken"), []int{0, 1, 1}},
		{"only short lines", lines(one, "a", "b", "c"), []int{0, 0, 0}},
		{"blank lines already", lines(func(i int) int { return i / 2 }, "Startseite", "Politik", prose, prose), nil},
		{"one line", lines(one, prose), nil},
		{"no lines", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf []corpus.Paragraph
			got := reblock(tc.paras, &buf)
			if tc.want == nil {
				require.Len(t, got, len(tc.paras))
				if len(got) > 0 {
					assert.Same(t, &tc.paras[0], &got[0], "returned as it is")
				}
				return
			}
			blocks := make([]int, len(got))
			for i, p := range got {
				blocks[i] = p.Block
				assert.Equal(t, tc.paras[i].Text, p.Text)
			}
			assert.Equal(t, tc.want, blocks)
			for _, p := range tc.paras {
				assert.Zero(t, p.Block, "the document's own paragraphs are not changed")
			}
		})
	}

	t.Run("markup", func(t *testing.T) {
		ps := lines(one, prose, "Teilen")
		ps[0].Structure = &corpus.Structure{Tag: "p"}
		got := reblock(ps, new([]corpus.Paragraph))
		assert.Same(t, &ps[0], &got[0], "documents read from HTML keep their blocks")
	})
}

// TestReblockedDumpReadsAsBlankLined checks what reblock is for: a page
// dump with its blank lines removed (the WET layout) is labelled by the
// model much as the same page with them.
func TestReblockedDumpReadsAsBlankLined(t *testing.T) {
	m, err := DefaultModel()
	require.NoError(t, err)
	page := strings.Join([]string{
		"Startseite\nPolitik\nWirtschaft\nSport\nKultur",
		"Sperrmüll wird nach dem Hochwasser kostenlos abgeholt",
		"Von Anna Berger",
		"Die Stadt stellt bis zum 12. Dezember zusätzliche Container für den Sperrmüll auf, teilte der Abfallwirtschaftsbetrieb am Montag mit.",
		"Abgeholt wird an folgenden Stellen in der Altstadt, jeweils von acht bis achtzehn Uhr, auch am Wochenende:",
		"Parkplatz Mainplatz\nKittsteintor\nHinter der Stiftskirche",
		"Wer seinen Keller noch nicht räumen konnte, kann sich bis Ende der Woche beim Bürgerbüro melden und einen Termin vereinbaren.",
		"Die Helfer des Technischen Hilfswerks bleiben bis Freitag in der Stadt und pumpen weiter Wasser aus den Kellern der Altstadt.",
		"Impressum\nDatenschutz\nKontakt",
	}, "\n\n")
	classifyText := func(text string) []corpus.Label {
		var ps []corpus.Paragraph
		block := 0
		for _, b := range strings.Split(text, "\n\n") {
			for _, l := range strings.Split(b, "\n") {
				ps = append(ps, corpus.Paragraph{Text: l, Block: block})
			}
			block++
		}
		var labels []corpus.Label
		for _, s := range m.Classify(ps) {
			labels = append(labels, s.Label)
		}
		return labels
	}
	withBlanks := classifyText(page)
	wet := classifyText(strings.ReplaceAll(page, "\n\n", "\n"))
	require.Len(t, wet, len(withBlanks))
	assert.Equal(t, withBlanks, wet)
	body := 0
	for _, l := range wet {
		if l == corpus.Body {
			body++
		}
	}
	assert.GreaterOrEqual(t, body, 8, "the headline, the article's paragraphs and its list: %v", wet)
}

func TestReblockSections(t *testing.T) {
	prose := "Die Stadt stellt bis zum 12. Dezember zusätzliche Container für den Sperrmüll auf."
	section := []string{"Startseite", "Politik", "Sperrmüll wird kostenlos abgeholt", prose, prose, "Parkplatz Mainplatz", "Kittsteintor", prose, "Impressum", "Kontakt"}
	paras := func(blocks int) []corpus.Paragraph {
		var ps []corpus.Paragraph
		for b := range blocks {
			for _, s := range section {
				ps = append(ps, corpus.Paragraph{Text: s, Block: b})
			}
		}
		return ps
	}
	var buf []corpus.Paragraph
	got := reblockSections(paras(2), &buf)
	var blocks []int
	for _, p := range got[:10] {
		blocks = append(blocks, p.Block)
	}
	assert.Equal(t, []int{0, 0, 0, 1, 2, 3, 3, 4, 5, 5}, blocks, "ten paragraphs to a block: read as reblock reads a page without blank lines")
	assert.Equal(t, 0, paras(2)[3].Block, "the paragraphs keep their blocks")

	few := paras(2)
	for i := range few {
		few[i].Block = i / 5 // five paragraphs to a block
	}
	assert.Same(t, &few[0], &reblockSections(few, &buf)[0], "fewer paragraphs to a block: returned as it is")
	assert.Empty(t, reblockSections(nil, &buf))
}
