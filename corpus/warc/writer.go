package warc

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"

	"github.com/klauspost/compress/gzip"
)

// Field is one WARC header field. Writer takes fields as a slice so that
// the output is byte-for-byte deterministic.
type Field struct {
	// Name is the field name, e.g. "WARC-Type".
	Name string
	// Value is the field value, without line breaks.
	Value string
}

// Writer writes WARC 1.1 records, for tests and small tools. With gzip,
// every record is its own gzip member, as crawlers write them, so the file
// is a multi-member gzip stream. It is not safe for concurrent use.
type Writer struct {
	w   io.Writer
	gz  *gzip.Writer
	buf bytes.Buffer
}

// NewWriter returns a Writer to w, gzip-compressing each record when
// compress is true. Close does not close w.
func NewWriter(w io.Writer, compress bool) *Writer {
	wr := &Writer{w: w}
	if compress {
		wr.gz = gzip.NewWriter(io.Discard)
	}
	return wr
}

// WriteRecord writes one record: the version line, the fields in order,
// a Content-Length for block, the block, and the closing blank lines. The
// fields must not include Content-Length.
func (w *Writer) WriteRecord(fields []Field, block []byte) error {
	w.buf.Reset()
	w.buf.WriteString("WARC/1.1\r\n")
	for _, f := range fields {
		w.buf.WriteString(f.Name)
		w.buf.WriteString(": ")
		w.buf.WriteString(f.Value)
		w.buf.WriteString("\r\n")
	}
	w.buf.WriteString("Content-Length: ")
	w.buf.WriteString(strconv.Itoa(len(block)))
	w.buf.WriteString("\r\n\r\n")
	w.buf.Write(block)
	w.buf.WriteString("\r\n\r\n")
	if w.gz == nil {
		if _, err := w.w.Write(w.buf.Bytes()); err != nil {
			return fmt.Errorf("warc: write record: %w", err)
		}
		return nil
	}
	w.gz.Reset(w.w)
	if _, err := w.gz.Write(w.buf.Bytes()); err != nil {
		return fmt.Errorf("warc: write record: %w", err)
	}
	if err := w.gz.Close(); err != nil {
		return fmt.Errorf("warc: write record: %w", err)
	}
	return nil
}

// Response is an HTTP response to store as a WARC response record.
type Response struct {
	// ID is the record ID without angle brackets, e.g. "urn:uuid:...".
	ID string
	// URL is the target URI.
	URL string
	// Date is the capture time, RFC 3339 (e.g. "2024-05-01T12:00:00Z").
	Date string
	// Status is the HTTP status code (0 means 200).
	Status int
	// Header is the HTTP response header, written with sorted keys.
	Header http.Header
	// Body is the payload exactly as it is to be stored (already chunked
	// or compressed if the header says so).
	Body []byte
}

// WriteResponse writes a response record holding an HTTP/1.1 message built
// from resp.
func (w *Writer) WriteResponse(resp Response) error {
	status := resp.Status
	if status == 0 {
		status = http.StatusOK
	}
	var msg bytes.Buffer
	fmt.Fprintf(&msg, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
	keys := make([]string, 0, len(resp.Header))
	for k := range resp.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range resp.Header[k] {
			fmt.Fprintf(&msg, "%s: %s\r\n", k, v)
		}
	}
	msg.WriteString("\r\n")
	msg.Write(resp.Body)
	return w.WriteRecord([]Field{
		{"WARC-Type", "response"},
		{"WARC-Record-ID", "<" + resp.ID + ">"},
		{"WARC-Date", resp.Date},
		{"WARC-Target-URI", resp.URL},
		{"Content-Type", "application/http; msgtype=response"},
	}, msg.Bytes())
}

// Close finishes the writer. It does not close the underlying writer.
func (w *Writer) Close() error { return nil }
