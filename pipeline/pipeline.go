// Package pipeline is winnow's engine: it reads documents from a
// corpus.Reader, runs a list of stages on each one and writes the survivors
// to a corpus.Writer, in input order, using several workers.
//
// # Concurrency and order
//
// One goroutine reads. Each document is one task on a
// github.com/sourcegraph/conc/stream with WithWorkers(n) goroutines; a task
// runs every stage on its document, one after another (concurrency is across
// documents, never inside one). The stream hands the finished documents back
// one at a time in submission order, and they are written from there, so the
// output is byte-for-byte the same for any number of workers.
//
// # Bounded memory
//
// The stream's queue holds at most workers+1 documents, and the reader blocks
// when it is full. At most workers+3 documents are therefore alive at once
// (read but not yet written or dropped): workers+1 queued, the one being
// written, and the one the reader holds while it waits. A slow writer slows
// the reader down; it never makes the pipeline buffer the input.
// WithMaxInFlightBytes bounds the documents in flight by their size as
// well, so that a run of huge documents is processed a few at a time.
//
// # Checkpoints
//
// When the Writer implements corpus.Committer (the shard writer does: a
// document that completes a shard commits everything before it), the
// WithCheckpoint function is called after each committing document, with
// the statistics of every record up to and including it. A run stopped
// later can resume right after that document (corpus.After) from those
// statistics (WithInitialStats) and end with the same output as a run that
// was never stopped.
//
// # Outcomes of a record
//
//   - The reader returns a *corpus.RecordError: the record is counted as
//     rejected and handed to the WithRejects function in its place in the
//     input order (between the documents around it), and reading goes on.
//   - A stage returns stages.Drop(reason): the document is not written and is
//     counted under Stats.DroppedBy[reason]. Later stages do not see it.
//   - Otherwise the document is written.
//
// # Fatal errors
//
// These stop the run: a reader error other than io.EOF and *RecordError (a
// wrapped io.EOF counts as an error, not as the end of the input), a
// stage error that is not a drop, a panic in a stage (both reported as a
// *StageError naming the stage and the document), a writer error, an error
// from the WithRejects function, and a panic in any code the pipeline calls
// (reported as a *PanicError). Documents before the failing one in input
// order are still written; it and everything after it are discarded (counted
// in Stats.Discarded). The error returned is the first one in input order, so
// a deterministic failure gives the same error and the same partial output
// for any number of workers. A stage
// failure is fatal rather than a per-document reject because a stage that is
// not dropping on purpose is broken, and going on would quietly produce a
// different corpus; stages that want to skip bad input return a Drop.
//
// # Cancellation
//
// When ctx is cancelled, Run stops reading, lets the workers finish or skip
// their documents, writes nothing that was not already being written, and
// returns an error wrapping ctx.Err(). Stages and the Writer get ctx and
// should return early when it is done; Run waits for them before returning,
// so no goroutine outlives it.
//
// Run never calls w.Close: the caller closes the writer after a successful
// run and decides what to do with partial output after a failed one.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sourcegraph/conc/stream"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages"
)

