package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"text/tabwriter"
)

// ThroughputReport is the result of winnow bench: the floor, every pipeline
// configuration, the memory check, the cost per document size and the
// verdict on each target.
type ThroughputReport struct {
	// Inputs names what was read; Description says how it was made.
	Inputs      []string `json:"inputs"`
	Description string   `json:"description,omitempty"`
	// InputBytes and Documents describe the input (uncompressed JSONL bytes).
	InputBytes int64 `json:"input_bytes"`
	Documents  int64 `json:"documents"`
	// Environment of the run.
	GoVersion string `json:"go_version"`
	OS        string `json:"os"`
	Arch      string `json:"arch"`
	NumCPU    int    `json:"num_cpu"`
	Date      string `json:"date"`
	// Repeat is how many times each configuration ran; figures are of the
	// median run.
	Repeat int `json:"repeat"`
	// Isolation says how peak RSS was isolated per configuration.
	Isolation string `json:"isolation"`
	// LoadBefore and LoadAfter are the one-minute load averages when the
	// run started and ended (0 when unknown): a load above zero means other
	// work shared the machine and wall-clock figures are pessimistic.
	LoadBefore float64 `json:"load_before"`
	LoadAfter  float64 `json:"load_after"`
	// Default is the name of the default classifier (the one targets use).
	Default string `json:"default_classifier"`
	// Floor is the floor's measurement.
	Floor Measurement `json:"floor"`
	// Runs are the pipeline runs, by classifier then workers.
	Runs []Measurement `json:"runs"`
	// Memory is the memory check: the default classifier at the largest
	// worker count on the input read four times; nil when skipped.
	Memory *Measurement `json:"memory_check,omitempty"`
	// Sizes is the cost per MB by document size.
	Sizes []SizePoint `json:"sizes,omitempty"`
	// HTMLInput describes the pages of the HTML runs; nil when skipped.
	HTMLInput *HTMLInput `json:"html_input,omitempty"`
	// HTML are the HTML runs (the default classifier on saved pages, as
	// loose files and as a WARC), by format then workers. Their InputBytes
	// are uncompressed HTML bytes and their Documents pages.
	HTML []Measurement `json:"html_runs,omitempty"`
	// Targets are the targets with their verdicts.
	Targets []Target `json:"targets"`
}

// Target is one throughput or memory target and whether it was met.
type Target struct {
	Name string `json:"name"`
	Want string `json:"want"`
	Got  string `json:"got"`
	Met  bool   `json:"met"`
}

// Derive fills each run's ratio to the floor and speed-up over one worker of
// the same classifier (HTML runs: speed-up over one worker of the same
// format, and pages/s over go-trafilatura's), and evaluates the targets.
func (r *ThroughputReport) Derive() {
	oneHTML := map[string]float64{}
	for _, m := range r.HTML {
		if m.Workers == 1 {
			oneHTML[m.Format+"/"+m.Name] = m.DocsPerSec
		}
	}
	for i := range r.HTML {
		m := &r.HTML[i]
		m.RatioToGoTrafilatura = m.DocsPerSec / GoTrafilaturaPagesPerSec
		if b := oneHTML[m.Format+"/"+m.Name]; b > 0 {
			m.SpeedUp = m.DocsPerSec / b
		}
	}
	one := map[string]float64{}
	for _, m := range r.Runs {
		if m.Workers == 1 {
			one[m.Name] = m.MBps
		}
	}
	for i := range r.Runs {
		m := &r.Runs[i]
		if r.Floor.MBps > 0 {
			m.RatioToFloor = m.MBps / r.Floor.MBps
		}
		if b := one[m.Name]; b > 0 {
			m.SpeedUp = m.MBps / b
		}
	}
	r.Targets = r.targets()
}

func (r *ThroughputReport) run(name string, workers int) *Measurement {
	for i := range r.Runs {
		if r.Runs[i].Name == name && r.Runs[i].Workers == workers {
			return &r.Runs[i]
		}
	}
	return nil
}

// htmlRun returns the HTML run of format with the default classifier and
// the given workers, or nil.
func (r *ThroughputReport) htmlRun(format string, workers int) *Measurement {
	for i := range r.HTML {
		if m := &r.HTML[i]; m.Format == format && m.Name == r.Default && m.Workers == workers {
			return m
		}
	}
	return nil
}

