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
	workers  int
	rejects  func(*corpus.RecordError) error
	progress func(Stats)
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
// reader reports, in input order, on the goroutine that reads (so it may run
// at the same time as the Writer's Write, but never concurrently with
// itself). Rejected records are counted in Stats.Rejected whether or not a
// function is set. If fn returns an error the run stops with that error.
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
