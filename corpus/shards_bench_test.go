package corpus

import (
	"strings"
	"testing"
)

// benchRecordDoc is a document like a cleaned news article: about 6 KB of
// kept text (with quotes and non-ASCII) and 40 labelled paragraphs.
func benchRecordDoc() *Document {
	para := `Alibaba Cloud has announced that it will invest about $28 billion to augment its infrastructure. ` +
		`“Covid-19 has posed additional stress across sectors,” said Jeff Zhang. Café déjà vu – ünïcödé "quoted".`
	d := &Document{ID: "042bb7b5fedab6eac7db576522b89b93#3", URL: "https://example.test/news/2021/alibaba?a=1&b=2"}
	var clean []string
	for i := range 40 {
		l := Label(i % NumLabels)
		if i >= 10 && i < 30 {
			l = Body
		}
		text := para
		if l != Body {
			text = "Subscribe to our newsletter"
		} else {
			clean = append(clean, text)
		}
		d.Paragraphs = append(d.Paragraphs, Paragraph{Text: text, Label: l, Score: 0.9731})
	}
	d.Clean = strings.Join(clean, "\n\n")
	return d
}

// BenchmarkAppendRecord measures encoding one shard record (the "encode"
// part of writing; compression is measured in package bench). SetBytes is
// the record's size.
func BenchmarkAppendRecord(b *testing.B) {
	d := benchRecordDoc()
	for _, annotate := range []bool{false, true} {
		name := "plain"
		if annotate {
			name = "annotate"
		}
		b.Run(name, func(b *testing.B) {
			rec, err := appendRecord(nil, d, annotate)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(rec)))
			b.ReportAllocs()
			buf := rec[:0]
			for b.Loop() {
				buf, _ = appendRecord(buf[:0], d, annotate)
			}
		})
	}
}
