package pipeline_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
)

// printWriter prints each document it is given.
type printWriter struct{}

func (printWriter) Write(_ context.Context, d *corpus.Document) error {
	fmt.Printf("%s: %s\n", d.ID, d.Clean)
	return nil
}
func (printWriter) Close() error { return nil }

func ExampleRun() {
	docs := []*corpus.Document{
		{ID: "a", Raw: []byte("  Hello,   world  ")},
		{ID: "b", Raw: []byte("")},
		{ID: "c", Raw: []byte("Subscribe now!")},
		{ID: "d", Raw: []byte("Second   article")},
	}
	r := docsReader(docs)
	r.items = append(r.items[:2], append([]item{{err: &corpus.RecordError{Source: "in.jsonl", Position: "line 3", Reason: "invalid JSON"}}}, r.items[2:]...)...)

	tidy := stage("tidy", func(_ context.Context, d *corpus.Document) error {
		d.Clean = strings.Join(strings.Fields(string(d.Raw)), " ")
		if d.Clean == "" {
			return stages.Drop("empty")
		}
		return nil
	})
	promo := stage("promo", func(_ context.Context, d *corpus.Document) error {
		if strings.HasPrefix(d.Clean, "Subscribe") {
			return stages.Drop("promo")
		}
		return nil
	})

	// The rejects function runs on the reading goroutine, at the same time
	// as writes: collect, print later.
	var rejects []string
	st, err := pipeline.Run(context.Background(), r, printWriter{}, []stages.Stage{tidy, promo},
		pipeline.WithWorkers(4),
		pipeline.WithRejects(func(re *corpus.RecordError) error {
			rejects = append(rejects, re.Error())
			return nil
		}))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("rejected:", rejects)
	fmt.Printf("read %d, written %d, dropped %v, rejected %d, balanced %v\n",
		st.Read, st.Written, st.DroppedBy, st.Rejected, st.Balanced())
	// Output:
	// a: Hello, world
	// d: Second article
	// rejected: [in.jsonl: line 3: invalid JSON]
	// read 5, written 2, dropped map[empty:1 promo:1], rejected 1, balanced true
}
