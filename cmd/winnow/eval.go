package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/winnowhq/winnow/bench"
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

func cmdEval(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("winnow eval", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var (
		gold, articles, pred, predOut, classifierName string
		asJSON                                        bool
		worst, workers                                int
	)
	fs.StringVar(&gold, "gold", "", "gold `FILE` (JSONL of labelled paragraphs, the shared/gold format): score paragraph labels")
	fs.StringVar(&articles, "article-extraction", "", "benchmark `DIR` (page-text.json + ground-truth.json): score the clean text with the benchmark's shingle metric")
	fs.StringVar(&pred, "pred", "", "with --gold: score this annotated output `DIR` (or file) instead of running the classifier")
	fs.StringVar(&predOut, "pred-out", "", "with --article-extraction: also write the clean text per page to `FILE` (the input of shared/tools/score.py)")
	fs.StringVar(&classifierName, "classifier", "rules", "paragraph classifier: rules")
	fs.BoolVar(&asJSON, "json", false, "print the report as JSON")
	fs.IntVar(&worst, "worst", 0, "with --article-extraction: list the N worst pages")
	fs.IntVar(&workers, "workers", 0, "documents processed at once (default: number of CPUs)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: winnow eval (--gold FILE | --article-extraction DIR) [flags]\n\nFlags:\n")
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("eval takes no arguments, got %q", rest)
	}
	if (gold == "") == (articles == "") {
		return usagef("eval needs exactly one of --gold FILE or --article-extraction DIR")
	}
	c, err := newClassifier(classifierName)
	if err != nil {
		return err
	}
	var opts []pipeline.Option
	if workers > 0 {
		opts = append(opts, pipeline.WithWorkers(workers))
	}
	if gold != "" {
		return evalGold(ctx, e, gold, pred, c, asJSON, opts)
	}
	return evalArticles(ctx, e, articles, predOut, c, asJSON, worst, opts)
}

// labelStages runs everything but the keep filter, so every paragraph keeps its label.
func labelStages(c classify.Classifier) []stages.Stage {
	return []stages.Stage{normalize.Stage{}, split.Stage{}, classify.Stage{C: c}}
}

// evalGold scores paragraph labels against gold documents, aligning lines.
func evalGold(ctx context.Context, e env, goldPath, predPath string, c classify.Classifier, asJSON bool, opts []pipeline.Option) error {
	golds, err := corpus.ReadGoldFile(goldPath)
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	predicted := map[string][]bench.LabeledText{}
	if predPath != "" {
		var docs []corpus.GoldDoc
		if st, err := os.Stat(predPath); err == nil && st.IsDir() {
			docs, err = corpus.ReadShardDir(predPath)
			if err != nil {
				return fmt.Errorf("read predictions: %w", err)
			}
		} else if docs, err = corpus.ReadGoldFile(predPath); err != nil {
			return fmt.Errorf("read predictions: %w", err)
		}
		for _, d := range docs {
			predicted[d.ID] = goldTexts(d.Paragraphs)
		}
	} else {
		// Rebuild each gold document's text (paragraphs separated by blank
		// lines, as the scraper saved them) and label it.
		docs := make([]*corpus.Document, len(golds))
		for i, g := range golds {
			texts := make([]string, len(g.Paragraphs))
			for j, p := range g.Paragraphs {
				texts[j] = p.Text
			}
			docs[i] = &corpus.Document{ID: g.ID, Raw: []byte(strings.Join(texts, "\n\n"))}
		}
		w := corpus.NewMemoryWriter()
		if _, err := pipeline.Run(ctx, corpus.NewMemoryReader(docs), w, labelStages(c), opts...); err != nil {
			return fmt.Errorf("label gold documents: %w", err)
		}
		for _, d := range w.Docs() {
			lt := make([]bench.LabeledText, len(d.Paragraphs))
			for i, p := range d.Paragraphs {
				lt[i] = bench.LabeledText{Text: p.Text, Label: p.Label}
			}
			predicted[d.ID] = lt
		}
	}
	var conf bench.Confusion
	var cov bench.Coverage
	for _, g := range golds {
		a := bench.AlignGold(goldTexts(g.Paragraphs), predicted[g.ID])
		conf.AddPairs(a.Pairs)
		addCoverage(&cov, a.Coverage)
	}
	report := conf.Report(&cov)
	if asJSON {
		return writeJSON(e.stdout, report)
	}
	fmt.Fprintf(e.stdout, "gold: %s (%d documents, %d lines scored, %d gold lines not found in the predictions)\n\n",
		goldPath, len(golds), report.Total, cov.Missing)
	return conf.WriteTable(e.stdout)
}