// Run reads every document from r, runs the stages on it in order, and
// writes the documents no stage dropped to w, in input order. It returns the
// run's statistics, also when it fails (then they describe the work done
// before the failure). See the package documentation for errors,
// cancellation and memory bounds.
//
// Before returning, Run checks that every record read was written, dropped,
// rejected or discarded (Stats.Balanced) and returns an error if not.
func Run(ctx context.Context, r corpus.Reader, w corpus.Writer, sts []stages.Stage, opts ...Option) (Stats, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return Stats{}, err
	}
	if r == nil {
		return Stats{}, errors.New("pipeline: nil Reader")
	}
	if w == nil {
		return Stats{}, errors.New("pipeline: nil Writer")
	}
	for i, st := range sts {
		if st == nil {
			return Stats{}, fmt.Errorf("pipeline: stage %d is nil", i)
		}
	}

	readCtx, cancelRead := context.WithCancel(ctx)
	defer cancelRead()
	run := &run{
		ctx:        ctx,
		r:          r,
		w:          w,
		stages:     sts,
		cfg:        cfg,
		cancelRead: cancelRead,
		start:      time.Now(),
		stream:     stream.New().WithMaxGoroutines(cfg.workers),
	}
	if cfg.maxInFlight > 0 {
		run.budget = newByteBudget(cfg.maxInFlight)
	}
	run.committer, _ = w.(corpus.Committer)
	if err := run.initStats(); err != nil {
		return Stats{}, err
	}

	stopProgress := run.startProgress()
	readErr := run.read(readCtx)
	run.stream.Wait()
	progressErr := stopProgress()

	final := run.snapshot()
	// Callback errors concern documents that precede the point where the
	// reader stopped, so they come first in input order.
	err = run.cbErr
	if err == nil {
		err = readErr
	}
	if err == nil {
		err = progressErr
	}
	if !final.Balanced() || (err == nil && final.Discarded != 0) {
		err = errors.Join(err, final.accountingError())
	}
	if cfg.progress != nil && progressErr == nil {
		if perr := callProgress(cfg.progress, final); perr != nil && err == nil {
			err = perr
		}
	}
	return final, err
}

// run is the state of one call to Run.
type run struct {
	ctx    context.Context // the caller's; given to stages and the writer
	r      corpus.Reader
	w      corpus.Writer
	stages []stages.Stage
	cfg    config
	start  time.Time
	stream *stream.Stream
	budget *byteBudget // nil without WithMaxInFlightBytes
	// committer is w as a corpus.Committer, or nil.
	committer corpus.Committer

	// stop is set once the run has failed or been halted; the reader stops
	// and workers and callbacks skip their documents.
	stop atomic.Bool
	// cancelRead interrupts a Next that is blocked when the run stops.
	cancelRead context.CancelFunc
	// cbErr is the first fatal error found while finishing documents. Only
	// the stream's callback goroutine touches it until stream.Wait returns.
	cbErr error

	mu    sync.Mutex
	stats Stats // guarded by mu

	results sync.Pool // of *docResult
}

// docResult carries one document (or one rejected record) from the reader
// through a worker to the in-order callback. It is recycled, with its two
// closures, so the engine itself does not allocate per document.
type docResult struct {
	doc      *corpus.Document
	rej      *corpus.RecordError // a rejected record instead of a document
	size     int64               // len(doc.Raw) when read: stages may release Raw
	charged  int64               // bytes taken from the in-flight budget
	ran      int                 // stages that ran
	samples  []stageSample       // per stage, valid up to ran
	complete bool                // every stage ran and none returned an error
	dropped  bool
	reason   string // drop reason
	err      error  // fatal *StageError
	task     stream.Task
	callback stream.Callback
}

type stageSample struct {
	time  time.Duration
	paras int
}

type outcome uint8

const (
	written outcome = iota
	dropped
	discarded
)

func (run *run) getResult(d *corpus.Document) *docResult {
	res, _ := run.results.Get().(*docResult)
	if res == nil {
		res = &docResult{samples: make([]stageSample, len(run.stages))}
		res.task = func() stream.Callback {
			run.process(res)
			return res.callback
		}
		res.callback = func() { run.finish(res) }
	}
	res.doc = d
	return res
}

func (run *run) putResult(res *docResult) {
	res.doc = nil
	res.rej = nil
	res.size = 0
	res.charged = 0
	res.ran = 0
	res.complete = false
	res.dropped = false
	res.reason = ""
	res.err = nil
	run.results.Put(res)
}

