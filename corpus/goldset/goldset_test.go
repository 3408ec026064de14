package goldset

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

const page = "Site name\n\nHeadline of the story\n  The first paragraph of the story.  \n\n\nShare on Facebook\n"

func TestLinesAndHash(t *testing.T) {
	assert.Equal(t, []string{"Site name", "Headline of the story", "The first paragraph of the story.", "Share on Facebook"}, Lines(page))
	assert.Len(t, Hash("x"), 8)
	assert.Equal(t, Hash("same"), Hash("same"))
	assert.NotEqual(t, Hash("a"), Hash("b"))
}

func TestRoundTripAndJoin(t *testing.T) {
	lines := Lines(page)
	labels := []corpus.Label{corpus.Chrome, corpus.Body, corpus.Body, corpus.Chrome}
	set := &Set{Pages: []Page{{Key: "k1"}}}
	for i, l := range lines {
		set.Pages[0].Lines = append(set.Pages[0].Lines, Line{Index: i, Hash: Hash(l), Label: labels[i]})
	}
	var buf bytes.Buffer
	require.NoError(t, set.Write(&buf, "test set\nsecond line"))
	assert.True(t, strings.HasPrefix(buf.String(), "# test set\n# second line\npage k1\n"))
	back, err := Read(&buf)
	require.NoError(t, err)
	assert.Equal(t, set, back)

	docs, err := back.Join(map[string]string{"k1": page})
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Equal(t, page, docs[0].Text)
	require.Len(t, docs[0].Paragraphs, 4)
	assert.Equal(t, "Headline of the story", docs[0].Paragraphs[1].Text)
	assert.Equal(t, corpus.Body, docs[0].Paragraphs[1].Label)

	_, err = back.Join(map[string]string{"k1": strings.Replace(page, "first", "second", 1)})
	assert.ErrorContains(t, err, "hash")
	_, err = back.Join(map[string]string{})
	assert.ErrorContains(t, err, "no page text")
	_, err = back.Join(map[string]string{"k1": "Site name\nHeadline of the story"})
	assert.ErrorContains(t, err, "past the page")
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"label before page", "0 abcd1234 body\n", "before the first"},
		{"bad page line", "page\n", "page KEY"},
		{"bad field count", "page k\n0 body\n", "INDEX HASH LABEL"},
		{"bad index", "page k\nx abcd1234 body\n", "bad line index"},
		{"decreasing index", "page k\n1 abcd1234 body\n0 abcd1234 body\n", "must increase"},
		{"bad label", "page k\n0 abcd1234 navigation\n", "unknown label"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in))
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

// TestArticleExtractionJoins checks that the built-in labels match the
// benchmark's page texts (every hash) and cover all 181 pages.
func TestArticleExtractionJoins(t *testing.T) {
	set, err := ArticleExtraction()
	require.NoError(t, err)
	require.Len(t, set.Pages, 181)
	dir := filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction", "page-text.json")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared is missing under CI: %v", err)
		}
		t.Skipf("../shared not found (%v)", err)
	}
	texts := readPageTexts(t, dir)
	docs, err := set.Join(texts)
	require.NoError(t, err)
	counts := map[corpus.Label]int{}
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			counts[p.Label]++
		}
	}
	for _, l := range corpus.Labels() {
		assert.Positive(t, counts[l], "label %s has no lines", l)
	}
}
