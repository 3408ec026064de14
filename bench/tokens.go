package bench

import (
	"unicode"
	"unicode/utf8"
)

// asciiWord marks the ASCII bytes that Python's \w matches: [0-9A-Za-z_].
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// IsWordRune reports whether Python's re pattern \w (str pattern, Unicode
// mode) matches r: '_' and every character for which Python's str.isalnum()
// is true, i.e. Unicode letters (Lu, Ll, Lt, Lm, Lo) and numbers (Nd, Nl, No).
// Combining marks (Mn, Mc, Me) are not word characters, so "e\u0301" is the
// token "e" followed by a separator, as in Python.
//
// The letter and number tables are Go's (Unicode 15.0.0), which match Python
// 3.12 exactly. Python 3.11 uses Unicode 14.0.0 and so does not know the 4388
// letters and numbers added in 15.0.0 (CJK Extension H, Kawi, ...); none of
// them occurs in the shared benchmarks.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// tokenSpan is the byte range [start, end) of one token in a text.
type tokenSpan struct{ start, end int }

// appendTokenSpans appends the spans of the maximal runs of word characters
// in text (Python's re.findall(r"\w+", text)) to dst.
func appendTokenSpans(dst []tokenSpan, text string) []tokenSpan {
	for i := 0; i < len(text); {
		// Skip to the start of a word.
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !IsWordRune(r) {
			i += size
			continue
		}
		// Extend it to its end.
		start := i
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				i++
			} else {
				r, size := utf8.DecodeRuneInString(text[i:])
				if !IsWordRune(r) {
					break
				}
				i += size
			}
		}
		dst = append(dst, tokenSpan{start, i})
	}
	return dst
}

// Tokens splits text into the word tokens of the shingle metric: the maximal
// runs of characters matched by Python's \w (see [IsWordRune]), as
// re.findall(r"\w+", text) returns them.
func Tokens(text string) []string {
	spans := appendTokenSpans(nil, text)
	toks := make([]string, len(spans))
	for i, s := range spans {
		toks[i] = text[s.start:s.end]
	}
	return toks
}