// read is the reading loop, on Run's goroutine. It returns nil at io.EOF or
// when the run was stopped by a failure found elsewhere.
func (run *run) read(readCtx context.Context) error {
	for {
		if run.stop.Load() {
			return nil
		}
		if err := run.ctx.Err(); err != nil {
			return cancelled(err)
		}
		d, err := run.next(readCtx)
		if err != nil {
			if re, ok := corpus.AsRecordError(err); ok {
				run.mu.Lock()
				run.stats.Read++
				run.mu.Unlock()
				// The reject goes through the stream too, so that it is
				// handled in input order, between the documents around it.
				res := run.getResult(nil)
				res.rej = re
				run.stream.Go(res.task)
				continue
			}
			// Only io.EOF itself ends the input, as with io.Reader: a wrapped
			// EOF is more likely a truncated input than a clean end, and
			// taking it for the end would lose the rest silently.
			if err == io.EOF { //nolint:errorlint // deliberate identity check
				return nil
			}
			if run.stop.Load() {
				return nil // Next was interrupted because the run failed
			}
			if cerr := run.ctx.Err(); cerr != nil {
				return cancelled(cerr)
			}
			return fmt.Errorf("pipeline: reading input: %w", err)
		}
		if d == nil {
			return errors.New("pipeline: reading input: reader returned neither a document nor an error")
		}
		run.mu.Lock()
		run.stats.Read++
		run.mu.Unlock()
		res := run.getResult(d)
		res.size = int64(len(d.Raw))
		if run.budget != nil {
			cost, err := run.cost(d)
			var n int64
			if err == nil {
				n, err = run.budget.acquire(readCtx, cost)
			}
			if err != nil {
				// Read but never processed: account for it.
				run.mu.Lock()
				run.stats.Discarded++
				run.stats.BytesIn += res.size
				run.mu.Unlock()
				run.putResult(res)
				if _, ok := err.(*PanicError); ok { //nolint:errorlint // run.cost returns it unwrapped
					return fmt.Errorf("pipeline: in-flight cost of document %q: %w", d.ID, err)
				}
				if run.stop.Load() {
					return nil
				}
				return cancelled(run.ctx.Err())
			}
			res.charged = n
		}
		// Blocks while workers+1 documents are queued: this is the memory bound.
		run.stream.Go(res.task)
	}
}

func (run *run) next(ctx context.Context) (d *corpus.Document, err error) {
	defer func() {
		if v := recover(); v != nil {
			d, err = nil, recovered(v)
		}
	}()
	return run.r.Next(ctx)
}

func (run *run) reject(re *corpus.RecordError) (err error) {
	if run.cfg.rejects == nil {
		return nil
	}
	defer func() {
		if v := recover(); v != nil {
			err = recovered(v)
		}
		if err != nil {
			err = fmt.Errorf("pipeline: handling rejected record (%v): %w", re, err)
		}
	}()
	return run.cfg.rejects(re)
}

// process runs on a worker: every stage, in order, on one document.
func (run *run) process(res *docResult) {
	if res.rej != nil {
		return
	}
	d := res.doc
	collect := run.cfg.collectAt > 0 && res.charged >= run.cfg.collectAt
	for i, st := range run.stages {
		if run.stop.Load() || run.ctx.Err() != nil {
			return // the callback discards the document
		}
		if collect {
			runtime.GC() // see WithCollectBefore
		}
		t0 := time.Now()
		panicked, err := callStage(run.ctx, st, d)
		res.samples[i] = stageSample{time: time.Since(t0), paras: len(d.Paragraphs)}
		res.ran = i + 1
		if err == nil {
			continue
		}
		if drop, ok := stages.AsDrop(err); ok && !panicked {
			res.dropped, res.reason = true, drop.Reason
			return
		}
		res.err = &StageError{Stage: st.Name(), DocID: d.ID, Source: d.Source, Position: d.Position, Err: err}
		return
	}
	res.complete = true
}

func callStage(ctx context.Context, st stages.Stage, d *corpus.Document) (panicked bool, err error) {
	defer func() {
		if v := recover(); v != nil {
			panicked, err = true, recovered(v)
		}
	}()
	return false, st.Process(ctx, d)
}

