package corpus

import (
	"bytes"
	"fmt"
	"testing"
)

// FuzzReaderResume: for any input, reading from After(d) gives exactly
// what followed document d in a full read, whichever d.
func FuzzReaderResume(f *testing.F) {
	f.Add([]byte("{\"text\":\"a\"}\n\n{\"id\":3,\"text\":\"b\"}\r\n{bad}\n{\"text\":\"c\"}"), uint16(1))
	f.Add([]byte("\xef\xbb\xbf{\"text\":\"bom\"}\n   \n{\"text\":\"\\u0000\\u0000\"}\n{\"text\":\"x\"}\n"), uint16(0))
	f.Add([]byte("plain text\nwith lines"), uint16(2))
	f.Fuzz(func(t *testing.T, data []byte, k uint16) {
		const max = 200
		inputs := func() []Input {
			return []Input{
				memInput("a.jsonl", FormatJSONL, data),
				memInput("b.txt", FormatText, data),
				memInput("c.jsonl.gz", FormatJSONL, gzipBytes(t, data)),
			}
		}
		opts := ReadOptions{MaxRecordBytes: max}
		full, err := readAll(t, NewMultiReader(inputs(), opts))
		if err != nil {
			t.Fatalf("fatal error on in-memory input: %v", err)
		}
		var docs []int
		for i, it := range full {
			if it.Doc != nil {
				docs = append(docs, i)
			}
		}
		if len(docs) == 0 {
			return
		}
		i := docs[int(k)%len(docs)]
		opts.Start = After(full[i].Doc)
		rest, err := readAll(t, NewMultiReader(inputs(), opts))
		if err != nil {
			t.Fatalf("resume after item %d: %v", i, err)
		}
		want, got := describe(full[i+1:]), describe(rest)
		if fmt.Sprint(want) != fmt.Sprint(got) {
			t.Fatalf("resume after item %d:\nwant %q\n got %q", i, want, got)
		}
	})
}

// FuzzTruncatedStream: a compressed JSONL stream cut anywhere yields a
// prefix of what the whole stream yields, then one reject for the cut, and
// never a fatal error.
func FuzzTruncatedStream(f *testing.F) {
	f.Add([]byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{bad}\n{\"text\":\"c\"}\n"), uint16(20), false)
	f.Add([]byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{bad}\n{\"text\":\"c\"}\n"), uint16(20), true)
	f.Add(bytes.Repeat([]byte("{\"text\":\"some words\"}\n"), 50), uint16(300), true)
	f.Fuzz(func(t *testing.T, data []byte, cut uint16, useZstd bool) {
		const max = 100
		comp, name := gzipBytes(t, data), "s.jsonl.gz"
		if useZstd {
			comp, name = zstdBytes(t, data), "s.jsonl.zst"
		}
		n := int(cut) % len(comp)
		if n < 4 {
			return // too short to be recognised as compressed
		}
		full, err := readAll(t, NewMultiReader([]Input{memInput(name, FormatJSONL, comp)}, ReadOptions{MaxRecordBytes: max}))
		if err != nil {
			t.Fatalf("fatal error on the whole stream: %v", err)
		}
		items, err := readAll(t, NewMultiReader([]Input{memInput(name, FormatJSONL, comp[:n])}, ReadOptions{MaxRecordBytes: max}))
		if err != nil {
			t.Fatalf("fatal error on the cut stream: %v", err)
		}
		if len(items) == 0 {
			t.Fatal("a cut stream gives at least one reject")
		}
		last := items[len(items)-1]
		if last.Rej == nil || last.Rej.Position == "" {
			t.Fatalf("the cut is not reported: %+v", last)
		}
		kept := describe(items[:len(items)-1])
		if len(kept) > len(full) || fmt.Sprint(kept) != fmt.Sprint(describe(full[:len(kept)])) {
			t.Fatalf("not a prefix:\ncut  %q\nfull %q", kept, describe(full))
		}
	})
}
