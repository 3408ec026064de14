package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// JSON Lines input: one JSON object per line.
//
// A line's document takes its text from ReadOptions.TextField (a string,
// required), its ID from IDField (a string, or a number kept as its JSON
// text; when absent, null, empty or of another type the ID is
// "<file>:<line>" with file the input's RelName) and its URL from URLField
// (used only when a string). Other members are ignored; when a key repeats,
// the last one wins, as with encoding/json.
//
// Strings are decoded as by encoding/json except that bytes which are not
// valid UTF-8 are kept as they are instead of being replaced with U+FFFD, so
// the normalise stage sees and counts them. A UTF-8 byte-order mark at the
// start of the first line is ignored. Blank lines (only spaces, tabs or a
// carriage return) are skipped and are not records.

// jsonlFields are the captured members of one JSONL line.
type jsonlFields struct {
	text, id, url jsonField
}

// lineResult says what readLine found.
type lineResult uint8

const (
	lineOK      lineResult = iota // a complete line (without '\n' or "\r\n")
	lineTooLong                   // the line was over the cap and has been skipped
	lineEOF                       // no more lines
	lineBroken                    // the stream failed: the partial line, and err the failure
)

// readLine reads the next line of r, without buffering more than max+2
// bytes of it, and returns it without its "\n" or "\r\n". A line that fits
// in r's buffer is returned in place, as a slice of r's buffer that is valid
// only until the next read from r; a longer one is gathered in *buf (reused).
// With lineBroken the line is the partial line before the failure, and err
// the failure.
func readLine(r *bufio.Reader, buf *[]byte, max int) ([]byte, lineResult, error) {
	limit := max + 2 // room for "\r\n"
	if limit < max {
		limit = max
	}
	frag, err := r.ReadSlice('\n')
	if err == nil && len(frag) <= limit {
		// The common case: the whole line is in r's buffer.
		line := trimLineEnd(frag)
		if len(line) > max {
			return nil, lineTooLong, nil
		}
		return line, lineOK, nil
	}
	line := (*buf)[:0]
	tooLong := false
	for {
		if !tooLong {
			if len(line)+len(frag) > limit {
				tooLong = true
				line = line[:0]
			} else {
				line = append(line, frag...)
			}
		}
		switch {
		case err == nil:
		case errors.Is(err, bufio.ErrBufferFull):
			frag, err = r.ReadSlice('\n')
			continue
		case err == io.EOF:
			if !tooLong && len(line) == 0 {
				*buf = line
				return line, lineEOF, nil
			}
		default:
			*buf = line
			return line, lineBroken, err
		}
		// A complete line (or the last one, without a newline).
		*buf = line
		if tooLong {
			return nil, lineTooLong, nil
		}
		line = trimLineEnd(line)
		if len(line) > max {
			return nil, lineTooLong, nil
		}
		return line, lineOK, nil
	}
}

// trimLineEnd removes a final "\n" or "\r\n" from line.
func trimLineEnd(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
		if n > 1 && line[n-2] == '\r' {
			line = line[:n-2]
		}
	}
	return line
}

// isBlank reports whether b holds only JSON white space.
func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// parseJSONLine validates line as a JSON object and finds the text, id and
// url members. On failure it returns the reject reason.
func parseJSONLine(line []byte, opts *ReadOptions) (jsonlFields, string) {
	var f jsonlFields
	s := jsonScanner{b: line}
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == '{' {
		var keyBuf [64]byte
		err := s.object(func(key []byte, esc bool, v jsonField) {
			if esc {
				key = appendJSONString(keyBuf[:0], key)
			}
			switch string(key) {
			case opts.TextField:
				f.text = v
			case opts.IDField:
				f.id = v
			case opts.URLField:
				f.url = v
			}
		})
		if err != nil {
			return f, "malformed JSON: " + err.Error()
		}
		s.ws()
		if s.i < len(s.b) {
			return f, "malformed JSON: " + s.fail("after top-level value").Error()
		}
		switch f.text.kind {
		case kindString:
			return f, ""
		case kindNone:
			return f, fmt.Sprintf("field %q is missing", opts.TextField)
		default:
			return f, fmt.Sprintf("field %q is %s, want a string", opts.TextField, f.text.kind)
		}
	}
	kind, err := s.value()
	if err != nil {
		return f, "malformed JSON: " + err.Error()
	}
	s.ws()
	if s.i < len(s.b) {
		return f, "malformed JSON: " + s.fail("after top-level value").Error()
	}
	return f, fmt.Sprintf("line is %s, want a JSON object", kind)
}

// jsonlDocument builds the document for a parsed line. fallbackID is the
// "<file>:" prefix used when the line has no usable id.
func jsonlDocument(line []byte, f *jsonlFields, fallbackID string, lineNo int64) *Document {
	d := &Document{}
	raw := f.text.raw(line)
	if f.text.escaped {
		d.Raw = appendJSONString(make([]byte, 0, len(raw)), raw)
	} else {
		d.Raw = append(make([]byte, 0, len(raw)), raw...)
	}
	switch f.id.kind {
	case kindString:
		raw := f.id.raw(line)
		if f.id.escaped {
			d.ID = string(appendJSONString(nil, raw))
		} else {
			d.ID = string(raw)
		}
	case kindNumber:
		d.ID = string(f.id.raw(line))
	}
	if d.ID == "" {
		d.ID = fallbackID + strconv.FormatInt(lineNo, 10)
	}
	if f.url.kind == kindString {
		raw := f.url.raw(line)
		if f.url.escaped {
			d.URL = string(appendJSONString(nil, raw))
		} else {
			d.URL = string(raw)
		}
	}
	return d
}
