package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// pandoc -t org prints a page as Org: headings after stars ("* Title",
// "*** Subheading"), each with a property drawer (":PROPERTIES:",
// ":CUSTOM_ID: …", ":END:"), links as "[[/path][text]]", images as
// "[[/img/a.jpg]]", captions as "#+caption: …", blocks between
// "#+begin_quote" and "#+end_quote", anchors as "<<name>>", list items after
// "- " and emphasis between slashes or stars. The model, which never saw
// one, read the drawers as lines of text. A document whose first
// lynxScanLines lines hold orgMinMarks drawer lines or links is read as
// the text the page would be without the markup (deorgLine); orgMarkup
// then gives the markup lines the label of the text they belong to.
const orgMinMarks = 5

// isOrgDump reports whether a plain-text document is Org (orgMinMarks
// drawer lines, "#+" lines or links among its first lynxScanLines lines).
func isOrgDump(paras []corpus.Paragraph) bool {
	if len(paras) == 0 || paras[0].Structure != nil {
		return false
	}
	n := 0
	for i := range min(len(paras), lynxScanLines) {
		s := paras[i].Text // the splitter trims it
		if _, ok := orgMarkupLine(s); ok {
			n++
		}
		// "[[/path][text]]", "[[#anchor][text]]", "[[https://…][text]]": a
		// lynx dump's "[12][13]" is no link.
		n += countDoubleBracketed(s, func(t string) bool {
			return strings.HasPrefix(t, "/") || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "http")
		})
		if n >= orgMinMarks {
			return true
		}
	}
	return false
}

// countDoubleBracketed returns how many "[[" of s are followed by text
// that link accepts (Org's links, MediaWiki's).
func countDoubleBracketed(s string, link func(rest string) bool) int {
	n := 0
	for j := 0; ; {
		k := strings.Index(s[j:], "[[")
		if k < 0 {
			return n
		}
		j += k + 2
		if link(s[j:]) {
			n++
		}
	}
}

// orgMarkupLine returns the text an Org markup line stands for, and true:
// a caption's text ("#+caption: …"), or nothing (a drawer's lines, other
// "#+" lines, an anchor "<<name>>"); or "" and false when s is no such
// line.
func orgMarkupLine(s string) (string, bool) {
	switch {
	case s == ":PROPERTIES:" || s == ":END:":
		return "", true
	case strings.HasPrefix(s, "#+"):
		key, rest, ok := strings.Cut(s[2:], ":")
		if ok && strings.EqualFold(key, "caption") {
			return strings.TrimSpace(rest), true
		}
		return "", isOrgKey(strings.TrimRight(key, " "))
	case strings.HasPrefix(s, "<<") && strings.HasSuffix(s, ">>") && !strings.Contains(s[2:len(s)-2], " "):
		return "", true
	case len(s) > 2 && s[0] == ':':
		// A property: ":CUSTOM_ID: slug".
		end := strings.IndexByte(s[1:], ':') + 1
		if end < 2 || end+1 < len(s) && s[end+1] != ' ' {
			return "", false
		}
		for i := 1; i < end; i++ {
			if c := s[i]; !(c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9') {
				return "", false
			}
		}
		return "", true
	}
	return "", false
}

// isOrgKey reports whether s is the keyword of an Org "#+" line: letters,
// digits, '_' and '-', perhaps a block's "begin_quote".
func isOrgKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '_' || s[i] == '-') {
			return false
		}
	}
	return true
}

