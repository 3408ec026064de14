package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMultiReaderText(t *testing.T) {
	plain := []byte("Headline\n\nBody paragraph.\n")
	tests := []struct {
		name string
		in   Input
		id   string
	}{
		{"plain", memInput("dumps/a/b.txt", FormatText, plain), "b"},
		{"gzip", memInput("dumps/a/b.txt.gz", FormatText, gzipBytes(t, plain)), "b"},
		{"zstd", memInput("dumps/a/b.txt.zst", FormatText, zstdBytes(t, plain)), "b"},
		{"gzip named zst", memInput("b.txt.zst", FormatText, gzipBytes(t, plain)), "b"},
		{"zstd named gz", memInput("b.txt.gz", FormatText, zstdBytes(t, plain)), "b"},
		{"plain named gz", memInput("b.txt.gz", FormatText, plain), "b"},
		{"under root", Input{Name: "dumps/a/b.txt.gz", Root: "dumps", Format: FormatText, Open: memInput("", 0, gzipBytes(t, plain)).Open}, "a/b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items, err := readAll(t, NewMultiReader([]Input{tc.in}, ReadOptions{}))
			require.NoError(t, err)
			require.Len(t, items, 1)
			d := items[0].Doc
			require.NotNil(t, d, "reject: %v", items[0].Rej)
			assert.Equal(t, tc.id, d.ID)
			assert.Equal(t, plain, d.Raw)
			assert.Equal(t, tc.in.Name, d.Source)
			assert.Equal(t, "", d.Position)
			assert.Equal(t, int64(0), d.Seq)
		})
	}
}

func TestMultiReaderTextEmptyAndCap(t *testing.T) {
	inputs := []Input{
		memInput("empty.txt", FormatText, nil),
		memInput("big.txt", FormatText, bytes.Repeat([]byte("x"), 101)),
		memInput("exact.txt", FormatText, bytes.Repeat([]byte("y"), 100)),
		memInput("big.txt.gz", FormatText, gzipBytes(t, bytes.Repeat([]byte("z"), 5000))),
	}
	items, err := readAll(t, NewMultiReader(inputs, ReadOptions{MaxRecordBytes: 100}))
	require.NoError(t, err)
	require.Len(t, items, 4)
	require.NotNil(t, items[0].Doc)
	assert.Empty(t, items[0].Doc.Raw)
	assert.Equal(t, "empty", items[0].Doc.ID)
	require.NotNil(t, items[1].Rej)
	assert.Equal(t, "big.txt", items[1].Rej.Source)
	assert.Equal(t, "document is larger than the record size limit of 100 bytes", items[1].Rej.Reason)
	require.NotNil(t, items[2].Doc)
	assert.Equal(t, int64(1), items[2].Doc.Seq, "rejects do not use up a Seq")
	assert.Len(t, items[2].Doc.Raw, 100)
	require.NotNil(t, items[3].Rej)
	assert.Equal(t, "document is larger than the record size limit of 100 bytes", items[3].Rej.Reason)
}

