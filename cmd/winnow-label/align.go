package main

import (
	"strings"

	"github.com/winnowhq/winnow/bench"
)

// bodyLines marks the lines of a page that belong to its gold article body.
//
// The rules (see docs/labelling.md):
//  1. Both sides are cut into word tokens with the benchmark's own tokeniser.
//  2. Anchors: every line of 4 or more tokens is looked up in the gold token
//     stream, at every place it occurs exactly. Of these (line, place) pairs
//     the chain that keeps page order and gold order and covers the most
//     tokens is taken (a weighted longest increasing subsequence); its lines
//     are body. Teasers and summaries that repeat a paragraph elsewhere on
//     the page therefore do not steal it.
//  3. Between two anchors, the other lines are read in order with a cursor in
//     the gold gap between them: a line of 1–3 tokens is body when its tokens
//     continue the gold exactly at the cursor (within 3 tokens), so that a lone
//     "Advertisement" or a menu word is not matched to some far-off word; a
//     longer line is body when at least 60% of its 4-token shingles occur in
//     the gap (a paragraph the gold edited or truncated, e.g. "All...").
//
// Known failure modes: a short line repeated inside the article (a
// subheading that equals a menu entry) can be matched early; pages whose
// gold text differs from the page (another edition) get little body. Those
// pages are reviewed by hand.
func bodyLines(lines []string, gold string) []bool {
	g := bench.Tokens(gold)
	toks := make([][]string, len(lines))
	for i, l := range lines {
		toks[i] = bench.Tokens(l)
	}
	body := make([]bool, len(lines))

	// 2. Anchors by weighted longest increasing subsequence.
	type cand struct{ line, at, n int }
	var cands []cand
	for i, t := range toks {
		if len(t) < 4 {
			continue
		}
		for at := find(g, t, 0); at >= 0; at = find(g, t, at+1) {
			cands = append(cands, cand{i, at, len(t)})
		}
	}
	score := make([]int, len(cands))
	prev := make([]int, len(cands))
	best := -1
	for j, c := range cands {
		score[j], prev[j] = c.n, -1
		for k := 0; k < j; k++ {
			p := cands[k]
			if p.line < c.line && p.at+p.n <= c.at && score[k]+c.n > score[j] {
				score[j], prev[j] = score[k]+c.n, k
			}
		}
		if best < 0 || score[j] > score[best] {
			best = j
		}
	}
	anchorAt := map[int]cand{}
	for j := best; j >= 0; j = prev[j] {
		anchorAt[cands[j].line] = cands[j]
		body[cands[j].line] = true
	}

	// 3. Fill the gaps between anchors.
	lastAt := map[string][]int{}
	for i := 0; i+4 <= len(g); i++ {
		k := strings.Join(g[i:i+4], "\x00")
		lastAt[k] = append(lastAt[k], i)
	}
	cursor := 0
	for i, t := range toks {
		if a, ok := anchorAt[i]; ok {
			cursor = a.at + a.n
			continue
		}
		if len(t) == 0 {
			continue
		}
		limit := len(g)
		for j := i + 1; j < len(toks); j++ {
			if a, ok := anchorAt[j]; ok {
				limit = a.at
				break
			}
		}
		if len(t) < 4 {
			for off := 0; off <= 3 && cursor+off+len(t) <= limit; off++ {
				if equal(g[cursor+off:cursor+off+len(t)], t) {
					body[i] = true
					cursor += off + len(t)
					break
				}
			}
			continue
		}
		hit, n := 0, 0
		for j := 0; j+4 <= len(t); j++ {
			n++
			for _, at := range lastAt[strings.Join(t[j:j+4], "\x00")] {
				if at >= cursor && at+4 <= limit {
					hit++
					break
				}
			}
		}
		if n > 0 && hit*10 >= n*6 {
			body[i] = true
		}
	}
	return body
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// find returns the first index >= from where needle occurs in hay, or -1.
func find(hay, needle []string, from int) int {
	for i := from; i+len(needle) <= len(hay); i++ {
		if hay[i] == needle[0] && equal(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}
