package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus/warc"
)

// cleanTexts runs winnow clean on inputs and returns the clean text of every
// written document, in output order.
func cleanTexts(t *testing.T, args ...string) []string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := winnow(t, "", append([]string{"clean", "-q", "-o", out}, args...)...)
	require.Equal(t, 0, code, stderr)
	var texts []string
	sc := bufio.NewScanner(bytes.NewReader(decompressShards(t, out)))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
		texts = append(texts, rec.Text)
	}
	require.NoError(t, sc.Err())
	return texts
}

// TestWARCGivesTheSameCleanTextAsLooseFiles packs real pages into a gzip'd
// WARC (one gzip member per record, as crawlers write them) and checks that
// cleaning the archive gives exactly the clean text of the loose files.
func TestWARCGivesTheSameCleanTextAsLooseFiles(t *testing.T) {
	shared := sharedDir(t)
	htmlDir := filepath.Join(shared, "benchmarks", "article-extraction", "html")
	names, err := filepath.Glob(filepath.Join(htmlDir, "*.html.gz"))
	require.NoError(t, err)
	require.NotEmpty(t, names)
	sort.Strings(names)
	names = names[:12]

	loose := t.TempDir()
	var archive bytes.Buffer
	w := warc.NewWriter(&archive, true)
	for i, name := range names {
		page := gunzipFile(t, name)
		require.NoError(t, os.WriteFile(filepath.Join(loose, fmt.Sprintf("page-%02d.html", i)), page, 0o644))
		h := http.Header{}
		h.Set("Content-Type", "text/html; charset=utf-8")
		require.NoError(t, w.WriteResponse(warc.Response{
			ID:     fmt.Sprintf("urn:uuid:00000000-0000-0000-0000-%012d", i),
			URL:    "https://example.com/" + strings.TrimSuffix(filepath.Base(name), ".html.gz"),
			Date:   "2019-11-20T12:00:00Z",
			Header: h,
			Body:   page,
		}))
	}
	require.NoError(t, w.Close())
	warcPath := filepath.Join(t.TempDir(), "pages.warc.gz")
	require.NoError(t, os.WriteFile(warcPath, archive.Bytes(), 0o644))

	fromFiles := cleanTexts(t, loose)
	fromWARC := cleanTexts(t, warcPath)
	require.Len(t, fromFiles, len(names))
	assert.Equal(t, fromFiles, fromWARC)
	for _, text := range fromFiles {
		assert.NotEmpty(t, text)
	}
}

func gunzipFile(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(t, err)
	b, err := io.ReadAll(zr)
	require.NoError(t, err)
	return b
}