// finish runs on the stream's callback goroutine, once per document, in
// input order.
func (run *run) finish(res *docResult) {
	defer run.putResult(res)
	if res.rej != nil {
		run.finishReject(res.rej)
		return
	}
	if run.budget != nil {
		defer run.budget.release(res.charged)
	}
	out := run.settle(res)

	d := res.doc
	var labels [corpus.NumLabels]int64
	if out == written {
		for _, p := range d.Paragraphs {
			if int(p.Label) < corpus.NumLabels {
				labels[p.Label]++
			}
		}
	}
	raw := res.size
	checkpoint := out == written && run.cfg.checkpoint != nil && run.committer != nil && run.committer.Committed()

	run.mu.Lock()
	s := &run.stats
	s.BytesIn += raw
	if d.Truncated {
		s.Truncated++
	}
	for i, smp := range res.samples[:res.ran] {
		st := &s.Stages[i]
		st.Documents++
		st.Paragraphs += int64(smp.paras)
		st.Bytes += raw
		st.Time += smp.time
	}
	switch out {
	case written:
		s.Written++
		s.Paragraphs += int64(len(d.Paragraphs))
		for i, n := range labels {
			s.LabelCounts[i] += n
		}
	case dropped:
		s.Dropped++
		s.DroppedBy[res.reason]++
		s.Stages[res.ran-1].Dropped++
	case discarded:
		s.Discarded++
	}
	var cp Stats
	if checkpoint {
		cp = s.clone()
		// Everything up to this document is settled and nothing after it:
		// the checkpoint's Read counts exactly those records.
		cp.Read = cp.Written + cp.Dropped + cp.Rejected
		cp.Elapsed = time.Since(run.start)
	}
	run.mu.Unlock()
	if checkpoint {
		if err := callCheckpoint(run.cfg.checkpoint, cp, d); err != nil {
			run.fail(fmt.Errorf("pipeline: checkpoint after document %q: %w", d.ID, err))
		}
	}
}

// finishReject hands a rejected record to the WithRejects function, in
// input order. Callback goroutine only.
func (run *run) finishReject(re *corpus.RecordError) {
	if run.stop.Load() {
		run.mu.Lock()
		run.stats.Discarded++
		run.mu.Unlock()
		return
	}
	run.mu.Lock()
	run.stats.Rejected++
	run.mu.Unlock()
	if err := run.reject(re); err != nil {
		run.fail(err)
	}
}

func callCheckpoint(fn func(Stats, *corpus.Document) error, s Stats, d *corpus.Document) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = recovered(v)
		}
	}()
	return fn(s, d)
}

// initStats sets up the statistics, from WithInitialStats if given.
func (run *run) initStats() error {
	s := run.cfg.initial.clone()
	s.Elapsed = 0
	if s.Discarded != 0 || !s.Balanced() {
		return fmt.Errorf("pipeline: WithInitialStats: the statistics do not balance: read %d, written %d, dropped %d, rejected %d, discarded %d",
			s.Read, s.Written, s.Dropped, s.Rejected, s.Discarded)
	}
	if len(s.Stages) == 0 {
		s.Stages = make([]StageStats, len(run.stages))
	}
	if len(s.Stages) != len(run.stages) {
		return fmt.Errorf("pipeline: WithInitialStats: statistics for %d stages, the run has %d", len(s.Stages), len(run.stages))
	}
	for i, st := range run.stages {
		if s.Stages[i].Name != "" && s.Stages[i].Name != st.Name() {
			return fmt.Errorf("pipeline: WithInitialStats: stage %d is %q, the statistics are for %q", i, st.Name(), s.Stages[i].Name)
		}
		s.Stages[i].Name = st.Name()
	}
	run.stats = s
	return nil
}

