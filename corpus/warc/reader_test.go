package warc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// page is an HTML response for tests.
func page(n int, body string) Response {
	return Response{
		ID:     fmt.Sprintf("urn:uuid:00000000-0000-0000-0000-%012d", n),
		URL:    fmt.Sprintf("https://example.com/%d", n),
		Date:   "2024-05-01T12:00:00Z",
		Header: http.Header{"Content-Type": {"text/html; charset=utf-8"}},
		Body:   []byte(body),
	}
}

// mixedArchive writes an archive holding every kind of record the reader
// meets, and returns it with the bodies of the HTML records in order.
func mixedArchive(t testing.TB, compress bool) ([]byte, []string) {
	var buf bytes.Buffer
	return writeMixed(t, &buf, NewWriter(&buf, compress))
}

// writeMixed writes the records of mixedArchive with w, which writes to buf.
func writeMixed(t testing.TB, buf *bytes.Buffer, w *Writer) ([]byte, []string) {
	must := func(err error) { require.NoError(t, err) }
	must(w.WriteRecord([]Field{{"WARC-Type", "warcinfo"}, {"Content-Type", "application/warc-fields"}}, []byte("software: test\r\n")))
	must(w.WriteRecord([]Field{{"WARC-Type", "request"}, {"Content-Type", "application/http; msgtype=request"}}, []byte("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")))
	must(w.WriteResponse(page(1, "<html><p>one</p></html>")))
	must(w.WriteRecord([]Field{{"WARC-Type", "metadata"}, {"Content-Type", "application/warc-fields"}}, []byte("fetchTimeMs: 12\r\n")))
	must(w.WriteResponse(Response{ID: "urn:x:img", URL: "https://example.com/a.png", Date: "2024", Header: http.Header{"Content-Type": {"image/png"}}, Body: []byte("\x89PNG....")}))
	must(w.WriteResponse(Response{ID: "urn:x:redirect", URL: "https://example.com/old", Date: "2024", Status: 301, Header: http.Header{"Content-Type": {"text/html"}, "Location": {"/new"}}, Body: []byte("<p>moved</p>")}))
	must(w.WriteRecord([]Field{{"WARC-Type", "revisit"}, {"Content-Type", "application/http; msgtype=response"}}, []byte("HTTP/1.1 200 OK\r\n\r\n")))
	must(w.WriteRecord([]Field{{"WARC-Type", "response"}, {"Content-Type", "text/dns"}}, []byte("20240501 example.com. 300 IN A 1.2.3.4\n")))
	must(w.WriteResponse(page(2, "<html><p>two</p></html>")))
	must(w.Close())
	return buf.Bytes(), []string{"<html><p>one</p></html>", "<html><p>two</p></html>"}
}

// readAll reads every record, collecting record errors, until io.EOF or a
// fatal error.
func readAll(t testing.TB, data []byte, opts Options) (recs []*Record, rejects []*RecordError, fatal error, st Stats) {
	r, err := NewReader(bytes.NewReader(data), opts)
	if err != nil {
		return nil, nil, err, Stats{}
	}
	defer r.Close()
	for i := 0; ; i++ {
		if i > 1e6 {
			t.Fatal("reader does not terminate")
		}
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		var re *RecordError
		if errors.As(err, &re) {
			rejects = append(rejects, re)
			continue
		}
		if err != nil {
			fatal = err
			break
		}
		recs = append(recs, rec)
	}
	return recs, rejects, fatal, r.Stats()
}

func bodies(recs []*Record) []string {
	var out []string
	for _, r := range recs {
		out = append(out, string(r.Body))
	}
	return out
}

