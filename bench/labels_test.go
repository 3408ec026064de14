package bench

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// confusionOf builds a Confusion from rows of counts (gold row, predicted
// column) through Add/AddN.
func confusionOf(rows [corpus.NumLabels][corpus.NumLabels]int) *Confusion {
	var c Confusion
	for g, row := range rows {
		for p, n := range row {
			if n == 1 {
				c.Add(corpus.Label(g), corpus.Label(p))
			} else if n > 0 {
				c.AddN(corpus.Label(g), corpus.Label(p), n)
			}
		}
	}
	return &c
}

func TestConfusionMetrics(t *testing.T) {
	type prf struct {
		p, r, f1           float64
		support, predicted int
	}
	tests := []struct {
		name     string
		rows     [corpus.NumLabels][corpus.NumLabels]int
		want     [corpus.NumLabels]prf // body, bio, promo, comment, chrome
		macro    float64
		accuracy float64
		total    int
	}{
		{
			name: "empty",
		},
		{
			// Hand-computed: body 8/10 both ways; bio P 2/2 R 2/3 F1 0.8;
			// promo 3/4 both ways; comment absent (left out of the macro
			// mean); chrome P 1/3 R 1/2 F1 0.4. Macro (0.8+0.8+0.75+0.4)/4.
			name: "mixed",
			rows: [corpus.NumLabels][corpus.NumLabels]int{
				{8, 0, 1, 0, 1},
				{1, 2, 0, 0, 0},
				{0, 0, 3, 0, 1},
				{0, 0, 0, 0, 0},
				{1, 0, 0, 0, 1},
			},
			want: [corpus.NumLabels]prf{
				{0.8, 0.8, 0.8, 10, 10},
				{1, 2.0 / 3, 0.8, 3, 2},
				{0.75, 0.75, 0.75, 4, 4},
				{0, 0, 0, 0, 0},
				{1.0 / 3, 0.5, 0.4, 2, 3},
			},
			macro: 0.6875, accuracy: 14.0 / 19, total: 19,
		},
		{
			// comment is predicted but never gold: F1 0, and it counts.
			name: "predicted label absent from gold",
			rows: [corpus.NumLabels][corpus.NumLabels]int{{1, 0, 0, 1, 0}},
			want: [corpus.NumLabels]prf{
				{1, 0.5, 2.0 / 3, 2, 1},
				{}, {},
				{0, 0, 0, 0, 1},
				{},
			},
			macro: 1.0 / 3, accuracy: 0.5, total: 2,
		},
		{
			name:  "perfect",
			rows:  [corpus.NumLabels][corpus.NumLabels]int{{5}, {0, 2}},
			want:  [corpus.NumLabels]prf{{1, 1, 1, 5, 5}, {1, 1, 1, 2, 2}},
			macro: 1, accuracy: 1, total: 7,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := confusionOf(tt.rows)
			const eps = 1e-12
			for i, m := range c.PerLabel() {
				w := tt.want[i]
				assert.Equal(t, corpus.Label(i), m.Label)
				assert.InDelta(t, w.p, m.Precision, eps, "%s precision", m.Label)
				assert.InDelta(t, w.r, m.Recall, eps, "%s recall", m.Label)
				assert.InDelta(t, w.f1, m.F1, eps, "%s F1", m.Label)
				assert.Equal(t, w.support, m.Support, "%s support", m.Label)
				assert.Equal(t, w.predicted, m.Predicted, "%s predicted", m.Label)
			}
			assert.InDelta(t, tt.macro, c.MacroF1(), eps, "macro F1")
			assert.InDelta(t, tt.accuracy, c.Accuracy(), eps, "accuracy")
			assert.Equal(t, tt.total, c.Total())

			r := c.Report(nil)
			assert.Equal(t, tt.total, r.Total)
			require.Len(t, r.Matrix, corpus.NumLabels)
			for g := range r.Matrix {
				assert.Equal(t, tt.rows[g][:], r.Matrix[g])
			}
		})
	}
}

func TestConfusionAddInvalid(t *testing.T) {
	var c Confusion
	assert.Panics(t, func() { c.Add(corpus.Label(corpus.NumLabels), corpus.Body) })
	assert.Panics(t, func() { c.Add(corpus.Body, corpus.Label(9)) })
}

func TestConfusionMerge(t *testing.T) {
	a := confusionOf([corpus.NumLabels][corpus.NumLabels]int{{1, 2}})
	b := confusionOf([corpus.NumLabels][corpus.NumLabels]int{{3}, {0, 0, 4}})
	a.Merge(b)
	assert.Equal(t, *confusionOf([corpus.NumLabels][corpus.NumLabels]int{{4, 2}, {0, 0, 4}}), *a)
}

func TestConfusionReportJSON(t *testing.T) {
	c := confusionOf([corpus.NumLabels][corpus.NumLabels]int{{2, 0, 0, 0, 1}, {0, 1}})
	cov := &Coverage{GoldLines: 5, Exact: 4, Missing: 1}
	cov.MissingByLabel[corpus.Chrome] = 1
	data, err := json.Marshal(c.Report(cov))
	require.NoError(t, err)
	var back map[string]any
	require.NoError(t, json.Unmarshal(data, &back))
	assert.EqualValues(t, 4, back["total"])
	assert.InDelta(t, 0.75, back["accuracy"], 1e-12)
	labels := back["labels"].([]any)
	require.Len(t, labels, corpus.NumLabels)
	assert.Equal(t, "body", labels[0].(map[string]any)["label"])
	assert.Equal(t, "chrome", labels[4].(map[string]any)["label"])
	assert.Equal(t, []any{2.0, 0.0, 0.0, 0.0, 1.0}, back["matrix"].([]any)[0])
	assert.Equal(t, []any{0.0, 0.0, 0.0, 0.0, 1.0}, back["coverage"].(map[string]any)["missing_by_label"])

	data, err = json.Marshal(c.Report(nil))
	require.NoError(t, err)
	assert.NotContains(t, string(data), "coverage")
}

func TestConfusionWriteTable(t *testing.T) {
	c := confusionOf([corpus.NumLabels][corpus.NumLabels]int{
		{8, 0, 1, 0, 1},
		{1, 2, 0, 0, 0},
		{0, 0, 3, 0, 1},
		{0, 0, 0, 0, 0},
		{1, 0, 0, 0, 1},
	})
	var b strings.Builder
	require.NoError(t, c.WriteTable(&b))
	want := `label            precision    recall        f1   support predicted
body                 0.800     0.800     0.800        10        10
bio                  1.000     0.667     0.800         3         2
promo                0.750     0.750     0.750         4         4
comment              0.000     0.000     0.000         0         0
chrome               0.333     0.500     0.400         2         3
macro F1 0.688 (over 4 labels), accuracy 0.737 (14/19)

gold \ predicted body bio promo comment chrome
body                8   0     1       0      1
bio                 1   2     0       0      0
promo               0   0     3       0      1
comment             0   0     0       0      0
chrome              1   0     0       0      1
`
	assert.Equal(t, want, b.String())
	assert.Equal(t, want, c.String())
}
