package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// withLogp runs a pass that reads log-probabilities on lines whose body
// probability is pBody.
func withLogp(pBody float32, pass func([]corpus.Paragraph, []features.Features, []int8, []float32, []Scored)) func([]corpus.Paragraph, []features.Features, []Scored) {
	return func(ps []corpus.Paragraph, fs []features.Features, out []Scored) {
		logp := make([]float32, len(ps)*corpus.NumLabels)
		for i := range ps {
			logp[i*corpus.NumLabels+int(corpus.Body)] = log32(pBody)
		}
		noCues(func(ps []corpus.Paragraph, fs []features.Features, cue []int8, out []Scored) {
			pass(ps, fs, cue, logp, out)
		})(ps, fs, out)
	}
}

func TestResultBlocks(t *testing.T) {
	B, P, C, X := lBody, lPromo, lComment, lChrome
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name: "a match's facts, the day's results and the table, then the article's last sentence",
			lines: []string{prose[0], "Camaiore-Pietrasanta 1-2", "Arbitro: Nardini di Livorno", "I risultati della 13ª giornata",
				"Lucchesia-Forte Marmi 3-0", "Massarosa-Valfreddana 1-1", "La classifica", "Lucchesia 29 (12 partite)", "Pietrasanta 29",
				"Domenica prossima il Pietrasanta ospiterà il Massarosa, mentre la Lucchesia recupererà il match rinviato.", "Condividi su Facebook"},
			in:   []corpus.Label{B, P, P, P, P, P, P, P, P, P, X},
			want: []corpus.Label{B, B, B, B, B, B, B, B, B, B, X},
		},
		{
			name:  "handball scores the model called comments",
			lines: []string{prose[0], "MTV Hummetal – TSV Süntel 34:25", "HSG Wesertal – SG Deisterland 31:27", "VfL Emmerau – HC Bückerheide 29:29", "Impressum"},
			in:    []corpus.Label{B, C, C, C, X},
			want:  []corpus.Label{B, B, B, B, X},
		},
		{
			name:  "a numbered list of headlines is no table",
			lines: []string{prose[0], "1. Stadtrat beschließt neuen Haushalt", "2. Polizei sucht Zeugen nach Unfall", "3. Neue Buslinie startet im Mai", "Impressum"},
			in:    []corpus.Label{B, P, P, P, X},
			want:  []corpus.Label{B, P, P, P, X},
		},
		{
			name:  "two scores are no table",
			lines: []string{prose[0], "Camaiore-Pietrasanta 1-2", "Lucchesia-Forte Marmi 3-0", "Impressum"},
			in:    []corpus.Label{B, P, P, X},
			want:  []corpus.Label{B, P, P, X},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, withLogp(0.3, resultBlocks)))
		})
	}
}

func TestHasClock(t *testing.T) {
	for text, want := range map[string]bool{
		"Montealto | 22 de febrero de 2024 - 21:15 CET":               true,
		"Aktualisiert 8:05":                                           true,
		"Wesertal bleibt oben dran: 31:27 im Derby gegen Deisterland": false,
		"Score 2:1":  false,
		"16h35":      true,
		"1234567890": false,
		"":           false,
	} {
		assert.Equal(t, want, hasClock(text), text)
	}
}

func TestIsScoreLine(t *testing.T) {
	x, err := features.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		"MTV Hummetal – TSV Süntel 34:25":       true,
		"Camaiore-Pietrasanta 1-2":              true,
		"Lucchesia 29 (12 partite)":             true,
		"Pietrasanta 29":                        false,
		"dp3_1_en":                              false,
		"1. Stadtrat beschließt neuen Haushalt": false,
		"14:50":                                 false,
		"30 novembre 2026":                      false,
	} {
		fs, _ := x.Document([]corpus.Paragraph{{Text: text}}, nil, nil)
		assert.Equal(t, want, isScoreLine(text, &fs[0]), text)
	}
}
