package corpus

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/winnowhq/winnow/corpus/warc"
	"github.com/winnowhq/winnow/internal/errread"
)

// ReadOptions configures NewMultiReader. Zero fields take their defaults.
type ReadOptions struct {
	// TextField is the JSONL member holding the document text (default "text").
	TextField string
	// IDField is the JSONL member holding the document ID (default "id").
	IDField string
	// URLField is the JSONL member holding the page URL (default "url").
	URLField string
	// HTMLField, when set, is the JSONL member holding the page's HTML: it
	// is read instead of TextField, and the documents are marked as HTML
	// (Meta[MetaContentType] = "text/html") for the HTML stage.
	HTMLField string
	// MaxRecordBytes caps one JSONL line or one text file, after
	// decompression (default 64 MiB). Larger records are rejected and
	// skipped, unless Truncate is set. The reader never buffers more than
	// this of one record, so the cap bounds its memory whatever the input.
	MaxRecordBytes int
	// Truncate keeps a text file larger than MaxRecordBytes as a document
	// cut to its first MaxRecordBytes (at the last line break in them, or
	// else at a character boundary), marked Document.Truncated, instead of
	// rejecting it. A JSONL line over the cap is always rejected: cut short,
	// it would no longer be JSON.
	Truncate bool
	// Start is where to begin: the reader skips the inputs before
	// Start.Input and the first Start.Record records of that input (reading
	// them without parsing), and numbers documents from Start.Seq. It
	// resumes an interrupted run; the zero Cursor starts at the beginning.
	// If the input ends before Start, Next fails (the input has changed).
	Start Cursor
}

// DefaultMaxRecordBytes is the default ReadOptions.MaxRecordBytes.
const DefaultMaxRecordBytes = 64 << 20

// maxZstdWindow bounds the memory a zstd stream may make the decoder use:
// 128 MiB, the reference zstd's default limit (window log 27). A stream that
// asks for more is rejected as corrupt.
const maxZstdWindow = 128 << 20

// ioBufferSize is the size of the reader's input buffers.
const ioBufferSize = 64 << 10

// withDefaults returns o with empty fields set to their defaults.
func (o ReadOptions) withDefaults() ReadOptions {
	if o.HTMLField != "" {
		o.TextField = o.HTMLField
	}
	if o.TextField == "" {
		o.TextField = "text"
	}
	if o.IDField == "" {
		o.IDField = "id"
	}
	if o.URLField == "" {
		o.URLField = "url"
	}
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = DefaultMaxRecordBytes
	}
	return o
}

// MultiReader reads documents from a list of inputs, one after another. It
// implements Reader; it is not safe for concurrent use.
//
// Document.Seq counts the documents returned (0, 1, 2, ... across all
// inputs); rejected records do not use up a Seq. Source is the input's Name
// and Position is "line N" for JSONL records (empty for text files).
// Document.Input and Record (and the same fields of a RecordError) locate
// the record for resuming (see Cursor). Positions in compressed inputs
// count decompressed lines and bytes.
//
// Next returns a *RecordError for a record that cannot be read and goes on
// with the next record or input on the following call. Records are rejected
// when they are malformed JSON, lack a string text field, are larger than
// ReadOptions.MaxRecordBytes, or are not text (binary data, UTF-16 or
// mostly invalid UTF-8; see MaxJunkPercent), and whole inputs are rejected
// when they are compressed in a format winnow does not read (bzip2, xz,
// zip, 7z, lz4). A compressed stream that is cut short or corrupt keeps
// every record before the break; the partial line at the break is part of
// the reject. Whether an input is compressed is decided by its first bytes,
// never by its name. Failing to open an input or to read its bytes is
// fatal: Next returns the error, wrapped with the input's name, and the
// reader stops.
type MultiReader struct {
	inputs []Input
	opts   ReadOptions
	next   int   // index of the next input to open
	seq    int64 // Seq of the next document
	err    error // sticky fatal error or io.EOF
	skip   int64 // records to skip when the input at index next is opened

	// The current input.
	cur       *Input
	curIndex  int
	rc        io.ReadCloser
	comp      string // "", "gzip" or "zstd"
	src       *bufio.Reader
	lineNo    int64
	records   int64 // documents and record rejects from the current input
	fallback  string
	firstLine bool
	ended     bool // the current input has nothing more to give

	raw    errread.Reader
	rawBuf *bufio.Reader // buffers the raw bytes (and finds magic numbers)
	decBuf *bufio.Reader // buffers decompressed bytes
	gz     *gzip.Reader
	zd     *zstd.Decoder
	warc   *warc.Reader // the current input's WARC reader (FormatWARC)
	line   []byte       // gathers a line that does not fit in the input buffer
}

