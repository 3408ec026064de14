package classify

import (
	"unicode"
	"unicode/utf8"
)

// The word splitting the learned model used before docWords (words.go) split
// and folded each paragraph's words once per document: kept here as the
// reference the fast path is tested against (words_test.go, vector_test.go).

// wordSpan is the byte range of one word in a text.
type wordSpan struct{ start, end int }

// wordSpans writes up to len(dst) word ranges of text into dst and returns
// how many: runs of letters and digits; CJK characters are taken two at a time.
func wordSpans(text string, dst []wordSpan) int {
	n := 0
	start := -1
	emit := func(end int) {
		if start >= 0 && n < len(dst) {
			dst[n] = wordSpan{start, end}
			n++
		}
		start = -1
	}
	for i := 0; i < len(text) && n < len(dst); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isPairScript(r):
			emit(i)
			end := i + size
			if end < len(text) {
				if r2, s2 := utf8.DecodeRuneInString(text[end:]); isPairScript(r2) {
					end += s2
				}
			}
			if n < len(dst) {
				dst[n] = wordSpan{i, end}
				n++
			}
			i = end
			continue
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'),
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsMark(r) || r == '\u200c' || r == '\u200d' || unicode.IsDigit(r)):
			if start < 0 {
				start = i
			}
		default:
			emit(i)
		}
		i += size
	}
	emit(len(text))
	return n
}

// foldAppend appends s folded by foldWord to dst.
func foldAppend(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= '0' && c <= '9':
				c = '0'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			// strings.Map turns an invalid byte into U+FFFD.
			dst = utf8.AppendRune(dst, utf8.RuneError)
		} else {
			dst = utf8.AppendRune(dst, foldWord(r))
		}
		i += size
	}
	return dst
}

// splitWords writes up to len(dst) words of text into dst, folded by
// foldWord: runs of letters and digits; CJK characters are taken two at a time.
func splitWords(text string, dst []string) int {
	var spans [64]wordSpan
	limit := min(len(dst), len(spans))
	n := wordSpans(text, spans[:limit])
	for k := 0; k < n; k++ {
		sp := spans[k]
		dst[k] = string(foldAppend(nil, text[sp.start:sp.end]))
	}
	return n
}
