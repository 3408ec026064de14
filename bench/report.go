package bench

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// WriteHTMLReport writes a self-contained HTML page comparing classifiers:
// the summary table and, per classifier, its confusion matrix as an SVG heat
// map (rows gold, columns predicted, each row shaded by its share).
func WriteHTMLReport(w io.Writer, title string, reports []*Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child{text-align:left}</style>
</head><body><h1>%s</h1>
<table><tr><th></th>`, html.EscapeString(title), html.EscapeString(title))
	for _, r := range reports {
		fmt.Fprintf(&b, "<th>%s</th>", html.EscapeString(r.Name))
	}
	b.WriteString("</tr>\n")
	row := func(name string, f func(r *Report) string) {
		fmt.Fprintf(&b, "<tr><td>%s</td>", html.EscapeString(name))
		for _, r := range reports {
			fmt.Fprintf(&b, "<td>%s</td>", f(r))
		}
		b.WriteString("</tr>\n")
	}
	for _, l := range corpus.Labels() {
		row(l.String()+" F1", func(r *Report) string { return fmt.Sprintf("%.3f", r.conf.Metrics(l).F1) })
	}
	row("macro F1", func(r *Report) string { return fmt.Sprintf("%.4f", r.Labels.MacroF1) })
	row("accuracy", func(r *Report) string { return fmt.Sprintf("%.4f", r.Labels.Accuracy) })
	row("body shingle P / R / F1", func(r *Report) string {
		return fmt.Sprintf("%.4f / %.4f / %.4f", r.Shingle.Precision, r.Shingle.Recall, r.Shingle.F1)
	})
	row("protocol", func(r *Report) string { return html.EscapeString(r.Protocol) })
	b.WriteString("</table>\n")
	for _, r := range reports {
		fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(r.Name))
		b.WriteString(ConfusionSVG(&r.conf))
	}
	b.WriteString("</body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// ConfusionSVG draws a confusion matrix as an SVG heat map: rows are gold
// labels, columns predicted ones; each cell shows its count and is shaded
// by its share of the row.
func ConfusionSVG(c *Confusion) string {
	const cell, left, top = 70, 90, 60
	n := corpus.NumLabels
	width, height := left+n*cell+10, top+n*cell+10
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`, width, height)
	fmt.Fprintf(&b, `<text x="%d" y="14" text-anchor="middle">predicted</text>`, left+n*cell/2)
	fmt.Fprintf(&b, `<text x="12" y="%d" transform="rotate(-90 12 %d)" text-anchor="middle">gold</text>`, top+n*cell/2, top+n*cell/2)
	for j, l := range corpus.Labels() {
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">%s</text>`, left+j*cell+cell/2, top-8, l)
	}
	for i, g := range corpus.Labels() {
		row := 0
		for j := 0; j < n; j++ {
			row += c[i][j]
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`, left-6, top+i*cell+cell/2+4, g)
		for j := 0; j < n; j++ {
			share := 0.0
			if row > 0 {
				share = float64(c[i][j]) / float64(row)
			}
			shade := 255 - int(share*200)
			color := fmt.Sprintf("rgb(%d,%d,255)", shade, shade)
			if i != j && c[i][j] > 0 {
				color = fmt.Sprintf("rgb(255,%d,%d)", shade, shade)
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="#999"/>`, left+j*cell, top+i*cell, cell, cell, color)
			fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">%d</text>`, left+j*cell+cell/2, top+i*cell+cell/2+4, c[i][j])
		}
	}
	b.WriteString("</svg>\n")
	return b.String()
}