func (r *ThroughputReport) targets() []Target {
	var ts []Target
	if one := r.run(r.Default, 1); one != nil && r.Floor.MBps > 0 {
		ts = append(ts, Target{
			Name: "one worker vs floor",
			Want: ">= 0.40 x floor",
			Got:  fmt.Sprintf("%.3f x (%.1f vs %.1f MB/s)", one.RatioToFloor, one.MBps, r.Floor.MBps),
			Met:  one.RatioToFloor >= 0.4,
		})
	}
	if two := r.run(r.Default, 2); two != nil {
		ts = append(ts, Target{
			Name: "two workers vs one",
			Want: ">= 1.60 x",
			Got:  fmt.Sprintf("%.2f x", two.SpeedUp),
			Met:  two.SpeedUp >= 1.6,
		})
	}
	if r.Memory != nil {
		base := r.run(r.Default, r.Memory.Workers)
		if base != nil && base.PeakRSS > 0 && r.Memory.PeakRSS > 0 {
			g := float64(r.Memory.PeakRSS) / float64(base.PeakRSS)
			ts = append(ts, Target{
				Name: "peak RSS, 4x input",
				Want: "<= 1.5 x the 1x input's",
				Got:  fmt.Sprintf("%.2f x (%s vs %s)", g, mib(r.Memory.PeakRSS), mib(base.PeakRSS)),
				Met:  g <= 1.5,
			})
		}
	}
	if one := r.htmlRun(FormatHTMLFiles, 1); one != nil && one.Seconds > 0 {
		want := HTMLTargetFactor * GoTrafilaturaPagesPerSec
		ts = append(ts, Target{
			Name: "HTML, 1 worker",
			Want: fmt.Sprintf(">= %.0fx go-trafilatura pages/s (%.0f pages/s)", HTMLTargetFactor, want),
			Got: fmt.Sprintf("%.2f x (%.0f vs %.0f pages/s; %.1f MB/s of HTML)",
				one.RatioToGoTrafilatura, one.DocsPerSec, GoTrafilaturaPagesPerSec, one.MBps),
			Met: one.DocsPerSec >= want,
		})
	}
	var peak int64
	for _, m := range slices.Concat(r.Runs, r.memoryRuns(), r.HTML) {
		peak = max(peak, m.PeakRSS)
	}
	if peak > 0 {
		ts = append(ts, Target{
			Name: "peak RSS, any run",
			Want: "< 512 MiB",
			Got:  mib(peak),
			Met:  peak < 512<<20,
		})
	}
	// Same throughput whichever classifier: every classifier's one-worker
	// speed within 10% of the fastest one's.
	var names []string
	best := 0.0
	for _, m := range r.Runs {
		if m.Workers == 1 {
			names = append(names, fmt.Sprintf("%s %.1f", m.Name, m.MBps))
			best = max(best, m.MBps)
		}
	}
	if len(names) > 1 {
		worst := math.Inf(1)
		for _, m := range r.Runs {
			if m.Workers == 1 {
				worst = min(worst, m.MBps)
			}
		}
		ts = append(ts, Target{
			Name: "same speed for every classifier",
			Want: "slowest >= 0.9 x fastest (1 worker)",
			Got:  fmt.Sprintf("%.2f x (%s MB/s)", worst/best, strings.Join(names, ", ")),
			Met:  worst >= 0.9*best,
		})
	}
	var sizePeak int64
	var sizeAt int
	for _, p := range r.Sizes {
		if p.PeakRSS > sizePeak {
			sizePeak, sizeAt = p.PeakRSS, p.Size
		}
	}
	if sizePeak > 0 {
		ts = append(ts, Target{
			Name: "peak RSS, any document size",
			Want: "< 512 MiB",
			Got:  fmt.Sprintf("%s (%s documents)", mib(sizePeak), humanSize(sizeAt)),
			Met:  sizePeak < 512<<20,
		})
	}
	if len(r.Sizes) > 1 {
		step, worst := 0.0, ""
		for i := 1; i < len(r.Sizes); i++ {
			a, b := r.Sizes[i-1], r.Sizes[i]
			if a.MsPerMB > 0 && b.MsPerMB/a.MsPerMB > step {
				step = b.MsPerMB / a.MsPerMB
				worst = fmt.Sprintf("%s → %s", humanSize(a.Size), humanSize(b.Size))
			}
		}
		ts = append(ts, Target{
			Name: "no superlinear step in doc size",
			Want: "ms/MB grows <= 1.5 x per size step",
			Got:  fmt.Sprintf("largest step %.2f x (%s)", step, worst),
			Met:  step <= 1.5,
		})
	}
	return ts
}

func (r *ThroughputReport) memoryRuns() []Measurement {
	if r.Memory == nil {
		return nil
	}
	return []Measurement{*r.Memory}
}

