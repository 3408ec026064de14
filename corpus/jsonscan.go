package corpus

import (
	"bytes"
	"fmt"
	"math/bits"
	"unicode/utf16"
	"unicode/utf8"
)

// This file holds a small JSON scanner for the JSONL reader's hot path. It
// validates a line with the grammar encoding/json accepts, captures the raw
// extent of a few top-level fields, and decodes strings without
// encoding/json's replacement of invalid UTF-8, so that invalid bytes reach
// Document.Raw and the normalise stage can count them.

// jsonKind is the type of a JSON value.
type jsonKind uint8

const (
	kindNone jsonKind = iota
	kindString
	kindNumber
	kindBool
	kindNull
	kindArray
	kindObject
)

// String describes the kind for messages, e.g. "a number".
func (k jsonKind) String() string {
	switch k {
	case kindString:
		return "a string"
	case kindNumber:
		return "a number"
	case kindBool:
		return "a boolean"
	case kindNull:
		return "null"
	case kindArray:
		return "an array"
	case kindObject:
		return "an object"
	}
	return "nothing"
}

// maxJSONDepth is the nesting limit, the same as encoding/json's.
const maxJSONDepth = 10000

// jsonSyntaxError is a malformed line: what was wrong and where.
type jsonSyntaxError struct {
	msg string
	off int // byte offset in the line, or -1 at end of input
}

// Error implements error.
func (e *jsonSyntaxError) Error() string {
	if e.off < 0 {
		return e.msg
	}
	return fmt.Sprintf("%s at byte %d", e.msg, e.off+1)
}

// jsonField is the raw extent of one captured value.
type jsonField struct {
	kind       jsonKind
	start, end int  // value's bytes, quotes included for strings
	escaped    bool // string contains backslash escapes
}

// raw returns the field's bytes in b (for strings, without the quotes).
func (f jsonField) raw(b []byte) []byte {
	if f.kind == kindString {
		return b[f.start+1 : f.end-1]
	}
	return b[f.start:f.end]
}

// jsonScanner walks one JSON text.
type jsonScanner struct {
	b     []byte
	i     int
	depth int
}

