package classify

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// afterTeaserMaxLines is the longest run of promo labels under a one-line
// teaser that articleAfterTeaser gives back to the body.
const afterTeaserMaxLines = 20

// A run under a one-line teaser with at least afterTeaserMinProse
// sentences of afterTeaserProseWords words or more, a third of its lines,
// is the rest of the article even where nothing but its end comes under it.
const (
	afterTeaserMinProse   = 3
	afterTeaserProseWords = 8
)

// articleAfterTeaser gives back to the body the run of promo labels that
// follows a one-line "read also" teaser inside the article (the cue and
// the other story's headline on one line: "Lee también: La EMT reorganiza
// cinco líneas de autobús", isOneLineTeaser) when the article goes on under
// the run: body right above the teaser (or one line above it), body in the
// first or second paragraph under the run and in the one after it, and at
// most afterTeaserMaxLines lines in the run. The model carries the
// teaser's promo over the article's subheading and its list or table right
// under it ("Las paradas del nuevo tramo", "Moreres Autobús 19 9 min"). A
// one-word line right under the teaser stays promo: the end of its
// headline, wrapped ("Marítimos").
func articleAfterTeaser(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	in := func(k int) bool {
		return out[k].Label == corpus.Promo || out[k].Label == corpus.Body || plainFurniture(paras[k].Text, out[k].Label)
	}
	for t := 1; t+1 < n; t++ {
		// The teaser's own label may be any but body: cjkFurniture makes a
		// Chinese one promo only later.
		if out[t].Label == corpus.Body || !isOneLineTeaser(paras[t].Text) {
			continue
		}
		if out[t-1].Label != corpus.Body && (t < 2 || out[t-2].Label != corpus.Body) {
			continue // not inside the article
		}
		a := t + 1
		if a < n && out[a].Label == corpus.Promo && fs[a].Words == 1 {
			a++
		}
		// The run: promo lines, with single body lines (earlier passes
		// took some of the article back) and lone ad labels among them,
		// up to where the article resumes (two body lines in a row: the
		// promo lines above them go back to the body) or to the run's
		// end. A run that ends without the article resuming goes back to
		// the body when it is the rest of the article: sentences, under
		// which the article's end comes (its author box, its tags).
		b, prose, resumes := a, 0, false
		for ; b < n && b-a < afterTeaserMaxLines; b++ {
			if isOneLineTeaser(paras[b].Text) || isPromoHeading(paras[b].Text, &fs[b]) {
				break
			}
			if out[b].Label == corpus.Body && b+1 < n && out[b+1].Label == corpus.Body {
				resumes = true
				break
			}
			if !in(b) && !(b > a && b+1 < n && in(b+1)) {
				break
			}
			if in(b) && fs[b].Words >= afterTeaserProseWords && endsSentenceText(paras[b].Text) {
				prose++
			}
		}
		if !resumes && b < n && out[b].Label != corpus.Body && b+2 < n && out[b+1].Label == corpus.Body && out[b+2].Label == corpus.Body {
			resumes = true // under an ad label
		}
		if b == a || out[a].Label == corpus.Body || !in(a) || !resumes && !(prose >= afterTeaserMinProse && 3*prose >= b-a) {
			continue
		}
		for k := a; k < b; k++ {
			// Chrome goes back only where the article resumes under the
			// run: at its end, plain lines may be the page's furniture.
			if out[k].Label == corpus.Promo || resumes && plainFurniture(paras[k].Text, out[k].Label) {
				out[k] = Scored{Label: corpus.Body, Score: 0.5}
			}
		}
		t = b
	}
}

// isOneLineTeaser reports whether text is a "read also" cue with the other
// story's headline after its colon on the same line: a promo heading
// (isPromoHeading) up to the colon, three words or more after it.
func isOneLineTeaser(text string) bool {
	c, w := strings.IndexByte(text, ':'), 1
	if k := strings.Index(text, "："); k > 0 && (c < 0 || k < c) {
		c, w = k, len("：")
	}
	if c <= 0 || c > 40 {
		return false
	}
	head, rest := text[:c+w], text[c+w:]
	var f features.Features
	f.Words = fieldCount(head)
	if !isPromoHeading(head, &f) && cjkLine(head) != cjkPromoHeading {
		return false
	}
	// Three words, or (Chinese, Japanese) eight characters.
	return fieldCount(rest) >= 3 || utf8.RuneCountInString(rest) >= 8 && hasCJK(rest)
}

// plainFurniture reports whether a line the model called chrome or bio may
// be a line of the article under a teaser: a Chinese or Japanese line of
// no kind cjkLine knows (caption, credit, date, menu, advertisement,
// byline). The model calls the short lines of a Chinese article's list or
// table chrome or bio ("主要财务数据", "营业收入 86.4亿元 +7.9%"); in other
// scripts the chrome under a teaser is a caption ("Plague can be easily
// vaccinated (Image: GETTY)", "Image 1 of 5": text CV lost 0.0003 when
// any plain chrome counted).
func plainFurniture(text string, l corpus.Label) bool {
	return (l == corpus.Chrome || l == corpus.Bio) && hasCJK(text) && cjkLine(text) == cjkNone && !isAdLabel(text)
}

// endsSentenceText reports whether text ends like a sentence: a full stop,
// question or exclamation mark, colon, or a closing quote after one.
func endsSentenceText(text string) bool {
	text = strings.TrimRight(text, " ")
	text = strings.TrimRight(text, "\"'“”«»„)’")
	if text == "" {
		return false
	}
	switch text[len(text)-1] {
	case '.', '!', '?', ':':
		return true
	}
	return false
}