var _ Reader = (*MultiReader)(nil)

// NewMultiReader returns a reader of inputs, in order. Call Close when done
// if the reader may not have reached io.EOF.
func NewMultiReader(inputs []Input, opts ReadOptions) *MultiReader {
	m := &MultiReader{
		inputs: inputs,
		opts:   opts.withDefaults(),
		next:   opts.Start.Input,
		seq:    opts.Start.Seq,
		skip:   opts.Start.Record,
	}
	s := opts.Start
	switch {
	case s.Input < 0 || s.Record < 0 || s.Seq < 0:
		m.err = fmt.Errorf("corpus: invalid start position %+v", s)
	case s.Input > len(inputs) || s.Input == len(inputs) && s.Record > 0:
		m.err = fmt.Errorf("resume: the start position is past the last of the %d inputs; the input list has changed", len(inputs))
	}
	return m
}

// Next returns the next document; see MultiReader.
func (m *MultiReader) Next(ctx context.Context) (*Document, error) {
	if m.err != nil {
		return nil, m.err
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if m.cur != nil && m.ended {
			m.closeInput()
		}
		if m.cur == nil {
			if m.next >= len(m.inputs) {
				m.release()
				m.err = io.EOF
				return nil, io.EOF
			}
			in := &m.inputs[m.next]
			m.curIndex = m.next
			m.next++
			rej, err := m.open(in)
			if err == nil && rej == nil && m.skip > 0 {
				err = m.skipRecords(m.skip)
			}
			m.skip = 0
			if err != nil {
				m.closeInput()
				m.release()
				m.err = err
				return nil, err
			}
			if rej != nil {
				m.closeInput()
				return nil, rej
			}
			if m.ended {
				continue // skipped whole
			}
		}
		var d *Document
		var err error
		switch m.cur.Format {
		case FormatText:
			d, err = m.nextText()
		case FormatJSONL:
			d, err = m.nextJSONL()
		case FormatHTML:
			if d, err = m.nextText(); d != nil {
				d.Meta = map[string]string{MetaContentType: "text/html"}
			}
		case FormatWARC:
			d, err = m.nextWARC()
		default:
			err = fmt.Errorf("read %s: unknown input format", m.cur.Name)
		}
		if d != nil {
			d.Seq = m.seq
			d.Input = m.curIndex
			d.Record = m.records - 1
			m.seq++
			return d, nil
		}
		if err == nil {
			// End of this input.
			m.closeInput()
			continue
		}
		if re, ok := AsRecordError(err); ok {
			re.Input = m.curIndex
			return nil, err
		}
		m.closeInput()
		m.release()
		m.err = err
		return nil, err
	}
}

