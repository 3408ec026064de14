package corpus

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFormatFromName(t *testing.T) {
	for name, want := range map[string]Format{
		"a.txt": FormatText, "a.TXT": FormatText, "a.txt.gz": FormatText, "a.txt.zst": FormatText, "a.txt.zstd": FormatText,
		"a.jsonl": FormatJSONL, "a.ndjson": FormatJSONL, "a.jsonl.gz": FormatJSONL, "dir/a.b.jsonl.ZST": FormatJSONL,
		"a.json": FormatUnknown, "a.gz": FormatUnknown, "a": FormatUnknown, "a.txt.bz2": FormatUnknown, "a.gz.txt": FormatText,
	} {
		assert.Equal(t, want, FormatFromName(name), name)
	}
	assert.Equal(t, "text", FormatText.String())
	assert.Equal(t, "jsonl", FormatJSONL.String())
	assert.Equal(t, "unknown", FormatUnknown.String())
}

func TestInputIDs(t *testing.T) {
	for _, tc := range []struct {
		name, root, rel, id string
	}{
		{"dumps/a/b.txt.gz", "dumps", "a/b.txt", "a/b"},
		{"dumps/a/b.txt", "dumps/a", "b.txt", "b"},
		{"b.jsonl.zst", ".", "b.jsonl", "b"},
		{"/abs/x.ndjson", "/", "abs/x.ndjson", "abs/x"},
		{"-", "", "-", "-"},
	} {
		in := Input{Name: tc.name, Root: tc.root}
		assert.Equal(t, tc.rel, in.RelName(), tc.name)
		assert.Equal(t, tc.id, in.TextID(), tc.name)
	}
}

func TestFileInputs(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{
		"dumps/b.txt", "dumps/a.txt.gz", "dumps/a/c.jsonl", "dumps/a/b/d.ndjson.zst", "dumps/A.txt",
		"dumps/notes.md", "dumps/.hidden.txt", "dumps/.git/config.txt", "dumps/sub/image.png",
		"single.jsonl.gz", "weird.bin",
	} {
		writeFile(t, filepath.Join(dir, p), []byte("x"))
	}
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "empty"), 0o755))
	t.Chdir(dir)

	inputs, skipped, err := FileInputs([]string{"./dumps/", "single.jsonl.gz", "empty"})
	require.NoError(t, err)
	var got []string
	for _, in := range inputs {
		got = append(got, in.Name+"|"+in.Root+"|"+in.Format.String()+"|"+in.TextID())
	}
	assert.Equal(t, []string{
		"dumps/A.txt|dumps|text|A",
		"dumps/a.txt.gz|dumps|text|a",
		"dumps/a/b/d.ndjson.zst|dumps|jsonl|a/b/d",
		"dumps/a/c.jsonl|dumps|jsonl|a/c",
		"dumps/b.txt|dumps|text|b",
		"single.jsonl.gz|.|jsonl|single",
	}, got)
	assert.Equal(t, []string{"dumps/.git", "dumps/.hidden.txt", "dumps/notes.md", "dumps/sub/image.png"}, skipped)

	rc, err := inputs[0].Open()
	require.NoError(t, err)
	b, err := io.ReadAll(rc)
	require.NoError(t, err)
	require.NoError(t, rc.Close())
	assert.Equal(t, "x", string(b))

	_, _, err = FileInputs([]string{"weird.bin"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "weird.bin: unknown format")

	_, _, err = FileInputs([]string{"dumps", "nope.txt"})
	require.ErrorIs(t, err, os.ErrNotExist)
	assert.Contains(t, err.Error(), "nope.txt")

	inputs, _, err = FileInputs([]string{"-"})
	require.NoError(t, err)
	require.Len(t, inputs, 1)
	assert.Equal(t, "-", inputs[0].Name)
	assert.Equal(t, FormatJSONL, inputs[0].Format)

	_, _, err = FileInputs([]string{"-", "-"})
	assert.Error(t, err)
}

func TestFileInputsSymlink(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "real", "a.txt"), []byte("a"))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "in"), 0o755))
	if err := os.Symlink(filepath.Join(dir, "real", "a.txt"), filepath.Join(dir, "in", "link.txt")); err != nil {
		t.Skipf("symlinks not supported: %v", err)
	}
	require.NoError(t, os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "in", "dirlink.txt")))
	inputs, skipped, err := FileInputs([]string{filepath.Join(dir, "in")})
	require.NoError(t, err)
	require.Len(t, inputs, 1)
	assert.Equal(t, "link", inputs[0].TextID())
	require.Len(t, skipped, 1)
	assert.True(t, strings.HasSuffix(skipped[0], "in/dirlink.txt"))
}

func TestStdinInput(t *testing.T) {
	in := StdinInput(strings.NewReader("{\"text\":\"a\"}\n{\"id\":\"x\"}\n{\"text\":\"b\"}"))
	items, err := readAll(t, NewMultiReader([]Input{in}, ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, items, 3)
	assert.Equal(t, "-:1", items[0].Doc.ID)
	assert.Equal(t, "-", items[0].Doc.Source)
	assert.Equal(t, "-", items[1].Rej.Source)
	assert.Equal(t, "line 2", items[1].Rej.Position)
	assert.Equal(t, "-:3", items[2].Doc.ID)
}

func TestFSInputs(t *testing.T) {
	fsys := fstest.MapFS{
		"sample/b.txt":             {Data: []byte("bee")},
		"sample/a/one.jsonl":       {Data: []byte(`{"id":"one","text":"uno"}` + "\n")},
		"sample/a/two.txt.gz":      {Data: gzipBytes(t, []byte("two"))},
		"sample/README":            {Data: []byte("skip")},
		"sample/.hidden.txt":       {Data: []byte("skip")},
		"sample/.dir/x.txt":        {Data: []byte("skip")},
		"other/c.txt":              {Data: []byte("not listed")},
		"sample/z/three.jsonl.zst": {Data: zstdBytes(t, []byte(`{"text":"tres"}`))},
	}
	inputs, err := FSInputs(fsys, "sample")
	require.NoError(t, err)
	var names []string
	for _, in := range inputs {
		names = append(names, in.Name)
	}
	assert.Equal(t, []string{"sample/a/one.jsonl", "sample/a/two.txt.gz", "sample/b.txt", "sample/z/three.jsonl.zst"}, names)

	r := NewMultiReader(inputs, ReadOptions{})
	var got []string
	for {
		d, err := r.Next(context.Background())
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		got = append(got, d.ID+"="+string(d.Raw))
	}
	assert.Equal(t, []string{"one=uno", "a/two=two", "b=bee", "z/three.jsonl:1=tres"}, got)

	one, err := FSInputs(fsys, "sample/b.txt")
	require.NoError(t, err)
	require.Len(t, one, 1)
	assert.Equal(t, "b", one[0].TextID())

	_, err = FSInputs(fsys, "missing")
	assert.Error(t, err)
	_, err = FSInputs(fsys, "sample/README")
	assert.Error(t, err)
}
