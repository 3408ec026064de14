package bench

import (
	"strings"
	"unicode"
)

// TitleMatchShare is the share of a found headline's tokens that must be
// tokens of the reference title for the headline to match it. The
// reference is often the document's <title>, which adds the site's name
// ("Headline | Site"), so only the found headline's side is measured.
const TitleMatchShare = 0.8

// TitleScore compares the headlines winnow found (the records' title) with
// reference titles.
type TitleScore struct {
	// Pages counts the pages with a reference title.
	Pages int `json:"pages"`
	// Found counts those of them where a headline was found.
	Found int `json:"found"`
	// Match counts the found headlines that match their reference title.
	Match int `json:"match"`
}

// Precision is the share of found headlines that match.
func (s TitleScore) Precision() float64 { return ratio(s.Match, s.Found) }

// Recall is the share of pages whose headline was found and matches.
func (s TitleScore) Recall() float64 { return ratio(s.Match, s.Pages) }

// ScoreTitles scores found headlines (page key → title, "" for none)
// against reference titles (page key → title); pages without a reference
// are not counted.
func ScoreTitles(found, reference map[string]string) TitleScore {
	var s TitleScore
	for k, ref := range reference {
		s.Pages++
		t := found[k]
		if t == "" {
			continue
		}
		s.Found++
		if TitleMatches(t, ref) {
			s.Match++
		}
	}
	return s
}

// TitleMatches reports whether at least TitleMatchShare of the tokens of
// title are tokens of reference. Tokens are runs of letters and digits,
// compared without case, and single characters of scripts written without
// spaces (Han, kana, Hangul), so that "标题_频道_网站" is three runs of
// characters and the underscore a separator.
func TitleMatches(title, reference string) bool {
	ref := map[string]bool{}
	for _, t := range titleTokens(reference) {
		ref[t] = true
	}
	toks := titleTokens(title)
	if len(toks) == 0 {
		return false
	}
	in := 0
	for _, t := range toks {
		if ref[t] {
			in++
		}
	}
	return float64(in) >= TitleMatchShare*float64(len(toks))
}

// titleTokens cuts s into TitleMatches's tokens, lower-cased.
func titleTokens(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:end]))
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			flush(i)
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}
