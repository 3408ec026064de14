package classify

import (
	"testing"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestPromoThread(t *testing.T) {
	P, C, X := corpus.Promo, corpus.Comment, corpus.Chrome
	pass := func(paras []corpus.Paragraph, _ []features.Features, out []Scored) { promoThread(paras, out) }
	tests := []passCase{
		{
			name: "a thread under its heading, carried into promo from a newsletter box",
			lines: []string{"La lettre de l'élevage", "Je m'inscris", "Commentaires (3)",
				"Les commentaires sont réservés aux abonnés. Connectez-vous pour réagir.",
				"Jean-Paul M. le 03/12/2026 à 19h02", "720 euros c'est bien, mais le foin coûte cher.", "Répondre · 6 J'aime",
				"Fromagerie du Val le 03/12/2026 à 20h15", "Le fonds d'installation est une très bonne idée.", "Répondre · 9 J'aime",
				"Mentions légales | CGV | Contact"},
			in:   []corpus.Label{P, P, C, P, P, P, P, P, P, P, X},
			want: []corpus.Label{P, P, C, C, C, C, C, C, C, C, X},
		},
		{
			name:  "one reply bar is not enough",
			lines: []string{"Commentaires (1)", "Jean-Paul M. le 03/12/2026 à 19h02", "720 euros c'est bien.", "Répondre · 6 J'aime", "Sur le même sujet", "Morbier : des ventes stables"},
			in:    []corpus.Label{C, P, P, P, P, P},
			want:  []corpus.Label{C, P, P, P, P, P},
		},
		{
			name:  "a list of other stories under a comment link stays promo",
			lines: []string{"Commentaires (12)", "Sur le même sujet", "Morbier : des ventes stables", "Concours de Pontarlier : une montbéliarde sacrée"},
			in:    []corpus.Label{C, P, P, P},
			want:  []corpus.Label{C, P, P, P},
		},
	}
	runPassCases(t, tests, pass)
}
