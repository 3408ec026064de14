package classify

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// TestClassifyAllocationsDoNotGrow: classifying a page takes the same
// number of allocations whatever its length (the passes after the model
// allocate nothing per paragraph or per word; isTradeSentence's
// strings.ToLower once made it 20 per paragraph). The page mixes the lines
// the passes look at: dates, counted links, author sentences, teasers,
// comments.
func TestClassifyAllocationsDoNotGrow(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not steady under the race detector (sync.Pool drops items)")
	}
	m := defaultModelT(t)
	block := []string{
		"Council Approves New Bridge Over The River",
		"LinkNaija October 06, 2018",
		"The council voted on Tuesday to rebuild the old bridge over the river, at a cost of four million pounds.",
		"Julius is an LA Entertainment Reporter for Fox News.",
		"Dropbox (3)", "Evernote (21)", "Surface Laptop (1)",
		"More in Minnesota Wild", "Wild's personal GEEK Squad helping Minnesota fix problems", "November 18, 2019 at 2:01 pm", "Read More",
		"Jane Doe", "3 days ago", "Great article, thanks for writing it!", "Reply",
	}
	page := func(n int) []corpus.Paragraph {
		var lines []string
		lines = append(lines, "Council Approves New Bridge Over The River | Daily Post")
		for i := 0; i < n; i++ {
			lines = append(lines, block...)
		}
		return paragraphs(t, strings.Join(lines, "\n\n"))
	}
	small, large := page(4), page(16)
	// A collection empties the scratch pool, and refilling it allocates:
	// none during the count.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	m.Classify(small)
	m.Classify(large) // warm the scratch buffers
	a := testing.AllocsPerRun(5, func() { m.Classify(small) })
	b := testing.AllocsPerRun(5, func() { m.Classify(large) })
	require.Greater(t, len(large), 3*len(small))
	assert.LessOrEqual(t, b, a+2, "allocations for %d paragraphs: %v, for %d: %v", len(small), a, len(large), b)
}
