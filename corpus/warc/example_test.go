package warc_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/winnowhq/winnow/corpus/warc"
)

func ExampleReader() {
	// Write a small gzip'd archive: a request, an HTML page, an image.
	var buf bytes.Buffer
	w := warc.NewWriter(&buf, true)
	_ = w.WriteRecord([]warc.Field{{Name: "WARC-Type", Value: "request"}}, []byte("GET / HTTP/1.1\r\n\r\n"))
	_ = w.WriteResponse(warc.Response{
		ID: "urn:uuid:6a0e1a4c-0000-4000-8000-000000000001", URL: "https://example.com/news/1",
		Date:   "2024-05-02T08:00:00Z",
		Header: http.Header{"Content-Type": {"text/html; charset=utf-8"}},
		Body:   []byte("<p>It rained all day.</p>"),
	})
	_ = w.WriteResponse(warc.Response{ID: "urn:uuid:2", URL: "https://example.com/a.png", Date: "2024-05-02T08:00:01Z",
		Header: http.Header{"Content-Type": {"image/png"}}, Body: []byte("\x89PNG")})

	r, err := warc.NewReader(&buf, warc.Options{})
	if err != nil {
		panic(err)
	}
	defer r.Close()
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		var re *warc.RecordError
		if errors.As(err, &re) {
			fmt.Println("skipped bad record:", re)
			continue
		}
		if err != nil {
			panic(err) // the archive is truncated or corrupt
		}
		fmt.Println(rec.ID, rec.URL, rec.Date, rec.ContentType(), rec.Position())
		fmt.Printf("%s\n", rec.Body)
	}
	st := r.Stats()
	fmt.Println(st.Records, "records:", st.Returned, "HTML,", st.Skipped["request"], "request,", st.Skipped["response:not-html"], "not HTML")
	// Output:
	// urn:uuid:6a0e1a4c-0000-4000-8000-000000000001 https://example.com/news/1 2024-05-02T08:00:00Z text/html; charset=utf-8 record 2 (byte 74)
	// <p>It rained all day.</p>
	// 3 records: 1 HTML, 1 request, 1 not HTML
}
