package bench

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTokens checks the tokeniser against Python. The expectations were
// produced with Python 3.11.7 by printing re.findall(r"\w+", text) for each
// input (the regular expression score.py uses), e.g.
//
//	python3 -c 'import re; print(re.findall(r"\w+", "naïve café ½ ٣ क्षि"))'
//
// and pasting the results; non-BMP inputs are written with \U escapes here.
func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{"   ", []string{}},
		{"hello", []string{"hello"}},
		{"Hello, world!", []string{"Hello", "world"}},
		{"don't stop-me now", []string{"don", "t", "stop", "me", "now"}},
		{"snake_case __init__ _", []string{"snake_case", "__init__", "_"}},
		// Combining marks (Mn, Mc) are not \w: Devanagari virama and vowel
		// signs split words, as do decomposed accents.
		{"na\u00efve caf\u00e9 \u00bd \u0663 \u0915\u094d\u0937\u093f", []string{"na\u00efve", "caf\u00e9", "\u00bd", "\u0663", "\u0915", "\u0937"}},
		{"e\u0301te\u0301", []string{"e", "te"}},
		{"\u0301\u0308start", []string{"start"}},
		{"a\u0300\u0301b", []string{"a", "b"}},
		{"\u0915\u094d\u0937\u0924\u094d\u0930\u093f\u092f \u0939\u093f\u0928\u094d\u0926\u0940", []string{"\u0915", "\u0937\u0924", "\u0930", "\u092f", "\u0939", "\u0928", "\u0926"}},
		{"\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd \u05e2\u05d5\u05dc\u05dd", []string{"\u05e9", "\u05dc\u05d5", "\u05dd", "\u05e2\u05d5\u05dc\u05dd"}},
		// Thai vowel signs here are Lo, not marks.
		{"\u0e44\u0e17\u0e22\u0e20\u0e32\u0e29\u0e32", []string{"\u0e44\u0e17\u0e22\u0e20\u0e32\u0e29\u0e32"}},
		// Numbers of every kind (Nd, Nl, No) are \w.
		{"x\u00b2 + y\u00b3 = z\u2074", []string{"x\u00b2", "y\u00b3", "z\u2074"}},
		{"\u216b \u2167 \u32bf \u2460\u2461", []string{"\u216b", "\u2167", "\u32bf", "\u2460\u2461"}},
		{"\u0661\u0662\u0663 \u06f4\u06f5\u06f6 \u07c1", []string{"\u0661\u0662\u0663", "\u06f4\u06f5\u06f6", "\u07c1"}},
		{"\uff12\uff10\uff12\uff10\u5e74 \u6771\u4eac", []string{"\uff12\uff10\uff12\uff10\u5e74", "\u6771\u4eac"}},
		{"\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8", []string{"\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8"}},
		{"\u4e2d\u6587\uff0c\u6807\u70b9\u3002", []string{"\u4e2d\u6587", "\u6807\u70b9"}},
		{"\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac \u0391\u0392\u0393", []string{"\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac", "\u0391\u0392\u0393"}},
		{"Stra\u00dfe \u0130stanbul \u01c5emal", []string{"Stra\u00dfe", "\u0130stanbul", "\u01c5emal"}},
		{"\u02b0 \u00aa \u00ba \u00b5", []string{"\u02b0", "\u00aa", "\u00ba", "\u00b5"}},
		{"a\u200db\u00a0c", []string{"a", "b", "c"}},
		{"\U0001F600 emoji\U0001F44Dok", []string{"emoji", "ok"}},
		{"$28.2bn, 63 zones", []string{"28", "2bn", "63", "zones"}},
		{"https://example.com/a-b?c=d_e", []string{"https", "example", "com", "a", "b", "c", "d_e"}},
		{"tab\tsep\nnew\r\nline", []string{"tab", "sep", "new", "line"}},
		{"e-mail: x@y.z", []string{"e", "mail", "x", "y", "z"}},
		{"\u20ac \u00a3 \u00a9 \u2122 \u00b0 \u00a7", []string{}},
		{"\u00dcn\u00efc\u00f6d\u00e9\u2014dash\u2013en", []string{"\u00dcn\u00efc\u00f6d\u00e9", "dash", "en"}},
		// Not from Python (a Python str cannot hold invalid UTF-8): an invalid
		// byte separates tokens, as the U+FFFD a JSON decoder makes of it would.
		{"ab\xffcd", []string{"ab", "cd"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Tokens(tt.in))
		})
	}
}

func TestIsWordRune(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{'a', true}, {'Z', true}, {'0', true}, {'_', true},
		{'-', false}, {' ', false}, {'\'', false}, {0, false}, {-1, false},
		{'\u00e9', true},  // é, Ll
		{'\u0301', false}, // combining acute, Mn
		{'\u093f', false}, // Devanagari vowel sign i, Mc
		{'\u00bd', true},  // ½, No
		{'\u2167', true},  // Ⅷ, Nl
		{'\u0663', true},  // Arabic-Indic three, Nd
		{'\u3005', true},  // 々, Lm
		{'\u00a0', false}, // no-break space
		{'\u200d', false}, // zero-width joiner, Cf
		{'\ufffd', false}, // replacement character, So
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsWordRune(tt.r), "%U", tt.r)
	}
}
