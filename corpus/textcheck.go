package corpus

import (
	"fmt"
	"math/bits"
	"unicode/utf8"
)

// Content checks: a record whose "text" is really binary data (an image or
// an archive renamed .txt, a PDF, UTF-16) would otherwise go through the
// pipeline as U+FFFD soup. The reader rejects it instead, with a reason that
// says what it found.
//
// The rule: a text is refused when it starts with a UTF-16 byte-order mark,
// when more than MaxControlPercent (10%) of its bytes are NUL, other C0
// control bytes (tab, line feed, vertical tab, form feed and carriage return
// are text) or DEL, or when more than MaxJunkPercent (30%) of its bytes are
// such control bytes or bytes that are not part of valid UTF-8. Random
// binary data has about 11% control bytes and 55% in all; Latin-1 French or
// German has a few percent of invalid bytes and is kept, while a Cyrillic
// or Greek legacy encoding is mostly invalid bytes and is refused. Rarer
// stray control bytes and invalid UTF-8 are left to the normalise stage,
// which removes or replaces them and keeps the document.

// MaxControlPercent is the largest share of a text, in percent, that may be
// NUL or other control bytes; a record with more is rejected as binary data.
const MaxControlPercent = 10

// MaxJunkPercent is the largest share of a text, in percent, that may be
// control bytes or bytes that are not valid UTF-8; a record with more is
// rejected as not being UTF-8 text.
const MaxJunkPercent = 30

// textProblem returns a reject reason and the byte offset it concerns when b
// does not look like text, or "" when it does.
func textProblem(b []byte) (reason string, at int) {
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		return "UTF-16 text (it starts with a UTF-16 byte-order mark), which winnow does not read: convert it to UTF-8", 0
	}
	if isCleanText(b) {
		return "", 0
	}
	var ctrl, invalid int
	first := -1
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7f {
				ctrl++
				if first < 0 {
					first = i
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			invalid++
			if first < 0 {
				first = i
			}
		}
		i += size
	}
	junk := ctrl + invalid
	pct := func(n int) float64 { return float64(n) * 100 / float64(len(b)) }
	switch {
	case junk == 0:
		return "", 0
	case ctrl*100 > len(b)*MaxControlPercent:
		return fmt.Sprintf("binary data, not text: %.1f%% of its %d bytes are NUL or control bytes (%.1f%% with invalid UTF-8), first at byte %d",
			pct(ctrl), len(b), pct(junk), first), first
	case junk*100 > len(b)*MaxJunkPercent:
		return fmt.Sprintf("not UTF-8 text: %.1f%% of its %d bytes are not valid UTF-8 or are control bytes, first at byte %d (binary data, or a legacy encoding such as Windows-1251?)",
			pct(junk), len(b), first), first
	}
	return "", 0
}

// isCleanText reports whether b is valid UTF-8 without control bytes (as
// textProblem counts them), the common case, for which textProblem has
// nothing to count. It reads ASCII eight bytes at a time and decodes only
// the non-ASCII characters.
func isCleanText(b []byte) bool {
	i := 0
	for i+8 <= len(b) {
		w := load64(b, i)
		if lanesControl(w) != 0 {
			return false
		}
		if w&lanes80 == 0 {
			i += 8
			continue
		}
		// Decode the characters from the word's first non-ASCII byte
		// until the next ASCII one.
		i += bits.TrailingZeros64(w&lanes80) / 8
		for i < len(b) && b[i] >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				return false
			}
			i += size
		}
	}
	// The last bytes (i is at a character boundary).
	for _, c := range b[i:] {
		if (c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7f {
			return false
		}
	}
	return utf8.Valid(b[i:])
}