func TestMultiReaderJSONL(t *testing.T) {
	data := strings.Join([]string{
		`{"id":"a1","url":"https://x.test/1","text":"first\nline"}`,
		``,
		`   `,
		`{"id":42,"text":"numeric id"}`,
		`{"id":1.5e3,"text":"float id"}`,
		`{"text":"no id"}`,
		`{"id":null,"text":"null id","url":7}`,
		`{"id":"","text":"empty id"}`,
		`{"id":{"x":1},"text":"object id"}`,
		`{"id":"esc\u00e9\"q","text":"a\u0041\ud83d\ude00\ud800x\\","extra":[1,{"a":null}]}`,
		"{\"text\":\"crlf\"}\r",
		`{"text":"dup","text":"last wins"}`,
		` {"text" : "spaces" } `,
	}, "\n")
	items, err := readAll(t, NewMultiReader([]Input{memInput("in/x.jsonl", FormatJSONL, []byte(data))}, ReadOptions{}))
	require.NoError(t, err)
	docs, rejects := docsAndRejects(items)
	require.Empty(t, rejects)
	want := []struct{ id, url, text, pos string }{
		{"a1", "https://x.test/1", "first\nline", "line 1"},
		{"42", "", "numeric id", "line 4"},
		{"1.5e3", "", "float id", "line 5"},
		{"x.jsonl:6", "", "no id", "line 6"},
		{"x.jsonl:7", "", "null id", "line 7"},
		{"x.jsonl:8", "", "empty id", "line 8"},
		{"x.jsonl:9", "", "object id", "line 9"},
		{"esc\u00e9\"q", "", "aA\U0001F600\uFFFDx\\", "line 10"},
		{"x.jsonl:11", "", "crlf", "line 11"},
		{"x.jsonl:12", "", "last wins", "line 12"},
		{"x.jsonl:13", "", "spaces", "line 13"},
	}
	require.Len(t, docs, len(want))
	for i, w := range want {
		d := docs[i]
		assert.Equal(t, w.id, d.ID, "doc %d", i)
		assert.Equal(t, w.url, d.URL, "doc %d", i)
		assert.Equal(t, w.text, string(d.Raw), "doc %d", i)
		assert.Equal(t, w.pos, d.Position, "doc %d", i)
		assert.Equal(t, "in/x.jsonl", d.Source)
		assert.Equal(t, int64(i), d.Seq)
	}
}

func TestMultiReaderJSONLRejects(t *testing.T) {
	lines := []struct {
		line   string
		reason string // "" for a document
	}{
		{`{"text":"ok"}`, ""},
		{`{"text":"unterminated`, "malformed JSON: unexpected end of input"},
		{`{"id":1}`, `field "text" is missing`},
		{`{"text":12}`, `field "text" is a number, want a string`},
		{`{"text":null}`, `field "text" is null, want a string`},
		{`{"text":["a"]}`, `field "text" is an array, want a string`},
		{`{"text":{}}`, `field "text" is an object, want a string`},
		{`{"text":true}`, `field "text" is a boolean, want a string`},
		{`[1,2]`, "line is an array, want a JSON object"},
		{`"just a string"`, "line is a string, want a JSON object"},
		{`{"text":"a"} x`, "malformed JSON: invalid character 'x' after top-level value at byte 14"},
		{`{"text":"a",}`, "malformed JSON: invalid character '}' looking for beginning of object key string at byte 13"},
		{`{"text":"a\q"}`, `malformed JSON: invalid character 'q' in string escape code at byte 12`},
		{"{\"text\":\"tab\there\"}", `malformed JSON: invalid character '\t' in string literal at byte 13`},
		{`{"text":01}`, "malformed JSON: invalid character '1' after object key:value pair at byte 10"},
		{`nul`, "malformed JSON: unexpected end of input"},
		{`{"text":"ok again"}`, ""},
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.line + "\n")
	}
	items, err := readAll(t, NewMultiReader([]Input{memInput("r.jsonl", FormatJSONL, []byte(b.String()))}, ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, items, len(lines))
	for i, l := range lines {
		pos := fmt.Sprintf("line %d", i+1)
		if l.reason == "" {
			require.NotNil(t, items[i].Doc, "line %d: %v", i+1, items[i].Rej)
			assert.Equal(t, pos, items[i].Doc.Position)
			continue
		}
		require.NotNil(t, items[i].Rej, "line %d should be rejected", i+1)
		assert.Equal(t, "r.jsonl", items[i].Rej.Source)
		assert.Equal(t, pos, items[i].Rej.Position)
		assert.Equal(t, l.reason, items[i].Rej.Reason, "line %d", i+1)
		// Every malformed line is also malformed for encoding/json, and vice versa.
		assert.Equal(t, strings.HasPrefix(l.reason, "malformed"), !jsonValid(l.line), "line %d", i+1)
	}
	assert.Equal(t, int64(1), items[len(items)-1].Doc.Seq)
}