// mib formats a byte count in MiB.
func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// humanSize formats a document size: 1 KB, 10 KB, 10 MB (powers of 1000).
func humanSize(n int) string {
	switch {
	case n >= 1e6 && n%1e6 == 0:
		return fmt.Sprintf("%d MB", n/1e6)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3 && n%1e3 == 0:
		return fmt.Sprintf("%d KB", n/1e3)
	case n >= 1e3:
		return fmt.Sprintf("%.1f KB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

// stageColumns returns the parts shown in the table: every part of every
// run, in pipeline order (read first, write last).
func (r *ThroughputReport) stageColumns() []string {
	return stageColumnsOf(slices.Concat([]Measurement{r.Floor}, r.Runs, r.memoryRuns()))
}

// stageColumnsOf returns every part of every run of ms, in pipeline order.
func stageColumnsOf(ms []Measurement) []string {
	var cols []string
	for _, m := range ms {
		for i, s := range m.Stages {
			if contains(cols, s.Name) {
				continue
			}
			// Insert after the previous part of this run, so that order holds.
			at := len(cols)
			if i > 0 {
				for j, c := range cols {
					if c == m.Stages[i-1].Name {
						at = j + 1
					}
				}
			}
			cols = append(cols[:at], append([]string{s.Name}, cols[at:]...)...)
		}
	}
	return cols
}

// WriteTable prints the report as plain-text tables.
func (r *ThroughputReport) WriteTable(w io.Writer) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "winnow bench: %s of input, %d documents (%s)\n", HumanBytes(r.InputBytes), r.Documents, strings.Join(r.Inputs, ", "))
	if r.Description != "" {
		fmt.Fprintf(ew, "input: %s\n", r.Description)
	}
	fmt.Fprintf(ew, "machine: %s %s/%s, %d CPUs; %s; median of %d run(s) per row; peak RSS: %s\n",
		r.GoVersion, r.OS, r.Arch, r.NumCPU, r.Date, r.Repeat, r.Isolation)
	fmt.Fprintf(ew, "load average (1 min): %.2f at start, %.2f at end (work of other processes slows the MB/s columns, not MB/CPU-s)\n\n", r.LoadBefore, r.LoadAfter)

	// Labels are padded to one width, so that they read left-aligned in the
	// right-aligned table.
	labelWidth := len("run")
	for _, l := range r.rowLabels() {
		labelWidth = max(labelWidth, len(l))
	}
	stageColumns := r.stageColumns()
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := fmt.Sprintf("%-*s\t", labelWidth, "run") + "workers\tMB/s\tdocs/s\tx floor\tspeed-up\tMB/CPU-s\tpeak RSS\tallocs/doc\t"
	for _, s := range stageColumns {
		head += s + "\t"
	}
	fmt.Fprintln(tw, head)
	row := func(label string, m *Measurement) {
		line := fmt.Sprintf("%-*s\t%d\t%.1f\t%.0f\t%s\t%s\t%.1f\t%s\t%.0f\t", labelWidth, label, m.Workers, m.MBps, m.DocsPerSec,
			optRatio(m.RatioToFloor, m.Name == "floor"), optRatio(m.SpeedUp, false), m.MBPerCPUSecond, rss(m.PeakRSS), m.AllocsPerDoc)
		for _, name := range stageColumns {
			line += share(m, name) + "\t"
		}
		fmt.Fprintln(tw, line)
	}
	labels := r.rowLabels()
	floor := r.Floor
	floor.RatioToFloor = 1
	row(labels[0], &floor)
	for i := range r.Runs {
		row(labels[1+i], &r.Runs[i])
	}
	if r.Memory != nil {
		row(labels[len(labels)-1], r.Memory)
	}
	tw.Flush()
	fmt.Fprintln(ew, "(MB/CPU-s: input MB per second of CPU time over all threads; stage columns: share of the summed time of all parts;")
	fmt.Fprintln(ew, " read = file reading and JSONL parsing, write = record encoding + zstd + file output)")
	r.writeHTMLTable(ew)

	if len(r.Sizes) > 0 {
		fmt.Fprintf(ew, "\ncost by document size (classifier %s, 1 worker, full pipeline, in memory):\n", r.Default)
		tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "doc size\tdocs\tMB\tms/MB\tMB/s\tpeak RSS\t")
		for _, p := range r.Sizes {
			mbps := 0.0
			if p.MsPerMB > 0 {
				mbps = 1e3 / p.MsPerMB
			}
			fmt.Fprintf(tw, "%s\t%d\t%.1f\t%.1f\t%.1f\t%s\t\n", humanSize(p.Size), p.Documents, float64(p.Bytes)/1e6, p.MsPerMB, mbps, rss(p.PeakRSS))
		}
		tw.Flush()
		fmt.Fprintln(ew, "(peak RSS here: the bench process, reset before each row; it also holds the row's texts, about 2 x its MB)")
	}

	if len(r.Targets) > 0 {
		fmt.Fprintln(ew, "\ntargets:")
		tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
		for _, t := range r.Targets {
			v := "MET"
			if !t.Met {
				v = "NOT MET"
			}
			fmt.Fprintf(tw, "  %s\t%s\twant %s\tgot %s\n", v, t.Name, t.Want, t.Got)
		}
		tw.Flush()
	}
	return ew.err
}

