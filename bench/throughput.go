package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
)

// Throughput measurement: how fast the clean pipeline turns input bytes into
// shards, compared with the floor of the same machine, on the same bytes:
// reading the input and compressing it with zstd at its fastest level on one
// core. The functions here measure one configuration each; winnow bench runs
// them (each in its own child process, so that peak memory does not carry
// over) and assembles a ThroughputReport.

// StageTime is the time one part of a run took, summed over workers.
type StageTime struct {
	// Name is "read", a stage's name (normalize, split, classify, keep) or
	// "write" (record encoding, compression and file output).
	Name string `json:"name"`
	// Seconds is the time spent, summed over all goroutines doing it.
	Seconds float64 `json:"seconds"`
	// Share is Seconds over the sum of all parts' Seconds.
	Share float64 `json:"share"`
}

// Measurement is the outcome of one measured configuration.
type Measurement struct {
	// Name is "floor" for the floor, else the classifier's name.
	Name string `json:"name"`
	// Workers is the number of pipeline workers (1 for the floor).
	Workers int `json:"workers"`
	// Scale is how many times the input was read (1, or 4 for the memory check).
	Scale int `json:"scale"`
	// InputBytes is the size of the uncompressed input stream (JSONL bytes),
	// the bytes MB/s is computed on. The floor counts them; pipeline runs of
	// the same report copy the floor's count.
	InputBytes int64 `json:"input_bytes"`
	// TextBytes sums the documents' raw text (pipeline runs only).
	TextBytes int64 `json:"text_bytes,omitempty"`
	// OutputBytes is the size of the compressed output.
	OutputBytes int64 `json:"output_bytes"`
	// Documents counts the documents read.
	Documents int64 `json:"documents"`
	// Seconds is the wall time of the run, from opening the input to the
	// output being synced and closed.
	Seconds float64 `json:"seconds"`
	// RunSeconds lists the wall time of every repetition; Seconds is their
	// median and the other fields come from the median run.
	RunSeconds []float64 `json:"run_seconds,omitempty"`
	// CPUSeconds is the CPU time (user + system, all threads) the process
	// spent on the run; 0 when unknown. Unlike Seconds it hardly changes
	// when other work shares the machine.
	CPUSeconds float64 `json:"cpu_seconds"`
	// MBPerCPUSecond is InputBytes / CPUSeconds in MB.
	MBPerCPUSecond float64 `json:"mb_per_cpu_s"`
	// DocsPerCPUSecond is Documents / CPUSeconds (pages per CPU-second for
	// the HTML runs); 0 when CPUSeconds is unknown.
	DocsPerCPUSecond float64 `json:"docs_per_cpu_s,omitempty"`
	// MBps is InputBytes / Seconds in MB (10^6 bytes) per second.
	MBps float64 `json:"mb_per_s"`
	// DocsPerSec is Documents / Seconds.
	DocsPerSec float64 `json:"docs_per_s"`
	// Stages splits the work by part; see StageTime.
	Stages []StageTime `json:"stages,omitempty"`
	// PeakRSS is the peak resident set size in bytes (VmHWM) of the process
	// that ran the configuration; 0 when unknown.
	PeakRSS int64 `json:"peak_rss_bytes"`
	// RSSIsolated is true when the peak belongs to this configuration alone
	// (a child process, or an in-process run after resetting the peak).
	RSSIsolated bool `json:"rss_isolated"`
	// Allocs and AllocBytes count heap allocations during the run.
	Allocs     uint64 `json:"allocs"`
	AllocBytes uint64 `json:"alloc_bytes"`
	// AllocsPerDoc is Allocs / Documents.
	AllocsPerDoc float64 `json:"allocs_per_doc"`
	// RatioToFloor is MBps over the floor's MBps.
	RatioToFloor float64 `json:"ratio_to_floor,omitempty"`
	// SpeedUp is MBps over the one-worker MBps of the same classifier (and,
	// for HTML runs, the same Format).
	SpeedUp float64 `json:"speed_up,omitempty"`

	// The fields below are set for HTML runs only (see MeasureHTML), where
	// InputBytes is the uncompressed HTML and Documents counts pages.

	// Format is FormatHTMLFiles or FormatWARCFile; empty for the text runs.
	Format string `json:"format,omitempty"`
	// CompressedBytes sums the sizes of the input files read (gzip'd).
	CompressedBytes int64 `json:"compressed_input_bytes,omitempty"`
	// CompressedMBps is CompressedBytes / Seconds in MB.
	CompressedMBps float64 `json:"compressed_mb_per_s,omitempty"`
	// RatioToGoTrafilatura is DocsPerSec (pages/s) over
	// GoTrafilaturaPagesPerSec.
	RatioToGoTrafilatura float64 `json:"ratio_to_go_trafilatura,omitempty"`
}

