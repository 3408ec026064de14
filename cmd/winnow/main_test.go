package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/bench"
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/classify"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// winnow runs the CLI in-process and returns its exit status and output.
func winnow(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// sharedDir returns ../shared, skipping the test when it is absent (and
// failing under CI, where it must be there).
func sharedDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared is missing under CI: %v", err)
		}
		t.Skipf("../shared not found beside the repository (%v)", err)
	}
	return dir
}

// decompressShards returns the concatenated, decompressed shards of dir.
func decompressShards(t *testing.T, dir string) []byte {
	t.Helper()
	m, err := corpus.ReadManifest(dir)
	require.NoError(t, err)
	var all []byte
	for _, sh := range m.Shards {
		f, err := os.Open(filepath.Join(dir, sh.Name))
		require.NoError(t, err)
		dec, err := corpus.NewShardReader(f, sh.Name)
		require.NoError(t, err)
		b, err := io.ReadAll(dec)
		dec.Close()
		f.Close()
		require.NoError(t, err)
		all = append(all, b...)
	}
	return all
}

func TestCleanSampleGolden(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := winnow(t, "", "clean", "--annotate", "-o", out)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "documents")
	got := decompressShards(t, out)
	golden := filepath.Join("testdata", "sample-annotated.jsonl")
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test ./cmd/winnow -update to create the golden file")
	assert.Equal(t, string(want), string(got), "annotated output changed; if on purpose, rerun with -update and review the diff")

	m, err := corpus.ReadManifest(out)
	require.NoError(t, err)
	assert.Equal(t, corpus.Counts{Read: 2, Written: 2}, m.Counts)
	assert.True(t, m.Counts.Balanced())
	code, stdout, stderr := winnow(t, "", "verify", out)
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "ok")
}

// TestCleanCompressions: every --compress gives the same records as the
// golden file, in shards named by the codec, which verify and eval read.
func TestCleanCompressions(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "sample-annotated.jsonl"))
	require.NoError(t, err)
	tests := []struct{ spec, name, manifest string }{
		{"gzip", "docs-00000.jsonl.gz", "gzip"},
		{"gzip:best", "docs-00000.jsonl.gz", "gzip:best"},
		{"none", "docs-00000.jsonl", "none"},
		{"zstd:fastest", "docs-00000.jsonl.zst", "zstd:fastest"},
		{"ZSTD:default", "docs-00000.jsonl.zst", "zstd"},
	}
	for _, tc := range tests {
		t.Run(tc.spec, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			code, _, stderr := winnow(t, "", "clean", "-q", "--annotate", "--compress", tc.spec, "-o", out)
			require.Equal(t, 0, code, stderr)
			m, err := corpus.ReadManifest(out)
			require.NoError(t, err)
			require.Len(t, m.Shards, 1)
			assert.Equal(t, tc.name, m.Shards[0].Name)
			assert.Equal(t, tc.manifest, m.Compression.String())
			assert.Equal(t, string(want), string(decompressShards(t, out)))
			code, _, stderr = winnow(t, "", "verify", out)
			assert.Equal(t, 0, code, stderr)
			docs, err := corpus.ReadShardDir(out)
			require.NoError(t, err)
			assert.Len(t, docs, 2)
		})
	}
	code, _, stderr := winnow(t, "", "clean", "--compress", "lz4", "-o", filepath.Join(t.TempDir(), "out"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `unknown codec "lz4"`)
}

// TestCleanSampleMatchesGold checks that with the rule classifier (the v0
// baseline) every gold line of the seeds gets its gold label.
func TestCleanSampleMatchesGold(t *testing.T) {
	shared := sharedDir(t)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := winnow(t, "", "clean", "--classifier", "rules", "--annotate", "-o", out)
	require.Equal(t, 0, code, stderr)
	code, stdout, stderr := winnow(t, "", "eval", "--gold", filepath.Join(shared, "gold", "seeds.jsonl"), "--pred", out, "--json")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, `"accuracy": 1,`)
	assert.Contains(t, stdout, `"missing": 0,`)
}

