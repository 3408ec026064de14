package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/winnowhq/winnow/bench"
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
)

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressLine rewrites one status line on a terminal while a run goes on.
type progressLine struct {
	w     io.Writer
	start time.Time
	shown bool
}

func (p *progressLine) update(s pipeline.Stats) {
	if p.start.IsZero() {
		p.start = time.Now()
	}
	secs := time.Since(p.start).Seconds()
	mbps := 0.0
	if secs > 0 {
		mbps = float64(s.BytesIn) / 1e6 / secs
	}
	fmt.Fprintf(p.w, "\r\033[Kwinnow: %d read, %d written, %d dropped, %d rejected, %.1f MB, %.1f MB/s",
		s.Read, s.Written, s.Dropped, s.Rejected, float64(s.BytesIn)/1e6, mbps)
	p.shown = true
}

// done ends the progress line. It is safe on a nil receiver.
func (p *progressLine) done() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// printSummary prints the end-of-run table: documents, paragraphs per label
// and speed.
func printSummary(w io.Writer, dir string, s pipeline.Stats, elapsed time.Duration) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "winnow clean\t→ %s\n", dir)
	fmt.Fprintf(tw, "documents\tread %d = written %d + dropped %d + rejected %d\n", s.Read, s.Written, s.Dropped, s.Rejected)
	if len(s.DroppedBy) > 0 {
		reasons := make([]string, 0, len(s.DroppedBy))
		for r := range s.DroppedBy {
			reasons = append(reasons, fmt.Sprintf("%s %d", r, s.DroppedBy[r]))
		}
		sort.Strings(reasons)
		fmt.Fprintf(tw, "dropped\t%s\n", strings.Join(reasons, ", "))
	}
	var total int64
	parts := make([]string, 0, corpus.NumLabels)
	for _, l := range corpus.Labels() {
		parts = append(parts, fmt.Sprintf("%s %d", l, s.LabelCounts[l]))
		total += s.LabelCounts[l]
	}
	fmt.Fprintf(tw, "paragraphs\t%d: %s\n", total, strings.Join(parts, ", "))
	secs := elapsed.Seconds()
	mbps, dps := 0.0, 0.0
	if secs > 0 {
		mbps = float64(s.BytesIn) / 1e6 / secs
		dps = float64(s.Read) / secs
	}
	fmt.Fprintf(tw, "speed\t%s in %.3f s: %.1f MB/s, %.0f documents/s\n", bench.HumanBytes(s.BytesIn), secs, mbps, dps)
	tw.Flush()
}
