package corpus

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randomBytes returns n seeded pseudo-random bytes.
func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

func TestTextProblem(t *testing.T) {
	latin1 := []byte("Le conseil municipal a vot\xe9 mardi le budget des \xe9coles et des routes de la ville, a d\xe9clar\xe9 le maire.")
	cyrillic := []byte("\xcc\xe8\xed\xe8\xf1\xf2\xf0 \xf1\xea\xe0\xe7\xe0\xeb \xe2 \xe2\xf2\xee\xf0\xed\xe8\xea") // cp1251
	utf16 := append([]byte{0xff, 0xfe}, []byte("H\x00e\x00l\x00l\x00o\x00")...)
	tests := []struct {
		name string
		in   []byte
		want string // reason prefix; "" when the text is fine
		at   int
	}{
		{"plain", []byte("Hello.\n\nWorld.\r\n\tTabbed.\f\v"), "", 0},
		{"empty", nil, "", 0},
		{"utf-8", []byte("Zürich, Łódź, 東京, emoji 😀"), "", 0},
		{"latin-1 repaired later", latin1, "", 0},
		{"a few stray controls", []byte("Some text\x00 with a NUL and a bell\x07 in the middle of a long enough sentence."), "", 0},
		{"random binary", randomBytes(4096, 1), "binary data, not text: ", -1},
		{"NUL padded", append([]byte("ab"), make([]byte, 50)...), "binary data, not text: 96.2% of its 52 bytes are NUL or control bytes (96.2% with invalid UTF-8), first at byte 2", 2},
		{"utf-16", utf16, "UTF-16 text", 0},
		{"utf-16 big endian", []byte{0xfe, 0xff, 0, 'H'}, "UTF-16 text", 0},
		{"legacy cyrillic", cyrillic, "not UTF-8 text: ", 0},
		{"ELF", append([]byte("\x7fELF\x02\x01\x01\x00"), randomBytes(200, 2)...), "binary data, not text: ", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reason, at := textProblem(tc.in)
			if tc.want == "" {
				assert.Empty(t, reason)
				return
			}
			assert.True(t, strings.HasPrefix(reason, tc.want), "reason %q", reason)
			if tc.at >= 0 {
				assert.Equal(t, tc.at, at)
			}
		})
	}
}

func TestMultiReaderRejectsBinaryAndLyingNames(t *testing.T) {
	article := []byte("The council voted on Tuesday to approve the new budget.\n")
	jsonl := []byte(`{"id":"a","text":"fine"}` + "\n" + `{"id":"b","text":"\u0000\u0000\u0000\u0001x"}` + "\n" + `{"id":"c","text":"fine too"}` + "\n")
	tests := []struct {
		name    string
		in      Input
		docs    int
		reasons []string // reject reason prefixes, in order
		pos     []string
	}{
		{"binary .txt", memInput("junk.txt", FormatText, randomBytes(2000, 3)), 0, []string{"binary data, not text"}, []string{"byte "}},
		{"binary .txt.gz", memInput("junk.txt.gz", FormatText, gzipBytes(t, randomBytes(2000, 4))), 0, []string{"binary data, not text"}, []string{"byte "}},
		{"binary text field", memInput("b.jsonl", FormatJSONL, jsonl), 2, []string{`field "text": binary data, not text`}, []string{"line 2"}},
		{"gzip named .txt", memInput("a.txt", FormatText, gzipBytes(t, article)), 1, nil, nil},
		{"zstd named .gz", memInput("a.txt.gz", FormatText, zstdBytes(t, article)), 1, nil, nil},
		{"plain named .zst", memInput("a.jsonl.zst", FormatJSONL, jsonl[:25]), 1, nil, nil},
		{"xz named .jsonl", memInput("x.jsonl", FormatJSONL, append([]byte("\xfd7zXZ\x00"), randomBytes(100, 5)...)), 0, []string{"xz-compressed data, which winnow does not read"}, []string{"byte 0"}},
		{"bzip2 named .txt", memInput("x.txt", FormatText, append([]byte("BZh91AY&SY"), randomBytes(100, 6)...)), 0, []string{"bzip2-compressed data"}, []string{"byte 0"}},
		{"zip named .txt.gz", memInput("x.txt.gz", FormatText, append([]byte("PK\x03\x04"), randomBytes(100, 7)...)), 0, []string{"zip-compressed data"}, []string{"byte 0"}},
		{"7z", memInput("x.txt", FormatText, append([]byte("7z\xbc\xaf\x27\x1c"), randomBytes(100, 8)...)), 0, []string{"7z-compressed data"}, []string{"byte 0"}},
		{"lz4", memInput("x.jsonl", FormatJSONL, append([]byte("\x04\x22\x4d\x18"), randomBytes(100, 9)...)), 0, []string{"lz4-compressed data"}, []string{"byte 0"}},
		{"utf-16 .txt", memInput("u.txt", FormatText, []byte("\xff\xfeH\x00i\x00")), 0, []string{"UTF-16 text"}, []string{"byte 0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			next := memInput("next.jsonl", FormatJSONL, []byte(`{"text":"next"}`))
			items, err := readAll(t, NewMultiReader([]Input{tc.in, next}, ReadOptions{}))
			require.NoError(t, err)
			docs, rejects := docsAndRejects(items)
			require.Len(t, docs, tc.docs+1, "rejects: %v", rejects)
			assert.Equal(t, "next", string(docs[len(docs)-1].Raw), "reading goes on with the next input")
			require.Len(t, rejects, len(tc.reasons))
			for i, re := range rejects {
				assert.True(t, strings.HasPrefix(re.Reason, tc.reasons[i]), "reason %q", re.Reason)
				assert.True(t, strings.HasPrefix(re.Position, tc.pos[i]), "position %q", re.Position)
				assert.Equal(t, tc.in.Name, re.Source)
				assert.Equal(t, 0, re.Input)
			}
		})
	}
}

