package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestHTMLHead(t *testing.T) {
	const (
		B = corpus.Body
		I = corpus.Bio
		C = corpus.Chrome
	)
	type para struct {
		tag   string
		hints []string
		label corpus.Label
	}
	tests := []struct {
		name  string
		paras []para
		want  []corpus.Label
	}{
		{
			name:  "headline and lead over the article, a byline between",
			paras: []para{{"h1", nil, C}, {"p", []string{"summary"}, I}, {"p", []string{"byline"}, I}, {"p", nil, B}, {"p", nil, B}},
			want:  []corpus.Label{B, B, I, B, B},
		},
		{
			name:  "a site's name in an h1 higher up stays",
			paras: []para{{"h1", []string{"logo"}, C}, {"li", nil, C}, {"h1", nil, C}, {"p", nil, B}},
			want:  []corpus.Label{C, C, B, B},
		},
		{
			name:  "no body under the h1: nothing changes",
			paras: []para{{"h1", nil, C}, {"p", []string{"summary"}, C}},
			want:  []corpus.Label{C, C},
		},
		{
			name:  "an h1 far above the article stays",
			paras: append(append([]para{{"h1", nil, C}}, repeat(para{"li", nil, C}, htmlHeadReach)...), para{"p", nil, B}),
			want:  append(append([]corpus.Label{C}, repeat(C, htmlHeadReach)...), B),
		},
		{
			name:  "a summary under the article's first body paragraph is not a lead",
			paras: []para{{"h1", nil, B}, {"p", nil, B}, {"p", []string{"summary"}, C}},
			want:  []corpus.Label{B, B, C},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := make([]corpus.Paragraph, len(tt.paras))
			out := make([]Scored, len(tt.paras))
			for i, p := range tt.paras {
				tag := p.tag
				if tag == "" {
					tag = "div"
				}
				paras[i] = corpus.Paragraph{Text: "x", Structure: &corpus.Structure{Tag: tag, Hints: p.hints}}
				out[i] = Scored{Label: p.label, Score: 0.5}
			}
			htmlHead(paras, out)
			got := make([]corpus.Label, len(out))
			for i := range out {
				got[i] = out[i].Label
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// repeat returns n copies of v.
func repeat[T any](v T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func TestHTMLCaptions(t *testing.T) {
	paras := []corpus.Paragraph{
		{Text: "Foto: Frauke Dirksen", Structure: &corpus.Structure{Tag: "figcaption"}},
		{Text: "Von Hauke Ennen", Structure: &corpus.Structure{Tag: "p", Hints: []string{"byline"}}},
		{Text: "Rauch über dem Werk", Structure: &corpus.Structure{Tag: "figcaption"}},
	}
	out := []Scored{{Label: corpus.Bio}, {Label: corpus.Bio}, {Label: corpus.Body}}
	htmlCaptions(paras, out)
	assert.Equal(t, []Scored{{Label: corpus.Chrome}, {Label: corpus.Bio}, {Label: corpus.Chrome}}, out)
	promo := []Scored{{Label: corpus.Promo}}
	htmlCaptions(paras[:1], promo)
	assert.Equal(t, corpus.Promo, promo[0].Label, "a caption in a box of other stories keeps the box's label")
}

func TestHTMLComments(t *testing.T) {
	// Element numbers: 1 the article, 2 the comment section, 3 a comment.
	at := func(tag string, ids ...int32) *corpus.Structure {
		return &corpus.Structure{Tag: tag, Ancestors: append([]int32{100}, ids...)}
	}
	tests := []struct {
		name  string
		paras []corpus.Paragraph
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name: "a section under its heading, body left alone, the footer outside",
			paras: []corpus.Paragraph{
				{Text: "The harbour reopened.", Structure: at("p", 1)},
				{Text: "Kommentare (2)", Structure: at("h2", 2)},
				{Text: "Gesche_W · 09:12 Uhr", Structure: at("p", 3, 2)},
				{Text: "Bei uns ist es eiskalt.", Structure: at("p", 3, 2)},
				{Text: "Long reply that the model kept as body", Structure: at("p", 3, 2)},
				{Text: "Kommentar absenden", Structure: at("form", 2)},
				{Text: "© 2026", Structure: at("p", 4)},
			},
			in:   []corpus.Label{corpus.Body, corpus.Promo, corpus.Bio, corpus.Promo, corpus.Body, corpus.Chrome, corpus.Chrome},
			want: []corpus.Label{corpus.Body, corpus.Comment, corpus.Comment, corpus.Comment, corpus.Body, corpus.Comment, corpus.Chrome},
		},
		{
			name: "a heading in the middle of its element opens nothing",
			paras: []corpus.Paragraph{
				{Text: "The council met.", Structure: at("p", 1)},
				{Text: "Comments", Structure: at("h3", 1)},
				{Text: "It voted.", Structure: at("p", 1)},
			},
			in:   []corpus.Label{corpus.Body, corpus.Promo, corpus.Promo},
			want: []corpus.Label{corpus.Body, corpus.Promo, corpus.Promo},
		},
		{
			name: "not a comment heading",
			paras: []corpus.Paragraph{
				{Text: "Mehr aus der Region", Structure: at("h2", 2)},
				{Text: "Neue Brücke eröffnet", Structure: at("li", 2)},
			},
			in:   []corpus.Label{corpus.Promo, corpus.Promo},
			want: []corpus.Label{corpus.Promo, corpus.Promo},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := make([]Scored, len(tt.in))
			for i, l := range tt.in {
				out[i] = Scored{Label: l}
			}
			htmlComments(tt.paras, out)
			got := make([]corpus.Label, len(out))
			for i := range out {
				got[i] = out[i].Label
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
