package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/bench"
)

func TestBenchInProcess(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "benchmarks", "article-extraction")
	out := filepath.Join(t.TempDir(), "bench")
	code, stdout, stderr := winnow(t, "", "bench", "--in-process", "--article-extraction", dir, "--size-mb", "0.2",
		"--workers", "1,2", "--classifier", "rules,model", "--repeat", "1", "--doc-sizes", "1000,10000", "--doc-size-mb", "0.05",
		"--scratch", t.TempDir(), "-o", out)
	require.Equal(t, 0, code, stderr)
	for _, want := range []string{"floor (read + zstd fastest, 1 core)", "clean, classifier rules", "clean, classifier model",
		"memory check: rules, input x4", "cost by document size", "targets:"} {
		assert.Contains(t, stdout, want)
	}
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
	svg, err := os.ReadFile(filepath.Join(out, "bench.svg"))
	require.NoError(t, err)
	assert.Contains(t, string(svg), "<svg")
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
	} {
		code, _, _ := winnow(t, "", args...)
		assert.Equal(t, exitUsage, code, "%v", args)
	}
}
