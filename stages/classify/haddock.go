package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// pandoc -t haddock prints a page in the markup of Haskell's documentation
// tool: headings "= h" to "====== h", each followed by its anchor "#slug#"
// (on the heading's line, or on a line of its own under a long heading),
// links "<target text>" ("</sport Sport>", "</ Home>" for the home page,
// "<mailto:a@b a\@b>"), images "<<src caption>>", "__bold__", "/emphasis/"
// and a backslash before the characters Haddock reads as markup
// ("l\'ancienne", "02\/12\/2026"). The model, which never saw one, read its
// headline as a teaser and its menus as prose. A Haddock page is read as
// the Markdown it stands for (appendHaddockMarkdown, through
// markupMarkdown in markup.go), before the text views, so that the
// Markdown view and the passes that read links, images and headings read
// it; an anchor on a line of its own takes its heading's label
// (markupTails).

// haddockMinMarks is the fewest Haddock links, images and headings with
// their anchor that make a page read as Haddock (one heading at least).
const haddockMinMarks = 4

// isHaddockDump reports whether a plain-text page is pandoc's Haddock: a
// heading with its anchor and haddockMinMarks marks in all.
func isHaddockDump(paras []corpus.Paragraph) bool {
	headings, marks := 0, 0
	for i := range paras {
		t := paras[i].Text
		if haddockHeadingLevel(t) > 0 && (haddockAnchorTail(t) > 0 || i+1 < len(paras) && isHaddockAnchor(paras[i+1].Text)) {
			headings++
		}
		for k := strings.IndexByte(t, '<'); k >= 0 && marks < haddockMinMarks; {
			if _, _, n := haddockLink(t[k:]); n > 0 {
				marks++
				k += n
			} else {
				k++
			}
			j := strings.IndexByte(t[k:], '<')
			if j < 0 {
				break
			}
			k += j
		}
		if headings > 0 && headings+marks >= haddockMinMarks {
			return true
		}
	}
	return false
}

// haddockHeadingLevel returns n when s starts with a Haddock heading's n
// equals signs (1 to 6) and a space, else 0.
func haddockHeadingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '=' {
		n++
	}
	if n == 0 || n > 6 || n+1 >= len(s) || s[n] != ' ' {
		return 0
	}
	return n
}

// isHaddockAnchor reports a Haddock anchor alone: "#slug#", no space.
func isHaddockAnchor(s string) bool {
	return len(s) >= 3 && s[0] == '#' && s[len(s)-1] == '#' && strings.IndexByte(s, ' ') < 0 && strings.Count(s, "#") == 2
}

// haddockAnchorTail returns the length of the anchor " #slug#" that ends
// the heading s, or 0.
func haddockAnchorTail(s string) int {
	k := strings.LastIndexByte(s, ' ')
	if k < 0 || !isHaddockAnchor(s[k+1:]) {
		return 0
	}
	return len(s) - k
}

// haddockLink reads the Haddock link or image at the start of s ("<target
// text>", "<target>", "<<src caption>>") and returns its target, its text
// and its length, or a length of 0 when s starts with none: a link's
// target a path ("/", "/sport"), a URL ("https://…", "mailto:…") or a
// fragment ("#top"), an image's any source; without spaces.
func haddockLink(s string) (target, text string, n int) {
	image := strings.HasPrefix(s, "<<")
	open, end := 1, ">"
	if image {
		open, end = 2, ">>"
	}
	if len(s) <= open {
		return "", "", 0
	}
	e := strings.Index(s[open:], end)
	if e <= 0 {
		return "", "", 0
	}
	body := s[open : open+e]
	target, text, _ = strings.Cut(body, " ")
	if target == "" || strings.ContainsAny(target, "<>") ||
		!image && !(target[0] == '/' || target[0] == '#' || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:")) {
		return "", "", 0
	}
	if strings.IndexByte(text, '<') >= 0 {
		return "", "", 0
	}
	return target, text, open + e + len(end)
}

// appendHaddockMarkdown appends the line s of a Haddock page to dst as
// Markdown: an anchor alone as nothing, a grid table's rule ("+---+---+") as
// a delimiter row ("|---+---|"), a heading with "#" marks and
// without its anchor, links "[text](target)" (a link without text as an
// autolink), images "![caption](src)", "__bold__" as "**bold**", the
// unescaped slashes of emphasis taken out, and the escapes of characters
// Markdown does not read as markup ("\'", "\"", "\/", "\@") dropped.
func appendHaddockMarkdown(dst []byte, s string) []byte {
	if isHaddockAnchor(s) {
		return dst
	}
	if isGridRule(s) {
		// A grid table's rule as a pipe table's delimiter row, so that
		// the rule and the rows read as one Markdown table.
		dst = append(dst, '|')
		dst = append(dst, s[1:len(s)-1]...)
		return append(dst, '|')
	}
	if n := haddockHeadingLevel(s); n > 0 {
		for range n {
			dst = append(dst, '#')
		}
		s = s[n:]
		if k := haddockAnchorTail(s); k > 0 && k < len(s) {
			s = s[:len(s)-k]
		}
	}
	return appendHaddockInline(dst, s)
}

// appendHaddockInline appends Haddock's inline markup of s to dst as
// Markdown (appendHaddockMarkdown).
func appendHaddockInline(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 < len(s) && strings.IndexByte(`'"/@`, s[i+1]) >= 0 {
				i++
				dst = append(dst, s[i])
				continue
			}
			if i+1 < len(s) {
				dst = append(dst, c, s[i+1])
				i++
				continue
			}
			dst = append(dst, c)
		case '<':
			target, text, n := haddockLink(s[i:])
			switch {
			case n == 0:
				dst = append(dst, c)
				continue
			case s[i+1] == '<':
				dst = append(dst, "!["...)
				dst = appendHaddockInline(dst, text)
				dst = append(dst, "]("...)
				dst = append(dst, target...)
				dst = append(dst, ')')
			case text == "":
				dst = append(dst, '<')
				dst = append(dst, target...)
				dst = append(dst, '>')
			default:
				dst = append(dst, '[')
				dst = appendHaddockInline(dst, text)
				dst = append(dst, "]("...)
				dst = append(dst, target...)
				dst = append(dst, ')')
			}
			i += n - 1
		case '_':
			if i+1 < len(s) && s[i+1] == '_' {
				dst = append(dst, "**"...)
				i++
				continue
			}
			dst = append(dst, c)
		case '/':
			// Haddock escapes a slash of the text: an unescaped one
			// outside a link opens or closes emphasis.
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
