package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestCuedChrome(t *testing.T) {
	B, P, C, X := corpus.Body, corpus.Promo, corpus.Comment, corpus.Chrome
	prose := "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen."
	for _, tc := range []struct {
		name    string
		lines   []string
		in, out []corpus.Label
	}{
		{"a share bar carried along with a newsletter box", []string{prose, "Newsletter abonnieren", "Teilen auf Facebook | WhatsApp | E-Mail"},
			[]corpus.Label{B, P, P}, []corpus.Label{B, P, X}},
		{"a copyright line under the comments", []string{prose, "Kommentare (2)", "Wirklich gut gemacht.", "© 2026 Hasetal Mediengruppe. Alle Rechte vorbehalten."},
			[]corpus.Label{B, C, C, C}, []corpus.Label{B, C, C, X}},
		{"an invitation to follow the paper stays promo", []string{prose, "Suivez-nous sur Facebook et Instagram", "Facebook Twitter LinkedIn"},
			[]corpus.Label{B, P, P}, []corpus.Label{B, P, P}},
		{"a comment form's field stays comment", []string{prose, "Kommentare (2)", "Email *"},
			[]corpus.Label{B, C, C}, []corpus.Label{B, C, C}},
		{"bio is left alone", []string{"Mit Material der dpa", prose},
			[]corpus.Label{corpus.Bio, B}, []corpus.Label{corpus.Bio, B}},
		{"an advertisement label alone is chrome whatever the model called it", []string{prose, "Annons", prose, "Реклама", "Advertentie"},
			[]corpus.Label{B, B, B, corpus.Bio, P}, []corpus.Label{B, X, B, X, X}},
		{"a sponsored label, a promo cue, stays promo", []string{prose, "Sponsored"},
			[]corpus.Label{B, P}, []corpus.Label{B, P}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.out, labelled(t, tc.lines, tc.in, cuedChrome))
		})
	}
}

func TestIsFurnitureLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Partager sur Facebook", true},
		{"Teilen auf Facebook | WhatsApp | E-Mail", true},
		{"Udostępnij: Facebook X LinkedIn", true},
		{"© 2026 Hasetal Mediengruppe", true},
		{"Wszelkie prawa zastrzeżone.", true},
		{"Mentions légales - Politique de confidentialité - Gérer mes cookies - Contact", true},
		{"O nas · Regulamin · Polityka prywatności", true},
		{"Anzeige", true},
		{"Facebook Twitter LinkedIn", false},
		{"Suivez-nous sur Facebook et Instagram", false},
		{"J.J. Watt gives out personal phone number on Twitter", false},
		{"Next Post: Tech Level course to help young mechanics", false},
		{"Email *", false},
	} {
		assert.Equal(t, tc.want, isFurnitureLine(tc.text), tc.text)
	}
}
