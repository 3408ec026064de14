package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/bench"
	"github.com/winnowhq/winnow/corpus"
)

// miniArticleBenchmark copies the article-extraction benchmark's page
// texts and gold and the first pages of its html directory into a
// directory of the same layout, so that the HTML runs stay short.
func miniArticleBenchmark(t *testing.T, pages int) string {
	t.Helper()
	src := filepath.Join(sharedDir(t), "benchmarks", "article-extraction")
	dir := t.TempDir()
	for _, name := range []string{"page-text.json", "ground-truth.json"} {
		copyFile(t, filepath.Join(src, name), filepath.Join(dir, name))
	}
	names, err := filepath.Glob(filepath.Join(src, "html", "*.html.gz"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(names), pages)
	sort.Strings(names)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "html"), 0o755))
	for _, name := range names[:pages] {
		copyFile(t, name, filepath.Join(dir, "html", filepath.Base(name)))
	}
	return dir
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(to, data, 0o644))
}

func TestBenchInProcess(t *testing.T) {
	// Two real pages, read twice for --html-pages 3; the HTML directory
	// is found below --article-extraction.
	dir := miniArticleBenchmark(t, 2)
	out := filepath.Join(t.TempDir(), "bench")
	code, stdout, stderr := winnow(t, "", "bench", "--in-process", "--article-extraction", dir, "--size-mb", "0.2",
		"--workers", "1,2", "--classifier", "rules,model", "--repeat", "1", "--doc-sizes", "1000,10000", "--doc-size-mb", "0.05",
		"--html-pages", "3", "--scratch", t.TempDir(), "-o", out)
	require.Equal(t, 0, code, stderr)
	for _, want := range []string{"floor (read + zstd fastest, 1 core)", "clean, classifier rules", "clean, classifier model",
		"memory check: rules, input x4", "cost by document size", "targets:",
		"HTML pages, clean with classifier rules", "2 pages in " + filepath.Join(dir, "html"), "read 2 times: 4 pages per run",
		"HTML files (.html.gz, one page each)", "WARC (.warc.gz, one record per page)", "x go-trafilatura", "HTML, 1 worker"} {
		assert.Contains(t, stdout, want)
	}
	assert.Contains(t, stderr, "html×1, html×2, warc×1, warc×2")
	data, err := os.ReadFile(filepath.Join(out, "bench.json"))
	require.NoError(t, err)
	var rep bench.ThroughputReport
	require.NoError(t, json.Unmarshal(data, &rep))
	assert.Equal(t, "rules", rep.Default)
	require.Len(t, rep.Runs, 4)
	assert.Positive(t, rep.Floor.MBps)
	for _, m := range rep.Runs {
		assert.Positive(t, m.MBps)
		assert.Equal(t, rep.InputBytes, m.InputBytes)
	}
	require.NotNil(t, rep.Memory)
	assert.Equal(t, 4*rep.InputBytes, rep.Memory.InputBytes)
	assert.Len(t, rep.Sizes, 2)

	require.NotNil(t, rep.HTMLInput)
	assert.Equal(t, filepath.Join(dir, "html"), rep.HTMLInput.Dir)
	assert.Equal(t, 2, rep.HTMLInput.Pages)
	assert.Equal(t, 2, rep.HTMLInput.Passes)
	assert.Positive(t, rep.HTMLInput.WARCBytes)
	var formats []string
	for _, m := range rep.HTML {
		formats = append(formats, fmt.Sprintf("%s×%d", m.Format, m.Workers))
		assert.Equal(t, "rules", m.Name, "the default classifier")
		assert.Equal(t, int64(4), m.Documents, "two passes over two pages")
		assert.Equal(t, 2, m.Scale)
		assert.Equal(t, 2*rep.HTMLInput.HTMLBytes, m.InputBytes, "uncompressed HTML bytes")
		assert.Positive(t, m.DocsPerSec)
		assert.Positive(t, m.CompressedMBps)
		if runtime.GOOS == "linux" {
			assert.Positive(t, m.DocsPerCPUSecond, "pages per CPU-second")
		}
		assert.InDelta(t, m.DocsPerSec/bench.GoTrafilaturaPagesPerSec, m.RatioToGoTrafilatura, 1e-9)
		assert.Positive(t, m.SpeedUp)
		if m.Format == bench.FormatHTMLFiles {
			assert.Equal(t, 2*rep.HTMLInput.CompressedBytes, m.CompressedBytes)
		} else {
			assert.Equal(t, 2*rep.HTMLInput.WARCBytes, m.CompressedBytes)
		}
	}
	assert.Equal(t, []string{"html×1", "html×2", "warc×1", "warc×2"}, formats)
	var targets []string
	for _, tg := range rep.Targets {
		targets = append(targets, tg.Name)
	}
	assert.Contains(t, targets, "HTML, 1 worker")
	svg, err := os.ReadFile(filepath.Join(out, "bench.svg"))
	require.NoError(t, err)
	assert.Contains(t, string(svg), "<svg")
	assert.Contains(t, string(svg), "HTML files, rules")
}