func TestMultiReaderCustomFields(t *testing.T) {
	data := `{"doc_id":"d1","body":"hello","link":"http://l","text":"ignored","id":"ignored"}` + "\n"
	opts := ReadOptions{TextField: "body", IDField: "doc_id", URLField: "link"}
	items, err := readAll(t, NewMultiReader([]Input{memInput("c.jsonl", FormatJSONL, []byte(data))}, opts))
	require.NoError(t, err)
	require.Len(t, items, 1)
	require.NotNil(t, items[0].Doc)
	assert.Equal(t, "d1", items[0].Doc.ID)
	assert.Equal(t, "hello", string(items[0].Doc.Raw))
	assert.Equal(t, "http://l", items[0].Doc.URL)

	items, err = readAll(t, NewMultiReader([]Input{memInput("c.jsonl", FormatJSONL, []byte(`{"text":"x"}`))}, opts))
	require.NoError(t, err)
	require.NotNil(t, items[0].Rej)
	assert.Equal(t, `field "body" is missing`, items[0].Rej.Reason)
}

func TestMultiReaderInvalidUTF8Kept(t *testing.T) {
	data := []byte("{\"id\":\"i\xff\",\"text\":\"caf\xe9 \\u00e9 \xc3\"}\n")
	items, err := readAll(t, NewMultiReader([]Input{memInput("u.jsonl", FormatJSONL, data)}, ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, items, 1)
	require.NotNil(t, items[0].Doc)
	assert.Equal(t, []byte("caf\xe9 \u00e9 \xc3"), items[0].Doc.Raw)
	assert.Equal(t, "i\xff", items[0].Doc.ID)
}

func TestMultiReaderBOM(t *testing.T) {
	data := []byte("\xef\xbb\xbf{\"text\":\"a\"}\n\xef\xbb\xbf{\"text\":\"b\"}\n")
	items, err := readAll(t, NewMultiReader([]Input{memInput("b.jsonl", FormatJSONL, data)}, ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, items, 2)
	require.NotNil(t, items[0].Doc, "a BOM on the first line is ignored")
	require.NotNil(t, items[1].Rej, "a BOM elsewhere is malformed JSON")
}

func TestMultiReaderLongLines(t *testing.T) {
	const max = 1000
	long := `{"text":"` + strings.Repeat("x", 5*ioBufferSize) + `"}`
	exact := `{"text":"` + strings.Repeat("y", max-len(`{"text":""}`)) + `"}`
	over := `{"text":"` + strings.Repeat("z", max+1-len(`{"text":""}`)) + `"}`
	data := strings.Join([]string{`{"text":"a"}`, long, exact, over, exact + "\r", `{"text":"b"}`, long}, "\n")
	items, err := readAll(t, NewMultiReader([]Input{memInput("l.jsonl", FormatJSONL, []byte(data))}, ReadOptions{MaxRecordBytes: max}))
	require.NoError(t, err)
	require.Len(t, items, 7)
	kinds := ""
	for _, it := range items {
		if it.Doc != nil {
			kinds += "d"
		} else {
			kinds += "r"
			assert.Equal(t, "line is longer than the record size limit of 1000 bytes", it.Rej.Reason)
		}
	}
	assert.Equal(t, "drdrddr", kinds)
	assert.Equal(t, "line 2", items[1].Rej.Position)
	assert.Equal(t, "line 6", items[5].Doc.Position)
	assert.Equal(t, "b", string(items[5].Doc.Raw))
}

// endlessLine produces "{"text":"xxxx..." forever-ish without holding it in memory.
type endlessLine struct{ n, left int }

func (e *endlessLine) Read(p []byte) (int, error) {
	if e.left <= 0 {
		n := copy(p, "\"}\n{\"text\":\"after\"}\n")
		return n, io.EOF
	}
	n := min(len(p), e.left)
	for i := range p[:n] {
		p[i] = 'x'
	}
	e.left -= n
	return n, nil
}

func TestMultiReaderHugeLineDoesNotBuffer(t *testing.T) {
	const total = 256 << 20 // 256 MiB line, cap 1 MiB
	in := Input{Name: "huge.jsonl", Format: FormatJSONL, Open: func() (io.ReadCloser, error) {
		return io.NopCloser(io.MultiReader(strings.NewReader(`{"text":"`), &endlessLine{left: total})), nil
	}}
	r := NewMultiReader([]Input{in}, ReadOptions{MaxRecordBytes: 1 << 20})
	_, err := r.Next(context.Background())
	re, ok := AsRecordError(err)
	require.True(t, ok, "got %v", err)
	assert.Equal(t, "line is longer than the record size limit of 1048576 bytes", re.Reason)
	assert.LessOrEqual(t, cap(r.line), 2<<20, "line buffer grew past the cap")
	d, err := r.Next(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "after", string(d.Raw))
	assert.Equal(t, "line 2", d.Position)
}

func TestMultiReaderTruncated(t *testing.T) {
	var b strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&b, "{\"id\":%d,\"text\":\"document number %d with some words\"}\n", i, i*7919%10007)
	}
	full := []byte(b.String())
	for _, tc := range []struct {
		name, ext string
		comp      func(testing.TB, []byte) []byte
	}{
		{"gzip", ".gz", gzipBytes},
		{"zstd", ".zst", zstdBytes},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.comp(t, full)
			for _, cut := range []int{len(c) / 3, len(c) / 2, len(c) - 1, 10, 4} {
				inputs := []Input{
					memInput("t.jsonl"+tc.ext, FormatJSONL, c[:cut]),
					memInput("next.jsonl", FormatJSONL, []byte(`{"text":"next"}`)),
				}
				items, err := readAll(t, NewMultiReader(inputs, ReadOptions{}))
				require.NoError(t, err)
				docs, rejects := docsAndRejects(items)
				require.Len(t, rejects, 1, "cut %d", cut)
				re := rejects[0]
				require.GreaterOrEqual(t, len(docs), 1)
				kept := len(docs) - 1
				want := fmt.Sprintf("truncated %s stream after %d records: those are kept, the rest of the file is lost", tc.name, kept)
				if kept == 0 {
					want = fmt.Sprintf("truncated %s stream before its first record: nothing in it could be read", tc.name)
				}
				assert.Equal(t, want, re.Reason, "cut %d", cut)
				assert.Equal(t, int64(kept), re.Record)
				assert.Equal(t, 0, re.Input)
				assert.Equal(t, "t.jsonl"+tc.ext, re.Source)
				if kept > 0 {
					assert.Equal(t, fmt.Sprintf("line %d", kept+1), re.Position)
				}
				// The kept documents are exactly the first lines, in order.
				for i, d := range docs[:kept] {
					assert.Equal(t, fmt.Sprint(i), d.ID)
				}
				assert.Equal(t, "next", string(docs[kept].Raw))
				assert.Equal(t, int64(kept), docs[kept].Seq)
				// The reject comes after the kept records, before the next input.
				assert.NotNil(t, items[kept].Rej)
			}
		})
	}
}

