package bench

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/winnowhq/winnow/corpus"
)

// LabeledText is a paragraph's text with its label, on either side of an
// alignment: a gold paragraph or a predicted one.
type LabeledText struct {
	// Text is the paragraph's text; it may hold several lines.
	Text string `json:"text"`
	// Label is the paragraph's label.
	Label corpus.Label `json:"label"`
}

// LabelPair is the gold and predicted label of one aligned gold line.
type LabelPair struct {
	// Gold is the gold label.
	Gold corpus.Label `json:"gold"`
	// Pred is the predicted label.
	Pred corpus.Label `json:"pred"`
}

// Coverage says how much of the gold an alignment could pair with
// predictions.
type Coverage struct {
	// GoldLines and PredLines count the non-empty lines on each side.
	GoldLines int `json:"gold_lines"`
	PredLines int `json:"pred_lines"`
	// Exact counts gold lines matched to an identical predicted line.
	Exact int `json:"exact"`
	// Contained counts gold lines matched by containment: the gold line is
	// part of a predicted line (re-joined wrapped text), or predicted lines
	// are parts of it.
	Contained int `json:"contained"`
	// Missing counts gold lines with no predicted match, which yield no
	// pair; MissingByLabel splits them by gold label (corpus.Labels() order).
	Missing        int                   `json:"missing"`
	MissingByLabel [corpus.NumLabels]int `json:"missing_by_label"`
	// Extra counts predicted lines that matched no gold line.
	Extra int `json:"extra"`
}

// Merge adds o's counts to c.
func (c *Coverage) Merge(o *Coverage) {
	c.GoldLines += o.GoldLines
	c.PredLines += o.PredLines
	c.Exact += o.Exact
	c.Contained += o.Contained
	c.Missing += o.Missing
	for i := range c.MissingByLabel {
		c.MissingByLabel[i] += o.MissingByLabel[i]
	}
	c.Extra += o.Extra
}

// Alignment is the result of AlignGold.
type Alignment struct {
	// Pairs has one entry per matched gold line, in gold order.
	Pairs []LabelPair
	// Coverage counts matched, missing and extra lines.
	Coverage Coverage
}

// AddPairs counts every pair in c.
func (c *Confusion) AddPairs(pairs []LabelPair) {
	for _, p := range pairs {
		c.Add(p.Gold, p.Pred)
	}
}

// maxLCSCells bounds the LCS table (2 bytes a cell); larger documents are
// aligned greedily.
const maxLCSCells = 1 << 23

// maxContainPairs bounds the line comparisons of the containment pass in one
// gap between exact matches.
const maxContainPairs = 1 << 16

// AlignGold pairs a gold document's labels with predicted ones when the two
// split the text differently. Both sides are cut into lines (split on "\n",
// Unicode NFC, whitespace runs collapsed to one space, control and format
// characters dropped, trimmed, empty lines dropped), each line carrying its
// paragraph's label.
//
// Lines are matched in order by exact text with a longest common
// subsequence, so extra or missing lines on either side do not derail the
// rest (documents too large for the LCS table are matched greedily in
// order). Between two exact matches, a remaining gold line is then matched
// by containment: to a remaining predicted line that contains it (the
// prediction re-joined wrapped lines), or else to the longest remaining
// predicted lines it contains (the prediction split finer).
//
// Every matched gold line yields one (gold, predicted) pair; unmatched gold
// lines yield none and are counted in Coverage.Missing.
func AlignGold(gold, pred []LabeledText) Alignment {
	g, p := toLines(gold), toLines(pred)
	a := Alignment{Coverage: Coverage{GoldLines: len(g), PredLines: len(p)}}
	match := matchExact(g, p) // gold line -> pred line, or -1
	usedPred := make([]bool, len(p))
	for _, j := range match {
		if j >= 0 {
			usedPred[j] = true
			a.Coverage.Exact++
		}
	}
	matchContained(g, p, match, usedPred, &a.Coverage)

	a.Pairs = make([]LabelPair, 0, len(g))
	for i, j := range match {
		if j < 0 {
			a.Coverage.Missing++
			a.Coverage.MissingByLabel[g[i].label]++
			continue
		}
		a.Pairs = append(a.Pairs, LabelPair{Gold: g[i].label, Pred: p[j].label})
	}
	for _, u := range usedPred {
		if !u {
			a.Coverage.Extra++
		}
	}
	return a
}

type line struct {
	text  string
	label corpus.Label
}

func toLines(paras []LabeledText) []line {
	var ls []line
	for _, para := range paras {
		for s := range strings.SplitSeq(para.Text, "\n") {
			if t := normLine(s); t != "" {
				ls = append(ls, line{t, para.Label})
			}
		}
	}
	return ls
}