func TestMultiReaderTruncateOption(t *testing.T) {
	lines := strings.Repeat("a line of text that goes on\n", 10) // 280 bytes
	tests := []struct {
		name string
		data string
		max  int
		want string
	}{
		{"at a line break", lines, 100, lines[:84]},
		{"no line break: at a character", strings.Repeat("é", 60), 101, strings.Repeat("é", 50)},
		{"fits", "short", 100, "short"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items, err := readAll(t, NewMultiReader([]Input{memInput("t.txt", FormatText, []byte(tc.data))}, ReadOptions{MaxRecordBytes: tc.max, Truncate: true}))
			require.NoError(t, err)
			require.Len(t, items, 1)
			require.NotNil(t, items[0].Doc)
			assert.Equal(t, tc.want, string(items[0].Doc.Raw))
			assert.Equal(t, len(tc.data) > tc.max, items[0].Doc.Truncated)
		})
	}
	// JSONL lines over the cap are rejected even with Truncate.
	items, err := readAll(t, NewMultiReader([]Input{memInput("t.jsonl", FormatJSONL, []byte(`{"text":"`+strings.ReplaceAll(lines, "\n", `\n`)+`"}`))}, ReadOptions{MaxRecordBytes: 100, Truncate: true}))
	require.NoError(t, err)
	require.Len(t, items, 1)
	require.NotNil(t, items[0].Rej)
}

// TestMultiReaderHugeSingleLine reads a 30 MB document on one line, within
// the default limit, and rejects it under a smaller one.
func TestMultiReaderHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("30 MB input")
	}
	text := bytes.Repeat([]byte("word "), 6_000_000)
	line := append(append([]byte(`{"id":"huge","text":"`), text...), "\"}\n"...)
	in := []Input{memInput("h.jsonl", FormatJSONL, line), memInput("n.jsonl", FormatJSONL, []byte(`{"text":"next"}`))}
	items, err := readAll(t, NewMultiReader(in, ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, items, 2)
	require.NotNil(t, items[0].Doc)
	assert.Len(t, items[0].Doc.Raw, len(text))

	items, err = readAll(t, NewMultiReader(in, ReadOptions{MaxRecordBytes: 16 << 20}))
	require.NoError(t, err)
	require.Len(t, items, 2)
	require.NotNil(t, items[0].Rej)
	assert.Equal(t, "line 1", items[0].Rej.Position)
	assert.Equal(t, "line is longer than the record size limit of 16777216 bytes", items[0].Rej.Reason)
	require.NotNil(t, items[1].Doc)
}

