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
			name: "the thread ends at its last bar: the newsletter box and footer below are not its",
			lines: []string{"Diskuse (2 příspěvky)", "Honza_Jihlava · před 3 hodinami", "Třicet korun je dost.", "Odpovědět · 12",
				"Marie K. · před 2 hodinami", "V Brně je to dražší.", "Odpovědět · 5", "Zobrazit další komentáře",
				"Newsletter", "Nejdůležitější zprávy z Vysočiny každé ráno do vaší schránky.", "O nás · Kontakt · Inzerce"},
			in:   []corpus.Label{C, P, P, P, P, P, P, P, P, P, P},
			want: []corpus.Label{C, C, C, C, C, C, C, C, P, P, P},
		},
		{
			name:  "a run that the model's comments go on below is the thread's to its end",
			lines: []string{"Vos réactions (8)", "Pierrot23 — 1er décembre à 9h12", "Merci Madame.", "Répondre · 36 j'aime", "Sylvie B. — 1er décembre à 10h40", "Très bien.", "Répondre · 12 j'aime", "Pierrot23 — 1er décembre à 11h05", "Encore faut-il pouvoir s'y rendre.", "Répondre · 8 j'aime"},
			in:    []corpus.Label{C, P, P, P, P, P, P, P, C, C},
			want:  []corpus.Label{C, C, C, C, C, C, C, C, C, C},
		},
		{
			name: "a heading the model called promo, readers' names it called bio",
			lines: []string{"Hozzászólások (3)", "Hozzászólni csak bejelentkezett olvasóink tudnak.", "veszpremi_polgar · 2 órája", "Végre! Évek óta mondjuk.",
				"Válasz · 12 kedvelés", "Erzsi néni · 1 órája", "A Tűztorony lezárása nagy kár.", "Válasz · 5 kedvelés", "Impresszum"},
			in:   []corpus.Label{P, P, corpus.Bio, P, P, corpus.Bio, P, P, X},
			want: []corpus.Label{C, C, C, C, C, C, C, C, X},
		},
		{
			name: "a Chinese heading the model called chrome, bars it called chrome, a comment it called comment",
			lines: []string{"评论区（5）", "登录后参与评论，请文明发言", "光谷妈妈 2026-12-04 18:20", "游泳全市才14个考点，到时候排队估计要排很久。", "回复 赞 32",
				"汉口老爸 2026-12-04 19:05", "支持！孩子们确实需要多运动。", "回复 赞 47", "关于我们 | 联系我们"},
			in:   []corpus.Label{X, P, P, C, P, P, P, X, X},
			want: []corpus.Label{C, C, C, C, C, C, C, C, X},
		},
		{
			name: "a heading between a converter's asterisks",
			lines: []string{"**** Komentarze (9) ****", "Zaloguj się, aby dodać komentarz.", "Krzysiek_Wro 1.12.2026 15:02", "70 zł za bilet? Przesada.", "Odpowiedz | Zgłoś",
				"Mama trojga 1.12.2026 15:30", "Pójdziemy w pierwszy weekend.", "Odpowiedz | Zgłoś", "Regulamin"},
			in:   []corpus.Label{P, P, P, C, P, P, P, X, X},
			want: []corpus.Label{C, C, C, C, C, C, C, C, X},
		},
		{
			name:  "a heading the model called body stays",
			lines: []string{"Kommentare (2)", "Anna · vor 2 Stunden", "Gut so.", "Antworten · 3", "Ben · vor 1 Stunde", "Endlich.", "Antworten · 1"},
			in:    []corpus.Label{corpus.Body, P, P, P, P, P, P},
			want:  []corpus.Label{corpus.Body, P, P, P, P, P, P},
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