// open opens in and sets up decompression. It returns a *RecordError when
// the input's compressed header is unreadable (the input is then skipped),
// or a fatal error.
func (m *MultiReader) open(in *Input) (*RecordError, error) {
	if in.Open == nil {
		return nil, fmt.Errorf("open %s: input has no Open function", in.Name)
	}
	rc, oerr := in.Open()
	if oerr != nil {
		return nil, fmt.Errorf("open %s: %w", in.Name, oerr)
	}
	m.cur = in
	m.rc = rc
	m.comp = ""
	m.lineNo = 0
	m.records = 0
	m.firstLine = true
	m.ended = false
	m.fallback = in.RelName() + ":"
	m.raw = errread.Reader{R: rc}
	if m.rawBuf == nil {
		m.rawBuf = bufio.NewReaderSize(&m.raw, ioBufferSize)
	} else {
		m.rawBuf.Reset(&m.raw)
	}
	magic, _ := m.rawBuf.Peek(8) // short files have no magic number
	if m.raw.Err != nil {
		return nil, fmt.Errorf("read %s: %w", in.Name, m.raw.Err)
	}
	if kind := unsupportedCompression(magic); kind != "" {
		return &RecordError{
			Source:   in.Name,
			Position: "byte 0",
			Reason:   kind + "-compressed data, which winnow does not read: decompress it first (winnow reads plain, gzip and zstd files)",
			Input:    m.curIndex,
		}, nil
	}
	var err error
	switch {
	case in.Format == FormatWARC && isZstdStart(magic):
		// The WARC reader decodes zstd itself: a .warc.zst file may start
		// with a dictionary frame that every record's frame needs.
		m.comp = "zstd"
		m.src = m.rawBuf
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		m.comp = "gzip"
		if m.gz == nil {
			m.gz, err = gzip.NewReader(m.rawBuf)
		} else {
			err = m.gz.Reset(m.rawBuf)
		}
		if err == nil {
			m.gz.Multistream(true)
			m.setDecoded(m.gz)
		}
	case len(magic) >= 4 && string(magic[:4]) == zstdMagic:
		m.comp = "zstd"
		if m.zd == nil {
			m.zd, err = zstd.NewReader(m.rawBuf,
				zstd.WithDecoderConcurrency(1),
				zstd.WithDecoderMaxMemory(maxZstdWindow),
				zstd.WithDecoderLowmem(true))
			if err != nil && m.zd == nil {
				return nil, fmt.Errorf("open %s: zstd decoder: %w", in.Name, err)
			}
		} else {
			err = m.zd.Reset(m.rawBuf)
		}
		if err == nil {
			m.setDecoded(m.zd)
		}
	default:
		m.src = m.rawBuf
	}
	if err != nil {
		if m.raw.Err != nil {
			return nil, fmt.Errorf("read %s: %w", in.Name, m.raw.Err)
		}
		re := m.streamError(err, "byte 0")
		re.Input = m.curIndex
		return re, nil
	}
	if in.Format == FormatWARC {
		m.warc, err = warc.NewReader(m.src, warc.Options{MaxRecordBytes: int64(m.opts.MaxRecordBytes)})
		if err != nil {
			if m.raw.Err != nil {
				return nil, fmt.Errorf("read %s: %w", in.Name, m.raw.Err)
			}
			// A cut or bad compressed header (the zstd dictionary of a
			// .warc.zst file): the input is rejected, the run goes on.
			re := m.streamError(err, "byte 0")
			re.Input = m.curIndex
			return re, nil
		}
	}
	return nil, nil
}

// unsupportedCompression names the compression format whose magic number
// starts b, for the formats winnow recognises but does not read; "" for
// anything else.
func unsupportedCompression(b []byte) string {
	switch {
	case len(b) >= 4 && b[0] == 'B' && b[1] == 'Z' && b[2] == 'h' && b[3] >= '1' && b[3] <= '9':
		return "bzip2"
	case len(b) >= 6 && string(b[:6]) == "\xfd7zXZ\x00":
		return "xz"
	case len(b) >= 4 && string(b[:4]) == "PK\x03\x04":
		return "zip"
	case len(b) >= 6 && string(b[:6]) == "7z\xbc\xaf\x27\x1c":
		return "7z"
	case len(b) >= 4 && string(b[:4]) == "\x04\x22\x4d\x18":
		return "lz4"
	}
	return ""
}

