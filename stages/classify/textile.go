package classify

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// pandoc -t textile prints a page as Textile: links as "text":target (a
// class in parentheses before the text: "(logo)Site":/), images as
// !src(alt)!, headings and other blocks after a signature
// ("h2(#anchor). Subheading", "p(lead). ", "bq. "), list items after "* "
// or "# ", bold and italics between asterisks and underscores, table rows
// between bars ("|_. Pos.|_. Team|"), hyphens, underscores and bars as
// numeric entities ("&#45;") and, like its MediaWiki writer, what it has
// no markup for as raw HTML: a "<div class=…>" line where a section opens,
// a "</div>" line where it closes. The model, which never saw one, read
// "# " list items as Markdown headings and the links' targets as words. A
// document whose first lynxScanLines lines hold textileMinMarks Textile
// links, images and headings is read as the text the page would be without
// the markup (detextileLine); mwMarkup then gives the tag lines the label
// of the section they open or close and an image the label of a caption.
const textileMinMarks = 5

// textileMinLinks is the fewest Textile links, images and headings with
// attributes ("h2(#anchor). ") among the marks: headings alone ("h2. ")
// are also Jira's and Confluence's, whose links ("[text|/path]") Textile
// has not.
const textileMinLinks = 2

// isTextileDump reports whether a plain-text document is Textile
// (textileMinMarks links "text":/target, images !src! and block
// signatures "h2(#id). " among its first lynxScanLines lines, of them
// textileMinLinks links or images).
func isTextileDump(paras []corpus.Paragraph) bool {
	if len(paras) == 0 || paras[0].Structure != nil {
		return false
	}
	n, links := 0, 0
	for i := range min(len(paras), lynxScanLines) {
		s := paras[i].Text // the splitter trims it
		if textileBlockEnd(s) > 0 && s[0] == 'h' {
			n++
			if s[2] == '(' {
				links++ // "h2(#anchor). ": Textile's attributes, which Jira has not
			}
		}
		if isTextileImage(s) {
			n++
			links++
		}
		for j := 0; ; {
			k := strings.Index(s[j:], "\":")
			if k < 0 {
				break
			}
			j += k + 2
			if j < len(s) && isTextileTargetStart(s[j]) && strings.LastIndexByte(s[:j-2], '"') >= 0 {
				n++
				links++
			}
		}
		if n >= textileMinMarks && links >= textileMinLinks {
			return true
		}
	}
	return false
}

// isTextileTargetStart reports whether c may start a link's target after
// the '":' that ends a Textile link's text: a path, a fragment or a URL.
func isTextileTargetStart(c byte) bool {
	return c == '/' || c == '#' || c == 'h' || c == 'm' || c == '.'
}

// textileBlockEnd returns the length of the block signature at the start
// of s ("h2. ", "h2(#anchor). ", "p(class). ", "bq. ", "fn1. "), or 0.
func textileBlockEnd(s string) int {
	i := 0
	switch {
	case len(s) > 1 && s[0] == 'h' && s[1] >= '1' && s[1] <= '6':
		i = 2
	case strings.HasPrefix(s, "bq") || strings.HasPrefix(s, "fn"):
		i = 2
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	case strings.HasPrefix(s, "p"):
		i = 1
	default:
		return 0
	}
	// Attributes: (class#id), {style}, [lang], alignment marks.
	for i < len(s) {
		var closer byte
		switch s[i] {
		case '(':
			closer = ')'
		case '{':
			closer = '}'
		case '[':
			closer = ']'
		case '<', '>', '=':
			i++
			continue
		}
		if closer == 0 {
			break
		}
		e := strings.IndexByte(s[i:], closer)
		if e < 0 || strings.IndexByte(s[i:i+e], '\n') >= 0 {
			return 0
		}
		i += e + 1
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i < len(s) && s[i] == '.' {
			i++ // an extended block ("bq.. ")
		}
		if i < len(s) && s[i] == ' ' {
			return i + 1
		}
	}
	return 0
}

// isTextileImage reports a paragraph that starts with an image
// "!src(alt)!".
func isTextileImage(s string) bool {
	_, n := textileImage(s)
	return n > 0
}

// detextileLine appends to dst the paragraph s of a Textile page as a text
// dump would have it: a line of tags empty, a block signature and list
// bullets dropped, a link as its text (without its class), an image as its
// alt text, a table row as its cells, asterisks and underscores of bold
// and italics dropped, and numeric and common named entities as their
// characters.
func detextileLine(dst []byte, s string) []byte {
	s, ok := untaggedText(s)
	if !ok {
		return dst
	}
	start := len(dst)
	for line := range strings.SplitSeq(s, "\n") {
		if len(dst) > start {
			dst = append(dst, '\n')
		}
		dst = detextileOne(dst, line)
	}
	return dst
}

// detextileOne is detextileLine for one line of a paragraph.
func detextileOne(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if n := textileBlockEnd(s); n > 0 {
		s = s[n:]
	}
	if k := strings.IndexByte(s, ' '); k > 0 && strings.Trim(s[:k], "*#") == "" {
		s = s[k+1:] // a list item
	}
	row := len(s) > 1 && s[0] == '|' && s[len(s)-1] == '|'
	if !row {
		return detextileInline(dst, s)
	}
	for cell := range strings.SplitSeq(s[1:len(s)-1], "|") {
		if len(dst) > 0 && dst[len(dst)-1] != '\n' {
			dst = append(dst, ' ')
		}
		dst = detextileInline(dst, cell[skipCellSignature(cell, 0):])
	}
	return dst
}

