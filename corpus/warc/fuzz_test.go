package warc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// seedArchives are the inputs of the committed seed corpus (see
// TestWriteFuzzSeeds) and of f.Add.
func seedArchives(t testing.TB) [][]byte {
	plain, _ := mixedArchive(t, false)
	gz, _ := mixedArchive(t, true)
	var chunked bytes.Buffer
	w := NewWriter(&chunked, false)
	require.NoError(t, w.WriteResponse(Response{ID: "c", URL: "u", Date: "d",
		Header: http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}, "Transfer-Encoding": {"chunked"}},
		Body:   []byte(chunk(string(gzipData(t, []byte("<p>zipped</p>"))), 5))}))
	// Brotli payloads, whole and damaged, chunked or not.
	var br bytes.Buffer
	w = NewWriter(&br, false)
	html := []byte(strings.Repeat("<p>brotli payload</p>", 8))
	for i, body := range [][]byte{brotliData(t, html), damage(brotliData(t, html)), []byte(chunk(string(brotliData(t, html)), 9)), html} {
		h := http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"br"}}
		if i == 2 {
			h.Set("Transfer-Encoding", "chunked")
		}
		require.NoError(t, w.WriteResponse(Response{ID: fmt.Sprint("br", i), URL: "u", Date: "d", Header: h, Body: body}))
	}
	// Stacked codings: gzip then brotli.
	require.NoError(t, w.WriteResponse(Response{ID: "stacked", URL: "u", Date: "d",
		Header: http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip, br"}},
		Body:   brotliData(t, gzipData(t, html))}))
	// .warc.zst files: without a dictionary, with a zstd-format one stored
	// plain, with a raw-content one stored compressed.
	dict := testDictionary(t)
	var zst, zstDict, zstRaw bytes.Buffer
	writeMixed(t, &zst, testWriter(t, &zst, "zstd", dict))
	writeMixed(t, &zstDict, testWriter(t, &zstDict, "zstd+dictionary", dict))
	writeMixed(t, &zstRaw, testWriter(t, &zstRaw, "zstd+compressed-raw-dictionary", dict))
	return [][]byte{
		plain,
		gz,
		plain[:len(plain)/2],
		gz[:len(gz)/2],
		chunked.Bytes(),
		[]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 40\r\n\r\nHTTP/2 200\r\ncontent-type: text/html\r\n\r\n<p>h2</p>\r\n\r\n"),
		[]byte("junk\nWARC/1.0\nContent-Length: 5\n\nabcde\n\nWARC/1.1\r\n\r\n"),
		[]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 99999999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"),
		br.Bytes(),
		zst.Bytes(),
		zstDict.Bytes(),
		zstRaw.Bytes(),
		zstDict.Bytes()[:len(zstDict.Bytes())/2],
		damage(zst.Bytes()),
		[]byte(zstdDictFrameMagic + "\x10\x00\x00\x00" + zstdDictMagic + "\x01\x00\x00\x00\x00\x00\x00\x00"),
	}
}

// FuzzReader feeds arbitrary bytes to the reader: it must not panic, must
// end, must respect the record limit, and must account for every record.
func FuzzReader(f *testing.F) {
	for _, s := range seedArchives(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const limit = 4096
		r, err := NewReader(bytes.NewReader(data), Options{MaxRecordBytes: limit})
		if err != nil {
			if !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrCorrupt) {
				t.Fatalf("NewReader: unclassified error %v", err)
			}
			return
		}
		defer r.Close()
		for i := 0; ; i++ {
			if i > len(data)+10 {
				t.Fatalf("no progress after %d calls", i)
			}
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			var re *RecordError
			if errors.As(err, &re) {
				if re.Reason == "" {
					t.Fatalf("record error without a reason: %v", re)
				}
				continue
			}
			if err != nil {
				if _, again := r.Next(); again != err {
					t.Fatalf("fatal error not sticky: %v then %v", err, again)
				}
				break
			}
			if int64(len(rec.Body)) > limit {
				t.Fatalf("body of %d bytes over the limit", len(rec.Body))
			}
			if rec.Index <= 0 || rec.Offset < 0 {
				t.Fatalf("bad position %s", rec.Position())
			}
		}
		st := r.Stats()
		if st.Records != st.Returned+st.Rejected+sum(st.Skipped) {
			t.Fatalf("stats do not add up: %+v", st)
		}
	})
}

