package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestListsInComments(t *testing.T) {
	B, P, C, X := corpus.Body, corpus.Promo, corpus.Comment, corpus.Chrome
	thread := []string{
		"Komentarze (3)",
		"sąsiadka_z_Tumskiej, 2 godz. temu",
		"Dziękujemy strażakom, byli na miejscu w kilka minut.",
		"Odpowiedz · 24 · 1",
	}
	in := func(labels ...corpus.Label) []corpus.Label { return labels }
	for _, tc := range []struct {
		name    string
		lines   []string
		in, out []corpus.Label
	}{
		{"a most-read list run into the thread", append(append([]string{"Prose of the article."}, thread...),
			"Najczęściej czytane", "* Wisła Płock z nowym trenerem", "* Orlen Arena: program koncertów na 2027", "* Nowe mieszkania na Podolszycach", "© Tygodnik Płocki 2026"),
			in(B, C, C, C, C, C, C, C, C, X), in(B, C, C, C, C, P, P, P, P, X)},
		{"a numbered Chinese list under its heading", append(append([]string{"正文。"}, thread...),
			"今日热点", "1. 嘉兴南站新增多趟高铁", "2. 月河历史街区冬季夜市开市", "3. 南湖区中小学开展冬季运动会"),
			in(B, C, C, C, C, C, C, C, C), in(B, C, C, C, C, P, P, P, P)},
		{"a heading the model called promo, the list comment", append(append([]string{"Prose."}, thread...),
			"Lo más leído", "- Navantia contrata a 300 personas para el nuevo buque", "- El Racing gana en Lugo con un gol en el descuento"),
			in(B, C, C, C, C, P, C, C), in(B, C, C, C, C, P, P, P)},
		{"a footer's links are no teasers", append(append([]string{"Prose."}, thread...),
			"Alle 5 Kommentare anzeigen", "* Impressum", "* Datenschutz", "* Kontakt"),
			in(B, C, C, C, C, C, X, X, X), in(B, C, C, C, C, C, X, X, X)},
		{"one item is no list", append(append([]string{"Prose."}, thread...),
			"Najczęściej czytane", "* Wisła Płock z nowym trenerem", "© Tygodnik Płocki 2026"),
			in(B, C, C, C, C, C, C, X), in(B, C, C, C, C, C, C, X)},
		{"a list inside the article is the body's", []string{"Prose of the article.", "Rozkład i ceny", "- pieszy: trzy złote za bilet", "- rower: cztery złote za bilet", "Prose."},
			in(B, C, C, C, B), in(B, C, C, C, B)},
		{"a reader's list in a comment ends in full stops", append(append([]string{"Prose."}, thread...),
			"Moje propozycje", "- Więcej autobusów nocnych w mieście.", "- Tańsze bilety dla studentów."),
			in(B, C, C, C, C, C, C, C), in(B, C, C, C, C, C, C, C)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.out, labelled(t, tc.lines, tc.in, func(ps []corpus.Paragraph, fs []features.Features, out []Scored) {
				listsInComments(ps, ps, fs, out)
			}))
		})
	}
}
