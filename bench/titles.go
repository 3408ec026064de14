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

// TitleMatches reports whether title is the headline of the reference
// title: at least TitleMatchShare of its tokens are tokens of the
// reference, and it has at least half of the tokens of the reference's
// headline part (so that the site's name or a section, "Storm Closes
// Schools - Los Angeles Times" against "Los Angeles Times", is no match).
// The headline part is the first segment of the reference between
// separators (" | ", " - ", "_", …) unless another has more than twice its
// tokens ("Site - The headline of the day"). Tokens are runs of letters and
// digits, compared without case, and single characters of Han, kana, Thai
// and Hangul.
func TitleMatches(title, reference string) bool {
	ref := map[string]bool{}
	var head []string
	var first []string
	for _, seg := range splitTitle(reference) {
		toks := titleTokens(seg)
		for _, t := range toks {
			ref[t] = true
		}
		if first == nil && len(toks) > 0 {
			first = toks
		}
		if len(toks) > len(head) {
			head = toks
		}
	}
	if 2*len(first) >= len(head) {
		head = first
	}
	toks := titleTokens(title)
	if len(toks) == 0 || len(head) == 0 {
		return false
	}
	in, have := 0, map[string]bool{}
	for _, t := range toks {
		if ref[t] {
			in++
		}
		have[t] = true
	}
	covered := 0
	for _, t := range head {
		if have[t] {
			covered++
		}
	}
	return float64(in) >= TitleMatchShare*float64(len(toks)) && 2*covered >= len(head)
}

// splitTitle cuts a page's title at the separators between its headline,
// section and site name.
func splitTitle(s string) []string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "} {
		s = strings.ReplaceAll(s, sep, "_")
	}
	return strings.Split(s, "_")
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
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai):
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
