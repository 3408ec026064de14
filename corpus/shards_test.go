package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testDoc(i int) *Document {
	d := &Document{
		ID:    fmt.Sprintf("doc-%03d", i),
		Clean: fmt.Sprintf("Body of document %d.\n\nSecond \"quoted\" paragraph <b>&</b> caf\u00e9.", i),
		Paragraphs: []Paragraph{
			{Text: "By Jane Doe", Label: Bio, Score: 0.91234},
			{Text: fmt.Sprintf("Body of document %d.", i), Label: Body, Score: 0.99999},
			{Text: "Second \"quoted\" paragraph <b>&</b> caf\u00e9.", Label: Body, Score: 0.5},
			{Text: "Subscribe\tnow", Label: Promo, Score: 0.25},
			{Text: "Share on X", Label: Chrome, Score: 0},
		},
	}
	if i%2 == 0 {
		d.URL = fmt.Sprintf("https://example.test/%d?a=1&b=2", i)
	}
	return d
}

func TestAppendRecord(t *testing.T) {
	d := testDoc(2)
	got, err := appendRecord(nil, d, false)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"doc-002","url":"https://example.test/2?a=1&b=2","text":"Body of document 2.\n\nSecond \"quoted\" paragraph <b>&</b> café.","labels":{"body":2,"bio":1,"promo":1,"comment":0,"chrome":1}}`+"\n", string(got))

	d = testDoc(1)
	got, err = appendRecord(nil, d, true)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"doc-001","text":"Body of document 1.\n\nSecond \"quoted\" paragraph <b>&</b> café.","labels":{"body":2,"bio":1,"promo":1,"comment":0,"chrome":1},"paragraphs":[`+
		`{"text":"By Jane Doe","label":"bio","score":0.9123},`+
		`{"text":"Body of document 1.","label":"body","score":1},`+
		`{"text":"Second \"quoted\" paragraph <b>&</b> café.","label":"body","score":0.5},`+
		`{"text":"Subscribe\tnow","label":"promo","score":0.25},`+
		`{"text":"Share on X","label":"chrome","score":0}]}`+"\n", string(got))
	require.True(t, json.Valid(got))

	empty, err := appendRecord(nil, &Document{ID: "e"}, true)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"e","text":"","labels":{"body":0,"bio":0,"promo":0,"comment":0,"chrome":0},"paragraphs":[]}`+"\n", string(empty))

	// Invalid UTF-8 and control characters still give valid JSON.
	odd, err := appendRecord(nil, &Document{ID: "i\xff", URL: "u\x00", Clean: "a\xc3\u2028b"}, false)
	require.NoError(t, err)
	require.True(t, json.Valid(odd), "%s", odd)

	_, err = appendRecord(nil, &Document{Paragraphs: []Paragraph{{Label: Label(9)}}}, false)
	assert.Error(t, err)
	nan := float32(0)
	nan /= nan
	_, err = appendRecord(nil, &Document{Paragraphs: []Paragraph{{Score: nan}}}, true)
	assert.Error(t, err)
}

func TestAppendRecordAllocs(t *testing.T) {
	d := testDoc(3)
	buf, err := appendRecord(nil, d, true)
	require.NoError(t, err)
	allocs := testing.AllocsPerRun(100, func() {
		buf, _ = appendRecord(buf[:0], d, true)
	})
	assert.Zero(t, allocs)
}

// readShardLines decompresses a shard and returns its lines.
func readShardLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	zr, err := zstd.NewReader(f)
	require.NoError(t, err)
	defer zr.Close()
	b, err := io.ReadAll(zr)
	require.NoError(t, err)
	lines := strings.SplitAfter(string(b), "\n")
	require.Equal(t, "", lines[len(lines)-1], "shard ends with a newline")
	return lines[:len(lines)-1]
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestShardWriterRotationAndAtomicNames(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	rec, err := appendRecord(nil, testDoc(0), false)
	require.NoError(t, err)
	// Rotate after every 3 records.
	w, err := NewShardWriter(dir, ShardOptions{MaxShardBytes: int64(3*len(rec) - 5)})
	require.NoError(t, err)
	ctx := context.Background()
	for i := range 2 {
		require.NoError(t, w.Write(ctx, testDoc(i*2))) // even ids: same record length
	}
	assert.Equal(t, []string{".docs-00000.jsonl.zst.tmp"}, listDir(t, dir), "no final name before the shard is complete")
	for i := 2; i < 8; i++ {
		require.NoError(t, w.Write(ctx, testDoc(i*2)))
	}
	assert.Equal(t, []string{".docs-00002.jsonl.zst.tmp", "docs-00000.jsonl.zst", "docs-00001.jsonl.zst"}, listDir(t, dir))
	require.NoError(t, w.Close())
	require.NoError(t, w.Close(), "closing twice is fine")
	assert.Equal(t, []string{"docs-00000.jsonl.zst", "docs-00001.jsonl.zst", "docs-00002.jsonl.zst"}, listDir(t, dir))
	assert.Error(t, w.Write(ctx, testDoc(0)), "write after close")

	shards := w.Shards()
	require.Len(t, shards, 3)
	var docs int64
	for i, s := range shards {
		assert.Equal(t, ShardName(i, CodecZstd), s.Name)
		p := filepath.Join(dir, s.Name)
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		sum := sha256.Sum256(data)
		assert.Equal(t, hex.EncodeToString(sum[:]), s.SHA256)
		assert.Equal(t, int64(len(data)), s.CompressedBytes)
		lines := readShardLines(t, p)
		assert.Equal(t, int64(len(lines)), s.Documents)
		assert.Equal(t, int64(len(strings.Join(lines, ""))), s.Bytes)
		for _, l := range lines {
			require.True(t, json.Valid([]byte(l)))
		}
		docs += s.Documents
	}
	assert.Equal(t, int64(8), docs)
	assert.Equal(t, []int64{3, 3, 2}, []int64{shards[0].Documents, shards[1].Documents, shards[2].Documents})
}

func TestShardWriterDeterministic(t *testing.T) {
	write := func(dir string) []ShardInfo {
		w, err := NewShardWriter(dir, ShardOptions{MaxShardBytes: 2000, Annotate: true})
		require.NoError(t, err)
		for i := range 30 {
			require.NoError(t, w.Write(context.Background(), testDoc(i)))
		}
		require.NoError(t, w.Close())
		return w.Shards()
	}
	a := write(t.TempDir())
	b := write(t.TempDir())
	assert.Equal(t, a, b)
	assert.Greater(t, len(a), 1)
}

func TestShardWriterRoundTrip(t *testing.T) {
	// The records, uncompressed, are the same whatever the compression.
	var records []byte
	for _, spec := range []string{"zstd:fastest", "zstd", "zstd:best", "gzip", "gzip:fastest", "none"} {
		t.Run(spec, func(t *testing.T) {
			c, err := ParseCompression(spec)
			require.NoError(t, err)
			dir := t.TempDir()
			w, err := NewShardWriter(dir, ShardOptions{MaxShardBytes: 1500, Annotate: true, Compression: c})
			require.NoError(t, err)
			var want []*Document
			for i := range 25 {
				d := testDoc(i)
				want = append(want, d)
				require.NoError(t, w.Write(context.Background(), d))
			}
			require.NoError(t, w.Close())
			require.Greater(t, len(w.Shards()), 2)

			var all []byte
			for i, sh := range w.Shards() {
				assert.Equal(t, ShardName(i, c.Codec), sh.Name)
				assert.True(t, strings.HasSuffix(sh.Name, ".jsonl"+c.Codec.Ext()))
				f, err := os.Open(filepath.Join(dir, sh.Name))
				require.NoError(t, err)
				r, err := NewShardReader(f, sh.Name)
				require.NoError(t, err)
				b, err := io.ReadAll(r)
				require.NoError(t, err)
				require.NoError(t, r.Close())
				require.NoError(t, f.Close())
				assert.Equal(t, sh.Bytes, int64(len(b)))
				all = append(all, b...)
			}
			if records == nil {
				records = all
			}
			assert.Equal(t, string(records), string(all))

			got, err := ReadShardDir(dir)
			require.NoError(t, err)
			require.Len(t, got, len(want))
			for i, g := range got {
				d := want[i]
				assert.Equal(t, d.ID, g.ID)
				assert.Equal(t, d.URL, g.URL)
				require.Len(t, g.Paragraphs, len(d.Paragraphs))
				for j, p := range g.Paragraphs {
					assert.Equal(t, d.Paragraphs[j].Text, p.Text)
					assert.Equal(t, d.Paragraphs[j].Label, p.Label)
					require.NotNil(t, p.Score)
					assert.InDelta(t, d.Paragraphs[j].Score, *p.Score, 0.00006)
				}
			}
		})
	}
}

func TestParseCompression(t *testing.T) {
	tests := []struct {
		in      string
		want    Compression
		str     string
		wantErr string
	}{
		{in: "zstd", want: Compression{}, str: "zstd"},
		{in: " ZSTD:Default ", want: Compression{}, str: "zstd"},
		{in: "zstd:fastest", want: Compression{Codec: CodecZstd, Level: LevelFastest}, str: "zstd:fastest"},
		{in: "zstd:better", want: Compression{Codec: CodecZstd, Level: LevelBetter}, str: "zstd:better"},
		{in: "gzip", want: Compression{Codec: CodecGzip}, str: "gzip"},
		{in: "gzip:best", want: Compression{Codec: CodecGzip, Level: LevelBest}, str: "gzip:best"},
		{in: "none", want: Compression{Codec: CodecNone}, str: "none"},
		{in: "none:fastest", wantErr: "none takes no level"},
		{in: "brotli", wantErr: `unknown codec "brotli"`},
		{in: "gzip:9", wantErr: `unknown level "9"`},
		{in: "", wantErr: "unknown codec"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c, err := ParseCompression(tc.in)
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, c)
			assert.Equal(t, tc.str, c.String())
			text, err := c.MarshalText()
			require.NoError(t, err)
			var back Compression
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, c, back)
		})
	}
	_, err := Compression{Codec: 7}.MarshalText()
	assert.Error(t, err)
}

// TestCompressionLevels: the levels trade size for speed as they say, on
// records that compress (a few hundred kilobytes of the test documents).
func TestCompressionLevels(t *testing.T) {
	size := map[string]int64{}
	for _, spec := range []string{"zstd:fastest", "zstd", "zstd:best", "gzip:fastest", "gzip:best", "none"} {
		c, err := ParseCompression(spec)
		require.NoError(t, err)
		w, err := NewShardWriter(t.TempDir(), ShardOptions{Annotate: true, Compression: c})
		require.NoError(t, err)
		for i := range 3000 {
			require.NoError(t, w.Write(context.Background(), testDoc(i)))
		}
		require.NoError(t, w.Close())
		require.Len(t, w.Shards(), 1)
		size[spec] = w.Shards()[0].CompressedBytes
	}
	assert.Less(t, size["zstd:best"], size["zstd"])
	assert.Less(t, size["zstd"], size["zstd:fastest"])
	assert.Less(t, size["gzip:best"], size["gzip:fastest"])
	assert.Less(t, size["gzip:fastest"], size["none"])
}

// TestShardWriterResumeOverOtherCodec: a run that overwrote a directory
// with another codec and was interrupted is resumed: the old codec's shards,
// also those numbered below the finished ones, are gone at the end.
func TestShardWriterResumeOverOtherCodec(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	w, err := NewShardWriter(dir, ShardOptions{MaxShardBytes: 1, Annotate: true})
	require.NoError(t, err)
	for i := range 5 {
		require.NoError(t, w.Write(ctx, testDoc(i)))
	}
	require.NoError(t, w.Close())

	gz := Compression{Codec: CodecGzip}
	w, err = NewShardWriter(dir, ShardOptions{MaxShardBytes: 1, Annotate: true, Compression: gz, Overwrite: true})
	require.NoError(t, err)
	for i := range 2 {
		require.NoError(t, w.Write(ctx, testDoc(i)))
	}
	checkpoint := w.Shards()
	require.NoError(t, w.Abort()) // interrupted: no Close

	w, err = NewShardWriter(dir, ShardOptions{MaxShardBytes: 1, Annotate: true, Compression: gz, Resume: checkpoint})
	require.NoError(t, err)
	for i := 2; i < 3; i++ {
		require.NoError(t, w.Write(ctx, testDoc(i)))
	}
	require.NoError(t, w.Close())
	assert.Equal(t, []string{ShardName(0, CodecGzip), ShardName(1, CodecGzip), ShardName(2, CodecGzip)}, listDir(t, dir))
	docs, err := ReadShardDir(dir)
	require.NoError(t, err)
	assert.Len(t, docs, 3)
}

// TestShardWriterOverwriteOtherCodec: rewriting a directory with another
// codec leaves only the new shards, none of the old ones by the same number.
func TestShardWriterOverwriteOtherCodec(t *testing.T) {
	dir := t.TempDir()
	write := func(c Compression, docs int, overwrite bool) []ShardInfo {
		w, err := NewShardWriter(dir, ShardOptions{MaxShardBytes: 1, Compression: c, Overwrite: overwrite})
		require.NoError(t, err)
		for i := range docs {
			require.NoError(t, w.Write(context.Background(), testDoc(i)))
		}
		require.NoError(t, w.Close())
		return w.Shards()
	}
	write(Compression{}, 3, false)
	assert.Equal(t, []string{ShardName(0, CodecZstd), ShardName(1, CodecZstd), ShardName(2, CodecZstd)}, listDir(t, dir))
	write(Compression{Codec: CodecGzip}, 2, true)
	assert.Equal(t, []string{ShardName(0, CodecGzip), ShardName(1, CodecGzip)}, listDir(t, dir))
}

func TestShardWriterPlainRecords(t *testing.T) {
	dir := t.TempDir()
	w, err := NewShardWriter(dir, ShardOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Write(context.Background(), testDoc(4)))
	require.NoError(t, w.Close())
	lines := readShardLines(t, filepath.Join(dir, ShardName(0, CodecZstd)))
	require.Len(t, lines, 1)
	var rec struct {
		ID, URL, Text string
		Labels        map[string]int
		Paragraphs    []any
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &rec))
	assert.Equal(t, "doc-004", rec.ID)
	assert.Equal(t, testDoc(4).Clean, rec.Text)
	assert.Equal(t, map[string]int{"body": 2, "bio": 1, "promo": 1, "comment": 0, "chrome": 1}, rec.Labels)
	assert.Nil(t, rec.Paragraphs)

	_, err = ReadShardDir(dir)
	assert.ErrorContains(t, err, "no \"paragraphs\"")
}

func TestShardWriterEmptyAndAbort(t *testing.T) {
	dir := t.TempDir()
	w, err := NewShardWriter(dir, ShardOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Close())
	assert.Empty(t, listDir(t, dir))
	assert.Empty(t, w.Shards())

	w, err = NewShardWriter(dir, ShardOptions{MaxShardBytes: 1})
	require.NoError(t, err)
	require.NoError(t, w.Write(context.Background(), testDoc(0)))
	require.NoError(t, w.Write(context.Background(), testDoc(1)))
	// MaxShardBytes 1: each document completes its shard.
	assert.Equal(t, []string{"docs-00000.jsonl.zst", "docs-00001.jsonl.zst"}, listDir(t, dir))
	require.NoError(t, w.Abort())

	dir = t.TempDir()
	w, err = NewShardWriter(dir, ShardOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Write(context.Background(), testDoc(0)))
	require.NoError(t, w.Abort())
	assert.Empty(t, listDir(t, dir), "abort removes the temporary shard")
	require.NoError(t, w.Close())
	assert.Empty(t, listDir(t, dir))
	assert.Error(t, w.Write(context.Background(), testDoc(1)))
}

func TestShardWriterOverwrite(t *testing.T) {
	dir := t.TempDir()
	w, err := NewShardWriter(dir, ShardOptions{MaxShardBytes: 1})
	require.NoError(t, err)
	for i := range 3 {
		require.NoError(t, w.Write(context.Background(), testDoc(i)))
	}
	require.NoError(t, w.Close())
	writeFile(t, filepath.Join(dir, "other.txt"), []byte("kept"))

	_, err = NewShardWriter(dir, ShardOptions{})
	require.ErrorContains(t, err, "already holds shards")

	w, err = NewShardWriter(dir, ShardOptions{Overwrite: true})
	require.NoError(t, err)
	require.NoError(t, w.Write(context.Background(), testDoc(7)))
	require.NoError(t, w.Close())
	assert.Equal(t, []string{"docs-00000.jsonl.zst", "other.txt"}, listDir(t, dir))
	lines := readShardLines(t, filepath.Join(dir, ShardName(0, CodecZstd)))
	require.Len(t, lines, 1)
	assert.Contains(t, lines[0], `"doc-007"`)
}

func TestShardWriterContext(t *testing.T) {
	w, err := NewShardWriter(t.TempDir(), ShardOptions{})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.ErrorIs(t, w.Write(ctx, testDoc(0)), context.Canceled)
	require.NoError(t, w.Abort())
}

func TestListShardsNumericOrder(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"docs-100000.jsonl.zst", "docs-99999.jsonl.zst", "docs-00002.jsonl.zst", "docs-1.jsonl.zst", ".docs-00003.jsonl.zst.tmp"} {
		writeFile(t, filepath.Join(dir, n), nil)
	}
	names, err := listShards(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{"docs-00002.jsonl.zst", "docs-99999.jsonl.zst", "docs-100000.jsonl.zst"}, names)
}

func BenchmarkShardWriter(b *testing.B) {
	d := testDoc(1)
	d.Clean = strings.Repeat(d.Clean+" ", 40)
	rec, _ := appendRecord(nil, d, true)
	w, err := NewShardWriter(b.TempDir(), ShardOptions{Annotate: true})
	require.NoError(b, err)
	b.SetBytes(int64(len(rec)))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		if err := w.Write(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	require.NoError(b, w.Close())
}
