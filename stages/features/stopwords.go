package features

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"
)

//go:embed stoplists/*.txt stoplists/LICENSE
var stoplistFS embed.FS

// MaxLanguages is the largest number of stop lists a Stopwords can hold.
const MaxLanguages = 64

// Stopwords holds stop-word lists for several languages in one table: each
// word maps to the set of languages whose list has it, so one map look-up per
// token serves every language. It is immutable after construction and safe
// for concurrent use.
type Stopwords struct {
	langs []string
	words map[string]uint64
}

// EmbeddedStopwords loads the stop lists built into winnow (26 languages from
// jusText, BSD-2-Clause).
func EmbeddedStopwords() (*Stopwords, error) {
	entries, err := stoplistFS.ReadDir("stoplists")
	if err != nil {
		return nil, fmt.Errorf("read embedded stop lists: %w", err)
	}
	lists := map[string][]string{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		data, err := stoplistFS.ReadFile(path.Join("stoplists", name))
		if err != nil {
			return nil, fmt.Errorf("read embedded stop list %s: %w", name, err)
		}
		var words []string
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			if w := strings.TrimSpace(sc.Text()); w != "" {
				words = append(words, strings.ToLower(w))
			}
		}
		lists[strings.TrimSuffix(name, ".txt")] = words
	}
	return NewStopwords(lists)
}

// NewStopwords builds a table from stop lists keyed by language name. Words
// must be lower case.
func NewStopwords(lists map[string][]string) (*Stopwords, error) {
	if len(lists) > MaxLanguages {
		return nil, fmt.Errorf("%d stop lists: at most %d are supported", len(lists), MaxLanguages)
	}
	s := &Stopwords{words: map[string]uint64{}}
	for lang := range lists {
		s.langs = append(s.langs, lang)
	}
	sort.Strings(s.langs)
	for i, lang := range s.langs {
		for _, w := range lists[lang] {
			s.words[w] |= 1 << uint(i)
		}
	}
	return s, nil
}

// Languages returns the language names in index order.
func (s *Stopwords) Languages() []string { return s.langs }

// Mask returns the set of languages (bit i = Languages()[i]) whose stop list
// holds the lower-case word w.
func (s *Stopwords) Mask(w []byte) uint64 { return s.words[string(w)] }
