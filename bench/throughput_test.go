package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/filter"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

// writeMiniBenchmark writes a two-page article-extraction directory.
func writeMiniBenchmark(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	page := "Home\nNews\n\nThe council approved the new budget on Tuesday after a long debate about the schools and the roads.\n\nSubscribe to our newsletter"
	pages := `{"version":"1","output":{"b":{"articleBody":` + quote(page) + `},"a":{"articleBody":"Café au lait – \"quoted\" text that is long enough to be a paragraph of the article body."}}}`
	gold := `{"a":{"articleBody":"x","url":"https://a.test/"},"b":{"articleBody":"y","url":"https://b.test/"}}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "page-text.json"), []byte(pages), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(gold), 0o644))
	return dir
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestPrepareArticleInput(t *testing.T) {
	dir := writeMiniBenchmark(t)
	var buf bytes.Buffer
	docs, n, err := PrepareArticleInput(dir, 1000, &buf)
	require.NoError(t, err)
	assert.Equal(t, int64(buf.Len()), n)
	assert.GreaterOrEqual(t, n, int64(1000))
	assert.Equal(t, 0, docs%2, "whole repetitions of the two pages")
	ids := map[string]bool{}
	sc := bufio.NewScanner(&buf)
	lines := 0
	for sc.Scan() {
		var rec struct{ ID, URL, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
		assert.False(t, ids[rec.ID], "duplicate id %q", rec.ID)
		ids[rec.ID] = true
		assert.NotEmpty(t, rec.URL)
		assert.NotEmpty(t, rec.Text)
		lines++
	}
	assert.Equal(t, docs, lines)
	assert.True(t, ids["a"] && ids["b"] && ids["a#1"] && ids["b#1"])

	// A tiny target still writes every page once.
	buf.Reset()
	docs, _, err = PrepareArticleInput(dir, 1, &buf)
	require.NoError(t, err)
	assert.Equal(t, 2, docs)

	_, _, err = PrepareArticleInput(t.TempDir(), 1, &buf)
	assert.Error(t, err)
}

func TestChopDocuments(t *testing.T) {
	texts := []string{"première ligne\nsecond line é", strings.Repeat("ü", 300), ""}
	for _, size := range []int{7, 100, 1000} {
		docs := ChopDocuments(texts, size, 5000)
		require.NotEmpty(t, docs, "size %d", size)
		var total int
		for _, d := range docs {
			assert.True(t, utf8.ValidString(d), "size %d: %q", size, d)
			assert.LessOrEqual(t, len(d), size)
			assert.NotEmpty(t, d)
			total += len(d)
		}
		assert.GreaterOrEqual(t, total, 5000)
	}
	assert.Nil(t, ChopDocuments([]string{"", ""}, 10, 100))
	assert.Nil(t, ChopDocuments(texts, 0, 100))
}

func TestMedian(t *testing.T) {
	assert.Equal(t, 0.0, median(nil))
	assert.Equal(t, 2.0, median([]float64{3, 1, 2}))
	assert.Equal(t, 2.5, median([]float64{4, 1, 2, 3}))
	m := MedianRun([]Measurement{{Seconds: 3, Documents: 3}, {Seconds: 1, Documents: 1}, {Seconds: 2, Documents: 2}})
	assert.Equal(t, 2.0, m.Seconds)
	assert.Equal(t, int64(2), m.Documents)
	assert.Equal(t, []float64{3, 1, 2}, m.RunSeconds)
	assert.Equal(t, Measurement{}, MedianRun(nil))
}

// writeJSONL writes the mini benchmark's pages, repeated, as a JSONL file.
func writeJSONL(t *testing.T, target int64) (string, int64) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in.jsonl")
	f, err := os.Create(path)
	require.NoError(t, err)
	_, n, err := PrepareArticleInput(writeMiniBenchmark(t), target, f)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	return path, n
}

func TestMeasureFloorAndPipeline(t *testing.T) {
	path, n := writeJSONL(t, 20_000)
	inputs, _, err := corpus.FileInputs([]string{path})
	require.NoError(t, err)
	ctx := context.Background()

	floor, err := MeasureFloor(ctx, inputs, t.TempDir())
	require.NoError(t, err)
	assert.Equal(t, n, floor.InputBytes)
	assert.Positive(t, floor.Documents)
	assert.Positive(t, floor.OutputBytes)
	assert.Positive(t, floor.MBps)
	assert.Equal(t, []string{"read", "write"}, stageNames(floor))

	rules, err := classify.DefaultRules()
	require.NoError(t, err)
	sts := []stages.Stage{normalize.Stage{}, split.Stage{}, classify.Stage{C: rules}, filter.Keep{Labels: corpus.NewLabelSet(corpus.Body)}}
	out := t.TempDir()
	m, err := MeasurePipeline(ctx, PipelineRun{Name: "rules", Inputs: inputs, Stages: sts, Workers: 2, OutDir: out})
	require.NoError(t, err)
	assert.Equal(t, floor.Documents, m.Documents)
	assert.Positive(t, m.TextBytes)
	assert.Positive(t, m.OutputBytes)
	assert.Positive(t, m.Allocs)
	if runtime.GOOS == "linux" {
		assert.Positive(t, m.CPUSeconds)
	}
	assert.Equal(t, []string{"read", "normalize", "split", "classify", "keep", "write"}, stageNames(m))
	var sum float64
	for _, s := range m.Stages {
		sum += s.Share
	}
	assert.InDelta(t, 1, sum, 1e-9)
	m.SetInputBytes(floor.InputBytes)
	assert.InDelta(t, float64(n)/1e6/m.Seconds, m.MBps, 1e-9)
	left, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Empty(t, left, "shards are removed after the run")

	// The cost-by-size helper runs the same stages on chopped documents.
	texts, err := ReadTexts(ctx, inputs, corpus.ReadOptions{}, 1<<20)
	require.NoError(t, err)
	p, err := MeasureDocSize(ctx, 300, ChopDocuments(texts, 300, 3000), sts, t.TempDir(), 2)
	require.NoError(t, err)
	assert.Positive(t, p.Documents)
	assert.Positive(t, p.MsPerMB)
}

func stageNames(m Measurement) []string {
	var names []string
	for _, s := range m.Stages {
		names = append(names, s.Name)
	}
	return names
}

func TestPeakRSS(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("VmHWM is Linux only")
	}
	n, err := PeakRSS()
	require.NoError(t, err)
	assert.Greater(t, n, int64(1<<20))
	if err := ResetPeakRSS(); err == nil {
		after, err := PeakRSS()
		require.NoError(t, err)
		assert.LessOrEqual(t, after, n)
	}
}

func TestLoadAverage(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc/loadavg is Linux only")
	}
	v, err := LoadAverage()
	require.NoError(t, err)
	assert.GreaterOrEqual(t, v, 0.0)
}

func sampleReport() *ThroughputReport {
	mk := func(name string, w int, mbps float64, rss int64) Measurement {
		m := Measurement{Name: name, Workers: w, Scale: 1, InputBytes: 100e6, Documents: 1000, Seconds: 100 / mbps, CPUSeconds: 100 / mbps, PeakRSS: rss,
			Stages: []StageTime{{Name: "read", Seconds: 1}, {Name: "classify", Seconds: 3}}}
		m.finish()
		return m
	}
	r := &ThroughputReport{Inputs: []string{"x.jsonl"}, InputBytes: 100e6, Documents: 1000, NumCPU: 2, Repeat: 3, Default: "model"}
	r.Floor = mk("floor", 1, 200, 10<<20)
	r.Runs = []Measurement{mk("model", 1, 100, 60<<20), mk("model", 2, 190, 70<<20), mk("rules", 1, 95, 50<<20), mk("rules", 2, 150, 55<<20)}
	mem := mk("model", 2, 180, 80<<20)
	mem.Scale = 4
	r.Memory = &mem
	r.Sizes = []SizePoint{{Size: 1000, MsPerMB: 10, PeakRSS: 50 << 20}, {Size: 10000, MsPerMB: 9}, {Size: 10_000_000, MsPerMB: 12, PeakRSS: 300 << 20}}
	// HTML: 2000 pages of 150 KB (300 MB of HTML, 60 MB gzip'd) at 400 and
	// 700 pages/s as files, 300 and 550 as a WARC.
	html := func(format string, w int, pagesPerSec float64) Measurement {
		m := Measurement{Name: "model", Workers: w, Scale: 11, Format: format, InputBytes: 300e6, CompressedBytes: 60e6, Documents: 2000,
			Seconds: 2000 / pagesPerSec, CPUSeconds: 2000 / pagesPerSec, PeakRSS: 90 << 20,
			Stages: []StageTime{{Name: "read", Seconds: 1}, {Name: "html", Seconds: 2}, {Name: "classify", Seconds: 1}}}
		m.finish()
		return m
	}
	r.HTMLInput = &HTMLInput{Dir: "html", Pages: 181, HTMLBytes: 27e6, CompressedBytes: 5.5e6, Passes: 11, WARCBytes: 5.6e6}
	r.HTML = []Measurement{html(FormatHTMLFiles, 1, 400), html(FormatHTMLFiles, 2, 700), html(FormatWARCFile, 1, 300), html(FormatWARCFile, 2, 550)}
	r.Derive()
	return r
}

func TestReportDeriveAndTargets(t *testing.T) {
	r := sampleReport()
	assert.InDelta(t, 0.5, r.Runs[0].RatioToFloor, 1e-9)
	assert.InDelta(t, 1.9, r.Runs[1].SpeedUp, 1e-9)
	assert.InDelta(t, 150.0/95, r.Runs[3].SpeedUp, 1e-9)
	assert.InDelta(t, 400/GoTrafilaturaPagesPerSec, r.HTML[0].RatioToGoTrafilatura, 1e-9)
	assert.InDelta(t, 1.75, r.HTML[1].SpeedUp, 1e-9, "files: 700 over 400 pages/s")
	assert.InDelta(t, 550.0/300, r.HTML[3].SpeedUp, 1e-9, "WARC over the one-worker WARC run")
	assert.InDelta(t, 60, r.HTML[0].MBps, 1e-9, "300 MB in 5 s")
	assert.InDelta(t, 12, r.HTML[0].CompressedMBps, 1e-9)
	met := map[string]bool{}
	for _, tg := range r.Targets {
		met[tg.Name] = tg.Met
	}
	assert.Equal(t, map[string]bool{
		"one worker vs floor":             true,
		"two workers vs one":              true,
		"peak RSS, 4x input":              true,
		"peak RSS, any run":               true,
		"peak RSS, any document size":     true,
		"same speed for every classifier": true,
		"no superlinear step in doc size": true,
		"HTML, 1 worker":                  true,
	}, met)

	r.Runs[2].Seconds = 100.0 / 50 // rules at 50 MB/s
	r.Runs[2].finish()
	r.Sizes[2].MsPerMB = 30
	r.Derive()
	for _, tg := range r.Targets {
		switch tg.Name {
		case "same speed for every classifier", "no superlinear step in doc size":
			assert.False(t, tg.Met, tg.Name)
		}
	}
}

func TestHTMLTarget(t *testing.T) {
	for _, tt := range []struct {
		name        string
		pagesPerSec float64
		met         bool
		got         string
	}{
		{"above 4x", 400, true, "7.27 x (400 vs 55 pages/s"},
		{"just above 4x", 221, true, "4.02 x (221 vs 55 pages/s"},
		{"just below 4x", 219, false, "3.98 x (219 vs 55 pages/s"},
		{"below 4x", 150, false, "2.73 x (150 vs 55 pages/s"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := sampleReport()
			r.HTML[0].Seconds = float64(r.HTML[0].Documents) / tt.pagesPerSec
			r.HTML[0].PeakRSS = 600 << 20
			r.HTML[0].finish()
			r.Derive()
			var found bool
			for _, tg := range r.Targets {
				switch tg.Name {
				case "HTML, 1 worker":
					found = true
					assert.Equal(t, tt.met, tg.Met)
					assert.Equal(t, ">= 4x go-trafilatura pages/s (220 pages/s)", tg.Want)
					assert.Contains(t, tg.Got, tt.got)
				case "peak RSS, any run":
					assert.False(t, tg.Met, "the HTML runs count for the peak RSS target")
				}
			}
			assert.True(t, found)
		})
	}

	// Without the one-worker HTML-files run there is no HTML target.
	r := sampleReport()
	r.HTML = r.HTML[2:]
	r.Derive()
	for _, tg := range r.Targets {
		assert.NotEqual(t, "HTML, 1 worker", tg.Name)
	}
}

func TestReportOutputs(t *testing.T) {
	r := sampleReport()
	var table bytes.Buffer
	require.NoError(t, r.WriteTable(&table))
	out := table.String()
	for _, want := range []string{"floor (read + zstd fastest, 1 core)", "clean, classifier model", "memory check: model, input x4", "10 MB", "targets:", "MET", "MB/CPU-s", "load average",
		"HTML pages, clean with classifier model", "181 pages in html (27.0 MB of HTML, 5.5 MB gzip'd), read 11 times: 1991 pages per run",
		"HTML files (.html.gz, one page each)", "WARC (.warc.gz, one record per page)", "pages/s", "pages/CPU-s", "x go-trafilatura", "HTML, 1 worker"} {
		assert.Contains(t, out, want)
	}
	htmlRow := regexp.MustCompile(`(?m)^\s*HTML files \(\.html\.gz, one page each\)\s+1\s+400\s+60\.0\s+12\.0\s+7\.27\s+1\.00\s+400\s+60\.0\s`)
	assert.Regexp(t, htmlRow, out, "pages/s, HTML MB/s, gzip MB/s, x go-trafilatura, speed-up, pages/CPU-s, HTML MB/CPU-s")

	var js bytes.Buffer
	require.NoError(t, r.WriteJSON(&js))
	var back ThroughputReport
	require.NoError(t, json.Unmarshal(js.Bytes(), &back))
	assert.Equal(t, r.Runs[1].MBps, back.Runs[1].MBps)
	assert.Len(t, back.Targets, len(r.Targets))

	var svg bytes.Buffer
	require.NoError(t, r.WriteSVG(&svg))
	svgText := svg.String()
	dec := xml.NewDecoder(strings.NewReader(svgText))
	circles := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "circle" {
			circles++
		}
	}
	assert.Equal(t, len(r.Runs)+len(r.HTML), circles, "one point per run")
	assert.Contains(t, svgText, "floor 200 MB/s")
	assert.Contains(t, svgText, "HTML files, model (700 pages/s)")
	assert.Contains(t, svgText, "HTML target 220 pages/s")
	assert.Equal(t, r.HTML[3].CompressedMBps, back.HTML[3].CompressedMBps)
	require.NotNil(t, back.HTMLInput)
	assert.Equal(t, 11, back.HTMLInput.Passes)
	assert.Contains(t, js.String(), `"ratio_to_go_trafilatura"`)
}

func TestStageColumns(t *testing.T) {
	r := &ThroughputReport{
		Floor: Measurement{Stages: []StageTime{{Name: "read"}, {Name: "write"}}},
		Runs: []Measurement{
			{Stages: []StageTime{{Name: "read"}, {Name: "normalize"}, {Name: "classify"}, {Name: "write"}}},
			{Stages: []StageTime{{Name: "read"}, {Name: "html"}, {Name: "normalize"}, {Name: "split"}, {Name: "classify"}, {Name: "write"}}},
		},
	}
	assert.Equal(t, []string{"read", "html", "normalize", "split", "classify", "write"}, r.stageColumns())
}

func TestHumanSize(t *testing.T) {
	assert.Equal(t, "1 KB", humanSize(1000))
	assert.Equal(t, "10 MB", humanSize(10_000_000))
	assert.Equal(t, "1.5 KB", humanSize(1500))
	assert.Equal(t, "999 B", humanSize(999))
}
