package corpus

import (
	"bytes"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus/warc"
)

// warcPages writes n HTML responses with w, closes it and returns buf's
// bytes.
func warcPages(t testing.TB, buf *bytes.Buffer, w *warc.Writer, n int) []byte {
	t.Helper()
	for i := range n {
		require.NoError(t, w.WriteRecord([]warc.Field{{Name: "WARC-Type", Value: "request"}, {Name: "Content-Type", Value: "application/http; msgtype=request"}},
			[]byte("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")))
		require.NoError(t, w.WriteResponse(warc.Response{
			ID:     fmt.Sprintf("urn:uuid:%d", i),
			URL:    fmt.Sprintf("https://example.com/%d", i),
			Date:   "2024-05-01T12:00:00Z",
			Header: http.Header{"Content-Type": {"text/html; charset=utf-8"}},
			Body:   []byte(fmt.Sprintf("<html><body><p>Page %d. %s</p></body></html>", i, strings.Repeat("Words of the article. ", i+1))),
		}))
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// warcDictionary returns a zstd dictionary trained on records like those of
// warcPages.
func warcDictionary(t testing.TB) []byte {
	t.Helper()
	var samples [][]byte
	for i := range 8 {
		var buf bytes.Buffer
		samples = append(samples, warcPages(t, &buf, warc.NewWriter(&buf, false), i+1))
	}
	dict, err := zstd.BuildDict(zstd.BuildDictOptions{ID: 77, Contents: samples,
		History: []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\n<html><body><p>Page")})
	require.NoError(t, err)
	return dict
}

// TestMultiReaderWARCZstd reads the same pages from a .warc.gz file and
// from .warc.zst files (one frame per record, with and without a
// dictionary, or one frame for the whole file, whatever the name says):
// the documents are identical.
func TestMultiReaderWARCZstd(t *testing.T) {
	const n = 5
	var gzBuf bytes.Buffer
	gz := warcPages(t, &gzBuf, warc.NewWriter(&gzBuf, true), n)
	var plainBuf bytes.Buffer
	plain := warcPages(t, &plainBuf, warc.NewWriter(&plainBuf, false), n)
	dict := warcDictionary(t)
	zst := func(opts warc.ZstdOptions) []byte {
		var buf bytes.Buffer
		w, err := warc.NewZstdWriter(&buf, opts)
		require.NoError(t, err)
		return warcPages(t, &buf, w, n)
	}

	read := func(name string, data []byte) []*Document {
		t.Helper()
		require.Equal(t, FormatWARC, FormatFromName(name))
		items, err := readAll(t, NewMultiReader([]Input{memInput(name, FormatWARC, data)}, ReadOptions{}))
		require.NoError(t, err)
		docs, rejects := docsAndRejects(items)
		require.Empty(t, rejects)
		return docs
	}
	want := read("pages.warc.gz", gz)
	require.Len(t, want, n)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"pages.warc.zst", zst(warc.ZstdOptions{})},
		{"pages.warc.zst", zst(warc.ZstdOptions{Dictionary: dict})},
		{"pages.warc.zst", zst(warc.ZstdOptions{Dictionary: dict, CompressDictionary: true})},
		{"pages.WARC.ZSTD", zst(warc.ZstdOptions{Dictionary: []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>")})},
		{"pages.warc.zst", zstdBytes(t, plain)},
		{"pages.warc", zst(warc.ZstdOptions{Dictionary: dict})},
	} {
		got := read(tc.name, tc.data)
		for _, d := range got {
			d.Source = "pages.warc.gz"
		}
		assert.Equal(t, want, got, tc.name)
	}
}

// TestMultiReaderWARCZstdTruncated cuts .warc.zst files: the records before
// the cut are kept and reported with the reject, and the next input is
// read; a cut in the dictionary frame rejects the whole input.
func TestMultiReaderWARCZstdTruncated(t *testing.T) {
	var buf bytes.Buffer
	w, err := warc.NewZstdWriter(&buf, warc.ZstdOptions{Dictionary: warcDictionary(t), CompressDictionary: true})
	require.NoError(t, err)
	dictEnd := buf.Len()
	data := warcPages(t, &buf, w, 6)
	next := memInput("next.jsonl", FormatJSONL, []byte(`{"text":"next"}`))

	for _, tc := range []struct {
		name   string
		cut    int
		kept   int
		reason string
	}{
		{"in the dictionary frame", dictEnd - 5, 0, "truncated zstd stream before its first record: nothing in it could be read"},
		{"in the last record", len(data) - 30, 5, "unreadable WARC after 5 records: those are kept, the rest of the file is lost"},
		{"half way", dictEnd + (len(data)-dictEnd)/2, -1, "unreadable WARC after %d records: those are kept, the rest of the file is lost"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items, err := readAll(t, NewMultiReader([]Input{memInput("cut.warc.zst", FormatWARC, data[:tc.cut]), next}, ReadOptions{}))
			require.NoError(t, err)
			docs, rejects := docsAndRejects(items)
			require.Len(t, rejects, 1)
			kept := len(docs) - 1
			if tc.kept >= 0 {
				assert.Equal(t, tc.kept, kept)
			}
			reason := tc.reason
			if strings.Contains(reason, "%d") {
				reason = fmt.Sprintf(reason, kept)
			}
			assert.Equal(t, reason, rejects[0].Reason)
			assert.Equal(t, "cut.warc.zst", rejects[0].Source)
			if kept > 0 {
				assert.ErrorIs(t, rejects[0].Err, warc.ErrTruncated)
			}
			for i, d := range docs[:kept] {
				assert.Equal(t, fmt.Sprintf("urn:uuid:%d", i), d.ID)
			}
			assert.Equal(t, "next", string(docs[kept].Raw), "the next input is read")
		})
	}
}

// TestFileInputsWARCZstd checks that .warc.zst files are found in a
// directory and read as WARC.
func TestFileInputsWARCZstd(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	w, err := warc.NewZstdWriter(&buf, warc.ZstdOptions{})
	require.NoError(t, err)
	writeFile(t, filepath.Join(dir, "crawl", "a.warc.zst"), warcPages(t, &buf, w, 2))
	t.Chdir(dir)

	inputs, skipped, err := FileInputs([]string{"crawl"})
	require.NoError(t, err)
	require.Empty(t, skipped)
	require.Len(t, inputs, 1)
	assert.Equal(t, FormatWARC, inputs[0].Format)
	items, err := readAll(t, NewMultiReader(inputs, ReadOptions{}))
	require.NoError(t, err)
	docs, rejects := docsAndRejects(items)
	require.Empty(t, rejects)
	require.Len(t, docs, 2)
	assert.Equal(t, "urn:uuid:1", docs[1].ID)
	assert.Equal(t, "crawl/a.warc.zst", docs[1].Source)
	assert.Equal(t, "record 4 (byte 617)", docs[1].Position)
}
