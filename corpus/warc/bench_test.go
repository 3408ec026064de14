package warc

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
)

// benchArchive returns a gzip'd WARC of n HTML responses of about size
// bytes each, each with a request record before it, and its HTML bytes.
func benchArchive(b *testing.B, n, size int) ([]byte, int64) {
	var buf bytes.Buffer
	w := NewWriter(&buf, true)
	html := "<html><body>" + strings.Repeat("<p>Some text of an article, with <a href=/x>links</a>.</p>\n", size/64) + "</body></html>"
	for i := range n {
		if err := w.WriteRecord([]Field{{"WARC-Type", "request"}, {"Content-Type", "application/http; msgtype=request"}}, []byte("GET / HTTP/1.1\r\n\r\n")); err != nil {
			b.Fatal(err)
		}
		if err := w.WriteResponse(Response{ID: fmt.Sprint(i), URL: "u", Date: "d", Header: http.Header{"Content-Type": {"text/html"}}, Body: []byte(html)}); err != nil {
			b.Fatal(err)
		}
	}
	return buf.Bytes(), int64(n * len(html))
}

// BenchmarkReader reads a gzip'd WARC; MB/s counts HTML payload bytes.
func BenchmarkReader(b *testing.B) {
	data, payload := benchArchive(b, 100, 100<<10)
	b.SetBytes(payload)
	b.ReportAllocs()
	for range b.N {
		r, err := NewReader(bytes.NewReader(data), Options{})
		if err != nil {
			b.Fatal(err)
		}
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
		r.Close()
	}
}
