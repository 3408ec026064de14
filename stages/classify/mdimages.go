package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// markdownImages relabels chrome the paragraphs of a page that start with
// a Markdown image ("![alt](src)", "[![alt](src)](href)", a caption after
// it or not) that the model called anything else: the image and its alt
// text or caption, chrome by the taxonomy. An author's photo in an author
// box keeps the model's bio when its alt text is the author's name.
// raw are the page's own lines (the Markdown view takes the image's
// markup out).
func markdownImages(raw []corpus.Paragraph, out []Scored) {
	for i := 0; i < len(out); i++ {
		alt, ok := markdownImageAlt(raw[i].Text)
		if !ok {
			continue
		}
		// An alt text wrapped over lines (pandoc) closes on a later one;
		// one closed on this line ("![Foto][1]", a reference) does not.
		end := i
		if !strings.Contains(raw[i].Text, "](") {
			if strings.Contains(alt, "]") {
				continue
			}
			for end = i + 1; end < len(out) && end-i <= mdImageMaxLines && !strings.Contains(raw[end].Text, "]("); end++ {
			}
			if end == len(out) || end-i > mdImageMaxLines {
				continue
			}
		}
		if out[i].Label == corpus.Bio && end == i && isAltName(alt) {
			continue
		}
		for k := i; k <= end; k++ {
			if out[k].Label != corpus.Chrome {
				out[k] = Scored{Label: corpus.Chrome, Score: 0.7}
			}
		}
		i = end
	}
}

// mdImageMaxLines is the most lines after the first that markdownImages
// reads for the close of an image's alt text.
const mdImageMaxLines = 4

// markdownImageAlt returns the alt text of the Markdown image that starts
// text ("![alt](src)", or linked: "[![alt](src)](href)"; all of the rest
// of the line when the alt text does not close on it), and whether text
// starts with one.
func markdownImageAlt(text string) (alt string, ok bool) {
	t := strings.TrimLeft(text, " ")
	t = strings.TrimPrefix(t, "[")
	if !strings.HasPrefix(t, "![") {
		return "", false
	}
	alt, _, _ = strings.Cut(t[2:], "](")
	return alt, true
}

// isAltName reports an image's alt text that is a person's name: one to
// four words, each starting with a capital, without digits, a colon, a bar
// or sentence punctuation ("J. Smith" is turned away too), or
// two to four Chinese or Japanese characters alone ("林佩蓉").
func isAltName(alt string) bool {
	if hasCJK(alt) {
		n := utf8.RuneCountInString(alt)
		return n >= 2 && n <= 4 && !strings.ContainsAny(alt, " 　，。、：")
	}
	words := strings.Fields(alt)
	if len(words) == 0 || len(words) > 4 || strings.ContainsAny(alt, ":|.!?0123456789") {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
