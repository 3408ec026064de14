package corpus

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
)

// benchJSONL returns n JSONL lines with realistic text (about 3 KB each,
// with escapes and non-ASCII).
func benchJSONL(n int) []byte {
	para := `Alibaba Cloud has announced that it will invest about $28 billion to augment its infrastructure. ` +
		`“Covid-19 has posed additional stress across sectors,” said Jeff Zhang. Café déjà vu – ünïcödé.`
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id":"doc-%d","url":"https://example.test/%d","meta":{"lang":"en","tags":["a","b"]},"text":"`, i, i)
		for j := range 12 {
			if j > 0 {
				b.WriteString(`\n\n`)
			}
			b.WriteString(para)
		}
		b.WriteString("\"}\n")
	}
	return []byte(b.String())
}

func benchRead(b *testing.B, in Input, size int) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		r := NewMultiReader([]Input{in}, ReadOptions{})
		for {
			_, err := r.Next(ctx)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkMultiReaderJSONL(b *testing.B) {
	data := benchJSONL(2000)
	b.Run("plain", func(b *testing.B) { benchRead(b, memInput("b.jsonl", FormatJSONL, data), len(data)) })
	b.Run("zstd", func(b *testing.B) { benchRead(b, memInput("b.jsonl.zst", FormatJSONL, zstdBytes(b, data)), len(data)) })
	b.Run("gzip", func(b *testing.B) { benchRead(b, memInput("b.jsonl.gz", FormatJSONL, gzipBytes(b, data)), len(data)) })
}

func BenchmarkParseJSONLine(b *testing.B) {
	data := benchJSONL(1)
	line := data[:len(data)-1]
	opts := ReadOptions{}.withDefaults()
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		if _, reason := parseJSONLine(line, &opts); reason != "" {
			b.Fatal(reason)
		}
	}
}