// settle decides what becomes of a processed document and writes it if it
// is kept.
func (run *run) settle(res *docResult) outcome {
	if run.stop.Load() {
		return discarded
	}
	if err := run.ctx.Err(); err != nil {
		run.fail(cancelled(err))
		return discarded
	}
	switch {
	case res.err != nil:
		run.fail(fmt.Errorf("pipeline: %w", res.err))
		return discarded
	case res.dropped:
		return dropped
	case !res.complete:
		run.fail(fmt.Errorf("pipeline: document %q was not processed; this is a bug", res.doc.ID))
		return discarded
	}
	if err := run.write(res.doc); err != nil {
		if cerr := run.ctx.Err(); cerr != nil {
			run.fail(cancelled(cerr))
		} else {
			run.fail(fmt.Errorf("pipeline: writing document %q: %w", res.doc.ID, err))
		}
		return discarded
	}
	return written
}

func (run *run) write(d *corpus.Document) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = recovered(v)
		}
	}()
	return run.w.Write(run.ctx, d)
}

// fail records the first fatal error and stops the run. Callback goroutine
// only.
func (run *run) fail(err error) {
	if run.cbErr == nil {
		run.cbErr = err
	}
	run.halt()
}

// halt stops reading and makes workers and callbacks skip the documents
// still in flight.
func (run *run) halt() {
	run.stop.Store(true)
	run.cancelRead()
}

func cancelled(err error) error {
	return fmt.Errorf("pipeline: cancelled: %w", err)
}

func (run *run) snapshot() Stats {
	run.mu.Lock()
	s := run.stats.clone()
	run.mu.Unlock()
	s.Elapsed = time.Since(run.start)
	return s
}

// startProgress starts the ticker goroutine when WithProgress was given. The
// returned function stops it and reports a panic in the progress function.
func (run *run) startProgress() (stop func() error) {
	fn := run.cfg.progress
	if fn == nil {
		return func() error { return nil }
	}
	done := make(chan struct{})
	errc := make(chan error, 1)
	go func() {
		t := time.NewTicker(ProgressInterval)
		defer t.Stop()
		for {
			select {
			case <-done:
				errc <- nil
				return
			case <-t.C:
				if err := callProgress(fn, run.snapshot()); err != nil {
					run.halt()
					errc <- err
					return
				}
			}
		}
	}()
	return func() error {
		close(done)
		return <-errc
	}
}

func callProgress(fn func(Stats), s Stats) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("pipeline: progress function: %w", recovered(v))
		}
	}()
	fn(s)
	return nil
}

// byteBudget is a counting semaphore over bytes: the reader takes a
// document's size from it before submitting the document and the in-order
// callback gives it back once the document is settled.
type byteBudget struct {
	mu   sync.Mutex
	max  int64
	used int64
	wake chan struct{} // closed (and replaced) whenever bytes are given back
}

func newByteBudget(max int64) *byteBudget {
	return &byteBudget{max: max, wake: make(chan struct{})}
}

// acquire waits until n bytes (at most the whole budget) are free, takes
// them and returns how many it took. It returns ctx's error if ctx is done
// first.
func (b *byteBudget) acquire(ctx context.Context, n int64) (int64, error) {
	if n > b.max {
		n = b.max // a document larger than the budget runs alone
	}
	for {
		b.mu.Lock()
		if b.used+n <= b.max {
			b.used += n
			b.mu.Unlock()
			return n, nil
		}
		wake := b.wake
		b.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
}

// release gives back n bytes taken by acquire.
func (b *byteBudget) release(n int64) {
	if n == 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	close(b.wake)
	b.wake = make(chan struct{})
	b.mu.Unlock()
}

// cost is what d is charged against the in-flight budget: len(d.Raw), or
// the WithInFlightCost function's value.
func (run *run) cost(d *corpus.Document) (n int64, err error) {
	if run.cfg.cost == nil {
		return int64(len(d.Raw)), nil
	}
	defer func() {
		if v := recover(); v != nil {
			n, err = 0, recovered(v)
		}
	}()
	return max(run.cfg.cost(d), 0), nil
}
