package bench

import (
	"context"
	"strings"

	"github.com/winnowhq/winnow/corpus"
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

// TrainingDoc turns a gold document into a training document: the text
// split as the pipeline splits it, each paragraph labelled with the label of
// the gold lines it covers (by text; a paragraph that re-joins several lines
// takes the label covering most of its characters; a paragraph no gold line
// matches takes its predecessor's label).
func TrainingDoc(g EvalDoc) classify.TrainDoc {
	paras := g.paragraphs()
	var goldLines []LabeledText
	for _, p := range g.Gold {
		for _, line := range strings.Split(p.Text, "\n") {
			if strings.TrimSpace(line) != "" {
				goldLines = append(goldLines, LabeledText{Text: line, Label: p.Label})
			}
		}
	}
	gold := make([]string, len(goldLines))
	for i, p := range goldLines {
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
			chars[goldLines[k].Label] += len(gold[k])
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

// FoldOf returns the fold of the i-th document of an evaluation set.
func FoldOf(i, folds int) int { return i % folds }
