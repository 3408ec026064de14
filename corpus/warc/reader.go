// Package warc reads web archives (WARC 1.0 and 1.1, ISO 28500), plain,
// gzip-compressed (one gzip member per record, as crawlers write them, or
// one member for the whole file) or zstd-compressed (.warc.zst: one zstd
// frame per record, with or without a dictionary, as in the IIPC "WARC
// zstd" specification, or one frame for the whole file), and yields the
// HTML pages they hold.
//
// Reader streams: it never holds more than one record's payload in memory,
// and records it does not want are skipped without being buffered. Every
// WARC record is accounted for in Stats: returned, skipped (by reason), or
// rejected with a *RecordError.
//
// The package has no dependency on the rest of winnow, so that the corpus
// package's input dispatch can import it.
package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zlib"
	"github.com/klauspost/compress/zstd"

	"github.com/winnowhq/winnow/internal/errread"
)

// Default limits; see Options.
const (
	// DefaultMaxRecordBytes is the default Options.MaxRecordBytes (32 MiB).
	DefaultMaxRecordBytes = 32 << 20
	// MaxHeaderBytes bounds a record's WARC header and its HTTP header,
	// each (64 KiB). A larger WARC header makes the record unreadable; a
	// larger HTTP header rejects the record.
	MaxHeaderBytes = 64 << 10
)

// ErrTruncated is wrapped by the error Next returns when the archive ends
// in the middle of a record (or of a gzip member or zstd frame).
var ErrTruncated = errors.New("warc: archive truncated")

// ErrCorrupt is wrapped by the error Next returns when the compressed
// stream is damaged and cannot be read further.
var ErrCorrupt = errors.New("warc: corrupt compressed stream")

// Options configures a Reader. The zero value takes the defaults.
type Options struct {
	// MaxRecordBytes caps the HTTP payload of a returned record, both as
	// stored and after content decoding (default DefaultMaxRecordBytes).
	// A larger HTML response is rejected with a *RecordError; a larger
	// record of another kind is skipped as usual, without being read into
	// memory.
	MaxRecordBytes int64
	// AllStatuses returns HTML responses whatever their HTTP status. By
	// default only 2xx responses are returned and the others are skipped
	// ("response:status-3xx", ...): redirects and error pages are not
	// articles.
	AllStatuses bool
}

func (o Options) withDefaults() Options {
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = DefaultMaxRecordBytes
	}
	return o
}

// Record is one HTML page read from a WARC response record.
type Record struct {
	// ID is the WARC-Record-ID without its angle brackets, e.g.
	// "urn:uuid:3f1c...".
	ID string
	// URL is the WARC-Target-URI.
	URL string
	// Date is the WARC-Date as written (the capture time, RFC 3339).
	Date string
	// Truncated is the WARC-Truncated header ("length", "time", ...): the
	// crawler stored only the start of the payload. Empty when whole.
	Truncated string
	// Header is the record's WARC header.
	Header textproto.MIMEHeader
	// Status is the HTTP status code, e.g. 200.
	Status int
	// HTTPHeader is the HTTP response header.
	HTTPHeader http.Header
	// Body is the HTTP payload, with chunked transfer coding and gzip,
	// deflate, brotli or zstd content coding removed.
	Body []byte
	// Index is the record's 1-based number among all records of the archive.
	Index int64
	// Offset is the byte offset of the record's first byte in the
	// uncompressed archive.
	Offset int64
}

// ContentType returns the HTTP Content-Type header, or "text/html" when
// the header is missing and the payload was sniffed as HTML.
func (r *Record) ContentType() string {
	if ct := r.HTTPHeader.Get("Content-Type"); ct != "" {
		return ct
	}
	return "text/html"
}

// Position returns where the record is, for error messages and
// corpus.Document.Position: "record 12 (byte 34567)".
func (r *Record) Position() string { return position(r.Index, r.Offset) }

func position(index, offset int64) string {
	return "record " + strconv.FormatInt(index, 10) + " (byte " + strconv.FormatInt(offset, 10) + ")"
}

// RecordError reports one record that was read but cannot be used (too
// large, a malformed HTTP response, an undecodable payload) or a stretch of
// the archive that is not a WARC record. Reading goes on after it: call Next
// again.
type RecordError struct {
	// Index is the record's 1-based number (0 when the bytes at Offset did
	// not start a record).
	Index int64
	// Offset is the byte offset in the uncompressed archive.
	Offset int64
	// ID is the WARC-Record-ID, if it was read.
	ID string
	// Reason says in plain words what is wrong.
	Reason string
	// Err is the underlying error, if any.
	Err error
}

