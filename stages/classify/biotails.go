package classify

import (
	"strings"
	"unicode"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Bounds of bioTails: the line with the author's address has at most
// bioMailMaxWords words, the link under it to the author's page at most
// bioLinkMaxWords; the bio above has at least bioTailMinWords.
const (
	bioMailMaxWords = 25
	bioLinkMaxWords = 5
	bioTailMinWords = 6
)

// bioTails labels bio the end of an author box that a converter broke off
// its first sentence (edbrowse breaks lines at sentences, pdftotext at the
// page's width): under a line labelled bio of bioTailMinWords words or
// more, a line with an e-mail address ("Schwerpunkte: Kommunalpolitik und
// Vereinsleben. f.wild@oberpfalz-kurier.de", "depuis 2015.
// sarnaud@dauphine-ubaye.fr"), and right under that a short link to the
// author's page that names the author ("Mehr von Franziska Wild"), which
// the model read with the promo or the comments below. (A name alone
// under the bio is as often a newsletter's that names the paper.)
func bioTails(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := 1; i < len(paras); i++ {
		if out[i-1].Label != corpus.Bio || fs[i-1].Words < bioTailMinWords {
			continue
		}
		bio := i - 1
		if l := out[i].Label; l == corpus.Bio || l == corpus.Body || !fs[i].HasEmail || fs[i].Words > bioMailMaxWords {
			continue
		}
		out[i] = Scored{Label: corpus.Bio, Score: 0.6}
		if i++; i < len(paras) && out[i].Label != corpus.Bio && out[i].Label != corpus.Body && fs[i].Words <= bioLinkMaxWords && fs[i].Words >= 2 &&
			sharesName(paras[i].Text, paras[bio].Text) {
			out[i] = Scored{Label: corpus.Bio, Score: 0.6}
		}
	}
}

// sharesName reports whether the short line s holds two capitalised words
// in a row that stand in bio too: the author's name ("Mehr von Franziska
// Wild" under "Franziska Wild berichtet seit 2019 …").
func sharesName(s, bio string) bool {
	prev := ""
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, "{}[]()<>.,;:!?\"'")
		if w == "" || !unicode.IsUpper(firstRune(w)) {
			prev = ""
			continue
		}
		if prev != "" && strings.Contains(bio, prev+" "+w) {
			return true
		}
		prev = w
	}
	return false
}