// detextileInline appends the text s of a Textile block to dst without
// its inline markup: links as their text, images as their alt text,
// emphasis marks dropped, entities as their characters.
func detextileInline(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			if text, n := textileLink(s[i:]); n > 0 {
				dst = detextileInline(dst, text)
				i += n - 1
				continue
			}
		case c == '!':
			if alt, n := textileImage(s[i:]); n > 0 {
				dst = detextileInline(dst, alt)
				i += n - 1
				continue
			}
		case c == '*' || c == '_':
			if isEmphasisMark(s, i) || i > 0 && s[i-1] == ':' && (i+1 == len(s) || s[i+1] == ' ') {
				continue
			}
		case c == '&':
			if n, r := textileEntity(s[i:]); n > 0 {
				dst = utf8.AppendRune(dst, r)
				i += n - 1
				continue
			}
		}
		dst = append(dst, c)
	}
	return dst
}

// skipCellSignature returns the index past a table cell's signature at
// s[i:] ("_. " for a heading cell, "<. " and the like for alignment), or
// i when there is none.
func skipCellSignature(s string, i int) int {
	j := i
	for j < len(s) && strings.IndexByte("_<>=^~", s[j]) >= 0 {
		j++
	}
	if j > i && j+1 < len(s) && s[j] == '.' && s[j+1] == ' ' {
		return j + 2
	}
	return i
}

// textileLink returns the text of the link at the start of s
// ("(class)text":target) and the length of the link, or 0 when s does
// not start one. Punctuation that ends the target (".", ",", ")") is left
// to the text after it.
func textileLink(s string) (string, int) {
	if len(s) < 4 || s[0] != '"' {
		return "", 0
	}
	e := strings.Index(s[1:], "\":")
	if e < 0 {
		return "", 0
	}
	text := s[1 : 1+e]
	if strings.IndexByte(text, '"') >= 0 || text == "" {
		return "", 0
	}
	t := 1 + e + 2 // the target's start
	if t >= len(s) || !isTextileTargetStart(s[t]) {
		return "", 0
	}
	end := t
	for end < len(s) && s[end] != ' ' && s[end] != '\n' {
		end++
	}
	for end > t+1 && strings.IndexByte(".,;:!?)", s[end-1]) >= 0 {
		end--
	}
	if text[0] == '(' {
		if k := strings.IndexByte(text, ')'); k > 0 && k < len(text)-1 {
			text = text[k+1:] // the link's classes
		}
	}
	return text, end
}

// textileImage returns the alt text of the image at the start of s
// ("!src(alt)!", "!(class)src!") and the length of the image with the link
// that may follow it ("!src!:target"), or 0. The source is a path or a URL
// (a '/' or a '.' in it, no space); the alt text is the last group in
// parentheses before the closing '!', nested ones included.
func textileImage(s string) (string, int) {
	if len(s) < 3 || s[0] != '!' || s[1] == ' ' || s[1] == '!' {
		return "", 0
	}
	img := s[1:]
	if img[0] == '(' {
		k := strings.IndexByte(img, ')')
		if k < 0 {
			return "", 0
		}
		img = img[k+1:] // the image's classes
	}
	end := 1 + len(s[1:]) - len(img) // s[end:] is the source on
	e := strings.IndexByte(img, '!')
	if e <= 0 {
		return "", 0
	}
	img = img[:e]
	alt := ""
	if img[len(img)-1] == ')' {
		depth := 0
		for k := len(img) - 1; k > 0; k-- {
			if img[k] == ')' {
				depth++
			} else if img[k] == '(' {
				depth--
				if depth == 0 {
					alt, img = img[k+1:len(img)-1], img[:k]
					break
				}
			}
		}
	}
	if img == "" || strings.IndexByte(img, ' ') >= 0 || strings.IndexByte(img, '\n') >= 0 || strings.IndexAny(img, "/.") < 0 {
		return "", 0
	}
	n := end + e + 1
	if strings.HasPrefix(s[n:], ":") && n+1 < len(s) && isTextileTargetStart(s[n+1]) {
		for n < len(s) && s[n] != ' ' {
			n++
		}
	}
	return alt, n
}

// textileEntity returns the length and the character of the HTML entity
// at the start of s ("&#45;", "&#x2D;", "&amp;", "&quot;"), or 0.
func textileEntity(s string) (int, rune) {
	if n, text := mwEntity(s); n > 0 {
		r, _ := utf8.DecodeRuneInString(text)
		return n, r
	}
	if len(s) < 4 || s[0] != '&' || s[1] != '#' {
		return 0, 0
	}
	base, i := 10, 2
	if s[2] == 'x' || s[2] == 'X' {
		base, i = 16, 3
	}
	r := 0
	for j := i; j < len(s) && j < i+7; j++ {
		c := s[j]
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case base == 16 && (c|0x20) >= 'a' && (c|0x20) <= 'f':
			d = int(c|0x20-'a') + 10
		case c == ';' && j > i:
			if r == 0 || r > utf8.MaxRune || r >= 0xD800 && r <= 0xDFFF {
				return 0, 0
			}
			return j + 1, rune(r)
		default:
			return 0, 0
		}
		r = r*base + d
	}
	return 0, 0
}