// finish fills the derived rates from InputBytes, Documents and Seconds.
func (m *Measurement) finish() {
	if m.Seconds > 0 {
		m.MBps = float64(m.InputBytes) / 1e6 / m.Seconds
		m.DocsPerSec = float64(m.Documents) / m.Seconds
		m.CompressedMBps = float64(m.CompressedBytes) / 1e6 / m.Seconds
	}
	if m.CPUSeconds > 0 {
		m.MBPerCPUSecond = float64(m.InputBytes) / 1e6 / m.CPUSeconds
		m.DocsPerCPUSecond = float64(m.Documents) / m.CPUSeconds
	}
	if m.Documents > 0 {
		m.AllocsPerDoc = float64(m.Allocs) / float64(m.Documents)
	}
	var total float64
	for _, s := range m.Stages {
		total += s.Seconds
	}
	for i := range m.Stages {
		if total > 0 {
			m.Stages[i].Share = m.Stages[i].Seconds / total
		}
	}
}

// SetInputBytes sets InputBytes and recomputes MBps.
func (m *Measurement) SetInputBytes(n int64) {
	m.InputBytes = n
	m.finish()
}

// memSnapshot reads the allocation counters after a collection, so that a
// run's allocations can be told apart from what came before.
func memSnapshot() runtime.MemStats {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms
}

// PeakRSS returns the process's peak resident set size in bytes, read from
// VmHWM in /proc/self/status (Linux only).
func PeakRSS() (int64, error) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, fmt.Errorf("peak RSS: %w", err)
	}
	for line := range strings.Lines(string(data)) {
		rest, ok := strings.CutPrefix(line, "VmHWM:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) != 2 || f[1] != "kB" {
			break
		}
		kb, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("peak RSS: parse %q: %w", strings.TrimSpace(line), err)
		}
		return kb << 10, nil
	}
	return 0, errors.New("peak RSS: no VmHWM line in /proc/self/status")
}

// LoadAverage returns the one-minute load average from /proc/loadavg
// (Linux only).
func LoadAverage() (float64, error) {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0, fmt.Errorf("load average: %w", err)
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return 0, errors.New("load average: /proc/loadavg is empty")
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return 0, fmt.Errorf("load average: %w", err)
	}
	return v, nil
}

// ResetPeakRSS returns memory to the operating system and resets the
// process's peak RSS to its current RSS (writing 5 to /proc/self/clear_refs,
// Linux 4.0 and later), so that a later PeakRSS describes what came after.
func ResetPeakRSS() error {
	debug.FreeOSMemory()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		return fmt.Errorf("reset peak RSS: %w", err)
	}
	return nil
}

// PrepareArticleInput writes the page texts of an article-extraction
// benchmark directory (page-text.json; see LoadArticleBenchmark) to w as
// JSONL records {"id", "url", "text"}, in key order, repeating the pages
// until at least target bytes are written. Repetition r > 0 gives ids
// "KEY#r", so every id is distinct. It returns the documents and bytes
// written.
func PrepareArticleInput(dir string, target int64, w io.Writer) (docs int, n int64, err error) {
	b, err := LoadArticleBenchmark(dir)
	if err != nil {
		return 0, 0, fmt.Errorf("benchmark input: %w", err)
	}
	type record struct {
		ID   string `json:"id"`
		URL  string `json:"url,omitempty"`
		Text string `json:"text"`
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	cw := &countWriter{w: bw}
	enc := json.NewEncoder(cw)
	enc.SetEscapeHTML(false)
	for rep := 0; n == 0 || cw.n < target; rep++ {
		for _, k := range b.Keys {
			id := k
			if rep > 0 {
				id = k + "#" + strconv.Itoa(rep)
			}
			if err := enc.Encode(record{ID: id, URL: b.URL[k], Text: b.PageText[k]}); err != nil {
				return docs, cw.n, fmt.Errorf("benchmark input: %w", err)
			}
			docs++
		}
		n = cw.n
	}
	if err := bw.Flush(); err != nil {
		return docs, cw.n, fmt.Errorf("benchmark input: %w", err)
	}
	return docs, cw.n, nil
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

// Write implements io.Writer.
func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// openDecoded opens an input and returns its uncompressed bytes, detecting
// gzip and zstd by their magic numbers as the corpus reader does.
func openDecoded(in corpus.Input) (io.Reader, func(), error) {
	if in.Open == nil {
		return nil, nil, fmt.Errorf("open %s: input has no Open function", in.Name)
	}
	rc, err := in.Open()
	if err != nil {
		return nil, nil, fmt.Errorf("open %s: %w", in.Name, err)
	}
	br := bufio.NewReaderSize(rc, 1<<16)
	magic, _ := br.Peek(4)
	switch {
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		gz, err := gzip.NewReader(br)
		if err != nil {
			rc.Close()
			return nil, nil, fmt.Errorf("open %s: %w", in.Name, err)
		}
		return gz, func() { gz.Close(); rc.Close() }, nil
	case len(magic) == 4 && string(magic) == "\x28\xb5\x2f\xfd":
		zd, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1))
		if err != nil {
			rc.Close()
			return nil, nil, fmt.Errorf("open %s: %w", in.Name, err)
		}
		return zd, func() { zd.Close(); rc.Close() }, nil
	}
	return br, func() { rc.Close() }, nil
}

