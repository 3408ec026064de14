package classify

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestCommentPromptLines(t *testing.T) {
	tests := []struct {
		text   string
		in     corpus.Label
		pCom   float32 // the model's comment probability
		want   corpus.Label
		reason string
	}{
		{"View the discussion thread.", lPromo, 0.2, lComment, "a Disqus link"},
		{"Please enable JavaScript to view the comments powered by Disqus.", lChrome, 0.1, lComment, "Disqus's notice"},
		{"6 thoughts on “How to Adopt an Online Leader Success Mindset”", lPromo, 0.3, lComment, "WordPress's counter"},
		{"Deixe uma resposta Cancelar resposta", lPromo, 0.3, lComment, "Portuguese form"},
		{"Оставить комментарий", lChrome, 0.3, lComment, "Cyrillic capitals lower-cased"},
		{"Leave a comment", lBody, 0.3, lBody, "body is left alone"},
		{"Leave a comment", lBio, 0.3, lBio, "bio is left alone"},
		{"Leave a comment", lPromo, 0.001, lPromo, "the model rules comment out"},
		{"Join our newsletter for the best stories", lPromo, 0.3, lPromo, "no prompt"},
		{"We asked readers to leave a comment on the plan, and more than three hundred of them did so over the weekend before the vote.", lPromo, 0.3, lPromo, "too long for a prompt"},
	}
	x, err := features.DefaultExtractor()
	assert.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			paras := []corpus.Paragraph{{Text: tt.text}}
			fs, _ := x.Document(paras, nil, nil)
			logp := make([]float32, corpus.NumLabels)
			for l := range logp {
				logp[l] = log32((1 - tt.pCom) / float32(corpus.NumLabels-1))
			}
			logp[corpus.Comment] = log32(tt.pCom)
			out := []Scored{{Label: tt.in, Score: 0.5}}
			commentPromptLines(paras, fs, logp, out)
			assert.Equal(t, tt.want, out[0].Label)
		})
	}
}

func TestLowerRunesInto(t *testing.T) {
	assert.Equal(t, "оставить комментарий", string(lowerRunesInto(nil, "Оставить Комментарий")))
	assert.Equal(t, "abc \xff ü", string(lowerRunesInto(nil, "ABC \xff Ü")))
}

// TestPhraseIndex compares the index with a search per phrase on random
// texts built from pieces of the phrases, and finds every prompt.
func TestPhraseIndex(t *testing.T) {
	phrases := []string{"leave a reply", "le", "评论", "réagir à"}
	x := newPhraseIndex(phrases)
	pb := phraseBytes(phrases)
	reference := func(b []byte) bool {
		for _, p := range pb {
			for off := 0; off < len(b); off++ {
				if bytes.HasPrefix(b[off:], p) && wordBounded(b, off, off+len(p)) {
					return true
				}
			}
		}
		return false
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"leave", " a ", "reply", "l", "e", "评", "论", "ré", "agir", " à", "zz", "\xff", " ", "员"}
	for range 20000 {
		var b []byte
		for range rng.IntN(8) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		require.Equal(t, reference(b), x.inWords(b), "%q", b)
	}
	for _, p := range commentPrompts.byPair {
		for _, q := range p {
			assert.True(t, commentPrompts.inWords(append([]byte("a "), q...)), "%q", q)
		}
	}
}

func TestPhraseIndexShortPhrase(t *testing.T) {
	assert.Panics(t, func() { newPhraseIndex([]string{"x"}) })
}

func TestIsCommentCounter(t *testing.T) {
	for text, want := range map[string]bool{
		"6 thoughts on “how to adopt an online leader success mindset”": true,
		"one response to “the plan”":                                    true,
		"12 comments on “budget”":                                       true,
		"some thoughts on “oppenheimer” and the bomb":                   false,
		"final thoughts on “the bear” season three":                     false,
		"6 thoughts": false,
		"":           false,
		"one":        false,
	} {
		assert.Equal(t, want, isCommentCounter([]byte(text)), text)
	}
}
