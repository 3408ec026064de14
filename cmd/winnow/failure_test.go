package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
)

// childEnv makes the test binary behave as the winnow command (see
// TestMain), so that tests can signal and kill a real winnow process.
const childEnv = "WINNOW_TEST_AS_WINNOW"

var writeBad = flag.String("write-bad-corpus", "", "write the bad-input corpus to `DIR` (TestWriteBadCorpus, for docs/failure.md)")

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(runMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestWriteBadCorpus writes the bad-input corpus for docs/failure.md:
// go test ./cmd/winnow -run TestWriteBadCorpus -write-bad-corpus DIR
func TestWriteBadCorpus(t *testing.T) {
	if *writeBad == "" {
		t.Skip("no -write-bad-corpus DIR given")
	}
	writeBadCorpus(t, *writeBad)
}

// readRejects parses rejects.jsonl.
func readRejects(t *testing.T, dir string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, corpus.RejectsFile))
	require.NoError(t, err)
	defer f.Close()
	var out []map[string]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m map[string]string
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		out = append(out, m)
	}
	require.NoError(t, sc.Err())
	return out
}

// dirFiles returns the names and contents of the files in dir, without
// stats.json (timings) and without the given names.
func dirFiles(t *testing.T, dir string, without ...string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	files := map[string][]byte{}
	for _, e := range entries {
		if e.Name() == corpus.StatsFile || contains(without, e.Name()) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		files[e.Name()] = data
	}
	return files
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// assertSameFiles checks that two output directories hold the same files,
// byte for byte.
func assertSameFiles(t *testing.T, want, got map[string][]byte) {
	t.Helper()
	names := func(m map[string][]byte) []string {
		var n []string
		for k := range m {
			n = append(n, k)
		}
		sort.Strings(n)
		return n
	}
	require.Equal(t, names(want), names(got))
	for name, w := range want {
		if !bytes.Equal(w, got[name]) {
			if strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".jsonl") {
				assert.Equal(t, string(w), string(got[name]), name)
			} else {
				t.Errorf("%s differs (%d vs %d bytes)", name, len(w), len(got[name]))
			}
		}
	}
}

// TestCleanBadInputAccounting cleans a corpus holding every kind of bad
// input: the run completes (exit 0), every bad record is in rejects.jsonl
// with its source, position and reason, read = written + dropped +
// rejected, and the output verifies.
func TestCleanBadInputAccounting(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "bad")
	files := writeBadCorpus(t, in)
	out := filepath.Join(root, "out")
	args := []string{"clean", "--classifier", "rules", "--workers", "3", "--max-record-bytes", fmt.Sprint(hugeLimit), "-o", out, in}
	code, _, stderr := winnow(t, "", args...)
	require.Equal(t, exitOK, code, stderr)

	var wantDocs, wantRejects int64
	var want []string
	for _, f := range files {
		wantDocs += f.docs
		wantRejects += int64(len(f.rejects))
		for _, r := range f.rejects {
			want = append(want, fmt.Sprintf("%s|%s|%s", filepath.ToSlash(filepath.Join(in, f.name)), r.position, r.reason))
		}
	}
	m, err := corpus.ReadManifest(out)
	require.NoError(t, err)
	assert.Equal(t, wantDocs+wantRejects, m.Counts.Read, "every record is read")
	assert.Equal(t, wantRejects, m.Counts.Rejected)
	assert.Equal(t, wantDocs, m.Counts.Written+m.Counts.Dropped)
	assert.True(t, m.Counts.Balanced())
	assert.Equal(t, int64(1), m.Counts.DroppedBy["empty"], "the empty .txt")
	assert.Len(t, m.Inputs, len(files))

	rejects := readRejects(t, out)
	require.Len(t, rejects, len(want))
	for i, r := range rejects {
		w := strings.SplitN(want[i], "|", 3)
		assert.Equal(t, w[0], r["source"], "reject %d", i)
		assert.True(t, strings.HasPrefix(r["position"], w[1]), "reject %d: position %q, want %q", i, r["position"], w[1])
		assert.True(t, strings.HasPrefix(r["reason"], w[2]), "reject %d: reason %q, want %q", i, r["reason"], w[2])
	}
	assert.Contains(t, stderr, "winnow: rejected "+filepath.ToSlash(filepath.Join(in, "06-binary.txt")))

	// Hostile ids and names never become file names: the output directory
	// holds only winnow's own files, and nothing appeared beside it.
	var names []string
	for name := range dirFiles(t, out) {
		if !strings.HasPrefix(name, "docs-") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	assert.Equal(t, []string{corpus.ManifestFile, corpus.RejectsFile}, names)
	entries, err := os.ReadDir(root)
	require.NoError(t, err)
	assert.Len(t, entries, 2, "only bad/ and out/ in the parent directory")
	shards := string(decompressShards(t, out))
	assert.Contains(t, shards, `"id":"../../../escape"`)

	code, stdout, stderr := winnow(t, "", "verify", out)
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "ok")

	// --strict: the same run fails because of the rejects.
	code, _, stderr = winnow(t, "", append([]string{"clean", "--strict", "-q", "--overwrite"}, args[1:]...)...)
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, fmt.Sprintf("--strict: %d record(s) rejected", wantRejects))
}

