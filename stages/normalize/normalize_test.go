package normalize

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		invalid int
	}{
		{"empty", "", "", 0},
		{"plain", "Hello world.", "Hello world.", 0},
		{"crlf", "a\r\nb\rc", "a\nb\nc", 0},
		{"spaces collapse within line", "a  \t b\u00a0\u00a0c", "a b c", 0},
		{"lines are not merged", "one\ntwo\nthree", "one\ntwo\nthree", 0},
		{"blank lines collapse", "a\n\n\n\n b \n\n\nc", "a\n\nb\n\nc", 0},
		{"leading and trailing blank lines", "\n\n  \na\n\n", "a", 0},
		{"whitespace-only lines are blank", "a\n \t \nb", "a\n\nb", 0},
		{"controls removed", "a\x00b\x07c\x1bd\x7fe", "abcde", 0},
		{"cjk radicals fold to their ideographs", "讀者留⾔（3） ⼤溪\n⺟ ⻳ 首⻚ ⻋", "讀者留言（3） 大溪\n母 龟 首页 车", 0},
		{"c1 controls removed", "a\u0085b\u0090c", "a\nbc", 0},
		{"zero width and bom removed", "\ufeffa\u200bb\u2060c\u00add", "abcd", 0},
		{"joiners kept", "می\u200cخواهم 👨\u200d👩", "می\u200cخواهم 👨\u200d👩", 0},
		{"invalid utf8 replaced and counted", "a\xffb\xc3", "a\ufffdb\ufffd", 2},
		{"nfc", "Cafe\u0301", "Caf\u00e9", 0},
		{"line separator", "a\u2028b", "a\nb", 0},
		{"cjk untouched", "日本語のテキスト。", "日本語のテキスト。", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, invalid := Text([]byte(tt.in))
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.invalid, invalid)
		})
	}
}

func TestTextIsIdempotent(t *testing.T) {
	for _, in := range []string{"a\r\n\r\n\r\nb  c\u00a0", "x\xff\n\n\ny", "  Cafe\u0301 \n\t\n"} {
		once, _ := Text([]byte(in))
		twice, invalid := Text([]byte(once))
		assert.Equal(t, once, twice, "input %q", in)
		assert.Zero(t, invalid)
	}
}

func TestStage(t *testing.T) {
	d := &corpus.Document{Raw: []byte("Title\r\n\r\nBody\xfe text.")}
	require.NoError(t, Stage{}.Process(context.Background(), d))
	assert.Equal(t, "Title\n\nBody\ufffd text.", d.Text)
	assert.Equal(t, 1, d.InvalidBytes)
	assert.Nil(t, d.Raw, "the raw text is released once normalised")
	assert.Equal(t, "normalize", Stage{}.Name())
}

func BenchmarkText(b *testing.B) {
	line := []byte("The quick brown fox jumps over the lazy dog, said the reporter on Tuesday.\n\n")
	var raw []byte
	for len(raw) < 64<<10 {
		raw = append(raw, line...)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		Text(raw)
	}
}
