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
	"strings"
	"time"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/filter"
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
	Inputs         []string `json:"inputs"`
	Output         string   `json:"output"`
	Workers        int      `json:"workers"`
	Annotate       bool     `json:"annotate"`
	Keep           []string `json:"keep"`
	Classifier     string   `json:"classifier"`
	Focus          string   `json:"focus"`
	TextField      string   `json:"text_field"`
	IDField        string   `json:"id_field"`
	URLField       string   `json:"url_field"`
	MaxRecordBytes int      `json:"max_record_bytes"`
	MaxShardBytes  int64    `json:"max_shard_bytes"`
	Strict         bool     `json:"strict"`
}

func cmdClean(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("winnow clean", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfg := cleanConfig{}
	var keep string
	var overwrite, quiet bool
	fs.StringVar(&cfg.Output, "o", "winnow-out", "output `DIR`")
	fs.IntVar(&cfg.Workers, "workers", runtime.NumCPU(), "number of documents processed at once")
	fs.BoolVar(&cfg.Annotate, "annotate", false, "also write every paragraph with its label and score")
	fs.StringVar(&keep, "keep", "body", "comma-separated `LABELS` kept in the clean text (body, bio, promo, comment, chrome)")
	fs.StringVar(&cfg.Classifier, "classifier", "model", classifierHelp)
	fs.StringVar(&cfg.Focus, "focus", "balanced", "body threshold of the learned model: precision (keep less, cleaner), balanced, or recall (keep more)")
	fs.StringVar(&cfg.TextField, "text-field", "text", "JSONL field holding the text")
	fs.StringVar(&cfg.IDField, "id-field", "id", "JSONL field holding the document id")
	fs.StringVar(&cfg.URLField, "url-field", "url", "JSONL field holding the page URL")
	fs.IntVar(&cfg.MaxRecordBytes, "max-record-bytes", corpus.DefaultMaxRecordBytes, "reject records larger than this (uncompressed)")
	fs.Int64Var(&cfg.MaxShardBytes, "shard-bytes", corpus.DefaultMaxShardBytes, "start a new shard after this many uncompressed bytes")
	fs.BoolVar(&cfg.Strict, "strict", false, "exit with status 1 if any record is rejected")
	fs.BoolVar(&overwrite, "overwrite", false, "replace the output of an earlier run in DIR")
	fs.BoolVar(&quiet, "q", false, "print no summary")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: winnow clean [flags] [INPUT...]

Cleans scraped articles into compressed JSONL shards in DIR.
INPUT is a file or a directory (walked recursively, sorted by path). Formats by
extension: .txt (one article per file), .jsonl/.ndjson (one JSON object per
line), each optionally .gz or .zst; "-" reads JSONL from stdin. Without INPUT,
the built-in sample (two scraped articles) is cleaned.

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
	if cfg.MaxRecordBytes < 1 {
		return usagef("--max-record-bytes must be positive")
	}
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
	}
	for _, s := range skipped {
		fmt.Fprintf(e.stderr, "winnow: skipping %s: not a .txt, .jsonl or .ndjson file\n", s)
	}

	if !overwrite {
		if _, err := os.Stat(cfg.Output + "/" + corpus.ManifestFile); err == nil {
			return fmt.Errorf("%s already holds the output of a run: choose another -o or pass --overwrite", cfg.Output)
		}
	}
	shards, err := corpus.NewShardWriter(cfg.Output, corpus.ShardOptions{
		MaxShardBytes: cfg.MaxShardBytes,
		Annotate:      cfg.Annotate,
		Overwrite:     overwrite,
	})
	if err != nil {
		return fmt.Errorf("open output: %w", err)
	}
	rejects, err := corpus.NewRejectWriter(cfg.Output)
	if err != nil {
		_ = shards.Abort()
		return fmt.Errorf("open output: %w", err)
	}
	reader := corpus.NewMultiReader(inputs, corpus.ReadOptions{
		TextField: cfg.TextField, IDField: cfg.IDField, URLField: cfg.URLField,
		MaxRecordBytes: cfg.MaxRecordBytes,
	})
	defer reader.Close()

	var progress *progressLine
	opts := []pipeline.Option{
		pipeline.WithWorkers(cfg.Workers),
		pipeline.WithRejects(func(re *corpus.RecordError) error {
			if !quiet {
				fmt.Fprintf(e.stderr, "winnow: rejected %v\n", re)
			}
			return rejects.Write(re)
		}),
	}
	if !quiet && isTerminal(e.stderr) {
		progress = &progressLine{w: e.stderr}
		opts = append(opts, pipeline.WithProgress(progress.update))
	}
	stageList := cleanStages(classifier, keepSet)
	start := time.Now()
	stats, runErr := pipeline.Run(ctx, reader, shards, stageList, opts...)
	progress.done()
	if runErr != nil {
		_ = shards.Abort()
		_ = rejects.Abort()
		if errors.Is(runErr, context.Canceled) {
			return &exitStatusError{code: exitFatal, msg: "interrupted: no output was published (shards of this run were removed)"}
		}
		return fmt.Errorf("clean: %w", runErr)
	}
	if err := shards.Close(); err != nil {
		_ = rejects.Abort()
		return fmt.Errorf("write shards: %w", err)
	}
	if err := rejects.Close(); err != nil {
		return fmt.Errorf("write rejects: %w", err)
	}
	elapsed := time.Since(start)

	cfgJSON, err := json.Marshal(cfg)
	if err != nil {
		return fmt.Errorf("encode configuration: %w", err)
	}
	counts := corpus.Counts{
		Read: stats.Read, Written: stats.Written, Dropped: stats.Dropped,
		DroppedBy: stats.DroppedBy, Rejected: stats.Rejected,
	}
	m := &corpus.Manifest{
		Tool: "winnow", Version: version, Config: cfgJSON, Inputs: cfg.Inputs,
		Shards: shards.Shards(), Rejects: corpus.RejectsFile, Counts: counts,
	}
	runStats := &corpus.Stats{Seconds: elapsed.Seconds(), Workers: cfg.Workers}
	for _, st := range stats.Stages {
		runStats.Stages = append(runStats.Stages, corpus.StageStat{
			Name: st.Name, Documents: st.Documents, Paragraphs: st.Paragraphs,
			Bytes: st.Bytes, Seconds: st.Time.Seconds(),
		})
	}
	if err := corpus.WriteStats(cfg.Output, runStats); err != nil {
		return err
	}
	// The manifest goes last: its presence marks a complete output directory.
	if err := corpus.WriteManifest(cfg.Output, m); err != nil {
		return err
	}
	if !counts.Balanced() {
		return fmt.Errorf("accounting mismatch (this is a bug): read %d != written %d + dropped %d + rejected %d",
			counts.Read, counts.Written, counts.Dropped, counts.Rejected)
	}
	if !quiet {
		printSummary(e.stderr, cfg.Output, stats, elapsed)
	}
	if cfg.Strict && stats.Rejected > 0 {
		return &exitStatusError{code: exitFatal, msg: fmt.Sprintf("--strict: %d record(s) rejected, see %s/%s", stats.Rejected, cfg.Output, corpus.RejectsFile)}
	}
	return nil
}

// cleanStages is the clean pipeline: normalise, split, classify, keep.
func cleanStages(c classify.Classifier, keep corpus.LabelSet) []stages.Stage {
	return []stages.Stage{
		normalize.Stage{},
		split.Stage{},
		classify.Stage{C: c},
		filter.Keep{Labels: keep},
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
