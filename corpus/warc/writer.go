package warc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strconv"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
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
// is a multi-member gzip stream; with zstd (NewZstdWriter), every record is
// its own zstd frame, as in a .warc.zst file. It is not safe for concurrent
// use.
type Writer struct {
	w    io.Writer
	gz   *gzip.Writer
	zenc *zstd.Encoder
	zbuf []byte
	buf  bytes.Buffer
	done bool // closed
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

// ZstdOptions configures a Writer of .warc.zst files (NewZstdWriter).
type ZstdOptions struct {
	// Dictionary, when not empty, is written at the start of the file in a
	// skippable frame (magic 0x184D2A5D) and every record is compressed
	// with it. It is either in the zstd dictionary format (as made by
	// "zstd --train" or zstd.BuildDict; frames then carry its ID) or raw
	// content (frames then name no dictionary).
	Dictionary []byte
	// CompressDictionary stores the dictionary zstd-compressed (without a
	// dictionary) in its frame, as the IIPC specification allows.
	CompressDictionary bool
	// Level is the compression level (zero means zstd.SpeedDefault).
	Level zstd.EncoderLevel
}

// NewZstdWriter returns a Writer to w that compresses each record as its
// own zstd frame, the layout of .warc.zst files (IIPC "WARC zstd"),
// writing the dictionary frame first when opts has a dictionary. Close
// does not close w.
func NewZstdWriter(w io.Writer, opts ZstdOptions) (*Writer, error) {
	level := opts.Level
	if level == 0 {
		level = zstd.SpeedDefault
	}
	eopts := []zstd.EOption{zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(level)}
	if len(opts.Dictionary) > 0 {
		if !opts.CompressDictionary && bytes.HasPrefix(opts.Dictionary, []byte(zstdFrameMagic)) {
			return nil, errors.New("warc: a dictionary starting with the zstd frame magic must be stored compressed (readers would take it for a compressed one)")
		}
		if bytes.HasPrefix(opts.Dictionary, []byte(zstdDictMagic)) {
			eopts = append(eopts, zstd.WithEncoderDict(opts.Dictionary))
		} else {
			eopts = append(eopts, zstd.WithEncoderDictRaw(0, opts.Dictionary))
		}
	}
	enc, err := zstd.NewWriter(nil, eopts...)
	if err != nil {
		return nil, fmt.Errorf("warc: zstd encoder: %w", err)
	}
	if len(opts.Dictionary) > 0 {
		payload := opts.Dictionary
		if opts.CompressDictionary {
			plain, err := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(level))
			if err != nil {
				return nil, fmt.Errorf("warc: zstd encoder for the dictionary: %w", err)
			}
			payload = plain.EncodeAll(opts.Dictionary, nil)
			_ = plain.Close()
		}
		if uint64(len(payload)) > math.MaxUint32 {
			return nil, fmt.Errorf("warc: zstd dictionary of %d bytes is too large for its frame", len(payload))
		}
		frame := make([]byte, 8, 8+len(payload))
		copy(frame, zstdDictFrameMagic)
		binary.LittleEndian.PutUint32(frame[4:], uint32(len(payload)))
		if _, err := w.Write(append(frame, payload...)); err != nil {
			return nil, fmt.Errorf("warc: write zstd dictionary frame: %w", err)
		}
	}
	return &Writer{w: w, zenc: enc}, nil
}

// WriteRecord writes one record: the version line, the fields in order,
// a Content-Length for block, the block, and the closing blank lines. The
// fields must not include Content-Length.
func (w *Writer) WriteRecord(fields []Field, block []byte) error {
	if w.done {
		return errors.New("warc: write record: Writer is closed")
	}
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
	if w.zenc != nil {
		w.zbuf = w.zenc.EncodeAll(w.buf.Bytes(), w.zbuf[:0])
		if _, err := w.w.Write(w.zbuf); err != nil {
			return fmt.Errorf("warc: write record: %w", err)
		}
		return nil
	}
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

// Close finishes the writer and releases its compressor. It does not close
// the underlying writer.
func (w *Writer) Close() error {
	if w.done {
		return nil
	}
	w.done = true
	if w.zenc != nil {
		if err := w.zenc.Close(); err != nil {
			return fmt.Errorf("warc: close zstd encoder: %w", err)
		}
	}
	return nil
}