func TestMultiReaderTruncatedText(t *testing.T) {
	c := gzipBytes(t, bytes.Repeat([]byte("words "), 10000))
	items, err := readAll(t, NewMultiReader([]Input{memInput("a.txt.gz", FormatText, c[:len(c)/2])}, ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, items, 1)
	require.NotNil(t, items[0].Rej)
	assert.Equal(t, "truncated gzip stream: the document is incomplete and was skipped", items[0].Rej.Reason)
	assert.Equal(t, "a.txt.gz", items[0].Rej.Source)
	assert.Regexp(t, `^byte [0-9]+$`, items[0].Rej.Position)

	// Only the gzip magic number: the header itself is cut.
	items, err = readAll(t, NewMultiReader([]Input{memInput("m.jsonl.gz", FormatJSONL, c[:2])}, ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, items, 1)
	require.NotNil(t, items[0].Rej)
	assert.Equal(t, "truncated gzip stream before its first record: nothing in it could be read", items[0].Rej.Reason)
	assert.Equal(t, "byte 0", items[0].Rej.Position)
}

func TestMultiReaderCorruptStream(t *testing.T) {
	c := gzipBytes(t, []byte(`{"text":"a"}`+"\n"))
	c = append(c, "garbage after the member"...)
	items, err := readAll(t, NewMultiReader([]Input{memInput("c.jsonl.gz", FormatJSONL, c)}, ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, items, 2)
	require.NotNil(t, items[0].Doc)
	require.NotNil(t, items[1].Rej)
	assert.Equal(t, "corrupt gzip stream after 1 records: those are kept, the rest of the file is lost", items[1].Rej.Reason)
	assert.Error(t, items[1].Rej.Err)
}

func TestMultiReaderMultiMemberGzip(t *testing.T) {
	c := append(gzipBytes(t, []byte(`{"text":"a"}`+"\n")), gzipBytes(t, []byte(`{"text":"b"}`+"\n"))...)
	items, err := readAll(t, NewMultiReader([]Input{memInput("m.jsonl.gz", FormatJSONL, c)}, ReadOptions{}))
	require.NoError(t, err)
	docs, rejects := docsAndRejects(items)
	require.Empty(t, rejects)
	require.Len(t, docs, 2)
	assert.Equal(t, "b", string(docs[1].Raw))
}

func TestMultiReaderSeqAcrossInputs(t *testing.T) {
	inputs := []Input{
		memInput("a.jsonl", FormatJSONL, []byte("{\"text\":\"1\"}\nbad\n{\"text\":\"2\"}\n")),
		memInput("b.txt", FormatText, []byte("3")),
		memInput("c.jsonl.zst", FormatJSONL, zstdBytes(t, []byte("{\"text\":\"4\"}\n{\"text\":\"5\"}"))),
		memInput("d.jsonl.gz", FormatJSONL, gzipBytes(t, []byte("{\"text\":\"6\"}\n"))),
		memInput("e.jsonl", FormatJSONL, nil),
	}
	items, err := readAll(t, NewMultiReader(inputs, ReadOptions{}))
	require.NoError(t, err)
	docs, rejects := docsAndRejects(items)
	require.Len(t, rejects, 1)
	require.Len(t, docs, 6)
	for i, d := range docs {
		assert.Equal(t, int64(i), d.Seq)
		assert.Equal(t, fmt.Sprint(i+1), string(d.Raw))
	}
	assert.Equal(t, "c.jsonl:2", docs[4].ID)
	assert.Equal(t, "c.jsonl.zst", docs[4].Source)
}

func TestMultiReaderOpenFailureIsFatal(t *testing.T) {
	boom := errors.New("boom")
	inputs := []Input{
		memInput("a.jsonl", FormatJSONL, []byte(`{"text":"a"}`)),
		{Name: "missing.jsonl", Format: FormatJSONL, Open: func() (io.ReadCloser, error) { return nil, boom }},
		memInput("c.jsonl", FormatJSONL, []byte(`{"text":"c"}`)),
	}
	r := NewMultiReader(inputs, ReadOptions{})
	items, err := readAll(t, r)
	require.Len(t, items, 1)
	require.ErrorIs(t, err, boom)
	assert.Contains(t, err.Error(), "missing.jsonl")
	_, ok := AsRecordError(err)
	assert.False(t, ok)
	_, err2 := r.Next(context.Background())
	assert.Equal(t, err, err2, "the fatal error is sticky")
}

// failingReader returns data, then a non-EOF error.
type failingReader struct {
	data []byte
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestMultiReaderReadFailureIsFatal(t *testing.T) {
	eio := errors.New("input/output error")
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"plain", []byte("{\"text\":\"a\"}\n{\"text\":")},
		{"gzip", gzipBytes(t, []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"))[:20]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Name: "f.jsonl", Format: FormatJSONL, Open: func() (io.ReadCloser, error) {
				return io.NopCloser(&failingReader{data: tc.data, err: eio}), nil
			}}
			_, err := readAll(t, NewMultiReader([]Input{in}, ReadOptions{}))
			require.ErrorIs(t, err, eio)
			_, ok := AsRecordError(err)
			assert.False(t, ok, "an I/O error is not a reject")
			assert.Contains(t, err.Error(), "read f.jsonl")
		})
	}
}

func TestMultiReaderContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := NewMultiReader([]Input{memInput("a.jsonl", FormatJSONL, []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"))}, ReadOptions{})
	_, err := r.Next(ctx)
	require.NoError(t, err)
	cancel()
	_, err = r.Next(ctx)
	require.ErrorIs(t, err, context.Canceled)
}

func TestMultiReaderClose(t *testing.T) {
	closed := 0
	in := Input{Name: "a.jsonl", Format: FormatJSONL, Open: func() (io.ReadCloser, error) {
		return closeCounter{Reader: strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), n: &closed}, nil
	}}
	r := NewMultiReader([]Input{in, in}, ReadOptions{})
	_, err := r.Next(context.Background())
	require.NoError(t, err)
	require.NoError(t, r.Close())
	assert.Equal(t, 1, closed)
	_, err = r.Next(context.Background())
	assert.Error(t, err)

	closed = 0
	_, err = readAll(t, NewMultiReader([]Input{in, in}, ReadOptions{}))
	require.NoError(t, err)
	assert.Equal(t, 2, closed, "every input is closed after reading")
}

type closeCounter struct {
	io.Reader
	n *int
}

func (c closeCounter) Close() error { *c.n++; return nil }

func TestMultiReaderFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "dumps", "b", "x.txt.gz"), gzipBytes(t, []byte("text x")))
	writeFile(t, filepath.Join(dir, "dumps", "a.jsonl.zst"), zstdBytes(t, []byte(`{"text":"a"}`)))
	writeFile(t, filepath.Join(dir, "dumps", "a", "y.txt"), []byte("text y"))
	writeFile(t, filepath.Join(dir, "dumps", "README.md"), []byte("skip me"))
	t.Chdir(dir)

	inputs, skipped, err := FileInputs([]string{"dumps"})
	require.NoError(t, err)
	assert.Equal(t, []string{"dumps/README.md"}, skipped)
	items, err := readAll(t, NewMultiReader(inputs, ReadOptions{}))
	require.NoError(t, err)
	docs, rejects := docsAndRejects(items)
	require.Empty(t, rejects)
	var got []string
	for _, d := range docs {
		got = append(got, d.Source+" "+d.ID+" "+string(d.Raw))
	}
	assert.Equal(t, []string{
		"dumps/a.jsonl.zst a.jsonl:1 a",
		"dumps/a/y.txt a/y text y",
		"dumps/b/x.txt.gz b/x text x",
	}, got)
}

