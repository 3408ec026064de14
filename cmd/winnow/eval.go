package main

import (
	"context"
	"encoding/json"

	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/winnowhq/winnow/bench"
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/goldset"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages/classify"
)

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// seedsFlag is a comma-separated list of training seeds.
type seedsFlag []uint64

func (s *seedsFlag) String() string {
	parts := make([]string, len(*s))
	for i, v := range *s {
		parts[i] = strconv.FormatUint(v, 10)
	}
	return strings.Join(parts, ",")
}

func (s *seedsFlag) Set(v string) error {
	*s = (*s)[:0]
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
		if err != nil {
			return fmt.Errorf("seed %q: want a whole number", f)
		}
		if slices.Contains(*s, n) {
			return fmt.Errorf("seed %d given twice", n)
		}
		*s = append(*s, n)
	}
	return nil
}

func cmdEval(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("winnow eval", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var (
		gold, goldsetDir, articles, pred, predOut, report, focusName, input string
		asJSON, plain                                                       bool
		worst, cv                                                           int
		classifiers                                                         listFlag
		seeds                                                               seedsFlag
	)
	fs.StringVar(&gold, "gold", "", "gold `FILE`: JSONL of labelled paragraphs (the shared/gold format)")
	fs.StringVar(&goldsetDir, "goldset", "", "benchmark `DIR` with built-in line labels (article-extraction): per-label scores and the body's shingle score")
	fs.StringVar(&articles, "article-extraction", "", "benchmark `DIR` (page-text.json + ground-truth.json): the clean text's shingle score only")
	fs.StringVar(&input, "input", "text", "with --goldset or --article-extraction: read the pages from their text dumps (text) or from their saved HTML with its markup (html)")
	fs.Var(&classifiers, "classifier", "classifier to score, repeatable to compare side by side: model, model:PATH, rules, exec:CMD (default model)")
	fs.IntVar(&cv, "cv", 0, "score learned models by K-fold cross-validation by document, retraining on the gold set (needed for pages the model was trained on)")
	fs.Var(&seeds, "seeds", "with --cv: also cross-validate each learned classifier with each of these training `SEEDS` (comma-separated, e.g. 1,2,3,4) and print the spread of its scores")
	fs.StringVar(&focusName, "focus", "balanced", "learned model's body threshold: precision, balanced or recall")
	fs.StringVar(&pred, "pred", "", "with --gold: score this annotated output `DIR` (or file) instead of running a classifier")
	fs.StringVar(&predOut, "pred-out", "", "write the clean text per page to `FILE` (the input of shared/tools/score.py; with several classifiers, the first one's): as winnow clean writes it, the headline left out, for the benchmarks; with --gold, headline and text, as the gold's body has both")
	fs.StringVar(&report, "report", "", "also write an HTML report with SVG confusion matrices to `FILE`")
	fs.BoolVar(&asJSON, "json", false, "print the reports as JSON")
	fs.BoolVar(&plain, "plain", false, "with --article-extraction: score the clean text as winnow clean --plain writes it, without a converter's markup")
	fs.IntVar(&worst, "worst", 0, "list the N pages with the lowest body shingle F1 (with several classifiers, the first one's)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: winnow eval (--gold FILE | --goldset DIR | --article-extraction DIR) [flags]

Scores classifiers on gold labels. Examples:
  winnow eval --gold ../shared/gold/seeds.jsonl
  winnow eval --goldset ../shared/benchmarks/article-extraction --classifier rules --classifier model --cv 5
  winnow eval --goldset ../shared/benchmarks/article-extraction --classifier model --cv 5 --seeds 1,2,3,4
  winnow eval --article-extraction ../shared/benchmarks/readability-pages --classifier model
  winnow eval --gold ../shared/gold/seeds.jsonl --classifier 'exec:python3 my_classifier.py'

An exec:CMD classifier reads one JSON object per paragraph on stdin,
{"doc": ID, "index": i, "count": n, "text": ...}, and writes one line per
paragraph on stdout: a label, or {"label": ..., "score": ...}.

Flags:
`)
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("eval takes no arguments, got %q", rest)
	}
	sources := 0
	for _, s := range []string{gold, goldsetDir, articles} {
		if s != "" {
			sources++
		}
	}
	if sources != 1 {
		return usagef("eval needs exactly one of --gold FILE, --goldset DIR or --article-extraction DIR")
	}
	if len(seeds) > 0 && (cv < 2 || articles != "" || pred != "") {
		return usagef("--seeds needs --cv K (K >= 2) with --gold or --goldset")
	}
	focus, err := classify.ParseFocus(focusName)
	if err != nil {
		return usagef("--focus: %v", err)
	}
	if len(classifiers) == 0 {
		classifiers = listFlag{"model"}
	}
	if articles != "" {
		if len(classifiers) != 1 {
			return usagef("--article-extraction scores one classifier at a time; use --goldset to compare")
		}
		if input != "text" && input != "html" {
			return usagef("--input must be text or html, got %q", input)
		}
		return evalArticles(ctx, e, articleEval{dir: articles, predOut: predOut, spec: classifierSpec(classifiers[0]), focus: focus, asJSON: asJSON, worst: worst, html: input == "html", plain: plain})
	}
	if pred != "" {
		return evalPredictions(e, gold, pred, asJSON)
	}

	var docs []bench.EvalDoc
	title := ""
	if gold != "" {
		golds, err := corpus.ReadGoldFile(gold)
		if err != nil {
			return fmt.Errorf("read gold: %w", err)
		}
		docs = bench.EvalDocsFromGold(golds)
		title = fmt.Sprintf("%s (%d documents)", gold, len(docs))
	} else {
		if input != "text" && input != "html" {
			return usagef("--input must be text or html, got %q", input)
		}
		docs, err = goldsetDocs(ctx, goldsetDir, input == "html")
		if err != nil {
			return err
		}
		title = fmt.Sprintf("%s (%d pages read as %s, built-in line labels)", filepath.Clean(goldsetDir), len(docs), input)
	}
	var reports []*bench.Report
	for _, spec := range classifiers {
		r, err := evalOne(ctx, e, classifierSpec(spec), focus, docs, cv, seeds, gold == "" && input == "html")
		if err != nil {
			return err
		}
		reports = append(reports, r)
	}
	if report != "" {
		if err := writeReportFile(report, title, reports); err != nil {
			return err
		}
	}
	if predOut != "" {
		if err := writePredictions(predOut, reports[0].Clean); err != nil {
			return err
		}
	}
	if asJSON {
		return writeJSON(e.stdout, reports)
	}
	fmt.Fprintf(e.stdout, "gold: %s\n\n", title)
	if err := bench.WriteComparison(e.stdout, reports); err != nil {
		return err
	}
	if worst > 0 {
		gold := make(map[string]string, len(docs))
		for _, d := range docs {
			gold[d.ID] = d.GoldBody
		}
		fmt.Fprintf(e.stdout, "\nworst pages (%s):\n", reports[0].Name)
		writeWorstPages(e.stdout, reports[0].Clean, gold, nil, worst)
	}
	return nil
}

// evalOne scores one classifier on docs, by cross-validation when asked
// (learned models only), refusing to score a model on documents it was
// trained on. With html (documents read from HTML), cross-validation
// retrains with the options of the model's HTML model. With seeds, a
// learned model's cross-validation is also run with each training seed,
// and the report carries the spread of the scores.
func evalOne(ctx context.Context, e env, spec classifierSpec, focus classify.Focus, docs []bench.EvalDoc, cv int, seeds []uint64, html bool) (*bench.Report, error) {
	name := string(spec)
	if strings.HasPrefix(name, "exec:") {
		return bench.Evaluate(ctx, docs, bench.ExecLabeler{Command: strings.TrimPrefix(name, "exec:"), Stderr: e.stderr})
	}
	m, err := spec.model()
	if err != nil {
		return nil, err
	}
	if m != nil && cv > 1 {
		rules, err := classify.DefaultRules()
		if err != nil {
			return nil, err
		}
		opts := m.Info.Options
		if html {
			opts = m.HTMLModel().Info.Options
		}
		crossValidate := func(opts classify.TrainOptions) (*bench.Report, error) {
			return bench.EvaluateCV(ctx, name+" (retrained per fold)", docs, cv, func(fold int, tds []classify.TrainDoc) (classify.Classifier, error) {
				fm, err := classify.Train(tds, rules, opts)
				if err != nil {
					return nil, err
				}
				return fm.WithFocus(focus), nil
			})
		}
		r, err := crossValidate(opts)
		if err != nil || len(seeds) == 0 {
			return r, err
		}
		runs := make([]bench.SeedRun, len(seeds))
		for i, seed := range seeds {
			fmt.Fprintf(e.stderr, "winnow eval: %s, seed %d (%d of %d)…\n", name, seed, i+1, len(seeds))
			o := opts
			o.Seed = seed
			rs := r
			if seed != opts.Seed {
				if rs, err = crossValidate(o); err != nil {
					return nil, fmt.Errorf("seed %d: %w", seed, err)
				}
			}
			runs[i] = bench.SeedRunOf(seed, rs)
		}
		r.Seeds = bench.NewSeedSpread(runs)
		return r, nil
	}
	if m != nil {
		if n := overlap(m.Info.Pages, docs); n > 0 {
			return nil, fmt.Errorf("the %s classifier was trained on %d of these %d documents: scoring it on them would be dishonest; pass --cv 5 to retrain per fold", name, n, len(docs))
		}
	}
	c, err := spec.load(focus)
	if err != nil {
		return nil, err
	}
	return bench.Evaluate(ctx, docs, bench.ClassifierLabeler{N: name, C: c})
}

func overlap(trained []string, docs []bench.EvalDoc) int {
	seen := make(map[string]bool, len(trained))
	for _, k := range trained {
		seen[k] = true
	}
	n := 0
	for _, d := range docs {
		if seen[d.ID] {
			n++
		}
	}
	return n
}

// goldsetDocs joins the built-in line labels with a benchmark directory;
// with html, the pages' paragraphs are read from their saved HTML.
func goldsetDocs(ctx context.Context, dir string, html bool) ([]bench.EvalDoc, error) {
	b, err := bench.LoadArticleBenchmark(dir)
	if err != nil {
		return nil, err
	}
	set, err := goldset.ArticleExtraction()
	if err != nil {
		return nil, err
	}
	gdocs, err := set.Join(b.PageText)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (built-in labels are for shared/benchmarks/article-extraction)", dir, err)
	}
	docs := bench.EvalDocsFromGoldset(gdocs, b)
	if html {
		return bench.WithHTMLParagraphs(ctx, dir, docs)
	}
	return docs, nil
}

func writeReportFile(path, title string, reports []*bench.Report) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := bench.WriteHTMLReport(f, "winnow eval: "+title, reports); err != nil {
		f.Close()
		return fmt.Errorf("write report %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	return nil
}

// evalPredictions scores annotated output (shards or a gold-format file)
// against gold documents.
func evalPredictions(e env, goldPath, predPath string, asJSON bool) error {
	if goldPath == "" {
		return usagef("--pred needs --gold")
	}
	golds, err := corpus.ReadGoldFile(goldPath)
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	var docs []corpus.GoldDoc
	if st, err := os.Stat(predPath); err == nil && st.IsDir() {
		docs, err = corpus.ReadShardDir(predPath)
		if err != nil {
			return fmt.Errorf("read predictions: %w", err)
		}
	} else if docs, err = corpus.ReadGoldFile(predPath); err != nil {
		return fmt.Errorf("read predictions: %w", err)
	}
	predicted := map[string][]bench.LabeledText{}
	for _, d := range docs {
		predicted[d.ID] = goldTexts(d.Paragraphs)
	}
	var conf bench.Confusion
	var cov bench.Coverage
	for _, g := range golds {
		a := bench.AlignGold(goldTexts(g.Paragraphs), predicted[g.ID])
		conf.AddPairs(a.Pairs)
		cov.Merge(&a.Coverage)
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

// articleEval is what evalArticles scores and how.
type articleEval struct {
	dir, predOut string
	spec         classifierSpec
	focus        classify.Focus
	asJSON       bool
	worst        int
	// html reads the pages from their saved HTML; plain writes the clean
	// text without a converter's markup (clean --plain).
	html, plain bool
}

// evalArticles runs the clean pipeline over a benchmark's page dumps and
// scores the clean text with the benchmark's shingle metric.
func evalArticles(ctx context.Context, e env, a articleEval) error {
	dir, predOut, spec, focus, asJSON, worst, html := a.dir, a.predOut, a.spec, a.focus, a.asJSON, a.worst, a.html
	b, err := bench.LoadArticleBenchmark(dir)
	if err != nil {
		return err
	}
	m, err := spec.model()
	if err != nil {
		return err
	}
	if m != nil {
		docs := make([]bench.EvalDoc, len(b.Keys))
		for i, k := range b.Keys {
			docs[i].ID = k
		}
		if n := overlap(m.Info.Pages, docs); n > 0 {
			return fmt.Errorf("the %s classifier was trained on %d of these %d pages: scoring it on them would be dishonest; use winnow eval --goldset %s --cv 5", spec, n, len(docs), dir)
		}
	}
	c, err := spec.load(focus)
	if err != nil {
		return err
	}
	pred, titles, err := cleanPages(ctx, b, c, nil, html, a.plain)
	if err != nil {
		return err
	}
	if predOut != "" {
		if err := writePredictions(predOut, pred); err != nil {
			return err
		}
	}
	score := bench.ScoreShingles(pred, b.Gold)
	var ts *bench.TitleScore
	if b.Titles != nil {
		t := bench.ScoreTitles(titles, b.Titles)
		ts = &t
	}
	if asJSON {
		return writeJSON(e.stdout, struct {
			bench.ShingleScore
			Titles *bench.TitleScore `json:"titles,omitempty"`
		}{score, ts})
	}
	kind := "text dumps"
	if html {
		kind = "saved HTML"
	}
	clean := "kept body"
	if a.plain {
		clean += " as plain text"
	}
	fmt.Fprintf(e.stdout, "benchmark: %s (%d pages, %s), classifier %s, clean text = %s\n", filepath.Clean(dir), score.Pages, kind, spec, clean)
	fmt.Fprintf(e.stdout, "shingle precision %.4f  recall %.4f  F1 %.4f  (F1 std %.4f, %d pages missing)\n",
		score.Precision, score.Recall, score.F1, score.F1Std, score.Missing)
	if ts != nil {
		fmt.Fprintf(e.stdout, "headline (record title) against metadata.json's title: found on %d of %d pages, %d match (precision %.3f, recall %.3f)\n",
			ts.Found, ts.Pages, ts.Match, ts.Precision(), ts.Recall())
	}
	if worst > 0 {
		fmt.Fprintf(e.stdout, "\nworst pages:\n")
		writeWorstPages(e.stdout, pred, b.Gold, b.URL, worst)
	}
	return nil
}

// writeWorstPages prints the n pages of pred with the lowest body shingle
// F1 against gold, with their URL when urls has one.
func writeWorstPages(w io.Writer, pred, gold, urls map[string]string, n int) {
	for _, p := range bench.WorstPages(bench.ScorePages(pred, gold), n) {
		fmt.Fprintf(w, "  %s  P %.3f  R %.3f  F1 %.3f", p.Key, p.Precision, p.Recall, p.F1)
		if u := urls[p.Key]; u != "" {
			fmt.Fprintf(w, "  %s", u)
		}
		fmt.Fprintln(w)
	}
}

func writePredictions(path string, pred map[string]string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	if err := bench.WritePredictions(f, pred); err != nil {
		f.Close()
		return fmt.Errorf("write predictions %s: %w", path, err)
	}
	return f.Close()
}

// cleanPages runs the clean pipeline (keeping body) on every page of a
// benchmark, read from its text dump or (html) its saved HTML, and returns
// the clean text (plain: as clean --plain writes it) and the title (the
// headline) per page key; a dropped page maps to "".
func cleanPages(ctx context.Context, b *bench.ArticleBenchmark, c classify.Classifier, opts []pipeline.Option, html, plain bool) (pred, titles map[string]string, err error) {
	docs := make([]*corpus.Document, len(b.Keys))
	for i, k := range b.Keys {
		docs[i] = &corpus.Document{ID: k, URL: b.URL[k], Raw: []byte(b.PageText[k])}
		if html {
			raw, err := bench.ReadPageHTML(b.Dir, k)
			if err != nil {
				return nil, nil, err
			}
			docs[i].Raw = raw
			docs[i].Meta = map[string]string{corpus.MetaContentType: "text/html"}
		}
	}
	w := corpus.NewMemoryWriter()
	if _, err := pipeline.Run(ctx, corpus.NewMemoryReader(docs), w, cleanStages(c, corpus.NewLabelSet(corpus.Body), plain), opts...); err != nil {
		return nil, nil, fmt.Errorf("clean benchmark pages: %w", err)
	}
	pred = make(map[string]string, len(b.Keys))
	titles = make(map[string]string, len(b.Keys))
	for _, k := range b.Keys {
		pred[k] = ""
	}
	for _, d := range w.Docs() {
		pred[d.ID] = d.Clean
		titles[d.ID] = d.Title
	}
	return pred, titles, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