// mixedInputs is a list of inputs with documents, rejects and blank lines
// of every kind, for the resume tests.
func mixedInputs(t testing.TB) []Input {
	var j strings.Builder
	for i := range 40 {
		switch i % 7 {
		case 3:
			j.WriteString("{broken\n")
		case 5:
			j.WriteString("\n   \n")
		}
		fmt.Fprintf(&j, `{"id":"j%d","text":"doc %d"}`+"\n", i, i)
	}
	var z strings.Builder
	for i := range 30 {
		fmt.Fprintf(&z, `{"id":"z%d","text":"zdoc %d"}`+"\n", i, i)
	}
	cut := zstdBytes(t, []byte(z.String()))
	return []Input{
		memInput("d/a.txt", FormatText, []byte("text a")),
		memInput("d/j.jsonl", FormatJSONL, []byte("\xef\xbb\xbf\n"+j.String())),
		memInput("d/empty.jsonl", FormatJSONL, nil),
		memInput("d/b.txt", FormatText, randomBytes(300, 10)),
		memInput("d/g.jsonl.gz", FormatJSONL, gzipBytes(t, []byte(j.String()))),
		memInput("d/cut.jsonl.zst", FormatJSONL, cut[:len(cut)*2/3]),
		memInput("d/c.txt", FormatText, []byte("text c")),
	}
}

func describe(items []item) []string {
	out := []string{}
	for _, it := range items {
		if it.Doc != nil {
			out = append(out, fmt.Sprintf("doc %d %s %s %q", it.Doc.Seq, it.Doc.Source, it.Doc.Position, it.Doc.Raw))
		} else {
			out = append(out, fmt.Sprintf("reject %s %s %s", it.Rej.Source, it.Rej.Position, it.Rej.Reason))
		}
	}
	return out
}

// TestMultiReaderStartAfterEveryDocument: reading from After(d) gives
// exactly what followed d in a full read, for every document d.
func TestMultiReaderStartAfterEveryDocument(t *testing.T) {
	full, err := readAll(t, NewMultiReader(mixedInputs(t), ReadOptions{}))
	require.NoError(t, err)
	want := describe(full)
	docs := 0
	for i, it := range full {
		if it.Doc == nil {
			continue
		}
		docs++
		assert.Equal(t, it.Doc.Record, recordIndex(full, i), "record number of %s", want[i])
		rest, err := readAll(t, NewMultiReader(mixedInputs(t), ReadOptions{Start: After(it.Doc)}))
		require.NoError(t, err)
		require.Equal(t, want[i+1:], describe(rest), "resumed after %s", want[i])
	}
	assert.Greater(t, docs, 80)
}

// recordIndex returns the record number of full[i] within its input.
func recordIndex(full []item, i int) int64 {
	src := func(it item) string {
		if it.Doc != nil {
			return it.Doc.Source
		}
		return it.Rej.Source
	}
	var n int64
	for k := i - 1; k >= 0 && src(full[k]) == src(full[i]); k-- {
		n++
	}
	return n
}

func TestMultiReaderStartErrors(t *testing.T) {
	inputs := mixedInputs(t)
	tests := []struct {
		name  string
		start Cursor
		want  string
	}{
		{"past the inputs", Cursor{Input: len(inputs) + 1}, "past the last"},
		{"past the records of a text input", Cursor{Input: 0, Record: 2}, "fewer than the 2 already done"},
		{"past the records of a JSONL input", Cursor{Input: 1, Record: 1000}, "the input has 46 records, fewer than the 1000"},
		{"into a broken stream", Cursor{Input: 5, Record: 1000}, "resume d/cut.jsonl.zst"},
		{"negative", Cursor{Record: -1}, "invalid start"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readAll(t, NewMultiReader(inputs, ReadOptions{Start: tc.start}))
			require.ErrorContains(t, err, tc.want)
		})
	}
	// The end of the input list is a valid start: nothing left.
	items, err := readAll(t, NewMultiReader(inputs, ReadOptions{Start: Cursor{Input: len(inputs), Seq: 99}}))
	require.NoError(t, err)
	assert.Empty(t, items)
}