// TestCleanTruncateOption: with --truncate an oversized text file is cut
// and kept, and counted in the manifest.
func TestCleanTruncateOption(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "big.txt")
	text := article(1) + "\n\n" + article(2) + "\n\n" + article(3)
	require.NoError(t, os.WriteFile(in, []byte(text), 0o644))
	limit := fmt.Sprint(len(text) / 2)

	out := filepath.Join(root, "rejected")
	code, _, stderr := winnow(t, "", "clean", "-q", "--classifier", "rules", "--max-record-bytes", limit, "-o", out, in)
	require.Equal(t, exitOK, code, stderr)
	m, err := corpus.ReadManifest(out)
	require.NoError(t, err)
	assert.Equal(t, corpus.Counts{Read: 1, Rejected: 1}, m.Counts)

	out = filepath.Join(root, "truncated")
	code, _, stderr = winnow(t, "", "clean", "--classifier", "rules", "--truncate", "--max-record-bytes", limit, "-o", out, in)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "1 document(s) were cut")
	m, err = corpus.ReadManifest(out)
	require.NoError(t, err)
	assert.Equal(t, int64(1), m.Counts.Truncated)
	assert.Equal(t, int64(1), m.Counts.Written)
	assert.Contains(t, string(m.Config), `"truncate": true`)
}

// TestCleanDeterministicAcrossRuns: the same inputs and configuration give
// byte-identical shards, rejects and manifest, run after run, and the same
// shards and rejects for any number of workers.
func TestCleanDeterministicAcrossRuns(t *testing.T) {
	root := t.TempDir()
	writeBadCorpus(t, filepath.Join(root, "in", "bad"))
	writeResumeCorpus(t, filepath.Join(root, "in", "more"), 300)
	out := filepath.Join(root, "out")
	runs := []string{"1", "1", "4"}
	var results []map[string][]byte
	for i, workers := range runs {
		code, _, stderr := winnow(t, "", "clean", "-q", "--annotate", "--workers", workers, "--shard-bytes", "40000",
			"--max-record-bytes", fmt.Sprint(hugeLimit), "-o", out, filepath.Join(root, "in"))
		require.Equal(t, exitOK, code, stderr)
		results = append(results, dirFiles(t, out))
		require.NoError(t, os.Rename(out, filepath.Join(root, fmt.Sprint("run", i))))
	}
	require.Greater(t, len(results[0]), 5, "several shards")
	assertSameFiles(t, results[0], results[1])
	// Only the worker count in the manifest's configuration differs.
	m := results[2][corpus.ManifestFile]
	results[2][corpus.ManifestFile] = bytes.Replace(m, []byte(`"workers": 4,`), []byte(`"workers": 1,`), 1)
	assertSameFiles(t, results[0], results[2])
}