// FuzzRoundTrip writes a response record and reads it back. The low two
// bits of format choose the archive's compression (plain, gzip, zstd, zstd
// with the body as raw-content dictionary), bit 2 stores that dictionary
// compressed, and bit 3 stores the payload brotli-encoded.
func FuzzRoundTrip(f *testing.F) {
	f.Add("urn:uuid:1", "https://example.com/", "2024-05-01T12:00:00Z", []byte("<p>hello</p>"), uint8(0))
	f.Add("id", "u", "d", []byte("\r\n\r\nWARC/1.0\r\n"), uint8(1))
	f.Add("", "", "", []byte{}, uint8(1))
	f.Add("urn:uuid:2", "https://example.com/br", "2024", []byte("<p>brotli</p>"), uint8(8))
	f.Add("z", "u", "d", []byte("<html><p>zstd</p>"), uint8(2))
	f.Add("zd", "u", "d", []byte("<html><p>zstd with a dictionary</p>"), uint8(3))
	f.Add("zc", "u", "d", []byte("<html><p>compressed dictionary</p>"), uint8(7))
	f.Add("zb", "u", "d", []byte("<html><p>all of it</p>"), uint8(15))
	f.Fuzz(func(t *testing.T, id, url, date string, body []byte, format uint8) {
		for _, s := range []string{id, url, date} {
			// Header values cannot hold line breaks or angle brackets, and
			// spaces around them are not part of them.
			if strings.ContainsAny(s, "\r\n<>") || strings.Trim(s, " \t") != s || len(s) > 1000 {
				return
			}
		}
		if len(body) == 0 {
			body = []byte("<html>")
		}
		var buf bytes.Buffer
		var w *Writer
		switch format & 3 {
		case 0, 1:
			w = NewWriter(&buf, format&3 == 1)
		default:
			var opts ZstdOptions
			if format&3 == 3 {
				if bytes.HasPrefix(body, []byte(zstdDictMagic)) || bytes.HasPrefix(body, []byte(zstdFrameMagic)) {
					return // raw content that would be taken for a formatted or compressed dictionary
				}
				opts = ZstdOptions{Dictionary: body, CompressDictionary: format&4 != 0}
			}
			var err error
			w, err = NewZstdWriter(&buf, opts)
			require.NoError(t, err)
		}
		resp := Response{ID: id, URL: url, Date: date, Header: http.Header{"Content-Type": {"text/html"}}, Body: body}
		if format&8 != 0 {
			resp.Header.Set("Content-Encoding", "br")
			resp.Body = brotliData(t, body)
		}
		require.NoError(t, w.WriteResponse(resp))
		require.NoError(t, w.WriteResponse(resp))
		require.NoError(t, w.Close())
		recs, rejects, fatal, _ := readAll(t, buf.Bytes(), Options{})
		require.NoError(t, fatal)
		require.Empty(t, rejects)
		require.Len(t, recs, 2)
		for _, rec := range recs {
			require.Equal(t, id, rec.ID)
			require.Equal(t, url, rec.URL)
			require.Equal(t, date, rec.Date)
			require.Equal(t, body, rec.Body)
		}
	})
}

// TestWriteFuzzSeeds rewrites testdata/fuzz/FuzzReader from seedArchives
// when WARC_WRITE_SEEDS=1; otherwise it checks that the files are there.
func TestWriteFuzzSeeds(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzReader")
	seeds := seedArchives(t)
	if os.Getenv("WARC_WRITE_SEEDS") != "1" {
		entries, err := os.ReadDir(dir)
		require.NoError(t, err, "seed corpus missing: run WARC_WRITE_SEEDS=1 go test -run TestWriteFuzzSeeds")
		require.GreaterOrEqual(t, len(entries), len(seeds))
		return
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for i, s := range seeds {
		content := "go test fuzz v1\n[]byte(" + strconv.Quote(string(s)) + ")\n"
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("seed-%02d", i)), []byte(content), 0o644))
	}
}