// skipRecords consumes the first n records of the input just opened, for
// ReadOptions.Start, without parsing them.
func (m *MultiReader) skipRecords(n int64) error {
	changed := func(got int64) error {
		return fmt.Errorf("resume %s: the input has %d records, fewer than the %d already done before the interruption: it has changed since",
			m.cur.Name, got, n)
	}
	if m.cur.Format == FormatWARC {
		for m.records < n {
			d, err := m.nextWARC()
			if _, ok := AsRecordError(err); ok {
				continue
			}
			if err != nil {
				return fmt.Errorf("resume %s: reading the %d records already done: %w", m.cur.Name, n, err)
			}
			if d == nil {
				return changed(m.records)
			}
		}
		return nil
	}
	if m.cur.Format == FormatText || m.cur.Format == FormatHTML {
		if n > 1 {
			return changed(1)
		}
		m.records = 1
		m.ended = true
		return nil
	}
	for m.records < n {
		line, res, err := readLine(m.src, &m.line, m.opts.MaxRecordBytes)
		switch res {
		case lineEOF:
			return changed(m.records)
		case lineBroken:
			if m.raw.Err != nil {
				err = m.raw.Err
			}
			return fmt.Errorf("resume %s: reading the %d records already done: %w", m.cur.Name, n, err)
		}
		m.lineNo++
		if m.firstLine {
			m.firstLine = false
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if res == lineOK && isBlank(line) {
			continue
		}
		m.records++
	}
	return nil
}

// setDecoded makes the line source read from the decompressor r.
func (m *MultiReader) setDecoded(r io.Reader) {
	if m.decBuf == nil {
		m.decBuf = bufio.NewReaderSize(r, ioBufferSize)
	} else {
		m.decBuf.Reset(r)
	}
	m.src = m.decBuf
}

// streamError turns a failure of the current input's compressed stream into
// a reject.
func (m *MultiReader) streamError(err error, position string) *RecordError {
	kind := m.comp
	if kind == "" {
		kind = "input"
	}
	what := "corrupt"
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		what = "truncated"
		err = nil
	}
	var reason string
	switch {
	case m.cur.Format == FormatText || m.cur.Format == FormatHTML:
		reason = fmt.Sprintf("%s %s stream: the document is incomplete and was skipped", what, kind)
	case m.records == 0:
		reason = fmt.Sprintf("%s %s stream before its first record: nothing in it could be read", what, kind)
	default:
		reason = fmt.Sprintf("%s %s stream after %d records: those are kept, the rest of the file is lost", what, kind, m.records)
	}
	return &RecordError{
		Source:   m.cur.Name,
		Position: position,
		Reason:   reason,
		Err:      err,
		Record:   m.records,
	}
}

// failure classifies a read error of the current input: a *RecordError when
// the compressed stream is broken, else a fatal error.
func (m *MultiReader) failure(err error, position string) error {
	if m.raw.Err != nil || m.comp == "" {
		if m.raw.Err != nil {
			err = m.raw.Err
		}
		return fmt.Errorf("read %s: %w", m.cur.Name, err)
	}
	return m.streamError(err, position)
}

// nextText reads the current input as one document. It returns nil, nil at
// the end of the input.
func (m *MultiReader) nextText() (*Document, error) {
	m.ended = true
	max := m.opts.MaxRecordBytes
	data, err := io.ReadAll(io.LimitReader(m.src, int64(max)+1))
	if err != nil {
		return nil, m.failure(err, "byte "+strconv.Itoa(len(data)))
	}
	m.records++
	truncated := false
	if len(data) > max {
		if !m.opts.Truncate {
			return nil, &RecordError{
				Source:   m.cur.Name,
				Position: "byte " + strconv.Itoa(max),
				Reason:   fmt.Sprintf("document is larger than the record size limit of %d bytes", max),
			}
		}
		data = data[:cutPoint(data, max)]
		truncated = true
	}
	if reason, at := textProblem(data); reason != "" {
		return nil, &RecordError{Source: m.cur.Name, Position: "byte " + strconv.Itoa(at), Reason: reason}
	}
	return &Document{ID: m.cur.TextID(), Source: m.cur.Name, Raw: data, Truncated: truncated}, nil
}

// cutPoint returns where to cut b to at most max bytes: after the last line
// break in the second half of b[:max], else at the last character boundary.
func cutPoint(b []byte, max int) int {
	if i := bytes.LastIndexByte(b[:max], '\n'); i >= max/2 {
		return i + 1
	}
	n := max
	for k := 0; k < utf8.UTFMax && n > 0 && !utf8.RuneStart(b[n]); k++ {
		n--
	}
	return n
}