// Position returns "record N (byte X)", or "byte X" when no record started there.
func (e *RecordError) Position() string {
	if e.Index == 0 {
		return "byte " + strconv.FormatInt(e.Offset, 10)
	}
	return position(e.Index, e.Offset)
}

// Error implements error.
func (e *RecordError) Error() string {
	s := "warc: " + e.Position()
	if e.ID != "" {
		s += " " + e.ID
	}
	s += ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the underlying error.
func (e *RecordError) Unwrap() error { return e.Err }

// Stats counts what a Reader has seen. Every complete record is counted
// once in Records and once in exactly one of Returned, Skipped or Rejected;
// a record cut off by the end of a truncated archive is not counted.
type Stats struct {
	// Records counts complete WARC records read.
	Records int64
	// Returned counts records returned by Next.
	Returned int64
	// Skipped counts records left out, by reason: the WARC-Type for records
	// that are not responses ("request", "warcinfo", "metadata", "revisit",
	// ...), "response:not-http", "response:not-html" and
	// "response:status-Nxx" for responses.
	Skipped map[string]int64
	// Rejected counts records reported as *RecordError.
	Rejected int64
	// Unreadable counts stretches of bytes that did not start a WARC record
	// (bad version line or header) and were skipped to the next record;
	// each was reported as a *RecordError with Index 0.
	Unreadable int64
}

// Reader reads HTML records from a WARC stream. It is not safe for
// concurrent use.
type Reader struct {
	opts   Options
	count  countingReader // counts bytes of the uncompressed archive
	in     errread.Reader // the archive as given, compressed or not
	br     *bufio.Reader
	gz     *gzip.Reader
	zd     *zstd.Decoder // the archive's zstd decoder (.warc.zst)
	block  io.LimitedReader
	stats  Stats
	index  int64
	err    error // sticky: io.EOF or a fatal error
	resync bool  // skip to the next version line before reading a record
	hdrBuf []byte
	httpBr *bufio.Reader
	dec    decoders
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

// Read implements io.Reader.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// NewReader returns a Reader of r. A gzip stream (one or many members) and
// a zstd stream (one or many frames, optionally starting with the
// dictionary frame of a .warc.zst file) are recognised by their magic
// numbers and decompressed; anything else is read as an uncompressed WARC.
// An error, wrapping ErrTruncated or ErrCorrupt, means the gzip header or
// the zstd dictionary is unreadable.
func NewReader(r io.Reader, opts Options) (*Reader, error) {
	wr := &Reader{opts: opts.withDefaults()}
	wr.stats.Skipped = make(map[string]int64)
	wr.in.R = r
	raw := bufio.NewReaderSize(&wr.in, 64<<10)
	src := io.Reader(raw)
	magic, _ := raw.Peek(4)
	switch {
	case isZstd(magic):
		zd, err := newArchiveZstd(raw)
		if err != nil {
			if wr.in.Err != nil {
				return nil, fmt.Errorf("warc: read at byte 0: zstd dictionary: %w", wr.in.Err)
			}
			kind := ErrCorrupt
			if errors.Is(err, io.ErrUnexpectedEOF) {
				kind = ErrTruncated
			}
			return nil, fmt.Errorf("%w at byte 0, after 0 records: zstd: %w", kind, err)
		}
		wr.zd = zd
		src = zd
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		gz, err := gzip.NewReader(raw)
		if err != nil {
			kind := ErrCorrupt
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				kind, err = ErrTruncated, io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("%w at byte 0, after 0 records: gzip header: %w", kind, err)
		}
		gz.Multistream(true)
		wr.gz = gz
		src = gz
	}
	wr.count.r = src
	wr.br = bufio.NewReaderSize(&wr.count, MaxHeaderBytes)
	return wr, nil
}

// Stats returns the counts so far. The map is a copy.
func (r *Reader) Stats() Stats {
	s := r.stats
	s.Skipped = make(map[string]int64, len(r.stats.Skipped))
	for k, v := range r.stats.Skipped {
		s.Skipped[k] = v
	}
	return s
}

// Close releases the reader's decompressors. It does not close the
// underlying reader. Next returns an error after Close.
func (r *Reader) Close() error {
	if r.gz != nil {
		_ = r.gz.Close()
	}
	if r.zd != nil {
		r.zd.Close()
		r.zd = nil
	}
	r.dec.close()
	if r.err == nil {
		r.err = errors.New("warc: read from closed Reader")
	}
	return nil
}

// offset returns the offset of the next unread byte of the archive.
func (r *Reader) offset() int64 { return r.count.n - int64(r.br.Buffered()) }

// Next returns the next HTML record. It returns io.EOF after the last
// record; a *RecordError for a record (or a stretch of bytes) it cannot use,
// after which reading goes on; and any other error (wrapping ErrTruncated or
// ErrCorrupt) when the archive cannot be read further, after keeping every
// record before the break. That error is returned again by later calls.
func (r *Reader) Next() (*Record, error) {
	for r.err == nil {
		rec, err := r.next()
		if rec != nil || err != nil {
			return rec, err
		}
	}
	return nil, r.err
}

// fail records a fatal stream error, classified, and returns it.
func (r *Reader) fail(err error, index, offset int64) error {
	where := "at " + position(index, offset)
	if index == 0 {
		where = "at byte " + strconv.FormatInt(offset, 10)
	}
	after := fmt.Sprintf("after %d records", r.stats.Records)
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		r.err = fmt.Errorf("%w %s, %s: %w", ErrTruncated, where, after, io.ErrUnexpectedEOF)
	case r.gz != nil && isGzipError(err):
		r.err = fmt.Errorf("%w %s, %s: %w", ErrCorrupt, where, after, err)
	case r.zd != nil && r.in.Err == nil:
		// The source read fine, so the zstd decoder found bad data.
		r.err = fmt.Errorf("%w %s, %s: zstd: %w", ErrCorrupt, where, after, err)
	default:
		r.err = fmt.Errorf("warc: read %s, %s: %w", where, after, err)
	}
	return r.err
}

// isGzipError reports whether err comes from a damaged gzip stream.
func isGzipError(err error) bool {
	var ce flate.CorruptInputError
	var ie flate.InternalError
	return errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) ||
		errors.As(err, &ce) || errors.As(err, &ie)
}