func TestCleanWorkersGiveIdenticalBytes(t *testing.T) {
	shared := sharedDir(t)
	// A few hundred documents: the benchmark's page texts as JSONL.
	b, err := bench.LoadArticleBenchmark(filepath.Join(shared, "benchmarks", "article-extraction"))
	require.NoError(t, err)
	var in bytes.Buffer
	for _, k := range b.Keys {
		line, err := jsonLine(map[string]string{"id": k, "url": b.URL[k], "text": b.PageText[k]})
		require.NoError(t, err)
		in.Write(line)
	}
	input := filepath.Join(t.TempDir(), "pages.jsonl")
	require.NoError(t, os.WriteFile(input, in.Bytes(), 0o644))
	var outputs [][]byte
	var manifests [][]byte
	for _, workers := range []string{"1", "8"} {
		out := filepath.Join(t.TempDir(), "out-"+workers)
		code, _, stderr := winnow(t, "", "clean", "--annotate", "--workers", workers, "--shard-bytes", "1000000", "-o", out, input)
		require.Equal(t, 0, code, stderr)
		var files []byte
		entries, err := os.ReadDir(out)
		require.NoError(t, err)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "docs-") || e.Name() == corpus.RejectsFile {
				data, err := os.ReadFile(filepath.Join(out, e.Name()))
				require.NoError(t, err)
				files = append(files, []byte(e.Name())...)
				files = append(files, data...)
			}
		}
		outputs = append(outputs, files)
		// The manifest records the worker count and output directory in its
		// configuration; everything else must match.
		m, err := corpus.ReadManifest(out)
		require.NoError(t, err)
		m.Config = nil
		mj, err := json.Marshal(m)
		require.NoError(t, err)
		manifests = append(manifests, mj)
	}
	require.Greater(t, len(outputs[0]), 100_000, "expected several shards of output")
	assert.True(t, bytes.Equal(outputs[0], outputs[1]), "shards differ between 1 and 8 workers")
	assert.Equal(t, string(manifests[0]), string(manifests[1]))
}

func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	require.NoError(t, os.WriteFile(good, []byte(`{"id":"a","text":"Hello world."}`+"\n"+`{"id":"b","text":`+"\n"), 0o644))
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no command", nil, exitUsage},
		{"unknown command", []string{"frobnicate"}, exitUsage},
		{"unknown flag", []string{"clean", "--no-such-flag"}, exitUsage},
		{"bad workers", []string{"clean", "--workers", "0"}, exitUsage},
		{"bad keep", []string{"clean", "--keep", "body,nav"}, exitUsage},
		{"missing input", []string{"clean", "-o", filepath.Join(dir, "o1"), filepath.Join(dir, "nope.jsonl")}, exitFatal},
		{"rejects do not fail a run", []string{"clean", "-o", filepath.Join(dir, "o2"), good}, exitOK},
		{"strict fails on rejects", []string{"clean", "--strict", "-o", filepath.Join(dir, "o3"), good}, exitFatal},
		{"eval needs a source", []string{"eval"}, exitUsage},
		{"help", []string{"clean", "-h"}, exitOK},
		{"version", []string{"version"}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := winnow(t, "", tt.args...)
			assert.Equal(t, tt.want, code, stderr)
		})
	}
}

func TestCleanCountsRejects(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "in.jsonl")
	body := strings.Repeat("The council voted on Tuesday to approve the new budget for schools and roads across the city. ", 3)
	lines := []string{
		`{"id":"ok","text":"` + body + `"}`,
		`{"id":"broken","text":`,
		`{"id":"empty","text":""}`,
		`{"id":"nav","text":"Home\nNews\nSport"}`,
		`["not", "an", "object"]`,
	}
	require.NoError(t, os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	out := filepath.Join(dir, "out")
	code, _, stderr := winnow(t, "", "clean", "-o", out, input)
	require.Equal(t, 0, code, stderr)
	m, err := corpus.ReadManifest(out)
	require.NoError(t, err)
	assert.Equal(t, int64(5), m.Counts.Read)
	assert.Equal(t, int64(1), m.Counts.Written)
	assert.Equal(t, int64(2), m.Counts.Rejected)
	assert.Equal(t, int64(2), m.Counts.Dropped)
	assert.Equal(t, map[string]int64{"empty": 1, "nothing-kept": 1}, m.Counts.DroppedBy)
	rejects, err := os.ReadFile(filepath.Join(out, corpus.RejectsFile))
	require.NoError(t, err)
	assert.Equal(t, 2, bytes.Count(rejects, []byte("\n")))
	assert.Contains(t, string(rejects), `"position":"line 2"`)
}

