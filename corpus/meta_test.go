package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRejectWriter(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	w, err := NewRejectWriter(dir)
	require.NoError(t, err)
	rejects := []*RecordError{
		{Source: "a.jsonl", Position: "line 3", Reason: `field "text" is missing`},
		{Source: "b.jsonl.gz", Position: "line 9", Reason: "corrupt gzip stream after 8 records", Err: errors.New("gzip: invalid header")},
		{Source: "c\xff.txt", Reason: "document exceeds 10 bytes"},
	}
	for _, r := range rejects {
		require.NoError(t, w.Write(r))
	}
	assert.Equal(t, int64(3), w.Count())
	_, err = os.Stat(filepath.Join(dir, RejectsFile))
	require.ErrorIs(t, err, os.ErrNotExist, "rejects.jsonl appears only on Close")
	require.NoError(t, w.Close())
	require.NoError(t, w.Close())
	assert.Error(t, w.Write(rejects[0]))

	assert.Equal(t, []string{RejectsFile}, listDir(t, dir), "no temporary file left")
	data, err := os.ReadFile(filepath.Join(dir, RejectsFile))
	require.NoError(t, err)
	assert.Equal(t, `{"source":"a.jsonl","position":"line 3","reason":"field \"text\" is missing"}
{"source":"b.jsonl.gz","position":"line 9","reason":"corrupt gzip stream after 8 records","error":"gzip: invalid header"}
{"source":"c\ufffd.txt","position":"","reason":"document exceeds 10 bytes"}
`, string(data))
	info, err := os.Stat(filepath.Join(dir, RejectsFile))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), info.Mode().Perm())

	// Abort leaves nothing; an empty writer publishes an empty file.
	dir2 := t.TempDir()
	w, err = NewRejectWriter(dir2)
	require.NoError(t, err)
	require.NoError(t, w.Write(rejects[0]))
	require.NoError(t, w.Abort())
	assert.Empty(t, listDir(t, dir2))
	w, err = NewRejectWriter(dir2)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	data, err = os.ReadFile(filepath.Join(dir2, RejectsFile))
	require.NoError(t, err)
	assert.Empty(t, data)
}

func TestManifestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	m := &Manifest{
		Tool:    "winnow",
		Version: "0.1.0",
		Config:  json.RawMessage(`{"keep":["body"],"workers":4}`),
		Inputs:  []string{"dumps/a.jsonl", "-"},
		Shards:  []ShardInfo{{Name: ShardName(0, CodecZstd), Documents: 3, Bytes: 100, CompressedBytes: 60, SHA256: strings.Repeat("ab", 32)}},
		Rejects: RejectsFile,
		Counts:  Counts{Read: 10, Written: 3, Dropped: 5, DroppedBy: map[string]int64{"no-body": 4, "too-short": 1}, Rejected: 2},
	}
	require.NoError(t, WriteManifest(dir, m))
	got, err := ReadManifest(dir)
	require.NoError(t, err)
	assert.JSONEq(t, string(m.Config), string(got.Config))
	got.Config = m.Config
	assert.Equal(t, m, got)
	assert.True(t, got.Counts.Balanced())
	assert.Equal(t, []string{ManifestFile}, listDir(t, dir))

	first, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	require.NoError(t, err)
	require.NoError(t, WriteManifest(dir, got))
	second, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	require.NoError(t, err)
	assert.Equal(t, string(first), string(second), "manifest bytes are deterministic")
	assert.True(t, bytes.HasSuffix(first, []byte("}\n")))

	require.NoError(t, WriteManifest(dir, &Manifest{Tool: "winnow"}))
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	require.NoError(t, err)
	assert.Contains(t, string(data), `"shards": []`)
	assert.Contains(t, string(data), `"inputs": []`)

	_, err = ReadManifest(t.TempDir())
	assert.ErrorIs(t, err, os.ErrNotExist)

	// A manifest written before --compress existed has no "compression":
	// its shards are zstd, the zero value. A gzip run's says so.
	old := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(old, ManifestFile), []byte(`{"tool": "winnow", "version": "0.1.0", "inputs": [], "shards": [{"name": "docs-00000.jsonl.zst"}], "counts": {}}`), 0o644))
	got, err = ReadManifest(old)
	require.NoError(t, err)
	assert.Equal(t, Compression{Codec: CodecZstd}, got.Compression)
	require.NoError(t, WriteManifest(dir, &Manifest{Tool: "winnow", Compression: Compression{Codec: CodecGzip, Level: LevelBest}}))
	data, err = os.ReadFile(filepath.Join(dir, ManifestFile))
	require.NoError(t, err)
	assert.Contains(t, string(data), `"compression": "gzip:best"`)
}