// next reads one record. It returns (nil, nil) for a skipped record or at
// the end (r.err set).
func (r *Reader) next() (*Record, error) {
	start := r.offset()
	if r.resync {
		r.resync = false
		found, err := r.skipToVersion()
		if err != nil {
			return nil, r.fail(err, 0, r.offset())
		}
		if !found {
			r.err = io.EOF
			return nil, nil
		}
		start = r.offset()
	}
	// Blank lines between records (the block's trailing CRLF CRLF, or more).
	line, err := r.readLine()
	for err == nil && len(bytes.TrimSpace(line)) == 0 {
		start = r.offset()
		line, err = r.readLine()
	}
	if err != nil {
		if err == io.EOF && len(bytes.TrimSpace(line)) == 0 {
			r.err = io.EOF
			return nil, nil
		}
		if err == bufio.ErrBufferFull {
			return nil, r.unreadable(start, "line too long where a WARC version line was expected", nil)
		}
		return nil, r.fail(err, 0, start)
	}
	if !isVersionLine(line) {
		return nil, r.unreadable(start, fmt.Sprintf("expected a WARC/1.x version line, found %q", clip(line, 40)), nil)
	}
	hdr, err := r.readHeader()
	if err != nil {
		if errors.Is(err, errHeader) {
			return nil, r.unreadable(start, "malformed WARC header", err)
		}
		return nil, r.fail(err, 0, start)
	}
	clen, err := strconv.ParseInt(strings.TrimSpace(hdr.Get("Content-Length")), 10, 64)
	if err != nil || clen < 0 {
		return nil, r.unreadable(start, fmt.Sprintf("missing or invalid Content-Length %q", hdr.Get("Content-Length")), nil)
	}
	r.index++
	index := r.index
	r.block = io.LimitedReader{R: r.br, N: clen}
	rec, reason, rerr := r.readBlock(hdr, index, start)
	// Whatever happened, consume the rest of the block so that the next
	// record starts where it should.
	if _, err := io.Copy(io.Discard, &r.block); err != nil {
		return nil, r.fail(err, index, start)
	}
	if r.block.N > 0 {
		return nil, r.fail(io.ErrUnexpectedEOF, index, start)
	}
	r.stats.Records++
	switch {
	case rerr != nil:
		if re, ok := rerr.(*RecordError); ok {
			r.stats.Rejected++
			return nil, re
		}
		return nil, r.fail(rerr, index, start)
	case rec != nil:
		r.stats.Returned++
		return rec, nil
	default:
		r.stats.Skipped[reason]++
		return nil, nil
	}
}

