package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestTeaserBylines(t *testing.T) {
	list := []string{
		"More from Vox",
		"The Fed cut rates again. Here's what that means for you",
		"By Emily Stewart",
		"What the impeachment hearings showed this week",
		"By Hannah Brown",
		"Why the Senate trial may be short",
		"By Aaron Rupar",
	}
	listIn := []corpus.Label{lPromo, lPromo, lBio, lPromo, lBio, lPromo, lBio}
	tests := []struct {
		name     string
		lines    []string
		in, want []corpus.Label
	}{
		{
			name:  "three bylines inside a list of other stories",
			lines: append([]string{prose[0]}, append(list, "Subscribe to our newsletter")...),
			in:    append([]corpus.Label{lBody}, append(listIn, lPromo)...),
			want:  []corpus.Label{lBody, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo},
		},
		{
			name:  "two are not a list",
			lines: []string{prose[0], "More from Vox", "A headline of another story here", "By Emily Stewart", "Another headline of a story", "By Hannah Brown", "Footer link"},
			in:    []corpus.Label{lBody, lPromo, lPromo, lBio, lPromo, lBio, lPromo},
			want:  []corpus.Label{lBody, lPromo, lPromo, lBio, lPromo, lBio, lPromo},
		},
		{
			name:  "the article's own byline stays bio",
			lines: append([]string{"Council approves a budget", "By Jane Doe", prose[0]}, list...),
			in:    append([]corpus.Label{lBody, lBio, lBody}, listIn...),
			want:  []corpus.Label{lBody, lBio, lBody, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo},
		},
		{
			name:  "a byline sentence is no teaser's byline",
			lines: []string{"Related", "Headline one of a story", "By the way, this is a sentence.", "Headline two of a story", "By Hannah Brown", "Headline three of a story", "By Aaron Rupar", "Footer"},
			in:    []corpus.Label{lPromo, lPromo, lBio, lPromo, lBio, lPromo, lBio, lPromo},
			want:  []corpus.Label{lPromo, lPromo, lBio, lPromo, lBio, lPromo, lBio, lPromo},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, teaserBylines))
		})
	}
}