func TestReaderMixedArchive(t *testing.T) {
	for _, compress := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", compress), func(t *testing.T) {
			data, want := mixedArchive(t, compress)
			recs, rejects, fatal, st := readAll(t, data, Options{})
			require.NoError(t, fatal)
			assert.Empty(t, rejects)
			assert.Equal(t, want, bodies(recs))
			require.Len(t, recs, 2)
			r := recs[0]
			assert.Equal(t, "urn:uuid:00000000-0000-0000-0000-000000000001", r.ID)
			assert.Equal(t, "https://example.com/1", r.URL)
			assert.Equal(t, "2024-05-01T12:00:00Z", r.Date)
			assert.Equal(t, 200, r.Status)
			assert.Equal(t, "text/html; charset=utf-8", r.ContentType())
			assert.Equal(t, int64(3), r.Index)
			assert.Equal(t, "response", r.Header.Get("WARC-Type"))
			assert.Equal(t, Stats{
				Records:  9,
				Returned: 2,
				Skipped: map[string]int64{
					"warcinfo": 1, "request": 1, "metadata": 1, "revisit": 1,
					"response:not-html": 1, "response:status-3xx": 1, "response:not-http": 1,
				},
			}, st)
			assert.Equal(t, "record 3 (byte 0)", (&Record{Index: 3}).Position())
		})
	}
}

func TestReaderAllStatuses(t *testing.T) {
	data, _ := mixedArchive(t, false)
	recs, _, fatal, _ := readAll(t, data, Options{AllStatuses: true})
	require.NoError(t, fatal)
	assert.Equal(t, []string{"<html><p>one</p></html>", "<p>moved</p>", "<html><p>two</p></html>"}, bodies(recs))
}

func gzipData(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func brotliData(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	bw := brotli.NewWriterLevel(&buf, 5)
	_, err := bw.Write(b)
	require.NoError(t, err)
	require.NoError(t, bw.Close())
	return buf.Bytes()
}

// damage flips bits in the middle of b (a copy), leaving its first and
// last bytes alone.
func damage(b []byte) []byte {
	out := append([]byte(nil), b...)
	for i := len(out) / 3; i < len(out)*2/3; i++ {
		out[i] ^= 0x55
	}
	return out
}

func chunk(s string, size int) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(size, len(s))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func TestReaderPayloadCodings(t *testing.T) {
	html := "<html><body><p>Héllo, payload.</p></body></html>"
	tests := []struct {
		name   string
		header http.Header
		body   []byte
		want   string // body expected; "" means rejected
		skip   string // skip reason expected instead
		err    string // for a rejected record: part of the error expected
	}{
		{"identity", http.Header{"Content-Type": {"text/html"}}, []byte(html), html, "", ""},
		{"xhtml", http.Header{"Content-Type": {"application/xhtml+xml"}}, []byte(html), html, "", ""},
		{"uppercase type with params", http.Header{"Content-Type": {"TEXT/HTML; Charset=ISO-8859-1"}}, []byte(html), html, "", ""},
		{"chunked", http.Header{"Content-Type": {"text/html"}, "Transfer-Encoding": {"chunked"}}, []byte(chunk(html, 7)), html, "", ""},
		{"chunked header but stored de-chunked", http.Header{"Content-Type": {"text/html"}, "Transfer-Encoding": {"chunked"}}, []byte(html), html, "", ""},
		{"gzip", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, gzipData(t, []byte(html)), html, "", ""},
		{"gzip header but stored decoded", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, []byte(html), html, "", ""},
		{"chunked gzip", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}, "Transfer-Encoding": {"chunked"}}, []byte(chunk(string(gzipData(t, []byte(html))), 10)), html, "", ""},
		{"bad content length is ignored", http.Header{"Content-Type": {"text/html"}, "Content-Length": {"banana"}}, []byte(html), html, "", ""},
		{"no content type, sniffed html", http.Header{}, []byte(html), html, "", ""},
		{"no content type, not html", http.Header{}, []byte("just text"), "", "response:not-html", ""},
		{"broken gzip", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, append([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0}, "garbage"...), "", "", "gzip content"},
		{"brotli", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"br"}}, brotliData(t, []byte(html)), html, "", ""},
		{"brotli, uppercase coding", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {" BR "}}, brotliData(t, []byte(html)), html, "", ""},
		{"chunked brotli", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"br"}, "Transfer-Encoding": {"chunked"}}, []byte(chunk(string(brotliData(t, []byte(html))), 10)), html, "", ""},
		{"brotli of an empty page, no content type", http.Header{"Content-Encoding": {"br"}}, brotliData(t, nil), "", "response:not-html", ""},
		{"brotli header but stored decoded", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"br"}}, []byte(html), html, "", ""},
		{"damaged brotli", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"br"}}, damage(brotliData(t, []byte(strings.Repeat(html, 20)))), "", "", "br content: brotli: "},
		{"truncated brotli", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"br"}}, []byte("\x1b\x00"), "", "", "br content: unexpected EOF"},
		{"brotli with trailing bytes", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"br"}}, append(brotliData(t, []byte(html)), 0, 1, 2), "", "", "br content: brotli: excessive input"},
		{"stacked codings, the last applied removed first", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip, br"}}, brotliData(t, gzipData(t, []byte(html))), html, "", ""},
		{"stacked codings, one stored decoded", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip, br"}}, brotliData(t, []byte(html)), html, "", ""},
		{"gzip twice", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip,gzip"}}, gzipData(t, gzipData(t, []byte(html))), html, "", ""},
		{"stacked with an unknown coding", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"compress, br"}}, brotliData(t, []byte(html)), "", "", `unsupported Content-Encoding "compress"`},
		{"too many stacked codings", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip, gzip, gzip, gzip, gzip"}}, []byte(html), "", "", `unsupported Content-Encoding "gzip, gzip, gzip, gzip, gzip": more than 4 codings`},
		{"unknown coding", http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"compress"}}, []byte(html), "", "", `unsupported Content-Encoding "compress"`},
		{"json", http.Header{"Content-Type": {"application/json"}}, []byte("{}"), "", "response:not-html", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewWriter(&buf, false)
			require.NoError(t, w.WriteResponse(Response{ID: "id", URL: "u", Date: "d", Header: tt.header, Body: tt.body}))
			require.NoError(t, w.WriteResponse(page(9, "<p>after</p>")))
			recs, rejects, fatal, st := readAll(t, buf.Bytes(), Options{})
			require.NoError(t, fatal)
			got := bodies(recs)
			require.NotEmpty(t, got)
			assert.Equal(t, "<p>after</p>", got[len(got)-1], "the next record is read")
			switch {
			case tt.want != "":
				assert.Equal(t, []string{tt.want, "<p>after</p>"}, got)
			case tt.skip != "":
				assert.Equal(t, int64(1), st.Skipped[tt.skip])
			default:
				require.Len(t, rejects, 1)
				assert.Equal(t, "id", rejects[0].ID)
				assert.Equal(t, int64(1), rejects[0].Index)
				assert.Contains(t, rejects[0].Error(), "record 1 (byte 0) id: undecodable HTTP payload: "+tt.err)
				assert.Equal(t, int64(1), st.Rejected)
			}
		})
	}
}

