package main

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/filter"
	"github.com/winnowhq/winnow/stages/htmlsplit"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

// sampleFS holds the built-in sample: the two scraped articles of shared/seeds.
//
//go:embed sample/*.txt
var sampleFS embed.FS

// cleanConfig is the full configuration of a clean run. It is recorded in
// the manifest, so its JSON form must be deterministic.
type cleanConfig struct {
	Inputs           []string `json:"inputs"`
	Output           string   `json:"output"`
	Workers          int      `json:"workers"`
	Annotate         bool     `json:"annotate"`
	Plain            bool     `json:"plain,omitempty"`
	Keep             []string `json:"keep"`
	Classifier       string   `json:"classifier"`
	Focus            string   `json:"focus"`
	TextField        string   `json:"text_field"`
	HTMLField        string   `json:"html_field,omitempty"`
	IDField          string   `json:"id_field"`
	URLField         string   `json:"url_field"`
	MaxRecordBytes   int      `json:"max_record_bytes"`
	Truncate         bool     `json:"truncate,omitempty"`
	MaxShardBytes    int64    `json:"max_shard_bytes"`
	MaxInFlightBytes int64    `json:"max_inflight_bytes,omitempty"`
	Strict           bool     `json:"strict"`
	// Compress is the shards' compression, as --compress gives it
	// (corpus.ParseCompression).
	Compress string `json:"compress"`

	// compression is Compress parsed.
	compression corpus.Compression
}

// defaultMaxInFlightBytes is the default --max-inflight-bytes: the memory
// of the documents read but not yet written, as estimated by
// memoryPerInputByte. With it, documents of 10 MB go through at most five
// at a time (the count bound of workers+3 with two workers; six would fit
// the budget) and documents of over 32 MB one at a time.
const defaultMaxInFlightBytes = 256 << 20

// memoryPerInputByte estimates the memory a document takes from the time it
// is read until it is written, per byte of its input: its normalised text,
// its paragraphs (56 bytes each, about one per 50 bytes of a page dump),
// the rule features of every paragraph (the learned model classifies long
// documents in windows of paragraphs and needs less), the kept text and
// the output record each take about its size. It is what a document is
// charged against --max-inflight-bytes.
const memoryPerInputByte = 4

// collectBeforeBytes is the charge (memoryPerInputByte per input byte: 16 MB
// of input) from which each stage of a document starts with a garbage
// collection (pipeline.WithCollectBefore): two 50 MB documents of 2.6
// million short lines peaked at 493-542 MiB on two workers without it,
// 411-470 MiB with it (the rules: 448-502, 403-458), in the same time.
const collectBeforeBytes = 64 << 20

// defaultMemoryLimit is the default --memory-limit. The documents in flight
// are bounded (--max-inflight-bytes), but the Go runtime lets the heap grow
// to twice what is live before collecting: four 50 MB documents on two
// workers peaked at 651 MiB of RSS, 471 MiB under this limit. Ordinary runs
// stay far below it (about 90 MiB), where it costs nothing.
const defaultMemoryLimit = 448 << 20

// setMemoryLimit sets the Go runtime's soft memory limit to limit bytes,
// unless limit is not positive or the GOMEMLIMIT environment variable
// already sets one (the user's choice wins), and returns a function that
// puts back the previous limit.
func setMemoryLimit(limit int64) (restore func()) {
	if limit <= 0 || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	prev := debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(prev) }
}

