package bench

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadArticleBenchmark(t *testing.T) {
	shared := sharedDir(t)
	tests := []struct {
		dir     string
		pages   int
		version string
	}{
		{"article-extraction", 181, "0.7.0"},
		{"readability-pages", 93, "html-text 0.7.0"},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			b, err := LoadArticleBenchmark(filepath.Join(shared, "benchmarks", tt.dir))
			require.NoError(t, err)
			assert.Equal(t, tt.version, b.Version)
			require.Len(t, b.Keys, tt.pages)
			assert.IsNonDecreasing(t, b.Keys)
			assert.Len(t, b.Gold, tt.pages)
			assert.Len(t, b.PageText, tt.pages)
			for _, k := range b.Keys {
				assert.NotEmpty(t, b.PageText[k], k)
				assert.NotEmpty(t, b.Gold[k], k)
			}
		})
	}
}

func TestLoadArticleBenchmarkErrors(t *testing.T) {
	write := func(t *testing.T, files map[string]string) string {
		dir := t.TempDir()
		for name, body := range files {
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
		}
		return dir
	}
	const pages = `{"version": "v", "output": {"a": {"articleBody": "page a"}}}`
	tests := []struct {
		name  string
		files map[string]string
		want  string // substring of the error; "" = no error
	}{
		{"ok", map[string]string{"page-text.json": pages, "ground-truth.json": `{"a": {"articleBody": "gold a", "url": "u"}}`}, ""},
		{"no page text", map[string]string{"ground-truth.json": `{"a": {"articleBody": "x"}}`}, "page-text.json"},
		{"no gold", map[string]string{"page-text.json": pages}, "ground-truth.json"},
		{"bad json", map[string]string{"page-text.json": pages, "ground-truth.json": `{`}, "ground-truth.json"},
		{"empty gold", map[string]string{"page-text.json": pages, "ground-truth.json": `{}`}, "no pages"},
		{"gold page without text", map[string]string{"page-text.json": pages, "ground-truth.json": `{"b": {"articleBody": "x"}}`}, `"b"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := LoadArticleBenchmark(write(t, tt.files))
			if tt.want != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.want)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, []string{"a"}, b.Keys)
			assert.Equal(t, "page a", b.PageText["a"])
			assert.Equal(t, "gold a", b.Gold["a"])
			assert.Equal(t, "u", b.URL["a"])
		})
	}
}

func TestReadPredictions(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    map[string]string
		wantErr bool
	}{
		{"strings", `{"a": "text a", "b": ""}`, map[string]string{"a": "text a", "b": ""}, false},
		{"objects", `{"a": {"articleBody": "body"}, "b": {"text": "t"}, "c": {"articleBody": "", "text": "t2"}, "d": {}}`,
			map[string]string{"a": "body", "b": "t", "c": "t2", "d": ""}, false},
		{"null", `{"a": null}`, map[string]string{"a": ""}, false},
		{"wrapped", `{"version": "1", "output": {"a": {"articleBody": "x"}}}`, map[string]string{"a": "x"}, false},
		{"output alone is a page", `{"output": "x"}`, map[string]string{"output": "x"}, false},
		{"number", `{"a": 3}`, nil, true},
		{"not an object", `["a"]`, nil, true},
		{"bad wrapped output", `{"version": "1", "output": 3}`, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadPredictions(strings.NewReader(tt.in))
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestWritePredictionsRoundTrip(t *testing.T) {
	pred := map[string]string{"b": "<p>&amp;</p>\nline", "a": "ünï"}
	var buf bytes.Buffer
	require.NoError(t, WritePredictions(&buf, pred))
	assert.Equal(t, "{\"a\":\"ünï\",\"b\":\"<p>&amp;</p>\\nline\"}\n", buf.String())
	got, err := ReadPredictions(&buf)
	require.NoError(t, err)
	assert.Equal(t, pred, got)
}

func TestC4LineFilter(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		minWords int
		want     string
	}{
		{"empty", "", 3, ""},
		{"keeps long punctuated lines", "Home\nThis is a sentence.\nNo end mark here\nShort.\n", 3, "This is a sentence."},
		{"terminal marks", "one two three!\none two three?\none two \"three\"\none two “three”\none two 'three'\none two three:\none two three…", 3,
			"one two three!\none two three?\none two \"three\"\none two “three”\none two 'three'"},
		{"trims and handles CRLF", "  one two three.  \r\nfour five six.\r\n", 3, "one two three.\nfour five six."},
		{"word threshold", "a b c d.\na b c.", 4, "a b c d."},
		{"unicode spaces separate words", "a\u00a0b\u2003c.", 3, "a\u00a0b\u2003c."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, C4LineFilter(tt.in, tt.minWords))
		})
	}
}