func TestReaderHTTPVersions(t *testing.T) {
	for _, status := range []string{"HTTP/1.0 200 OK", "HTTP/1.1 200", "HTTP/2 200", "HTTP/2.0 200 OK", "HTTP/3 200"} {
		t.Run(status, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewWriter(&buf, false)
			block := status + "\nContent-Type: text/html\n\n<p>x</p>"
			require.NoError(t, w.WriteRecord([]Field{{"WARC-Type", "response"}, {"Content-Type", "application/http;msgtype=response"}}, []byte(block)))
			recs, rejects, fatal, _ := readAll(t, buf.Bytes(), Options{})
			require.NoError(t, fatal)
			require.Empty(t, rejects)
			assert.Equal(t, []string{"<p>x</p>"}, bodies(recs))
		})
	}
}

func TestReaderRecordLimit(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, true)
	require.NoError(t, w.WriteResponse(page(1, "<p>small</p>")))
	require.NoError(t, w.WriteResponse(page(2, "<p>"+strings.Repeat("big ", 1000)+"</p>")))
	require.NoError(t, w.WriteResponse(Response{ID: "bomb", URL: "u", Date: "d", Header: http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, Body: gzipData(t, bytes.Repeat([]byte("a"), 100000))}))
	require.NoError(t, w.WriteResponse(Response{ID: "video", URL: "u", Date: "d", Header: http.Header{"Content-Type": {"video/mp4"}}, Body: bytes.Repeat([]byte("v"), 100000)}))
	require.NoError(t, w.WriteResponse(page(3, "<p>small too</p>")))
	recs, rejects, fatal, st := readAll(t, buf.Bytes(), Options{MaxRecordBytes: 1000})
	require.NoError(t, fatal)
	assert.Equal(t, []string{"<p>small</p>", "<p>small too</p>"}, bodies(recs))
	require.Len(t, rejects, 2)
	assert.Contains(t, rejects[0].Error(), "HTML payload of 4007 bytes exceeds the limit of 1000 bytes")
	assert.Contains(t, rejects[1].Error(), "decoded payload exceeds the limit of 1000 bytes")
	assert.Equal(t, int64(1), st.Skipped["response:not-html"], "a large record of another kind is skipped, not rejected")
	assert.Equal(t, st.Records, st.Returned+st.Rejected+sum(st.Skipped))
}

