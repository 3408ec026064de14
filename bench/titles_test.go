package bench

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/classify"
)

func TestTitleMatches(t *testing.T) {
	tests := []struct {
		title, ref string
		want       bool
	}{
		{"Get your Frontend JavaScript Code Covered", "Get your Frontend JavaScript Code Covered | Code", true},
		{"海外留学生看两会：出国前后关注点大不同", "海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网", true},
		{"‘Star Wars’ Original Cuts Might Get Released", "'Star Wars' Original Cuts Might Get Released for 40th Anniversary", true},
		{"From the section US & Canada", "Obama admits US gun laws are his 'biggest frustration'", false},
		{"Code", "Get your Frontend JavaScript Code Covered | Code", false}, // the site's name
		{"", "Anything", false},
		{"Anything", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, TitleMatches(tt.title, tt.ref), "%q ~ %q", tt.title, tt.ref)
	}
}

func TestScoreTitles(t *testing.T) {
	ref := map[string]string{"a": "Storm Closes Schools | Post", "b": "Bridge Reopens", "c": "Budget Passed"}
	found := map[string]string{"a": "Storm closes schools", "b": "Menu", "c": "", "d": "Not scored"}
	s := ScoreTitles(found, ref)
	assert.Equal(t, TitleScore{Pages: 3, Found: 2, Match: 1}, s)
	assert.InDelta(t, 0.5, s.Precision(), 1e-9)
	assert.InDelta(t, 1.0/3, s.Recall(), 1e-9)
	assert.Zero(t, TitleScore{}.Precision())
}

func TestLoadArticleBenchmarkTitles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	write("page-text.json", `{"version": "1", "output": {"p1": {"articleBody": "Title\n\nText"}}}`)
	write("ground-truth.json", `{"p1": {"articleBody": "Text", "url": "https://example.org/"}}`)
	b, err := LoadArticleBenchmark(dir)
	require.NoError(t, err)
	assert.Nil(t, b.Titles, "no metadata.json")

	write("metadata.json", `{"p1": {"title": "Title | Site", "byline": null}, "other": {"title": "x"}}`)
	b, err = LoadArticleBenchmark(dir)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"p1": "Title | Site"}, b.Titles)

	write("metadata.json", `{"p1": `)
	_, err = LoadArticleBenchmark(dir)
	assert.ErrorContains(t, err, "metadata.json")
}

func TestReadabilityPagesHaveTitles(t *testing.T) {
	b, err := LoadArticleBenchmark(filepath.Join(sharedDir(t), "benchmarks", "readability-pages"))
	require.NoError(t, err)
	assert.Greater(t, len(b.Titles), 80, "metadata.json's titles")
}

// allBody labels every paragraph body.
type allBody struct{}

func (allBody) Classify(paras []corpus.Paragraph) []classify.Scored {
	out := make([]classify.Scored, len(paras))
	for i := range out {
		out[i] = classify.Scored{Label: corpus.Body, Score: 1}
	}
	return out
}

func TestScoreSetTitles(t *testing.T) {
	prose := "The council voted on Tuesday to rebuild the old bridge over the river, at a cost of four million."
	docs := []mlDoc{
		{Page: "Council  approves new bridge\n\n" + prose + "\n", Title: "Council approves new bridge"},
		{Page: "Menu Home News\n\n" + prose + "\n", Title: "Council approves new bridge"},
		{Page: prose + "\n\n" + prose + "\n", Title: "Council approves new bridge"},
		{Page: "No title given\n\n" + prose + "\n"},
	}
	s, ok := scoreSetTitles(docs, allBody{})
	require.True(t, ok)
	assert.Equal(t, TitleScore{Pages: 3, Found: 2, Match: 1}, s)
	_, ok = scoreSetTitles(docs[3:], allBody{})
	assert.False(t, ok, "no gold titles")
}
