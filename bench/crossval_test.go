package bench

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestAlignLabels(t *testing.T) {
	const (
		B = corpus.Body
		C = corpus.Chrome
		P = corpus.Promo
	)
	long := func(s string) string { return s + " with enough words to be found anywhere" }
	tests := []struct {
		name   string
		texts  []string
		gold   []string
		labels []corpus.Label
		want   []corpus.Label
	}{
		{
			name:   "same lines",
			texts:  []string{"Home", "A story", "Share"},
			gold:   []string{"Home", "A story", "Share"},
			labels: []corpus.Label{C, B, C},
			want:   []corpus.Label{C, B, C},
		},
		{
			name:   "a paragraph joins lines: the label of most characters",
			texts:  []string{"Hi " + long("the body goes on")},
			gold:   []string{"Hi", long("the body goes on")},
			labels: []corpus.Label{C, B},
			want:   []corpus.Label{B},
		},
		{
			// The HTML starts with blocks the dump does not have, and the
			// dump has more than alignWindow lines before the article.
			name:   "match beyond the window after unmatched paragraphs",
			texts:  []string{"cookie banner", "x", long("Body one"), long("Body two")},
			gold:   []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", long("Body one"), long("Body two")},
			labels: []corpus.Label{C, C, C, C, C, C, C, C, C, C, B, B},
			want:   []corpus.Label{C, C, B, B},
		},
		{
			name:   "a block the dump put earlier",
			texts:  []string{long("Body one"), long("Related: another story")},
			gold:   []string{long("Related: another story"), "menu", long("Body one")},
			labels: []corpus.Label{P, C, B},
			want:   []corpus.Label{B, P},
		},
		{
			name:   "the paragraph reader split a line the dump kept whole",
			texts:  []string{"menu", "The first sentence of it.", "The second sentence of it."},
			gold:   []string{"menu", "The first sentence of it. The second sentence of it."},
			labels: []corpus.Label{C, B},
			want:   []corpus.Label{C, B, B},
		},
		{
			// "Share" is short: it is matched only near the current position,
			// never with the far twin, and takes its predecessor's label.
			name:   "short texts are not paired far away",
			texts:  []string{long("Body one"), "Share"},
			gold:   []string{"Share", "a", "b", "c", "d", "e", "f", "g", "h", "i", long("Body one"), "Tweet"},
			labels: []corpus.Label{P, C, C, C, C, C, C, C, C, C, B, C},
			want:   []corpus.Label{B, B},
		},
		{
			name:   "an exact twin is taken even when short",
			texts:  []string{"Menu", "Share"},
			gold:   []string{"Menu", "a", "b", "c", "d", "e", "f", "g", "h", "i", "Share"},
			labels: []corpus.Label{C, B, B, B, B, B, B, B, B, B, P},
			want:   []corpus.Label{C, P},
		},
		{
			name:   "nothing matches: chrome",
			texts:  []string{"alpha", "beta"},
			gold:   []string{"gamma"},
			labels: []corpus.Label{B},
			want:   []corpus.Label{C, C},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, alignLabels(tt.texts, tt.gold, tt.labels))
		})
	}
}
