package htmltext

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus/warc"
)

// sharedDir returns ../shared (beside the repository), skipping the test
// when it is absent, or failing it when CI=true.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing at %s (required when CI=true): %v", dir, err)
		}
		t.Skipf("shared data not found at %s; skipping (set CI=true to make this a failure)", dir)
	}
	return dir
}

// realPage is one saved page of a benchmark.
type realPage struct {
	name string // benchmark/key
	html []byte
}

// realPages loads the HTML pages of both development benchmarks.
func realPages(t testing.TB) []realPage {
	t.Helper()
	shared := sharedDir(t)
	var pages []realPage
	for _, bench := range []string{"article-extraction", "readability-pages"} {
		files, err := filepath.Glob(filepath.Join(shared, "benchmarks", bench, "html", "*.html.gz"))
		require.NoError(t, err)
		require.NotEmpty(t, files, "no pages in %s", bench)
		sort.Strings(files)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			require.NoError(t, err)
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			require.NoError(t, err)
			html, err := io.ReadAll(zr)
			require.NoError(t, err, f)
			pages = append(pages, realPage{bench + "/" + strings.TrimSuffix(filepath.Base(f), ".html.gz"), html})
		}
	}
	return pages
}

// TestRealPages reads every page of both benchmarks: all parse, hold the
// page invariants, give text, and are read the same way twice.
func TestRealPages(t *testing.T) {
	pages := realPages(t)
	require.GreaterOrEqual(t, len(pages), 181+93)
	var bytesIn, paragraphs, withTitle, withHints int
	charsets := map[string]int{}
	for i, pg := range pages {
		p, err := Extract(context.Background(), pg.html, "", Options{})
		require.NoError(t, err, pg.name)
		checkPage(t, p, Options{}.withDefaults())
		assert.NotEmpty(t, p.Paragraphs, "%s has no text", pg.name)
		if !raceEnabled || i%10 == 0 {
			again, err := Extract(context.Background(), pg.html, "", Options{})
			require.NoError(t, err)
			require.Equal(t, p, again, "%s: deterministic", pg.name)
		}
		bytesIn += len(pg.html)
		paragraphs += len(p.Paragraphs)
		charsets[p.Charset+"/"+p.CharsetFrom]++
		if p.Meta["title"] != "" {
			withTitle++
		}
		for _, q := range p.Paragraphs {
			if len(q.Structure.Hints) > 0 {
				withHints++
			}
		}
	}
	t.Logf("%d pages, %.1f MB, %d paragraphs (%.0f%% with hints), %d with a title; charsets %v",
		len(pages), float64(bytesIn)/1e6, paragraphs, 100*float64(withHints)/float64(paragraphs), withTitle, charsets)
	assert.Equal(t, len(pages), withTitle, "every page has a title")
}

// TestRealPagesMetadata compares the title and language found with
// readability-pages/metadata.json.
func TestRealPagesMetadata(t *testing.T) {
	shared := sharedDir(t)
	raw, err := os.ReadFile(filepath.Join(shared, "benchmarks", "readability-pages", "metadata.json"))
	require.NoError(t, err)
	var meta map[string]struct {
		Title string `json:"title"`
		Lang  string `json:"lang"`
	}
	require.NoError(t, json.Unmarshal(raw, &meta))
	found, titled, langs, langOK := 0, 0, 0, 0
	for _, pg := range realPages(t) {
		key, ok := strings.CutPrefix(pg.name, "readability-pages/")
		if !ok {
			continue
		}
		want, ok := meta[key]
		if !ok {
			continue
		}
		found++
		p, err := Extract(context.Background(), pg.html, "", Options{})
		require.NoError(t, err)
		if want.Title != "" && (strings.Contains(p.Meta["title"], want.Title) || strings.Contains(want.Title, p.Meta["title"])) {
			titled++
		}
		if want.Lang != "" {
			langs++
			if strings.EqualFold(strings.SplitN(p.Meta["lang"], "-", 2)[0], strings.SplitN(want.Lang, "-", 2)[0]) {
				langOK++
			}
		}
	}
	require.NotZero(t, found)
	t.Logf("title agrees with Readability's on %d/%d pages; language on %d/%d", titled, found, langOK, langs)
	assert.GreaterOrEqual(t, float64(titled)/float64(found), 0.7)
}

