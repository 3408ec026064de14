package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
)

// Resuming an interrupted clean run.
//
// A run writes DIR/checkpoint.json when it starts and again after every
// finished shard: the position reached in the inputs (corpus.Cursor), the
// finished shards, how much of the rejects file is theirs, and the counts so
// far. "winnow clean --resume" with the same inputs and configuration reads
// it, keeps the finished shards, skips the records they cover and goes on;
// the end result is byte for byte the output of a run that was never
// stopped. The checkpoint records a hash of the configuration and of the
// input list (names and sizes), and a resume with a different one is
// refused with the differences spelled out.

// runIdentity is what makes two runs the same run, for resuming.
type runIdentity struct {
	configHash string
	config     json.RawMessage // the configuration that was hashed
	inputsHash string
	inputs     []corpus.InputStamp
}

// notHashed are the configuration fields that do not change the output, so
// a resumed run may change them.
var notHashed = []string{"inputs", "output", "workers", "strict", "max_inflight_bytes"}

// outputConfig returns the part of a configuration (as JSON) that decides
// the output, with the tool's version and build, as canonical JSON.
func outputConfig(cfgJSON []byte, classifier string) (json.RawMessage, error) {
	var m map[string]any
	if err := json.Unmarshal(cfgJSON, &m); err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	for _, k := range notHashed {
		delete(m, k)
	}
	m["winnow_version"] = version
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				m["winnow_"+strings.ReplaceAll(s.Key, ".", "_")] = s.Value
			}
		}
	}
	if path, ok := strings.CutPrefix(classifier, "model:"); ok {
		sum, err := fileSHA256(path)
		if err != nil {
			return nil, fmt.Errorf("configuration: %w", err)
		}
		m["model_sha256"] = sum
	}
	return json.Marshal(m) // maps marshal with sorted keys
}

// newRunIdentity returns the identity of a run of cfg over inputs.
func newRunIdentity(cfg *cleanConfig, inputs []corpus.Input) (*runIdentity, error) {
	cfgJSON, err := json.Marshal(cfg)
	if err != nil {
		return nil, fmt.Errorf("encode configuration: %w", err)
	}
	oc, err := outputConfig(cfgJSON, cfg.Classifier)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(oc)
	id := &runIdentity{configHash: hex.EncodeToString(sum[:]), config: oc}
	id.inputsHash, id.inputs = corpus.HashInputs(inputs)
	return id, nil
}

// checkpoint returns a checkpoint of this run at its start.
func (id *runIdentity) checkpoint() *corpus.Checkpoint {
	return &corpus.Checkpoint{
		Tool: "winnow", Version: version,
		ConfigHash: id.configHash, Config: id.config,
		InputsHash: id.inputsHash, Inputs: id.inputs,
	}
}

// mismatch explains why the checkpoint cp is not of this run, or returns ""
// when it is.
func (id *runIdentity) mismatch(cp *corpus.Checkpoint) string {
	var why []string
	if cp.ConfigHash != id.configHash {
		why = append(why, "the configuration differs: "+configDiff(cp.Config, id.config))
	}
	if cp.InputsHash != id.inputsHash {
		why = append(why, "the inputs differ: "+inputsDiff(cp.Inputs, id.inputs))
	}
	return strings.Join(why, "; ")
}

// configDiff lists the settings that differ between two output
// configurations.
func configDiff(then, now json.RawMessage) string {
	var a, b map[string]json.RawMessage
	if json.Unmarshal(then, &a) != nil || json.Unmarshal(now, &b) != nil {
		return "the interrupted run's configuration cannot be read"
	}
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	var diffs []string
	for k := range keys {
		x, y := compactJSON(a[k]), compactJSON(b[k])
		if x != y {
			diffs = append(diffs, fmt.Sprintf("%s was %s, is now %s", k, x, y))
		}
	}
	if len(diffs) == 0 {
		return "its hash differs"
	}
	sort.Strings(diffs)
	return strings.Join(diffs, ", ")
}

func compactJSON(b json.RawMessage) string {
	if len(b) == 0 {
		return "unset"
	}
	var buf bytes.Buffer
	if json.Compact(&buf, b) != nil {
		return string(b)
	}
	return buf.String()
}

