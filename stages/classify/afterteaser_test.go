package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/winnowhq/winnow/corpus"
)

func TestIsOneLineTeaser(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Lee también: La EMT reorganiza cinco líneas de autobús en los Poblados", true},
		{"Lesen Sie auch: Streit um Hahnenkrähen in Sasbach", true},
		{"À lire aussi : la Cnil sanctionne un bailleur social", true},
		{"Lee también:", false},                // a heading: the teasers are under it
		{"Lee también: otra noticia", false},   // two words: no headline
		{"Tempranillo: 81 % del total", false}, // no promo cue
		{"El consejero dijo: «No habrá más retrasos en la obra»", false},
	} {
		assert.Equal(t, tc.want, isOneLineTeaser(tc.line), "%q", tc.line)
	}
}

func TestArticleAfterTeaser(t *testing.T) {
	B, P, X, I := corpus.Body, corpus.Promo, corpus.Chrome, corpus.Bio
	prose := []string{
		"El nuevo tramo tiene 2,7 kilómetros y cuatro paradas, y los vecinos llegarán al centro en 19 minutos.",
		"Los tranvías circularán cada 10 minutos en hora punta y cada 15 minutos el resto del día, según FGV.",
		"La obra ha costado 38,6 millones de euros, casi el doble de lo presupuestado en 2014.",
	}
	teaser := "Lee también: La EMT reorganiza cinco líneas de autobús en los Poblados"
	table := []string{"Las paradas del nuevo tramo", "Parada Conexión Tiempo", "Moreres Autobús 19 9 min", "Oltà Carril bici 11 min"}
	tests := []passCase{
		{
			name:  "a subheading and a table under a one-line teaser, the article going on",
			lines: append(append([]string{prose[0], teaser}, table...), "Publicidad", prose[1], prose[2]),
			in:    []corpus.Label{B, P, P, P, P, P, X, B, B},
			want:  []corpus.Label{B, P, B, B, B, B, X, B, B},
		},
		{
			name:  "the teaser's headline wrapped onto a word of its own",
			lines: append(append([]string{prose[0], teaser, "Marítimos"}, table...), prose[1], prose[2]),
			in:    []corpus.Label{B, P, P, P, P, P, P, B, B},
			want:  []corpus.Label{B, P, P, B, B, B, B, B, B},
		},
		{
			name:  "the article ends under the run: teasers stay promo",
			lines: append(append([]string{prose[0], teaser}, table...), "Impressum", "Datenschutz"),
			in:    []corpus.Label{B, P, P, P, P, P, X, X},
			want:  []corpus.Label{B, P, P, P, P, P, X, X},
		},
		{
			name:  "a teaser heading with teasers under it stays promo",
			lines: []string{prose[0], "Lee también:", "La EMT reorganiza cinco líneas", "El Turia amplía su carril bici", prose[1], prose[2]},
			in:    []corpus.Label{B, P, P, P, B, B},
			want:  []corpus.Label{B, P, P, P, B, B},
		},
		{
			name:  "no article above the teaser",
			lines: append(append([]string{"Portada", "Movilidad", teaser}, table...), prose[1], prose[2]),
			in:    []corpus.Label{X, X, P, P, P, P, P, B, B},
			want:  []corpus.Label{X, X, P, P, P, P, P, B, B},
		},
		{
			name: "the rest of the article under the teaser, its author box under it",
			lines: []string{prose[0], teaser, "Diese Filialen sollen schließen",
				"Nach dem Sanierungsplan sollen 14 Standorte bis Ende Februar schließen:", "Kassel 6 31.01.2027",
				"Die Backstube mit rund 60 Beschäftigten bleibt erhalten.", "Anzeige",
				"Die Löhne sind über das Insolvenzgeld der Bundesagentur für Arbeit gesichert.",
				"Emmerich wies das zurück: Der Betriebsrat sei seit einer Woche eingebunden.",
				"Über die Autorin", "Schlagwörter: Insolvenz, Kassel"},
			in:   []corpus.Label{B, P, P, P, P, B, X, P, P, I, X},
			want: []corpus.Label{B, P, B, B, B, B, X, B, B, I, X},
		},
		{
			name:  "a list of other stories under the article stops the run",
			lines: []string{prose[0], teaser, "Las paradas del nuevo tramo", prose[1], "Lo más leído", "1. Así será la Falla municipal de 2027", prose[2], prose[2]},
			in:    []corpus.Label{B, P, P, B, P, P, B, B},
			want:  []corpus.Label{B, P, P, B, P, P, B, B},
		},
	}
	runPassCases(t, tests, articleAfterTeaser)
}
