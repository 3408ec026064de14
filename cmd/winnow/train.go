package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/winnowhq/winnow/bench"
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/classify"
)

func cmdTrain(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("winnow train", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var (
		golds                  listFlag
		goldsetDir, out, input string
		cv                     int
	)
	fs.Var(&golds, "gold", "gold `FILE` (JSONL of labelled paragraphs), repeatable")
	fs.StringVar(&goldsetDir, "goldset", "", "benchmark `DIR` with built-in line labels (article-extraction)")
	fs.StringVar(&out, "o", "model.bin", "output model `FILE`")
	fs.StringVar(&input, "input", "both", "with --goldset: train on the pages' text dumps (text), their saved HTML (html), or both (both: one model for either input)")
	fs.IntVar(&cv, "cv", 5, "also report K-fold cross-validated scores by document (0 or 1: skip)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: winnow train (--goldset DIR | --gold FILE...) [-o FILE] [--cv K]

Trains the learned paragraph classifier (deterministically, fixed seed) on
gold labels, reports K-fold cross-validated scores (every document scored by
a model that did not see it), then trains on all documents and writes the
model. Use it with: winnow clean --classifier model:FILE.

Example (how the built-in model is made):
  winnow train --goldset ../shared/benchmarks/article-extraction -o stages/classify/models/default.model

Flags:
`)
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("train takes no arguments, got %q", rest)
	}
	var docs []bench.EvalDoc
	var sources []string
	if goldsetDir != "" {
		if input != "text" && input != "html" && input != "both" {
			return usagef("--input must be text, html or both, got %q", input)
		}
		for _, kind := range []string{"text", "html"} {
			if input != kind && input != "both" {
				continue
			}
			d, err := goldsetDocs(ctx, goldsetDir, kind == "html")
			if err != nil {
				return err
			}
			docs = append(docs, d...)
			sources = append(sources, fmt.Sprintf("%d pages of %s read as %s (built-in line labels, docs/labelling.md)", len(d), filepath.Base(filepath.Clean(goldsetDir)), kind))
		}
	}
	for _, g := range golds {
		gd, err := corpus.ReadGoldFile(g)
		if err != nil {
			return fmt.Errorf("read gold: %w", err)
		}
		docs = append(docs, bench.EvalDocsFromGold(gd)...)
		sources = append(sources, fmt.Sprintf("%d documents of %s", len(gd), filepath.Base(g)))
	}
	if len(docs) == 0 {
		return usagef("train needs --goldset DIR or --gold FILE")
	}
	rules, err := classify.DefaultRules()
	if err != nil {
		return err
	}
	opts := classify.DefaultTrainOptions()
	if input == "html" {
		opts = classify.HTMLTrainOptions()
	}
	scores := map[string]float64{}
	if cv > 1 {
		r, err := bench.EvaluateCV(ctx, "model", docs, cv, func(fold int, tds []classify.TrainDoc) (classify.Classifier, error) {
			fmt.Fprintf(e.stderr, "winnow train: fold %d/%d…\n", fold+1, cv)
			return classify.Train(tds, rules, opts)
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%d-fold cross-validation by page over %d documents (the text and HTML of a page share a fold):\n", cv, len(docs))
		if err := bench.WriteComparison(e.stdout, []*bench.Report{r}); err != nil {
			return err
		}
		scores["folds"] = float64(cv)
		scores["macro_f1"] = r.Labels.MacroF1
		scores["accuracy"] = r.Labels.Accuracy
		scores["body_shingle_precision"] = r.Shingle.Precision
		scores["body_shingle_recall"] = r.Shingle.Recall
		scores["body_shingle_f1"] = r.Shingle.F1
		for _, l := range corpus.Labels() {
			scores[l.String()+"_f1"] = r.Confusion().Metrics(l).F1
		}
	}
	tds := make([]classify.TrainDoc, len(docs))
	for i, d := range docs {
		tds[i] = bench.TrainingDoc(d)
	}
	m, err := classify.Train(tds, rules, opts)
	if err != nil {
		return err
	}
	m.Info.TrainedOn = strings.Join(sources, "; ")
	if len(scores) > 0 {
		m.Info.CV = scores
	}
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write model %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write model %s: %w", out, err)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	st, _ := os.Stat(out)
	fmt.Fprintf(e.stdout, "\nmodel: %s (%.1f MB), trained on %s\n", out, float64(st.Size())/1e6, m.Info.TrainedOn)
	return nil
}