var newline = []byte{'\n'}

// MeasureFloor measures the floor on inputs: it reads every input (through
// gzip or zstd when compressed) and compresses the bytes with klauspost zstd
// at its fastest level, one goroutine and WithEncoderConcurrency(1), into a
// file in scratchDir that is synced, closed and removed, as a shard is. The
// measurement counts the uncompressed input bytes (InputBytes).
func MeasureFloor(ctx context.Context, inputs []corpus.Input, scratchDir string) (Measurement, error) {
	m := Measurement{Name: "floor", Workers: 1, Scale: 1}
	before := memSnapshot()
	cpu0 := processCPU()
	start := time.Now()
	path := filepath.Join(scratchDir, "floor.zst")
	f, err := os.Create(path)
	if err != nil {
		return m, fmt.Errorf("floor: %w", err)
	}
	defer os.Remove(path)
	out := &countWriter{w: f}
	fc, err := floorCopy(ctx, inputs, out)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return m, fmt.Errorf("floor: %w", err)
	}
	m.Seconds = time.Since(start).Seconds()
	m.CPUSeconds = (processCPU() - cpu0).Seconds()
	after := memSnapshot()
	m.InputBytes, m.Documents, m.OutputBytes = fc.bytes, fc.docs, out.n
	m.Allocs = after.Mallocs - before.Mallocs
	m.AllocBytes = after.TotalAlloc - before.TotalAlloc
	m.Stages = []StageTime{
		{Name: "read", Seconds: fc.read.Seconds()},
		{Name: "write", Seconds: max(m.Seconds-fc.read.Seconds(), 0)},
	}
	m.finish()
	return m, nil
}

// floorCount is what floorCopy read.
type floorCount struct {
	bytes, docs int64
	read        time.Duration
}

// floorCopy reads inputs and writes them to w compressed with zstd at its
// fastest level on one goroutine. It counts the bytes, the documents (lines
// of JSONL inputs, one per text input) and the time spent reading.
func floorCopy(ctx context.Context, inputs []corpus.Input, w io.Writer) (floorCount, error) {
	var fc floorCount
	enc, err := zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return fc, fmt.Errorf("zstd encoder: %w", err)
	}
	buf := make([]byte, 1<<16)
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return fc, err
		}
		r, closeIn, err := openDecoded(in)
		if err != nil {
			return fc, err
		}
		for {
			t0 := time.Now()
			n, rerr := r.Read(buf)
			fc.read += time.Since(t0)
			if n > 0 {
				fc.bytes += int64(n)
				if in.Format == corpus.FormatJSONL {
					fc.docs += int64(bytes.Count(buf[:n], newline))
				}
				if _, err := enc.Write(buf[:n]); err != nil {
					closeIn()
					return fc, fmt.Errorf("compress: %w", err)
				}
			}
			if rerr == io.EOF {
				break
			}
			if rerr != nil {
				closeIn()
				return fc, fmt.Errorf("read %s: %w", in.Name, rerr)
			}
		}
		closeIn()
		if in.Format == corpus.FormatText {
			fc.docs++
		}
	}
	if err := enc.Close(); err != nil {
		return fc, fmt.Errorf("compress: %w", err)
	}
	return fc, nil
}

// PipelineRun describes one measured run of the clean pipeline.
type PipelineRun struct {
	// Name labels the run, usually the classifier's name.
	Name string
	// Inputs are read in order, as winnow clean reads them.
	Inputs []corpus.Input
	// Read configures the reader.
	Read corpus.ReadOptions
	// Stages is the clean pipeline (normalise, split, classify, keep).
	Stages []stages.Stage
	// Workers is the number of pipeline workers.
	Workers int
	// OutDir receives the shards; it is emptied after the run.
	OutDir string
	// Shards configures the shard writer (zero value: as winnow clean).
	Shards corpus.ShardOptions
}

