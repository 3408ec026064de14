package bench

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"math"
	"slices"
	"strings"
)

// svgPalette colours the classifiers' lines.
var svgPalette = []string{"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b"}

// WriteSVG draws MB/s against workers, one line per classifier and one
// dashed line per HTML input format (MB/s of uncompressed HTML), with the
// floor and 0.4 x the floor as horizontal lines. The MB/s axis is
// logarithmic, so that a pipeline far below the floor stays readable.
func (r *ThroughputReport) WriteSVG(w io.Writer) error {
	const (
		width, height        = 760, 440
		left, right, top, bt = 70, 240, 50, 60
	)
	pw, ph := float64(width-left-right), float64(height-top-bt)
	maxW := 1
	lo, hi := math.Inf(1), 0.0
	for _, m := range slices.Concat(r.Runs, r.HTML) {
		maxW = max(maxW, m.Workers)
		if m.MBps > 0 {
			lo, hi = min(lo, m.MBps), max(hi, m.MBps)
		}
	}
	if r.Floor.MBps > 0 {
		lo, hi = min(lo, 0.4*r.Floor.MBps), max(hi, r.Floor.MBps)
	}
	htmlTarget := r.htmlTargetMBps()
	if htmlTarget > 0 {
		lo, hi = min(lo, htmlTarget), max(hi, htmlTarget)
	}
	if hi == 0 {
		lo, hi = 1, 10
	}
	// Axis bounds at powers of ten around the data.
	yMin := math.Pow(10, math.Floor(math.Log10(lo)))
	yMax := math.Pow(10, math.Ceil(math.Log10(hi)))
	if yMax <= yMin {
		yMax = yMin * 10
	}
	x := func(workers float64) float64 {
		if maxW == 1 {
			return left + pw/2
		}
		return left + (workers-1)/float64(maxW-1)*pw
	}
	y := func(v float64) float64 {
		return top + ph - (math.Log10(v)-math.Log10(yMin))/(math.Log10(yMax)-math.Log10(yMin))*ph
	}

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="15" font-weight="bold">winnow bench: MB/s of input against workers</text>`+"\n", left)
	sub := fmt.Sprintf("%s of JSONL, %d CPUs, median of %d run(s); log scale", HumanBytes(r.InputBytes), r.NumCPU, r.Repeat)
	if len(r.HTML) > 0 {
		sub += "; dashed: HTML pages (MB/s of uncompressed HTML)"
	}
	fmt.Fprintf(&b, `<text x="%d" y="40" fill="#555">%s</text>`+"\n", left, html.EscapeString(sub))
	// Grid: 1, 2, 5 per decade.
	for d := yMin; d < yMax*1.001; d *= 10 {
		for _, k := range []float64{1, 2, 5} {
			v := d * k
			if v > yMax*1.001 {
				break
			}
			yy := y(v)
			fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#e5e5e5"/>`+"\n", left, yy, left+pw, yy)
			fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end" fill="#555">%s</text>`+"\n", left-6, yy+4, trimFloat(v))
		}
	}
	for k := 1; k <= maxW; k++ {
		xx := x(float64(k))
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%.1f" stroke="#e5e5e5"/>`+"\n", xx, top, xx, top+ph)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="#555">%d</text>`+"\n", xx, top+ph+18, k)
	}
	fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%.1f" fill="none" stroke="#888"/>`+"\n", left, top, pw, ph)
	fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">workers</text>`+"\n", left+pw/2, height-18)
	fmt.Fprintf(&b, `<text transform="translate(18 %.1f) rotate(-90)" text-anchor="middle">MB/s (input bytes)</text>`+"\n", top+ph/2)

	// Labels at the right of the plot, moved apart where they would overlap.
	type label struct {
		y      float64
		text   string
		colour string
	}
	var labels []label

	// The floor and the one-worker target.
	if r.Floor.MBps > 0 {
		for _, l := range []struct {
			v     float64
			label string
			dash  string
		}{
			{r.Floor.MBps, fmt.Sprintf("floor %.0f MB/s", r.Floor.MBps), "6 3"},
			{0.4 * r.Floor.MBps, fmt.Sprintf("target 0.4 x floor (%.0f)", 0.4*r.Floor.MBps), "2 3"},
		} {
			yy := y(l.v)
			fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%.1f" y2="%.1f" stroke="black" stroke-width="1.5" stroke-dasharray="%s"/>`+"\n", left, yy, left+pw, yy, l.dash)
			labels = append(labels, label{yy + 4, l.label, "black"})
		}
	}

	// The HTML target, in MB/s of the HTML runs' average page.
	if htmlTarget > 0 {
		yy := y(htmlTarget)
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#777" stroke-width="1" stroke-dasharray="1 3"/>`+"\n", left, yy, left+pw, yy)
		labels = append(labels, label{yy + 4, fmt.Sprintf("HTML target %.0f pages/s", HTMLTargetFactor*GoTrafilaturaPagesPerSec), "#777"})
	}

	// One line per classifier, then one per HTML input format (dashed; MB/s
	// of uncompressed HTML).
	type series struct {
		name, label string
		runs        []*Measurement
		dash        string
	}
	var all []series
	add := func(name, label, dash string, m *Measurement) {
		for i := range all {
			if all[i].name == name {
				all[i].runs = append(all[i].runs, m)
				return
			}
		}
		all = append(all, series{name: name, label: label, runs: []*Measurement{m}, dash: dash})
	}
	for i := range r.Runs {
		add(r.Runs[i].Name, r.Runs[i].Name, "", &r.Runs[i])
	}
	for i := range r.HTML {
		m := &r.HTML[i]
		kind := "HTML files"
		if m.Format == FormatWARCFile {
			kind = "WARC"
		}
		add(m.Format+"/"+m.Name, kind+", "+m.Name, "5 3", m)
	}
	for i, sr := range all {
		colour := svgPalette[i%len(svgPalette)]
		var pts []string
		var last *Measurement
		for _, m := range sr.runs {
			if m.MBps <= 0 {
				continue
			}
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(float64(m.Workers)), y(m.MBps)))
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3.5" fill="%s"><title>%s, %d worker(s): %.1f MB/s</title></circle>`+"\n",
				x(float64(m.Workers)), y(m.MBps), colour, html.EscapeString(sr.label), m.Workers, m.MBps)
			last = m
		}
		if len(pts) > 1 {
			dash := ""
			if sr.dash != "" {
				dash = fmt.Sprintf(` stroke-dasharray="%s"`, sr.dash)
			}
			fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2"%s/>`+"\n", strings.Join(pts, " "), colour, dash)
		}
		if last != nil {
			text := fmt.Sprintf("%s (%.1f MB/s)", sr.label, last.MBps)
			if last.Format != "" {
				text = fmt.Sprintf("%s (%.0f pages/s)", sr.label, last.DocsPerSec)
			}
			labels = append(labels, label{y(last.MBps) + 4, text, colour})
		}
	}
	slices.SortStableFunc(labels, func(a, b label) int { return cmp.Compare(a.y, b.y) })
	for i := range labels {
		if i > 0 && labels[i].y < labels[i-1].y+14 {
			labels[i].y = labels[i-1].y + 14
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" fill="%s">%s</text>`+"\n", left+pw+6, labels[i].y, labels[i].colour, html.EscapeString(labels[i].text))
	}
	b.WriteString("</svg>\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write bench SVG: %w", err)
	}
	return nil
}

// htmlTargetMBps returns the HTML target (HTMLTargetFactor x
// GoTrafilaturaPagesPerSec) in MB/s of HTML at the average page size of the
// one-worker HTML-files run; 0 without one.
func (r *ThroughputReport) htmlTargetMBps() float64 {
	m := r.htmlRun(FormatHTMLFiles, 1)
	if m == nil || m.Documents == 0 {
		return 0
	}
	return HTMLTargetFactor * GoTrafilaturaPagesPerSec * float64(m.InputBytes) / float64(m.Documents) / 1e6
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// trimFloat formats an axis value without needless decimals.
func trimFloat(v float64) string {
	if v >= 1 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%g", v)
}
