package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestFormTails(t *testing.T) {
	P, X, C := lPromo, lChrome, lComment
	reply := "Hola, Antonio: el Ayuntamiento nos confirma que el aparcamiento de la estación tendrá 150 plazas."
	cases := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a field name and a button in a language without button words",
			lines: []string{reply, "Nomen", "Commentarius", "Mitte", "Aviso legal · Privacidad · Cookies"},
			in:    []corpus.Label{C, X, P, X, X},
			want:  []corpus.Label{C, C, C, C, X},
		},
		{
			name:  "at the end of the page",
			lines: []string{reply, "Ingoa", "Tukua"},
			in:    []corpus.Label{C, X, X},
			want:  []corpus.Label{C, C, C},
		},
		{
			name:  "the footer's first items are no form",
			lines: []string{reply, "About", "Contact", "Privacy", "© 2027 The Daily Star"},
			in:    []corpus.Label{C, X, X, X, X},
			want:  []corpus.Label{C, X, X, X, X},
		},
		{
			name:  "a menu of more items than a form has",
			lines: []string{reply, "Heide", "Meldorf", "Küste", "Sport", "© 2027 Rundschau"},
			in:    []corpus.Label{C, X, X, X, X, X},
			want:  []corpus.Label{C, X, X, X, X, X},
		},
		{
			name:  "a heading over a list of stories is promo",
			lines: []string{reply, "Más leídas", "El autobús urbano estrena dos líneas eléctricas"},
			in:    []corpus.Label{C, P, P},
			want:  []corpus.Label{C, P, P},
		},
		{
			name:  "a short line over what is no footer",
			lines: []string{reply, "Nombre", "Suscríbete a nuestro boletín y recibe las noticias cada mañana."},
			in:    []corpus.Label{C, P, P},
			want:  []corpus.Label{C, P, P},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, labelled(t, c.lines, c.in, formTails))
		})
	}
}
