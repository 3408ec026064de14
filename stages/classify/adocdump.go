package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// pandoc -t asciidoc prints a page as AsciiDoc: links as
// "link:/path[text]" or "https://…[text]", images as "image::src[alt]",
// headings after "==", list items after "* " or ". ", anchors as
// "[[name]]", a list item's parts joined by "+" lines, spans with a class
// as "[.name]#text#", tables between "|===" lines, emphasis between
// underscores or stars. A document whose first lynxScanLines lines hold
// adocMinMarks links, images or anchors is read as the text the page would
// be without the markup (deadocLine); adocMarkup then gives the markup
// lines the label of the text under them.
const adocMinMarks = 5

// isAdocDump reports whether a plain-text document is AsciiDoc
// (adocMinMarks links, images or anchors among its first lynxScanLines
// lines).
func isAdocDump(paras []corpus.Paragraph) bool {
	if len(paras) == 0 || paras[0].Structure != nil {
		return false
	}
	n := 0
	for i := range min(len(paras), lynxScanLines) {
		s := paras[i].Text // the splitter trims it
		// "link:" and "image:", found from their colons: one IndexByte
		// for most lines.
		for j := 0; ; {
			k := strings.IndexByte(s[j:], ':')
			if k < 0 {
				break
			}
			j += k + 1
			if strings.HasSuffix(s[:j], "link:") || strings.HasSuffix(s[:j], "image:") {
				n++
			}
		}
		if isAdocAnchor(s) {
			n++
		}
		if n >= adocMinMarks {
			return true
		}
	}
	return false
}

// isAdocAnchor reports an anchor line "[[name]]" (no space in the name).
func isAdocAnchor(s string) bool {
	return len(s) > 4 && strings.HasPrefix(s, "[[") && strings.HasSuffix(s, "]]") && !strings.ContainsAny(s[2:len(s)-2], " []")
}

// isAdocMarkup reports a line of AsciiDoc markup with no text: an anchor,
// a "+" that joins a list item's parts, a table's "|===", an attribute
// list ("[cols=…]", "[.class]"), an image ("image::src[alt]"), an empty
// list item ("* {blank}").
func isAdocMarkup(s string) bool {
	switch {
	case s == "+" || s == "|===" || strings.TrimLeft(s, "*. ") == "{blank}" || isAdocAnchor(s):
		return true
	case strings.HasPrefix(s, "image:"):
		return true
	case len(s) > 2 && s[0] == '[' && s[len(s)-1] == ']' && !strings.Contains(s, " "):
		return true
	}
	return false
}

// deadocLine appends to dst the line s of an AsciiDoc page as a text dump
// would have it: a markup line (isAdocMarkup) empty, a heading without its
// "=" marks, a list item without its bullet, links as their text, spans
// without their class and "#" marks, a line in italics or bold without its
// underscores or stars.
func deadocLine(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if isAdocMarkup(s) {
		return dst
	}
	if k := strings.IndexByte(s, ' '); k > 0 && (strings.Trim(s[:k], "=") == "" || strings.Trim(s[:k], "*") == "" || strings.Trim(s[:k], ".") == "") {
		s = strings.TrimLeft(s[k:], " ") // a heading or a list item
	}
	if len(s) > 2 && (s[0] == '_' || s[0] == '*') && s[len(s)-1] == s[0] && strings.IndexByte(s, ' ') > 0 {
		s = s[1 : len(s)-1]
	}
	open := 0 // links whose text is being read
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '[' && i+1 < len(s) && s[i+1] == '.':
			// A span's class: "[.c-name]#text#".
			if e := strings.IndexByte(s[i:], ']'); e > 0 && i+e+1 < len(s) && s[i+e+1] == '#' {
				i += e + 1
				continue
			}
		case c == '#' && (i == 0 || s[i-1] != ' ' || i+1 == len(s) || s[i+1] == ' '):
			continue // a span's mark
		case c == 'l' && strings.HasPrefix(s[i:], "link:"), c == 'h' && (strings.HasPrefix(s[i:], "https://") || strings.HasPrefix(s[i:], "http://")):
			// "link:/path[text]", "https://…[text]" → text; a bare URL
			// stays.
			if b := strings.IndexByte(s[i:], '['); b > 0 && !strings.Contains(s[i:i+b], " ") {
				i += b
				open++
				continue
			}
		case c == ']' && (open > 0 || i == len(s)-1 && strings.IndexByte(s, '[') < 0):
			// A link's text ends (on this line, or on the line its
			// wrapped text goes on to).
			open = max(0, open-1)
			continue
		}
		dst = append(dst, c)
	}
	return dst
}

// adocMarkup labels the markup lines of an AsciiDoc page that deadocLine
// reads as empty: an image chrome, with the lines its alternative text was
// wrapped onto, and the others (anchors, "+", "|===", attribute lists)
// with the label of the first line of text under them: the list item, the
// table or the section they open. paras are the page's own paragraphs.
func adocMarkup(paras []corpus.Paragraph, out []Scored) {
	next := -1
	for i := len(paras) - 1; i >= 0; i-- {
		s := strings.TrimSpace(paras[i].Text)
		switch {
		case !isAdocMarkup(s):
			next = i
		case strings.HasPrefix(s, "image:"):
			// An image and its alternative text, perhaps wrapped onto the
			// lines under it in its block up to the one that closes it:
			// chrome, as a caption is.
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
			for k := i + 1; !strings.HasSuffix(s, "]") && k < len(paras) && k-i <= 3 && paras[k].Block == paras[i].Block; k++ {
				out[k] = Scored{Label: corpus.Chrome, Score: 0.8}
				if strings.HasSuffix(strings.TrimSpace(paras[k].Text), "]") {
					break
				}
			}
		case next >= 0:
			out[i] = out[next]
		}
	}
}
