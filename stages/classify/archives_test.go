package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestArchiveLists(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		labels string // P promo, X chrome, B body
		want   string
	}{
		{"a category widget", []string{"カテゴリ", "WordPress全般 (16)", "► サーバー (64)", "Dropbox (3)", "November 2019 (5)"}, "XPPPP", "XXXXX"},
		{"two counted links are no widget", []string{"Dropbox (3)", "Evernote (21)", "More stories"}, "PPP", "PPP"},
		{"body is left alone", []string{"Dropbox (3)", "Evernote (21)", "Surface (1)"}, "BBP", "BBX"},
		{"not counts", []string{"Sales rose (again)", "Chapter (3a)", "(12)", "Budget (2024 plan)"}, "PPPP", "PPPP"},
	}
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	code := map[byte]corpus.Label{'P': corpus.Promo, 'X': corpus.Chrome, 'B': corpus.Body}
	letter := map[corpus.Label]byte{corpus.Promo: 'P', corpus.Chrome: 'X', corpus.Body: 'B'}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := make([]corpus.Paragraph, len(tt.lines))
			out := make([]Scored, len(tt.lines))
			for i, l := range tt.lines {
				paras[i].Text = l
				out[i].Label = code[tt.labels[i]]
			}
			fs, _ := x.Document(paras, nil, nil)
			archiveLists(paras, fs, out)
			got := make([]byte, len(out))
			for i := range out {
				got[i] = letter[out[i].Label]
			}
			assert.Equal(t, tt.want, string(got))
		})
	}
}
