package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/require"
)

// Generated test inputs: plausible articles, and a corpus with one file for
// every kind of bad input that issue 6 lists.

var articleWords = strings.Fields(`the council voted on tuesday to approve a new budget for schools
and roads across the city after a long debate in which residents said they wanted more money
spent on buses while the mayor argued that repairs to bridges could not wait any longer and
officials warned that costs had risen sharply since last year when the plan was first drawn up
by a committee of engineers teachers and local business owners who met every week`)

// article returns a deterministic news-like article of several paragraphs.
func article(seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	paras := 3 + r.IntN(4)
	for p := range paras {
		if p > 0 {
			b.WriteString("\n\n")
		}
		sentences := 2 + r.IntN(3)
		for s := range sentences {
			if s > 0 {
				b.WriteByte(' ')
			}
			n := 12 + r.IntN(14)
			for w := range n {
				word := articleWords[r.IntN(len(articleWords))]
				if w == 0 {
					word = strings.ToUpper(word[:1]) + word[1:]
				} else {
					b.WriteByte(' ')
				}
				b.WriteString(word)
			}
			b.WriteByte('.')
		}
	}
	return b.String()
}

// jsonlRecord returns one JSONL line (with its newline).
func jsonlRecord(t testing.TB, id any, text string) string {
	t.Helper()
	b, err := json.Marshal(map[string]any{"id": id, "text": text})
	require.NoError(t, err)
	return string(b) + "\n"
}

