package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// brokenCreditMaxWords is the longest credit, in words, that a text
// browser wrapped onto the line under its caption.
const brokenCreditMaxWords = 5

// brokenCredits labels chrome a caption whose credit a text browser broke
// off at its label: a line that ends with a credit word and its colon or
// full stop ("… in Lahr. Bild:", "… hidráulica. FOTO:", "… na 3:1. Fot.")
// over a line of at most brokenCreditMaxWords words in the same block
// ("Rundschau-Archiv", "Pablo Ara") that ends no sentence. The splitter
// keeps them apart (the credit's name goes on in capitals), and the model
// read the caption as the article's.
func brokenCredits(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := 0; i+1 < len(paras); i++ {
		if paras[i+1].Block != paras[i].Block || fs[i+1].Words > brokenCreditMaxWords || fs[i+1].Words == 0 ||
			fs[i+1].EndsSentence || fs[i].Words > creditCaptionMaxWords || !endsWithCreditLabel(paras[i].Text) {
			continue
		}
		out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
		out[i+1] = Scored{Label: corpus.Chrome, Score: 0.7}
		i++
	}
}

// endsWithCreditLabel reports whether text ends with a credit word of
// creditWords and a colon or a full stop, after a sentence or a segment of
// the caption ("… in Lahr. Bild:", "… cieszą się z gola. Fot.").
func endsWithCreditLabel(text string) bool {
	t := strings.TrimRight(text, " ")
	if t == "" || t[len(t)-1] != ':' && t[len(t)-1] != '.' {
		return false
	}
	t = strings.TrimRight(t[:len(t)-1], " ")
	k := strings.LastIndexByte(t, ' ')
	if k < 1 || !endsSegment(t[k-1]) {
		return false // the caption's own words, or the label alone
	}
	var buf [foldMax]byte
	w, ok := foldLine(&buf, t[k+1:], "")
	return ok && creditWords[string(w)]
}
