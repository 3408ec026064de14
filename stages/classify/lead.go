package classify

import "github.com/winnowhq/winnow/corpus"

// Plain text that starts with its headline (an article extract, as the
// seeds' scrapers save them) looks to the model like the page-title line
// that starts every page dump it was trained on, which the taxonomy calls
// chrome. leadHeadline gives such a headline back to the body.

// leadMaxGap is how many paragraphs after the headline the model's first
// body paragraph may start.
const leadMaxGap = 3

// leadHeadline labels body the headline at the start of a plain-text
// document when the model did not, out being the model's labels: paragraph
// 0 (or 1, under a kicker of at most 3 words such as a section name) when
// it is shaped like a headline (3 to 30 words, no URL, e-mail, colon at the
// end or cue phrase), the model's body starts at most leadMaxGap paragraphs
// after it, what lies between is bio or at most 6 words (a byline, a
// category line), and no paragraph down to the first body paragraph repeats
// it (then it is a page title and the repetition the headline, as in a
// page dump: "Title | Site", ..., "Title").
func (m *Model) leadHeadline(paras []corpus.Paragraph, s *modelScratch, out []Scored) {
	first := -1
	for i, o := range out {
		if o.Label == corpus.Body {
			first = i
			break
		}
	}
	if first <= 0 {
		return
	}
	rs := &s.rs
	shaped := func(i int) bool {
		f := &rs.fs[i]
		return rs.cue[i] < 0 && f.Words >= 3 && f.Words <= 30 && !f.HasURL && !f.HasEmail && !f.EndsColon
	}
	h := 0
	if !shaped(0) {
		if rs.fs[0].Words > 3 || first < 2 || !shaped(1) {
			return
		}
		h = 1
	}
	if first-h > leadMaxGap {
		return
	}
	for i := h + 1; i < first; i++ {
		if out[i].Label != corpus.Bio && rs.fs[i].Words > 6 {
			return
		}
	}
	rs.first.set(paras[h].Text)
	for i := h + 1; i <= first; i++ {
		if rs.fs[i].Words < 3 {
			continue
		}
		rs.cand.set(paras[i].Text)
		if overlap(&rs.first, &rs.cand) >= 0.6 {
			return
		}
	}
	out[h] = Scored{Label: corpus.Body, Score: 0.7}
}
