package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/goldset"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/filter"
)

// EvalDoc is one document of an evaluation set: its text as the classifier
// sees it, its gold labels, and the gold article body the clean text is
// scored against with the shingle metric.
type EvalDoc struct {
	ID   string
	Text string
	// Gold are the gold paragraphs (or lines) with their labels.
	Gold []LabeledText
	// GoldBody is the reference article body for the shingle metric.
	GoldBody string
	// GoldOmitsHeadline marks a GoldBody without the article's headline,
	// as the benchmarks' ground truth and extractors' output have it: the
	// shingle metric then reads the clean text as winnow clean writes it,
	// the headline taken out (filter.Headline; the record's title). Gold
	// labelled by the taxonomy has the headline as body, and the metric then
	// reads every body paragraph, the headline included.
	GoldOmitsHeadline bool
	// PageTitle is the page's title when Paras come from its HTML: the
	// extractor's Meta["title"], og:title before <title> (see
	// filter.Headline).
	PageTitle string
	// Paras, when set, are the document's paragraphs as an input reader made
	// them (e.g. from HTML, with markup structure); otherwise Text is
	// normalised and split as the clean pipeline does.
	Paras []corpus.Paragraph
}

// paragraphs returns the document's paragraphs: Paras, or Text split.
func (d *EvalDoc) paragraphs() []corpus.Paragraph {
	if d.Paras != nil {
		return d.Paras
	}
	return Paragraphs(d.Text)
}

// EvalDocsFromGoldset joins a line-level gold set with its benchmark: the
// page dump is the text, the benchmark's ground truth the gold body.
func EvalDocsFromGoldset(docs []goldset.Doc, b *ArticleBenchmark) []EvalDoc {
	out := make([]EvalDoc, len(docs))
	for i, d := range docs {
		out[i] = EvalDoc{ID: d.ID, Text: d.Text, Gold: labeled(d.Paragraphs), GoldBody: b.Gold[d.ID], GoldOmitsHeadline: true}
	}
	return out
}

// EvalDocsFromGold turns gold documents (the shared/gold format) into an
// evaluation set: the text is the paragraphs separated by blank lines, as a
// scraper saves them, and the gold body is the body paragraphs.
func EvalDocsFromGold(docs []corpus.GoldDoc) []EvalDoc {
	out := make([]EvalDoc, len(docs))
	for i, d := range docs {
		texts := make([]string, len(d.Paragraphs))
		var body []string
		for j, p := range d.Paragraphs {
			texts[j] = p.Text
			if p.Label == corpus.Body {
				body = append(body, p.Text)
			}
		}
		out[i] = EvalDoc{ID: d.ID, Text: strings.Join(texts, "\n\n"), Gold: labeled(d.Paragraphs), GoldBody: strings.Join(body, "\n\n")}
	}
	return out
}

func labeled(ps []corpus.GoldParagraph) []LabeledText {
	out := make([]LabeledText, len(ps))
	for i, p := range ps {
		out[i] = LabeledText{Text: p.Text, Label: p.Label}
	}
	return out
}

// Labeler labels the paragraphs of many documents in one call, so that an
// external process can stream them.
type Labeler interface {
	// Name identifies the labeler in reports.
	Name() string
	// Label returns one label per paragraph of every document.
	Label(ctx context.Context, docs [][]corpus.Paragraph) ([][]classify.Scored, error)
}

// ClassifierLabeler adapts a Classifier.
type ClassifierLabeler struct {
	N string
	C classify.Classifier
}

// Name implements Labeler.
func (c ClassifierLabeler) Name() string { return c.N }

// Label implements Labeler.
func (c ClassifierLabeler) Label(ctx context.Context, docs [][]corpus.Paragraph) ([][]classify.Scored, error) {
	out := make([][]classify.Scored, len(docs))
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out[i] = c.C.Classify(d)
	}
	return out, nil
}

// ExecLabeler runs an external classifier: a shell command that reads one
// JSON object per paragraph on stdin,
//
//	{"doc": "ID", "index": 0, "count": 42, "text": "..."}
//
// in document order, and writes one line per paragraph on stdout, in the
// same order: either a bare label (body, bio, promo, comment, chrome) or
// {"label": "body", "score": 0.93}. The command sees all paragraphs of all
// documents in one run (it may buffer its output); its stderr passes through.
type ExecLabeler struct {
	Command string
	// Stderr receives the command's standard error (nil: discarded).
	Stderr io.Writer
}

// Name implements Labeler.
func (e ExecLabeler) Name() string { return "exec:" + e.Command }

// Label implements Labeler.
func (e ExecLabeler) Label(ctx context.Context, docs [][]corpus.Paragraph) ([][]classify.Scored, error) {
	ids := make([]string, len(docs))
	for i := range docs {
		ids[i] = fmt.Sprint(i)
	}
	return e.label(ctx, ids, docs)
}