// timedReader and timedWriter add up the time spent reading and writing.
type timedReader struct {
	r corpus.Reader
	d time.Duration
}

func (t *timedReader) Next(ctx context.Context) (*corpus.Document, error) {
	t0 := time.Now()
	d, err := t.r.Next(ctx)
	t.d += time.Since(t0)
	return d, err
}

type timedWriter struct {
	w corpus.Writer
	d time.Duration
}

func (t *timedWriter) Write(ctx context.Context, d *corpus.Document) error {
	t0 := time.Now()
	err := t.w.Write(ctx, d)
	t.d += time.Since(t0)
	return err
}

func (t *timedWriter) Close() error {
	t0 := time.Now()
	err := t.w.Close()
	t.d += time.Since(t0)
	return err
}

// MeasurePipeline runs the clean pipeline once, as winnow clean does
// (MultiReader → stages on Workers workers → zstd shards, synced and
// renamed), and measures it. InputBytes is left 0: the caller sets it from
// the floor's count of the same inputs (SetInputBytes).
func MeasurePipeline(ctx context.Context, pr PipelineRun) (Measurement, error) {
	m := Measurement{Name: pr.Name, Workers: pr.Workers, Scale: 1}
	if err := os.MkdirAll(pr.OutDir, 0o755); err != nil {
		return m, fmt.Errorf("pipeline run: %w", err)
	}
	opts := pr.Shards
	opts.Overwrite = true
	before := memSnapshot()
	cpu0 := processCPU()
	start := time.Now()
	sw, err := corpus.NewShardWriter(pr.OutDir, opts)
	if err != nil {
		return m, fmt.Errorf("pipeline run: %w", err)
	}
	r := &timedReader{r: corpus.NewMultiReader(pr.Inputs, pr.Read)}
	w := &timedWriter{w: sw}
	st, err := pipeline.Run(ctx, r, w, pr.Stages, pipeline.WithWorkers(pr.Workers))
	if err != nil {
		_ = sw.Abort()
		return m, fmt.Errorf("pipeline run (%s, %d workers): %w", pr.Name, pr.Workers, err)
	}
	if err := w.Close(); err != nil {
		return m, fmt.Errorf("pipeline run: close shards: %w", err)
	}
	m.Seconds = time.Since(start).Seconds()
	m.CPUSeconds = (processCPU() - cpu0).Seconds()
	after := memSnapshot()
	m.Documents = st.Read
	m.TextBytes = st.BytesIn
	m.Allocs = after.Mallocs - before.Mallocs
	m.AllocBytes = after.TotalAlloc - before.TotalAlloc
	for _, sh := range sw.Shards() {
		m.OutputBytes += sh.CompressedBytes
		_ = os.Remove(filepath.Join(pr.OutDir, sh.Name))
	}
	m.Stages = append(m.Stages, StageTime{Name: "read", Seconds: r.d.Seconds()})
	for _, s := range st.Stages {
		m.Stages = append(m.Stages, StageTime{Name: s.Name, Seconds: s.Time.Seconds()})
	}
	m.Stages = append(m.Stages, StageTime{Name: "write", Seconds: w.d.Seconds()})
	m.finish()
	return m, nil
}

// ReadTexts reads documents from inputs and returns their raw texts, up to
// about limit bytes in all.
func ReadTexts(ctx context.Context, inputs []corpus.Input, opts corpus.ReadOptions, limit int64) ([]string, error) {
	r := corpus.NewMultiReader(inputs, opts)
	defer r.Close()
	var texts []string
	var n int64
	for n < limit {
		d, err := r.Next(ctx)
		if err == io.EOF {
			break
		}
		if _, ok := corpus.AsRecordError(err); ok {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read texts: %w", err)
		}
		texts = append(texts, string(d.Raw))
		n += int64(len(d.Raw))
	}
	if n == 0 {
		return nil, errors.New("read texts: the input has no text")
	}
	return texts, nil
}