// deorgLine appends to dst the line s of an Org page as a text dump would
// have it: a markup line as orgMarkupLine reads it, a heading without its
// stars, a list item without its bullet, a line in italics or bold without
// its slashes or stars, and a link as its text (an image link, which has
// none, as nothing; a link broken over two lines too). pandoc's Muse,
// which writes headings and links as Org does, is read so too, its tags
// (museTag) left out.
func deorgLine(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if t, ok := orgMarkupLine(s); ok {
		return append(dst, t...)
	}
	if k := strings.Index(s, " :PROPERTIES:"); k > 0 {
		s = s[:k] // a heading and its drawer, joined by the splitter
	}
	if k := strings.IndexByte(s, ' '); k > 0 && strings.Trim(s[:k], "*") == "" {
		s = strings.TrimLeft(s[k:], " ") // a heading
	} else if len(s) > 2 && (s[0] == '-' || s[0] == '+') && s[1] == ' ' {
		s = strings.TrimLeft(s[2:], " ")
	}
	if len(s) > 2 && (s[0] == '/' || s[0] == '*') && s[len(s)-1] == s[0] && strings.IndexByte(s, ' ') > 0 {
		s = s[1 : len(s)-1] // a line in italics or bold: "/Jan Nowak jest reporterem …/"
		if len(s) > 2 && s[0] == '*' && s[len(s)-1] == '*' {
			s = s[1 : len(s)-1] // Muse's bold: "**Auch interessant:**"
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '[' && i+1 < len(s) && s[i+1] == '[' {
			// "[[target][text]]" → text; "[[target]]" → nothing; an
			// unclosed "[[target][text" → text.
			j := strings.Index(s[i:], "][")
			e := strings.Index(s[i:], "]]")
			switch {
			case j > 0 && (e < 0 || j < e):
				i += j + 1 // the text follows "]["
				continue
			case e > 0:
				i += e + 1
				continue
			}
		}
		if s[i] == ']' && i+1 < len(s) && s[i+1] == ']' {
			i++ // the end of a link's text
			continue
		}
		if s[i] == '<' {
			if n := museTag(s[i:]); n > 0 {
				i += n - 1
				continue
			}
		}
		dst = append(dst, s[i])
	}
	return dst
}

// orgMarkup labels the markup lines of an Org page, which deorgLine reads
// as empty: a drawer's lines the label of the heading above them, a "#+"
// block line or an anchor the label of the first line of text under it.
// paras are the page's own paragraphs.
func orgMarkup(paras []corpus.Paragraph, out []Scored) {
	drawer := -1 // the heading over the drawer being read
	for i := range paras {
		s := strings.TrimSpace(paras[i].Text)
		switch {
		case s == ":PROPERTIES:" && i > 0:
			drawer = i - 1
			out[i] = out[drawer]
		case drawer >= 0:
			if _, ok := orgMarkupLine(s); ok {
				out[i] = out[drawer]
			}
			if s == ":END:" {
				drawer = -1
			}
		}
	}
	next := -1
	for i := len(paras) - 1; i >= 0; i-- {
		s := strings.TrimSpace(paras[i].Text)
		t, ok := orgMarkupLine(s)
		switch {
		case !ok:
			next = i
		case t == "" && next >= 0 && (strings.HasPrefix(s, "#+") || strings.HasPrefix(s, "<<")):
			out[i] = out[next]
		}
	}
}

// isOrgHeading reports a heading of Org or Muse: stars, then a space and
// text ("** Lebensmittelüberwachung prüft die Backstube").
func isOrgHeading(s string) bool {
	k := 0
	for k < len(s) && s[k] == '*' {
		k++
	}
	return k > 0 && k+1 < len(s) && s[k] == ' '
}

// museTags are the tags pandoc's Muse writer puts in a line: escapes
// ("<verbatim>|</verbatim>"), the classes of spans and divs ("<class
// name=\"titel\">"), superscripts, emphasis and line breaks.
var museTags = []string{"verbatim", "class", "sup", "sub", "em", "strong", "br", "code", "del"}

// museTag returns the length of the Muse tag that s starts with ("<class
// name=\"x\">", "</class>", "<br>"), or 0.
func museTag(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	t := s[1:]
	if t[0] == '/' {
		t = t[1:]
	}
	for _, name := range museTags {
		rest, ok := strings.CutPrefix(t, name)
		if !ok || rest == "" || rest[0] != '>' && rest[0] != ' ' {
			continue
		}
		if end := strings.IndexByte(rest, '>'); end >= 0 && !strings.Contains(rest[:end], "<") {
			return len(s) - len(rest) + end + 1
		}
	}
	return 0
}
