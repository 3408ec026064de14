package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// CheckpointFile is the name of the checkpoint of an unfinished run in its
// output directory.
const CheckpointFile = "checkpoint.json"

// Checkpoint records how far an unfinished run has got, so that a resumed
// run can go on from there and end with exactly the output of a run that
// was never stopped. A run writes it (atomically) when it starts and after
// every finished shard, and removes it once the manifest is written.
type Checkpoint struct {
	// Tool is the program that wrote the checkpoint, "winnow".
	Tool string `json:"tool"`
	// Version is the tool's version.
	Version string `json:"version"`
	// ConfigHash is the hex SHA-256 of the parts of the configuration that
	// decide the output.
	ConfigHash string `json:"config_hash"`
	// Config is the run's configuration, so that a refused resume can say
	// what changed.
	Config json.RawMessage `json:"config,omitempty"`
	// InputsHash is the hex SHA-256 of the input list (see HashInputs).
	InputsHash string `json:"inputs_hash"`
	// Inputs are the inputs with their sizes, in reading order.
	Inputs []InputStamp `json:"inputs"`
	// Cursor is where reading resumes.
	Cursor Cursor `json:"cursor"`
	// Shards are the finished shards.
	Shards []ShardInfo `json:"shards"`
	// Rejects is how much of the rejects file belongs to the checkpoint.
	Rejects RejectMark `json:"rejects"`
	// Counts are the record counts up to Cursor.
	Counts Counts `json:"counts"`
	// Paragraphs counts the paragraphs of the documents written so far.
	Paragraphs int64 `json:"paragraphs"`
	// LabelCounts counts those paragraphs by label, in Labels() order.
	LabelCounts [NumLabels]int64 `json:"label_counts"`
	// BytesIn is the size of the documents read so far.
	BytesIn int64 `json:"bytes_in"`
	// Seconds is the time spent so far, over all sessions of the run.
	Seconds float64 `json:"seconds"`
	// Stages are the per-stage totals so far.
	Stages []StageStat `json:"stages"`
}

// InputStamp identifies one input of a run: its name and size (-1 when not
// known, as for stdin).
type InputStamp struct {
	// Name is the input's Name.
	Name string `json:"name"`
	// Size is the input's size in bytes, or -1.
	Size int64 `json:"size"`
}

// HashInputs returns the stamps of inputs and the hex SHA-256 of them.
func HashInputs(inputs []Input) (string, []InputStamp) {
	stamps := make([]InputStamp, len(inputs))
	h := sha256.New()
	for i, in := range inputs {
		stamps[i] = InputStamp{Name: in.Name, Size: in.Size}
		h.Write([]byte(strconv.Quote(in.Name)))
		h.Write([]byte(" " + strconv.FormatInt(in.Size, 10) + "\n"))
	}
	return hex.EncodeToString(h.Sum(nil)), stamps
}

// WriteCheckpoint writes c to dir/checkpoint.json atomically.
func WriteCheckpoint(dir string, c *Checkpoint) error {
	cc := *c
	if cc.Inputs == nil {
		cc.Inputs = []InputStamp{}
	}
	if cc.Shards == nil {
		cc.Shards = []ShardInfo{}
	}
	return WriteJSONAtomic(filepath.Join(dir, CheckpointFile), &cc)
}

// ReadCheckpoint reads dir/checkpoint.json. It returns an error wrapping
// os.ErrNotExist when there is none.
func ReadCheckpoint(dir string) (*Checkpoint, error) {
	var c Checkpoint
	if err := readJSONFile(filepath.Join(dir, CheckpointFile), &c); err != nil {
		return nil, err
	}
	if c.Cursor.Input < 0 || c.Cursor.Record < 0 || c.Cursor.Seq < 0 || c.Rejects.Bytes < 0 || c.Rejects.Records < 0 {
		return nil, fmt.Errorf("read %s: invalid position", filepath.Join(dir, CheckpointFile))
	}
	for i, sh := range c.Shards {
		// Names come from the file: never let one lead outside dir.
		if n, ok := shardNumber(sh.Name); !ok || n != i {
			return nil, fmt.Errorf("read %s: shard %d is named %q, want a shard file name numbered %05d", filepath.Join(dir, CheckpointFile), i, sh.Name, i)
		}
	}
	return &c, nil
}

// RemoveCheckpoint removes dir/checkpoint.json, if there is one, and syncs
// the directory.
func RemoveCheckpoint(dir string) error {
	err := os.Remove(filepath.Join(dir, CheckpointFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("remove checkpoint: %w", err)
	}
	return syncDir(dir)
}
