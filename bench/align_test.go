package bench

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestAlignGold(t *testing.T) {
	const (
		body    = corpus.Body
		bio     = corpus.Bio
		promo   = corpus.Promo
		comment = corpus.Comment
		chrome  = corpus.Chrome
	)
	lt := func(label corpus.Label, text string) LabeledText { return LabeledText{Text: text, Label: label} }
	tests := []struct {
		name  string
		gold  []LabeledText
		pred  []LabeledText
		pairs []LabelPair
		cov   Coverage // MissingByLabel checked through missing
		miss  map[corpus.Label]int
	}{
		{
			name: "empty",
		},
		{
			name:  "different paragraph splits, same lines",
			gold:  []LabeledText{lt(body, "A\nB"), lt(chrome, "C")},
			pred:  []LabeledText{lt(body, "A"), lt(body, "B"), lt(promo, "C")},
			pairs: []LabelPair{{body, body}, {body, body}, {chrome, promo}},
			cov:   Coverage{GoldLines: 3, PredLines: 3, Exact: 3},
		},
		{
			name:  "blank and padded lines are dropped",
			gold:  []LabeledText{lt(body, "a\n\n   \nb\n")},
			pred:  []LabeledText{lt(comment, "\n a \n"), lt(body, "b")},
			pairs: []LabelPair{{body, comment}, {body, body}},
			cov:   Coverage{GoldLines: 2, PredLines: 2, Exact: 2},
		},
		{
			name:  "whitespace, NFC and format characters are normalised",
			gold:  []LabeledText{lt(bio, "  Caf\u00e9\u00a0 au\tlait "), lt(body, "zero\u200bwidth")},
			pred:  []LabeledText{lt(bio, "Cafe\u0301 au lait"), lt(body, "zerowidth")},
			pairs: []LabelPair{{bio, bio}, {body, body}},
			cov:   Coverage{GoldLines: 2, PredLines: 2, Exact: 2},
		},
		{
			name:  "skipped and extra lines do not derail the rest",
			gold:  []LabeledText{lt(body, "x"), lt(body, "y"), lt(bio, "z"), lt(promo, "w")},
			pred:  []LabeledText{lt(chrome, "nav"), lt(body, "x"), lt(body, "z"), lt(chrome, "ad"), lt(promo, "w")},
			pairs: []LabelPair{{body, body}, {bio, body}, {promo, promo}},
			cov:   Coverage{GoldLines: 4, PredLines: 5, Exact: 3, Missing: 1, Extra: 2},
			miss:  map[corpus.Label]int{body: 1},
		},
		{
			name:  "repeated lines match in order",
			gold:  []LabeledText{lt(chrome, "Share"), lt(body, "one"), lt(body, "two"), lt(chrome, "Share")},
			pred:  []LabeledText{lt(body, "one"), lt(body, "two"), lt(promo, "Share")},
			pairs: []LabelPair{{body, body}, {body, body}, {chrome, promo}},
			cov:   Coverage{GoldLines: 4, PredLines: 3, Exact: 3, Missing: 1},
			miss:  map[corpus.Label]int{chrome: 1},
		},
		{
			name:  "swapped lines: one matches",
			gold:  []LabeledText{lt(body, "a"), lt(bio, "b")},
			pred:  []LabeledText{lt(bio, "b"), lt(body, "a")},
			pairs: []LabelPair{{bio, bio}},
			cov:   Coverage{GoldLines: 2, PredLines: 2, Exact: 1, Missing: 1, Extra: 1},
			miss:  map[corpus.Label]int{body: 1},
		},
		{
			name: "prediction re-joined wrapped lines",
			gold: []LabeledText{
				lt(chrome, "Home"),
				lt(body, "The first half of a sentence\nand its second half."),
				lt(bio, "Jane Doe\nJane writes about clouds."),
				lt(chrome, "Share"),
			},
			pred: []LabeledText{
				lt(chrome, "Home"),
				lt(body, "The first half of a sentence and its second half."),
				lt(bio, "Jane Doe Jane writes about clouds."),
				lt(chrome, "Share"),
			},
			pairs: []LabelPair{{chrome, chrome}, {body, body}, {body, body}, {bio, bio}, {bio, bio}, {chrome, chrome}},
			cov:   Coverage{GoldLines: 6, PredLines: 4, Exact: 2, Contained: 4},
		},
		{
			name:  "prediction split a gold line: longest part's label",
			gold:  []LabeledText{lt(bio, "By Jane Doe | April 2, 2020"), lt(body, "Text.")},
			pred:  []LabeledText{lt(bio, "By Jane Doe |"), lt(chrome, "April 2, 2020"), lt(body, "Text.")},
			pairs: []LabelPair{{bio, bio}, {body, body}},
			cov:   Coverage{GoldLines: 2, PredLines: 3, Exact: 1, Contained: 1},
		},
		{
			name:  "nothing predicted",
			gold:  []LabeledText{lt(body, "a\nb"), lt(comment, "c")},
			pairs: []LabelPair{},
			cov:   Coverage{GoldLines: 3, Missing: 3},
			miss:  map[corpus.Label]int{body: 2, comment: 1},
		},
		{
			name:  "no gold",
			pred:  []LabeledText{lt(body, "a")},
			pairs: []LabelPair{},
			cov:   Coverage{PredLines: 1, Extra: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := AlignGold(tt.gold, tt.pred)
			if len(tt.pairs) == 0 {
				assert.Empty(t, a.Pairs)
			} else {
				assert.Equal(t, tt.pairs, a.Pairs)
			}
			want := tt.cov
			for l, n := range tt.miss {
				want.MissingByLabel[l] = n
			}
			assert.Equal(t, want, a.Coverage)
			assert.Equal(t, a.Coverage.GoldLines, len(a.Pairs)+a.Coverage.Missing)
			assert.Equal(t, len(a.Pairs), a.Coverage.Exact+a.Coverage.Contained)
		})
	}
}

