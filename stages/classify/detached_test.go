package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// detachedPage builds a page from a layout: one letter per paragraph, 'B'
// an article paragraph (400 bytes, p(body) 0.95), 't' a teaser or blurb
// the model called body (100 bytes, p(body) pTeaser), 'T' the same but
// long (400 bytes), '.' furniture (a menu line the model called chrome,
// promo second). It returns the paragraphs, log-probabilities and labels.
func detachedPage(layout string, pTeaser float32) ([]corpus.Paragraph, []float32, []Scored) {
	n := len(layout)
	paras := make([]corpus.Paragraph, n)
	logp := make([]float32, n*corpus.NumLabels)
	out := make([]Scored, n)
	set := func(i int, pBody float32, second corpus.Label) {
		z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		rest := (1 - pBody) / float32(corpus.NumLabels-1)
		for l := range z {
			z[l] = log32(rest * 0.5)
		}
		z[corpus.Body] = log32(pBody)
		z[second] = log32(1 - pBody - rest*0.5*float32(corpus.NumLabels-2))
	}
	for i, c := range layout {
		switch c {
		case 'B':
			paras[i].Text = strings.Repeat("word ", 80)
			set(i, 0.95, corpus.Promo)
			out[i] = Scored{Label: corpus.Body, Score: 0.95}
		case 't', 'T':
			paras[i].Text = strings.Repeat("teas ", 20)
			if c == 'T' {
				paras[i].Text = strings.Repeat("teas ", 80)
			}
			set(i, pTeaser, corpus.Promo)
			out[i] = Scored{Label: corpus.Body, Score: pTeaser}
		default:
			paras[i].Text = "Menu"
			set(i, 0.05, corpus.Chrome)
			out[i] = Scored{Label: corpus.Chrome, Score: 0.9}
		}
	}
	return paras, logp, out
}

func TestDetachedBody(t *testing.T) {
	tests := []struct {
		name    string
		layout  string
		pTeaser float32
		// want is the layout of the labels after the pass: 'b' body,
		// 'p' promo, 'c' chrome.
		want string
	}{
		{"teasers after the article and a gap of 8", "..BBBBBB........tttt..", 0.5, "ccbbbbbbccccccccppppcc"},
		{"a gap of 7 is the article's", "..BBBBBB.......tttt..", 0.5, "ccbbbbbbcccccccbbbbcc"},
		{"sure body stays", "..BBBBBB........tttt..", 0.85, "ccbbbbbbccccccccbbbbcc"},
		{"before the article stays", "..tttt........BBBBBB..", 0.5, "ccbbbbccccccccbbbbbbcc"},
		{"a large cluster the model half believes stays", "..BBBBBBBB........TTTT..", 0.7, "ccbbbbbbbbccccccccbbbbcc"},
		{"a large cluster the model doubts goes", "..BBBBBBBB........TTTT..", 0.5, "ccbbbbbbbbccccccccppppcc"},
		{"the main cluster is the likeliest, not the largest", "..BB........TTTT..", 0.3, "ccbbccccccccppppcc"},
		{"no body", "......", 0.5, "cccccc"},
	}
	letter := map[corpus.Label]byte{corpus.Body: 'b', corpus.Promo: 'p', corpus.Chrome: 'c', corpus.Bio: 'i', corpus.Comment: 'm'}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras, logp, out := detachedPage(tt.layout, tt.pTeaser)
			detachedBody(paras, logp, -1, -1, out)
			got := make([]byte, len(out))
			for i, s := range out {
				got[i] = letter[s.Label]
			}
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestLikeliestOther(t *testing.T) {
	z := make([]float32, corpus.NumLabels)
	for l := range z {
		z[l] = log32(0.1)
	}
	z[corpus.Body] = log32(0.5)
	z[corpus.Comment] = log32(0.2)
	l, p := likeliestOther(z)
	require.Equal(t, corpus.Comment, l)
	assert.InDelta(t, 0.2, p, 1e-5)
}