func TestCountsBalanced(t *testing.T) {
	assert.True(t, Counts{}.Balanced())
	assert.True(t, Counts{Read: 5, Written: 2, Dropped: 2, Rejected: 1}.Balanced())
	assert.False(t, Counts{Read: 5, Written: 2, Dropped: 2}.Balanced())
	assert.False(t, Counts{Read: 4, Written: 2, Dropped: 2, DroppedBy: map[string]int64{"x": 1}}.Balanced())
}

func TestStatsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := &Stats{Seconds: 1.5, Workers: 2, Stages: []StageStat{{Name: "split", Documents: 3, Paragraphs: 30, Bytes: 3000, Seconds: 0.25}}}
	require.NoError(t, WriteStats(dir, s))
	got, err := ReadStats(dir)
	require.NoError(t, err)
	assert.Equal(t, s, got)
}

func TestWriteJSONAtomicError(t *testing.T) {
	dir := t.TempDir()
	err := WriteJSONAtomic(filepath.Join(dir, "x.json"), map[string]any{"f": func() {}})
	require.Error(t, err)
	assert.Empty(t, listDir(t, dir), "temporary file removed")
	assert.Error(t, WriteJSONAtomic(filepath.Join(dir, "missing", "x.json"), 1))
}

func TestReadGoldSeeds(t *testing.T) {
	shared := sharedDir(t)
	docs, err := ReadGoldFile(filepath.Join(shared, "gold", "seeds.jsonl"))
	require.NoError(t, err)
	require.Len(t, docs, 2)
	assert.Equal(t, "aim-alibaba-cloud", docs[0].ID)
	assert.Equal(t, "seeds/aim-alibaba-cloud.txt", docs[0].Source)
	labels := map[Label]int{}
	for _, d := range docs {
		require.NotEmpty(t, d.Paragraphs)
		for _, p := range d.Paragraphs {
			assert.NotEmpty(t, p.Text)
			assert.Nil(t, p.Score)
			labels[p.Label]++
		}
		// The source text holds every gold paragraph.
		src, err := os.ReadFile(filepath.Join(shared, d.Source))
		require.NoError(t, err)
		for _, p := range d.Paragraphs {
			assert.Contains(t, strings.Join(strings.Fields(string(src)), " "), strings.Join(strings.Fields(p.Text), " "))
		}
	}
	assert.Greater(t, labels[Body], 0)
	assert.Greater(t, labels[Bio]+labels[Promo]+labels[Comment]+labels[Chrome], 0)

	// WriteGold then ReadGold gives the same documents.
	var buf bytes.Buffer
	require.NoError(t, WriteGold(&buf, docs))
	back, err := ReadGold(&buf)
	require.NoError(t, err)
	assert.Equal(t, docs, back)
}

