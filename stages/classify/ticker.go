package classify

import (
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A live blog (a ticker) gives each entry its time of day on a line of its
// own: "14:20", then the entry's paragraphs, then "13:45", and so on. To a
// model trained on pages whose only such runs are comment threads (a
// reader's name, a time, the comment), a ticker looks like one, and it
// labels the whole article comment, or the entries it does not call comment
// chrome. A thread differs in what stands above
// each time: a reader's name or a reply button, short lines, where a ticker
// has the text of the entry before. liveTicker finds the ticker by that
// shape and gives its entries back to the article.

// tickerMinTimes is the least number of entry times that make a ticker.
const tickerMinTimes = 3

// tickerMinWords is the least length, in words, of the paragraphs on both
// sides of an entry time: an entry's text, not a name or a button.
const tickerMinWords = 6

// tickerMaxHeading is the longest heading, in words, of an entry between
// its time and its text ("Tramwaje nie pojadą przez most Dębnicki").
const tickerMaxHeading = 12

// liveTicker relabels a live blog's entries that the model called comment
// or chrome, the headings right under their times that it called promo,
// and the entries before its last time that it called promo.
// An entry time is a lone time of day (isLoneTime) with a sentence of at
// least tickerMinWords words below it (or below a short heading below it)
// and, above it, a paragraph of that length (the lead, the entry before). On a page with at
// least tickerMinTimes entry times and no comment cue between its first and
// its last entry, each lone time between them is chrome and the paragraphs of each entry
// (from its time to the next, or after the last time, past its heading, to
// the first short line or a line with a cue) that the model called comment, or chrome when
// they are sentences or the headings of one, are body, but for one-word lines, lines with a cue phrase (a gallery's
// heading, "Advertisement"), captions that end with a credit and Chinese
// or Japanese furniture (cjkLine).
//
// The lines right above the first entry's time that the chain took into
// the thread go back to the article (tickerHead; not when logp is nil).
//
// It returns the span [from, to) of the entries it gave back to the
// article; from = to = -1 when it gave back none.
func liveTicker(paras []corpus.Paragraph, fs []features.Features, logp []float32, out []Scored) (from, to int) {
	n := len(out)
	// An entry's text is prose: a sentence under the time, or under the
	// entry's heading just below it ("14:20" / "Selenskyj trifft Biden" /
	// text). Headlines alone under times are a list of other stories.
	prose := func(j int) bool { return j < n && fs[j].Words >= tickerMinWords && fs[j].EndsSentence }
	// The entry's heading: no sentence, at most tickerMaxHeading words.
	heading := func(j int) bool { return j < n && !fs[j].EndsSentence && fs[j].Words <= tickerMaxHeading }
	// Above the time, the entry before: its text (a block of lines a
	// converter cut it into, Alpine's), or an advertisement label or a
	// caption under it.
	above := func(i int) bool {
		return blockWordsAbove(paras, fs, i) >= tickerMinWords ||
			i >= 2 && fs[i-1].Words <= 2 && fs[i-1].Cues[corpus.Chrome] && fs[i-2].Words >= tickerMinWords
	}
	// The heading may be underlined ("Kolejka po pierniki" /
	// "-------------------"), as Premailer and Markdown's setext headings
	// draw it.
	headed := func(j int) bool {
		return heading(j) && (prose(j+1) || j+2 < n && isDrawnRule(paras[j+1].Text) && prose(j+2))
	}
	entry := func(i int) bool {
		return fs[i].Words <= 4 && fs[i].Digits > 0 && i > 0 && i+1 < n &&
			above(i) && (prose(i+1) || headed(i+1)) && isLoneTime(paras[i].Text)
	}
	first, last, times := -1, -1, 0
	for i := 1; i+1 < n; i++ {
		if entry(i) {
			if first < 0 {
				first = i
			}
			last = i
			times++
		}
	}
	if times < tickerMinTimes {
		return -1, -1
	}
	// The first entry's time may stand under the ticker's heading or a
	// "Refresh" button instead of an entry.
	for i := first - 1; i > 0; i-- {
		if fs[i].Cues[corpus.Comment] || out[i].Label == corpus.Body {
			break
		}
		if fs[i].Words <= 4 && fs[i].Digits > 0 && (prose(i+1) || prose(i+2)) && isLoneTime(paras[i].Text) {
			first = i
			break
		}
	}
	for i := first; i <= last; i++ {
		if fs[i].Cues[corpus.Comment] {
			return -1, -1
		}
	}
	if logp != nil {
		tickerHead(fs, logp, first, out)
	}
	from, to = -1, -1
	for i := first; i < n; i++ {
		f := &fs[i]
		if i <= last && f.Words <= 4 && f.Digits > 0 && isLoneTime(paras[i].Text) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
			continue
		}
		if i > first && isDrawnRule(paras[i].Text) && out[i-1].Label == corpus.Body && (prose(i+1) || i+1 < n && out[i+1].Label == corpus.Body) {
			out[i] = out[i-1] // a heading's underline
			continue
		}
		if i > last && (f.Words < tickerMinWords && !(i == last+1 && headed(i)) || f.Cues != [corpus.NumLabels]bool{}) {
			break // the last entry's heading and text end at a short line or a cue
		}
		chromeEntry := f.CJK == 0 && (f.EndsSentence || prose(i+1)) // a sentence, or a heading above one
		// An entry's heading right under its time, above its text, that
		// the chain carried into the promo of a box above ("11h05" /
		// "Embouteillages à l'entrée de Nancy" / text).
		promoHeading := i > 0 && fs[i-1].Words <= 4 && fs[i-1].Digits > 0 && heading(i) && prose(i+1) && isLoneTime(paras[i-1].Text)
		// The entries below a "read also" line or a box inside the
		// ticker, which the chain carried on as promo: between the first
		// and the last time, the lines without a cue (the box's own lines
		// have one, or a URL).
		promoEntry := i < last && f.CJK == 0 && !f.HasURL && !isPromoHeading(paras[i].Text, f)
		if l := out[i].Label; (l == corpus.Comment || l == corpus.Chrome && chromeEntry || l == corpus.Promo && (promoHeading || promoEntry)) && f.Words >= 2 && f.Cues == [corpus.NumLabels]bool{} && !hasCreditTail(paras[i].Text) &&
			!(f.CJK > 0 && cjkLine(paras[i].Text) != cjkNone) {
			out[i] = Scored{Label: corpus.Body, Score: 0.6}
			if from < 0 {
				from = i
			}
			to = i + 1
		}
	}
	return from, to
}