func TestRejectWriterSuspendAndResume(t *testing.T) {
	dir := t.TempDir()
	w, err := NewRejectWriter(dir)
	require.NoError(t, err)
	re := func(i int) *RecordError {
		return &RecordError{Source: "s", Position: fmt.Sprintf("line %d", i), Reason: "bad"}
	}
	require.NoError(t, w.Write(re(1)))
	require.NoError(t, w.Write(re(2)))
	mark, err := w.Mark()
	require.NoError(t, err)
	assert.Equal(t, int64(2), mark.Records)
	require.NoError(t, w.Write(re(3))) // after the checkpoint: dropped on resume
	require.NoError(t, w.Suspend())
	require.NoError(t, w.Close(), "Close after Suspend is a no-op")
	_, err = os.Stat(filepath.Join(dir, RejectsFile))
	require.ErrorIs(t, err, os.ErrNotExist, "a suspended writer publishes nothing")

	w, err = ResumeRejectWriter(dir, mark)
	require.NoError(t, err)
	assert.Equal(t, int64(2), w.Count())
	require.NoError(t, w.Write(re(4)))
	require.NoError(t, w.Close())
	data, err := os.ReadFile(filepath.Join(dir, RejectsFile))
	require.NoError(t, err)
	assert.Equal(t, `{"source":"s","position":"line 1","reason":"bad"}
{"source":"s","position":"line 2","reason":"bad"}
{"source":"s","position":"line 4","reason":"bad"}
`, string(data))
	assert.Equal(t, []string{RejectsFile}, listDir(t, dir))

	// A mark that does not fit the file is refused.
	w, err = NewRejectWriter(dir)
	require.NoError(t, err)
	require.NoError(t, w.Write(re(1)))
	require.NoError(t, w.Suspend())
	_, err = ResumeRejectWriter(dir, RejectMark{Records: 5, Bytes: 5000})
	require.ErrorContains(t, err, "the checkpoint recorded 5000")
	_, err = ResumeRejectWriter(dir, RejectMark{Records: 1, Bytes: 10})
	require.ErrorContains(t, err, "does not end a line")
	_, err = ResumeRejectWriter(t.TempDir(), RejectMark{})
	require.ErrorIs(t, err, os.ErrNotExist)
}

func TestShardWriterResume(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	// The uninterrupted run.
	ref := filepath.Join(dir, "ref")
	w, err := NewShardWriter(ref, ShardOptions{MaxShardBytes: 300})
	require.NoError(t, err)
	for i := range 40 {
		require.NoError(t, w.Write(ctx, testDoc(i)))
	}
	require.NoError(t, w.Close())
	want := w.Shards()
	require.Greater(t, len(want), 4)

	// An interrupted run: killed after shard 2 was renamed but before its
	// checkpoint, with shard 3 half written.
	out := filepath.Join(dir, "out")
	w, err = NewShardWriter(out, ShardOptions{MaxShardBytes: 300})
	require.NoError(t, err)
	var checkpoint []ShardInfo
	var resumeAt int
	for i := 0; len(w.Shards()) < 3; i++ {
		require.NoError(t, w.Write(ctx, testDoc(i)))
		if w.Committed() && len(w.Shards()) == 2 {
			checkpoint, resumeAt = w.Shards(), i+1
		}
	}
	require.NoError(t, w.Write(ctx, testDoc(99)))
	require.NotNil(t, checkpoint)
	// (no Close, no Abort: the process died)
	assert.Contains(t, listDir(t, out), ".docs-00003.jsonl.zst.tmp")

	w, err = NewShardWriter(out, ShardOptions{MaxShardBytes: 300, Resume: checkpoint})
	require.NoError(t, err)
	assert.Equal(t, []string{ShardName(0, CodecZstd), ShardName(1, CodecZstd)}, listDir(t, out), "stale shard and temporary file removed")
	for i := resumeAt; i < 40; i++ {
		require.NoError(t, w.Write(ctx, testDoc(i)))
	}
	require.NoError(t, w.Close())
	assert.Equal(t, want, w.Shards())
	for _, sh := range want {
		a, err := os.ReadFile(filepath.Join(ref, sh.Name))
		require.NoError(t, err)
		b, err := os.ReadFile(filepath.Join(out, sh.Name))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(a, b), sh.Name)
	}

	// A finished shard that changed or went missing is refused.
	bad := append([]ShardInfo(nil), want[:2]...)
	bad[1].CompressedBytes++
	_, err = NewShardWriter(out, ShardOptions{Resume: bad})
	require.ErrorContains(t, err, "the checkpoint recorded")
	_, err = NewShardWriter(t.TempDir(), ShardOptions{Resume: want[:1]})
	require.ErrorIs(t, err, os.ErrNotExist)
	renamed := append([]ShardInfo(nil), want[:1]...)
	renamed[0].Name = "../escape"
	_, err = NewShardWriter(out, ShardOptions{Resume: renamed})
	require.ErrorContains(t, err, `want "docs-00000.jsonl.zst"`)
}