// htmlLabel names an HTML run's input format in the table.
func htmlLabel(format string) string {
	switch format {
	case FormatHTMLFiles:
		return "HTML files (.html.gz, one page each)"
	case FormatWARCFile:
		return "WARC (.warc.gz, one record per page)"
	}
	return format
}

// writeHTMLTable prints the HTML runs, if any.
func (r *ThroughputReport) writeHTMLTable(w io.Writer) {
	if len(r.HTML) == 0 {
		return
	}
	fmt.Fprintf(w, "\nHTML pages, clean with classifier %s (whole process: read + gunzip + HTML extraction + normalise + split + classify + keep + zstd shards):\n", r.Default)
	if in := r.HTMLInput; in != nil {
		fmt.Fprintf(w, "input: %d pages in %s (%s of HTML, %s gzip'd), read %d times: %d pages per run",
			in.Pages, in.Dir, HumanBytes(in.HTMLBytes), HumanBytes(in.CompressedBytes), in.Passes, in.Pages*in.Passes)
		if in.WARCBytes > 0 {
			fmt.Fprintf(w, "; WARC: the same pages in one gzip'd WARC of %s, read %d times", HumanBytes(in.WARCBytes), in.Passes)
		}
		fmt.Fprintln(w)
	}
	labelWidth := len("run")
	for _, m := range r.HTML {
		labelWidth = max(labelWidth, len(htmlLabel(m.Format)))
	}
	cols := stageColumnsOf(r.HTML)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := fmt.Sprintf("%-*s\t", labelWidth, "run") + "workers\tpages/s\tHTML MB/s\tgzip MB/s\tx go-trafilatura\tspeed-up\tpages/CPU-s\tHTML MB/CPU-s\tpeak RSS\tallocs/page\t"
	for _, c := range cols {
		head += c + "\t"
	}
	fmt.Fprintln(tw, head)
	for i := range r.HTML {
		m := &r.HTML[i]
		line := fmt.Sprintf("%-*s\t%d\t%.0f\t%.1f\t%.1f\t%.2f\t%s\t%.0f\t%.1f\t%s\t%.0f\t", labelWidth, htmlLabel(m.Format), m.Workers, m.DocsPerSec,
			m.MBps, m.CompressedMBps, m.RatioToGoTrafilatura, optRatio(m.SpeedUp, false), m.DocsPerCPUSecond, m.MBPerCPUSecond, rss(m.PeakRSS), m.AllocsPerDoc)
		for _, c := range cols {
			line += share(m, c) + "\t"
		}
		fmt.Fprintln(tw, line)
	}
	tw.Flush()
	fmt.Fprintf(w, "(HTML MB/s: uncompressed HTML bytes (WARC: the records' HTML only); gzip MB/s: the compressed input files' bytes;\n")
	fmt.Fprintf(w, " pages/CPU-s: pages per second of CPU time over all threads, which hardly moves with other load;\n")
	fmt.Fprintf(w, " go-trafilatura: %.0f pages/s (~10 MB/s of HTML) extracting the same pages on one core of the 2-core development machine, as stated in the issue;\n", GoTrafilaturaPagesPerSec)
	fmt.Fprintln(w, " read = file reading and gunzip (WARC: also record parsing), html = HTML parsing and paragraph extraction)")
}

// rowLabels returns the table's row labels: the floor, each run, then the
// memory check if any.
func (r *ThroughputReport) rowLabels() []string {
	labels := []string{"floor (read + zstd fastest, 1 core)"}
	for _, m := range r.Runs {
		labels = append(labels, "clean, classifier "+m.Name)
	}
	if r.Memory != nil {
		labels = append(labels, fmt.Sprintf("memory check: %s, input x%d", r.Memory.Name, r.Memory.Scale))
	}
	return labels
}

func optRatio(v float64, always bool) string {
	if v == 0 && !always {
		return "-"
	}
	return fmt.Sprintf("%.2f", v)
}

func rss(n int64) string {
	if n <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20))
}

func share(m *Measurement, name string) string {
	for _, s := range m.Stages {
		if s.Name == name {
			return fmt.Sprintf("%.0f%%", 100*s.Share)
		}
	}
	return "-"
}

// HumanBytes formats a byte count in B, kB, MB or GB (powers of 1000).
func HumanBytes(n int64) string {
	switch {
	case n < 1e3:
		return fmt.Sprintf("%d B", n)
	case n < 1e6:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	case n < 1e9:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	}
	return fmt.Sprintf("%.2f GB", float64(n)/1e9)
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

// Write implements io.Writer.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	_, e.err = e.w.Write(p)
	return len(p), nil
}

// WriteJSON writes the report as indented JSON.
func (r *ThroughputReport) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write bench JSON: %w", err)
	}
	return nil
}