func (e ExecLabeler) label(ctx context.Context, ids []string, docs [][]corpus.Paragraph) ([][]classify.Scored, error) {
	cmd := exec.CommandContext(ctx, "sh", "-c", e.Command)
	cmd.Stderr = e.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("exec classifier: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("exec classifier: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("exec classifier %q: %w", e.Command, err)
	}
	writeErr := make(chan error, 1)
	go func() {
		bw := bufio.NewWriter(stdin)
		enc := json.NewEncoder(bw)
		for i, d := range docs {
			for j, p := range d {
				if err := enc.Encode(map[string]any{"doc": ids[i], "index": j, "count": len(d), "text": p.Text}); err != nil {
					writeErr <- err
					stdin.Close()
					return
				}
			}
		}
		err := bw.Flush()
		if cerr := stdin.Close(); err == nil {
			err = cerr
		}
		writeErr <- err
	}()
	out := make([][]classify.Scored, len(docs))
	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<20)
	line := 0
	var readErr error
read:
	for i, d := range docs {
		out[i] = make([]classify.Scored, len(d))
		for j := range d {
			if !sc.Scan() {
				readErr = fmt.Errorf("exec classifier: output ended after %d lines, want one per paragraph", line)
				break read
			}
			line++
			s, err := parseExecLine(sc.Text())
			if err != nil {
				readErr = fmt.Errorf("exec classifier: output line %d: %w", line, err)
				break read
			}
			out[i][j] = s
		}
	}
	if readErr != nil {
		_ = cmd.Process.Kill()
	}
	_, _ = io.Copy(io.Discard, stdout)
	werr := <-writeErr
	waitErr := cmd.Wait()
	switch {
	case readErr != nil:
		return nil, readErr
	case waitErr != nil:
		return nil, fmt.Errorf("exec classifier %q: %w", e.Command, waitErr)
	case werr != nil && !errors.Is(werr, io.ErrClosedPipe):
		return nil, fmt.Errorf("exec classifier: write input: %w", werr)
	}
	return out, nil
}

func parseExecLine(s string) (classify.Scored, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "{") {
		var v struct {
			Label corpus.Label `json:"label"`
			Score *float32     `json:"score"`
		}
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			return classify.Scored{}, err
		}
		score := float32(1)
		if v.Score != nil {
			score = *v.Score
		}
		return classify.Scored{Label: v.Label, Score: score}, nil
	}
	l, err := corpus.ParseLabel(s)
	if err != nil {
		return classify.Scored{}, err
	}
	return classify.Scored{Label: l, Score: 1}, nil
}

// Report is one classifier's scores on an evaluation set.
type Report struct {
	// Name is the classifier's name.
	Name string `json:"classifier"`
	// Protocol says how the scores were obtained, e.g. "5-fold cross-validation by page".
	Protocol string `json:"protocol"`
	// Labels are the per-label scores over gold lines.
	Labels LabelReport `json:"labels"`
	// Shingle scores the kept body against the gold body.
	Shingle ShingleScore `json:"shingle"`
	// Seconds is the labelling time.
	Seconds float64 `json:"seconds"`
	// Seeds, for a learned classifier scored by cross-validation with
	// several training seeds, is the spread of its scores over them.
	Seeds *SeedSpread `json:"seeds,omitempty"`
	// Clean is the kept body text per document ID.
	Clean map[string]string `json:"-"`

	conf Confusion
}

// Confusion returns the report's confusion matrix.
func (r *Report) Confusion() *Confusion { return &r.conf }

// Evaluate labels every document with l and scores it.
func Evaluate(ctx context.Context, docs []EvalDoc, l Labeler) (*Report, error) {
	paras := make([][]corpus.Paragraph, len(docs))
	for i := range docs {
		paras[i] = docs[i].paragraphs()
	}
	start := time.Now()
	labels, err := l.Label(ctx, paras)
	if err != nil {
		return nil, err
	}
	r := &Report{Name: l.Name(), Protocol: "labelled as given"}
	r.Seconds = time.Since(start).Seconds()
	r.finish(docs, paras, labels)
	return r, nil
}