// nextJSONL returns the next document of the current JSONL input, a
// *RecordError, nil, nil at the end of the input, or a fatal error.
func (m *MultiReader) nextJSONL() (*Document, error) {
	defer m.releaseBigLine()
	for {
		line, res, err := readLine(m.src, &m.line, m.opts.MaxRecordBytes)
		if res == lineEOF {
			return nil, nil
		}
		m.lineNo++
		pos := "line " + strconv.FormatInt(m.lineNo, 10)
		switch res {
		case lineBroken:
			// The stream cannot go on: end this input after the reject.
			m.ended = true
			return nil, m.failure(err, pos)
		case lineTooLong:
			m.records++
			return nil, &RecordError{
				Source:   m.cur.Name,
				Position: pos,
				Reason:   fmt.Sprintf("line is longer than the record size limit of %d bytes", m.opts.MaxRecordBytes),
				Record:   m.records - 1,
			}
		}
		if m.firstLine {
			m.firstLine = false
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if isBlank(line) {
			continue
		}
		m.records++
		f, reason := parseJSONLine(line, &m.opts)
		if reason != "" {
			return nil, &RecordError{Source: m.cur.Name, Position: pos, Reason: reason, Record: m.records - 1}
		}
		d := jsonlDocument(line, &f, m.fallback, m.lineNo)
		if reason, _ := textProblem(d.Raw); reason != "" {
			return nil, &RecordError{
				Source:   m.cur.Name,
				Position: pos,
				Reason:   fmt.Sprintf("field %q: %s", m.opts.TextField, reason),
				Record:   m.records - 1,
			}
		}
		d.Source = m.cur.Name
		d.Position = pos
		if m.opts.HTMLField != "" {
			d.Meta = map[string]string{MetaContentType: "text/html"}
		}
		return d, nil
	}
}

// lineKeepBytes is the largest line buffer the reader keeps for the next
// line: a bigger one was grown for a huge record, whose document holds its
// own copy of the text, and kept it would double that record's memory while
// the document waits to be processed.
const lineKeepBytes = 1 << 20

// releaseBigLine drops the line buffer when a huge record grew it.
func (m *MultiReader) releaseBigLine() {
	if cap(m.line) > lineKeepBytes {
		m.line = nil
	}
}

// nextWARC returns the next HTML response of the current WARC input as a
// document (Meta: content-type, crawl-date), a *RecordError for a record it
// cannot use, nil, nil at the end, or a fatal error. Other records are
// skipped by the WARC reader.
func (m *MultiReader) nextWARC() (*Document, error) {
	rec, err := m.warc.Next()
	var werr *warc.RecordError
	switch {
	case err == io.EOF:
		return nil, nil
	case errors.As(err, &werr):
		m.records++
		return nil, &RecordError{Source: m.cur.Name, Position: werr.Position(), Reason: werr.Reason, Err: werr.Err, Record: m.records - 1}
	case err != nil:
		m.ended = true
		if m.raw.Err != nil {
			return nil, fmt.Errorf("read %s: %w", m.cur.Name, m.raw.Err)
		}
		return nil, &RecordError{
			Source: m.cur.Name,
			Reason: fmt.Sprintf("unreadable WARC after %d records: those are kept, the rest of the file is lost", m.records),
			Err:    err,
			Record: m.records,
		}
	}
	m.records++
	return &Document{
		ID: rec.ID, URL: rec.URL, Source: m.cur.Name, Position: rec.Position(), Raw: rec.Body,
		Meta: map[string]string{MetaContentType: rec.ContentType(), "crawl-date": rec.Date},
	}, nil
}

// closeInput closes the current input, if any.
func (m *MultiReader) closeInput() {
	if m.warc != nil {
		_ = m.warc.Close()
		m.warc = nil
	}
	if m.rc != nil {
		_ = m.rc.Close()
	}
	m.rc = nil
	m.cur = nil
	m.src = nil
	m.raw = errread.Reader{}
}

// release frees the decompressors.
func (m *MultiReader) release() {
	if m.zd != nil {
		m.zd.Close()
		m.zd = nil
	}
	if m.gz != nil {
		_ = m.gz.Close()
		m.gz = nil
	}
	m.rawBuf = nil
	m.decBuf = nil
	m.line = nil
}

// Close releases the reader's resources and closes the current input. Next
// returns an error after Close.
func (m *MultiReader) Close() error {
	m.closeInput()
	m.release()
	if m.err == nil {
		m.err = errors.New("corpus: read from closed MultiReader")
	}
	return nil
}

// zstdMagic starts every zstd frame.
const zstdMagic = "\x28\xb5\x2f\xfd"

// isZstdStart reports whether b starts a zstd stream: a zstd frame or a
// skippable frame (magic 0x184D2A50 to 0x184D2A5F; a .warc.zst file may
// start with one holding its dictionary).
func isZstdStart(b []byte) bool {
	return len(b) >= 4 && (string(b[:4]) == zstdMagic || b[0]&0xf0 == 0x50 && string(b[1:4]) == "\x2a\x4d\x18")
}
