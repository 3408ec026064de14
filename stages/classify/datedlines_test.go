package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestIsDatedLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"LinkNaija October 06, 2018", true},
		{"15:23 2019", true},
		{"Updated 12.05.2026", true},
		{"기사입력 :[ 2018-08-25 15:24 ]", true},
		{"Tuesday, 3 May 2022, 10:15 am", true},
		{"By Jane Roe and John Doe, May 3, 2022", false}, // four other words: a byline
		{"Council met on May 3, 2024", true},             // two words besides the date: the body probability decides
		{"The council met on May 3", false},              // no year
		{"The council met again on May 3, 2024", false},
		{"Chapter 3", false},
		{"2019", false},
		{"", false},
		{strings.Repeat("May 3 ", 10), false}, // too long
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isDatedLine(tt.text), tt.text)
	}
}

func TestDatedLines(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		pBody float32
		want  corpus.Label
	}{
		{"an unlikely dated line goes", "LinkNaija October 06, 2018", 0.15, corpus.Bio},
		{"a likely one stays", "LinkNaija October 06, 2018", 0.45, corpus.Body},
		{"an undated short line stays", "See more photos", 0.1, corpus.Body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, datedLineAlone(t, tt.text, tt.pBody, 0.6))
		})
	}
}

// datedLineAlone runs datedLines on one line the chain labelled body, whose
// model gives it pBody for body, pBio for bio and 0.05 for the others, and
// returns its label after the pass.
func datedLineAlone(t *testing.T, text string, pBody, pBio float32) corpus.Label {
	t.Helper()
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	paras := []corpus.Paragraph{{Text: text}}
	fs, _ := x.Document(paras, nil, nil)
	logp := make([]float32, corpus.NumLabels)
	for l := range logp {
		logp[l] = log32(0.05)
	}
	logp[corpus.Body], logp[corpus.Bio] = log32(pBody), log32(pBio)
	out := []Scored{{Label: corpus.Body, Score: pBody}}
	datedLines(paras, fs, logp, -1, out)
	return out[0].Label
}