// EvaluateCV scores a trainable classifier by k-fold cross-validation by
// document: each fold is labelled by a classifier trained on the other folds
// only. Documents are assigned to folds by ID (see foldsByID), so the text
// and HTML versions of one page always fall in the same fold.
func EvaluateCV(ctx context.Context, name string, docs []EvalDoc, folds int, train func(fold int, docs []classify.TrainDoc) (classify.Classifier, error)) (*Report, error) {
	if folds < 2 || folds > len(docs) {
		return nil, fmt.Errorf("cross-validation needs 2..%d folds, got %d", len(docs), folds)
	}
	paras := make([][]corpus.Paragraph, len(docs))
	tds := make([]classify.TrainDoc, len(docs))
	for i, d := range docs {
		tds[i] = TrainingDoc(d)
		paras[i] = tds[i].Paras
	}
	fold := foldsByID(docs, folds)
	labels := make([][]classify.Scored, len(docs))
	start := time.Now()
	for f := 0; f < folds; f++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var trainSet []classify.TrainDoc
		for i := range tds {
			if fold[i] != f {
				trainSet = append(trainSet, tds[i])
			}
		}
		c, err := train(f, trainSet)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f, err)
		}
		for i := range tds {
			if fold[i] == f {
				labels[i] = c.Classify(paras[i])
			}
		}
	}
	r := &Report{Name: name, Protocol: fmt.Sprintf("%d-fold cross-validation by document (trained on %d/%d, scored on the rest)", folds, folds-1, folds)}
	r.Seconds = time.Since(start).Seconds()
	r.finish(docs, paras, labels)
	return r, nil
}

func (r *Report) finish(docs []EvalDoc, paras [][]corpus.Paragraph, labels [][]classify.Scored) {
	var cov Coverage
	pred := map[string]string{}
	gold := map[string]string{}
	for i, d := range docs {
		lt := make([]LabeledText, len(paras[i]))
		labelled := make([]corpus.Paragraph, len(paras[i]))
		for j, p := range paras[i] {
			lt[j] = LabeledText{Text: p.Text, Label: labels[i][j].Label}
			labelled[j] = p
			labelled[j].Label = labels[i][j].Label
		}
		h, end := -1, -1
		if d.GoldOmitsHeadline {
			h, end = filter.Headline(labelled, d.PageTitle)
		}
		var clean []string
		for j, p := range labelled {
			if p.Label == corpus.Body && (j < h || j >= end) {
				clean = append(clean, p.Text)
			}
		}
		pred[d.ID] = strings.Join(clean, "\n\n")
		gold[d.ID] = d.GoldBody
		a := AlignGold(d.Gold, lt)
		r.conf.AddPairs(a.Pairs)
		cov.Merge(&a.Coverage)
	}
	r.Labels = r.conf.Report(&cov)
	r.Shingle = ScoreShingles(pred, gold)
	r.Clean = pred
}

// WriteComparison prints reports side by side: per-label F1, macro F1 and
// accuracy, shingle P/R/F1 of the kept body, then each confusion matrix.
func WriteComparison(w io.Writer, reports []*Report) error {
	bw := bufio.NewWriter(w)
	width := 14
	for _, r := range reports {
		width = max(width, len(r.Name)+2)
	}
	row := func(label string, cells []string) {
		fmt.Fprintf(bw, "%-22s", label)
		for _, c := range cells {
			fmt.Fprintf(bw, " %*s", width, c)
		}
		fmt.Fprintln(bw)
	}
	names := make([]string, len(reports))
	for i, r := range reports {
		names[i] = r.Name
	}
	row("", names)
	cells := func(f func(r *Report) string) []string {
		out := make([]string, len(reports))
		for i, r := range reports {
			out[i] = f(r)
		}
		return out
	}
	for _, l := range corpus.Labels() {
		row(l.String()+" P/R/F1", cells(func(r *Report) string {
			m := r.conf.Metrics(l)
			return fmt.Sprintf("%.2f/%.2f/%.2f", m.Precision, m.Recall, m.F1)
		}))
	}
	row("macro F1", cells(func(r *Report) string { return fmt.Sprintf("%.4f", r.Labels.MacroF1) }))
	row("accuracy", cells(func(r *Report) string { return fmt.Sprintf("%.4f", r.Labels.Accuracy) }))
	row("body shingle P", cells(func(r *Report) string { return fmt.Sprintf("%.4f", r.Shingle.Precision) }))
	row("body shingle R", cells(func(r *Report) string { return fmt.Sprintf("%.4f", r.Shingle.Recall) }))
	row("body shingle F1", cells(func(r *Report) string { return fmt.Sprintf("%.4f", r.Shingle.F1) }))
	row("seconds", cells(func(r *Report) string { return fmt.Sprintf("%.2f", r.Seconds) }))
	for _, r := range reports {
		fmt.Fprintf(bw, "\n%s — %s\n", r.Name, r.Protocol)
		fmt.Fprint(bw, r.conf.String())
	}
	for _, r := range reports {
		if err := WriteSeedSpread(bw, r); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// foldsByID assigns each document a fold: the i-th distinct ID, in order of
// first appearance, goes to fold FoldOf(i, folds), and every document with
// that ID with it.
func foldsByID(docs []EvalDoc, folds int) []int {
	index := map[string]int{}
	out := make([]int, len(docs))
	for i, d := range docs {
		k, ok := index[d.ID]
		if !ok {
			k = len(index)
			index[d.ID] = k
		}
		out[i] = FoldOf(k, folds)
	}
	return out
}