// TestBenchHTMLSwitches checks --html=false, --warc=false and --html-dir,
// on a small text input given as INPUT and pages written by the test.
func TestBenchHTMLSwitches(t *testing.T) {
	input := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(input, []byte(`{"id":"1","text":"The council approved the new budget on Tuesday after a long debate about the schools and the roads."}`+"\n"), 0o644))
	pages := t.TempDir()
	page := `<html><body><article><p>The council approved the new budget on Tuesday after a long debate about the schools and the roads.</p></article></body></html>`
	require.NoError(t, os.WriteFile(filepath.Join(pages, "a.html"), []byte(page), 0o644))
	noBenchmark := t.TempDir() // no page-text.json, no html directory

	base := []string{"bench", "--in-process", "--workers", "1", "--classifier", "rules", "--repeat", "1", "--doc-sizes", "", "--memcheck=false",
		"--article-extraction", noBenchmark, "--scratch", t.TempDir()}
	for _, tt := range []struct {
		name    string
		args    []string
		formats []string
		pages   int64
		code    int
		stderr  string
	}{
		{name: "html off", args: []string{"--html=false"}},
		{name: "no WARC", args: []string{"--html-dir", pages, "--warc=false", "--html-pages", "2"}, formats: []string{"html"}, pages: 2},
		{name: "both", args: []string{"--html-dir", pages, "--html-pages", "1"}, formats: []string{"html", "warc"}, pages: 1},
		{name: "default directory missing", code: exitFatal, stderr: "--html=false"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "bench")
			args := append(append(append([]string{}, base...), tt.args...), "-o", out, input)
			code, stdout, stderr := winnow(t, "", args...)
			require.Equal(t, tt.code, code, stderr)
			if tt.code != 0 {
				assert.Contains(t, stderr, tt.stderr)
				return
			}
			data, err := os.ReadFile(filepath.Join(out, "bench.json"))
			require.NoError(t, err)
			var rep bench.ThroughputReport
			require.NoError(t, json.Unmarshal(data, &rep))
			var formats []string
			for _, m := range rep.HTML {
				formats = append(formats, m.Format)
				assert.Equal(t, tt.pages, m.Documents, "the one page read for --html-pages")
			}
			assert.Equal(t, tt.formats, formats)
			if tt.formats == nil {
				assert.Nil(t, rep.HTMLInput)
				assert.NotContains(t, stdout, "HTML pages")
				assert.NotContains(t, string(data), "html_runs")
			}
		})
	}
}

// TestBenchChild runs the hidden child mode that winnow bench re-executes
// itself with, in-process.
func TestBenchChild(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(`{"id":"1","text":"The council approved the new budget on Tuesday after a long debate about the schools and the roads."}`+"\n"), 0o644))
	spec, err := json.Marshal(benchSpec{Kind: "pipeline", Inputs: []string{path}, Classifier: "rules", Workers: 1, Scale: 2, Scratch: t.TempDir()})
	require.NoError(t, err)
	code, stdout, stderr := winnow(t, "", "bench", "-child", string(spec))
	require.Equal(t, 0, code, stderr)
	var m bench.Measurement
	require.NoError(t, json.Unmarshal([]byte(stdout), &m))
	assert.Equal(t, int64(2), m.Documents)
	assert.Equal(t, 2, m.Scale)

	spec, err = json.Marshal(benchSpec{Kind: "floor", Inputs: []string{path}, Scratch: t.TempDir()})
	require.NoError(t, err)
	code, stdout, stderr = winnow(t, "", "bench", "-child", string(spec))
	require.Equal(t, 0, code, stderr)
	require.NoError(t, json.Unmarshal([]byte(stdout), &m))
	assert.Equal(t, "floor", m.Name)
	assert.Equal(t, int64(1), m.Documents)

	// The HTML kinds: a page as a file, and the same page in a WARC.
	pages := t.TempDir()
	page := []byte(`<html><body><article><p>The council approved the new budget on Tuesday after a long debate about the schools and the roads.</p></article></body></html>`)
	require.NoError(t, os.WriteFile(filepath.Join(pages, "a.html"), page, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(pages, "skip.txt"), []byte("not a page"), 0o644))
	inputs, _, err := corpus.FileInputs([]string{filepath.Join(pages, "a.html")})
	require.NoError(t, err)
	warcPath := filepath.Join(t.TempDir(), "pages.warc.gz")
	_, err = bench.WriteHTMLWARCFile(context.Background(), inputs, nil, warcPath)
	require.NoError(t, err)
	for _, tt := range []struct{ kind, input string }{
		{bench.FormatHTMLFiles, pages},
		{bench.FormatWARCFile, warcPath},
	} {
		spec, err = json.Marshal(benchSpec{Kind: tt.kind, Inputs: []string{tt.input}, Classifier: "rules", Workers: 1, Scale: 3, Scratch: t.TempDir()})
		require.NoError(t, err)
		code, stdout, stderr = winnow(t, "", "bench", "-child", string(spec))
		require.Equal(t, 0, code, stderr)
		m = bench.Measurement{}
		require.NoError(t, json.Unmarshal([]byte(stdout), &m))
		assert.Equal(t, tt.kind, m.Format)
		assert.Equal(t, int64(3), m.Documents, "%s: the page read three times, the text file left out", tt.kind)
		assert.Equal(t, int64(3*len(page)), m.InputBytes)
		assert.Positive(t, m.CompressedBytes)
	}
	spec, err = json.Marshal(benchSpec{Kind: bench.FormatWARCFile, Inputs: []string{pages}, Classifier: "rules", Workers: 1, Scratch: t.TempDir()})
	require.NoError(t, err)
	code, _, stderr = winnow(t, "", "bench", "-child", string(spec))
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, "no warc input")

	code, _, _ = winnow(t, "", "bench", "-child", "{")
	assert.Equal(t, exitUsage, code)
	code, _, _ = winnow(t, "", "bench", "-child", `{"kind":"nope"}`)
	assert.Equal(t, exitFatal, code)
}

func TestBenchUsage(t *testing.T) {
	for _, args := range [][]string{
		{"bench", "--workers", "0"},
		{"bench", "--classifier", "nope"},
		{"bench", "--repeat", "0"},
		{"bench", "-"},
		{"bench", "--html-pages", "0"},
	} {
		code, _, _ := winnow(t, "", args...)
		assert.Equal(t, exitUsage, code, "%v", args)
	}
}