func (s *jsonScanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// fail returns a syntax error at the current position.
func (s *jsonScanner) fail(context string) error {
	if s.i >= len(s.b) {
		return &jsonSyntaxError{msg: "unexpected end of input", off: -1}
	}
	return &jsonSyntaxError{msg: fmt.Sprintf("invalid character %s %s", quoteChar(s.b[s.i]), context), off: s.i}
}

// quoteChar formats a byte for an error message the way encoding/json does.
func quoteChar(c byte) string {
	switch {
	case c == '\'':
		return `'\''`
	case c == '"':
		return `'"'`
	case c < 0x20 || c >= 0x7f:
		return fmt.Sprintf("%q", rune(c))
	}
	return "'" + string(rune(c)) + "'"
}

// value skips one value starting at s.i (no leading space) and returns its kind.
func (s *jsonScanner) value() (jsonKind, error) {
	if s.i >= len(s.b) {
		return kindNone, s.fail("")
	}
	switch c := s.b[s.i]; c {
	case '"':
		_, err := s.str()
		return kindString, err
	case '{':
		return kindObject, s.object(nil)
	case '[':
		return kindArray, s.array()
	case 't':
		return kindBool, s.literal("true")
	case 'f':
		return kindBool, s.literal("false")
	case 'n':
		return kindNull, s.literal("null")
	default:
		if c == '-' || (c >= '0' && c <= '9') {
			return kindNumber, s.number()
		}
		return kindNone, s.fail("looking for beginning of value")
	}
}

func (s *jsonScanner) literal(lit string) error {
	for k := 0; k < len(lit); k++ {
		if s.i >= len(s.b) || s.b[s.i] != lit[k] {
			return s.fail("in literal " + lit + " (expecting " + quoteChar(lit[k]) + ")")
		}
		s.i++
	}
	return nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (s *jsonScanner) digits(context string) error {
	if s.i >= len(s.b) || !isDigit(s.b[s.i]) {
		return s.fail(context)
	}
	for s.i < len(s.b) && isDigit(s.b[s.i]) {
		s.i++
	}
	return nil
}

func (s *jsonScanner) number() error {
	if s.b[s.i] == '-' {
		s.i++
	}
	if s.i >= len(s.b) {
		return s.fail("")
	}
	switch c := s.b[s.i]; {
	case c == '0':
		s.i++
	case c >= '1' && c <= '9':
		for s.i < len(s.b) && isDigit(s.b[s.i]) {
			s.i++
		}
	default:
		return s.fail("in numeric literal")
	}
	if s.i < len(s.b) && s.b[s.i] == '.' {
		s.i++
		if err := s.digits("after decimal point in numeric literal"); err != nil {
			return err
		}
	}
	if s.i < len(s.b) && (s.b[s.i] == 'e' || s.b[s.i] == 'E') {
		s.i++
		if s.i < len(s.b) && (s.b[s.i] == '+' || s.b[s.i] == '-') {
			s.i++
		}
		if err := s.digits("in exponent of numeric literal"); err != nil {
			return err
		}
	}
	return nil
}

// strSpecial marks the bytes that end a run of plain string bytes.
var strSpecial = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'] = true
	t['\\'] = true
	return t
}()

// str skips a string starting at the opening quote and reports whether it
// holds escapes.
func (s *jsonScanner) str() (escaped bool, err error) {
	s.i++ // opening quote
	b := s.b
	for {
		// Skip plain bytes eight at a time, then one at a time near the
		// end of the line.
		i := s.i
		for i+8 <= len(b) {
			if m := lanesStringSpecial(load64(b, i)); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		for i < len(b) && !strSpecial[b[i]] {
			i++
		}
		s.i = i
		if s.i >= len(b) {
			return escaped, s.fail("")
		}
		switch c := b[s.i]; {
		case c == '"':
			s.i++
			return escaped, nil
		case c == '\\':
			escaped = true
			s.i++
			if s.i >= len(b) {
				return escaped, s.fail("")
			}
			switch b[s.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i++
			case 'u':
				s.i++
				for k := 0; k < 4; k++ {
					if s.i >= len(b) || !isHex(b[s.i]) {
						return escaped, s.fail("in \\u hexadecimal character escape")
					}
					s.i++
				}
			default:
				return escaped, s.fail("in string escape code")
			}
		default:
			return escaped, s.fail("in string literal")
		}
	}
}

func isHex(c byte) bool {
	return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func (s *jsonScanner) enter() error {
	s.depth++
	if s.depth > maxJSONDepth {
		return &jsonSyntaxError{msg: "exceeded max depth", off: s.i}
	}
	return nil
}

func (s *jsonScanner) array() error {
	if err := s.enter(); err != nil {
		return err
	}
	s.i++ // '['
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == ']' {
		s.i++
		s.depth--
		return nil
	}
	for {
		s.ws()
		if _, err := s.value(); err != nil {
			return err
		}
		s.ws()
		if s.i >= len(s.b) {
			return s.fail("")
		}
		switch s.b[s.i] {
		case ',':
			s.i++
		case ']':
			s.i++
			s.depth--
			return nil
		default:
			return s.fail("after array element")
		}
	}
}

// object skips an object starting at '{'. When capture is not nil it is
// called for every member with the key's raw bytes (without quotes), whether
// the key holds escapes, and the member value's field.
func (s *jsonScanner) object(capture func(key []byte, keyEscaped bool, v jsonField)) error {
	if err := s.enter(); err != nil {
		return err
	}
	s.i++ // '{'
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == '}' {
		s.i++
		s.depth--
		return nil
	}
	for {
		s.ws()
		if s.i >= len(s.b) || s.b[s.i] != '"' {
			return s.fail("looking for beginning of object key string")
		}
		kstart := s.i
		kesc, err := s.str()
		if err != nil {
			return err
		}
		kend := s.i
		s.ws()
		if s.i >= len(s.b) || s.b[s.i] != ':' {
			return s.fail("after object key")
		}
		s.i++
		s.ws()
		vstart := s.i
		var vesc bool
		var kind jsonKind
		if s.i < len(s.b) && s.b[s.i] == '"' {
			kind = kindString
			vesc, err = s.str()
		} else {
			kind, err = s.value()
		}
		if err != nil {
			return err
		}
		if capture != nil {
			capture(s.b[kstart+1:kend-1], kesc, jsonField{kind: kind, start: vstart, end: s.i, escaped: vesc})
		}
		s.ws()
		if s.i >= len(s.b) {
			return s.fail("")
		}
		switch s.b[s.i] {
		case ',':
			s.i++
		case '}':
			s.i++
			s.depth--
			return nil
		default:
			return s.fail("after object key:value pair")
		}
	}
}

// appendJSONString appends the decoded content of a validated JSON string
// (raw is what lies between the quotes) to dst. Escapes are decoded as
// encoding/json does (a lone surrogate becomes U+FFFD), but bytes that are not
// valid UTF-8 are kept as they are.
func appendJSONString(dst, raw []byte) []byte {
	for len(raw) > 0 {
		k := bytes.IndexByte(raw, '\\')
		if k < 0 {
			return append(dst, raw...)
		}
		dst = append(dst, raw[:k]...)
		raw = raw[k:]
		switch raw[1] {
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			r := hex4(raw[2:6])
			raw = raw[6:]
			if utf16.IsSurrogate(r) {
				if len(raw) >= 6 && raw[0] == '\\' && raw[1] == 'u' {
					if dec := utf16.DecodeRune(r, hex4(raw[2:6])); dec != utf8.RuneError {
						raw = raw[6:]
						dst = utf8.AppendRune(dst, dec)
						continue
					}
				}
				r = utf8.RuneError
			}
			dst = utf8.AppendRune(dst, r)
			continue
		default: // '"', '\\', '/'
			dst = append(dst, raw[1])
		}
		raw = raw[2:]
	}
	return dst
}

// hex4 decodes four validated hexadecimal digits.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}