// tickerHeadMax is the most lines above a live blog's first entry that
// tickerHead gives another label.
const tickerHeadMax = 8

// tickerHead gives the article the lines right above a live blog's first
// entry time (first) that the chain labelled comment with the ticker, up
// to tickerHeadMax of them and up to a line of another label or with a
// comment cue: its box of key points, and its byline and "last updated"
// line, which the byline and stamp passes after it label bio and chrome.
// (Their likeliest label but comment, tried first, was promo for most:
// 4 labels right, 25 still wrong.) logp gives the score.
func tickerHead(fs []features.Features, logp []float32, first int, out []Scored) {
	for k := first - 1; k >= 0 && k >= first-tickerHeadMax; k-- {
		if out[k].Label != corpus.Comment || fs[k].Cues[corpus.Comment] {
			return
		}
		z := logp[k*corpus.NumLabels : (k+1)*corpus.NumLabels]
		out[k] = Scored{Label: corpus.Body, Score: exp32(z[corpus.Body])}
	}
}

// tickerBlockLines is the most lines of a block blockWordsAbove counts.
const tickerBlockLines = 6

// blockWordsAbove returns the words of the lines of the block that ends
// right above line i, up to tickerBlockLines of them: one paragraph's
// text when a converter cut it at its line breaks.
func blockWordsAbove(paras []corpus.Paragraph, fs []features.Features, i int) int {
	words := 0
	for k := i - 1; k >= 0 && k >= i-tickerBlockLines && paras[k].Block == paras[i-1].Block; k-- {
		words += fs[k].Words
	}
	return words
}
