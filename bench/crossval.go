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
// split as the pipeline splits it (or the paragraphs an input reader made,
// e.g. from HTML), each paragraph labelled from the gold lines it covers.
// See alignLabels for how paragraphs and gold lines are paired.
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
	goldLabels := make([]corpus.Label, len(goldLines))
	for i, p := range goldLines {
		t, _ := normalize.Text([]byte(p.Text))
		gold[i] = strings.Join(strings.Fields(t), " ")
		goldLabels[i] = p.Label
	}
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = strings.Join(strings.Fields(p.Text), " ")
	}
	return classify.TrainDoc{Key: g.ID, Paras: paras, Labels: alignLabels(texts, gold, goldLabels)}
}

// Alignment limits: a paragraph is first looked for among the next
// alignWindow gold lines; only a text of at least alignMinGlobal bytes is
// looked for anywhere in the page, so that short, repeated texts ("Share",
// "Reply") are not paired with a far-away twin.
const (
	alignWindow    = 8
	alignMinGlobal = 12
)

// alignLabels labels each paragraph text (whitespace-collapsed) from the gold
// lines (normalised and whitespace-collapsed, with their labels). The two
// sides come from the same page but not always from the same reader: the
// paragraphs may come from the page's HTML while the gold lines come from its
// text dump, which can add, drop, split, join or reorder blocks. The rules, in
// order:
//
//  1. a paragraph that starts with one of the next alignWindow gold lines
//     takes it and the lines that follow it as long as the paragraph goes on
//     with them (a paragraph that joins several lines), and is labelled with
//     the label covering most of its characters;
//  2. otherwise a paragraph equal to a gold line later in the page takes
//     the nearest such line (a paragraph of at least alignMinGlobal bytes
//     also the nearest earlier one, when the dump put the block earlier);
//  3. otherwise a paragraph of at least alignMinGlobal bytes that starts with
//     a gold line anywhere in the page, or is part of one (the paragraph
//     reader split a line the dump kept whole), takes that line's label;
//  4. a paragraph matched by none of these takes its predecessor's label
//     (chrome at the start).
func alignLabels(texts, gold []string, goldLabels []corpus.Label) []corpus.Label {
	exact := make(map[string][]int, len(gold))
	for k, g := range gold {
		if g != "" {
			exact[g] = append(exact[g], k)
		}
	}
	labels := make([]corpus.Label, len(texts))
	j := 0
	last := corpus.Chrome
	for i, text := range texts {
		k := -1
		for c := j; c < len(gold) && c < j+alignWindow; c++ {
			if gold[c] != "" && strings.HasPrefix(text, gold[c]) {
				k = c
				break
			}
		}
		if k < 0 {
			k = nearest(exact[text], j, len(text) >= alignMinGlobal)
		}
		if k < 0 && len(text) >= alignMinGlobal {
			k = scanFrom(len(gold), j, func(c int) bool {
				return len(gold[c]) >= alignMinGlobal && strings.HasPrefix(text, gold[c])
			})
			if k < 0 {
				if c := scanFrom(len(gold), j, func(c int) bool { return strings.Contains(gold[c], text) }); c >= 0 {
					labels[i] = goldLabels[c]
					last = labels[i]
					j = c
					continue
				}
			}
		}
		if k < 0 {
			labels[i] = last
			continue
		}
		var chars [corpus.NumLabels]int
		rest := text
		for k < len(gold) && gold[k] != "" && strings.HasPrefix(rest, gold[k]) {
			chars[goldLabels[k]] += len(gold[k])
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
	return labels
}

// nearest returns the first of the ascending indices at or after j, else
// (when back is set) the last one before j, else -1.
func nearest(indices []int, j int, back bool) int {
	for _, k := range indices {
		if k >= j {
			return k
		}
	}
	if back && len(indices) > 0 {
		return indices[len(indices)-1]
	}
	return -1
}

// scanFrom returns the first index c in [j, n) with ok(c), else the last one
// in [0, j) scanning backwards from j, else -1.
func scanFrom(n, j int, ok func(int) bool) int {
	for c := j; c < n; c++ {
		if ok(c) {
			return c
		}
	}
	for c := min(j, n) - 1; c >= 0; c-- {
		if ok(c) {
			return c
		}
	}
	return -1
}

// FoldOf returns the fold of the i-th document of an evaluation set.
func FoldOf(i, folds int) int { return i % folds }
