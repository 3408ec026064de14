package corpus

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/require"
)

// memInput returns an input that reads data.
func memInput(name string, f Format, data []byte) Input {
	return Input{
		Name:   name,
		Root:   filepath.ToSlash(filepath.Dir(name)),
		Format: f,
		Open:   func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil },
	}
}

func gzipBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, err := w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

func zstdBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := zstd.NewWriter(&b, zstd.WithEncoderConcurrency(1))
	require.NoError(t, err)
	_, err = w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

// item is one result of reading: a document or a reject.
type item struct {
	Doc *Document
	Rej *RecordError
}

// readAll reads r to io.EOF and returns its documents and rejects in order.
// A fatal error fails the test unless wantFatal, in which case it is returned.
func readAll(t testing.TB, r Reader) ([]item, error) {
	t.Helper()
	var items []item
	for i := 0; ; i++ {
		require.Less(t, i, 1_000_000, "reader does not end")
		d, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return items, nil
		}
		if err != nil {
			if re, ok := AsRecordError(err); ok {
				items = append(items, item{Rej: re})
				continue
			}
			return items, err
		}
		items = append(items, item{Doc: d})
	}
}

// docsAndRejects splits items.
func docsAndRejects(items []item) (docs []*Document, rejects []*RecordError) {
	for _, it := range items {
		if it.Doc != nil {
			docs = append(docs, it.Doc)
		} else {
			rejects = append(rejects, it.Rej)
		}
	}
	return docs, rejects
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, data, 0o644))
}

// sharedDir returns ../../shared relative to the package directory, skipping
// the test when it is absent (failing instead when CI=true).
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "gold", "seeds.jsonl")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing at %s (required when CI=true): %v", dir, err)
		}
		t.Skipf("shared data not found at %s; skipping (set CI=true to make this a failure)", dir)
	}
	return dir
}
