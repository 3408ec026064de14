package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// A caption ends with its photo's credit in every language the same way:
// a sentence, then a word and a colon, then the photographer's name
// ("… í vetrarlægi. Ljósmynd: Guðrún Helga Sigurðardóttir", "… Caridad.
// Foto: Javier Mora"). hasCreditTail knows the credit words of some
// thirty languages; hasLabelledNameTail knows the shape. Over the check
// sets, 88 lines so ending were captions (chrome in the gold) and 3 match
// reports ("min. 76: Iago Rivas.", "Awans: Orzeł Brzeg."), which the
// shape's guards turn away: the label is a word of letters, the name does
// not end a sentence.

// labelledTailMinWords is the fewest words of the caption before its
// credit.
const labelledTailMinWords = 5

// hasLabelledNameTail reports a line that ends with a credit of that
// shape: after the end of a sentence (". ", "! ", "? ", a closing quote
// or bracket and a space), one capitalised word of letters, a colon and
// a name of two to four capitalised words with no digit and no full stop
// at the end, after at least labelledTailMinWords words.
func hasLabelledNameTail(text string) bool {
	if len(text) > 400 {
		return false
	}
	colon := strings.LastIndex(text, ": ")
	if colon < 0 {
		return false
	}
	name := text[colon+2:]
	if name == "" || strings.HasSuffix(name, ".") || strings.ContainsAny(name, "0123456789:") {
		return false
	}
	words := 0
	for w := range strings.FieldsSeq(name) {
		if words++; words > 4 || !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	if words < 2 {
		return false // "Source: Supplied", "Picture: AFP": hasCreditTail's, in the languages it knows
	}
	head := text[:colon]
	k := strings.LastIndexByte(head, ' ')
	if k < 1 {
		return false
	}
	label := head[k+1:]
	if utf8.RuneCountInString(label) < 3 || !unicode.IsUpper(firstRune(label)) || strings.IndexFunc(label, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	before := strings.TrimRight(head[:k], " ")
	if before == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune(".!?»”\")", last) {
		return false
	}
	return fieldCount(before) >= labelledTailMinWords
}
