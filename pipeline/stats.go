package pipeline

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/winnowhq/winnow/corpus"
)

// Stats describes a run. Every count is deterministic: for the same input,
// stages and outcome it does not depend on the number of workers or on
// timing. Only the durations (Elapsed, StageStats.Time) vary from run to run.
//
// Every record the reader yields ends up in exactly one of Written, Dropped,
// Rejected and Discarded, so Read == Written + Dropped + Rejected + Discarded
// (see Balanced) once Run has returned. Discarded is zero after a successful
// run. Snapshots taken while the run goes on (WithProgress) count in Read
// the records in flight too.
type Stats struct {
	// Read counts the records the reader yielded: documents plus rejected
	// records.
	Read int64
	// Written counts the documents given to the Writer without error.
	Written int64
	// Dropped counts the documents a stage filtered out with stages.Drop.
	Dropped int64
	// DroppedBy splits Dropped by the drop's reason. It is never nil.
	DroppedBy map[string]int64
	// Rejected counts the records the reader could not read (*corpus.RecordError).
	Rejected int64
	// Discarded counts the records that were read but neither written,
	// dropped nor handed to the WithRejects function because the run stopped
	// early: cancellation, or a fatal error on this or an earlier record.
	Discarded int64
	// Truncated counts the documents read whose text the reader had cut at
	// its size limit (corpus.Document.Truncated); they are also counted as
	// written, dropped or discarded.
	Truncated int64
	// BytesIn sums len(Raw) over the documents read, taken when each is
	// read (stages may release Raw; rejected records not included).
	BytesIn int64
	// Paragraphs counts the paragraphs of the written documents.
	Paragraphs int64
	// LabelCounts counts the paragraphs of the written documents by label.
	// Paragraphs with an out-of-range label are in Paragraphs only.
	LabelCounts [corpus.NumLabels]int64
	// Elapsed is the wall time since Run started.
	Elapsed time.Duration
	// Stages has one entry per stage, in pipeline order.
	Stages []StageStats
}

// StageStats describes the work one stage did.
type StageStats struct {
	// Name is the stage's Name().
	Name string
	// Documents counts the documents the stage was run on. A document
	// dropped by an earlier stage does not reach it.
	Documents int64
	// Paragraphs counts the paragraphs those documents had when the stage
	// returned.
	Paragraphs int64
	// Bytes sums len(Raw) over those documents, as read, so Bytes/Time is
	// the stage's throughput in input bytes, comparable from stage to stage.
	Bytes int64
	// Dropped counts the documents this stage dropped.
	Dropped int64
	// Time sums the wall time spent in the stage over all workers; with
	// several workers the sum can exceed Stats.Elapsed.
	Time time.Duration
}

// Balanced reports whether the counts add up: every record read is written,
// dropped, rejected or discarded, and the drops by reason add up to Dropped.
// Run checks it before returning; a false result is a bug in the pipeline.
func (s Stats) Balanced() bool {
	if s.Read != s.Written+s.Dropped+s.Rejected+s.Discarded {
		return false
	}
	var byReason int64
	for _, n := range s.DroppedBy {
		byReason += n
	}
	return byReason == s.Dropped
}

// clone returns a deep copy, so a snapshot does not share the map and slice
// of the live statistics.
func (s Stats) clone() Stats {
	c := s
	c.DroppedBy = maps.Clone(s.DroppedBy)
	if c.DroppedBy == nil {
		c.DroppedBy = map[string]int64{}
	}
	c.Stages = slices.Clone(s.Stages)
	return c
}

func (s Stats) accountingError() error {
	var byReason int64
	for _, n := range s.DroppedBy {
		byReason += n
	}
	return fmt.Errorf("pipeline: accounting mismatch: read %d != written %d + dropped %d (by reason %d) + rejected %d + discarded %d; this is a bug",
		s.Read, s.Written, s.Dropped, byReason, s.Rejected, s.Discarded)
}