// interruptAt runs args in-process and cancels the run right after its
// checkpoint for shard n (n < 0: before the start). It returns the exit
// status and stderr.
func interruptAt(t *testing.T, n int, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if n < 0 {
		cancel()
	}
	var stdout, stderr bytes.Buffer
	e := env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr,
		checkpointed: func(shards int) {
			if shards == n {
				cancel()
			}
		}}
	code := runEnv(ctx, e, args)
	return code, stderr.String()
}

// checkInterrupted checks what an interrupted run leaves: no manifest, a
// checkpoint, finished shards that are complete, and a verify that fails.
func checkInterrupted(t *testing.T, out string) {
	t.Helper()
	_, err := os.Stat(filepath.Join(out, corpus.ManifestFile))
	require.ErrorIs(t, err, os.ErrNotExist, "an interrupted run writes no manifest")
	cp, err := corpus.ReadCheckpoint(out)
	require.NoError(t, err)
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	finished := 0
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "docs-") {
			continue
		}
		// Every file with a final name is a complete compressed stream
		// of complete JSON lines.
		finished++
		f, err := os.Open(filepath.Join(out, e.Name()))
		require.NoError(t, err)
		dec, err := corpus.NewShardReader(f, e.Name())
		require.NoError(t, err, "%s is not complete", e.Name())
		plain, err := io.ReadAll(dec)
		require.NoError(t, err, "%s is not complete", e.Name())
		require.NoError(t, dec.Close())
		require.NoError(t, f.Close())
		require.True(t, bytes.HasSuffix(plain, []byte("\n")), e.Name())
		for _, line := range bytes.Split(bytes.TrimSuffix(plain, []byte("\n")), []byte("\n")) {
			require.True(t, json.Valid(line), "%s holds a broken record", e.Name())
		}
	}
	assert.GreaterOrEqual(t, finished, len(cp.Shards), "the checkpoint's shards are all there")
	code, _, stderr := winnow(t, "", "verify", out)
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, "the run did not finish")
}

// TestCleanInterruptAndResume interrupts runs in every way (in-process
// cancellation, SIGINT, SIGTERM, SIGKILL of a real process), resumes them
// with --resume, and checks that the output is byte for byte that of a run
// that was never interrupted, manifest included.
func TestCleanInterruptAndResume(t *testing.T) {
	for _, compress := range []string{"zstd", "gzip"} {
		t.Run(compress, func(t *testing.T) { testInterruptAndResume(t, compress) })
	}
}