// ChopDocuments concatenates texts (separated by a blank line, cycling
// through them as often as needed) and cuts the stream into documents of
// about size bytes each, at least total bytes in all. A document ends at its
// last line break when that is in its second half (the rest of the line is
// skipped), and never inside a UTF-8 character.
func ChopDocuments(texts []string, size int, total int64) []string {
	if size <= 0 || len(texts) == 0 {
		return nil
	}
	if !slices.ContainsFunc(texts, func(t string) bool { return t != "" }) {
		return nil
	}
	var docs []string
	var cur strings.Builder
	var n int64
	ti, off := 0, 0
	for n < total {
		cur.Reset()
		for cur.Len() < size {
			t := texts[ti%len(texts)]
			if off == 0 && cur.Len() > 0 {
				if cur.Len()+3 > size {
					break
				}
				cur.WriteString("\n\n")
			}
			take := min(len(t)-off, size-cur.Len())
			for take > 0 && off+take < len(t) && !utf8.RuneStart(t[off+take]) {
				take-- // never split a character
			}
			if take == 0 && off < len(t) {
				if cur.Len() > 0 {
					break
				}
				_, take = utf8.DecodeRuneInString(t[off:])
			}
			cur.WriteString(t[off : off+take])
			off += take
			if off >= len(t) {
				ti++
				off = 0
			}
		}
		doc := cur.String()
		if cut := strings.LastIndexByte(doc, '\n'); cut > len(doc)/2 {
			doc = doc[:cut]
		}
		if doc == "" {
			break
		}
		docs = append(docs, doc)
		n += int64(len(doc))
	}
	return docs
}

// SizePoint is the cost of the pipeline on documents of one size.
type SizePoint struct {
	// Size is the target document size in bytes.
	Size int `json:"size"`
	// Documents is how many documents of that size were run.
	Documents int `json:"documents"`
	// Bytes sums the documents' lengths.
	Bytes int64 `json:"bytes"`
	// Seconds is the median wall time of the runs.
	Seconds float64 `json:"seconds"`
	// MsPerMB is Seconds per MB (10^6 bytes) of text, in milliseconds.
	MsPerMB float64 `json:"ms_per_mb"`
	// PeakRSS is the peak RSS in bytes of the process that ran the size,
	// which also holds the documents in memory; 0 when unknown.
	PeakRSS int64 `json:"peak_rss_bytes"`
}

// MeasureDocSize runs the clean pipeline (one worker, shards written to
// outDir) over docs held in memory, repeat times, and returns the median
// time per MB.
func MeasureDocSize(ctx context.Context, size int, docs []string, sts []stages.Stage, outDir string, repeat int) (SizePoint, error) {
	p := SizePoint{Size: size, Documents: len(docs)}
	for _, d := range docs {
		p.Bytes += int64(len(d))
	}
	var secs []float64
	for range max(repeat, 1) {
		sw, err := corpus.NewShardWriter(outDir, corpus.ShardOptions{Overwrite: true})
		if err != nil {
			return p, fmt.Errorf("document size %d: %w", size, err)
		}
		runtime.GC()
		start := time.Now()
		if _, err := pipeline.Run(ctx, &textReader{texts: docs}, sw, sts, pipeline.WithWorkers(1)); err != nil {
			_ = sw.Abort()
			return p, fmt.Errorf("document size %d: %w", size, err)
		}
		if err := sw.Close(); err != nil {
			return p, fmt.Errorf("document size %d: %w", size, err)
		}
		secs = append(secs, time.Since(start).Seconds())
		for _, sh := range sw.Shards() {
			_ = os.Remove(filepath.Join(outDir, sh.Name))
		}
	}
	p.Seconds = median(secs)
	if p.Bytes > 0 {
		p.MsPerMB = p.Seconds * 1e3 / (float64(p.Bytes) / 1e6)
	}
	return p, nil
}

// textReader yields one document per text, made when asked for and not
// kept afterwards, so that memory holds only the documents in flight, as
// with a real reader.
type textReader struct {
	texts []string
	next  int
}

// Next implements corpus.Reader.
func (r *textReader) Next(ctx context.Context) (*corpus.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if r.next >= len(r.texts) {
		return nil, io.EOF
	}
	i := r.next
	r.next++
	return &corpus.Document{ID: "size-" + strconv.Itoa(i), Seq: int64(i), Raw: []byte(r.texts[i])}, nil
}

// median returns the median of xs (the mean of the middle two for an even
// count); 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// MedianRun returns the repetition with the median wall time (the lower
// middle one for an even count), with RunSeconds listing every
// repetition's time.
func MedianRun(runs []Measurement) Measurement {
	if len(runs) == 0 {
		return Measurement{}
	}
	s := slices.Clone(runs)
	slices.SortStableFunc(s, func(a, b Measurement) int {
		switch {
		case a.Seconds < b.Seconds:
			return -1
		case a.Seconds > b.Seconds:
			return 1
		}
		return 0
	})
	m := s[(len(s)-1)/2]
	m.RunSeconds = nil
	for _, r := range runs {
		m.RunSeconds = append(m.RunSeconds, r.Seconds)
	}
	m.Stages = slices.Clone(m.Stages)
	return m
}