// unreadable reports bytes that do not form a WARC record and arranges for
// the next call to skip to the next version line.
func (r *Reader) unreadable(offset int64, reason string, err error) error {
	r.stats.Unreadable++
	r.resync = true
	return &RecordError{Offset: offset, Reason: reason + "; skipping to the next record", Err: err}
}

// isVersionLine reports whether line is "WARC/1.0", "WARC/1.1" or similar.
func isVersionLine(line []byte) bool {
	line = bytes.TrimRight(line, " \t\r\n")
	return bytes.HasPrefix(line, []byte("WARC/")) && len(line) <= 16
}

// skipToVersion discards lines up to and excluding the next version line.
// It reports false at the end of the archive.
func (r *Reader) skipToVersion() (bool, error) {
	for {
		b, err := r.br.Peek(5)
		if len(b) == 5 && string(b) == "WARC/" {
			return true, nil
		}
		if err != nil {
			if err == io.EOF {
				_, _ = r.br.Discard(r.br.Buffered())
				return false, nil
			}
			return false, err
		}
		// Discard to the end of the line (however long).
		for {
			_, err := r.br.ReadSlice('\n')
			if err == nil {
				break
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				return false, nil
			}
			return false, err
		}
	}
}

// readLine returns the next line, without its line ending, valid until the
// next read. It returns bufio.ErrBufferFull for a line longer than the
// buffer (the line is then consumed) and io.EOF (with the partial line) at
// the end.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		for err == bufio.ErrBufferFull {
			_, err = r.br.ReadSlice('\n')
		}
		if err == nil || err == io.EOF {
			return nil, bufio.ErrBufferFull
		}
		return nil, err
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	return line, err
}

// errHeader marks a malformed WARC header.
var errHeader = errors.New("bad header")

// readHeader reads header fields up to the blank line that ends them.
func (r *Reader) readHeader() (textproto.MIMEHeader, error) {
	h := make(textproto.MIMEHeader, 8)
	total := 0
	var lastKey string
	for {
		line, err := r.readLine()
		if err == bufio.ErrBufferFull {
			return nil, fmt.Errorf("%w: line longer than %d bytes", errHeader, MaxHeaderBytes)
		}
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		total += len(line) + 2
		if total > MaxHeaderBytes {
			return nil, fmt.Errorf("%w: longer than %d bytes", errHeader, MaxHeaderBytes)
		}
		if len(line) == 0 {
			return h, nil
		}
		if line[0] == ' ' || line[0] == '\t' {
			// Continuation of the previous field.
			if lastKey == "" {
				return nil, fmt.Errorf("%w: continuation line before any field", errHeader)
			}
			vs := h[lastKey]
			vs[len(vs)-1] += " " + string(trimLWS(line))
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 {
			return nil, fmt.Errorf("%w: line %q has no field name", errHeader, clip(line, 40))
		}
		key := textproto.CanonicalMIMEHeaderKey(string(trimLWS(line[:colon])))
		h[key] = append(h[key], string(trimLWS(line[colon+1:])))
		lastKey = key
	}
}

// trimLWS removes the spaces and tabs around a header name or value.
func trimLWS(b []byte) []byte { return bytes.Trim(b, " \t") }

// field returns the first value of a WARC header field, without angle
// brackets around it.
func field(h textproto.MIMEHeader, key string) string {
	v := h.Get(key)
	if len(v) >= 2 && v[0] == '<' && v[len(v)-1] == '>' {
		v = v[1 : len(v)-1]
	}
	return v
}

// readBlock reads the current record's block. It returns the record, or a
// skip reason, or an error: a *RecordError for a bad record, any other
// error for a failing stream.
func (r *Reader) readBlock(h textproto.MIMEHeader, index, offset int64) (*Record, string, error) {
	typ := strings.ToLower(strings.TrimSpace(h.Get("Warc-Type")))
	if typ != "response" {
		if typ == "" {
			typ = "(no type)"
		}
		return nil, typ, nil
	}
	id := field(h, "Warc-Record-Id")
	reject := func(reason string, err error) (*Record, string, error) {
		return nil, "", &RecordError{Index: index, Offset: offset, ID: id, Reason: reason, Err: err}
	}
	if mt, _, _ := strings.Cut(strings.ToLower(h.Get("Content-Type")), ";"); strings.TrimSpace(mt) != "application/http" {
		return nil, "response:not-http", nil
	}
	// The HTTP header must fit in the buffer: peek at it, parse a copy.
	n := int(min(r.block.N, int64(MaxHeaderBytes)))
	peek, err := r.br.Peek(n)
	if err != nil && len(peek) < n {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, "", err
	}
	end := headerEnd(peek)
	if end < 0 {
		if len(peek) == MaxHeaderBytes {
			return reject(fmt.Sprintf("HTTP header longer than %d bytes", MaxHeaderBytes), nil)
		}
		return reject("HTTP response without a complete header", nil)
	}
	hdrCopy, chunked := httpHeaderCopy(r.hdrBuf[:0], peek[:end])
	r.hdrBuf = hdrCopy
	if r.httpBr == nil {
		r.httpBr = bufio.NewReader(bytes.NewReader(r.hdrBuf))
	} else {
		r.httpBr.Reset(bytes.NewReader(r.hdrBuf))
	}
	resp, err := http.ReadResponse(r.httpBr, nil)
	if err != nil {
		return reject("malformed HTTP response header", err)
	}
	_, _ = r.br.Discard(end)
	r.block.N -= int64(end)
	if !r.opts.AllStatuses && (resp.StatusCode < 200 || resp.StatusCode > 299) {
		return nil, fmt.Sprintf("response:status-%dxx", resp.StatusCode/100), nil
	}
	ctype := resp.Header.Get("Content-Type")
	if ctype != "" && !IsHTML(ctype) {
		return nil, "response:not-html", nil
	}
	if limit := r.opts.MaxRecordBytes; r.block.N > limit {
		return reject(fmt.Sprintf("HTML payload of %d bytes exceeds the limit of %d bytes", r.block.N, limit), nil)
	}
	raw := make([]byte, r.block.N)
	if _, err := io.ReadFull(&r.block, raw); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, "", err
	}
	body, err := r.decodeBody(raw, chunked, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return reject("undecodable HTTP payload", err)
	}
	if ctype == "" && !strings.HasPrefix(http.DetectContentType(body), "text/html") {
		return nil, "response:not-html", nil
	}
	return &Record{
		ID:         id,
		URL:        field(h, "Warc-Target-Uri"),
		Date:       h.Get("Warc-Date"),
		Truncated:  h.Get("Warc-Truncated"),
		Header:     h,
		Status:     resp.StatusCode,
		HTTPHeader: resp.Header,
		Body:       body,
		Index:      index,
		Offset:     offset,
	}, "", nil
}

