package bench

import (
	"context"
	"fmt"
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/goldset"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

// Paragraphs normalises and splits a text exactly as the clean pipeline does.
func Paragraphs(text string) []corpus.Paragraph {
	d := &corpus.Document{Raw: []byte(text)}
	ctx := context.Background()
	_ = normalize.Stage{}.Process(ctx, d)
	_ = split.Stage{}.Process(ctx, d)
	return d.Paragraphs
}

// TrainingDoc turns a gold page (labelled lines) into a training document:
// the page text split as the pipeline splits it, each paragraph labelled
// with the label of the gold lines it covers (by text; a paragraph that
// re-joins several lines takes the label covering most of its characters).
func TrainingDoc(g goldset.Doc) classify.TrainDoc {
	paras := Paragraphs(g.Text)
	gold := make([]string, len(g.Paragraphs))
	for i, p := range g.Paragraphs {
		t, _ := normalize.Text([]byte(p.Text))
		gold[i] = strings.Join(strings.Fields(t), " ")
	}
	labels := make([]corpus.Label, len(paras))
	j := 0
	last := corpus.Chrome
	for i, p := range paras {
		text := strings.Join(strings.Fields(p.Text), " ")
		found := -1
		for k := j; k < len(gold) && k < j+8; k++ {
			if gold[k] != "" && strings.HasPrefix(text, gold[k]) {
				found = k
				break
			}
		}
		if found < 0 {
			labels[i] = last
			continue
		}
		var chars [corpus.NumLabels]int
		k := found
		rest := text
		for k < len(gold) && gold[k] != "" && strings.HasPrefix(rest, gold[k]) {
			chars[g.Paragraphs[k].Label] += len(gold[k])
			rest = strings.TrimPrefix(rest[len(gold[k]):], " ")
			k++
			if rest == "" {
				break
			}
		}
		best := 0
		for l := range chars {
			if chars[l] > chars[best] {
				best = l
			}
		}
		labels[i] = corpus.Label(best)
		last = labels[i]
		j = k
	}
	return classify.TrainDoc{Key: g.ID, Paras: paras, Labels: labels}
}

// CVResult is the outcome of a cross-validation: every page was labelled by
// a model that did not see it in training.
type CVResult struct {
	// Folds is the number of folds.
	Folds int
	// Clean maps each page key to its kept body text.
	Clean map[string]string
	// Labels counts gold against predicted labels over all gold lines.
	Labels Confusion
	// Coverage tells how many gold lines were matched.
	Coverage Coverage
}

// FoldOf returns the fold of the i-th page in sorted key order.
func FoldOf(i, folds int) int { return i % folds }

// CrossValidate trains one classifier per fold on the other folds' pages
// and labels the fold's pages with it. Pages are assigned to folds by their
// position in sorted key order (FoldOf), so the split is by page and fixed.
func CrossValidate(ctx context.Context, docs []goldset.Doc, folds int, train func(fold int, docs []classify.TrainDoc) (classify.Classifier, error)) (*CVResult, error) {
	if folds < 2 || folds > len(docs) {
		return nil, fmt.Errorf("cross-validation needs 2..%d folds, got %d", len(docs), folds)
	}
	tds := make([]classify.TrainDoc, len(docs))
	for i, d := range docs {
		tds[i] = TrainingDoc(d)
	}
	res := &CVResult{Folds: folds, Clean: map[string]string{}}
	for f := 0; f < folds; f++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var trainSet []classify.TrainDoc
		for i := range tds {
			if FoldOf(i, folds) != f {
				trainSet = append(trainSet, tds[i])
			}
		}
		c, err := train(f, trainSet)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f, err)
		}
		for i := range tds {
			if FoldOf(i, folds) != f {
				continue
			}
			res.score(docs[i], tds[i].Paras, c.Classify(tds[i].Paras))
		}
	}
	return res, nil
}

// ScoreClassifier labels every gold page with one classifier (which must not
// have been trained on them) and scores it like CrossValidate.
func ScoreClassifier(docs []goldset.Doc, c classify.Classifier) *CVResult {
	res := &CVResult{Clean: map[string]string{}}
	for _, d := range docs {
		paras := Paragraphs(d.Text)
		res.score(d, paras, c.Classify(paras))
	}
	return res
}

func (r *CVResult) score(g goldset.Doc, paras []corpus.Paragraph, labels []classify.Scored) {
	pred := make([]LabeledText, len(paras))
	var clean []string
	for i, p := range paras {
		pred[i] = LabeledText{Text: p.Text, Label: labels[i].Label}
		if labels[i].Label == corpus.Body {
			clean = append(clean, p.Text)
		}
	}
	r.Clean[g.ID] = strings.Join(clean, "\n\n")
	gold := make([]LabeledText, len(g.Paragraphs))
	for i, p := range g.Paragraphs {
		gold[i] = LabeledText{Text: p.Text, Label: p.Label}
	}
	a := AlignGold(gold, pred)
	r.Labels.AddPairs(a.Pairs)
	r.Coverage.Merge(&a.Coverage)
}