func sum(m map[string]int64) int64 {
	var n int64
	for _, v := range m {
		n += v
	}
	return n
}

func TestReaderGarbage(t *testing.T) {
	a, b := page(1, "<p>a</p>"), page(2, "<p>b</p>")
	rec := func(r Response) string {
		var buf bytes.Buffer
		require.NoError(t, NewWriter(&buf, false).WriteResponse(r))
		return buf.String()
	}
	tests := []struct {
		name    string
		data    string
		want    []string
		rejects []string
		fatal   error
	}{
		{"empty", "", nil, nil, nil},
		{"blank lines only", "\r\n\r\n\n", nil, nil, nil},
		{"garbage before", "hello\r\nworld\r\n" + rec(a), []string{"<p>a</p>"}, []string{"byte 0: expected a WARC/1.x version line"}, nil},
		{"garbage between", rec(a) + "junk\r\n" + rec(b), []string{"<p>a</p>", "<p>b</p>"}, []string{"expected a WARC/1.x version line"}, nil},
		{"bad header line", "WARC/1.0\r\nno colon here\r\n\r\n" + rec(b), []string{"<p>b</p>"}, []string{"malformed WARC header"}, nil},
		{"no content length", "WARC/1.0\r\nWARC-Type: response\r\n\r\nxx\r\n\r\n" + rec(b), []string{"<p>b</p>"}, []string{"missing or invalid Content-Length"}, nil},
		{"bad http", strings.Replace(rec(a), "HTTP/1.1 200 OK", "HTTQ/1.1 200 OK", 1) + rec(b), []string{"<p>b</p>"}, []string{"malformed HTTP response header"}, nil},
		{"very long line", strings.Repeat("x", 200000) + "\n" + rec(b), []string{"<p>b</p>"}, []string{"line too long"}, nil},
		{"truncated in block", rec(a) + rec(b)[:len(rec(b))-20], []string{"<p>a</p>"}, nil, ErrTruncated},
		{"truncated in header", rec(a) + "WARC/1.0\r\nWARC-Type: resp", []string{"<p>a</p>"}, nil, ErrTruncated},
		{"missing final blank lines", strings.TrimSuffix(rec(a), "\r\n\r\n"), []string{"<p>a</p>"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, rejects, fatal, st := readAll(t, []byte(tt.data), Options{})
			assert.Equal(t, tt.want, bodies(recs))
			require.Len(t, rejects, len(tt.rejects))
			for i, r := range tt.rejects {
				assert.Contains(t, rejects[i].Error(), r)
			}
			if tt.fatal == nil {
				assert.NoError(t, fatal)
			} else {
				assert.ErrorIs(t, fatal, tt.fatal)
			}
			assert.Equal(t, st.Records, st.Returned+st.Rejected+sum(st.Skipped))
		})
	}
}