// headerEnd returns the length of the HTTP header in b including the blank
// line that ends it, or -1.
func headerEnd(b []byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] != '\n' {
			continue
		}
		switch {
		case i+1 < len(b) && b[i+1] == '\n':
			return i + 2
		case i+2 < len(b) && b[i+1] == '\r' && b[i+2] == '\n':
			return i + 3
		}
	}
	return -1
}

// httpHeaderCopy appends to dst a copy of the HTTP header hdr made safe for
// net/http: "HTTP/2 200" status lines (as some crawlers record them) become
// "HTTP/2.0 200", and the Content-Length and Transfer-Encoding fields are
// left out, since the WARC block, not the original message framing, says
// where the payload ends (and net/http rejects many framings real servers
// send). It reports whether the payload is chunked.
func httpHeaderCopy(dst, hdr []byte) ([]byte, bool) {
	chunked := false
	first := true
	for len(hdr) > 0 {
		line := hdr
		if i := bytes.IndexByte(hdr, '\n'); i >= 0 {
			line, hdr = hdr[:i+1], hdr[i+1:]
		} else {
			hdr = nil
		}
		if first {
			first = false
			for _, v := range [...]string{"HTTP/2 ", "HTTP/3 "} {
				if bytes.HasPrefix(line, []byte(v)) {
					dst = append(dst, v[:6]...)
					dst = append(dst, ".0 "...)
					line = line[len(v):]
					break
				}
			}
			dst = append(dst, line...)
			continue
		}
		if key, val, ok := bytes.Cut(line, []byte(":")); ok && line[0] != ' ' && line[0] != '\t' {
			key = bytes.TrimSpace(key)
			if bytes.EqualFold(key, []byte("Transfer-Encoding")) {
				chunked = chunked || bytes.Contains(bytes.ToLower(val), []byte("chunked"))
				continue
			}
			if bytes.EqualFold(key, []byte("Content-Length")) {
				continue
			}
		}
		dst = append(dst, line...)
	}
	return dst, chunked
}

// IsHTML reports whether an HTTP Content-Type names an HTML document:
// text/html or application/xhtml+xml, with any parameters.
func IsHTML(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// clip returns at most n bytes of b, for messages.
func clip(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "..."
	}
	return string(b)
}

