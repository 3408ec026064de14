package bench

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// Confusion counts (gold label, predicted label) pairs: row is the gold
// label, column the predicted one. The zero value is an empty matrix.
type Confusion [corpus.NumLabels][corpus.NumLabels]int

// Add counts one item with the given gold and predicted labels. It panics if
// either label is not one of the corpus.NumLabels labels.
func (c *Confusion) Add(gold, pred corpus.Label) {
	c.AddN(gold, pred, 1)
}

// AddN counts n items with the given gold and predicted labels. It panics if
// either label is not one of the corpus.NumLabels labels.
func (c *Confusion) AddN(gold, pred corpus.Label, n int) {
	if int(gold) >= corpus.NumLabels || int(pred) >= corpus.NumLabels {
		panic(fmt.Sprintf("bench: Confusion.Add(%v, %v): invalid label", gold, pred))
	}
	c[gold][pred] += n
}

// Merge adds the counts of o to c.
func (c *Confusion) Merge(o *Confusion) {
	for g := range c {
		for p := range c[g] {
			c[g][p] += o[g][p]
		}
	}
}

// Total returns the number of items counted.
func (c *Confusion) Total() int {
	n := 0
	for g := range c {
		for p := range c[g] {
			n += c[g][p]
		}
	}
	return n
}

// Correct returns the number of items whose predicted label is the gold one.
func (c *Confusion) Correct() int {
	n := 0
	for l := range c {
		n += c[l][l]
	}
	return n
}

// Accuracy returns the share of items labelled correctly, 0 when empty.
func (c *Confusion) Accuracy() float64 {
	return ratio(c.Correct(), c.Total())
}

// LabelMetrics are one label's one-vs-rest scores.
type LabelMetrics struct {
	// Label is the label scored.
	Label corpus.Label `json:"label"`
	// Precision is TP/(TP+FP), 0 when the label was never predicted.
	Precision float64 `json:"precision"`
	// Recall is TP/(TP+FN), 0 when the label never occurs in gold.
	Recall float64 `json:"recall"`
	// F1 is the harmonic mean of Precision and Recall, 0 when both are 0.
	F1 float64 `json:"f1"`
	// Support is the number of items with this gold label.
	Support int `json:"support"`
	// Predicted is the number of items given this label.
	Predicted int `json:"predicted"`
}

// Metrics returns the one-vs-rest scores of label l.
func (c *Confusion) Metrics(l corpus.Label) LabelMetrics {
	m := LabelMetrics{Label: l}
	for k := range c {
		m.Support += c[l][k]
		m.Predicted += c[k][l]
	}
	tp := c[l][l]
	m.Precision = ratio(tp, m.Predicted)
	m.Recall = ratio(tp, m.Support)
	m.F1 = f1(m.Precision, m.Recall)
	return m
}

// PerLabel returns the metrics of every label, in corpus.Labels() order.
func (c *Confusion) PerLabel() []LabelMetrics {
	ms := make([]LabelMetrics, 0, corpus.NumLabels)
	for _, l := range corpus.Labels() {
		ms = append(ms, c.Metrics(l))
	}
	return ms
}

// MacroF1 returns the unweighted mean F1 over the labels that occur at all,
// in gold or in predictions. A label that is neither in gold nor predicted is
// left out, since it has no errors to score and would otherwise count as
// either a free 1 or an unearned 0; a label predicted but absent from gold
// counts, with F1 0. It returns 0 when the matrix is empty.
func (c *Confusion) MacroF1() float64 {
	var s float64
	n := 0
	for _, m := range c.PerLabel() {
		if m.Support == 0 && m.Predicted == 0 {
			continue
		}
		s += m.F1
		n++
	}
	if n == 0 {
		return 0
	}
	return s / float64(n)
}

// LabelReport is a JSON-marshalable summary of a Confusion, with optional
// alignment coverage.
type LabelReport struct {
	// Total is the number of (gold, predicted) pairs scored.
	Total int `json:"total"`
	// Accuracy is the share of pairs labelled correctly.
	Accuracy float64 `json:"accuracy"`
	// MacroF1 is Confusion.MacroF1.
	MacroF1 float64 `json:"macro_f1"`
	// Labels holds every label's metrics in canonical order.
	Labels []LabelMetrics `json:"labels"`
	// Matrix is the confusion matrix, rows gold and columns predicted, in
	// the order of Labels.
	Matrix [][]int `json:"matrix"`
	// Coverage, when known, says how much of the gold the pairs cover.
	Coverage *Coverage `json:"coverage,omitempty"`
}

// Report summarises the matrix; cov may be nil.
func (c *Confusion) Report(cov *Coverage) LabelReport {
	r := LabelReport{
		Total:    c.Total(),
		Accuracy: c.Accuracy(),
		MacroF1:  c.MacroF1(),
		Labels:   c.PerLabel(),
		Matrix:   make([][]int, corpus.NumLabels),
		Coverage: cov,
	}
	for g := range c {
		r.Matrix[g] = append([]int(nil), c[g][:]...)
	}
	return r
}

// WriteTable writes an aligned per-label table (precision, recall, F1,
// support, predicted count), a line with the macro F1 and accuracy, and the
// confusion matrix (rows gold, columns predicted).
func (c *Confusion) WriteTable(w io.Writer) error {
	const first = len("gold \\ predicted") // width of the first column
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s %9s %9s %9s %9s %9s\n", first, "label", "precision", "recall", "f1", "support", "predicted")
	used := 0
	for _, m := range c.PerLabel() {
		fmt.Fprintf(&b, "%-*s %9.3f %9.3f %9.3f %9d %9d\n",
			first, m.Label, m.Precision, m.Recall, m.F1, m.Support, m.Predicted)
		if m.Support > 0 || m.Predicted > 0 {
			used++
		}
	}
	fmt.Fprintf(&b, "macro F1 %.3f (over %d labels), accuracy %.3f (%d/%d)\n\n",
		c.MacroF1(), used, c.Accuracy(), c.Correct(), c.Total())

	width := make([]int, corpus.NumLabels)
	for _, p := range corpus.Labels() {
		width[p] = len(p.String())
		for _, g := range corpus.Labels() {
			width[p] = max(width[p], len(strconv.Itoa(c[g][p])))
		}
	}
	fmt.Fprintf(&b, "%-*s", first, "gold \\ predicted")
	for _, p := range corpus.Labels() {
		fmt.Fprintf(&b, " %*s", width[p], p)
	}
	b.WriteByte('\n')
	for _, g := range corpus.Labels() {
		fmt.Fprintf(&b, "%-*s", first, g)
		for _, p := range corpus.Labels() {
			fmt.Fprintf(&b, " %*d", width[p], c[g][p])
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String returns the table WriteTable writes.
func (c *Confusion) String() string {
	var b strings.Builder
	_ = c.WriteTable(&b)
	return b.String()
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
