package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// noCues runs a pass that reads cue labels on lines without cue phrases.
func noCues(pass func([]corpus.Paragraph, []features.Features, []int8, []Scored)) func([]corpus.Paragraph, []features.Features, []Scored) {
	return func(ps []corpus.Paragraph, fs []features.Features, out []Scored) {
		cue := make([]int8, len(ps))
		for i := range cue {
			cue[i] = -1
		}
		pass(ps, fs, cue, out)
	}
}

func TestCommentTeasers(t *testing.T) {
	C, P, B := lComment, lPromo, lBody
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name: "headlines above their dates after a comment form",
			lines: []string{prose[0], "Show comments", "More in Tennis",
				"Roger Federer dumps Novak Djokovic out of the Finals with a crushing victory", "14 Nov 2019, 7:54pm",
				"ATP Cup rolls out the big guns for its first edition", "13 Nov 2019, 9:19pm",
				"Rafael Nadal bounces back to keep his hopes of ending the year at No 1 alive", "12 Nov 2019, 10:30pm"},
			in:   []corpus.Label{B, C, C, C, C, C, C, C, C},
			want: []corpus.Label{B, C, P, P, P, P, P, P, P},
		},
		{
			name: "headlines with their comment counts, then the comments",
			lines: []string{prose[0], "Aregbesola Swears-In Commissioners, Special Advisers 11 comments",
				"Governor Writes Touching Letter To Lagosians Ahead Of Polls 11 comments",
				"Boy Kills Brother, Removes His Eyes, Tongue 10 comments", "Comments",
				"Maitama Tambari: Congratulations for a well deserved achievement"},
			in:   []corpus.Label{B, C, C, C, C, C},
			want: []corpus.Label{B, P, P, P, C, C},
		},
		{
			name: "comments under their authors' names and dates stay",
			lines: []string{prose[0], "Comments", "Jane Doe", "14 Nov 2019, 7:54pm", "I agree with every word of this piece",
				"John Smith", "13 Nov 2019, 9:19pm", "Not sure the council can pay for all of it", "Ann Lee", "12 Nov 2019, 10:30pm", "Great reporting as always"},
			in:   []corpus.Label{B, C, C, C, C, C, C, C, C, C, C},
			want: []corpus.Label{B, C, C, C, C, C, C, C, C, C, C},
		},
		{
			name: "two teasers are no list",
			lines: []string{prose[0], "Roger Federer dumps Novak Djokovic out of the Finals with a crushing victory", "14 Nov 2019, 7:54pm",
				"ATP Cup rolls out the big guns for its first edition", "13 Nov 2019, 9:19pm"},
			in:   []corpus.Label{B, C, C, C, C},
			want: []corpus.Label{B, C, C, C, C},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, noCues(commentTeasers)))
		})
	}
}

func TestEndsWithCommentCount(t *testing.T) {
	for text, want := range map[string]bool{
		"Boy Kills Brother, Removes His Eyes, Tongue 10 comments": true,
		"Stadtrat stimmt zu (3 Kommentare)":                       true,
		"Governor writes letter 1 comment":                        true,
		"Read all comments":                                       false,
		"Leave a comment":                                         false,
		"10 comments":                                             false,
		"":                                                        false,
	} {
		assert.Equal(t, want, endsWithCommentCount(text), text)
	}
}

func TestIsLoneDateMeridiem(t *testing.T) {
	assert.True(t, isLoneDate("14 Nov 2019, 7:54pm"))
	assert.True(t, isLoneDate("18 Nov 2019, 11:09am"))
	assert.False(t, isLoneDate("14 Nov 2019, 7:54 apm"))
}

func TestInlineTeasers(t *testing.T) {
	B, P := lBody, lPromo
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a read-also box inside the article",
			lines: []string{prose[0], "À lire aussi", "Déchets : Rennes Métropole veut réduire de 15 % les ordures ménagères d'ici 2030", prose[1], prose[2]},
			in:    []corpus.Label{B, P, B, B, B},
			want:  []corpus.Label{B, P, P, B, B},
		},
		{
			name:  "a heading far from the article",
			lines: []string{"Menu", "Home", "Lees ook", "Utrecht wil 10.000 woningen extra isoleren voor 2030", prose[1]},
			in:    []corpus.Label{lChrome, lChrome, P, B, B},
			want:  []corpus.Label{lChrome, lChrome, P, B, B},
		},
		{
			name:  "prose under the heading stays",
			lines: []string{prose[0], "Lees ook", prose[1], prose[2]},
			in:    []corpus.Label{B, P, B, B},
			want:  []corpus.Label{B, P, B, B},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, noCues(inlineTeasers)))
		})
	}
}

func TestCommentIslands(t *testing.T) {
	B, C, X := lBody, lComment, lChrome
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a list inside the article under a link to the discussion",
			lines: []string{prose[0], "Diskuse (18)", prose[1], "Co si můžete půjčit", "- aku vrtačky a šroubováky,", "- stan a spací pytle,", prose[2], prose[3]},
			in:    []corpus.Label{B, C, B, C, C, C, B, B},
			want:  []corpus.Label{B, C, B, B, B, B, B, B},
		},
		{
			name:  "a comment section at the end stays",
			lines: []string{prose[0], prose[1], "Comments", "Jane Doe", "I agree with every word", "Impressum"},
			in:    []corpus.Label{B, B, C, C, C, X},
			want:  []corpus.Label{B, B, C, C, C, X},
		},
		{
			name:  "a run with a comment's stamp stays",
			lines: []string{prose[0], "Jane Doe", "2 hours ago", "I agree with every word", prose[1], prose[2]},
			in:    []corpus.Label{B, C, C, C, B, B},
			want:  []corpus.Label{B, C, C, C, B, B},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, noCues(commentIslands)))
		})
	}
}
