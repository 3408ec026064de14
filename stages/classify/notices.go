package classify

import (
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A news page's notices about the article are legal furniture, chrome by
// the taxonomy: the disclaimer under an opinion column ("Las opiniones expresadas en esta columna son responsabilidad
// exclusiva de su autora", "Cette chronique n'engage que son autrice"), a
// funder's notice, an investment-risk notice and a Chinese site's reprint
// notice ("本文为…原创，转载请联系授权"). They are sentences in the
// article's language, and the model took them for body when they stood
// inside the article, for promo or comment when they stood under it. The
// affiliate-link notice of a product review ("We may earn a commission")
// is left to the model: the article-extraction benchmark's gold keeps it
// in the article's body (ZDNet's "Disclosure: …", 9to5's "FTC: We use
// income earning auto affiliate links"), the check sets written for
// winnow call it chrome.

// noticePhrases mark a notice in the Latin-script languages, lower-cased.
var noticePhrases = newPhraseIndex([]string{
	"correct at time of publishing", "correct at the time of publishing", "had no say over",
	"n'engage que", "n’engage que", "n'engagent que", "n’engagent que", "opiniones expresadas en esta",
	"no refleja necesariamente", "no reflejan necesariamente", "ohne gewähr", "ersetzt keine",
	"gibt nicht unbedingt die meinung", "non riflettono necessariamente", "non riflette necessariamente",
	"não reflete necessariamente", "não refletem necessariamente", "nie odzwierciedla stanowiska",
	"nie musi odzwierciedlać",
})

// cjkNoticeParts mark a notice in Chinese: a reprint notice, an
// investment-risk notice.
var cjkNoticeParts = []string{"转载", "轉載", "不构成投资建议", "不构成任何投资建议", "不構成投資建議"}

// Bounds of a notice: at most noticeMaxWords words, noticeMaxBytes bytes
// (a notice is one or two sentences), noticeMaxCJK characters of a script
// written without spaces.
const (
	noticeMaxWords = 30
	noticeMaxBytes = 400
	noticeMaxCJK   = 60
)

// noticeLines labels chrome the notices (noticePhrases, cjkNoticeParts)
// that the model labelled body, promo or comment. A notice in an author's
// box (labelled bio) stays in it.
func noticeLines(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	var buf [noticeMaxBytes]byte
	for i := range paras {
		l := out[i].Label
		text := paras[i].Text
		if l == corpus.Chrome || l == corpus.Bio || len(text) > noticeMaxBytes || fs[i].Words > noticeMaxWords {
			continue
		}
		if fs[i].CJK > 0 {
			if fs[i].CJK <= noticeMaxCJK && hasAnyString(text, cjkNoticeParts) {
				out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
			}
			continue
		}
		if noticePhrases.mayBeIn(text) && noticePhrases.inWords(lowerInto(buf[:0], text)) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
		}
	}
}
