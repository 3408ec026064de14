package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestPromoIslands(t *testing.T) {
	teaser := []string{"More in Minnesota Wild", "Wild's personal GEEK Squad helping Minnesota fix problems",
		"November 18, 2019 at 2:01 pm", "Maybe the Wild have found their own personal GEEK Squad to fix their problems.", "Read More"}
	tests := []struct {
		name   string
		lines  []string
		labels string // P promo, C comment, X chrome
		want   string
	}{
		{"a teaser's date and blurb between promo lines", teaser, "PPCCP", "PPPPP"},
		{"a run too long for an island", []string{"Related", "a", "b", "c", "d", "Read More"}, "PCCCCP", "PCCCCP"},
		{"a comment section after a promo box", []string{"Newsletter", "Commentaires (4)", "Subscribe"}, "PCP", "PCP"},
		{"a comment cue", []string{"Related", "Leave a comment", "Read More"}, "PCP", "PCP"},
		{"a thread under a comment heading the model called promo", []string{"Comments (23)", "RiversideRob", "3 hours ago", "Six weeks will become twelve, you watch.", "Reply · 3 likes", "Janet P."}, "PPPCCP", "PPPCCP"},
		{"no promo below", []string{"Related", "Jane", "Great article!"}, "PCC", "PCC"},
		{"chrome between is no promo", []string{"Related", "Jane", "Menu"}, "PCX", "PCX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, runLinePass(t, tt.lines, tt.labels, promoIslands))
		})
	}
}

func TestIsTradeSentence(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Julius is an LA Entertainment Reporter for Fox News.", true},
		{"Eric Song is IGN's deal curator and spends 25% of his pay on stuff he posts.", true},
		{"I am a writer, journalist, professor and digital health expert.", true},
		{"Pamela Wilson is an online educator, author, keynote speaker, and the founder of BIG Brand System.", true},
		{"Tim Alberta Is a First-Rate Journalist. The DNC Should Quit Whining.", false}, // a headline: "Is"
		{"News Corp is a network of leading companies in the worlds of diversified media, news, education.", false},
		{"The reporter is a good one and wrote many stories.", false}, // "The" begins no name
		{"Medical Xpress covers all medical research advances and health news", false},
		{"is a writer", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isTradeSentence(tt.text), tt.text)
	}
}

func TestTradeLines(t *testing.T) {
	paras := []corpus.Paragraph{
		{Text: "Julius is an LA Entertainment Reporter for Fox News."},
		{Text: "Julius is an LA Entertainment Reporter for Fox News."},
		{Text: "Julius is an LA Entertainment Reporter for Fox News."},
	}
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	fs, _ := x.Document(paras, nil, nil)
	out := []Scored{{Label: corpus.Promo}, {Label: corpus.Body}, {Label: corpus.Comment}}
	tradeLines(paras, fs, out)
	assert.Equal(t, []corpus.Label{corpus.Bio, corpus.Body, corpus.Comment}, []corpus.Label{out[0].Label, out[1].Label, out[2].Label}, "only promo and chrome become bio")
}
