package bench

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// ArticleBenchmark is a benchmark directory in the article-extraction layout
// (shared/benchmarks/article-extraction, shared/benchmarks/readability-pages):
// the plain-text dump of each page and the gold article body.
type ArticleBenchmark struct {
	// Dir is the directory the benchmark was loaded from.
	Dir string
	// Version is page-text.json's "version" field (the dump tool's version).
	Version string
	// Keys lists the pages' keys in sorted order, the order score.py sees in
	// the shared benchmarks' ground-truth.json files.
	Keys []string
	// PageText maps each key to the page's whole visible text.
	PageText map[string]string
	// Gold maps each key to the gold article body.
	Gold map[string]string
	// URL maps each key to the page's address.
	URL map[string]string
	// Titles maps each key to the page's title from metadata.json, when the
	// benchmark has one (readability-pages: the document's <title>); nil
	// otherwise.
	Titles map[string]string
}

// LoadArticleBenchmark reads dir/page-text.json
// ({"version", "output": {key: {"articleBody": text}}}) and
// dir/ground-truth.json ({key: {"articleBody", "url"}}), and
// dir/metadata.json ({key: {"title", ...}}) when there is one. Every gold
// page must have a page text; page texts without gold are ignored.
func LoadArticleBenchmark(dir string) (*ArticleBenchmark, error) {
	var pages struct {
		Version string `json:"version"`
		Output  map[string]struct {
			ArticleBody string `json:"articleBody"`
		} `json:"output"`
	}
	if err := readJSON(filepath.Join(dir, "page-text.json"), &pages); err != nil {
		return nil, err
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &gold); err != nil {
		return nil, err
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("%s: ground-truth.json has no pages", dir)
	}
	b := &ArticleBenchmark{
		Dir:      dir,
		Version:  pages.Version,
		Keys:     SortedKeys(gold),
		PageText: make(map[string]string, len(gold)),
		Gold:     make(map[string]string, len(gold)),
		URL:      make(map[string]string, len(gold)),
	}
	for _, k := range b.Keys {
		p, ok := pages.Output[k]
		if !ok {
			return nil, fmt.Errorf("%s: page %q is in ground-truth.json but not in page-text.json", dir, k)
		}
		b.PageText[k] = p.ArticleBody
		b.Gold[k] = gold[k].ArticleBody
		b.URL[k] = gold[k].URL
	}
	var meta map[string]struct {
		Title string `json:"title"`
	}
	switch err := readJSON(filepath.Join(dir, "metadata.json"), &meta); {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, err
	default:
		b.Titles = make(map[string]string, len(meta))
		for _, k := range b.Keys {
			if t := meta[k].Title; t != "" {
				b.Titles[k] = t
			}
		}
	}
	return b, nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Predict applies extract to every page text and returns the predictions,
// keyed like the pages.
func (b *ArticleBenchmark) Predict(extract func(pageText string) string) map[string]string {
	pred := make(map[string]string, len(b.Keys))
	for _, k := range b.Keys {
		pred[k] = extract(b.PageText[k])
	}
	return pred
}

// Score scores predictions against the benchmark's gold with the shingle
// metric.
func (b *ArticleBenchmark) Score(pred map[string]string) ShingleScore {
	return SummarizePages(b.ScorePages(pred))
}

// ScorePages scores each page (in Keys order) with the shingle metric.
func (b *ArticleBenchmark) ScorePages(pred map[string]string) []PageScore {
	return ScorePagesInOrder(b.Keys, pred, b.Gold)
}

// ReadPredictions reads a predictions file in any form score.py accepts: a
// JSON object mapping each page key to its text, or to an object whose
// "articleBody" (else "text") holds it; the whole map may be wrapped as
// {"version": ..., "output": {...}}, as page-text.json is. Null and empty
// values read as "".
func ReadPredictions(r io.Reader) (map[string]string, error) {
	var raw map[string]json.RawMessage
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("predictions: %w", err)
	}
	if out, ok := raw["output"]; ok && len(raw) == 2 && raw["version"] != nil {
		raw = nil
		if err := json.Unmarshal(out, &raw); err != nil {
			return nil, fmt.Errorf("predictions: output: %w", err)
		}
	}
	pred := make(map[string]string, len(raw))
	for k, v := range raw {
		s, err := predictionText(v)
		if err != nil {
			return nil, fmt.Errorf("predictions: page %q: %w", k, err)
		}
		pred[k] = s
	}
	return pred, nil
}

// predictionText is score.py's text_of for one JSON value.
func predictionText(v json.RawMessage) (string, error) {
	v = bytes.TrimSpace(v)
	if len(v) > 0 && v[0] == '{' {
		var o struct {
			ArticleBody string `json:"articleBody"`
			Text        string `json:"text"`
		}
		if err := json.Unmarshal(v, &o); err != nil {
			return "", err
		}
		if o.ArticleBody != "" {
			return o.ArticleBody, nil
		}
		return o.Text, nil
	}
	var s string
	err := json.Unmarshal(v, &s) // null leaves s empty
	return s, err
}

// WritePredictions writes predictions as one JSON object mapping each key
// (in sorted order) to its text, the simplest form score.py reads.
func WritePredictions(w io.Writer, pred map[string]string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(pred)
}

// C4LineFilter is the benchmark's "C4-style line filter" baseline: it keeps
// the lines of text that, once trimmed, end in terminal punctuation
// (. ! ? " ” ') and have at least minWords whitespace-separated words, and
// joins the kept (trimmed) lines with "\n".
func C4LineFilter(text string, minWords int) string {
	var b strings.Builder
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "!") &&
			!strings.HasSuffix(line, "?") && !strings.HasSuffix(line, "\"") &&
			!strings.HasSuffix(line, "”") && !strings.HasSuffix(line, "'") {
			continue
		}
		if countWords(line, minWords) < minWords {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// countWords counts the whitespace-separated words of s, stopping at limit.
func countWords(s string, limit int) int {
	n := 0
	inWord := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			inWord = false
		case !inWord:
			inWord = true
			n++
			if n >= limit {
				return n
			}
		}
	}
	return n
}
