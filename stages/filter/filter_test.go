package filter

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages"
)

func TestKeep(t *testing.T) {
	paras := []corpus.Paragraph{
		{Text: "Headline", Label: corpus.Body},
		{Text: "By Jane", Label: corpus.Bio},
		{Text: "First.", Label: corpus.Body},
		{Text: "Subscribe", Label: corpus.Promo},
		{Text: "Second.", Label: corpus.Body},
	}
	headed := []corpus.Paragraph{
		{Text: "Council Approves New Bridge", Label: corpus.Body},
		{Text: "By Jane", Label: corpus.Bio},
		{Text: "First.", Label: corpus.Body},
		{Text: "Second.", Label: corpus.Body},
	}
	onlyHeadline := []corpus.Paragraph{
		{Text: "Council Approves New Bridge", Label: corpus.Body},
		{Text: "By Jane", Label: corpus.Bio},
	}
	tests := []struct {
		name   string
		keep   corpus.LabelSet
		paras  []corpus.Paragraph
		want   string
		title  string
		reason string
	}{
		{"body only", corpus.NewLabelSet(corpus.Body), paras, "Headline\n\nFirst.\n\nSecond.", "", ""},
		{"body and bio", corpus.NewLabelSet(corpus.Body, corpus.Bio), paras, "Headline\n\nBy Jane\n\nFirst.\n\nSecond.", "", ""},
		{"headline to title", corpus.NewLabelSet(corpus.Body), headed, "First.\n\nSecond.", "Council Approves New Bridge", ""},
		{"headline to title, bio kept", corpus.NewLabelSet(corpus.Body, corpus.Bio), headed, "By Jane\n\nFirst.\n\nSecond.", "Council Approves New Bridge", ""},
		{"no title without body kept", corpus.NewLabelSet(corpus.Bio), headed, "By Jane", "", ""},
		{"a lone headline stays text", corpus.NewLabelSet(corpus.Body), onlyHeadline, "Council Approves New Bridge", "", ""},
		{"nothing kept", corpus.NewLabelSet(corpus.Comment), paras, "", "", ReasonNothingKept},
		{"empty document", corpus.NewLabelSet(corpus.Body), nil, "", "", ReasonEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &corpus.Document{Paragraphs: tt.paras, Title: "stale"}
			err := Keep{Labels: tt.keep}.Process(context.Background(), d)
			if tt.reason != "" {
				drop, ok := stages.AsDrop(err)
				require.True(t, ok, "want a drop, got %v", err)
				assert.Equal(t, tt.reason, drop.Reason)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.Clean)
			assert.Equal(t, tt.title, d.Title)
		})
	}
}

func TestKeepText(t *testing.T) {
	paras := []corpus.Paragraph{
		{Text: "# Council Approves New Bridge", Label: corpus.Body},
		{Text: "By [Jane](https://a.example/jane)", Label: corpus.Bio},
		{Text: "The council voted on [Tuesday](https://a.example/t).", Label: corpus.Body},
		{Text: "---", Label: corpus.Body},
		{Text: "Work starts **in May**.", Label: corpus.Body},
	}
	// plain stands for classify.PlainTexts: the texts without markup.
	plain := func(ps []corpus.Paragraph) []string {
		return []string{"Council Approves New Bridge", "By Jane", "The council voted on Tuesday.", "", "Work starts in May."}
	}
	d := &corpus.Document{Paragraphs: paras}
	require.NoError(t, Keep{Labels: corpus.NewLabelSet(corpus.Body), Text: plain}.Process(context.Background(), d))
	assert.Equal(t, "Council Approves New Bridge", d.Title)
	assert.Equal(t, "The council voted on Tuesday.\n\nWork starts in May.", d.Clean, "an empty text is left out")
	assert.Equal(t, "# Council Approves New Bridge", paras[0].Text, "the paragraphs keep their text")

	d = &corpus.Document{Paragraphs: paras[3:4]}
	err := Keep{Labels: corpus.NewLabelSet(corpus.Body), Text: func([]corpus.Paragraph) []string { return []string{""} }}.Process(context.Background(), d)
	drop, ok := stages.AsDrop(err)
	require.True(t, ok, "nothing but markup kept: %v", err)
	assert.Equal(t, ReasonNothingKept, drop.Reason)
	assert.Empty(t, d.Title)
}

func TestWithoutHeadingMarker(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"# Höllentalbahn: neuer Fahrplan", "Höllentalbahn: neuer Fahrplan"},
		{"###   Spaced", "Spaced"},
		{"####### seven is no heading", "####### seven is no heading"},
		{"#hashtag", "#hashtag"},
		{"# ", "# "},
		{"Plain headline", "Plain headline"},
		{"", ""},
	} {
		assert.Equal(t, tc.want, withoutHeadingMarker(tc.in), "%q", tc.in)
	}
}
