package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestAfterComments(t *testing.T) {
	// Layouts: 'B' a paragraph labelled body (400 bytes), 't' a short one
	// labelled body (100 bytes), 'c' a comment, '.' chrome. want: 'b' body,
	// 'p' promo (the likeliest other label), 'c' comment, '.' chrome.
	tests := []struct{ name, layout, want string }{
		{"body after a long comment section", "BBB" + strings.Repeat("c", 12) + "tttt", "bbb" + strings.Repeat("c", 12) + "pppp"},
		{"a short comment run is not the section", "BBB" + strings.Repeat("c", 9) + "tt", "bbb" + strings.Repeat("c", 9) + "bb"},
		{"more body after the run than before it", "t" + strings.Repeat("c", 12) + "BBB", "b" + strings.Repeat("c", 12) + "bbb"},
		{"comments above any body", strings.Repeat("c", 12) + "BB", strings.Repeat("c", 12) + "bb"},
		{"only the first section counts", "BB" + strings.Repeat("c", 10) + ".t" + strings.Repeat("c", 10) + "t", "bb" + strings.Repeat("c", 10) + ".p" + strings.Repeat("c", 10) + "p"},
		{"no comments", "BBtt..", "bbtt.."},
	}
	code := map[corpus.Label]byte{corpus.Body: 'b', corpus.Promo: 'p', corpus.Comment: 'c', corpus.Chrome: '.'}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := len(tt.layout)
			paras := make([]corpus.Paragraph, n)
			logp := make([]float32, n*corpus.NumLabels)
			out := make([]Scored, n)
			for i, c := range tt.layout {
				z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
				for l := range z {
					z[l] = log32(0.05)
				}
				z[corpus.Body], z[corpus.Promo] = log32(0.6), log32(0.25)
				switch c {
				case 'B':
					paras[i].Text = strings.Repeat("word ", 80)
					out[i].Label = corpus.Body
				case 't':
					paras[i].Text = strings.Repeat("teas ", 20)
					out[i].Label = corpus.Body
				case 'c':
					paras[i].Text = "A reader's comment."
					out[i].Label = corpus.Comment
				default:
					paras[i].Text = "Menu"
					out[i].Label = corpus.Chrome
				}
			}
			afterComments(paras, logp, out)
			got := make([]byte, n)
			for i := range out {
				got[i] = code[out[i].Label]
			}
			assert.Equal(t, strings.ReplaceAll(tt.want, "t", "b"), string(got))
		})
	}
}