func cmdClean(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("winnow clean", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfg := cleanConfig{}
	var keep string
	var overwrite, resume, quiet bool
	var memoryLimit int64
	fs.StringVar(&cfg.Output, "o", "winnow-out", "output `DIR`")
	fs.IntVar(&cfg.Workers, "workers", runtime.NumCPU(), "number of documents processed at once")
	fs.BoolVar(&cfg.Annotate, "annotate", false, "also write every paragraph with its label and score")
	fs.BoolVar(&cfg.Plain, "plain", false, "write the clean text without the markup a converter left in a plain-text dump: Markdown links, emphasis and heading marks, lynx and ELinks link numbers, html-to-text link targets, html2text heading marks, MediaWiki, Textile and Jira tags, links and heading marks, the tags and paths of html2, Pug and hxpipe lines, the empty cells of a spreadsheet's CSV (--annotate keeps the paragraphs as read)")
	fs.StringVar(&keep, "keep", "body", "comma-separated `LABELS` kept in the clean text (body, bio, promo, comment, chrome)")
	fs.StringVar(&cfg.Classifier, "classifier", "model", classifierHelp)
	fs.StringVar(&cfg.Focus, "focus", "balanced", "body threshold of the learned model: precision (keep less, cleaner), balanced, or recall (keep more)")
	fs.StringVar(&cfg.TextField, "text-field", "text", "JSONL field holding the text")
	fs.StringVar(&cfg.HTMLField, "html-field", "", "JSONL field holding the page's HTML, read instead of --text-field")
	fs.StringVar(&cfg.IDField, "id-field", "id", "JSONL field holding the document id")
	fs.StringVar(&cfg.URLField, "url-field", "url", "JSONL field holding the page URL")
	fs.IntVar(&cfg.MaxRecordBytes, "max-record-bytes", corpus.DefaultMaxRecordBytes, "reject records (JSONL lines, text files) larger than this, uncompressed")
	fs.BoolVar(&cfg.Truncate, "truncate", false, "cut text files larger than --max-record-bytes to that size instead of rejecting them")
	fs.Int64Var(&cfg.MaxShardBytes, "shard-bytes", corpus.DefaultMaxShardBytes, "start a new shard after this many uncompressed bytes")
	fs.StringVar(&cfg.Compress, "compress", "zstd", "shard compression `CODEC[:LEVEL]`: zstd (.jsonl.zst), gzip (.jsonl.gz) or none (.jsonl); LEVEL fastest, default, better or best")
	fs.Int64Var(&cfg.MaxInFlightBytes, "max-inflight-bytes", defaultMaxInFlightBytes, "bound the memory of the documents processed at once, estimated at 4 bytes per input byte")
	fs.Int64Var(&memoryLimit, "memory-limit", defaultMemoryLimit, "soft limit of the Go heap in `BYTES`: the garbage collector works harder near it, so that large documents do not double the memory (0: no limit; GOMEMLIMIT, when set, wins)")
	fs.BoolVar(&cfg.Strict, "strict", false, "exit with status 1 if any record is rejected")
	fs.BoolVar(&overwrite, "overwrite", false, "replace the output of an earlier run in DIR")
	fs.BoolVar(&resume, "resume", false, "continue the interrupted run in DIR (same inputs and flags) from its last checkpoint")
	fs.BoolVar(&quiet, "q", false, "print no summary")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: winnow clean [flags] [INPUT...]

Cleans scraped articles into compressed JSONL shards in DIR.
INPUT is a file or a directory (walked recursively, sorted by path). Formats by
extension: .txt (one article per file), .jsonl/.ndjson (one JSON object per
line; --html-field reads a page's HTML instead of its text), .html/.htm (one
page per file), each optionally .gz or .zst; .warc, .warc.gz, .warc.zst (every
HTML response record is a document); "-" reads JSONL from stdin. Without
INPUT, the built-in sample (two scraped articles) is cleaned.

Records that cannot be read go to DIR/rejects.jsonl and the run goes on. An
interrupted run (Ctrl-C, SIGTERM, a crash) keeps its finished shards and a
checkpoint; the same command with --resume continues it.

Flags:
`)
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if cfg.Workers < 1 {
		return usagef("--workers must be at least 1, got %d", cfg.Workers)
	}
	keepSet, keepNames, err := parseLabels(keep)
	if err != nil {
		return usagef("--keep: %v", err)
	}
	cfg.Keep = keepNames
	if cfg.MaxShardBytes < 1 {
		return usagef("--shard-bytes must be positive")
	}
	if cfg.compression, err = corpus.ParseCompression(cfg.Compress); err != nil {
		return usagef("--compress: %v", err)
	}
	cfg.Compress = cfg.compression.String()
	if cfg.MaxRecordBytes < 1 {
		return usagef("--max-record-bytes must be positive")
	}
	if cfg.MaxInFlightBytes < 1 {
		return usagef("--max-inflight-bytes must be positive")
	}
	if resume && overwrite {
		return usagef("--resume and --overwrite exclude each other")
	}
	if memoryLimit < 0 {
		return usagef("--memory-limit must not be negative")
	}
	defer setMemoryLimit(memoryLimit)()
	focus, err := classify.ParseFocus(cfg.Focus)
	if err != nil {
		return usagef("--focus: %v", err)
	}
	classifier, err := classifierSpec(cfg.Classifier).load(focus)
	if err != nil {
		return err
	}

	inputs, skipped, err := resolveInputs(paths, e.stdin)
	if err != nil {
		return err
	}
	for _, in := range inputs {
		cfg.Inputs = append(cfg.Inputs, in.Name)
		if in.Name == "-" && resume {
			return usagef("--resume cannot continue a run that reads stdin: its input cannot be read again")
		}
	}
	for _, s := range skipped {
		fmt.Fprintf(e.stderr, "winnow: skipping %s: not a .txt, .jsonl or .ndjson file\n", s)
	}

	id, err := newRunIdentity(&cfg, inputs)
	if err != nil {
		return err
	}
	prev, err := prepareOutput(&cfg, id, resume, overwrite)
	if err != nil {
		return err
	}
	if prev.done {
		if !quiet {
			fmt.Fprintf(e.stderr, "winnow: %s already holds the finished output of this run; nothing to resume\n", cfg.Output)
		}
		return nil
	}
	cp := prev.checkpoint // nil: a fresh start
	if cp != nil && !quiet {
		fmt.Fprintf(e.stderr, "winnow: resuming %s after %d record(s): %d shard(s) with %d document(s) already written\n",
			cfg.Output, cp.Counts.Read, len(cp.Shards), cp.Counts.Written)
	}

	readOpts := corpus.ReadOptions{
		TextField: cfg.TextField, HTMLField: cfg.HTMLField, IDField: cfg.IDField, URLField: cfg.URLField,
		MaxRecordBytes: cfg.MaxRecordBytes, Truncate: cfg.Truncate,
	}
	var initial pipeline.Stats
	var prevSeconds float64
	if cp != nil {
		readOpts.Start = cp.Cursor
		initial = statsFromCheckpoint(cp)
		prevSeconds = cp.Seconds
	}
	shards, rejects, err := openWriters(&cfg, id, cp, overwrite)
	if err != nil {
		return err
	}
	reader := corpus.NewMultiReader(inputs, readOpts)
	defer reader.Close()

	start := time.Now()
	var progress *progressLine
	opts := []pipeline.Option{
		pipeline.WithWorkers(cfg.Workers),
		pipeline.WithMaxInFlightBytes(cfg.MaxInFlightBytes),
		pipeline.WithInFlightCost(func(d *corpus.Document) int64 { return memoryPerInputByte * int64(len(d.Raw)) }),
		pipeline.WithCollectBefore(collectBeforeBytes),
		pipeline.WithRejects(func(re *corpus.RecordError) error {
			if !quiet {
				fmt.Fprintf(e.stderr, "winnow: rejected %v\n", re)
			}
			return rejects.Write(re)
		}),
		pipeline.WithCheckpoint(func(s pipeline.Stats, d *corpus.Document) error {
			mark, err := rejects.Mark()
			if err != nil {
				return err
			}
			c := id.checkpoint()
			c.Cursor = corpus.After(d)
			c.Shards = shards.Shards()
			c.Rejects = mark
			fillCheckpoint(c, s, prevSeconds+time.Since(start).Seconds())
			if err := checkAccounts(s, c.Shards, mark.Records); err != nil {
				return err
			}
			if err := corpus.WriteCheckpoint(cfg.Output, c); err != nil {
				return err
			}
			if e.checkpointed != nil {
				e.checkpointed(len(c.Shards))
			}
			return nil
		}),
	}
	if cp != nil {
		opts = append(opts, pipeline.WithInitialStats(initial))
	}
	if !quiet && isTerminal(e.stderr) {
		progress = &progressLine{w: e.stderr}
		opts = append(opts, pipeline.WithProgress(progress.update))
	}
	stageList := cleanStages(classifier, keepSet, cfg.Plain)
	stats, runErr := pipeline.Run(ctx, reader, shards, stageList, opts...)
	progress.done()
	if runErr != nil {
		_ = shards.Abort()
		serr := rejects.Suspend()
		return stoppedError(&cfg, runErr, serr)
	}
	if err := shards.Close(); err != nil {
		_ = rejects.Suspend()
		return fmt.Errorf("write shards: %w (the run can be resumed with --resume)", err)
	}
	if err := checkAccounts(stats, shards.Shards(), rejects.Count()); err != nil {
		_ = rejects.Suspend()
		return err
	}
	if err := rejects.Close(); err != nil {
		return fmt.Errorf("write rejects: %w", err)
	}
	elapsed := time.Since(start) + time.Duration(prevSeconds*float64(time.Second))
	if err := writeMetadata(&cfg, stats, shards.Shards(), elapsed); err != nil {
		return err
	}
	if !quiet {
		printSummary(e.stderr, cfg.Output, stats, elapsed)
		if stats.Truncated > 0 {
			fmt.Fprintf(e.stderr, "winnow: %d document(s) were cut to --max-record-bytes (--truncate)\n", stats.Truncated)
		}
	}
	if cfg.Strict && stats.Rejected > 0 {
		return &exitStatusError{code: exitFatal, msg: fmt.Sprintf("--strict: %d record(s) rejected, see %s/%s", stats.Rejected, cfg.Output, corpus.RejectsFile)}
	}
	return nil
}

// openWriters opens the shard and rejects writers of a run, going on with
// those of the checkpoint cp when resuming, and writes the starting
// checkpoint of a fresh run.
func openWriters(cfg *cleanConfig, id *runIdentity, cp *corpus.Checkpoint, overwrite bool) (*corpus.ShardWriter, *corpus.RejectWriter, error) {
	shardOpts := corpus.ShardOptions{
		MaxShardBytes: cfg.MaxShardBytes,
		Compression:   cfg.compression,
		Annotate:      cfg.Annotate,
		Overwrite:     overwrite,
	}
	if cp != nil {
		// Non-nil even when empty: shards left after the checkpoint go.
		shardOpts.Resume = append([]corpus.ShardInfo{}, cp.Shards...)
	}
	shards, err := corpus.NewShardWriter(cfg.Output, shardOpts)
	if err != nil {
		return nil, nil, fmt.Errorf("open output: %w", err)
	}
	var rejects *corpus.RejectWriter
	if cp != nil {
		rejects, err = corpus.ResumeRejectWriter(cfg.Output, cp.Rejects)
	} else {
		rejects, err = corpus.NewRejectWriter(cfg.Output)
	}
	if err != nil {
		_ = shards.Abort()
		return nil, nil, fmt.Errorf("open output: %w", err)
	}
	if cp == nil {
		// The starting checkpoint: from here on an interrupted run can be
		// resumed, and a different configuration is refused.
		if err := corpus.WriteCheckpoint(cfg.Output, id.checkpoint()); err != nil {
			_ = shards.Abort()
			_ = rejects.Abort()
			return nil, nil, fmt.Errorf("open output: %w", err)
		}
	}
	return shards, rejects, nil
}

// writeMetadata writes stats.json, then manifest.json, whose presence marks
// a complete output directory, and removes the checkpoint.
func writeMetadata(cfg *cleanConfig, stats pipeline.Stats, shards []corpus.ShardInfo, elapsed time.Duration) error {
	cfgJSON, err := json.Marshal(cfg)
	if err != nil {
		return fmt.Errorf("encode configuration: %w", err)
	}
	m := &corpus.Manifest{
		Tool: "winnow", Version: version, Config: cfgJSON, Inputs: cfg.Inputs,
		Shards: shards, Rejects: corpus.RejectsFile, Counts: countsOf(stats),
		Compression: cfg.compression,
	}
	runStats := &corpus.Stats{Seconds: elapsed.Seconds(), Workers: cfg.Workers, Stages: stageStats(stats)}
	if err := corpus.WriteStats(cfg.Output, runStats); err != nil {
		return err
	}
	if err := corpus.WriteManifest(cfg.Output, m); err != nil {
		return err
	}
	return corpus.RemoveCheckpoint(cfg.Output)
}

// stoppedError is the error of a run that stopped before the end: the
// finished shards and the last checkpoint stay in the output directory.
func stoppedError(cfg *cleanConfig, runErr, suspendErr error) error {
	kept := "the finished shards and a checkpoint are kept"
	if suspendErr != nil {
		kept = fmt.Sprintf("the finished shards and a checkpoint are kept, but the rejects could not be saved (%v)", suspendErr)
	}
	if errors.Is(runErr, context.Canceled) {
		return &exitStatusError{code: exitFatal, msg: fmt.Sprintf(
			"interrupted: %s in %s; no manifest was written. Run the same command with --resume to continue", kept, cfg.Output)}
	}
	return fmt.Errorf("clean: %w\n(%s in %s; no manifest was written. Once the cause is fixed, the same command with --resume continues from the last checkpoint)",
		runErr, kept, cfg.Output)
}

// checkAccounts checks that every record is accounted for: the statistics
// balance, the shards hold every document written and the rejects file
// every rejected record. A failure is a bug in winnow.
func checkAccounts(s pipeline.Stats, shards []corpus.ShardInfo, rejects int64) error {
	var inShards int64
	for _, sh := range shards {
		inShards += sh.Documents
	}
	var problems []string
	if !s.Balanced() || s.Discarded != 0 {
		problems = append(problems, fmt.Sprintf("read %d != written %d + dropped %d + rejected %d (discarded %d)",
			s.Read, s.Written, s.Dropped, s.Rejected, s.Discarded))
	}
	if inShards != s.Written {
		problems = append(problems, fmt.Sprintf("the shards hold %d documents, %d were written", inShards, s.Written))
	}
	if rejects != s.Rejected {
		problems = append(problems, fmt.Sprintf("the rejects file holds %d records, %d were rejected", rejects, s.Rejected))
	}
	if len(problems) == 0 {
		return nil
	}
	return fmt.Errorf("ACCOUNTING MISMATCH, this is a bug in winnow (please report it): %s; no manifest was written",
		strings.Join(problems, "; "))
}

// countsOf returns the manifest counts of a run's statistics.
func countsOf(s pipeline.Stats) corpus.Counts {
	return corpus.Counts{
		Read: s.Read, Written: s.Written, Dropped: s.Dropped,
		DroppedBy: s.DroppedBy, Rejected: s.Rejected, Truncated: s.Truncated,
	}
}

// stageStats returns the per-stage totals of a run's statistics.
func stageStats(s pipeline.Stats) []corpus.StageStat {
	out := make([]corpus.StageStat, 0, len(s.Stages))
	for _, st := range s.Stages {
		out = append(out, corpus.StageStat{
			Name: st.Name, Documents: st.Documents, Paragraphs: st.Paragraphs,
			Bytes: st.Bytes, Dropped: st.Dropped, Seconds: st.Time.Seconds(),
		})
	}
	return out
}

// cleanStages is the clean pipeline: normalise, split, classify, keep;
// plain makes the clean text of the paragraphs' plain texts
// (classify.PlainTexts).
func cleanStages(c classify.Classifier, keep corpus.LabelSet, plain bool) []stages.Stage {
	k := filter.Keep{Labels: keep}
	if plain {
		k.Text = classify.PlainTexts
	}
	return []stages.Stage{
		htmlsplit.Stage{},
		normalize.Stage{},
		split.Stage{},
		classify.Stage{C: c},
		k,
	}
}

// resolveInputs turns the INPUT arguments into inputs; no arguments means
// the built-in sample.
func resolveInputs(paths []string, stdin io.Reader) ([]corpus.Input, []string, error) {
	if len(paths) == 0 {
		in, err := corpus.FSInputs(sampleFS, "sample")
		if err != nil {
			return nil, nil, fmt.Errorf("built-in sample: %w", err)
		}
		return in, nil, nil
	}
	var files []string
	var inputs []corpus.Input
	var skipped []string
	flush := func() error {
		if len(files) == 0 {
			return nil
		}
		in, sk, err := corpus.FileInputs(files)
		if err != nil {
			return err
		}
		inputs = append(inputs, in...)
		skipped = append(skipped, sk...)
		files = nil
		return nil
	}
	stdinUsed := false
	for _, p := range paths {
		if p != "-" {
			files = append(files, p)
			continue
		}
		if stdinUsed {
			return nil, nil, usagef(`"-" (stdin) given twice`)
		}
		stdinUsed = true
		if err := flush(); err != nil {
			return nil, nil, err
		}
		inputs = append(inputs, corpus.StdinInput(stdin))
	}
	if err := flush(); err != nil {
		return nil, nil, err
	}
	return inputs, skipped, nil
}

// parseLabels parses a comma-separated label list.
func parseLabels(s string) (corpus.LabelSet, []string, error) {
	var set corpus.LabelSet
	var names []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		l, err := corpus.ParseLabel(part)
		if err != nil {
			return 0, nil, err
		}
		if !set.Has(l) {
			names = append(names, l.String())
		}
		set |= corpus.NewLabelSet(l)
	}
	if set == 0 {
		return 0, nil, errors.New("no labels given")
	}
	return set, names, nil
}
