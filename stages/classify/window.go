package classify

import "github.com/winnowhq/winnow/corpus"

// Very long documents are classified in windows of paragraphs, so that the
// memory a classifier needs (the learned model keeps over a kilobyte of
// features per paragraph, the rules about a hundred bytes) is bounded by the
// window, not by the document. Both the learned model and the rules do so. A
// 10 MB page dump has about 190,000 paragraphs: whole, its features take
// some 250 MB; in windows of 4096 paragraphs, about 5 MB.
//
// The windows' cores cut the document into consecutive runs of equal length
// (to one paragraph); each core is classified together with up to
// WindowOverlap paragraphs of context on either side, and only the labels of
// its core are kept. Every paragraph is so labelled exactly once, with at
// least WindowOverlap paragraphs of context on each side (or the document's
// edge), far more than the model's reach through neighbour features (4
// paragraphs) and averaged windows (10). What a window cannot see are the
// document-wide features (the paragraph's relative position, the detected
// language, the densest run of good text, the comment section): for a
// document that long they describe the window's part of it instead. On a
// dump of the article-extraction pages concatenated into one document
// (155,575 paragraphs), 10% of the labels differ from the document
// classified whole; against each page classified alone, 13.4% differ
// (18.7% for the document classified whole). The overlap costs 2 × 128 /
// 3840 = 7% more classification on such documents; from 32 to 256 it
// changes the agreement by less than half a point.
//
// A document of at most WindowParagraphs paragraphs is one window: it is
// classified exactly as without windows (the longest page of the shared
// benchmarks has 1600 paragraphs).

// WindowParagraphs is the largest number of paragraphs a classifier sees in
// one call; longer documents are classified in windows.
const WindowParagraphs = 4096

// WindowOverlap is the context, in paragraphs, classified on each side of a
// window's core and then dropped.
const WindowOverlap = 128

// window is one classifier call: paragraphs [lo, hi) are classified and the
// labels of [coreLo, coreHi) are kept.
type window struct {
	lo, hi         int
	coreLo, coreHi int
}

// windows plans the windows of a document of n paragraphs: at most size
// paragraphs per window, with overlap paragraphs of context on each side of
// every core (fewer at the document's edges). The cores partition [0, n) in
// order. A document of at most size paragraphs is one window. size must be
// larger than 2×overlap.
func windows(n, size, overlap int) []window {
	if n <= 0 {
		return nil
	}
	if n <= size {
		return []window{{0, n, 0, n}}
	}
	step := size - 2*overlap // the longest core that fits with its context
	if step < 1 {
		panic("classify: window size must exceed twice the overlap")
	}
	k := (n + step - 1) / step // number of windows
	ws := make([]window, k)
	for i := range ws {
		// Cores of equal length (to one paragraph): no short last window
		// classified with less context than the others.
		lo, hi := i*n/k, (i+1)*n/k
		ws[i] = window{lo: max(lo-overlap, 0), hi: min(hi+overlap, n), coreLo: lo, coreHi: hi}
	}
	return ws
}

// classifyWindows classifies paras with fn in the windows planned by
// windows(len(paras), size, overlap) and returns one result per paragraph.
// With a single window it returns fn(paras) itself.
func classifyWindows(paras []corpus.Paragraph, size, overlap int, fn func([]corpus.Paragraph) []Scored) []Scored {
	ws := windows(len(paras), size, overlap)
	if len(ws) <= 1 {
		return fn(paras)
	}
	out := make([]Scored, len(paras))
	for _, w := range ws {
		res := fn(paras[w.lo:w.hi])
		copy(out[w.coreLo:w.coreHi], res[w.coreLo-w.lo:w.coreHi-w.lo])
	}
	return out
}
