package classify

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestHeadedComments(t *testing.T) {
	B, P, C, X := corpus.Body, corpus.Promo, corpus.Comment, corpus.Chrome
	// Every line's likeliest other label is promo but for the tags' (chrome).
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a promo box above the heading",
			lines: []string{prose[0], "Blaulicht direkt aufs Handy: Folgen Sie unserem WhatsApp-Kanal.", "3 Kommentare", "Horst K. schreibt: Das war doch abzusehen.", "Impressum"},
			in:    []corpus.Label{B, C, C, C, X},
			want:  []corpus.Label{B, P, C, C, X},
		},
		{
			name:  "a form's prompt above the heading stays",
			lines: []string{prose[0], "Sign in or create your account to join the discussion.", "57 comments", "harbourwatcher", "Impressum"},
			in:    []corpus.Label{B, C, C, C, X},
			want:  []corpus.Label{B, C, C, C, X},
		},
		{
			name:  "tags above the heading are chrome",
			lines: []string{prose[0], "Etiquetas: Almendralejo, Presupuestos, Pleno municipal", "Comentarios (4)", "Muy buen artículo.", "Aviso legal"},
			in:    []corpus.Label{B, C, C, C, X},
			want:  []corpus.Label{B, X, C, C, X},
		},
		{
			name:  "a run without a heading stays",
			lines: []string{prose[0], "Marieke", "Wat een leuk idee!", "Over ons"},
			in:    []corpus.Label{B, C, C, X},
			want:  []corpus.Label{B, C, C, X},
		},
		{
			name:  "pieces of a thread below its first long run stay",
			lines: []string{prose[0], "57 comments", "harbourwatcher", "41% in a seat this marginal says it all.", "Recommend 18", "27 Nov 2026 1:50", "Recommend 7", "View all 57 comments"},
			in:    []corpus.Label{B, C, C, C, C, P, C, C},
			want:  []corpus.Label{B, C, C, C, C, P, C, C},
		},
	}
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Len(t, tt.in, len(tt.lines))
			ps := make([]corpus.Paragraph, len(tt.lines))
			out := make([]Scored, len(tt.lines))
			logp := make([]float32, len(tt.lines)*corpus.NumLabels)
			for i, l := range tt.lines {
				ps[i] = corpus.Paragraph{Text: l, Block: i}
				out[i] = Scored{Label: tt.in[i], Score: 0.9}
				for k := range corpus.NumLabels {
					logp[i*corpus.NumLabels+k] = float32(math.Log(0.1))
				}
				logp[i*corpus.NumLabels+int(corpus.Promo)] = float32(math.Log(0.3))
				logp[i*corpus.NumLabels+int(corpus.Comment)] = float32(math.Log(0.4))
			}
			fs, _ := x.Document(ps, nil, nil)
			headedComments(ps, fs, logp, out)
			got := make([]corpus.Label, len(out))
			for i, s := range out {
				got[i] = s.Label
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSpeaksOfComments(t *testing.T) {
	for text, want := range map[string]bool{
		"As you comment, please be respectful of other commenters and other viewpoints.": true,
		"Réagissez à cet article":                      true,
		"Sign in to join the discussion.":              true,
		"J'aime (7) · Répondre":                        true,
		"Soutenez l'information locale : abonnez-vous": false,
		"Deel dit artikel":                             false,
	} {
		assert.Equal(t, want, speaksOfComments(text), text)
	}
}

func TestIsInlineComment(t *testing.T) {
	for text, want := range map[string]bool{
		"Lucía R. · hace 3 horas · Ojalá sirva para que la gente se dé cuenta.":      true,
		"Jerzy K. · dziś, 07:12 · Ciekawe, czy w Rzeszowie też zwolnią za rok.":      true,
		"mennaye_mike · 2 days ago · Horrible game to watch, brilliant game to win.": true,
		"Anna Nowak · 2 grudnia 2026 · Czas czytania 4 min":                          true, // a byline's shape: inlineComments spares it near the top
		"Politik · Wirtschaft · Sport · Kultur":                                      false,
		"Teilen · Drucken · Merken":                                                  false,
		"Hetman Zamość · Orlęta Radzyń · 3:2 po szalonej końcówce":                   false,
	} {
		assert.Equal(t, want, isInlineComment(text), text)
	}
}

func TestInlineComments(t *testing.T) {
	B, I, P, X, C := corpus.Body, corpus.Bio, corpus.Promo, corpus.Chrome, corpus.Comment
	lines := []string{"Zwolnienia w zakładach w Dębicy", "Anna Nowak · 2 grudnia 2026 · Czas czytania 4 min", prose[0], prose[1], prose[2], prose[3],
		"Komentarze (2)", "ex_pracownik_OW · wczoraj, 21:40 · Zwolnienia było widać od lata, nocne zmiany skracano.",
		"Jerzy K. · dziś, 07:12 · Ciekawe, czy w Rzeszowie też zwolnią za rok.", "© Gospodarka Lubelska 2026"}
	got := labelled(t, lines, []corpus.Label{B, I, B, B, B, B, C, I, P, X}, inlineComments)
	assert.Equal(t, []corpus.Label{B, I, B, B, B, B, C, C, C, X}, got)
	// One such line alone is no thread.
	got = labelled(t, lines[:9], []corpus.Label{B, I, B, B, B, B, C, I, P}, func(ps []corpus.Paragraph, fs []features.Features, out []Scored) {
		inlineComments(ps[:8], fs[:8], out[:8])
	})
	assert.Equal(t, []corpus.Label{B, I, B, B, B, B, C, I, P}, got)
}

func TestKnowsWords(t *testing.T) {
	m := defaultModelT(t)
	tests := []struct {
		name                string
		lines               []string
		reads, knows, isCJK bool
	}{
		{"English", prose[:4], true, true, false},
		{"Chinese", []string{"地铁5号线南延段12月28日开通 沿线新增7座车站", "南延段全长14.6公里，开通后从天府广场到华阳最快只需32分钟。", "本网讯 记者从市轨道交通集团获悉，地铁5号线南延段已完成全部验收工作。"}, true, false, true},
		{"German", []string{"Der Stadtrat hat am Dienstag über den neuen Haushalt beraten und ihn mit großer Mehrheit beschlossen.", "Die Opposition kritisierte die hohen Ausgaben für den Straßenbau und die geringen Mittel für die Schulen."}, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := make([]corpus.Paragraph, len(tt.lines))
			for i, l := range tt.lines {
				ps[i] = corpus.Paragraph{Text: l, Block: i}
			}
			var rs ruleScratch
			m.rules.analyse(ps, &rs)
			assert.Equal(t, tt.isCJK, rs.cjk, "cjk")
			assert.Equal(t, tt.reads, m.readsWords(&rs), "readsWords")
			assert.Equal(t, tt.knows, m.knowsWords(&rs), "knowsWords")
		})
	}
}
