// Package normalize turns a document's raw bytes into clean, canonical text:
// valid UTF-8 (invalid bytes replaced and counted), Unicode NFC, no control
// or zero-width characters, tidy whitespace inside lines, and at most one
// blank line between blocks. Line structure is kept: lines are never merged,
// since the splitter reads meaning from it.
package normalize

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/winnowhq/winnow/corpus"
)

// Stage is the normalisation stage. Its zero value is ready to use.
type Stage struct{}

// Name implements stages.Stage.
func (Stage) Name() string { return "normalize" }

// Process implements stages.Stage: it sets d.Text and d.InvalidBytes from d.Raw.
func (Stage) Process(_ context.Context, d *corpus.Document) error {
	d.Text, d.InvalidBytes = Text(d.Raw)
	return nil
}

// Text normalises raw bytes and returns the text and the number of bytes that
// were not valid UTF-8 (each invalid sequence becomes one U+FFFD).
//
// The rules, in order: invalid UTF-8 → U+FFFD; CRLF and lone CR → LF; NFC;
// tabs, no-break and other Unicode spaces → a space; other control, format
// and zero-width characters (including a BOM) are removed; runs of spaces
// collapse to one; lines are trimmed; leading and trailing blank lines are
// removed and runs of blank lines collapse to one blank line.
func Text(raw []byte) (string, int) {
	invalid := 0
	// Pass 1: decode, replace invalid bytes, fold line ends and spaces, drop
	// control characters. Most input is clean, so build into one buffer.
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n':
				b.WriteByte('\n')
			case c == '\r':
				b.WriteByte('\n')
				if i < len(raw) && raw[i] == '\n' {
					i++
				}
			case c == '\t' || c == '\v' || c == '\f':
				b.WriteByte(' ')
			case c < 0x20 || c == 0x7f:
				// control character: removed
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			invalid++
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		i += size
		switch {
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case isInvisible(r):
			// removed
		default:
			b.WriteString(raw2str(raw[i-size : i]))
		}
	}
	s := b.String()
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return tidy(s), invalid
}

// raw2str converts a short byte slice to a string; the compiler avoids the
// allocation when the result is passed straight to WriteString.
func raw2str(b []byte) string { return string(b) }

// isInvisible reports runes that carry no text: C0/C1 controls, format
// characters (zero-width space and joiners, BOM, bidi marks) and private-use
// or non-characters are kept out.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x80 && r < 0xa0:
		return true
	case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
		return true
	case r == '\u00ad': // soft hyphen
		return true
	case unicode.Is(unicode.Cf, r):
		return true
	}
	return false
}

// tidy collapses spaces within lines, trims every line and keeps at most one
// blank line between non-blank ones.
func tidy(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blank := false // a blank line is pending
	started := false
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.Trim(line, " ")
		if line == "" {
			blank = started
			continue
		}
		if started {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		started = true
		space := false
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' {
				space = true
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(line[i])
		}
	}
	return b.String()
}