func TestShardWriterDoesNotFollowPlantedSymlink(t *testing.T) {
	dir := t.TempDir()
	victim := filepath.Join(dir, "victim")
	require.NoError(t, os.WriteFile(victim, []byte("keep me"), 0o644))
	out := filepath.Join(dir, "out")
	require.NoError(t, os.MkdirAll(out, 0o755))
	require.NoError(t, os.Symlink(victim, filepath.Join(out, ".docs-00000.jsonl.zst.tmp")))
	require.NoError(t, os.Symlink(victim, filepath.Join(out, ".rejects.jsonl.tmp")))
	w, err := NewShardWriter(out, ShardOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Write(context.Background(), testDoc(1)))
	require.NoError(t, w.Close())
	rw, err := NewRejectWriter(out)
	require.NoError(t, err)
	require.NoError(t, rw.Write(&RecordError{Source: "s", Reason: "r"}))
	require.NoError(t, rw.Close())
	data, err := os.ReadFile(victim)
	require.NoError(t, err)
	assert.Equal(t, "keep me", string(data))
}

func TestCheckpointRoundTrip(t *testing.T) {
	dir := t.TempDir()
	_, err := ReadCheckpoint(dir)
	require.ErrorIs(t, err, os.ErrNotExist)
	require.NoError(t, RemoveCheckpoint(dir), "removing no checkpoint is fine")

	hash, stamps := HashInputs([]Input{{Name: "a.jsonl", Size: 10}, StdinInput(io.NopCloser(nil))})
	assert.Equal(t, []InputStamp{{"a.jsonl", 10}, {"-", -1}}, stamps)
	hash2, _ := HashInputs([]Input{{Name: "a.jsonl", Size: 11}, StdinInput(nil)})
	assert.NotEqual(t, hash, hash2, "a changed size changes the hash")

	c := &Checkpoint{
		Tool: "winnow", Version: "1", ConfigHash: "c", InputsHash: hash, Inputs: stamps,
		Cursor:      Cursor{Seq: 5, Input: 1, Record: 7},
		Shards:      []ShardInfo{{Name: ShardName(0, CodecZstd), Documents: 5}},
		Rejects:     RejectMark{Records: 2, Bytes: 100},
		Counts:      Counts{Read: 9, Written: 5, Dropped: 2, Rejected: 2, DroppedBy: map[string]int64{"empty": 2}},
		LabelCounts: [NumLabels]int64{1, 2, 3, 4, 5},
		Stages:      []StageStat{{Name: "normalize", Documents: 7}},
	}
	require.NoError(t, WriteCheckpoint(dir, c))
	got, err := ReadCheckpoint(dir)
	require.NoError(t, err)
	assert.Equal(t, c, got)
	require.NoError(t, RemoveCheckpoint(dir))
	assert.Empty(t, listDir(t, dir))

	c.Shards[0].Name = "../../etc/passwd"
	require.NoError(t, WriteCheckpoint(dir, c))
	_, err = ReadCheckpoint(dir)
	require.ErrorContains(t, err, "want a shard file name numbered 00000")
}