// TestReaderTruncatedEverywhere cuts an archive at every byte (plain and
// zstd) or at many points (gzip): every record wholly before the cut is
// returned, then the reader reports a truncated archive (or ends, when the
// cut falls between records). A cut in the dictionary frame of a .warc.zst
// file makes NewReader report a truncated archive.
func TestReaderTruncatedEverywhere(t *testing.T) {
	dict := testDictionary(t)
	for _, mode := range []string{"plain", "gzip", "zstd", "zstd+dictionary", "zstd+compressed-dictionary"} {
		t.Run(mode, func(t *testing.T) {
			var buf bytes.Buffer
			w := testWriter(t, &buf, mode, dict)
			start := buf.Len() // after the dictionary frame
			var ends []int     // end offset of each record in the output
			for i := range 4 {
				require.NoError(t, w.WriteResponse(page(i, fmt.Sprintf("<p>page %d %s</p>", i, strings.Repeat("z", i*50)))))
				ends = append(ends, buf.Len())
			}
			require.NoError(t, w.Close())
			data := buf.Bytes()
			step := 1
			if mode == "gzip" {
				step = 3
			}
			for cut := 0; cut < len(data); cut += step {
				recs, _, fatal, _ := readAll(t, data[:cut], Options{})
				complete := 0
				for _, e := range ends {
					if e <= cut {
						complete++
					}
				}
				atBoundary := cut == 0 || cut == start || complete > 0 && ends[complete-1] == cut
				if mode == "plain" {
					// A plain cut that only loses the closing CRLFs of a record keeps it.
					if complete < len(ends) && cut >= ends[complete]-4 {
						complete++
						atBoundary = true
					}
				}
				if mode != "plain" && len(recs) == complete+1 && !atBoundary {
					// The cut fell in the last few bytes of a gzip member or
					// zstd frame (its trailer or checksum): the record's
					// bytes were all there.
					complete++
				}
				require.Len(t, recs, complete, "cut at %d", cut)
				if atBoundary {
					require.NoError(t, fatal, "cut at %d", cut)
				} else {
					require.ErrorIs(t, fatal, ErrTruncated, "cut at %d", cut)
					require.ErrorIs(t, fatal, io.ErrUnexpectedEOF, "cut at %d", cut)
					require.Contains(t, fatal.Error(), fmt.Sprintf("after %d records", complete), "cut at %d", cut)
				}
			}
		})
	}
}

func TestReaderStickyAndClose(t *testing.T) {
	data, _ := mixedArchive(t, true)
	r, err := NewReader(bytes.NewReader(data[:len(data)-10]), Options{})
	require.NoError(t, err)
	var fatal error
	for {
		_, err := r.Next()
		if err != nil {
			fatal = err
			break
		}
	}
	require.ErrorIs(t, fatal, ErrTruncated)
	_, err = r.Next()
	assert.Equal(t, fatal, err, "sticky")
	require.NoError(t, r.Close())

	r, err = NewReader(bytes.NewReader(data), Options{})
	require.NoError(t, err)
	require.NoError(t, r.Close())
	_, err = r.Next()
	assert.Error(t, err)
}

func TestReaderCorruptGzip(t *testing.T) {
	data, _ := mixedArchive(t, true)
	// Damage the last member's compressed data: every earlier record is kept.
	var buf bytes.Buffer
	w := NewWriter(&buf, true)
	require.NoError(t, w.WriteResponse(page(7, strings.Repeat("<p>seven</p>", 50))))
	last := buf.Bytes()
	bad := append([]byte(nil), last...)
	for i := 20; i < len(bad)-10; i++ {
		bad[i] ^= 0x55
	}
	recs, _, fatal, _ := readAll(t, append(append([]byte(nil), data...), bad...), Options{})
	assert.Len(t, recs, 2)
	require.Error(t, fatal)
	assert.Contains(t, fatal.Error(), "after 9 records")

	_, err := NewReader(bytes.NewReader([]byte{0x1f, 0x8b, 1}), Options{})
	assert.Error(t, err, "unreadable gzip header")
}

func TestIsHTML(t *testing.T) {
	for ct, want := range map[string]bool{
		"text/html": true, "text/html; charset=utf-8": true, "Text/HTML;charset=x": true,
		"application/xhtml+xml": true, "text/html;;;": true,
		"text/plain": false, "": false, "application/json": false, "text/htmlx": false,
	} {
		assert.Equal(t, want, IsHTML(ct), ct)
	}
}
