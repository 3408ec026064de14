package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// hasMagic reports whether data starts like a compressed stream: gzip and
// zstd, which the reader decompresses, or a format it rejects whole.
func hasMagic(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0x1f, 0x8b}) || bytes.HasPrefix(data, []byte(zstdMagic)) ||
		unsupportedCompression(data) != ""
}

func addJSONLSeeds(f *testing.F) {
	for _, s := range jsonSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte("{\"text\":\"a\"}\n\n{\"id\":3,\"text\":\"b\"}\r\n{bad}\n" + strings.Repeat("x", 300) + "\n"))
	f.Add([]byte("\xef\xbb\xbf{\"text\":\"bom\"}"))
	f.Add(gzipBytes(f, []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n")))
	f.Add(zstdBytes(f, []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n")))
	f.Add([]byte("{\"text\":\"\\u0000\\u0000\\u0000x\"}\n{\"text\":\"a raw \x00\"}\n{\"text\":\"caf\xe9\"}\n"))
	f.Add([]byte("{\"text\":42}\n{\"text\":null}\n[1]\n{\"id\":{},\"text\":\"x\"}\n"))
	f.Add(gzipBytes(f, []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"))[:25])
	f.Add([]byte("\xfd7zXZ\x00\x00\x04junk"))
}

// FuzzJSONLReader feeds arbitrary bytes to the reader as a JSONL file: it
// must never panic or fail, and (for uncompressed data) every non-blank line
// must give exactly one document or one reject, at its line, agreeing with
// encoding/json on validity.
func FuzzJSONLReader(f *testing.F) {
	addJSONLSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		const max = 256
		items, err := readAll(t, NewMultiReader([]Input{memInput("f.jsonl", FormatJSONL, data)}, ReadOptions{MaxRecordBytes: max}))
		if err != nil {
			t.Fatalf("fatal error on in-memory input: %v", err)
		}
		if hasMagic(data) {
			return
		}
		// What the reader should see: lines without "\n" (and without the
		// "\r" of a "\r\n"), the first without a byte-order mark.
		lines := bytes.Split(data, []byte("\n"))
		type rec struct {
			no      int
			line    []byte
			tooLong bool
		}
		var want []rec
		for i, l := range lines {
			if i < len(lines)-1 {
				l = bytes.TrimSuffix(l, []byte("\r"))
			}
			tooLong := len(l) > max
			if i == 0 {
				l = bytes.TrimPrefix(l, []byte("\xef\xbb\xbf"))
			}
			if tooLong || !isBlank(l) {
				want = append(want, rec{i + 1, l, tooLong})
			}
		}
		if len(items) != len(want) {
			t.Fatalf("%d records for %d non-blank lines", len(items), len(want))
		}
		for k, it := range items {
			w := want[k]
			pos := fmt.Sprintf("line %d", w.no)
			if it.Doc != nil {
				if it.Doc.Position != pos || it.Doc.Seq < 0 {
					t.Fatalf("doc at %q, want %q", it.Doc.Position, pos)
				}
			} else if it.Rej.Position != pos {
				t.Fatalf("reject at %q, want %q", it.Rej.Position, pos)
			}
			if w.tooLong {
				if it.Rej == nil || !strings.HasPrefix(it.Rej.Reason, "line is longer than") {
					t.Fatalf("line of %d bytes not rejected as too long", len(w.line))
				}
				continue
			}
			checkAgainstStdlib(t, w.line)
			if (it.Doc != nil) != (it.Rej == nil) {
				t.Fatal("item is neither a document nor a reject")
			}
		}
	})
}

// FuzzParseJSONLine checks the JSON scanner against encoding/json.
func FuzzParseJSONLine(f *testing.F) {
	for _, s := range jsonSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		checkAgainstStdlib(t, line)
	})
}

// FuzzTextReader feeds arbitrary bytes to the reader as a text file: one
// document holding exactly the bytes, or one reject.
func FuzzTextReader(f *testing.F) {
	f.Add([]byte("Headline\n\nBody.\n"))
	f.Add([]byte{})
	f.Add([]byte(strings.Repeat("long ", 100)))
	f.Add(gzipBytes(f, []byte("compressed text")))
	f.Add(zstdBytes(f, []byte("compressed text")))
	// The bad kinds of issue 6: binary junk, UTF-16, Latin-1, NUL bytes,
	// unsupported compression, cut streams.
	f.Add(randomBytes(200, 11))
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	f.Add([]byte("caf\xe9 cr\xe8me br\xfbl\xe9e"))
	f.Add([]byte("a\x00b\x00c\x00d\x00"))
	f.Add([]byte("\xfd7zXZ\x00\x00\x04junk"))
	f.Add([]byte("BZh91AY&SYjunk"))
	f.Add(gzipBytes(f, []byte("a text cut short"))[:15])
	f.Fuzz(func(t *testing.T, data []byte) {
		const max = 300
		items, err := readAll(t, NewMultiReader([]Input{memInput("d/f.txt", FormatText, data)}, ReadOptions{MaxRecordBytes: max}))
		if err != nil {
			t.Fatalf("fatal error on in-memory input: %v", err)
		}
		if len(items) != 1 {
			t.Fatalf("%d items, want 1", len(items))
		}
		if hasMagic(data) {
			return
		}
		if len(data) > max {
			if items[0].Rej == nil {
				t.Fatalf("%d bytes not rejected", len(data))
			}
			return
		}
		if reason, _ := textProblem(data); reason != "" {
			if items[0].Rej == nil || items[0].Rej.Reason != reason {
				t.Fatalf("binary data not rejected: %+v", items[0])
			}
			return
		}
		if items[0].Doc == nil || !bytes.Equal(items[0].Doc.Raw, data) || items[0].Doc.ID != "f" {
			t.Fatalf("got %+v", items[0])
		}
	})
}

// FuzzGoldReader: ReadGold never panics, and what it reads survives a
// WriteGold/ReadGold round trip.
func FuzzGoldReader(f *testing.F) {
	f.Add([]byte(`{"id":"a","source":"s","paragraphs":[{"text":"t","label":"body"},{"text":"u","label":"bio","score":0.5}]}`))
	f.Add([]byte(`{"id":"a","text":"x","labels":{"body":1},"paragraphs":[]}` + "\n\n"))
	f.Add([]byte(`{"id":"a"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := ReadGold(bytes.NewReader(data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteGold(&buf, docs); err != nil {
			t.Fatal(err)
		}
		back, err := ReadGold(&buf)
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, buf.Bytes())
		}
		if len(back) != len(docs) {
			t.Fatalf("%d docs, re-read %d", len(docs), len(back))
		}
		a, _ := json.Marshal(docs)
		b, _ := json.Marshal(back)
		if !bytes.Equal(a, b) {
			t.Fatalf("round trip differs:\n%s\n%s", a, b)
		}
	})
}

// FuzzAppendQuoted: the string encoder always writes valid JSON that decodes
// to what encoding/json's own encoding decodes to.
func FuzzAppendQuoted(f *testing.F) {
	f.Add("plain")
	f.Add("q\"b\\c\n\x00\u2028\xff<>&")
	f.Fuzz(func(t *testing.T, s string) {
		got := appendQuoted(nil, s)
		if !json.Valid(got) {
			t.Fatalf("invalid JSON %q", got)
		}
		want, _ := json.Marshal(s)
		var a, b string
		if err := json.Unmarshal(got, &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(want, &b); err != nil {
			t.Fatal(err)
		}
		if a != b {
			t.Fatalf("decoded %q, encoding/json %q", a, b)
		}
	})
}
