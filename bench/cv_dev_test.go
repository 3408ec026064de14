package bench

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/winnowhq/winnow/corpus/goldset"
	"github.com/winnowhq/winnow/stages/classify"
)

// TestDevCV is a development aid (WINNOW_DEV_CV=1): 5-fold CV of the model.
func TestDevCV(t *testing.T) {
	if os.Getenv("WINNOW_DEV_CV") == "" {
		t.Skip("development aid: set WINNOW_DEV_CV=1")
	}
	b, err := LoadArticleBenchmark("../../shared/benchmarks/article-extraction")
	if err != nil {
		t.Fatal(err)
	}
	set, err := goldset.ArticleExtraction()
	if err != nil {
		t.Fatal(err)
	}
	gdocs, err := set.Join(b.PageText)
	if err != nil {
		t.Fatal(err)
	}
	docs := EvalDocsFromGoldset(gdocs, b)
	rules, _ := classify.DefaultRules()
	rm, err := EvaluateCV(context.Background(), "model", docs, 5, func(fold int, tds []classify.TrainDoc) (classify.Classifier, error) {
		return classify.Train(tds, rules, classify.DefaultTrainOptions())
	})
	if err != nil {
		t.Fatal(err)
	}
	WriteComparison(os.Stderr, []*Report{rm})
	for _, p := range WorstPages(ScorePages(rm.Clean, b.Gold), 30) {
		t.Logf("%s P %.3f R %.3f F1 %.3f gold %d pred %d", p.Key[:12], p.Precision, p.Recall, p.F1, p.GoldShingles, p.PredShingles)
	}
}

func TestDevCVOpts(t *testing.T) {
	if os.Getenv("WINNOW_DEV_CV") == "" {
		t.Skip("development aid: set WINNOW_DEV_CV=1")
	}
	b, _ := LoadArticleBenchmark("../../shared/benchmarks/article-extraction")
	set, _ := goldset.ArticleExtraction()
	gdocs, _ := set.Join(b.PageText)
	docs := EvalDocsFromGoldset(gdocs, b)
	rules, _ := classify.DefaultRules()
	var reports []*Report
	for _, v := range []struct {
		name string
		f    func(o *classify.TrainOptions)
	}{
		{"default", func(o *classify.TrainOptions) {}},
		{"lambda=0", func(o *classify.TrainOptions) { o.Lambda = 0 }},
	} {
		o := classify.DefaultTrainOptions()
		v.f(&o)
		rm, _ := EvaluateCV(context.Background(), v.name, docs, 5, func(fold int, tds []classify.TrainDoc) (classify.Classifier, error) {
			return classify.Train(tds, rules, o)
		})
		reports = append(reports, rm)
	}
	WriteComparison(os.Stderr, reports)
}

func TestDevReadability(t *testing.T) {
	if os.Getenv("WINNOW_DEV_CV") == "" {
		t.Skip("development aid: set WINNOW_DEV_CV=1")
	}
	b, _ := LoadArticleBenchmark("../../shared/benchmarks/article-extraction")
	rb, _ := LoadArticleBenchmark("../../shared/benchmarks/readability-pages")
	set, _ := goldset.ArticleExtraction()
	gdocs, _ := set.Join(b.PageText)
	docs := EvalDocsFromGoldset(gdocs, b)
	tds := make([]classify.TrainDoc, len(docs))
	for i, d := range docs {
		tds[i] = TrainingDoc(d)
	}
	rules, _ := classify.DefaultRules()
	for _, v := range []struct {
		name string
		f    func(o *classify.TrainOptions)
	}{
		{"default", func(o *classify.TrainOptions) {}},
		{"lambda=0", func(o *classify.TrainOptions) { o.Lambda = 0 }},
		{"nostack", func(o *classify.TrainOptions) { o.StackFolds = 0 }},
	} {
		o := classify.DefaultTrainOptions()
		v.f(&o)
		m, _ := classify.Train(tds, rules, o)
		pred := rb.Predict(func(text string) string {
			ps := Paragraphs(text)
			var out []string
			for i, s := range m.Classify(ps) {
				if s.Label == 0 {
					out = append(out, ps[i].Text)
				}
			}
			return strings.Join(out, "\n\n")
		})
		s := ScoreShingles(pred, rb.Gold)
		t.Logf("%s: readability P %.4f R %.4f F1 %.4f", v.name, s.Precision, s.Recall, s.F1)
	}
}

func TestDevPage(t *testing.T) {
	key := os.Getenv("WINNOW_DEV_PAGE")
	if key == "" {
		t.Skip("development aid: set WINNOW_DEV_PAGE=KEY")
	}
	b, _ := LoadArticleBenchmark("../../shared/benchmarks/article-extraction")
	set, _ := goldset.ArticleExtraction()
	gdocs, _ := set.Join(b.PageText)
	docs := EvalDocsFromGoldset(gdocs, b)
	rules, _ := classify.DefaultRules()
	var train []classify.TrainDoc
	var target classify.TrainDoc
	for i, d := range docs {
		td := TrainingDoc(d)
		if strings.HasPrefix(d.ID, key) {
			target = td
			continue
		}
		if FoldOf(i, 5) != 0 {
			train = append(train, td)
		}
	}
	m, _ := classify.Train(train, rules, classify.DefaultTrainOptions())
	out := m.Classify(target.Paras)
	rl := rules.Classify(target.Paras)
	for i, p := range target.Paras {
		txt := []rune(p.Text)
		if len(txt) > 90 {
			txt = txt[:90]
		}
		t.Logf("%4d gold %-7s model %-7s %.2f rules %-7s %s", i, target.Labels[i], out[i].Label, out[i].Score, rl[i].Label, string(txt))
	}
}

func TestDevCVHTML(t *testing.T) {
	if os.Getenv("WINNOW_DEV_CV") == "" {
		t.Skip("development aid: set WINNOW_DEV_CV=1")
	}
	dir := "../../shared/benchmarks/article-extraction"
	b, _ := LoadArticleBenchmark(dir)
	set, _ := goldset.ArticleExtraction()
	gdocs, _ := set.Join(b.PageText)
	docs, err := WithHTMLParagraphs(context.Background(), dir, EvalDocsFromGoldset(gdocs, b))
	if err != nil {
		t.Fatal(err)
	}
	rules, _ := classify.DefaultRules()
	rm, err := EvaluateCV(context.Background(), "model-html", docs, 5, func(fold int, tds []classify.TrainDoc) (classify.Classifier, error) {
		return classify.Train(tds, rules, classify.DefaultTrainOptions())
	})
	if err != nil {
		t.Fatal(err)
	}
	rr, _ := Evaluate(context.Background(), docs, ClassifierLabeler{"rules-html", rules})
	WriteComparison(os.Stderr, []*Report{rr, rm})
}
