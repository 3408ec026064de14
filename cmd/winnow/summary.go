package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"text/tabwriter"
	"time"

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
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "winnow clean → %s\n", dir)
	fmt.Fprintf(tw, "documents\tread\twritten\tdropped\trejected\t\n")
	fmt.Fprintf(tw, "\t%d\t%d\t%d\t%d\t\n", s.Read, s.Written, s.Dropped, s.Rejected)
	tw.Flush()
	if len(s.DroppedBy) > 0 {
		reasons := make([]string, 0, len(s.DroppedBy))
		for r := range s.DroppedBy {
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		fmt.Fprint(w, "dropped by reason:")
		for _, r := range reasons {
			fmt.Fprintf(w, " %s=%d", r, s.DroppedBy[r])
		}
		fmt.Fprintln(w)
	}
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "paragraphs\t")
	for _, l := range corpus.Labels() {
		fmt.Fprintf(tw, "%s\t", l)
	}
	fmt.Fprint(tw, "total\t\n\t")
	var total int64
	for _, l := range corpus.Labels() {
		fmt.Fprintf(tw, "%d\t", s.LabelCounts[l])
		total += s.LabelCounts[l]
	}
	fmt.Fprintf(tw, "%d\t\n", total)
	tw.Flush()
	secs := elapsed.Seconds()
	mbps, dps := 0.0, 0.0
	if secs > 0 {
		mbps = float64(s.BytesIn) / 1e6 / secs
		dps = float64(s.Read) / secs
	}
	fmt.Fprintf(w, "input %.2f MB in %.2fs: %.1f MB/s, %.0f docs/s\n", float64(s.BytesIn)/1e6, secs, mbps, dps)
}
