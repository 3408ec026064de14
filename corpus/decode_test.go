package corpus

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// referenceAppendJSONString is appendJSONString as first written: the
// plain runs found with bytes.IndexByte and appended.
func referenceAppendJSONString(dst, raw []byte) []byte {
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

// TestAppendJSONString holds appendJSONString to the reference on random
// JSON string contents (escapes of every kind, surrogates alone and in
// pairs, invalid UTF-8, at every offset of the eight-byte words), appended
// to empty, short and nearly full buffers.
func TestAppendJSONString(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	pieces := []string{"a", "word ", "é", "中文", "😀", `\n`, `\t`, `\r`, `\b`, `\f`, `\"`, `\\`, `\/`, `\u0000`, `\u00e9`,
		`\u4e2d`, `\ud83d\ude00`, `\ud800`, `\udc00x`, `\ud800\u0041`, `\ud800\\`, "\x7f", "\xff", "\xc3", "abcdefgh"}
	for range 200000 {
		var raw []byte
		for range rng.IntN(30) {
			raw = append(raw, pieces[rng.IntN(len(pieces))]...)
		}
		prefix := []byte("prefix")[:rng.IntN(7)]
		dst := append(make([]byte, 0, len(prefix)+rng.IntN(4)), prefix...)
		got := appendJSONString(dst, raw)
		want := referenceAppendJSONString(append([]byte(nil), prefix...), raw)
		if !bytes.Equal(got, want) {
			t.Fatalf("appendJSONString(%q, %q) = %q, want %q", prefix, raw, got, want)
		}
	}
}

// BenchmarkAppendJSONString decodes a text with an escape every few dozen
// bytes, as the JSONL texts have (every line break is one), into a reused
// buffer.
func BenchmarkAppendJSONString(b *testing.B) {
	raw := bytes.Repeat([]byte(`The quick brown fox jumps over the lazy dog, said the reporter.\nCafé \u003c中文\u003e.\n`), 800)
	b.SetBytes(int64(len(raw)))
	var dst []byte
	for b.Loop() {
		dst = appendJSONString(dst[:0], raw)
	}
}
