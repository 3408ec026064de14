package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestLeadHeadline(t *testing.T) {
	m := defaultModelT(t)
	body := strings.Join(prose[:4], "\n\n")
	nav := "Home\n\nNews\n\nSport\n\nBusiness\n\nCulture\n\nWeather\n\nSearch\n\n"
	tests := []struct {
		name string
		text string
		// want maps a paragraph's text to whether it must be body.
		want map[string]bool
	}{
		{
			name: "headline first",
			text: "Council approves a budget that raises spending on schools\n\n" + body,
			want: map[string]bool{"Council approves a budget that raises spending on schools": true},
		},
		{
			name: "headline under a kicker",
			text: "Politics\n\nCouncil approves a budget that raises spending on schools\n\n" + body,
			want: map[string]bool{"Politics": false, "Council approves a budget that raises spending on schools": true},
		},
		{
			name: "headline under a section and a date",
			text: "Politics | Local\n\nThursday 4 June 2026\n\nCouncil approves a budget that raises spending on schools\n\n" + body,
			want: map[string]bool{"Politics | Local": false, "Thursday 4 June 2026": false, "Council approves a budget that raises spending on schools": true},
		},
		{
			name: "headline, standfirst and byline",
			text: "Council approves a budget that raises spending on schools\n\nAfter a long debate, the plan passed by nine votes to four.\n\nBy Jane Doe\n\n" + body,
			want: map[string]bool{
				"Council approves a budget that raises spending on schools":   true,
				"After a long debate, the plan passed by nine votes to four.": true,
				"By Jane Doe": false,
			},
		},
		{
			name: "a menu on one line is no headline",
			text: "Rheinweser Zeitung | Bremen · Niedersachsen · Wirtschaft · Sport · Kultur\n\n" + body,
			want: map[string]bool{"Rheinweser Zeitung | Bremen · Niedersachsen · Wirtschaft · Sport · Kultur": false},
		},
		{
			name: "headline above a byline",
			text: "Council approves a budget that raises spending on schools\n\nBy Jane Doe\n\n" + body,
			want: map[string]bool{"Council approves a budget that raises spending on schools": true},
		},
		{
			name: "page title repeated by the headline",
			text: "Council approves a budget for schools | The Daily Planet\n\nCouncil approves a budget for schools\n\n" + body,
			want: map[string]bool{"Council approves a budget for schools | The Daily Planet": false},
		},
		{
			name: "a site's name and menu above the headline and its standfirst",
			text: "DEPORTES AL DÍA\n\nFútbol Baloncesto Ciclismo Tenis Motor Más deportes\n\nCiclismo | Vuelta a Aragón\n\nIker Goñi gana en la cima del Moncayo y se viste de líder\n\nEl navarro, de 23 años, atacó a cinco kilómetros de meta y llegó solo a la cima.\n\nPor Daniel Fuentes Arrieta\n\n" + body,
			want: map[string]bool{
				"Fútbol Baloncesto Ciclismo Tenis Motor Más deportes":       false,
				"Iker Goñi gana en la cima del Moncayo y se viste de líder": true,
			},
		},
		{
			name: "page title above the navigation",
			text: "Council approves a budget that raises spending on schools\n\n" + nav + body,
			want: map[string]bool{"Council approves a budget that raises spending on schools": false, "Home": false},
		},
		{
			name: "a cue phrase is no headline",
			text: "Subscribe to our newsletter for the latest news\n\n" + body,
			want: map[string]bool{"Subscribe to our newsletter for the latest news": false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := paragraphs(t, tt.text)
			out := m.Classify(ps)
			assertBody(t, ps, out, tt.want)
			assert.Equal(t, corpus.Body, out[len(ps)-1].Label, "the article's last paragraph")
		})
	}
}