// TestWARCMatchesLooseFiles packs real pages into a gzip'd WARC (with
// other records between them, and some payloads chunked and gzip-encoded as
// servers send them), reads it back with the WARC reader and checks that
// every page gives exactly the paragraphs of the loose file.
func TestWARCMatchesLooseFiles(t *testing.T) {
	pages := realPages(t)
	var picked []realPage
	for i := 0; i < len(pages); i += len(pages) / 12 {
		picked = append(picked, pages[i])
	}
	var buf bytes.Buffer
	w := warc.NewWriter(&buf, true)
	for i, pg := range picked {
		require.NoError(t, w.WriteRecord([]warc.Field{{Name: "WARC-Type", Value: "request"}, {Name: "Content-Type", Value: "application/http; msgtype=request"}},
			[]byte("GET / HTTP/1.1\r\n\r\n")))
		resp := warc.Response{
			ID:     fmt.Sprintf("urn:uuid:%08d-0000-0000-0000-000000000000", i),
			URL:    "https://example.com/" + pg.name,
			Date:   "2024-05-01T12:00:00Z",
			Header: http.Header{"Content-Type": {"text/html"}},
			Body:   pg.html,
		}
		switch i % 3 {
		case 1:
			resp.Header.Set("Transfer-Encoding", "chunked")
			resp.Body = chunked(pg.html, 4096)
		case 2:
			resp.Header.Set("Content-Encoding", "gzip")
			resp.Body = gzipped(t, pg.html)
		}
		require.NoError(t, w.WriteResponse(resp))
	}
	require.NoError(t, w.Close())

	r, err := warc.NewReader(bytes.NewReader(buf.Bytes()), warc.Options{})
	require.NoError(t, err)
	defer r.Close()
	for i, pg := range picked {
		rec, err := r.Next()
		require.NoError(t, err)
		assert.Equal(t, "https://example.com/"+pg.name, rec.URL)
		fromWARC, err := Extract(context.Background(), rec.Body, rec.ContentType(), Options{})
		require.NoError(t, err)
		loose, err := Extract(context.Background(), pg.html, "text/html", Options{})
		require.NoError(t, err)
		require.Equal(t, loose, fromWARC, "page %d (%s)", i, pg.name)
	}
	_, err = r.Next()
	require.Equal(t, io.EOF, err)
	st := r.Stats()
	assert.Equal(t, int64(len(picked)), st.Returned)
	assert.Equal(t, int64(len(picked)), st.Skipped["request"])
}

func chunked(b []byte, size int) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(size, len(b))
		fmt.Fprintf(&out, "%x\r\n", n)
		out.Write(b[:n])
		out.WriteString("\r\n")
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

func gzipped(t testing.TB, b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return out.Bytes()
}

// BenchmarkExtractRealPages reads all pages of both benchmarks per
// iteration, on one goroutine: MB/s counts the HTML bytes.
func BenchmarkExtractRealPages(b *testing.B) {
	pages := realPages(b)
	total := 0
	for _, pg := range pages {
		total += len(pg.html)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		for _, pg := range pages {
			if _, err := Extract(context.Background(), pg.html, "", Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/time.Since(start).Seconds(), "pages/s")
}

// BenchmarkDecode measures charset sniffing and decoding alone.
func BenchmarkDecode(b *testing.B) {
	pages := realPages(b)
	total := 0
	for _, pg := range pages {
		total += len(pg.html)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for range b.N {
		for _, pg := range pages {
			Decode(pg.html, "")
		}
	}
}

// BenchmarkWARCRealPages reads all pages of both benchmarks from a gzip'd
// WARC and extracts them, on one goroutine: the input side of a WARC run.
// MB/s counts the HTML bytes.
func BenchmarkWARCRealPages(b *testing.B) {
	pages := realPages(b)
	var buf bytes.Buffer
	w := warc.NewWriter(&buf, true)
	total := 0
	for i, pg := range pages {
		total += len(pg.html)
		err := w.WriteResponse(warc.Response{ID: fmt.Sprint(i), URL: pg.name, Date: "2024-05-01T12:00:00Z",
			Header: http.Header{"Content-Type": {"text/html"}}, Body: pg.html})
		if err != nil {
			b.Fatal(err)
		}
	}
	archive := buf.Bytes()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		r, err := warc.NewReader(bytes.NewReader(archive), warc.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Extract(context.Background(), rec.Body, rec.ContentType(), Options{}); err != nil {
				b.Fatal(err)
			}
		}
		r.Close()
	}
	b.ReportMetric(float64(b.N*len(pages))/time.Since(start).Seconds(), "pages/s")
}

// TestThroughput measures Extract on the real pages in CPU time, which,
// unlike the wall time of a benchmark, does not depend on what else the
// machine runs: pages/s and MB/s of HTML per core, the garbage collector
// included. It reports; it asserts nothing. Run it alone:
// go test -run TestThroughput -v ./corpus/htmltext
func TestThroughput(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("-race or -short: no timing")
	}
	pages := realPages(t)
	total := 0
	for _, pg := range pages {
		total += len(pg.html)
	}
	var buf bytes.Buffer
	w := warc.NewWriter(&buf, true)
	for i, pg := range pages {
		require.NoError(t, w.WriteResponse(warc.Response{ID: fmt.Sprint(i), URL: pg.name, Date: "d",
			Header: http.Header{"Content-Type": {"text/html"}}, Body: pg.html}))
	}
	archive := buf.Bytes()
	measure := func(name string, f func()) {
		best := time.Duration(1 << 62)
		for range 3 {
			before, ok := processCPU()
			if !ok {
				t.Skip("process CPU time not available")
			}
			f()
			after, _ := processCPU()
			best = min(best, after-before)
		}
		t.Logf("%-28s %6.0f pages/s  %6.1f MB/s of HTML (CPU time, best of 3)",
			name, float64(len(pages))/best.Seconds(), float64(total)/1e6/best.Seconds())
	}
	measure("Extract", func() {
		for _, pg := range pages {
			_, err := Extract(context.Background(), pg.html, "", Options{})
			require.NoError(t, err)
		}
	})
	measure("WARC (gzip) read + Extract", func() {
		r, err := warc.NewReader(bytes.NewReader(archive), warc.Options{})
		require.NoError(t, err)
		defer r.Close()
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			require.NoError(t, err)
			_, err = Extract(context.Background(), rec.Body, rec.ContentType(), Options{})
			require.NoError(t, err)
		}
	})
}