func TestAlignGoldIntoConfusion(t *testing.T) {
	gold := []LabeledText{{"Title\nBody one.", corpus.Body}, {"By Ann", corpus.Bio}, {"Subscribe", corpus.Promo}}
	pred := []LabeledText{{"Title", corpus.Chrome}, {"Body one.", corpus.Body}, {"By Ann", corpus.Bio}, {"Subscribe", corpus.Body}}
	a := AlignGold(gold, pred)
	var c Confusion
	c.AddPairs(a.Pairs)
	assert.Equal(t, 4, c.Total())
	assert.Equal(t, 1, c[corpus.Body][corpus.Chrome])
	assert.Equal(t, 1, c[corpus.Body][corpus.Body])
	assert.Equal(t, 1, c[corpus.Bio][corpus.Bio])
	assert.Equal(t, 1, c[corpus.Promo][corpus.Body])

	var total Coverage
	total.Merge(&a.Coverage)
	total.Merge(&a.Coverage)
	assert.Equal(t, 8, total.GoldLines)
	assert.Equal(t, 8, total.Exact)
}

func TestGreedyMatch(t *testing.T) {
	tests := []struct {
		name string
		a, b []int32
		want []int
	}{
		{"in order", []int32{1, 2, 3}, []int32{1, 2, 3}, []int{0, 1, 2}},
		{"gaps", []int32{1, 9, 3}, []int32{0, 1, 2, 3}, []int{1, -1, 3}},
		{"never backwards", []int32{3, 1}, []int32{1, 3}, []int{1, -1}},
		{"repeats", []int32{5, 5, 5}, []int32{5, 7, 5}, []int{0, 2, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			match := make([]int, len(tt.a))
			for i := range match {
				match[i] = -1
			}
			greedy(tt.a, tt.b, match, 0)
			assert.Equal(t, tt.want, match)
		})
	}
}

// TestAlignGoldLarge exercises the greedy fallback for documents too large
// for the LCS table.
func TestAlignGoldLarge(t *testing.T) {
	const n = 3000 // 3000 x 3000 cells > maxLCSCells
	var g, p strings.Builder
	for i := range n {
		line := "line " + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + " " + strconv.Itoa(i)
		g.WriteString(line + "\n")
		if i%10 != 0 { // drop every tenth line from the prediction
			p.WriteString(line + "\n")
		}
	}
	p.WriteString("extra 1\nextra 2\n")
	a := AlignGold([]LabeledText{{g.String(), corpus.Body}}, []LabeledText{{"nav\n" + p.String(), corpus.Chrome}})
	require.Equal(t, n, a.Coverage.GoldLines)
	assert.Equal(t, n-n/10, a.Coverage.Exact)
	assert.Equal(t, n/10, a.Coverage.Missing)
	assert.Equal(t, 3, a.Coverage.Extra)
}
