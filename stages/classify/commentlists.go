package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// commentListMinItems is the fewest teasers under a heading that
// listsInComments takes for a list of other stories.
const commentListMinItems = 2

// commentListMinAbove is the fewest paragraphs labelled comment right above
// the heading of such a list: a comment section's, not a line or two of
// the article the model took for comments.
const commentListMinAbove = 4

// listsInComments labels promo a list of other stories that the model ran
// into the comment section above it ("Meistgelesen", "Últimas noticias",
// "今日热点" and their bulleted or numbered headlines under the last
// comment): a short heading (isListHeading) the model called comment or
// promo, right under commentListMinAbove paragraphs it called comment, with
// at least commentListMinItems list items under it that it called comment,
// promo or chrome, each shaped like a teaser (isTeaserItem: a numbered or
// bulleted line of 3 to teaserMaxWords words that ends no sentence and
// carries no comment, bio or chrome cue; a footer's links are no teasers).
// Readers do not answer in lists of headlines. The lines after the list
// that the model still called comment and that carry a promo cue (a
// newsletter's or a social network's invitation closing the box) go with
// it. raw are the page's own lines (paras may be a dump's view, its
// bullets taken out).
func listsInComments(paras, raw []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	for i := 1; i+commentListMinItems < n; i++ {
		if out[i].Label != corpus.Comment && out[i].Label != corpus.Promo || !commentsAbove(out, i, commentListMinAbove) || !isListHeading(paras[i].Text, &fs[i]) {
			continue
		}
		j := i + 1
		for j < n && isTeaserItem(paras[j].Text, raw[j].Text, &fs[j], out[j].Label) {
			j++
		}
		if j-i-1 < commentListMinItems {
			continue
		}
		for j < n && out[j].Label == corpus.Comment && fs[j].Cues[corpus.Promo] && !fs[j].Cues[corpus.Comment] {
			j++
		}
		for k := i; k < j; k++ {
			out[k] = Scored{Label: corpus.Promo, Score: 0.6}
		}
		i = j - 1
	}
}

// isListHeading reports a line that may head a list of other stories: a
// heading of such a list by its words (isPromoHeading, a Chinese or
// Japanese one), or any short line (promoHeadingMaxWords words at most)
// that ends no sentence and carries no comment or bio cue.
func isListHeading(text string, f *features.Features) bool {
	if isPromoHeading(text, f) || f.CJK > 0 && cjkLine(text) == cjkPromoHeading {
		return true
	}
	return f.Words > 0 && f.Words <= promoHeadingMaxWords && !f.EndsSentence && !f.EndsColon &&
		!f.Cues[corpus.Comment] && !f.Cues[corpus.Bio] && !f.HasURL
}

// isTeaserItem reports an item of a list of other stories: a numbered or
// bulleted line (in the view or on the page) the model called comment,
// promo or chrome, of 3 to teaserMaxWords words, that ends no sentence and
// no list item with a semicolon, and carries no comment, bio or chrome cue.
func isTeaserItem(text, rawText string, f *features.Features, l corpus.Label) bool {
	if l != corpus.Comment && l != corpus.Promo && l != corpus.Chrome {
		return false
	}
	if f.Words < 3 || f.Words > teaserMaxWords || f.EndsSentence || f.Cues[corpus.Comment] || f.Cues[corpus.Bio] || f.Cues[corpus.Chrome] {
		return false
	}
	if strings.HasSuffix(rawText, ";") || strings.HasSuffix(rawText, "；") {
		return false
	}
	return isListLine(text) || isListLine(rawText)
}

// commentsAbove reports whether the need paragraphs right above paragraph i
// are labelled comment.
func commentsAbove(out []Scored, i, need int) bool {
	if i < need {
		return false
	}
	for _, o := range out[i-need : i] {
		if o.Label != corpus.Comment {
			return false
		}
	}
	return true
}
