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
	assert.Equal(t, []Scored{{Label: corpus.Chrome}, {Label: corpus.Bio}, {Label: corpus.Body}}, out)
}