func gzipData(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	_, err := w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// zstdData compresses data with a block boundary after every chunk, so that
// a cut stream still holds complete blocks before the cut.
func zstdData(t testing.TB, chunks ...[]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := zstd.NewWriter(&buf, zstd.WithEncoderConcurrency(1))
	require.NoError(t, err)
	for _, c := range chunks {
		_, err := w.Write(c)
		require.NoError(t, err)
		require.NoError(t, w.Flush())
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func randomData(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 3))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

// badFile is one file of the bad-input corpus and what reading it gives.
type badFile struct {
	name    string // file name in the corpus directory
	kind    string // the kind of bad input it holds
	data    []byte
	docs    int64        // documents read from it
	rejects []wantReject // in order
}

// wantReject is an expected line of rejects.jsonl.
type wantReject struct {
	position string
	reason   string // prefix
}

// hugeLineBytes is the size of the single-line document of the bad corpus;
// the tests run with --max-record-bytes hugeLimit, below it.
const (
	hugeLineBytes = 30_000_000
	hugeLimit     = 16 << 20
)

// badCorpus returns the files of the bad-input corpus, in reading order.
func badCorpus(t testing.TB) []badFile {
	art := func(i uint64) string { return article(1000 + i) }
	rec := func(id any, text string) string { return jsonlRecord(t, id, text) }

	var trunc strings.Builder
	var zchunks [][]byte
	for i := range 60 {
		line := rec(fmt.Sprintf("g%d", i), art(uint64(100+i)))
		trunc.WriteString(line)
		zchunks = append(zchunks, []byte(line))
	}
	gz := gzipData(t, []byte(trunc.String()))
	gz = gz[:len(gz)*6/10]
	zs := zstdData(t, zchunks...)
	zs = zs[:len(zs)*6/10]
	// How many complete lines the cut streams still hold.
	sgz, err := gzip.NewReader(bytes.NewReader(gz))
	require.NoError(t, err)
	gzLines := linesBeforeBreak(t, sgz)
	zd, err := zstd.NewReader(bytes.NewReader(zs))
	require.NoError(t, err)
	zsLines := linesBeforeBreak(t, zd)
	zd.Close()

	// A gzip file whose second member has a broken header.
	var five strings.Builder
	for i := range 5 {
		five.WriteString(rec(fmt.Sprintf("c%d", i), art(uint64(200+i))))
	}
	corrupt := append(gzipData(t, []byte(five.String())), 0x1f, 0x8b, 0x63, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3)

	latin1 := []byte(strings.ReplaceAll(art(1), "the ", "th\xe9 "))
	cyrillic := bytes.Repeat([]byte("\xcc\xe8\xed\xe8\xf1\xf2\xf0 \xf1\xea\xe0\xe7\xe0\xeb. "), 40) // cp1251
	utf16 := []byte{0xff, 0xfe}
	for _, c := range "The council voted on Tuesday." {
		utf16 = append(utf16, byte(c), 0)
	}
	ctrl := strings.ReplaceAll(art(2), ". ", ".\x00\x07 ")

	huge := append([]byte(`{"id":"huge","text":"`), bytes.Repeat([]byte("word "), hugeLineBytes/5)...)
	huge = append(huge, "\"}\n"...)
	huge = append(huge, rec("after-huge", art(3))...)

	return []badFile{
		{name: "01-malformed.jsonl", kind: "malformed JSON lines",
			data: []byte(rec("m1", art(4)) +
				`{"id":"m2","text":"unterminated` + "\n" +
				`{"id": 'm3', "text": "single quotes"}` + "\n" +
				"this is not JSON at all\n" +
				`{"id":"m5","text":"ok"} trailing garbage` + "\n" +
				rec("m6", art(5))),
			docs: 2,
			rejects: []wantReject{
				{"line 2", "malformed JSON: unexpected end of input"},
				{"line 3", "malformed JSON: invalid character '\\''"},
				{"line 4", "malformed JSON: invalid character 'h' in literal true"},
				{"line 5", "malformed JSON: invalid character 't' after top-level value"},
			}},
		{name: "02-wrong-types.jsonl", kind: "wrong field types",
			data: []byte(`{"id":"t1","text":42}` + "\n" +
				`{"id":"t2","text":null}` + "\n" +
				`{"id":"t3","text":["a","b"]}` + "\n" +
				`{"id":"t4","body":"no text field"}` + "\n" +
				`["an","array"]` + "\n" +
				rec(map[string]int{"nested": 1}, art(6)) +
				rec(7, art(7))),
			docs: 2,
			rejects: []wantReject{
				{"line 1", `field "text" is a number, want a string`},
				{"line 2", `field "text" is null, want a string`},
				{"line 3", `field "text" is an array, want a string`},
				{"line 4", `field "text" is missing`},
				{"line 5", "line is an array, want a JSON object"},
			}},
		{name: "03-invalid-utf8.jsonl", kind: "invalid UTF-8",
			data: append(append([]byte(`{"id":"latin1","text":"`), bytes.ReplaceAll(latin1, []byte("\n"), []byte(`\n`))...), []byte("\"}\n"+
				`{"id":"cp1251","text":"`+string(cyrillic)+`"}`+"\n")...),
			docs: 1,
			rejects: []wantReject{
				{"line 2", `field "text": not UTF-8 text: `},
			}},
		{name: "04-latin1.txt", kind: "invalid UTF-8 (Latin-1 text file)", data: latin1, docs: 1},
		{name: "05-control-bytes.jsonl", kind: "NUL and control bytes",
			data: []byte(rec("ctrl", ctrl) +
				"{\"id\":\"raw-nul\",\"text\":\"a raw \x00 byte\"}\n" +
				rec("nuls", strings.Repeat("\x00", 200)+"x")),
			docs: 1,
			rejects: []wantReject{
				{"line 2", `malformed JSON: invalid character '\x00' in string literal`},
				{"line 3", `field "text": binary data, not text: `},
			}},
		{name: "06-binary.txt", kind: "binary junk in a .txt", data: randomData(64<<10, 1),
			rejects: []wantReject{{"byte ", "binary data, not text: "}}},
		{name: "07-utf16.txt", kind: "UTF-16 text", data: utf16,
			rejects: []wantReject{{"byte 0", "UTF-16 text"}}},
		{name: "08-empty.txt", kind: "empty file (.txt)", data: nil, docs: 1},
		{name: "09-empty.jsonl", kind: "empty file (.jsonl)", data: nil},
		{name: "10-blank-lines.jsonl", kind: "blank lines",
			data: []byte("\n\n" + rec("b1", art(8)) + "   \n\t\n" + strings.TrimSuffix(rec("b2", art(9)), "\n") + "\r\n\r\n"),
			docs: 2},
		{name: "11-huge-line.jsonl", kind: "a 30 MB single-line document", data: huge, docs: 1,
			rejects: []wantReject{{"line 1", fmt.Sprintf("line is longer than the record size limit of %d bytes", hugeLimit)}}},
		{name: "12-truncated.jsonl.gz", kind: "truncated .gz stream", data: gz, docs: gzLines,
			rejects: []wantReject{{fmt.Sprintf("line %d", gzLines+1), fmt.Sprintf("truncated gzip stream after %d records: those are kept, the rest of the file is lost", gzLines)}}},
		{name: "13-truncated.jsonl.zst", kind: "truncated .zst stream", data: zs, docs: zsLines,
			rejects: []wantReject{{fmt.Sprintf("line %d", zsLines+1), fmt.Sprintf("truncated zstd stream after %d records: those are kept, the rest of the file is lost", zsLines)}}},
		{name: "14-truncated.txt.gz", kind: "truncated .gz text file", data: gzipData(t, []byte(art(10)))[:300],
			rejects: []wantReject{{"byte ", "truncated gzip stream: the document is incomplete and was skipped"}}},
		{name: "15-corrupt.jsonl.gz", kind: "corrupt .gz stream", data: corrupt, docs: 5,
			rejects: []wantReject{{"line 6", "corrupt gzip stream after 5 records: those are kept, the rest of the file is lost"}}},
		{name: "16-gzip-named.jsonl.zst", kind: "extension lies (gzip named .zst)", data: gzipData(t, []byte(rec("lie1", art(11)))), docs: 1},
		{name: "17-plain-named.txt.gz", kind: "extension lies (plain named .gz)", data: []byte(art(12)), docs: 1},
		{name: "18-xz-named.jsonl", kind: "extension lies (xz named .jsonl)", data: append([]byte("\xfd7zXZ\x00\x00\x04"), randomData(500, 2)...),
			rejects: []wantReject{{"byte 0", "xz-compressed data, which winnow does not read"}}},
		{name: "19-hostile-ids.jsonl", kind: "ids that look like paths",
			data: []byte(rec("../../../escape", art(13)) + rec("/etc/passwd", art(14)) + rec(`..\..\x`, art(15))),
			docs: 3},
	}
}

// linesBeforeBreak reads r until it fails and counts the complete lines.
func linesBeforeBreak(t testing.TB, r io.Reader) int64 {
	t.Helper()
	data, err := io.ReadAll(r)
	require.Error(t, err, "the stream should be cut")
	return int64(bytes.Count(data, []byte("\n")))
}

// writeBadCorpus writes the bad-input corpus to dir and returns its files.
func writeBadCorpus(t testing.TB, dir string) []badFile {
	t.Helper()
	files := badCorpus(t)
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for _, f := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644))
	}
	return files
}

