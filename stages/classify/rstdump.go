package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// pandoc -t rst, which documentation pipelines run on whole pages, prints a
// page as reStructuredText: every <div> with a class as a directive line
// (".. container:: comments") with its content indented under it, headings
// inside them as ".. rubric:: …" with a ":name: …" option line, figures as
// ".. figure:: src", links as "`text </path>`__", list items after "- " or
// "#. " and emphasis between asterisks. The model, which never saw one,
// read the directive lines as short lines of text and kept whole comment
// sections as body. A document whose first lynxScanLines lines hold
// rstMinMarks directive lines or links is read as the text the page would
// be without the markup (derstLine): a directive line, or an option line,
// is empty, as the blank line of a text dump would be; a rubric is its
// heading.
const rstMinMarks = 5

// isRSTDump reports whether a plain-text document is reStructuredText
// (rstMinMarks directive lines or links among its first lynxScanLines
// lines).
func isRSTDump(paras []corpus.Paragraph) bool {
	if len(paras) == 0 || paras[0].Structure != nil {
		return false
	}
	n := 0
	for i := range min(len(paras), lynxScanLines) {
		s := paras[i].Text // the splitter trims it
		if _, ok := rstDirective(s); ok {
			n++
		}
		if strings.IndexByte(s, '`') >= 0 {
			n += strings.Count(s, ">`__") + strings.Count(s, ">`_ ")
			if strings.HasSuffix(s, ">`_") {
				n++
			}
		}
		if n >= rstMinMarks {
			return true
		}
	}
	return false
}

// rstDirective returns the text a directive or option line of
// reStructuredText stands for, and true: a rubric's heading, an image's
// alternative text (":alt: …"), or nothing (".. container:: name",
// ".. figure:: src", ".. _label:", ":name: id"); or "" and false when s is
// no such line.
func rstDirective(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, ".. "); ok {
		if t, ok := strings.CutPrefix(rest, "rubric:: "); ok {
			// The splitter may have joined the rubric's option line.
			t, _, _ = strings.Cut(t, " :name: ")
			return t, true
		}
		if k := strings.Index(rest, ":: "); k > 0 && isRSTName(rest[:k]) || strings.HasSuffix(rest, "::") && isRSTName(rest[:len(rest)-2]) {
			return "", true
		}
		if rest != "" && rest[0] == '_' && strings.HasSuffix(rest, ":") {
			return "", true // a hyperlink target
		}
		return "", false
	}
	if len(s) > 2 && s[0] == ':' {
		end := strings.IndexByte(s[1:], ':') + 1
		if end < 2 || !isRSTName(s[1:end]) || end+1 < len(s) && s[end+1] != ' ' {
			return "", false
		}
		if s[1:end] == "alt" {
			return strings.TrimSpace(s[end+1:]), true
		}
		return "", true
	}
	return "", false
}

// isRSTName reports whether s is a directive's or option's name: lower-case
// letters, digits and hyphens.
func isRSTName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// derstLine appends to dst the line s of a reStructuredText page as a text
// dump would have it: a directive or option line as rstDirective reads it,
// a list item without its "- ", "* " or "#. ", a link "`text </path>`__" as
// its text (a link broken over two lines too: "`text" and "more
// </path>`__"), without emphasis asterisks and the backslashes of escapes.
func derstLine(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if t, ok := rstDirective(s); ok {
		return append(dst, t...)
	}
	for {
		switch {
		case len(s) > 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ':
			s = strings.TrimLeft(s[2:], " ")
			continue
		case strings.HasPrefix(s, "#. "):
			s = strings.TrimLeft(s[3:], " ")
			continue
		}
		break
	}
	if t, ok := rstDirective(s); ok {
		return append(dst, t...) // a list item that opens with a directive
	}
	start := len(dst)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			// An escape: "\ " is nothing, "\|" a bar.
			if i+1 < len(s) {
				i++
				if s[i] != ' ' {
					dst = append(dst, s[i])
				}
			}
			continue
		case '`':
			continue
		case '*':
			j := i
			for j+1 < len(s) && s[j+1] == '*' {
				j++
			}
			if emphasisMark(s, i, j) {
				i = j
				continue
			}
		case '<':
			// A link's target: " </path>`__" or " <https://…>`_".
			if n := rstTargetAt(s, i); n > 0 {
				if len(dst) > start && dst[len(dst)-1] == ' ' {
					dst = dst[:len(dst)-1]
				}
				i += n - 1
				continue
			}
		}
		dst = append(dst, c)
	}
	if len(dst) == start {
		return append(dst, s...)
	}
	return dst
}

// emphasisMark reports whether the run of asterisks s[i:j+1] opens or
// closes emphasis: it touches a word on one side and a space, the line's
// end or punctuation on the other.
func emphasisMark(s string, i, j int) bool {
	open := i == 0 || strings.IndexByte(" (\"'", s[i-1]) >= 0
	closes := j+1 >= len(s) || strings.IndexByte(" .,;:!?)\"'", s[j+1]) >= 0
	wordAfter := j+1 < len(s) && s[j+1] != ' '
	wordBefore := i > 0 && s[i-1] != ' '
	return open && wordAfter || closes && wordBefore
}

// rstTargetAt returns the length of a link's target at s[i] == '<' ("</path>`__",
// "<https://…>`_"), or 0: no space inside, a URL scheme, a slash or a '#'
// first, and a backtick with one or two underscores after it.
func rstTargetAt(s string, i int) int {
	end := strings.IndexByte(s[i:], '>')
	if end < 2 {
		return 0
	}
	t := s[i+1 : i+end]
	if strings.IndexByte(t, ' ') >= 0 || t[0] != '/' && t[0] != '#' && !hasURLScheme(t) {
		return 0
	}
	j := i + end + 1
	if j >= len(s) || s[j] != '`' {
		return 0
	}
	j++
	for k := 0; k < 2 && j < len(s) && s[j] == '_'; k++ {
		j++
	}
	return j - i
}

// rstMarkup labels the markup lines of a reStructuredText page, which
// derstLine reads as empty or as a caption, with the text they belong to:
// a directive (".. container:: comments", ".. figure:: src") the label of
// the first line of text under it, an option line (":name: id", ":alt: …")
// the label of the line above it, the directive or rubric it qualifies.
// paras are the page's own paragraphs.
func rstMarkup(paras []corpus.Paragraph, out []Scored) {
	next := -1 // the first line of text under i
	for i := len(paras) - 1; i >= 0; i-- {
		s := strings.TrimSpace(paras[i].Text)
		if _, ok := rstDirective(s); !ok {
			next = i
			continue
		}
		if strings.HasPrefix(s, ".. ") && !strings.HasPrefix(s, ".. rubric:: ") && next >= 0 {
			out[i] = out[next]
		}
	}
	for i := 1; i < len(paras); i++ {
		s := strings.TrimSpace(paras[i].Text)
		if strings.HasPrefix(s, ":") {
			if _, ok := rstDirective(s); ok {
				out[i] = out[i-1]
			}
		}
	}
}
