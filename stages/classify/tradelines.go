package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// An English author box describes its author in one sentence: "Julius is
// an LA Entertainment Reporter for Fox News.", "Zac covers Apple news for
// 9to5Mac and hosts the weekly …", "I am a writer, journalist, professor
// …". The model, which reads English words, mostly labels such sentences
// bio; under a box of other stories it takes some for promo.
const (
	// tradeMinWords and tradeMaxWords bound the sentence's length.
	tradeMinWords = 5
	tradeMaxWords = 80
	// tradeReach is how many words after the verb the trade may come.
	tradeReach = 12
)

// tradeVerbs follow the author's name in such a sentence.
var tradeVerbs = map[string]bool{"is": true, "was": true, "covers": true, "writes": true, "reports": true, "am": true}

// englishTrades are the trades of an author box, lower-cased and without
// a plural.
var englishTrades = map[string]bool{
	"reporter": true, "editor": true, "writer": true, "journalist": true, "correspondent": true,
	"contributor": true, "columnist": true, "author": true, "producer": true, "curator": true, "blogger": true,
	"educator": true, "photographer": true, "critic": true,
}

// tradeLines labels bio the paragraphs the model called promo or chrome
// that describe their author by trade (isTradeSentence).
func tradeLines(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := range out {
		if l := out[i].Label; l != corpus.Promo && l != corpus.Chrome {
			continue
		}
		if w := fs[i].Words; w < tradeMinWords || w > tradeMaxWords {
			continue
		}
		if isTradeSentence(paras[i].Text) {
			out[i] = Scored{Label: corpus.Bio, Score: 0.6}
		}
	}
}

// isTradeSentence reports a sentence that starts with a name (one to four
// capitalised words) or "I", then "is", "was", "covers", "writes",
// "reports" or "am" in lower case, and names a trade of the press
// (englishTrades) within tradeReach words: "Eric Song is IGN's deal
// curator", not "Tim Alberta Is a First-Rate Journalist" (a headline).
func isTradeSentence(text string) bool {
	var buf [32]byte
	// lower returns w lower-cased in buf (a longer word is no name word
	// or trade: it comes back empty), without allocating.
	lower := func(w string) []byte {
		if len(w) > len(buf)/2 {
			return nil
		}
		return lowerRunesInto(buf[:0], w)
	}
	rest := text
	names := 0
	for {
		word, tail := cutSpace(rest)
		if word == "" {
			return false
		}
		if tradeVerbs[word] {
			if names == 0 {
				return false
			}
			rest = tail
			break
		}
		r, _ := utf8.DecodeRuneInString(word)
		if word == "I" && names == 0 {
			names++ // "I am a writer …" ("i" is an Italian article among the function words)
			rest = tail
			continue
		}
		if !unicode.IsUpper(r) || names == 4 || nameFunctionWords[string(lower(word))] {
			return false
		}
		names++
		rest = tail
	}
	for k := 0; k < tradeReach; k++ {
		word, tail := cutSpace(rest)
		if word == "" {
			return false
		}
		w := lower(strings.TrimRight(word, ",.;:"))
		if englishTrades[string(w)] || len(w) > 1 && w[len(w)-1] == 's' && englishTrades[string(w[:len(w)-1])] {
			return true
		}
		rest = tail
	}
	return false
}

// cutSpace returns the first word of s and what follows it.
func cutSpace(s string) (word, rest string) {
	s = strings.TrimLeft(s, " ")
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}
