package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// Converters to forum markup (npm html2bbcode) print a page as BBCode:
// links "[url=/sport]Sport[/url]", "[b]…[/b]", headings "[h1]…[/h1]",
// lists "[ul][li]…[/li]" over several lines closed by "[/ul]", images
// "[img]src[/img]". The model, which never saw one, read the headings and
// lists by their brackets. A BBCode page is read as the Markdown it stands
// for (appendBBCodeMarkdown); a line of markup alone ("[/ul]") takes the
// label of the line it closes (markupTails).

// bbcodeMinTags is the fewest lines with a BBCode tag pair that make a
// page read as BBCode.
const bbcodeMinTags = 5

// isBBCodeDump reports whether a plain-text page is BBCode: bbcodeMinTags
// lines with a link, a heading, bold text or a list item in its markup.
func isBBCodeDump(paras []corpus.Paragraph) bool {
	return enoughLines(paras, bbcodeMinTags, func(t string) bool {
		return strings.Contains(t, "[/url]") || strings.Contains(t, "[/b]") || strings.Contains(t, "[/li]") || strings.Contains(t, "[/h")
	})
}

// bbcodeTag reads the BBCode tag at the start of s ("[url=/a]", "[/b]",
// "[h2]") and returns its name in lower case, its value (after "="),
// whether it closes, and its length; a length of 0 when s starts with
// none: a name of letters and digits that starts with a letter, or "*".
func bbcodeTag(s string) (name, value string, closing bool, n int) {
	if len(s) < 3 || s[0] != '[' {
		return "", "", false, 0
	}
	end := strings.IndexByte(s, ']')
	if end < 2 {
		return "", "", false, 0
	}
	body := s[1:end]
	if body[0] == '/' {
		closing = true
		body = body[1:]
	}
	name, value, _ = strings.Cut(body, "=")
	if name == "" || len(name) > 10 {
		return "", "", false, 0
	}
	if name != "*" {
		if !isASCIILetter(name[0]) {
			return "", "", false, 0
		}
		for i := 0; i < len(name); i++ {
			if !isASCIILetter(name[i]) && !isDigit(name[i]) {
				return "", "", false, 0
			}
		}
	}
	return strings.ToLower(name), value, closing, end + 1
}

// appendBBCodeMarkdown appends the line s of a BBCode page to dst as
// Markdown: a heading with "#" marks, a list item as a bullet, links,
// images, bold and emphasis in Markdown's markup, other tags ("[ul]",
// "[color=red]", "[/li]") dropped. A line of markup alone comes out empty.
func appendBBCodeMarkdown(dst []byte, s string) []byte {
	start := len(dst)
	for i := 0; i < len(s); {
		name, value, closing, n := bbcodeTag(s[i:])
		if n == 0 {
			dst = append(dst, s[i])
			i++
			continue
		}
		i += n
		lineStart := len(strings.TrimSpace(string(dst[start:]))) == 0
		switch {
		case name == "url" && !closing:
			k := strings.Index(s[i:], "[/url]")
			if k < 0 {
				continue
			}
			text := s[i : i+k]
			i += k + len("[/url]")
			if value == "" {
				dst = append(dst, '<')
				dst = append(dst, text...)
				dst = append(dst, '>')
				continue
			}
			dst = append(dst, '[')
			dst = appendBBCodeMarkdown(dst, text)
			dst = append(dst, "]("...)
			dst = append(dst, value...)
			dst = append(dst, ')')
		case name == "img" && !closing:
			k := strings.Index(s[i:], "[/img]")
			if k < 0 {
				continue
			}
			dst = append(dst, "![]("...)
			dst = append(dst, s[i:i+k]...)
			dst = append(dst, ')')
			i += k + len("[/img]")
		case len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !closing:
			if lineStart {
				dst = dst[:start]
				for range int(name[1] - '0') {
					dst = append(dst, '#')
				}
				dst = append(dst, ' ')
			}
		case name == "b" || name == "strong":
			dst = append(dst, "**"...)
		case name == "i" || name == "em":
			dst = append(dst, '*')
		case (name == "li" || name == "*") && !closing:
			if lineStart {
				dst = append(dst[:start], "- "...)
			}
		case name == "hr":
			dst = append(dst, "---"...)
		}
		// Any other tag ("[ul]", "[/li]", "[color=…]", "[quote]"): dropped.
	}
	return collapseSpaces(dst, start)
}