// testInterruptAndResume interrupts runs writing shards compressed so and
// resumes them: the output is the same as an uninterrupted run's.
func testInterruptAndResume(t *testing.T, compress string) {
	c, err := corpus.ParseCompression(compress)
	require.NoError(t, err)
	root := t.TempDir()
	inputs := writeResumeCorpus(t, filepath.Join(root, "in"), 500)
	out := filepath.Join(root, "out")
	args := append([]string{"clean", "-q", "--classifier", "rules", "--workers", "2", "--shard-bytes", "20000", "--compress", compress, "-o", out}, inputs...)
	resume := append([]string{"clean", "--resume"}, args[1:]...)

	code, _, stderr := winnow(t, "", args...)
	require.Equal(t, exitOK, code, stderr)
	want := dirFiles(t, out)
	m, err := corpus.ReadManifest(out)
	require.NoError(t, err)
	require.Greater(t, len(m.Shards), 20)
	require.Positive(t, m.Counts.Rejected)
	require.Positive(t, m.Counts.Dropped)
	require.NoError(t, os.RemoveAll(out))

	resumeToEnd := func(t *testing.T) {
		t.Helper()
		code, _, stderr := winnow(t, "", resume...)
		require.Equal(t, exitOK, code, stderr)
		assertSameFiles(t, want, dirFiles(t, out))
		code, _, stderr = winnow(t, "", "verify", out)
		assert.Equal(t, exitOK, code, stderr)
	}

	t.Run("cancelled twice in-process", func(t *testing.T) {
		t.Cleanup(func() { os.RemoveAll(out) })
		code, stderr := interruptAt(t, 3, args...)
		require.Equal(t, exitFatal, code, stderr)
		assert.Contains(t, stderr, "interrupted: the finished shards and a checkpoint are kept")
		assert.Contains(t, stderr, "--resume")
		checkInterrupted(t, out)
		late := len(m.Shards) * 3 / 4
		code, stderr = interruptAt(t, late, resume...)
		require.Equal(t, exitFatal, code, stderr)
		checkInterrupted(t, out)
		cp, err := corpus.ReadCheckpoint(out)
		require.NoError(t, err)
		assert.Len(t, cp.Shards, late)
		assert.Positive(t, cp.Cursor.Input, "the checkpoint is past the first input")
		resumeToEnd(t)
	})

	t.Run("cancelled before the first record", func(t *testing.T) {
		t.Cleanup(func() { os.RemoveAll(out) })
		code, _ := interruptAt(t, -1, args...)
		require.Equal(t, exitFatal, code)
		resumeToEnd(t)
	})

	t.Run("resumed with another worker count", func(t *testing.T) {
		t.Cleanup(func() { os.RemoveAll(out) })
		code, _ := interruptAt(t, 5, args...)
		require.Equal(t, exitFatal, code)
		other := append([]string{"clean", "--resume", "--workers", "5"}, args[1:]...)
		code, _, stderr := winnow(t, "", other...)
		require.Equal(t, exitOK, code, stderr)
		// Shards and rejects do not depend on the workers; the manifest
		// records the worker count of the last session.
		got := dirFiles(t, out)
		got[corpus.ManifestFile] = bytes.Replace(got[corpus.ManifestFile], []byte(`"workers": 5,`), []byte(`"workers": 2,`), 1)
		assertSameFiles(t, want, got)
	})

	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGKILL} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Cleanup(func() { os.RemoveAll(out) })
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = append(os.Environ(), childEnv+"=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			require.NoError(t, cmd.Start())
			target := filepath.Join(out, corpus.ShardName(2, c.Codec))
			deadline := time.Now().Add(60 * time.Second)
			for {
				if _, err := os.Stat(target); err == nil {
					break
				}
				if time.Now().After(deadline) {
					_ = cmd.Process.Kill()
					_ = cmd.Wait()
					t.Fatalf("no shard after a minute: %s", stderr.String())
				}
				time.Sleep(100 * time.Microsecond)
			}
			if err := cmd.Process.Signal(sig); errors.Is(err, os.ErrProcessDone) {
				_ = cmd.Wait()
				t.Skip("the run finished before the signal could be sent")
			}
			err := cmd.Wait()
			var exit *exec.ExitError
			if err == nil {
				t.Skip("the run finished before the signal arrived")
			}
			require.True(t, errors.As(err, &exit), "%v", err)
			if sig == syscall.SIGKILL {
				assert.Equal(t, "signal: killed", exit.Error())
			} else {
				assert.Equal(t, exitFatal, exit.ExitCode(), stderr.String())
				assert.Contains(t, stderr.String(), "stopping cleanly")
				assert.Contains(t, stderr.String(), "Run the same command with --resume to continue")
				for name := range dirFiles(t, out) {
					assert.False(t, strings.HasPrefix(name, ".docs-"), "the unfinished shard %s was removed", name)
				}
			}
			checkInterrupted(t, out)
			resumeToEnd(t)
		})
	}
}

