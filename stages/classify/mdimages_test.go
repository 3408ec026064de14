package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestMarkdownImages(t *testing.T) {
	B, I, P, X := corpus.Body, corpus.Bio, corpus.Promo, corpus.Chrome
	prose := "Das Hallenbad an der Maspernstraße wird für 19 Millionen Euro saniert, beschloss der Rat."
	for _, tc := range []struct {
		name    string
		lines   []string
		in, out []corpus.Label
	}{
		{"an image and its alt text", []string{prose, "![Technikraum im Keller](https://example.com/technik.jpg)", prose},
			[]corpus.Label{B, B, B}, []corpus.Label{B, X, B}},
		{"a linked image with a caption after it", []string{prose, "[![水庫](https://example.com/r.jpg)](https://example.com/) 鯉魚潭水庫庫區裸露的河床。記者林佩萱／攝影"},
			[]corpus.Label{B, P}, []corpus.Label{B, X}},
		{"an alt text wrapped over three lines", []string{prose, "![Die betroffenen Gläser tragen das Etikett „Hausmacher", "Leberwurst fein\". Foto: Landmetzgerei", "Brenner](https://example.com/glas.jpg)", prose},
			[]corpus.Label{B, I, B, B, B}, []corpus.Label{B, X, X, X, B}},
		{"an author's photo in the author box stays bio", []string{prose, "![Jörg Wiedmann](https://example.com/autor.jpg)", "Jörg Wiedmann schreibt seit 2011 für das Echo."},
			[]corpus.Label{B, I, I}, []corpus.Label{B, I, I}},
		{"a link is no image", []string{prose, "[Weihnachtsmarkt: Das ist neu](https://example.com/wm)"},
			[]corpus.Label{B, P}, []corpus.Label{B, P}},
		{"a reference-style image does not reach for a later link", []string{prose, "![Foto][1]", prose, "Mehr: [Link](https://example.com/x)"},
			[]corpus.Label{B, B, B, P}, []corpus.Label{B, B, B, P}},
		{"an image that never closes is left alone", []string{prose, "![Ein Bild ohne Ende", prose, prose, prose, prose, prose},
			[]corpus.Label{B, B, B, B, B, B, B}, []corpus.Label{B, B, B, B, B, B, B}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.out, labelled(t, tc.lines, tc.in, func(ps []corpus.Paragraph, _ []features.Features, out []Scored) {
				markdownImages(ps, out)
			}))
		})
	}
}
