package features

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordTableAgreesWithMaps checks the merged table against the two maps
// it stands for, for every stop word, every cue's first word and words that
// are in neither.
func TestWordTableAgreesWithMaps(t *testing.T) {
	x := defaultExtractor(t)
	for w, mask := range x.stop.words {
		e := x.words.lookup([]byte(w))
		require.NotNil(t, e, w)
		assert.Equal(t, mask, e.stop, w)
		assert.Equal(t, len(x.cues.byFirst[w]), int(e.cueEnd-e.cueStart), w)
	}
	for w, cues := range x.cues.byFirst {
		e := x.words.lookup([]byte(w))
		require.NotNil(t, e, w)
		var got []int
		for _, c := range x.words.cues[e.cueStart:e.cueEnd] {
			got = append(got, int(c))
		}
		assert.Equal(t, cues, got, w)
		assert.Equal(t, x.stop.words[w], e.stop, w)
	}
	for _, w := range []string{"", "zzqx", "shareholder", "théâtre-xyz", strings.Repeat("a", 300)} {
		assert.Nil(t, x.words.lookup([]byte(w)), w)
	}
	// Words one byte away from a key (short keys are compared by
	// hashWord's second result, not byte by byte).
	for w := range x.stop.words {
		if len(w) > 10 {
			continue
		}
		for k := range len(w) {
			for _, c := range []byte{'q', 0, 0xff, w[k] ^ 1} {
				m := []byte(w)
				m[k] = c
				e := x.words.lookup(m)
				_, stop := x.stop.words[string(m)]
				_, cue := x.cues.byFirst[string(m)]
				require.Equal(t, stop || cue, e != nil, "%q", m)
				if e != nil {
					require.Equal(t, string(m), x.words.keys[e.off:e.off+e.n])
				}
			}
		}
	}
	empty := NewExtractor(&Stopwords{}, &CueSet{})
	assert.Nil(t, empty.words.lookup([]byte("the")))
	assert.Nil(t, empty.copyright)
}

// TestCuesAgreeWithMatch checks that the cues found while tokenising equal
// CueSet.Match on the finished cue-matching form, paragraph by paragraph, on
// synthetic lines and, when shared/ is beside the repository, on every line
// of the article-extraction benchmark.
func TestCuesAgreeWithMatch(t *testing.T) {
	x := defaultExtractor(t)
	lines := []string{
		"© 2024 Example Media. All rights reserved.", "Leave a Reply", "leave a reply to John",
		"Subscribe to our newsletter", "By Jane Doe", "Jane Doe is a staff writer at Example.",
		"Share this: Facebook, Twitter", "Comments", "©", "Copyright © Example", "Read more: the story",
		"Don't miss", "don’t miss it", "你好，世界。订阅我们的新闻", "Posted in News | Tagged share",
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction", "page-text.json"))
	if err == nil {
		var pages struct {
			Output map[string]struct {
				ArticleBody string `json:"articleBody"`
			} `json:"output"`
		}
		require.NoError(t, json.Unmarshal(data, &pages))
		for _, p := range pages.Output {
			lines = append(lines, strings.Split(p.ArticleBody, "\n")...)
		}
	}
	var sc Scratch
	for _, line := range lines {
		var f Features
		x.paragraph(line, &f, &sc)
		want := x.cues.Match(string(sc.norm), f.Words)
		require.Equal(t, want, f.Cues, "%q", line)
	}
}
