package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestPromoLead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"À lire aussi : Dans les Alpes, les refuges face à la disparition de l'eau", len("À lire aussi :")},
		{"Potrebbe interessarti anche: Calcio, il Pordenone pareggia", len("Potrebbe interessarti anche:")},
		{"Läs mer: Så mycket kostar en viltolycka", len("Läs mer:")},
		{"Czytaj także: Nowy most dopiero w 2030 roku", len("Czytaj także:")},
		{"Pročitajte i: Poslovna zona Lapovci privukla još tri investitora", len("Pročitajte i:")},
		{"Прочетете още: Музеят отчита рекорден брой посетители", len("Прочетете още:")},
		{"Relacionado: El Festival de Teatro presenta su programación", len("Relacionado:")},
		{"Lesen Sie auch die Meinung unseres Kommentators zur Wahl: Ein Fehler", 0},
		{"Der Bürgermeister sagte: Wir bauen", 0},
		{"Trending: the weekend's best reads", 0}, // "trending$" must be the whole heading
	} {
		assert.Equal(t, tc.want, promoLead(tc.text), tc.text)
	}
}

func TestLeadTeasers(t *testing.T) {
	B, P := corpus.Body, corpus.Promo
	prose := "Die Stadt hat die Sanierung des Hallenbads beschlossen, die 19 Millionen Euro kostet."
	for _, tc := range []struct {
		name    string
		lines   []string
		in, out []corpus.Label
	}{
		{"a read-also line inside the article", []string{prose, "Läs mer: Så mycket kostar en viltolycka för bilägaren", prose},
			[]corpus.Label{B, B, B}, []corpus.Label{B, P, B}},
		{"a lead and a sentence of the article stays body", []string{prose, "Lesen Sie auch: Die Stadt hat den Haushalt beschlossen.", prose},
			[]corpus.Label{B, B, B}, []corpus.Label{B, B, B}},
		{"a lead with no headline after it", []string{prose, "À lire aussi :", prose},
			[]corpus.Label{B, B, B}, []corpus.Label{B, B, B}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.out, labelled(t, tc.lines, tc.in, leadTeasers))
		})
	}
}