func TestCleanStdin(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	text := strings.Repeat("The council voted on Tuesday to approve the new budget for schools and roads across the city. ", 3)
	code, _, stderr := winnow(t, `{"id":"x","url":"https://example.com/a","text":"`+text+`"}`+"\n", "clean", "-o", out, "-")
	require.Equal(t, 0, code, stderr)
	got := decompressShards(t, out)
	assert.Contains(t, string(got), `"id":"x","url":"https://example.com/a"`)
}

func TestCleanRefusesExistingOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := winnow(t, "", "clean", "-o", out)
	require.Equal(t, 0, code, stderr)
	code, _, stderr = winnow(t, "", "clean", "-o", out)
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, "--overwrite")
	code, _, stderr = winnow(t, "", "clean", "--overwrite", "-o", out)
	assert.Equal(t, 0, code, stderr)
}

// TestEvalArticleExtraction checks the quality bar of issue 2 on the
// benchmark's text dumps. The rule classifier has no trained parts; its
// thresholds were set from the label definitions, so the whole benchmark
// is a fair test set for it.
func TestEvalArticleExtraction(t *testing.T) {
	shared := sharedDir(t)
	b, err := bench.LoadArticleBenchmark(filepath.Join(shared, "benchmarks", "article-extraction"))
	require.NoError(t, err)
	c, err := classifierSpec("rules").load(classify.Balanced)
	require.NoError(t, err)
	pred, _, err := cleanPages(context.Background(), b, c, nil, false, false)
	require.NoError(t, err)
	score := bench.ScoreShingles(pred, b.Gold)
	t.Logf("article-extraction, rules: P %.4f R %.4f F1 %.4f", score.Precision, score.Recall, score.F1)
	assert.GreaterOrEqual(t, score.F1, 0.85)
	assert.Zero(t, score.Missing)
}

func jsonLine(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	return append(b, '\n'), err
}

// TestEvalGoldWorstAndPredictions: --worst and --pred-out work with --gold
// too, for the first classifier.
func TestEvalGoldWorstAndPredictions(t *testing.T) {
	shared := sharedDir(t)
	pred := filepath.Join(t.TempDir(), "pred.json")
	code, stdout, stderr := winnow(t, "", "eval", "--gold", filepath.Join(shared, "gold", "seeds.jsonl"),
		"--classifier", "rules", "--worst", "1", "--pred-out", pred)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "worst pages (rules):")
	raw, err := os.ReadFile(pred)
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(raw, &got))
	assert.Len(t, got, 2, "one clean text per seed page")
	assert.Contains(t, got, "aim-alibaba-cloud")
}

