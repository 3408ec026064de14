package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
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

// A whole-page Markdown conversion marks the page's <h1>, the article's
// headline, with a single "# "; section headings, lists' and boxes'
// headings get "## " and more. Over the check sets, the 41 Markdown pages
// with one such line had their headline on it, every one labelled body in
// the gold; the model took 12 for promo (a teaser's headline: the bold
// standfirst under it looks like a teaser's summary), bio or chrome.

// markdownHeadline labels body the only level-one heading of a Markdown
// page ("# Headline"), when it is no link ("# [Headline](/url)": a
// teaser), and gives the lines between it and the article's first body
// line that the model took for a teaser's (promo) or a comment's their
// labels in an article's head (articleHead). raw are the page's own
// lines, paras their view.
func markdownHeadline(raw, paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	h := -1
	for i := range raw {
		if t := raw[i].Text; len(t) > 2 && t[0] == '#' && headingLevel(t) == 1 {
			if h >= 0 {
				return // two: no headline by this rule
			}
			h = i
		}
	}
	if h < 0 {
		return
	}
	if rest := strings.TrimSpace(raw[h].Text[2:]); rest == "" || rest[0] == '[' {
		return
	}
	if out[h].Label != corpus.Body {
		out[h] = Scored{Label: corpus.Body, Score: 0.7}
	}
	articleHead(paras, fs, out, h)
}

// articleHeadMaxLines is the most lines between an article's headline and
// its first body line that articleHead reads: a standfirst, a byline, a
// date, an image and its caption.
const articleHeadMaxLines = 6

// standfirstMinWords is the shortest standfirst articleHead takes, in words.
const standfirstMinWords = 8

// articleHead relabels the lines between the headline at h and the
// article's first body line under it that the model labelled promo or
// comment, as a teaser's summary and author or a comment's stamp: a
// sentence of leadMinWords words or more is the standfirst (body), a
// byline (bylineName) bio, a lone date or time chrome.
func articleHead(paras []corpus.Paragraph, fs []features.Features, out []Scored, h int) {
	end := -1
	for j := h + 1; j < len(out) && j <= h+articleHeadMaxLines+1; j++ {
		if out[j].Label == corpus.Body {
			end = j
			break
		}
	}
	for j := h + 1; j < end; j++ {
		if l := out[j].Label; l != corpus.Promo && l != corpus.Comment {
			continue
		}
		text := paras[j].Text
		switch name, _ := bylineName(text); {
		case name != "":
			out[j] = Scored{Label: corpus.Bio, Score: 0.6}
		case fs[j].Words >= standfirstMinWords && fs[j].EndsSentence:
			out[j] = Scored{Label: corpus.Body, Score: 0.6}
		case fs[j].Words <= 8 && (isLoneDate(text) || isLoneTime(text) || hasClock(text)):
			out[j] = Scored{Label: corpus.Chrome, Score: 0.6}
		}
	}
}

// wikiHeadline is markdownHeadline for the pages the MediaWiki view reads
// without HTML tag lines (XWiki, ZimWiki): the only heading of the top level ("= h =";
// ZimWiki's top level is "====== h ======", so its only six-mark heading
// when no page heading has one mark) is the headline, and the head under
// it gets its labels (articleHead). raw are the page's own lines, paras
// their view.
func wikiHeadline(raw, paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	var count [7]int
	var at [7]int
	for i := range raw {
		t := raw[i].Text
		if mwTagLine(strings.TrimSpace(t)) != mwText {
			// A page with HTML's own tag lines (pandoc's MediaWiki of a
			// whole page) runs them into the headline's label
			// (mwMarkup): readability-pages as MediaWiki lost 0.008 of
			// body F1 to the rule.
			return
		}
		if len(t) < 3 || t[0] != '=' && !strings.HasPrefix(t, "{{") || !isMWHeading(t) {
			continue
		}
		n := strings.IndexFunc(t, func(r rune) bool { return r != '=' })
		if strings.HasPrefix(t, "{{") {
			n = mwHeadingLevel(t)
		}
		if n >= 1 && n <= 6 {
			count[n]++
			at[n] = i
		}
	}
	h := -1
	switch {
	case count[1] == 1:
		h = at[1]
	case count[1] == 0 && count[6] == 1:
		h = at[6]
	}
	if h < 0 {
		return
	}
	if out[h].Label != corpus.Body {
		out[h] = Scored{Label: corpus.Body, Score: 0.7}
	}
	articleHead(paras, fs, out, h)
}

// mwHeadingLevel returns the number of marks of a heading that an XWiki
// macro opens ("{{id name=\"a\" /}}== h ==").
func mwHeadingLevel(t string) int {
	var buf [256]byte
	if len(t) > len(buf) {
		return 0
	}
	s := xwikiMacros(buf[:0], t)
	n := 0
	for n < len(s) && s[n] == '=' {
		n++
	}
	return n
}
