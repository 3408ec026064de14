package pipeline

import (
	"fmt"
	"runtime"
	"time"

	"github.com/winnowhq/winnow/corpus"
)

// ProgressInterval is how often the WithProgress callback is called while a
// run is going on.
const ProgressInterval = 200 * time.Millisecond

// Option configures Run. Options are applied in order; one that is given an
// invalid value makes Run fail before it reads anything.
type Option func(*config) error

type config struct {
	workers     int
	rejects     func(*corpus.RecordError) error
	progress    func(Stats)
	checkpoint  func(Stats, *corpus.Document) error
	initial     Stats
	maxInFlight int64
	cost        func(*corpus.Document) int64
	// collectAt is the charge from which a document's stages start with a
	// garbage collection (0: never).
	collectAt int64
}

func newConfig(opts []Option) (config, error) {
	c := config{workers: runtime.NumCPU()}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&c); err != nil {
			return config{}, err
		}
	}
	return c, nil
}

// WithWorkers sets how many documents are processed at the same time
// (default runtime.NumCPU()). Each worker runs all stages, one after another,
// on one document at a time. The output does not depend on n. n must be at
// least 1.
func WithWorkers(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("pipeline: WithWorkers(%d): need at least 1 worker", n)
		}
		c.workers = n
		return nil
	}
}

// WithRejects sets a function that receives every *corpus.RecordError the
// reader reports, in input order: on the goroutine that calls the Writer,
// between the Writes of the documents before and after the rejected record,
// never concurrently with a Write or with itself. Rejected records are
// counted in Stats.Rejected whether or not a function is set. If fn returns
// an error the run stops with that error. A reject that comes after the
// point where a run stopped is not handed over; it is counted in
// Stats.Discarded.
func WithRejects(fn func(*corpus.RecordError) error) Option {
	return func(c *config) error {
		c.rejects = fn
		return nil
	}
}

// WithProgress sets a function that is called with a snapshot of the
// statistics every ProgressInterval while the run goes on, and once more with
// the final statistics just before Run returns. Calls come from one goroutine
// at a time, never concurrently; fn should return quickly (it delays the next
// snapshot, not the run). A panic in fn stops the run with an error.
func WithProgress(fn func(Stats)) Option {
	return func(c *config) error {
		c.progress = fn
		return nil
	}
}

// WithCheckpoint sets a function called after each document whose Write
// made the output durable up to it (the Writer implements corpus.Committer
// and its Committed method says so). It gets the statistics of every record
// up to and including that document (Read is Written + Dropped + Rejected;
// Discarded is zero) and the document itself, so that a later run can
// resume from corpus.After(d) with WithInitialStats(s). It is called on the
// goroutine that calls the Writer. If fn returns an error the run stops
// with that error. Without a Committer writer fn is never called.
func WithCheckpoint(fn func(s Stats, d *corpus.Document) error) Option {
	return func(c *config) error {
		c.checkpoint = fn
		return nil
	}
}

// WithInitialStats starts the run's statistics from s, the statistics of a
// checkpoint of an earlier run that this one resumes (see WithCheckpoint),
// so that the returned Stats cover both. s must balance, have no discarded
// records, and describe the same stages (or none). Elapsed is not carried
// over.
func WithInitialStats(s Stats) Option {
	return func(c *config) error {
		c.initial = s.clone()
		return nil
	}
}

// WithMaxInFlightBytes bounds the total size (len(Raw), or the cost set
// with WithInFlightCost) of the documents read but not yet written or
// dropped: the reader waits while the documents in flight add up to more
// than n bytes. A document larger than n is let in alone, when nothing else
// is in flight. Stages typically need several times a document's size in
// memory, so this bounds the run's memory for inputs of huge documents,
// where the count bound of workers+3 documents is not enough. n must be
// positive; without this option only the count bound applies.
func WithMaxInFlightBytes(n int64) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("pipeline: WithMaxInFlightBytes(%d): need a positive size", n)
		}
		c.maxInFlight = n
		return nil
	}
}

// WithCollectBefore makes a worker run the garbage collector before each
// stage of a document charged at least n bytes against the
// WithMaxInFlightBytes budget (see WithInFlightCost). The heap then holds
// only what is live when such a document makes its largest allocations
// (its text, its paragraphs, their features, each up to hundreds of MB at
// once), which the collector's pacing and a soft memory limit
// (debug.SetMemoryLimit) cannot foresee, and a stage's garbage (the raw
// bytes a normaliser replaced) is gone before the next stage allocates:
// without it, two 50 MB documents of millions of short lines overshot a 448
// MiB limit by up to 100 MiB. A collection costs about a millisecond per 10
// MB of live heap, little next to the seconds such a document takes. n must be positive; without this
// option no collection is forced.
func WithCollectBefore(n int64) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("pipeline: WithCollectBefore(%d): need a positive size", n)
		}
		c.collectAt = n
		return nil
	}
}

// WithInFlightCost sets what a document is charged against the
// WithMaxInFlightBytes budget: fn(d) bytes instead of len(d.Raw). It is
// called once per document, on the reading goroutine, as soon as the
// document is read. A cost that estimates the memory the stages will need
// for the document (several times its size) turns the budget into a bound
// on memory. A negative cost counts as zero; a panic in fn stops the run.
// Without WithMaxInFlightBytes the cost is not used.
func WithInFlightCost(fn func(d *corpus.Document) int64) Option {
	return func(c *config) error {
		c.cost = fn
		return nil
	}
}