// TestEvalTitles: with a benchmark that has metadata.json, eval scores the
// records' titles (the headlines) against its titles, as a table line and
// in the JSON.
func TestEvalTitles(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "benchmarks", "readability-pages")
	code, stdout, stderr := winnow(t, "", "eval", "--article-extraction", dir, "--classifier", "rules")
	require.Equal(t, 0, code, stderr)
	assert.Regexp(t, `headline \(record title\) against metadata.json's title: found on \d+ of 93 pages, \d+ match`, stdout)
	code, stdout, stderr = winnow(t, "", "eval", "--article-extraction", dir, "--classifier", "rules", "--json")
	require.Equal(t, 0, code, stderr)
	var got struct {
		F1     float64
		Titles *bench.TitleScore `json:"titles"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))
	require.NotNil(t, got.Titles)
	assert.Equal(t, 93, got.Titles.Pages)
	assert.Positive(t, got.Titles.Match)
	assert.LessOrEqual(t, got.Titles.Match, got.Titles.Found)
}

// TestEvalSeeds: --seeds cross-validates a learned model once per training
// seed (the model's own seed reusing the main run) and reports the spread,
// in the table and in the JSON report; the rules have no seed.
func TestEvalSeeds(t *testing.T) {
	gold := filepath.Join("..", "..", "bench", "testdata", "xa", "gold.jsonl")
	code, stdout, stderr := winnow(t, "", "eval", "--gold", gold, "--classifier", "model", "--classifier", "rules", "--cv", "2", "--seeds", "1,2", "--json")
	require.Equal(t, 0, code, stderr)
	var reports []bench.Report
	require.NoError(t, json.Unmarshal([]byte(stdout), &reports))
	require.Len(t, reports, 2)
	model, rules := reports[0], reports[1]
	assert.Nil(t, rules.Seeds, "the rules have no training seed")
	require.NotNil(t, model.Seeds)
	require.Len(t, model.Seeds.Runs, 2)
	assert.Equal(t, []uint64{1, 2}, []uint64{model.Seeds.Runs[0].Seed, model.Seeds.Runs[1].Seed})
	// Seed 1 is the model's own: its run is the main report's.
	assert.Equal(t, model.Shingle.F1, model.Seeds.Runs[0].BodyF1)
	assert.Equal(t, model.Labels.MacroF1, model.Seeds.Runs[0].MacroF1)
	assert.NotEqual(t, model.Seeds.Runs[0], model.Seeds.Runs[1], "another seed trains another model")
	s := model.Seeds.BodyF1
	assert.InDelta(t, (model.Seeds.Runs[0].BodyF1+model.Seeds.Runs[1].BodyF1)/2, s.Mean, 1e-12)
	assert.LessOrEqual(t, s.Min, s.Mean)
	assert.LessOrEqual(t, s.Mean, s.Max)

	code, stdout, stderr = winnow(t, "", "eval", "--gold", gold, "--classifier", "model", "--cv", "2", "--seeds", "3")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "the same cross-validation with 1 training seeds:")
	assert.Regexp(t, `(?m)^3\s+0\.\d{4}`, stdout)
	assert.Contains(t, stdout, "body F1 mean")
}

func TestEvalSeedsUsage(t *testing.T) {
	gold := filepath.Join("..", "..", "bench", "testdata", "xa", "gold.jsonl")
	tests := []struct {
		name string
		args []string
	}{
		{"without --cv", []string{"--seeds", "1,2"}},
		{"with --cv 1", []string{"--cv", "1", "--seeds", "1,2"}},
		{"not a number", []string{"--cv", "2", "--seeds", "1,x"}},
		{"negative", []string{"--cv", "2", "--seeds", "-1"}},
		{"twice", []string{"--cv", "2", "--seeds", "2,2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := winnow(t, "", append([]string{"eval", "--gold", gold}, tt.args...)...)
			assert.Equal(t, exitUsage, code, stderr)
			assert.Contains(t, stderr, "seed")
		})
	}
}

// TestCleanPlain: --plain writes the kept text of a Markdown page without
// its link targets and emphasis; without it, the text is the page's own.
func TestCleanPlain(t *testing.T) {
	page := "# Council approves the new bridge\n\n" +
		"By [Jane Doe](https://example.com/authors/jane)\n\n" +
		"The council voted on Tuesday to approve the **new bridge** over the river, which will cost [12 million euros](https://example.com/budget) and open in 2028.\n\n" +
		"Work is to start in May, the mayor said, and the old ferry will run until the bridge opens to traffic.\n\n" +
		"Residents on both banks have waited for a crossing for decades, and many came to the meeting to hear the vote.\n\n" +
		"* [Sport](https://example.com/sport)\n* [Culture](https://example.com/culture)\n* [Weather](https://example.com/weather)\n"
	rec, err := json.Marshal(map[string]string{"id": "md", "text": page})
	require.NoError(t, err)
	for _, plain := range []bool{false, true} {
		out := filepath.Join(t.TempDir(), "out")
		args := []string{"clean", "-o", out, "-"}
		if plain {
			args = append(args, "--plain")
		}
		code, _, stderr := winnow(t, string(rec)+"\n", args...)
		require.Equal(t, 0, code, stderr)
		got := string(decompressShards(t, out))
		if plain {
			assert.Contains(t, got, "approve the new bridge over the river, which will cost 12 million euros and open in 2028.")
			assert.NotContains(t, got, "https://example.com/budget")
		} else {
			assert.Contains(t, got, "cost [12 million euros](https://example.com/budget)")
		}
	}
}
