// Package normalize turns a document's raw bytes into clean, canonical text:
// valid UTF-8 (invalid bytes replaced and counted), Unicode NFC, no control
// or zero-width characters, tidy whitespace inside lines, and at most one
// blank line between blocks. Line structure is kept: lines are never merged,
// since the splitter reads meaning from it.
package normalize

import (
	"context"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/htmlsplit"
)

// Stage is the normalisation stage. Its zero value is ready to use.
type Stage struct{}

// Name implements stages.Stage.
func (Stage) Name() string { return "normalize" }

// Process implements stages.Stage: it sets d.Text and d.InvalidBytes from
// d.Raw and releases d.Raw (sets it to nil): no later stage reads it, and
// on a big document it is as large as the text, which the document keeps
// until it is written. (Released before Text returns, the raw bytes are
// garbage by the time Text makes its NFC copy, if it needs one.)
func (Stage) Process(_ context.Context, d *corpus.Document) error {
	if htmlsplit.IsHTML(d) {
		return nil // the HTML stage already made its text and paragraphs
	}
	raw := d.Raw
	d.Raw = nil
	d.Text, d.InvalidBytes = Text(raw)
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
//
// It makes one pass over the bytes, copying runs of printable ASCII at once,
// and tidies spaces and blank lines as it goes; NFC is checked (and applied)
// afterwards, and only when a character was written that is not inert under
// NFC (see nfcInert): a string of inert characters is already in NFC.
// Tidying before NFC gives the same text as after it, because NFC neither
// adds nor removes spaces and line breaks and nothing composes across them.
func Text(raw []byte) (string, int) {
	invalid := 0
	maybeNotNFC := false
	var t tidier
	t.b.Grow(len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			if c > ' ' && c < 0x7f {
				// A run of printable ASCII words separated by single
				// spaces is kept as it is: the tidier would write the
				// very same bytes word by word.
				j := asciiRun(raw, i)
				t.content(raw[i:j])
				i = j
				continue
			}
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				t.space()
			case c == '\n':
				t.newline()
			case c == '\r':
				t.newline()
				if i < len(raw) && raw[i] == '\n' {
					i++
				}
			default:
				// control character: removed
			}
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			invalid++
			t.content(replacement)
			i++
			continue
		}
		i += size
		switch {
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			t.newline()
		case unicode.IsSpace(r):
			t.space()
		case isInvisible(r):
			// removed
		default:
			if !nfcInert(r) {
				maybeNotNFC = true
			}
			t.content(raw[i-size : i])
		}
	}
	s := t.b.String()
	if maybeNotNFC && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s, invalid
}

// asciiRun returns the end of the run of printable ASCII that starts at
// raw[i] (a printable character other than space): words of printable ASCII
// joined by single spaces, ending on a word. A space is taken only when a
// printable character follows it, so the run never ends in a space and
// holds no two spaces in a row: it is already tidy.
func asciiRun(raw []byte, i int) int {
	j := i + 1
	for j < len(raw) {
		c := raw[j]
		if c > ' ' && c < 0x7f {
			j++
			continue
		}
		if c == ' ' && j+1 < len(raw) && raw[j+1] > ' ' && raw[j+1] < 0x7f {
			j += 2
			continue
		}
		break
	}
	return j
}

// nfcInert reports whether r is in NFC by itself and starts a new segment
// (canonical combining class 0, never composing with the character before
// it); a string of such characters is in NFC, as the NFC quick check says.
// ASCII, Latin-1 letters, general punctuation and most letters of most
// scripts are inert; combining marks, Hangul jamo and characters that NFC
// replaces are not, nor (to keep the table small) anything outside the
// Basic Multilingual Plane.
func nfcInert(r rune) bool {
	if r < utf8.RuneSelf {
		return true
	}
	if r > 0xffff {
		return false
	}
	t := inertTable()
	return t[r>>6]&(1<<(r&63)) != 0
}

var (
	inertOnce sync.Once
	inertBits *[0x10000 / 64]uint64
)

// inertTable computes the nfcInert bitmap of the BMP on first use (a few
// milliseconds).
func inertTable() *[0x10000 / 64]uint64 {
	inertOnce.Do(func() {
		var t [0x10000 / 64]uint64
		var buf [utf8.UTFMax]byte
		for r := rune(0); r < 0x10000; r++ {
			if r >= 0xd800 && r < 0xe000 || isHangulJamo(r) {
				continue
			}
			n := utf8.EncodeRune(buf[:], r)
			if norm.NFC.Properties(buf[:n]).BoundaryBefore() && norm.NFC.IsNormal(buf[:n]) {
				t[r>>6] |= 1 << (r & 63)
			}
		}
		inertBits = &t
	})
	return inertBits
}

// isHangulJamo reports the conjoining jamo, which NFC composes
// algorithmically rather than through its tables.
func isHangulJamo(r rune) bool {
	return r >= 0x1100 && r <= 0x11ff || r >= 0xa960 && r <= 0xa97f || r >= 0xd7b0 && r <= 0xd7ff
}

// replacement is U+FFFD in UTF-8.
var replacement = []byte("\ufffd")

// tidier writes text while collapsing spaces within lines, trimming every
// line and keeping at most one blank line between non-blank ones (and none
// before the first or after the last).
type tidier struct {
	b       strings.Builder
	started bool // a non-blank line has been written
	inLine  bool // the current line has text
	pending bool // spaces followed the current line's text so far
	blank   bool // a blank line came after the last non-blank line
}

// content writes text (no spaces or line breaks) to the current line.
func (t *tidier) content(p []byte) {
	switch {
	case t.inLine:
		if t.pending {
			t.b.WriteByte(' ')
			t.pending = false
		}
	default:
		if t.started {
			t.b.WriteByte('\n')
			if t.blank {
				t.b.WriteByte('\n')
			}
		}
		t.blank = false
		t.started = true
		t.inLine = true
	}
	t.b.Write(p)
}

// space notes a space; it is written only if more text follows on the line.
func (t *tidier) space() {
	if t.inLine {
		t.pending = true
	}
}

// newline ends the current line.
func (t *tidier) newline() {
	if !t.inLine {
		t.blank = t.started
	}
	t.inLine = false
	t.pending = false
}

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