func TestMultiReaderZstdWindowLimit(t *testing.T) {
	// A frame header asking for a 256 MiB window (window descriptor 0x90),
	// then an RLE block.
	bh := uint32(1) | 1<<1 | 1000<<3
	data := []byte{0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x90, byte(bh), byte(bh >> 8), byte(bh >> 16), 'x'}
	inputs := []Input{
		memInput("w.jsonl.zst", FormatJSONL, data),
		memInput("ok.jsonl", FormatJSONL, []byte(`{"text":"ok"}`)),
	}
	items, err := readAll(t, NewMultiReader(inputs, ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, items, 2)
	require.NotNil(t, items[0].Rej)
	assert.Equal(t, "corrupt zstd stream before its first record: nothing in it could be read", items[0].Rej.Reason)
	assert.Error(t, items[0].Rej.Err)
	require.NotNil(t, items[1].Doc)
}

// TestMultiReaderReleasesHugeLine checks that the line buffer grown for a
// huge JSONL record is not kept for the next line: the document holds its
// own copy of the text.
func TestMultiReaderReleasesHugeLine(t *testing.T) {
	big := strings.Repeat("word ", 2*lineKeepBytes/5)
	medium := strings.Repeat("word ", 2*ioBufferSize/5)
	data := `{"id": "big", "text": "` + big + `"}` + "\n" + `{"id": "small", "text": "a b c"}` + "\n" +
		`{"id": "medium", "text": "` + medium + `"}` + "\n"
	r := NewMultiReader([]Input{memInput("in/x.jsonl", FormatJSONL, []byte(data))}, ReadOptions{})
	d, err := r.Next(context.Background())
	require.NoError(t, err)
	assert.Equal(t, big, string(d.Raw))
	assert.LessOrEqual(t, cap(r.line), lineKeepBytes, "the huge line's buffer is kept")
	d, err = r.Next(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "a b c", string(d.Raw))
	assert.Nil(t, r.line, "a small line is read in the input buffer, without a line buffer")
	d, err = r.Next(context.Background())
	require.NoError(t, err)
	assert.Equal(t, medium, string(d.Raw))
	assert.NotNil(t, r.line, "the buffer of a line longer than the input buffer but not huge is kept for the next")
}
