package corpus

import (
	"math"
	"math/bits"
	"strconv"
	"unicode/utf8"
)

// Hand-written JSON encoding for the writers' hot paths. Strings are escaped
// as encoding/json escapes them with HTML escaping off: '"', '\\' and control
// characters are escaped, U+2028 and U+2029 are written as \u2028 and \u2029,
// and bytes that are not valid UTF-8 become U+FFFD, so the output is always
// valid UTF-8 JSON.

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes that need no escaping inside a JSON string.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendQuoted appends s as a quoted JSON string to dst. It skips bytes
// that need no escaping eight at a time while they are ASCII.
func appendQuoted(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			w := loadString64(s, i)
			m := lanesStringSpecial(w) | w&lanes80
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendScore appends a score in [0, 1] rounded to 4 decimals, e.g. 0.9731.
func appendScore(dst []byte, score float32) []byte {
	v := math.Round(float64(score)*1e4) / 1e4
	return strconv.AppendFloat(dst, v, 'f', -1, 64)
}
