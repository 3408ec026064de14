package corpus

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Review 8: the record's "title" member (commit fc57190). Checked; fine.

// TestReview8RecordTitle: the title is escaped as the text is, sits between
// url and text, is omitted when empty, and reads back.
func TestReview8RecordTitle(t *testing.T) {
	tests := []struct {
		name, title, want string
	}{
		{"plain", "Storm Closes Schools", "Storm Closes Schools"},
		{"quotes and backslash", `"Quoted" \ title`, `"Quoted" \ title`},
		{"control characters", "a\nb\tc\x00", "a\nb\tc\x00"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"line separators", "a\u2028b\u2029c", "a\u2028b\u2029c"},
		{"HTML", "<b>&</b>", "<b>&</b>"},
		{"CJK", "海外留学生看两会", "海外留学生看两会"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, annotate := range []bool{false, true} {
				d := &Document{ID: "x", URL: "u", Title: tt.title, Clean: "text",
					Paragraphs: []Paragraph{{Text: tt.title, Label: Body}, {Text: "text", Label: Body}}}
				rec, err := appendRecord(nil, d, annotate)
				require.NoError(t, err)
				require.True(t, json.Valid(rec), "%s", rec)
				var got struct {
					Title *string `json:"title"`
					Text  string  `json:"text"`
				}
				require.NoError(t, json.Unmarshal(rec, &got))
				require.NotNil(t, got.Title)
				assert.Equal(t, tt.want, *got.Title)
				assert.Regexp(t, `^\{"id":"x","url":"u","title":.*,"text":"text",`, string(rec))
			}
		})
	}
	rec, err := appendRecord(nil, &Document{ID: "x", Clean: "text"}, false)
	require.NoError(t, err)
	assert.NotContains(t, string(rec), `"title"`)
}

// TestReview8ReadShardDirWithTitle: annotated shards with titles read back
// (ReadShardDir, the eval's --pred reader, ignores the member), and the
// paragraphs still hold the headline.
func TestReview8ReadShardDirWithTitle(t *testing.T) {
	dir := t.TempDir()
	w, err := NewShardWriter(dir, ShardOptions{Annotate: true})
	require.NoError(t, err)
	d := &Document{ID: "a", Title: "Storm \"Closes\" Schools", Clean: "Body.",
		Paragraphs: []Paragraph{{Text: "Storm \"Closes\" Schools", Label: Body, Score: 1}, {Text: "Body.", Label: Body, Score: 1}}}
	require.NoError(t, w.Write(context.Background(), d))
	require.NoError(t, w.Close())
	got, err := ReadShardDir(dir)
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Len(t, got[0].Paragraphs, 2)
	assert.Equal(t, "Storm \"Closes\" Schools", got[0].Paragraphs[0].Text)
}