func TestReadGold(t *testing.T) {
	score := float32(0.75)
	docs := []GoldDoc{
		{ID: "a", Source: "s/a.txt", URL: "http://a", Paragraphs: []GoldParagraph{{Text: "x <&>", Label: Body}, {Text: "y", Label: Chrome, Score: &score}}},
		{ID: "b", Paragraphs: []GoldParagraph{}},
	}
	var buf bytes.Buffer
	require.NoError(t, WriteGold(&buf, docs))
	assert.Equal(t, `{"id":"a","source":"s/a.txt","url":"http://a","paragraphs":[{"text":"x <&>","label":"body"},{"text":"y","label":"chrome","score":0.75}]}
{"id":"b","paragraphs":[]}
`, buf.String())
	got, err := ReadGold(strings.NewReader("\n" + buf.String() + "\n\n"))
	require.NoError(t, err)
	assert.Equal(t, docs, got)

	for _, tc := range []struct{ in, err string }{
		{`{"id":"x","paragraphs":[{"text":"t","label":"nav"}]}`, `line 1: unknown label "nav"`},
		{"\n" + `{"id":"x"}`, `line 2: document "x" has no "paragraphs"`},
		{`{"id":"x",`, "line 1: unexpected end of JSON input"},
		{`[1]`, "line 1: json: cannot unmarshal array"},
	} {
		_, err := ReadGold(strings.NewReader(tc.in))
		assert.ErrorContains(t, err, tc.err, tc.in)
	}
}

func TestReadGoldFileCompressed(t *testing.T) {
	dir := t.TempDir()
	plain := []byte(`{"id":"z","paragraphs":[{"text":"t","label":"promo","score":0.1}]}` + "\n")
	writeFile(t, filepath.Join(dir, "g.jsonl.gz"), gzipBytes(t, plain))
	writeFile(t, filepath.Join(dir, "g.jsonl.zst"), zstdBytes(t, plain))
	writeFile(t, filepath.Join(dir, "lying.jsonl.gz"), zstdBytes(t, plain))
	for _, name := range []string{"g.jsonl.gz", "g.jsonl.zst", "lying.jsonl.gz"} {
		docs, err := ReadGoldFile(filepath.Join(dir, name))
		require.NoError(t, err, name)
		require.Len(t, docs, 1)
		assert.Equal(t, Promo, docs[0].Paragraphs[0].Label)
	}
	_, err := ReadGoldFile(filepath.Join(dir, "missing.jsonl"))
	assert.ErrorIs(t, err, os.ErrNotExist)
	writeFile(t, filepath.Join(dir, "cut.jsonl.gz"), gzipBytes(t, plain)[:20])
	_, err = ReadGoldFile(filepath.Join(dir, "cut.jsonl.gz"))
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
}

func TestMemoryReaderWriter(t *testing.T) {
	ctx := context.Background()
	docs := []*Document{{ID: "a", Seq: 99}, {ID: "b"}}
	r := NewMemoryReader(docs)
	items, err := readAll(t, r)
	require.NoError(t, err)
	require.Len(t, items, 2)
	assert.Equal(t, int64(0), items[0].Doc.Seq)
	assert.Equal(t, int64(1), items[1].Doc.Seq)

	rej := &RecordError{Source: "s", Position: "line 1", Reason: "bad"}
	r = NewScriptedReader([]ReadResult{{Doc: &Document{ID: "a"}}, {Err: rej}, {Doc: &Document{ID: "c"}}})
	items, err = readAll(t, r)
	require.NoError(t, err)
	require.Len(t, items, 3)
	assert.Equal(t, rej, items[1].Rej)
	assert.Equal(t, int64(1), items[2].Doc.Seq)

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = NewMemoryReader(docs).Next(cctx)
	assert.ErrorIs(t, err, context.Canceled)

	w := NewMemoryWriter()
	require.NoError(t, w.Write(ctx, docs[0]))
	require.NoError(t, w.Write(ctx, docs[1]))
	assert.False(t, w.Closed())
	require.NoError(t, w.Close())
	assert.True(t, w.Closed())
	assert.Error(t, w.Write(ctx, docs[0]))
	assert.Equal(t, docs, w.Docs())
}

func TestRecordErrorMessage(t *testing.T) {
	e := &RecordError{Source: "a.jsonl.gz", Position: "line 4", Reason: "truncated gzip stream after 3 records"}
	assert.Equal(t, "a.jsonl.gz: line 4: truncated gzip stream after 3 records", e.Error())
}
