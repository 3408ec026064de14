package bench

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/filter"
)

// Review 8 of the title score and the CV path's headline split (commit
// fc57190).

// TestReview8TitleMatchesSiteName: TitleMatches measures only the found
// title's side (share of its tokens in the reference), so a site name, a
// section name or a one-word kicker found as the headline "matches" a
// "Headline | Site" reference. The title score cannot then see
// filter.Headline taking the masthead for the headline
// (stages/filter/review8_test.go, TestReview8HeadlineSiteNameIsNoHeadline):
// its precision counts those as hits. (titles_test.go asserts "Code" ~ "…
// Code Covered | Code" true; that is the same weakness.)
func TestReview8TitleMatchesSiteName(t *testing.T) {
	tests := []struct {
		name, title, ref string
	}{
		{"the site's name", "Los Angeles Times", "Storm Closes Schools - Los Angeles Times"},
		{"the site's name with an article", "The New York Times", "Storm Closes Schools - The New York Times"},
		{"one word of the headline", "Schools", "Storm Closes Schools | Daily Post"},
		{"the section", "Education", "Storm Closes Schools | Education | Daily Post"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.False(t, TitleMatches(tt.title, tt.ref), "%q ~ %q", tt.title, tt.ref)
		})
	}
}

// TestReview8TitleMatchesFine pins matches checked and found right.
func TestReview8TitleMatchesFine(t *testing.T) {
	tests := []struct {
		title, ref string
		want       bool
	}{
		{"STORM CLOSES SCHOOLS", "Storm closes schools | Post", true},
		{"서울시, 노후 아파트 재건축 규제 완화", "서울시 노후 아파트 재건축 규제 완화 - 연합뉴스", true},
		{"Storm closes schools \xff", "Storm closes schools", true},
		{"Mayor resigns", "Storm closes schools", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, TitleMatches(tt.title, tt.ref), "%q ~ %q", tt.title, tt.ref)
	}
}

// fixedLabeler labels each paragraph by its index in labels.
type fixedLabeler [][]corpus.Label

func (fixedLabeler) Name() string { return "fixed" }

func (f fixedLabeler) Label(_ context.Context, docs [][]corpus.Paragraph) ([][]classify.Scored, error) {
	out := make([][]classify.Scored, len(docs))
	for i, d := range docs {
		out[i] = make([]classify.Scored, len(d))
		for j := range d {
			out[i][j] = classify.Scored{Label: f[i][j], Score: 1}
		}
	}
	return out, nil
}

// TestReview8EvalCleanMatchesKeep: the eval's clean text (Report.Clean, the
// CV path's finish) is the keep stage's Clean for the same labels and page
// title, with and without GoldOmitsHeadline. Checked; fine.
func TestReview8EvalCleanMatchesKeep(t *testing.T) {
	prose := "The storm closed every school in the county on Monday, and officials said the buildings would stay shut."
	tests := []struct {
		name      string
		texts     []string
		labels    []corpus.Label
		pageTitle string
	}{
		{"dump with a title line", []string{"Storm Closes Schools | Post", "Storm Closes Schools", prose, prose},
			[]corpus.Label{corpus.Chrome, corpus.Body, corpus.Body, corpus.Body}, ""},
		{"repeat above the body", []string{"Storm Closes Schools | Post", "Storm Closes Schools", prose},
			[]corpus.Label{corpus.Chrome, corpus.Chrome, corpus.Body}, ""},
		{"HTML title", []string{"Filed to: Weather", prose}, []corpus.Label{corpus.Body, corpus.Body}, "Filed to: Weather | Post"},
		{"a repeat goes too", []string{"Storm Closes Schools", "Share", "storm closes schools", prose},
			[]corpus.Label{corpus.Body, corpus.Chrome, corpus.Body, corpus.Body}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := make([]corpus.Paragraph, len(tt.texts))
			for i, s := range tt.texts {
				ps[i] = corpus.Paragraph{Text: s}
			}
			for _, omits := range []bool{false, true} {
				docs := []EvalDoc{{ID: "a", Paras: ps, PageTitle: tt.pageTitle, GoldOmitsHeadline: omits, GoldBody: prose}}
				r, err := Evaluate(context.Background(), docs, fixedLabeler{tt.labels})
				require.NoError(t, err)

				kept := make([]corpus.Paragraph, len(ps))
				copy(kept, ps)
				for i := range kept {
					kept[i].Label = tt.labels[i]
				}
				d := &corpus.Document{Paragraphs: kept, Meta: map[string]string{"title": tt.pageTitle}}
				require.NoError(t, filter.Keep{Labels: corpus.NewLabelSet(corpus.Body)}.Process(context.Background(), d))
				if omits {
					assert.Equal(t, d.Clean, r.Clean["a"], "omits")
				} else {
					h, _ := filter.Headline(kept, tt.pageTitle)
					if h >= 0 && kept[h].Label == corpus.Body {
						assert.Contains(t, r.Clean["a"], kept[h].Text, "the taxonomy's gold keeps the headline")
					}
				}
			}
		})
	}
}