func goldTexts(ps []corpus.GoldParagraph) []bench.LabeledText {
	out := make([]bench.LabeledText, len(ps))
	for i, p := range ps {
		out[i] = bench.LabeledText{Text: p.Text, Label: p.Label}
	}
	return out
}

// evalArticles runs the clean pipeline over a benchmark's page dumps and
// scores the clean text with the benchmark's shingle metric.
func evalArticles(ctx context.Context, e env, dir, predOut string, c classify.Classifier, asJSON bool, worst int, opts []pipeline.Option) error {
	b, err := bench.LoadArticleBenchmark(dir)
	if err != nil {
		return err
	}
	pred, err := cleanPages(ctx, b, c, opts)
	if err != nil {
		return err
	}
	if predOut != "" {
		f, err := os.Create(predOut)
		if err != nil {
			return fmt.Errorf("write predictions: %w", err)
		}
		if err := bench.WritePredictions(f, pred); err != nil {
			f.Close()
			return fmt.Errorf("write predictions %s: %w", predOut, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("write predictions %s: %w", predOut, err)
		}
	}
	score := bench.ScoreShingles(pred, b.Gold)
	if asJSON {
		return writeJSON(e.stdout, score)
	}
	fmt.Fprintf(e.stdout, "benchmark: %s (%d pages, clean text = kept body)\n", filepath.Clean(dir), score.Pages)
	fmt.Fprintf(e.stdout, "shingle precision %.4f  recall %.4f  F1 %.4f  (F1 std %.4f, %d pages missing)\n",
		score.Precision, score.Recall, score.F1, score.F1Std, score.Missing)
	if worst > 0 {
		fmt.Fprintf(e.stdout, "\nworst pages:\n")
		for _, p := range bench.WorstPages(bench.ScorePages(pred, b.Gold), worst) {
			fmt.Fprintf(e.stdout, "  %s  P %.3f  R %.3f  F1 %.3f  %s\n", p.Key, p.Precision, p.Recall, p.F1, b.URL[p.Key])
		}
	}
	return nil
}

// cleanPages runs the clean pipeline (keeping body) on every page text of a
// benchmark and returns the clean text per page key; a dropped page maps to "".
func cleanPages(ctx context.Context, b *bench.ArticleBenchmark, c classify.Classifier, opts []pipeline.Option) (map[string]string, error) {
	docs := make([]*corpus.Document, len(b.Keys))
	for i, k := range b.Keys {
		docs[i] = &corpus.Document{ID: k, URL: b.URL[k], Raw: []byte(b.PageText[k])}
	}
	w := corpus.NewMemoryWriter()
	if _, err := pipeline.Run(ctx, corpus.NewMemoryReader(docs), w, cleanStages(c, corpus.NewLabelSet(corpus.Body)), opts...); err != nil {
		return nil, fmt.Errorf("clean benchmark pages: %w", err)
	}
	pred := make(map[string]string, len(b.Keys))
	for _, k := range b.Keys {
		pred[k] = ""
	}
	for _, d := range w.Docs() {
		pred[d.ID] = d.Clean
	}
	return pred, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func addCoverage(dst *bench.Coverage, c bench.Coverage) {
	dst.GoldLines += c.GoldLines
	dst.PredLines += c.PredLines
	dst.Exact += c.Exact
	dst.Contained += c.Contained
	dst.Missing += c.Missing
	dst.Extra += c.Extra
	for i := range c.MissingByLabel {
		dst.MissingByLabel[i] += c.MissingByLabel[i]
	}
}
