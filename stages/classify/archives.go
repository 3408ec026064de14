package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// archiveMinRun is the fewest lines of a run of counted links that
// archiveLists relabels.
const archiveMinRun = 3

// archiveMaxWords is the longest counted link, in words.
const archiveMaxWords = 6

// archiveLists labels chrome the runs of at least archiveMinRun counted
// links that the model called promo: a blog's category or archive widget
// ("WordPress全般 (16)", "► サーバー (64)", "November 2019 (5)"), which is
// navigation, not a list of other stories.
func archiveLists(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	for a := 0; a < n; {
		if !isCountedLink(paras[a].Text, &fs[a]) {
			a++
			continue
		}
		b := a + 1
		for b < n && isCountedLink(paras[b].Text, &fs[b]) {
			b++
		}
		if b-a >= archiveMinRun {
			for i := a; i < b; i++ {
				if out[i].Label == corpus.Promo {
					out[i] = Scored{Label: corpus.Chrome, Score: 0.6}
				}
			}
		}
		a = b
	}
}

// isCountedLink reports a short line that ends with a count in
// parentheses: "Dropbox (3)", "2019年11月 (5)".
func isCountedLink(text string, f *features.Features) bool {
	if f.Words > archiveMaxWords {
		return false
	}
	text = strings.TrimSpace(text)
	last, size := utf8.DecodeLastRuneInString(text)
	if last != ')' && last != '）' {
		return false
	}
	text = text[:len(text)-size]
	i := len(text)
	for i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		i--
	}
	if i == len(text) || i == 0 {
		return false
	}
	open, size := utf8.DecodeLastRuneInString(text[:i])
	if open != '(' && open != '（' {
		return false
	}
	name := strings.TrimSpace(text[:i-size])
	return strings.IndexFunc(name, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