// TestCleanResumeRefusals: a resume with a different configuration or
// different inputs is refused with the reason; starting over an interrupted
// run needs --overwrite; resuming a finished run does nothing.
func TestCleanResumeRefusals(t *testing.T) {
	root := t.TempDir()
	inputs := writeResumeCorpus(t, filepath.Join(root, "in"), 400)
	out := filepath.Join(root, "out")
	base := []string{"clean", "-q", "--classifier", "rules", "--workers", "2", "--shard-bytes", "20000", "-o", out}
	args := append(append([]string{}, base...), inputs...)
	code, _ := interruptAt(t, 2, args...)
	require.Equal(t, exitFatal, code)
	cp, err := corpus.ReadCheckpoint(out)
	require.NoError(t, err)

	extra := filepath.Join(root, "extra.jsonl")
	require.NoError(t, os.WriteFile(extra, []byte(jsonlRecord(t, "x", article(1))), 0o644))
	with := func(flags []string, in []string) []string {
		a := append(append([]string{"clean", "--resume"}, base[1:]...), flags...)
		return append(a, in...)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"different --keep", with([]string{"--keep", "body,bio"}, inputs), exitFatal, `the configuration differs: keep was ["body"], is now ["body","bio"]`},
		{"different shard size", with([]string{"--shard-bytes", "30000"}, inputs), exitFatal, "max_shard_bytes was 20000, is now 30000"},
		{"--annotate added", with([]string{"--annotate"}, inputs), exitFatal, "annotate was false, is now true"},
		{"different --compress", with([]string{"--compress", "gzip"}, inputs), exitFatal, `compress was "zstd", is now "gzip"`},
		{"an input added", with(nil, append(append([]string{}, inputs...), extra)), exitFatal, "the inputs differ: "},
		{"an input missing", with(nil, inputs[:2]), exitFatal, "is missing"},
		{"stdin", with(nil, []string{"-"}), exitUsage, "--resume cannot continue a run that reads stdin"},
		{"with --overwrite", with([]string{"--overwrite"}, inputs), exitUsage, "--resume and --overwrite exclude each other"},
		{"without --resume", args, exitFatal, "holds an interrupted run: continue it with --resume"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := winnow(t, "", tc.args...)
			assert.Equal(t, tc.code, code, stderr)
			assert.Contains(t, stderr, tc.want)
			after, err := corpus.ReadCheckpoint(out)
			require.NoError(t, err, "a refused resume leaves the checkpoint alone")
			assert.Equal(t, cp, after)
		})
	}

	t.Run("an input changed", func(t *testing.T) {
		f, err := os.OpenFile(inputs[0], os.O_APPEND|os.O_WRONLY, 0)
		require.NoError(t, err)
		_, err = f.WriteString(jsonlRecord(t, "late", article(2)))
		require.NoError(t, err)
		require.NoError(t, f.Close())
		code, _, stderr := winnow(t, "", with(nil, inputs)...)
		assert.Equal(t, exitFatal, code)
		assert.Regexp(t, `input 1 was .*a\.jsonl \(\d+ bytes\), is now .*a\.jsonl \(\d+ bytes\)`, stderr)
	})

	t.Run("finished: nothing to resume", func(t *testing.T) {
		code, _, stderr := winnow(t, "", append([]string{"clean", "--overwrite"}, args[1:]...)...)
		require.Equal(t, exitOK, code, stderr)
		_, err := corpus.ReadCheckpoint(out)
		require.ErrorIs(t, err, os.ErrNotExist, "a finished run leaves no checkpoint")
		before := dirFiles(t, out)
		code, _, stderr = winnow(t, "", append([]string{"clean", "--resume"}, args[1:]...)...)
		assert.Equal(t, exitOK, code, stderr)
		assertSameFiles(t, before, dirFiles(t, out))
		code, _, stderr = winnow(t, "", append([]string{"clean", "--resume", "--keep", "bio"}, args[1:]...)...)
		assert.Equal(t, exitFatal, code)
		assert.Contains(t, stderr, "holds the finished output of a different run")
	})

	t.Run("resume into an empty directory starts afresh", func(t *testing.T) {
		fresh := filepath.Join(root, "fresh")
		code, _, stderr := winnow(t, "", append([]string{"clean", "--resume", "-q", "--classifier", "rules", "-o", fresh}, inputs[1:2]...)...)
		require.Equal(t, exitOK, code, stderr)
		_, err := corpus.ReadManifest(fresh)
		require.NoError(t, err)
	})
}

