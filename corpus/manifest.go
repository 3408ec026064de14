package corpus

import (
	"encoding/json"
	"path/filepath"
)

// File names of a run's metadata in its output directory.
const (
	// ManifestFile describes a run's output; it holds no timing or wall-clock
	// data, so equal runs write equal manifests.
	ManifestFile = "manifest.json"
	// StatsFile holds a run's timings, which vary from run to run.
	StatsFile = "stats.json"
)

// Manifest describes one run's output directory. It is deterministic: the
// same inputs and configuration give byte-identical manifests. Timings live
// in Stats (stats.json) instead.
type Manifest struct {
	// Tool is the program that wrote the output, "winnow".
	Tool string `json:"tool"`
	// Version is the tool's version.
	Version string `json:"version"`
	// Config is the run's full configuration, as JSON.
	Config json.RawMessage `json:"config,omitempty"`
	// Inputs are the input names, in reading order.
	Inputs []string `json:"inputs"`
	// Compression is the shards' codec and level, e.g. "zstd" or
	// "gzip:best" (a manifest without it is from a version that wrote zstd
	// only: the zero value).
	Compression Compression `json:"compression"`
	// Shards are the output shards, in order.
	Shards []ShardInfo `json:"shards"`
	// Rejects is the rejects file's name, when one was written.
	Rejects string `json:"rejects,omitempty"`
	// Counts are the run's record counts.
	Counts Counts `json:"counts"`
}

// Counts are a run's record counts.
type Counts struct {
	// Read is the number of input records: documents read plus records rejected.
	Read int64 `json:"read"`
	// Written is the number of documents written to shards.
	Written int64 `json:"written"`
	// Dropped is the number of documents a stage filtered out.
	Dropped int64 `json:"dropped"`
	// DroppedBy splits Dropped by drop reason.
	DroppedBy map[string]int64 `json:"dropped_by,omitempty"`
	// Rejected is the number of input records that could not be read.
	Rejected int64 `json:"rejected"`
	// Truncated is the number of documents whose text was cut at the
	// record size limit (ReadOptions.Truncate); they are also counted in
	// Written or Dropped.
	Truncated int64 `json:"truncated,omitempty"`
}

// Balanced reports whether every record read is accounted for:
// Read == Written + Dropped + Rejected, and DroppedBy (when present) adds up
// to Dropped.
func (c Counts) Balanced() bool {
	if c.Read != c.Written+c.Dropped+c.Rejected {
		return false
	}
	if len(c.DroppedBy) == 0 {
		return true
	}
	var sum int64
	for _, n := range c.DroppedBy {
		sum += n
	}
	return sum == c.Dropped
}

// StageStat is one stage's totals for a run.
type StageStat struct {
	// Name is the stage's name.
	Name string `json:"name"`
	// Documents is the number of documents the stage processed.
	Documents int64 `json:"documents"`
	// Paragraphs is the number of paragraphs the stage saw.
	Paragraphs int64 `json:"paragraphs"`
	// Bytes is the number of text bytes the stage processed.
	Bytes int64 `json:"bytes"`
	// Dropped is the number of documents the stage dropped.
	Dropped int64 `json:"dropped,omitempty"`
	// Seconds is the stage's total processing time, summed over workers.
	Seconds float64 `json:"seconds"`
}

// Stats holds a run's timings (stats.json). Unlike the manifest it varies
// from run to run.
type Stats struct {
	// Seconds is the run's wall-clock duration.
	Seconds float64 `json:"seconds"`
	// Workers is the number of pipeline workers.
	Workers int `json:"workers,omitempty"`
	// Stages are the per-stage totals, in pipeline order.
	Stages []StageStat `json:"stages"`
}

// WriteManifest writes m to dir/manifest.json atomically. Nil Inputs and
// Shards are written as empty lists.
func WriteManifest(dir string, m *Manifest) error {
	c := *m
	if c.Inputs == nil {
		c.Inputs = []string{}
	}
	if c.Shards == nil {
		c.Shards = []ShardInfo{}
	}
	return WriteJSONAtomic(filepath.Join(dir, ManifestFile), &c)
}

// ReadManifest reads dir/manifest.json.
func ReadManifest(dir string) (*Manifest, error) {
	var m Manifest
	if err := readJSONFile(filepath.Join(dir, ManifestFile), &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// WriteStats writes s to dir/stats.json atomically.
func WriteStats(dir string, s *Stats) error {
	return WriteJSONAtomic(filepath.Join(dir, StatsFile), s)
}

// ReadStats reads dir/stats.json.
func ReadStats(dir string) (*Stats, error) {
	var s Stats
	if err := readJSONFile(filepath.Join(dir, StatsFile), &s); err != nil {
		return nil, err
	}
	return &s, nil
}