// normLine returns s in NFC with whitespace runs collapsed to one space,
// control and format characters dropped and the ends trimmed.
func normLine(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
		case unicode.In(r, unicode.Cc, unicode.Cf):
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// matchExact matches gold lines to identical predicted lines in order and
// returns, for each gold line, the index of its predicted line or -1.
func matchExact(g, p []line) []int {
	// Intern the lines so comparisons are integer ones.
	ids := make(map[string]int32, len(g)+len(p))
	intern := func(ls []line) []int32 {
		out := make([]int32, len(ls))
		for i, l := range ls {
			id, ok := ids[l.text]
			if !ok {
				id = int32(len(ids))
				ids[l.text] = id
			}
			out[i] = id
		}
		return out
	}
	gi, pi := intern(g), intern(p)

	match := make([]int, len(g))
	for i := range match {
		match[i] = -1
	}
	// Common prefix and suffix need no table.
	lo := 0
	for lo < len(gi) && lo < len(pi) && gi[lo] == pi[lo] {
		match[lo] = lo
		lo++
	}
	hg, hp := len(gi), len(pi)
	for hg > lo && hp > lo && gi[hg-1] == pi[hp-1] {
		hg--
		hp--
		match[hg] = hp
	}
	gm, pm := gi[lo:hg], pi[lo:hp]
	if len(gm) == 0 || len(pm) == 0 {
		return match
	}
	if (len(gm)+1)*(len(pm)+1) <= maxLCSCells {
		lcs(gm, pm, match[lo:hg], lo)
	} else {
		greedy(gm, pm, match[lo:hg], lo)
	}
	return match
}

// lcs sets match[i] = off+j for the pairs of a longest common subsequence of
// a and b. The table fits in uint16: maxLCSCells keeps min(len) below 2^16.
func lcs(a, b []int32, match []int, off int) {
	n, m := len(a), len(b)
	w := m + 1
	// t[i*w+j] = LCS length of a[i:] and b[j:].
	t := make([]uint16, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			default:
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			match[i] = off + j
			i++
			j++
		case t[(i+1)*w+j] >= t[i*w+j+1]:
			i++
		default:
			j++
		}
	}
}

// greedy matches each line of a to the next identical line of b after the
// previous match, when there is one.
func greedy(a, b []int32, match []int, off int) {
	pos := make(map[int32][]int)
	for j, id := range b {
		pos[id] = append(pos[id], j)
	}
	next := 0
	for i, id := range a {
		ps := pos[id]
		k, _ := slices.BinarySearch(ps, next)
		if k < len(ps) {
			match[i] = off + ps[k]
			next = ps[k] + 1
		}
	}
}

// matchContained matches the gold lines left unmatched by containment, gap
// by gap: a gap is a run of unmatched gold lines together with the
// predicted lines between the exact matches around it.
func matchContained(g, p []line, match []int, usedPred []bool, cov *Coverage) {
	prevPred := -1 // pred index of the last exact match before the gap
	for i := 0; i < len(g); {
		if match[i] >= 0 {
			prevPred = match[i]
			i++
			continue
		}
		end := i // gold gap is [i, end)
		for end < len(g) && match[end] < 0 {
			end++
		}
		nextPred := len(p)
		if end < len(g) {
			nextPred = match[end]
		}
		pLo, pHi := prevPred+1, nextPred
		if pHi > pLo && (end-i)*(pHi-pLo) <= maxContainPairs {
			containGap(g[i:end], p, pLo, pHi, match[i:end], usedPred)
			for _, j := range match[i:end] {
				if j >= 0 {
					cov.Contained++
				}
			}
		}
		i = end
	}
}

// containGap matches the gold lines gs against the predicted lines p[lo:hi]
// in order, by containment either way.
func containGap(gs []line, p []line, lo, hi int, match []int, usedPred []bool) {
	k := lo // predicted lines before k are behind us
	for gi, gl := range gs {
		// A predicted line that holds this gold line (and maybe the next).
		found := false
		for j := k; j < hi; j++ {
			if strings.Contains(p[j].text, gl.text) {
				match[gi], usedPred[j], k, found = j, true, j, true
				break
			}
		}
		if found {
			continue
		}
		// A run of consecutive predicted lines that are parts of this gold
		// line: take the label of the longest, and move past the run.
		best, j := -1, k
		for j < hi && !strings.Contains(gl.text, p[j].text) {
			j++
		}
		for ; j < hi && strings.Contains(gl.text, p[j].text); j++ {
			usedPred[j] = true
			if best < 0 || len(p[j].text) > len(p[best].text) {
				best = j
			}
			k = j + 1
		}
		if best >= 0 {
			match[gi] = best
		}
	}
}
