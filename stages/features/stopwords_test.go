package features

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func embedded(t testing.TB) *Stopwords {
	t.Helper()
	s, err := EmbeddedStopwords()
	require.NoError(t, err)
	return s
}

func langIndex(t testing.TB, s *Stopwords, name string) int {
	t.Helper()
	i := slices.Index(s.Languages(), name)
	require.GreaterOrEqual(t, i, 0, "language %q not loaded", name)
	return i
}

func TestEmbeddedStopwords(t *testing.T) {
	s := embedded(t)
	langs := s.Languages()
	require.Len(t, langs, 26)
	assert.True(t, slices.IsSorted(langs), "Languages() must be sorted: %v", langs)
	for _, want := range []string{"English", "German", "French", "Spanish", "Russian", "Vietnamese"} {
		assert.Contains(t, langs, want)
	}
	assert.NotContains(t, langs, "LICENSE")
	assert.NotContains(t, langs, "README")
	// Every list contributes words.
	var all uint64
	for _, m := range s.words {
		all |= m
	}
	assert.Equal(t, uint64(1)<<len(langs)-1, all, "every language has at least one word")
}

func TestStopwordsMask(t *testing.T) {
	s := embedded(t)
	en, de := langIndex(t, s, "English"), langIndex(t, s, "German")
	tests := []struct {
		word    string
		in, out []int // languages that must / must not be in the mask
		empty   bool
	}{
		{word: "the", in: []int{en}},
		{word: "und", in: []int{de}, out: []int{en}},
		{word: "der", in: []int{de}},
		{word: "which", in: []int{en}, out: []int{de}},
		{word: "xylophone", empty: true},
		{word: "The", empty: true}, // tokens are looked up lower-cased
		{word: "", empty: true},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			m := s.Mask([]byte(tt.word))
			if tt.empty {
				assert.Zero(t, m)
				return
			}
			for _, i := range tt.in {
				assert.NotZero(t, m&(1<<i), "%q should be a %s stop word", tt.word, s.Languages()[i])
			}
			for _, i := range tt.out {
				assert.Zero(t, m&(1<<i), "%q should not be a %s stop word", tt.word, s.Languages()[i])
			}
		})
	}
}

func TestNewStopwords(t *testing.T) {
	t.Run("bits follow sorted order", func(t *testing.T) {
		s, err := NewStopwords(map[string][]string{
			"zulu":  {"a", "shared"},
			"alpha": {"b", "shared"},
			"mike":  {"c"},
		})
		require.NoError(t, err)
		assert.Equal(t, []string{"alpha", "mike", "zulu"}, s.Languages())
		tests := []struct {
			word string
			want uint64
		}{
			{"b", 1 << 0},
			{"c", 1 << 1},
			{"a", 1 << 2},
			{"shared", 1<<0 | 1<<2},
			{"missing", 0},
		}
		for _, tt := range tests {
			assert.Equal(t, tt.want, s.Mask([]byte(tt.word)), tt.word)
		}
	})
	t.Run("empty", func(t *testing.T) {
		s, err := NewStopwords(nil)
		require.NoError(t, err)
		assert.Empty(t, s.Languages())
		assert.Zero(t, s.Mask([]byte("the")))
	})

	lists := func(n int) map[string][]string {
		m := make(map[string][]string, n)
		for i := range n {
			m[fmt.Sprintf("lang%02d", i)] = []string{fmt.Sprintf("w%02d", i)}
		}
		return m
	}
	t.Run("MaxLanguages fits", func(t *testing.T) {
		s, err := NewStopwords(lists(MaxLanguages))
		require.NoError(t, err)
		require.Len(t, s.Languages(), MaxLanguages)
		assert.Equal(t, uint64(1)<<63, s.Mask([]byte("w63")))
	})
	t.Run("too many", func(t *testing.T) {
		s, err := NewStopwords(lists(MaxLanguages + 1))
		require.Error(t, err)
		assert.Nil(t, s)
		assert.Contains(t, err.Error(), "at most 64")
	})
}
