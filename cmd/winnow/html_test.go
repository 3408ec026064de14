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

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
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
	names, pages := articlePages(t, 12)
	loose := t.TempDir()
	for i, page := range pages {
		require.NoError(t, os.WriteFile(filepath.Join(loose, fmt.Sprintf("page-%02d.html", i)), page, 0o644))
	}
	var archive bytes.Buffer
	writeArticleWARC(t, warc.NewWriter(&archive, true), names, pages, "")
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

// TestWARCZstdGivesTheSameDocumentsAsWARCGz cleans the same real pages
// from a gzip'd WARC and from .warc.zst files (one zstd frame per record,
// without and with a compressed dictionary, and with brotli-encoded
// payloads): the written documents are byte for byte the same.
func TestWARCZstdGivesTheSameDocumentsAsWARCGz(t *testing.T) {
	names, pages := articlePages(t, 8)
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, data, 0o644))
		return path
	}
	var gz bytes.Buffer
	writeArticleWARC(t, warc.NewWriter(&gz, true), names, pages, "")
	want := cleanDocuments(t, write("a.warc.gz", gz.Bytes()))
	require.NotEmpty(t, want)

	// A dictionary made from the first pages' HTTP and WARC headers and
	// text: real crawls train it on a sample of their records.
	var sample bytes.Buffer
	writeArticleWARC(t, warc.NewWriter(&sample, false), names[:4], pages[:4], "")
	var contents [][]byte // samples of 32 KiB (BuildDict panics on very large ones)
	for b := sample.Bytes(); len(b) > 0; b = b[min(len(b), 32<<10):] {
		contents = append(contents, b[:min(len(b), 32<<10)])
	}
	dict, err := zstd.BuildDict(zstd.BuildDictOptions{ID: 9, Contents: contents,
		History: []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<!DOCTYPE html>")})
	require.NoError(t, err)

	for _, tc := range []struct {
		name   string
		opts   warc.ZstdOptions
		coding string
	}{
		{"b.warc.zst", warc.ZstdOptions{}, ""},
		{"c.warc.zst", warc.ZstdOptions{Dictionary: dict, CompressDictionary: true}, ""},
		{"d.warc.zst", warc.ZstdOptions{}, "br"},
	} {
		var buf bytes.Buffer
		w, err := warc.NewZstdWriter(&buf, tc.opts)
		require.NoError(t, err)
		writeArticleWARC(t, w, names, pages, tc.coding)
		got := cleanDocuments(t, write(tc.name, buf.Bytes()))
		assert.Equal(t, string(want), string(got), "%s (coding %q)", tc.name, tc.coding)
	}
}

// cleanDocuments runs winnow clean on inputs and returns the decompressed
// shards.
func cleanDocuments(t *testing.T, inputs ...string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := winnow(t, "", append([]string{"clean", "-q", "-o", out}, inputs...)...)
	require.Equal(t, 0, code, stderr)
	return decompressShards(t, out)
}

// articlePages returns the names and HTML of the first n pages of the
// article-extraction benchmark.
func articlePages(t *testing.T, n int) (names []string, pages [][]byte) {
	t.Helper()
	htmlDir := filepath.Join(sharedDir(t), "benchmarks", "article-extraction", "html")
	names, err := filepath.Glob(filepath.Join(htmlDir, "*.html.gz"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(names), n)
	sort.Strings(names)
	names = names[:n]
	for _, name := range names {
		pages = append(pages, gunzipFile(t, name))
	}
	return names, pages
}

// writeArticleWARC writes pages as response records with w and closes it.
// With coding "br", the payloads are stored brotli-encoded.
func writeArticleWARC(t *testing.T, w *warc.Writer, names []string, pages [][]byte, coding string) {
	t.Helper()
	for i, name := range names {
		h := http.Header{}
		h.Set("Content-Type", "text/html; charset=utf-8")
		body := pages[i]
		if coding == "br" {
			var buf bytes.Buffer
			bw := brotli.NewWriterLevel(&buf, 4)
			_, err := bw.Write(body)
			require.NoError(t, err)
			require.NoError(t, bw.Close())
			body = buf.Bytes()
			h.Set("Content-Encoding", "br")
		}
		require.NoError(t, w.WriteResponse(warc.Response{
			ID:     fmt.Sprintf("urn:uuid:00000000-0000-0000-0000-%012d", i),
			URL:    "https://example.com/" + strings.TrimSuffix(filepath.Base(name), ".html.gz"),
			Date:   "2019-11-20T12:00:00Z",
			Header: h,
			Body:   body,
		}))
	}
	require.NoError(t, w.Close())
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
