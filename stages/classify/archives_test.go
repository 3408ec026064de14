package classify

import (
	"slices"
	"strings"
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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, runLinePass(t, tt.lines, tt.labels, archiveLists))
		})
	}
}

// runLinePass runs a pass on lines labelled by letters (B body, I bio, P
// promo, C comment, X chrome) with their features, and returns the labels
// after it the same way.
func runLinePass(t *testing.T, lines []string, labels string, pass func([]corpus.Paragraph, []features.Features, []Scored)) string {
	t.Helper()
	require.Len(t, labels, len(lines))
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	letters := "BIPCX"
	labelOf := []corpus.Label{corpus.Body, corpus.Bio, corpus.Promo, corpus.Comment, corpus.Chrome}
	paras := make([]corpus.Paragraph, len(lines))
	out := make([]Scored, len(lines))
	for i, l := range lines {
		paras[i].Text = l
		k := strings.IndexByte(letters, labels[i])
		require.GreaterOrEqual(t, k, 0, "label letter %q", labels[i])
		out[i].Label = labelOf[k]
	}
	fs, _ := x.Document(paras, nil, nil)
	pass(paras, fs, out)
	got := make([]byte, len(out))
	for i := range out {
		got[i] = letters[slices.Index(labelOf, out[i].Label)]
	}
	return string(got)
}
