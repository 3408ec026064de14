// Package normalize turns a document's raw bytes into clean, canonical text:
// valid UTF-8 (invalid bytes replaced and counted), Unicode NFC (with the
// CJK radicals a PDF's extractor writes for ideographs folded), no control
// or zero-width characters but the joiners that spelling needs, tidy
// whitespace inside lines, and at most one
// blank line between blocks. Line structure is kept: lines are never merged,
// since the splitter reads meaning from it.
package normalize

import (
	"context"
	"encoding/binary"
	"math/bits"
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
// The rules, in order: invalid UTF-8 → U+FFFD; CRLF and lone CR → LF; a
// CJK radical → its ideograph (isRadical); NFC;
// tabs, no-break and other Unicode spaces → a space; other control, format
// and zero-width characters (including a BOM) are removed; runs of spaces
// collapse to one; lines are trimmed; leading and trailing blank lines are
// removed and runs of blank lines collapse to one blank line.
//
// It makes one pass over the bytes, copying tidy runs (text the rules leave
// as it is: printable ASCII and plain characters in words joined by single
// spaces and line breaks; see tidyRun) at once, and tidies spaces and blank
// lines as it goes; NFC is checked (and applied)
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
		if c > ' ' && c != 0x7f {
			// A run of printable ASCII and plain characters (see
			// isPlain) in words separated by single spaces is kept as
			// it is: the tidier would write the very same bytes word by
			// word, and they are inert under NFC.
			if j := tidyRun(raw, i); j > i {
				t.content(raw[i:j])
				i = j
				continue
			}
		}
		if c < utf8.RuneSelf {
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
		case isLineBreak(r):
			t.newline()
		case unicode.IsSpace(r):
			t.space()
		case isInvisible(r):
			// removed
		case isRadical(r):
			var buf [utf8.UTFMax]byte
			t.content(utf8.AppendRune(buf[:0], radicalIdeograph(r)))
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

// tidyRun returns the end of the tidy run that starts at raw[i], or i if
// raw[i] does not start one. A tidy run is made of words of printable ASCII
// and plain characters (see isPlain) joined by single spaces, single line
// feeds or pairs of line feeds, and ends on a word: a separator is taken
// only when a printable or plain character follows it. So the run holds no
// two spaces in a row, no space at either end of a line, no line break
// other than a line feed, and no two blank lines in a row: the tidier,
// after writing the run's first word, would write the rest of it unchanged,
// and NFC would leave it unchanged.
//
// ASCII is read eight bytes at a time: a word of printable ASCII and
// separators each followed by a printable character is taken whole, and a
// word with anything else is taken up to its first such byte, which is then
// looked at on its own.
func tidyRun(raw []byte, i int) int {
	plain := &inertTable().plain
	j := i
	for {
		for j+9 <= len(raw) {
			w := binary.LittleEndian.Uint64(raw[j:])
			stop := tidyStops(w, uint64(notPrintable[raw[j+8]])<<56)
			if stop == 0 {
				j += 8
				continue
			}
			j += bits.TrailingZeros64(stop) / 8
			break
		}
		if j >= len(raw) {
			return j
		}
		c := raw[j]
		switch {
		case c > ' ' && c < 0x7f:
			j++
		case (c == ' ' || c == '\n') && j > i:
			// A separator is taken with the character after it, when
			// that one can be taken.
			k := j + 1
			if c == '\n' && k < len(raw) && raw[k] == '\n' {
				k++ // a blank line
			}
			if k >= len(raw) {
				return j
			}
			if d := raw[k]; d > ' ' && d < 0x7f {
				j = k + 1
			} else if n := plainAt(raw, k, plain); n > 0 {
				j = k + n
			} else {
				return j
			}
		case c >= utf8.RuneSelf:
			n := plainAt(raw, j, plain)
			if n == 0 {
				return j
			}
			j += n
		default:
			return j
		}
	}
}

// tidyStops marks (with the high bit of the byte lane) the bytes of the
// eight in w, loaded little-endian, where tidyRun must look on its own:
// bytes other than printable ASCII, space and line feed, and a space or
// line feed that is not followed by printable ASCII. For the last byte, the
// follower is the byte after the eight: last is 0x80<<56 when it is not
// printable ASCII, 0 when it is (see notPrintable). The arithmetic works on the
// low seven bits of each lane, where adding a constant below 0x80 cannot
// carry into the next lane, so the answer is exact for every lane.
func tidyStops(w, last uint64) uint64 {
	const (
		lanes01 = 0x0101010101010101
		lanes7f = 0x7f7f7f7f7f7f7f7f
		lanes80 = 0x8080808080808080
	)
	low := w & lanes7f
	space := ^((low ^ lanes01*' ') + lanes7f) & ^w & lanes80
	newline := ^((low ^ lanes01*'\n') + lanes7f) & ^w & lanes80
	// Not printable ASCII, space or line feed: non-ASCII, below 0x20
	// other than line feed, or DEL.
	odd := (w | ^(low+lanes01*0x60)&^newline | (low + lanes01)) & lanes80
	sep := space | newline
	// A separator whose follower (the next lane up, or the byte after
	// the eight) is not printable ASCII.
	return odd | sep&((sep|odd)>>8|last)
}

// notPrintable is 0x80 for the bytes other than printable ASCII, 0 for
// printable ASCII.
var notPrintable = func() (t [256]uint8) {
	for c := range t {
		if c <= ' ' || c >= 0x7f {
			t[c] = 0x80
		}
	}
	return t
}()

// plainAt returns the length of the plain character (see isPlain) that
// starts raw[i], or 0 if none does; plain is the isPlain bitmap. Plain
// characters are in the BMP, so it decodes two- and three-byte UTF-8 itself
// (rejecting overlong forms and surrogates, as utf8.DecodeRune does).
func plainAt(raw []byte, i int, plain *[0x10000 / 64]uint64) int {
	c0 := raw[i]
	switch {
	case c0 >= 0xc2 && c0 < 0xe0:
		if i+1 < len(raw) {
			c1 := raw[i+1]
			r := rune(c0&0x1f)<<6 | rune(c1&0x3f)
			if c1&0xc0 == 0x80 && plain[r>>6]&(1<<(r&63)) != 0 {
				return 2
			}
		}
	case c0 >= 0xe0 && c0 < 0xf0:
		if i+2 < len(raw) {
			c1, c2 := raw[i+1], raw[i+2]
			r := rune(c0&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f)
			// Surrogates have no bit in plain.
			if c1&0xc0 == 0x80 && c2&0xc0 == 0x80 && r >= 0x800 && plain[r>>6]&(1<<(r&63)) != 0 {
				return 3
			}
		}
	}
	return 0
}

// isPlain reports the non-ASCII characters of the Basic Multilingual Plane
// that Text keeps as they are, in every context: text (not a space, line
// break, control, format or other invisible character) that is inert under
// NFC (see nfcInert).
func isPlain(r rune) bool {
	if r > 0xffff {
		return false
	}
	t := &inertTable().plain
	return t[r>>6]&(1<<(r&63)) != 0
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
	t := &inertTable().inert
	return t[r>>6]&(1<<(r&63)) != 0
}

// charTables are bitmaps of the Basic Multilingual Plane (bit r&63 of word
// r>>6 for rune r).
type charTables struct {
	inert [0x10000 / 64]uint64 // nfcInert
	plain [0x10000 / 64]uint64 // isPlain
}

var (
	inertOnce   sync.Once
	inertTables *charTables
)

// inertTable computes the nfcInert and isPlain bitmaps of the BMP on first
// use (a few milliseconds).
func inertTable() *charTables {
	inertOnce.Do(func() {
		t := new(charTables)
		var buf [utf8.UTFMax]byte
		for r := rune(0); r < 0x10000; r++ {
			if r >= 0xd800 && r < 0xe000 || isHangulJamo(r) {
				continue
			}
			n := utf8.EncodeRune(buf[:], r)
			if !norm.NFC.Properties(buf[:n]).BoundaryBefore() || !norm.NFC.IsNormal(buf[:n]) {
				continue
			}
			t.inert[r>>6] |= 1 << (r & 63)
			if r >= utf8.RuneSelf && !isLineBreak(r) && !unicode.IsSpace(r) && !isInvisible(r) && !isRadical(r) {
				t.plain[r>>6] |= 1 << (r & 63)
			}
		}
		inertTables = t
	})
	return inertTables
}

// isRadical reports a CJK radical with an equivalent unified ideograph: a
// Kangxi radical (U+2F00 to U+2FD5) or one of the CJK Radicals Supplement
// (U+2E80 to U+2EF3). A PDF's text extractor (pdfminer, pdf.js, pdftotext
// on some fonts) writes them for the ideographs whose glyphs they share
// ("⼤溪" for "大溪", "首⻚" for "首页"), which no reader tells apart and no
// word list holds. Text writes the ideograph (radicalIdeograph) instead.
func isRadical(r rune) bool {
	return r >= 0x2e80 && r <= 0x2fdf && radicalIdeographs[r-0x2e80] != 0
}

// radicalIdeograph returns the unified ideograph the radical r stands for
// (isRadical), from the Unicode Character Database's
// EquivalentUnifiedIdeograph.txt (radicals_table.go; go generate writes
// it).
func radicalIdeograph(r rune) rune { return radicalIdeographs[r-0x2e80] }

//go:generate go run ./internal/genradicals -o radicals_table.go

// isLineBreak reports the non-ASCII characters that end a line: the line
// and paragraph separators and NEL.
func isLineBreak(r rune) bool {
	return r == '\u2028' || r == '\u2029' || r == '\u0085'
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
// characters (zero-width space, word joiner, BOM, bidi marks) and
// private-use or non-characters are kept out. The zero-width non-joiner and
// joiner stay: they are part of the spelling of Persian ("می‌خواهم"),
// Kurdish and the Indic scripts, and of emoji sequences.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x80 && r < 0xa0:
		return true
	case r == '\u200c' || r == '\u200d':
		return false
	case r == '\u200b' || r == '\u2060' || r == '\ufeff':
		return true
	case r == '\u00ad': // soft hyphen
		return true
	case unicode.Is(unicode.Cf, r):
		return true
	}
	return false
}