// TestCleanOverwriteRemovesOldManifestFirst: a run with --overwrite that is
// killed never leaves the old manifest beside new shards.
func TestCleanOverwriteRemovesOldManifestFirst(t *testing.T) {
	root := t.TempDir()
	inputs := writeResumeCorpus(t, filepath.Join(root, "in"), 300)
	out := filepath.Join(root, "out")
	args := append([]string{"clean", "-q", "--classifier", "rules", "--shard-bytes", "20000", "-o", out}, inputs...)
	code, _, stderr := winnow(t, "", args...)
	require.Equal(t, exitOK, code, stderr)
	code, _ = interruptAt(t, -1, append([]string{"clean", "--overwrite", "--keep", "body,bio"}, args[1:]...)...)
	require.Equal(t, exitFatal, code)
	_, err := os.Stat(filepath.Join(out, corpus.ManifestFile))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestCheckAccounts(t *testing.T) {
	shards := []corpus.ShardInfo{{Name: corpus.ShardName(0, corpus.CodecZstd), Documents: 3}, {Name: corpus.ShardName(1, corpus.CodecZstd), Documents: 2}}
	ok := pipeline.Stats{Read: 9, Written: 5, Dropped: 2, DroppedBy: map[string]int64{"empty": 2}, Rejected: 2}
	tests := []struct {
		name    string
		s       func(s pipeline.Stats) pipeline.Stats
		rejects int64
		want    string
	}{
		{"balanced", func(s pipeline.Stats) pipeline.Stats { return s }, 2, ""},
		{"read too high", func(s pipeline.Stats) pipeline.Stats { s.Read++; return s }, 2, "read 10 != written 5 + dropped 2 + rejected 2"},
		{"discarded", func(s pipeline.Stats) pipeline.Stats { s.Read++; s.Discarded++; return s }, 2, "(discarded 1)"},
		{"shards short", func(s pipeline.Stats) pipeline.Stats { s.Written++; s.Read++; return s }, 2, "the shards hold 5 documents, 6 were written"},
		{"rejects file short", func(s pipeline.Stats) pipeline.Stats { return s }, 1, "the rejects file holds 1 records, 2 were rejected"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := checkAccounts(tc.s(ok), shards, tc.rejects)
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), "ACCOUNTING MISMATCH")
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestVerifyDetectsDamage damages a finished output directory in every way
// and checks that verify fails, saying what is wrong.
func TestVerifyDetectsDamage(t *testing.T) {
	root := t.TempDir()
	inputs := writeResumeCorpus(t, filepath.Join(root, "in"), 200)
	ref := filepath.Join(root, "ref")
	code, _, stderr := winnow(t, "", append([]string{"clean", "-q", "--classifier", "rules", "--shard-bytes", "20000", "-o", ref}, inputs...)...)
	require.Equal(t, exitOK, code, stderr)
	good := dirFiles(t, ref)
	m, err := corpus.ReadManifest(ref)
	require.NoError(t, err)
	require.Greater(t, len(m.Shards), 3)
	shard := m.Shards[1].Name

	editManifest := func(edit func(m *corpus.Manifest)) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			m, err := corpus.ReadManifest(dir)
			require.NoError(t, err)
			edit(m)
			require.NoError(t, corpus.WriteManifest(dir, m))
		}
	}
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
		want   string
	}{
		{"a flipped byte in a shard", func(t *testing.T, dir string) {
			p := filepath.Join(dir, shard)
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			b[len(b)/2] ^= 0x40
			require.NoError(t, os.WriteFile(p, b, 0o644))
		}, shard + ": sha256 "},
		{"a truncated shard", func(t *testing.T, dir string) {
			require.NoError(t, os.Truncate(filepath.Join(dir, shard), 100))
		}, shard + ": size 100, manifest says"},
		{"a deleted shard", func(t *testing.T, dir string) {
			require.NoError(t, os.Remove(filepath.Join(dir, shard)))
		}, shard + ": open"},
		{"an extra shard", func(t *testing.T, dir string) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, corpus.ShardName(99, corpus.CodecZstd)), []byte("x"), 0o644))
		}, "docs-00099.jsonl.zst: shard not listed in the manifest"},
		{"a leftover temporary file", func(t *testing.T, dir string) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, ".docs-00009.jsonl.zst.tmp"), []byte("x"), 0o644))
		}, "leftover temporary file"},
		{"written count edited", editManifest(func(m *corpus.Manifest) { m.Counts.Written++ }), "counts do not balance"},
		{"read and written edited together", editManifest(func(m *corpus.Manifest) { m.Counts.Written++; m.Counts.Read++ }), "manifest counts"},
		{"shard document count edited", editManifest(func(m *corpus.Manifest) { m.Shards[0].Documents-- }), "records, manifest says"},
		{"shard hash edited", editManifest(func(m *corpus.Manifest) { m.Shards[2].SHA256 = strings.Repeat("0", 64) }), "manifest says 0000"},
		{"shard renamed to escape", editManifest(func(m *corpus.Manifest) { m.Shards[0].Name = "../ref/" + m.Shards[0].Name }), `manifest lists shard 0 as "../ref/docs-00000.jsonl.zst"`},
		{"rejects renamed to escape", editManifest(func(m *corpus.Manifest) { m.Rejects = "../../etc/passwd" }), `manifest names the rejects file "../../etc/passwd"`},
		{"a shard replaced by one that does not parse, hash updated", func(t *testing.T, dir string) {
			p := filepath.Join(dir, shard)
			enc, err := zstd.NewWriter(nil)
			require.NoError(t, err)
			data := enc.EncodeAll([]byte("{\"id\":\"x\",\"text\":\"ok\"}\nnot json\n"), nil)
			require.NoError(t, os.WriteFile(p, data, 0o644))
			sum, err := fileSHA256(p)
			require.NoError(t, err)
			editManifest(func(m *corpus.Manifest) {
				m.Shards[1].SHA256, m.Shards[1].CompressedBytes = sum, int64(len(data))
			})(t, dir)
		}, shard + ": record 2: invalid character"},
		{"a rejects line lost", func(t *testing.T, dir string) {
			p := filepath.Join(dir, corpus.RejectsFile)
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			i := bytes.IndexByte(b, '\n')
			require.NoError(t, os.WriteFile(p, b[i+1:], 0o644))
		}, "rejects.jsonl has"},
		{"rejects deleted", func(t *testing.T, dir string) {
			require.NoError(t, os.Remove(filepath.Join(dir, corpus.RejectsFile)))
		}, "rejects.jsonl: open"},
		{"manifest deleted", func(t *testing.T, dir string) {
			require.NoError(t, os.Remove(filepath.Join(dir, corpus.ManifestFile)))
		}, "no manifest.json: this is not the output of a finished run"},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(root, fmt.Sprint("case", i))
			require.NoError(t, os.MkdirAll(dir, 0o755))
			for name, data := range good {
				require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
			}
			code, _, stderr := winnow(t, "", "verify", dir)
			require.Equal(t, exitOK, code, "the copy verifies before the damage: %s", stderr)
			tc.damage(t, dir)
			code, _, stderr = winnow(t, "", "verify", dir)
			assert.Equal(t, exitFatal, code)
			assert.Contains(t, stderr, tc.want)
		})
	}
	code, _, _ = winnow(t, "", "verify", filepath.Join(root, "nope"))
	assert.Equal(t, exitFatal, code)
	code, _, _ = winnow(t, "", "verify")
	assert.Equal(t, exitUsage, code)
}