// inputsDiff says how two input lists differ.
func inputsDiff(then, now []corpus.InputStamp) string {
	stamp := func(s corpus.InputStamp) string {
		if s.Size < 0 {
			return s.Name
		}
		return fmt.Sprintf("%s (%d bytes)", s.Name, s.Size)
	}
	for i := 0; i < len(then) && i < len(now); i++ {
		if then[i] != now[i] {
			prefix := ""
			if len(then) != len(now) {
				prefix = fmt.Sprintf("%d inputs then, %d now; ", len(then), len(now))
			}
			return fmt.Sprintf("%sinput %d was %s, is now %s", prefix, i+1, stamp(then[i]), stamp(now[i]))
		}
	}
	switch {
	case len(then) > len(now):
		return fmt.Sprintf("%d inputs then, %d now; %s is missing", len(then), len(now), stamp(then[len(now)]))
	case len(now) > len(then):
		return fmt.Sprintf("%d inputs then, %d now; %s is new", len(then), len(now), stamp(now[len(then)]))
	}
	return "the hash of the input list differs"
}

// outputState is what an output directory holds before a run.
type outputState struct {
	checkpoint *corpus.Checkpoint // an interrupted run to resume, or nil
	done       bool               // the run is already complete
}

// prepareOutput looks at what cfg.Output holds and decides, with the
// --resume and --overwrite flags, whether to start, resume or refuse.
func prepareOutput(cfg *cleanConfig, id *runIdentity, resume, overwrite bool) (outputState, error) {
	dir := cfg.Output
	cp, err := corpus.ReadCheckpoint(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		if !overwrite {
			return outputState{}, fmt.Errorf("%w (start again with --overwrite)", err)
		}
		cp = nil
	}
	_, statErr := os.Stat(filepath.Join(dir, corpus.ManifestFile))
	finished := statErr == nil

	switch {
	case resume && cp != nil:
		if why := id.mismatch(cp); why != "" {
			return outputState{}, fmt.Errorf("cannot resume the run in %s: %s. Resume with the same inputs and flags, or start again with --overwrite", dir, why)
		}
		if finished {
			// Killed after writing the manifest, before removing the checkpoint.
			return outputState{done: true}, corpus.RemoveCheckpoint(dir)
		}
		return outputState{checkpoint: cp}, corpus.RemoveStaleTemps(dir)
	case resume && finished:
		m, err := corpus.ReadManifest(dir)
		if err != nil {
			return outputState{}, err
		}
		then, err := outputConfig(m.Config, cfg.Classifier)
		if err != nil {
			return outputState{}, err
		}
		if !bytes.Equal(then, id.config) || strings.Join(m.Inputs, "\n") != strings.Join(cfg.Inputs, "\n") {
			return outputState{}, fmt.Errorf("cannot resume: %s holds the finished output of a different run (%s); choose another -o or pass --overwrite",
				dir, configDiff(then, id.config))
		}
		return outputState{done: true}, nil
	case cp != nil && !overwrite:
		return outputState{}, fmt.Errorf("%s holds an interrupted run: continue it with --resume (same inputs and flags), or start again with --overwrite", dir)
	case finished && !overwrite:
		return outputState{}, fmt.Errorf("%s already holds the output of a run: choose another -o or pass --overwrite", dir)
	}
	if err := corpus.RemoveStaleTemps(dir); err != nil {
		return outputState{}, err
	}
	if overwrite {
		// The old manifest goes first: a directory with a manifest must be
		// complete, and the new run will not be until it ends.
		for _, name := range []string{corpus.ManifestFile, corpus.StatsFile, corpus.CheckpointFile} {
			if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
				return outputState{}, fmt.Errorf("overwrite %s: %w", dir, err)
			}
		}
	}
	return outputState{}, nil
}

// statsFromCheckpoint returns the pipeline statistics recorded in cp.
func statsFromCheckpoint(cp *corpus.Checkpoint) pipeline.Stats {
	s := pipeline.Stats{
		Read: cp.Counts.Read, Written: cp.Counts.Written, Dropped: cp.Counts.Dropped,
		DroppedBy: cp.Counts.DroppedBy, Rejected: cp.Counts.Rejected, Truncated: cp.Counts.Truncated,
		BytesIn: cp.BytesIn, Paragraphs: cp.Paragraphs, LabelCounts: cp.LabelCounts,
	}
	for _, st := range cp.Stages {
		s.Stages = append(s.Stages, pipeline.StageStats{
			Name: st.Name, Documents: st.Documents, Paragraphs: st.Paragraphs, Bytes: st.Bytes,
			Dropped: st.Dropped, Time: time.Duration(st.Seconds * float64(time.Second)),
		})
	}
	return s
}

// fillCheckpoint records the statistics s and the time spent in c.
func fillCheckpoint(c *corpus.Checkpoint, s pipeline.Stats, seconds float64) {
	c.Counts = countsOf(s)
	c.Paragraphs = s.Paragraphs
	c.LabelCounts = s.LabelCounts
	c.BytesIn = s.BytesIn
	c.Seconds = seconds
	c.Stages = stageStats(s)
}

// fileSHA256 returns the hex SHA-256 of a file's contents.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