// writeResumeCorpus writes a corpus of several inputs of every format, with
// documents that are written, dropped and rejected, to dir and returns the
// input paths. size scales it (about 2 kB per unit).
func writeResumeCorpus(t testing.TB, dir string, size int) []string {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "texts"), 0o755))
	var a, c strings.Builder
	for i := range size {
		switch {
		case i%37 == 5:
			a.WriteString(`{"id":"bad` + fmt.Sprint(i) + "\n")
		case i%23 == 3:
			a.WriteString(jsonlRecord(t, fmt.Sprintf("nav%d", i), "Home\nNews\nSport\nContact us"))
		case i%19 == 0:
			a.WriteString("\n")
			fallthrough
		default:
			a.WriteString(jsonlRecord(t, fmt.Sprintf("a%d", i), article(uint64(i))))
		}
		if i%3 == 0 {
			c.WriteString(jsonlRecord(t, fmt.Sprintf("c%d", i), article(uint64(50_000+i))))
		}
	}
	for i := range size / 40 {
		name := filepath.Join(dir, "texts", fmt.Sprintf("t%03d.txt", i))
		data := []byte(article(uint64(90_000 + i)))
		if i == 3 {
			data = randomData(3000, 9)
		}
		require.NoError(t, os.WriteFile(name, data, 0o644))
	}
	zs := zstdData(t, []byte(c.String()))
	paths := []string{
		filepath.Join(dir, "a.jsonl"),
		filepath.Join(dir, "texts"),
		filepath.Join(dir, "c.jsonl.gz"),
		filepath.Join(dir, "d.jsonl.zst"),
	}
	require.NoError(t, os.WriteFile(paths[0], []byte(a.String()), 0o644))
	require.NoError(t, os.WriteFile(paths[2], gzipData(t, []byte(c.String())), 0o644))
	require.NoError(t, os.WriteFile(paths[3], zs[:len(zs)-10], 0o644))
	return paths
}
