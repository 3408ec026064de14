package corpus_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing/fstest"

	"github.com/winnowhq/winnow/corpus"
)

// Reading a directory of dumps: documents come in order with a Seq; a
// *RecordError is a record to count and skip.
func ExampleNewMultiReader() {
	fsys := fstest.MapFS{
		"dumps/a.jsonl": {Data: []byte("{\"id\":\"a1\",\"text\":\"First.\"}\n{\"text\":7}\n{\"text\":\"No id.\"}\n")},
		"dumps/b/c.txt": {Data: []byte("A whole article.\n")},
	}
	inputs, err := corpus.FSInputs(fsys, "dumps")
	if err != nil {
		panic(err)
	}
	r := corpus.NewMultiReader(inputs, corpus.ReadOptions{})
	defer r.Close()
	for {
		d, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		if re, ok := corpus.AsRecordError(err); ok {
			fmt.Println("reject:", re)
			continue
		}
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d %s %q\n", d.Seq, d.ID, d.Raw)
	}
	// Output:
	// 0 a1 "First."
	// reject: dumps/a.jsonl: line 2: field "text" is a number, want a string
	// 1 a.jsonl:3 "No id."
	// 2 b/c "A whole article.\n"
}

// Writing annotated shards and reading them back as gold documents.
func ExampleNewShardWriter() {
	dir, err := os.MkdirTemp("", "winnow-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	w, err := corpus.NewShardWriter(filepath.Join(dir, "out"), corpus.ShardOptions{Annotate: true})
	if err != nil {
		panic(err)
	}
	d := &corpus.Document{
		ID:    "a1",
		Clean: "The article.",
		Paragraphs: []corpus.Paragraph{
			{Text: "By Jane Doe", Label: corpus.Bio, Score: 0.93},
			{Text: "The article.", Label: corpus.Body, Score: 0.98766},
		},
	}
	if err := w.Write(context.Background(), d); err != nil {
		panic(err)
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	for _, s := range w.Shards() {
		fmt.Println(s.Name, s.Documents, s.Bytes)
	}
	docs, err := corpus.ReadShardDir(filepath.Join(dir, "out"))
	if err != nil {
		panic(err)
	}
	for _, p := range docs[0].Paragraphs {
		fmt.Println(p.Label, *p.Score, p.Text)
	}
	// Output:
	// docs-00000.jsonl.zst 1 214
	// bio 0.93 By Jane Doe
	// body 0.9877 The article.
}
