package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestCSVFields(t *testing.T) {
	tests := []struct {
		line string
		want []string
		ok   bool
	}{
		{"Text,,,", []string{"Text", "", "", ""}, true},
		{",", []string{"", ""}, true},
		{`Karp,"4,2 t"`, []string{"Karp", "4,2 t"}, true},
		{`"He said ""hi""",x`, []string{`He said "hi"`, "x"}, true},
		{"no commas", []string{"no commas"}, true},
		{`"unclosed,x`, nil, false},
		{`"a"b,c`, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, ok := csvFields(nil, tt.line)
			require.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.want, got)
			}
		})
	}
}

// csvArticle is a small news page as LibreOffice Calc saves it as CSV.
const csvArticle = `Home,,
,,
Sport,,
,,
Weather,,
,,
Harbour reopens three weeks after the storm,,
,,
"The harbour of Port Ellen reopened to fishing boats on Monday morning, three weeks after the storm tore away part of the outer breakwater and sank two moored trawlers.",,
,,
"Divers from the council worked through the weekend to clear the channel. The harbour master said the first boats left at dawn and returned with a full catch before noon.",,
,,
Boat,Catch,Crew
Mary Ann,"1,2 t",4
Sea Lark,900 kg,3
,,
"Repairs to the breakwater will take until the spring, and larger vessels must wait for the tide before they enter. The council has asked the government for emergency funds.",,
,,
"Fishermen welcomed the news but said the weeks without work had cost many families their savings. A meeting on compensation is planned for Thursday evening.",,
,,
© 2026 Coast Gazette · Privacy · Terms,,`

func TestIsCSVDump(t *testing.T) {
	assert.True(t, isCSVDump(linesOf(csvArticle, false)))
	prose := strings.Repeat("The harbour, which reopened on Monday, was busy again, and boats left.\n", 12)
	assert.False(t, isCSVDump(linesOf(prose, false)), "prose with commas")
	assert.False(t, isCSVDump(linesOf("a,b\nc,d", false)), "too short")
	table := strings.Repeat("Mary Ann,1.2,4\n", 12)
	assert.False(t, isCSVDump(linesOf(table, false)), "a table without empty fields is data, not a page")
}

func TestCSVView(t *testing.T) {
	view, unit := csvView(linesOf("A,,\n,,\nx,\"1,2\",\n,,\n,,", false))
	require.Len(t, view, 2)
	assert.Equal(t, []string{"A", "x | 1,2"}, []string{view[0].Text, view[1].Text})
	assert.Equal(t, []int{0, 1, 1, 1, 1}, unit, "empty records take the next record's label, the last ones the last's")
	assert.Equal(t, []int{0, 1}, []int{view[0].Block, view[1].Block}, "an empty record parts blocks")
}

func TestClassifyCSVDump(t *testing.T) {
	m, err := DefaultModel()
	require.NoError(t, err)
	paras := linesOf(csvArticle, false)
	out, ok := m.classifyCSVDump(paras)
	require.True(t, ok)
	require.Len(t, out, len(paras))
	require.Equal(t, out, m.Classify(paras))
	labelOf := func(sub string) corpus.Label {
		for i := range paras {
			if strings.HasPrefix(paras[i].Text, sub) {
				return out[i].Label
			}
		}
		t.Fatalf("no line starts with %q", sub)
		return 0
	}
	assert.Equal(t, corpus.Chrome, labelOf("Sport"))
	for _, s := range []string{"Harbour reopens", `"The harbour of Port Ellen`, `"Divers`, `"Repairs`, `"Fishermen`, "Mary Ann"} {
		assert.Equal(t, corpus.Body, labelOf(s), s)
	}
	assert.Equal(t, corpus.Chrome, labelOf("©"))
}

// FuzzCSVDump feeds any text to the CSV reader: it never panics and labels
// every paragraph when it reads the page.
func FuzzCSVDump(f *testing.F) {
	f.Add(csvArticle)
	f.Add(",,\n\"a\"\"b\",\"\n,,,\n" + strings.Repeat("x,,\n,,\n", 6))
	m, err := DefaultModel()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<16 {
			return
		}
		paras := linesOf(s, false)
		if out, ok := m.classifyCSVDump(paras); ok {
			require.Len(t, out, len(paras))
		}
	})
}

func TestCSVPlainTexts(t *testing.T) {
	texts := PlainTexts(linesOf(csvArticle, false))
	assert.Equal(t, []string{"Home", "", "Sport"}, texts[:3])
	assert.Contains(t, texts, "Mary Ann | 1,2 t | 4")
	assert.Contains(t, texts, "Boat | Catch | Crew")
}
