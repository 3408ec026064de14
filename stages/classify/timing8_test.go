package classify

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// TestPassTiming times the passes rewritten in profiling rounds 8 and 9
// against their former code (the references of authorbox_ref_test.go,
// shapes8_test.go, thread8_test.go and round9_test.go; lineFurniture
// against itself, for the noise) on the article-extraction pages with the
// model's labels, alternately in one process (on a machine shared with other jobs,
// alternated pairs see the same load), and logs each median ratio of
// new to former time. It runs only with WINNOW_TIMING set.
func TestPassTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("set WINNOW_TIMING to time")
	}
	m := defaultModelT(t)
	x, err := features.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	type doc struct {
		paras []corpus.Paragraph
		fs    []features.Features
		out   []Scored
	}
	var docs []doc
	for _, text := range readPageTexts(t, "article-extraction") {
		var ps []corpus.Paragraph
		for _, line := range strings.Split(text, "\n") {
			ps = append(ps, corpus.Paragraph{Text: line})
		}
		fs, _ := x.Document(ps, nil, nil)
		docs = append(docs, doc{ps, fs, m.Classify(ps)})
	}
	scratch := make([]Scored, 0, 1<<16)
	timePass := func(pass func([]corpus.Paragraph, []features.Features, []Scored)) time.Duration {
		start := time.Now()
		for rep := 0; rep < 3; rep++ {
			for _, d := range docs {
				out := append(scratch[:0], d.out...)
				pass(d.paras, d.fs, out)
			}
		}
		return time.Since(start)
	}
	lines := func(f func(string) bool) func([]corpus.Paragraph, []features.Features, []Scored) {
		return func(ps []corpus.Paragraph, fs []features.Features, out []Scored) {
			for i := range ps {
				if fs[i].Words <= creditMaxWords && f(ps[i].Text) {
					out[i].Score++
				}
			}
		}
	}
	for _, c := range []struct {
		name     string
		new, old func([]corpus.Paragraph, []features.Features, []Scored)
	}{
		{"creditLines", creditLines, creditLinesReference},
		{"aboutBox", aboutBox, aboutBoxReference},
		{"isPhotoCredit", lines(isPhotoCredit), lines(isPhotoCreditReference)},
		{"isRelativeTime", lines(isRelativeTime), lines(isRelativeTimeReference)},
		{"startsWithTrade", lines(startsWithTrade), lines(startsWithTradeReference)},
		{"namedAuthorBox", namedAuthorBox, namedAuthorBoxReference},
		{"promoLists", promoLists, promoListsReference},
		{"lineFurniture", lineFurniture, lineFurniture},
	} {
		var ratios []float64
		var olds, news []time.Duration
		for pair := 0; pair < 31; pair++ {
			o, n := timePass(c.old), timePass(c.new)
			olds, news = append(olds, o), append(news, n)
			ratios = append(ratios, float64(n)/float64(o))
		}
		slices.Sort(ratios)
		slices.Sort(olds)
		slices.Sort(news)
		t.Logf("%s: new/former median %.3f (quartiles %.3f, %.3f); median times %v -> %v", c.name, ratios[15], ratios[7], ratios[23], olds[15], news[15])
	}
}