// decoders holds content decoders reused across records.
type decoders struct {
	gz *gzip.Reader
	br *brotli.Reader
	zd *zstd.Decoder
}

func (d *decoders) close() {
	if d.zd != nil {
		d.zd.Close()
		d.zd = nil
	}
}

// decodeBody removes the chunked transfer coding and the content codings
// from a payload. Stacked codings ("gzip, br": brotli applied last) are
// removed last one first. A payload whose coding header does not match its
// bytes (crawlers often store the decoded payload with the original
// headers) is taken as it is: for gzip and zstd when it lacks their magic
// number, for brotli (which has none) when it does not decode and looks
// like text. An unknown coding is an error.
func (r *Reader) decodeBody(raw []byte, chunked bool, encoding string) ([]byte, error) {
	limit := r.opts.MaxRecordBytes
	body := raw
	if chunked {
		if b, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(raw)), limit+1)); err == nil {
			if int64(len(b)) > limit {
				return nil, fmt.Errorf("de-chunked payload exceeds the limit of %d bytes", limit)
			}
			body = b
		}
	}
	codings := strings.Split(encoding, ",")
	if len(codings) > maxStackedCodings {
		return nil, fmt.Errorf("unsupported Content-Encoding %q: more than %d codings", strings.TrimSpace(encoding), maxStackedCodings)
	}
	for i := len(codings) - 1; i >= 0; i-- {
		var err error
		if body, err = r.decodeOne(body, strings.ToLower(strings.TrimSpace(codings[i]))); err != nil {
			return nil, err
		}
	}
	return body, nil
}

// maxStackedCodings bounds the content codings of one payload: each can
// multiply its size up to the record limit, and real servers stack two at
// most.
const maxStackedCodings = 4

// decodeOne removes one content coding (lower case, trimmed) from body.
func (r *Reader) decodeOne(body []byte, ce string) ([]byte, error) {
	limit := r.opts.MaxRecordBytes
	var dec io.Reader
	maybeDecoded := false // the payload may be stored decoded: see decodeBody
	switch ce {
	case "", "identity":
	case "gzip", "x-gzip":
		if !bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
			break
		}
		var err error
		if r.dec.gz == nil {
			r.dec.gz, err = gzip.NewReader(bytes.NewReader(body))
		} else {
			err = r.dec.gz.Reset(bytes.NewReader(body))
		}
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
		dec = r.dec.gz
	case "deflate":
		if len(body) >= 2 && (uint16(body[0])<<8|uint16(body[1]))%31 == 0 && body[0]&0x0f == 8 {
			zr, err := zlib.NewReader(bytes.NewReader(body))
			if err != nil {
				return nil, fmt.Errorf("deflate content: %w", err)
			}
			dec = zr
		} else {
			dec = flate.NewReader(bytes.NewReader(body))
		}
	case "zstd":
		if !bytes.HasPrefix(body, []byte("\x28\xb5\x2f\xfd")) {
			break
		}
		if r.dec.zd == nil {
			zd, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(uint64(limit)+1), zstd.WithDecoderLowmem(true))
			if err != nil {
				return nil, fmt.Errorf("zstd content: %w", err)
			}
			r.dec.zd = zd
		}
		if err := r.dec.zd.Reset(bytes.NewReader(body)); err != nil {
			return nil, fmt.Errorf("zstd content: %w", err)
		}
		dec = r.dec.zd
	case "br":
		if r.dec.br == nil {
			r.dec.br = brotli.NewReader(bytes.NewReader(body))
		} else if err := r.dec.br.Reset(bytes.NewReader(body)); err != nil {
			return nil, fmt.Errorf("br content: %w", err)
		}
		dec = r.dec.br
		maybeDecoded = true
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", ce)
	}
	if dec == nil {
		return body, nil
	}
	out, err := io.ReadAll(io.LimitReader(dec, limit+1))
	if err != nil {
		if maybeDecoded && looksDecoded(body) {
			return body, nil
		}
		return nil, fmt.Errorf("%s content: %w", ce, err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("decoded payload exceeds the limit of %d bytes", limit)
	}
	return out, nil
}

// looksDecoded reports whether a payload that failed to decode is text (no
// binary bytes in its first 512 bytes), as when a crawler stored the
// decoded payload with the original Content-Encoding header. Compressed
// data, damaged or not, has binary bytes.
func looksDecoded(b []byte) bool {
	return strings.HasPrefix(http.DetectContentType(b), "text/")
}
