package goldset

import (
	"bytes"
	_ "embed"
	"fmt"
)

//go:embed data/article-extraction.gold
var articleExtraction []byte

// ArticleExtraction returns the line-level gold labels of
// shared/benchmarks/article-extraction built into winnow (see
// docs/labelling.md). Join them with the benchmark's page-text.json.
func ArticleExtraction() (*Set, error) {
	s, err := Read(bytes.NewReader(articleExtraction))
	if err != nil {
		return nil, fmt.Errorf("embedded article-extraction gold: %w", err)
	}
	return s, nil
}
