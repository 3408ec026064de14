package bench

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/filter"
	"github.com/winnowhq/winnow/stages/htmlsplit"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

// testPage returns a small news page.
func testPage(title string) []byte {
	return []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>` + title + `</h1>
<p>The council approved the new budget on Tuesday after a long debate about the schools, the roads and the library.</p>
<p>Café owners said the plan – which raises the parking fees – would hurt the town centre, but the mayor disagreed.</p>
</article>
<footer>Subscribe to our newsletter</footer></body></html>`)
}

// writeHTMLDir writes three pages (two gzip'd, one plain) and a text file
// that is not a page, and returns the directory and the pages' HTML bytes.
func writeHTMLDir(t *testing.T) (string, int64) {
	t.Helper()
	dir := t.TempDir()
	var total int64
	for i, name := range []string{"a.html.gz", "b.html.gz", "c.html"} {
		page := testPage("Budget " + string(rune('A'+i)))
		total += int64(len(page))
		data := page
		if strings.HasSuffix(name, ".gz") {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			_, err := zw.Write(page)
			require.NoError(t, err)
			require.NoError(t, zw.Close())
			data = buf.Bytes()
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a page"), 0o644))
	return dir, total
}

func TestHTMLPages(t *testing.T) {
	dir, total := writeHTMLDir(t)
	pages, info, err := HTMLPages(dir)
	require.NoError(t, err)
	require.Len(t, pages, 3)
	assert.Equal(t, 3, info.Pages)
	assert.Equal(t, dir, info.Dir)
	assert.Equal(t, total, info.HTMLBytes)
	var sizes int64
	for _, p := range pages {
		assert.Equal(t, corpus.FormatHTML, p.Format)
		sizes += p.Size
	}
	assert.Equal(t, sizes, info.CompressedBytes)

	_, _, err = HTMLPages(t.TempDir())
	assert.ErrorContains(t, err, "no .html")
	_, _, err = HTMLPages(filepath.Join(t.TempDir(), "missing"))
	assert.Error(t, err)
}

func TestHTMLPasses(t *testing.T) {
	for _, tt := range []struct{ pages, want, passes int }{
		{181, 2000, 12},
		{181, 181, 1},
		{181, 182, 2},
		{181, 1, 1},
		{3, 0, 1},
		{0, 10, 1},
	} {
		assert.Equal(t, tt.passes, HTMLPasses(tt.pages, tt.want), "%d pages, want %d", tt.pages, tt.want)
	}
}

func TestWriteHTMLWARC(t *testing.T) {
	dir, _ := writeHTMLDir(t)
	pages, info, err := HTMLPages(dir)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "pages.warc.gz")
	size, err := WriteHTMLWARCFile(context.Background(), pages, map[string]string{"a": "https://a.test/story"}, path)
	require.NoError(t, err)
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, st.Size(), size)
	magic := make([]byte, 2)
	f, err := os.Open(path)
	require.NoError(t, err)
	_, err = io.ReadFull(f, magic)
	require.NoError(t, f.Close())
	require.NoError(t, err)
	assert.Equal(t, []byte{0x1f, 0x8b}, magic, "gzip'd")

	// The corpus reader gives back every page, byte for byte, as HTML.
	inputs, _, err := corpus.FileInputs([]string{path})
	require.NoError(t, err)
	r := corpus.NewMultiReader(inputs, corpus.ReadOptions{})
	defer r.Close()
	var urls []string
	var n int64
	for i := 0; ; i++ {
		d, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		want, err := readDecoded(pages[i])
		require.NoError(t, err)
		assert.Equal(t, string(want), string(d.Raw))
		assert.Equal(t, "text/html", d.Meta[corpus.MetaContentType])
		urls = append(urls, d.URL)
		n += int64(len(d.Raw))
	}
	assert.Equal(t, []string{"https://a.test/story", "https://bench.invalid/b", "https://bench.invalid/c"}, urls)
	assert.Equal(t, info.HTMLBytes, n)

	_, err = WriteHTMLWARCFile(context.Background(), pages, nil, filepath.Join(t.TempDir(), "missing", "x.warc.gz"))
	assert.Error(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = WriteHTMLWARC(ctx, pages, nil, io.Discard)
	assert.ErrorIs(t, err, context.Canceled)
}

func TestMeasureHTML(t *testing.T) {
	dir, _ := writeHTMLDir(t)
	pages, info, err := HTMLPages(dir)
	require.NoError(t, err)
	warcPath := filepath.Join(t.TempDir(), "pages.warc.gz")
	warcSize, err := WriteHTMLWARCFile(context.Background(), pages, nil, warcPath)
	require.NoError(t, err)
	warcInputs, _, err := corpus.FileInputs([]string{warcPath})
	require.NoError(t, err)

	rules, err := classify.DefaultRules()
	require.NoError(t, err)
	sts := []stages.Stage{htmlsplit.Stage{}, normalize.Stage{}, split.Stage{}, classify.Stage{C: rules}, filter.Keep{Labels: corpus.NewLabelSet(corpus.Body)}}
	const passes = 2
	for _, tt := range []struct {
		format     string
		inputs     []corpus.Input
		compressed int64
	}{
		{FormatHTMLFiles, pages, info.CompressedBytes},
		{FormatWARCFile, warcInputs, warcSize},
	} {
		t.Run(tt.format, func(t *testing.T) {
			var inputs []corpus.Input
			for range passes {
				inputs = append(inputs, tt.inputs...)
			}
			out := t.TempDir()
			m, err := MeasureHTML(context.Background(), tt.format, PipelineRun{Name: "rules", Inputs: inputs, Stages: sts, Workers: 2, OutDir: out})
			require.NoError(t, err)
			assert.Equal(t, tt.format, m.Format)
			assert.Equal(t, int64(passes*info.Pages), m.Documents)
			assert.Equal(t, passes*info.HTMLBytes, m.InputBytes, "uncompressed HTML, also for the WARC")
			assert.Equal(t, passes*tt.compressed, m.CompressedBytes)
			assert.Positive(t, m.OutputBytes, "the pages' body text is written")
			assert.Positive(t, m.MBps)
			assert.Positive(t, m.CompressedMBps)
			assert.InDelta(t, float64(m.Documents)/m.Seconds, m.DocsPerSec, 1e-9)
			assert.Contains(t, stageNames(m), "html")
			left, err := os.ReadDir(out)
			require.NoError(t, err)
			assert.Empty(t, left)
		})
	}
}
