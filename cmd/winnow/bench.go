package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/winnowhq/winnow/bench"
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/classify"
)

// benchChildFlag is the hidden first argument of "winnow bench" that makes
// the process measure one configuration and print it as JSON: winnow bench
// re-executes itself this way so that each configuration's peak RSS is its
// own.
const benchChildFlag = "-child"

// benchSpec is one configuration measured in a child process.
type benchSpec struct {
	// Kind is "floor", "pipeline", or bench.FormatHTMLFiles ("html": the
	// HTML pages of the files or directories in Inputs) or
	// bench.FormatWARCFile ("warc": the WARC files in Inputs), both run
	// through the clean pipeline.
	Kind       string   `json:"kind"`
	Inputs     []string `json:"inputs"`
	Classifier string   `json:"classifier,omitempty"`
	Workers    int      `json:"workers,omitempty"`
	// Scale is how many times the inputs are read (the memory check, and
	// the passes over the page set of the HTML runs).
	Scale     int    `json:"scale,omitempty"`
	Scratch   string `json:"scratch"`
	TextField string `json:"text_field,omitempty"`
	IDField   string `json:"id_field,omitempty"`
}

// benchConfig holds the flags of winnow bench.
type benchConfig struct {
	out        string
	articles   string
	sizeMB     float64
	workers    []int
	classifier []string
	repeat     int
	memcheck   bool
	docSizes   []int
	sampleMB   float64
	inProcess  bool
	scratch    string
	textField  string
	idField    string
	html       bool
	htmlDir    string
	htmlPages  int
	warc       bool
}

