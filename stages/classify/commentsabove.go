package classify

import (
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// commentsAboveArticle gives back the lines of the article's head and body
// that the model read as a comment thread: a byline with an address and a
// date under it ("Piotr Kusiak | sport@echolasow.pl / 13.09.2026 19:45")
// looks like a reader's name over a stamp, and the model carries the thread
// into the article. A comment line above the article's last body line,
// when the page's comment section begins under that line with a heading
// of its own ("Komentarze (2)"), is the article's: prose is body, stamps
// and credits chrome, a name line bio, other lines the rules' label. A run
// of such lines needs a line of prose (spanProseWords words), and the
// lines above the article's end a stamp the model read as a comment's
// (what made it see a thread): a comment counter under a byline, or
// teasers the model took for comments, stay.
func commentsAboveArticle(paras []corpus.Paragraph, fs []features.Features, rules []Scored, out []Scored) {
	heading := -1
	for i := range paras {
		if out[i].Label == corpus.Comment && fs[i].Words <= 5 && isCommentHeading(paras[i].Text) {
			heading = i
			break
		}
	}
	if heading < 0 {
		return
	}
	last := -1
	for i := heading - 1; i >= 0; i-- {
		if out[i].Label == corpus.Body {
			last = i
			break
		}
	}
	stamped := false
	for i := 0; i < last && !stamped; i++ {
		stamped = out[i].Label == corpus.Comment && fs[i].Digits > 0 && isStamp(paras[i].Text)
	}
	for a := 0; a < last; a++ {
		if out[a].Label != corpus.Comment {
			continue
		}
		b, prose := a, false
		for b < last && out[b].Label == corpus.Comment {
			prose = prose || fs[b].Words >= spanProseWords
			b++
		}
		// Prose goes back to the article where the model saw a thread
		// (a stamp) or where the article stands right above and under it.
		article := stamped || a > 0 && out[a-1].Label == corpus.Body && out[b].Label == corpus.Body
		if prose {
			for k := a; k < b; k++ {
				t := paras[k].Text
				switch {
				case isStamp(t), hasCreditTail(t):
					out[k] = Scored{Label: corpus.Chrome, Score: 0.6}
				case !article:
				case fs[k].Words >= spanProseWords:
					out[k] = Scored{Label: corpus.Body, Score: 0.6}
				case rules[k].Label != corpus.Comment && rules[k].Label != corpus.Body:
					out[k] = Scored{Label: rules[k].Label, Score: 0.6}
				case isNameLine(t, &fs[k]):
					out[k] = Scored{Label: corpus.Bio, Score: 0.6} // the byline over its date
				}
			}
		}
		a = b
	}
}