func TestUnpullFurniture(t *testing.T) {
	m := defaultModelT(t)
	tests := []struct {
		name, line string
	}{
		{"photo credit", "Photo: Jane Doe for The Daily Planet"},
		{"advertisement", "Advertisement"},
		{"getty credit", "John Smith/Getty Images"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Join(prose[:3], "\n\n") + "\n\n" + tt.line + "\n\n" + strings.Join(prose[3:7], "\n\n")
			ps := paragraphs(t, text)
			out := m.Classify(ps)
			for i, p := range ps {
				if p.Text == tt.line {
					assert.Equal(t, corpus.Chrome, out[i].Label, "%q", p.Text)
				} else {
					assert.Equal(t, corpus.Body, out[i].Label, "%q", p.Text)
				}
			}
		})
	}
}

func TestMarkupFurniture(t *testing.T) {
	m := defaultModelT(t)
	require.Contains(t, m.HTMLModel().Info.FurnitureHints, "comment", "the HTML model learned its furniture hints")
	require.Empty(t, m.Info.FurnitureHints, "the text model has none")
	article := &corpus.Structure{Tag: "p", Path: "body/article/p", Hints: []string{"article"}}
	comment := &corpus.Structure{Tag: "p", Path: "body/div/p", Hints: []string{"comment"}}
	footer := &corpus.Structure{Tag: "p", Path: "body/footer/p", Hints: []string{"footer"}}
	const notBody = corpus.NumLabels // any label but body
	para := func(text string, st *corpus.Structure) corpus.Paragraph {
		return corpus.Paragraph{Text: text, Structure: st}
	}
	tests := []struct {
		name  string
		paras []corpus.Paragraph
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a reader's comment taken for the article",
			paras: []corpus.Paragraph{para(prose[0], article), para(prose[1], article), para(prose[2], comment), para(prose[3], comment)},
			in:    []corpus.Label{corpus.Body, corpus.Body, corpus.Body, corpus.Chrome},
			want:  []corpus.Label{corpus.Body, corpus.Body, corpus.Comment, corpus.Chrome},
		},
		{
			name:  "a footer taken for the article",
			paras: []corpus.Paragraph{para(prose[0], article), para(prose[1], article), para(prose[2], footer)},
			in:    []corpus.Label{corpus.Body, corpus.Body, corpus.Body},
			want:  []corpus.Label{corpus.Body, corpus.Body, notBody},
		},
		{
			name:  "the whole article under a comment class",
			paras: []corpus.Paragraph{para(prose[0], comment), para(prose[1], comment), para("Share", article)},
			in:    []corpus.Label{corpus.Body, corpus.Body, corpus.Chrome},
			want:  []corpus.Label{corpus.Body, corpus.Body, corpus.Chrome},
		},
		{
			name:  "plain text",
			paras: []corpus.Paragraph{{Text: prose[0]}, {Text: prose[1]}},
			in:    []corpus.Label{corpus.Body, corpus.Body},
			want:  []corpus.Label{corpus.Body, corpus.Body},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s modelScratch
			m.HTMLModel().logProbs(tt.paras, &s)
			out := make([]Scored, len(tt.in))
			for i, l := range tt.in {
				out[i] = Scored{Label: l, Score: 0.9}
			}
			m.HTMLModel().markupFurniture(tt.paras, &s, out)
			got := make([]corpus.Label, len(out))
			for i, o := range out {
				got[i] = o.Label
				if tt.want[i] == notBody && o.Label != corpus.Body {
					got[i] = notBody
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// assertBody checks, for every paragraph whose text want holds, whether it
// came out as body as want says; every text in want must be a paragraph.
func assertBody(t *testing.T, ps []corpus.Paragraph, out []Scored, want map[string]bool) {
	t.Helper()
	seen := 0
	for i, p := range ps {
		if w, ok := want[p.Text]; ok {
			seen++
			assert.Equal(t, w, out[i].Label == corpus.Body, "%q: %v", p.Text, out[i].Label)
		}
	}
	require.Equal(t, len(want), seen, "paragraphs checked")
}