func cmdBench(ctx context.Context, e env, args []string) error {
	if len(args) > 0 && args[0] == benchChildFlag {
		if len(args) != 2 {
			return usagef("bench %s needs one JSON argument", benchChildFlag)
		}
		return benchChild(ctx, e, args[1])
	}
	fs := flag.NewFlagSet("winnow bench", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var cfg benchConfig
	var workers, classifiers, docSizes string
	defWorkers := make([]string, runtime.NumCPU())
	for i := range defWorkers {
		defWorkers[i] = strconv.Itoa(i + 1)
	}
	fs.StringVar(&cfg.out, "o", "winnow-bench", "output `DIR` for bench.json and bench.svg")
	fs.StringVar(&cfg.articles, "article-extraction", filepath.Join("..", "shared", "benchmarks", "article-extraction"),
		"benchmark `DIR` whose page-text.json makes the default input (used without INPUT)")
	fs.Float64Var(&cfg.sizeMB, "size-mb", 100, "size of the default input in MB: the benchmark's pages repeated with distinct ids")
	fs.StringVar(&workers, "workers", strings.Join(defWorkers, ","), "comma-separated worker `COUNTS` to run")
	fs.StringVar(&classifiers, "classifier", "model,rules", "comma-separated `CLASSIFIERS` to run (the first is the default, which the targets use)")
	fs.IntVar(&cfg.repeat, "repeat", 3, "runs per configuration; the median run is reported")
	fs.BoolVar(&cfg.memcheck, "memcheck", true, "also run the default classifier on the input read 4 times and compare peak RSS")
	fs.StringVar(&docSizes, "doc-sizes", "1000,10000,100000,10000000", "comma-separated document `SIZES` in bytes for the cost-by-size table (empty: skip)")
	fs.Float64Var(&cfg.sampleMB, "doc-size-mb", 20, "MB of text run for each document size")
	fs.BoolVar(&cfg.inProcess, "in-process", false, "run every configuration in this process instead of a child process each (peak RSS is then reset between runs through /proc/self/clear_refs)")
	fs.StringVar(&cfg.scratch, "scratch", "", "`DIR` for the generated input and the shards (default: the system temporary directory)")
	fs.StringVar(&cfg.textField, "text-field", "text", "JSONL field holding the text")
	fs.StringVar(&cfg.idField, "id-field", "id", "JSONL field holding the document id")
	fs.BoolVar(&cfg.html, "html", true, "also run the default classifier on HTML pages (gzip'd HTML files, one page each)")
	fs.StringVar(&cfg.htmlDir, "html-dir", "", "`DIR` of the HTML pages (.html, .html.gz) for the HTML runs (default: the html directory of --article-extraction)")
	fs.IntVar(&cfg.htmlPages, "html-pages", 2000, "pages per HTML run, at least: the page set is read as many whole times as needed")
	fs.BoolVar(&cfg.warc, "warc", true, "with --html, also pack the pages into a gzip'd WARC in the scratch directory and run that")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: winnow bench [flags] [INPUT...]

Measures the clean pipeline's throughput with 1, 2, ... workers against the
floor of this machine: reading the same input and compressing it with zstd at
its fastest level on one core. Prints a table and writes DIR/bench.json and
DIR/bench.svg. Without INPUT the input is the article-extraction benchmark's
page texts as JSONL, repeated to --size-mb with distinct ids.

The HTML runs (--html) clean saved pages with the default classifier, by
default the benchmark's html/*.html.gz (the files read over and over up to
--html-pages pages), and the same pages packed into a gzip'd WARC (--warc),
and report pages/s against go-trafilatura's 55 pages/s on the same pages.

Each configuration runs in a child process (winnow re-executes itself), so the
peak RSS reported is that configuration's own.

Flags:
`)
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if cfg.workers, err = parseInts(workers, 1); err != nil || len(cfg.workers) == 0 {
		return usagef("--workers: want a list of counts of at least 1, got %q", workers)
	}
	if docSizes != "" {
		if cfg.docSizes, err = parseInts(docSizes, 1); err != nil {
			return usagef("--doc-sizes: %v", err)
		}
	}
	for _, c := range strings.Split(classifiers, ",") {
		if c = strings.TrimSpace(c); c != "" {
			cfg.classifier = append(cfg.classifier, c)
		}
	}
	if len(cfg.classifier) == 0 {
		return usagef("--classifier: no classifier given")
	}
	for _, c := range cfg.classifier {
		if _, err := classifierSpec(c).load(classify.Balanced); err != nil {
			return err
		}
	}
	if cfg.repeat < 1 {
		return usagef("--repeat must be at least 1")
	}
	if cfg.htmlPages < 1 {
		return usagef("--html-pages must be at least 1")
	}
	if cfg.sizeMB <= 0 || cfg.sampleMB <= 0 {
		return usagef("--size-mb and --doc-size-mb must be positive")
	}
	for _, p := range paths {
		if p == "-" {
			return usagef("bench reads its input several times: give files, not stdin")
		}
	}
	return runBench(ctx, e, cfg, paths)
}

// parseInts parses a comma-separated list of integers of at least lo.
func parseInts(s string, lo int) ([]int, error) {
	var out []int
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		n, err := strconv.Atoi(part)
		if err != nil || n < lo {
			return nil, fmt.Errorf("bad number %q", part)
		}
		out = append(out, n)
	}
	return out, nil
}

func runBench(ctx context.Context, e env, cfg benchConfig, paths []string) error {
	scratch, err := os.MkdirTemp(cfg.scratch, "winnow-bench-")
	if err != nil {
		return fmt.Errorf("bench: scratch directory: %w", err)
	}
	defer os.RemoveAll(scratch)

	rep := &bench.ThroughputReport{
		GoVersion: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH, NumCPU: runtime.NumCPU(),
		Date: time.Now().UTC().Format(time.RFC3339), Repeat: cfg.repeat, Default: cfg.classifier[0],
		Isolation: "one child process per configuration (VmHWM)",
	}
	if cfg.inProcess {
		rep.Isolation = "in process, peak reset through /proc/self/clear_refs before each configuration"
	}
	rep.LoadBefore, _ = bench.LoadAverage()
	// The HTML input first, so that a missing page directory fails fast.
	html, err := prepareHTMLBench(ctx, cfg, scratch)
	if err != nil {
		return err
	}
	if html != nil {
		rep.HTMLInput = &html.info
	}
	if len(paths) == 0 {
		path := filepath.Join(scratch, "article-extraction.jsonl")
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		docs, n, err := bench.PrepareArticleInput(cfg.articles, int64(cfg.sizeMB*1e6), f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("bench: %w (give INPUT files or --article-extraction DIR)", err)
		}
		paths = []string{path}
		rep.Inputs = []string{filepath.Join(cfg.articles, "page-text.json")}
		rep.Description = fmt.Sprintf("page-text.json as JSONL {id, url, text}, pages repeated to %.1f MB with distinct ids (%d documents)", float64(n)/1e6, docs)
	} else {
		rep.Inputs = paths
	}
	inputs, _, err := corpus.FileInputs(paths)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if len(inputs) == 0 {
		return fmt.Errorf("bench: no input files in %s", strings.Join(paths, ", "))
	}
	names := make([]string, len(inputs))
	for i, in := range inputs {
		names[i] = in.Name
	}

	measure := func(s benchSpec) (bench.Measurement, error) {
		if s.Inputs == nil {
			s.Inputs = names
		}
		s.Scratch, s.TextField, s.IDField = scratch, cfg.textField, cfg.idField
		if cfg.inProcess {
			return benchInProcess(ctx, s)
		}
		return benchInChild(ctx, e, s)
	}

	// Repetitions are interleaved (floor, then every configuration, then
	// again), so that a burst of load from elsewhere hits all rows alike.
	var floors []bench.Measurement
	runs := make(map[string][]bench.Measurement)
	key := func(c string, w int) string { return c + "/" + strconv.Itoa(w) }
	htmlKey := func(s benchSpec) string { return key(s.Kind+":"+s.Classifier, s.Workers) }
	for r := 1; r <= cfg.repeat; r++ {
		fmt.Fprintf(e.stderr, "bench: run %d of %d: floor", r, cfg.repeat)
		m, err := measure(benchSpec{Kind: "floor"})
		if err != nil {
			fmt.Fprintln(e.stderr)
			return err
		}
		floors = append(floors, m)
		for _, c := range cfg.classifier {
			for _, w := range cfg.workers {
				fmt.Fprintf(e.stderr, ", %s×%d", c, w)
				m, err := measure(benchSpec{Kind: "pipeline", Classifier: c, Workers: w})
				if err != nil {
					fmt.Fprintln(e.stderr)
					return err
				}
				runs[key(c, w)] = append(runs[key(c, w)], m)
			}
		}
		for _, spec := range html.specs(cfg) {
			fmt.Fprintf(e.stderr, ", %s×%d", spec.Kind, spec.Workers)
			m, err := measure(spec)
			if err != nil {
				fmt.Fprintln(e.stderr)
				return err
			}
			runs[htmlKey(spec)] = append(runs[htmlKey(spec)], m)
		}
		fmt.Fprintln(e.stderr)
	}
	for _, spec := range html.specs(cfg) {
		rep.HTML = append(rep.HTML, bench.MedianRun(runs[htmlKey(spec)]))
	}
	rep.Floor = bench.MedianRun(floors)
	rep.InputBytes, rep.Documents = rep.Floor.InputBytes, rep.Floor.Documents
	for _, c := range cfg.classifier {
		for _, w := range cfg.workers {
			m := bench.MedianRun(runs[key(c, w)])
			m.SetInputBytes(rep.InputBytes)
			rep.Documents = m.Documents
			rep.Runs = append(rep.Runs, m)
		}
	}
	if cfg.memcheck {
		w := slicesMax(cfg.workers)
		fmt.Fprintf(e.stderr, "bench: memory check: %s×%d on the input read 4 times\n", cfg.classifier[0], w)
		m, err := measure(benchSpec{Kind: "pipeline", Classifier: cfg.classifier[0], Workers: w, Scale: 4})
		if err != nil {
			return err
		}
		m.SetInputBytes(4 * rep.InputBytes)
		rep.Memory = &m
	}
	if len(cfg.docSizes) > 0 {
		fmt.Fprintf(e.stderr, "bench: cost by document size")
		sizes, err := benchDocSizes(ctx, e, cfg, inputs, scratch)
		fmt.Fprintln(e.stderr)
		if err != nil {
			return err
		}
		rep.Sizes = sizes
	}
	rep.LoadAfter, _ = bench.LoadAverage()
	rep.Derive()

	if err := rep.WriteTable(e.stdout); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	var js, svg bytes.Buffer
	if err := rep.WriteJSON(&js); err != nil {
		return err
	}
	if err := rep.WriteSVG(&svg); err != nil {
		return err
	}
	for name, data := range map[string][]byte{"bench.json": js.Bytes(), "bench.svg": svg.Bytes()} {
		if err := os.WriteFile(filepath.Join(cfg.out, name), data, 0o644); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
	}
	fmt.Fprintf(e.stdout, "\nwrote %s and %s\n", filepath.Join(cfg.out, "bench.json"), filepath.Join(cfg.out, "bench.svg"))
	return nil
}

// htmlBench is the input of the HTML runs.
type htmlBench struct {
	info bench.HTMLInput
	// dir holds the pages; warc is the WARC packed from them ("" without
	// --warc).
	dir, warc string
}

// prepareHTMLBench lists the pages of the HTML runs and packs them into a
// WARC in scratch; nil without --html.
func prepareHTMLBench(ctx context.Context, cfg benchConfig, scratch string) (*htmlBench, error) {
	if !cfg.html {
		return nil, nil
	}
	dir := cfg.htmlDir
	if dir == "" {
		dir = filepath.Join(cfg.articles, "html")
	}
	pages, info, err := bench.HTMLPages(dir)
	if err != nil {
		return nil, fmt.Errorf("bench: %w (give --html-dir DIR, or --html=false to skip the HTML runs)", err)
	}
	info.Passes = bench.HTMLPasses(info.Pages, cfg.htmlPages)
	h := &htmlBench{dir: dir}
	if cfg.warc {
		// Page URLs from the benchmark's gold, when there is one.
		var urls map[string]string
		if b, err := bench.LoadArticleBenchmark(cfg.articles); err == nil {
			urls = b.URL
		}
		h.warc = filepath.Join(scratch, "html-pages.warc.gz")
		if info.WARCBytes, err = bench.WriteHTMLWARCFile(ctx, pages, urls, h.warc); err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
	}
	h.info = info
	return h, nil
}

// specs returns the HTML configurations: the pages as files, then as a
// WARC, each with every worker count and the default classifier.
func (h *htmlBench) specs(cfg benchConfig) []benchSpec {
	if h == nil {
		return nil
	}
	var specs []benchSpec
	add := func(kind, input string) {
		for _, w := range cfg.workers {
			specs = append(specs, benchSpec{Kind: kind, Inputs: []string{input}, Classifier: cfg.classifier[0], Workers: w, Scale: h.info.Passes})
		}
	}
	add(bench.FormatHTMLFiles, h.dir)
	if h.warc != "" {
		add(bench.FormatWARCFile, h.warc)
	}
	return specs
}

func slicesMax(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

// benchDocSizes measures the cost per MB for each document size, in this
// process, with the default classifier and one worker.
func benchDocSizes(ctx context.Context, e env, cfg benchConfig, inputs []corpus.Input, scratch string) ([]bench.SizePoint, error) {
	c, err := classifierSpec(cfg.classifier[0]).load(classify.Balanced)
	if err != nil {
		return nil, err
	}
	keep, _, err := parseLabels("body")
	if err != nil {
		return nil, err
	}
	texts, err := bench.ReadTexts(ctx, inputs, corpus.ReadOptions{TextField: cfg.textField, IDField: cfg.idField}, 16e6)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	out := filepath.Join(scratch, "sizes")
	var points []bench.SizePoint
	for _, size := range cfg.docSizes {
		fmt.Fprintf(e.stderr, " %d", size)
		total := max(int64(cfg.sampleMB*1e6), 2*int64(size))
		docs := bench.ChopDocuments(texts, size, total)
		resetErr := bench.ResetPeakRSS()
		p, err := bench.MeasureDocSize(ctx, size, docs, cleanStages(c, keep, false), out, cfg.repeat)
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		if rss, err := bench.PeakRSS(); err == nil && resetErr == nil {
			p.PeakRSS = rss
		}
		points = append(points, p)
	}
	return points, nil
}

// benchInChild measures one configuration in a child process: this winnow
// binary, re-executed as "winnow bench -child SPEC".
func benchInChild(ctx context.Context, e env, s benchSpec) (bench.Measurement, error) {
	exe, err := os.Executable()
	if err != nil {
		return bench.Measurement{}, fmt.Errorf("bench: find the winnow binary to re-execute: %w (or use --in-process)", err)
	}
	spec, err := json.Marshal(s)
	if err != nil {
		return bench.Measurement{}, fmt.Errorf("bench: encode spec: %w", err)
	}
	cmd := exec.CommandContext(ctx, exe, "bench", benchChildFlag, string(spec))
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = e.stderr
	if err := cmd.Run(); err != nil {
		return bench.Measurement{}, fmt.Errorf("bench: child process for %s %s×%d: %w", s.Kind, s.Classifier, s.Workers, err)
	}
	var m bench.Measurement
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		return bench.Measurement{}, fmt.Errorf("bench: child process for %s %s×%d printed no measurement: %w", s.Kind, s.Classifier, s.Workers, err)
	}
	return m, nil
}

// benchChild is the child side: measure the configuration in spec and print
// the measurement as JSON on stdout.
func benchChild(ctx context.Context, e env, spec string) error {
	var s benchSpec
	if err := json.Unmarshal([]byte(spec), &s); err != nil {
		return usagef("bench %s: bad spec: %v", benchChildFlag, err)
	}
	m, err := benchMeasure(ctx, s)
	if err != nil {
		return err
	}
	if m.PeakRSS, err = bench.PeakRSS(); err == nil {
		m.RSSIsolated = true
	}
	if err := json.NewEncoder(e.stdout).Encode(m); err != nil {
		return fmt.Errorf("bench: write measurement: %w", err)
	}
	return nil
}

// benchInProcess measures one configuration in this process, resetting the
// peak RSS first where the system allows it.
func benchInProcess(ctx context.Context, s benchSpec) (bench.Measurement, error) {
	isolated := bench.ResetPeakRSS() == nil
	m, err := benchMeasure(ctx, s)
	if err != nil {
		return m, err
	}
	if rss, err := bench.PeakRSS(); err == nil {
		m.PeakRSS, m.RSSIsolated = rss, isolated
	}
	return m, nil
}

// benchMeasure runs the configuration in spec once, under the soft memory
// limit winnow clean sets by default.
func benchMeasure(ctx context.Context, s benchSpec) (bench.Measurement, error) {
	defer setMemoryLimit(defaultMemoryLimit)()
	files, _, err := corpus.FileInputs(s.Inputs)
	if err != nil {
		return bench.Measurement{}, fmt.Errorf("bench: %w", err)
	}
	switch s.Kind {
	case bench.FormatHTMLFiles:
		files = onlyFormat(files, corpus.FormatHTML)
	case bench.FormatWARCFile:
		files = onlyFormat(files, corpus.FormatWARC)
	}
	scale := max(s.Scale, 1)
	var inputs []corpus.Input
	for range scale {
		inputs = append(inputs, files...)
	}
	switch s.Kind {
	case "floor":
		return bench.MeasureFloor(ctx, inputs, s.Scratch)
	case "pipeline":
		c, err := classifierSpec(s.Classifier).load(classify.Balanced)
		if err != nil {
			return bench.Measurement{}, err
		}
		keep, _, err := parseLabels("body")
		if err != nil {
			return bench.Measurement{}, err
		}
		m, err := bench.MeasurePipeline(ctx, bench.PipelineRun{
			Name:    s.Classifier,
			Inputs:  inputs,
			Read:    corpus.ReadOptions{TextField: s.TextField, IDField: s.IDField},
			Stages:  cleanStages(c, keep, false),
			Workers: s.Workers,
			OutDir:  filepath.Join(s.Scratch, fmt.Sprintf("out-%s-%d-%d", sanitize(s.Classifier), s.Workers, scale)),
		})
		m.Scale = scale
		return m, err
	case bench.FormatHTMLFiles, bench.FormatWARCFile:
		if len(files) == 0 {
			return bench.Measurement{}, fmt.Errorf("bench: no %s input in %s", s.Kind, strings.Join(s.Inputs, ", "))
		}
		c, err := classifierSpec(s.Classifier).load(classify.Balanced)
		if err != nil {
			return bench.Measurement{}, err
		}
		keep, _, err := parseLabels("body")
		if err != nil {
			return bench.Measurement{}, err
		}
		m, err := bench.MeasureHTML(ctx, s.Kind, bench.PipelineRun{
			Name:    s.Classifier,
			Inputs:  inputs,
			Stages:  cleanStages(c, keep, false),
			Workers: s.Workers,
			OutDir:  filepath.Join(s.Scratch, fmt.Sprintf("out-%s-%s-%d", s.Kind, sanitize(s.Classifier), s.Workers)),
		})
		m.Scale = scale
		return m, err
	}
	return bench.Measurement{}, errors.New("bench: unknown configuration kind " + strconv.Quote(s.Kind))
}

// onlyFormat returns the inputs of format f.
func onlyFormat(inputs []corpus.Input, f corpus.Format) []corpus.Input {
	var out []corpus.Input
	for _, in := range inputs {
		if in.Format == f {
			out = append(out, in)
		}
	}
	return out
}

// sanitize keeps a classifier name usable in a file name.
func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, s)
}
