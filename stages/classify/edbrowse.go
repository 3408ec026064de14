package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// edbrowse, the line-oriented browser, writes a page's rendered buffer in
// marks of its own: a heading with its level before it ("h2 Comentarios
// (4)"), a link's text in braces ("{Medina de Pomar}"), a button's in
// angle brackets ("<Suscribirme>"), a table's row with its cells parted by
// bars and no spaces ("Salida|Llegada|Días"). The model, which never saw
// one, read "h2 Comentarios" as a line of text, and the passes that look
// for headings, link rows and tables found none. Such a page is read as
// the Markdown it stands for (appendEdbrowseMarkdown).

// edbrowseMinLinks is the fewest lines with a link in braces, and
// edbrowseMinHeadings the fewest with a heading mark, that make a page
// read as edbrowse's.
const (
	edbrowseMinLinks    = 4
	edbrowseMinHeadings = 2
)

// isEdbrowseDump reports whether a plain-text page is edbrowse's buffer:
// edbrowseMinHeadings lines that start with a heading mark and
// edbrowseMinLinks with a link in braces.
func isEdbrowseDump(paras []corpus.Paragraph) bool {
	headings, links := 0, 0
	for i := range paras {
		t := paras[i].Text
		if edbrowseHeading(t) > 0 {
			headings++
		}
		if strings.IndexByte(t, '{') >= 0 && hasEdbrowseLink(t) {
			links++
		}
		if headings >= edbrowseMinHeadings && links >= edbrowseMinLinks {
			return true
		}
	}
	return false
}

// edbrowseHeading returns the level of edbrowse's heading mark at the
// start of s ("h1 " to "h6 ", then text), or 0.
func edbrowseHeading(s string) int {
	if len(s) < 4 || s[0] != 'h' || s[1] < '1' || s[1] > '6' || s[2] != ' ' || s[3] == ' ' {
		return 0
	}
	return int(s[1] - '0')
}

// edbrowseLink returns the length of the link in braces at the start of s
// ("{Mende}"), or 0: text without braces, bars or a leading colon or
// space, closed on the same line. Jira's macros ("{panel}", "{code:java}")
// and kramdown's attribute lists ("{: .lead}") are none.
func edbrowseLink(s string) int {
	if len(s) < 3 || s[0] != '{' || s[1] == ':' || s[1] == ' ' || s[1] == '}' {
		return 0
	}
	end := strings.IndexByte(s, '}')
	if end < 2 {
		return 0
	}
	text := s[1:end]
	if strings.ContainsAny(text, "{|\n") || isJiraMacroName(text) {
		return 0
	}
	return end + 1
}

// isJiraMacroName reports the name of one of Jira's block macros, which
// stand in braces as edbrowse's links do.
func isJiraMacroName(s string) bool {
	name, _, _ := strings.Cut(s, ":")
	switch name {
	case "panel", "code", "quote", "noformat", "color", "anchor", "toc", "section", "column":
		return true
	}
	return false
}

// hasEdbrowseLink reports whether s holds a link in braces (edbrowseLink).
func hasEdbrowseLink(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '{')
		if k < 0 {
			return false
		}
		i += k
		if edbrowseLink(s[i:]) > 0 {
			return true
		}
		i++
	}
}

// appendEdbrowseMarkdown appends the line s of an edbrowse page to dst as
// Markdown: a heading mark as "#" marks, a link in braces as a Markdown
// link without a target, a button's text without its angle brackets, a
// text field ("<>", "<buffer ?>") as a line of underscores, as text
// browsers draw one (a radio button, "<->", stays as it is), and a
// table's row, whose bars have no spaces around them, between bars.
func appendEdbrowseMarkdown(dst []byte, s string) []byte {
	if n := edbrowseHeading(s); n > 0 {
		for range n {
			dst = append(dst, '#')
		}
		s = s[2:]
	}
	row := strings.IndexByte(s, '|') > 0 && !strings.Contains(s, " |") && !strings.Contains(s, "| ") && s[len(s)-1] != '|'
	if row {
		dst = append(dst, "| "...)
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '{':
			if n := edbrowseLink(s[i:]); n > 0 {
				dst = append(dst, '[')
				dst = append(dst, s[i+1:i+n-1]...)
				dst = append(dst, "]()"...)
				i += n
				continue
			}
		case c == '<':
			if n := edbrowseButton(s[i:]); n > 0 {
				dst = append(dst, s[i+1:i+n-1]...)
				i += n
				continue
			}
			if n := edbrowseField(s[i:]); n > 0 {
				dst = append(dst, edbrowseFieldLine...)
				i += n
				continue
			}
		case c == '|' && row:
			dst = append(dst, " | "...)
			i++
			continue
		}
		dst = append(dst, c)
		i++
	}
	if row {
		dst = append(dst, " |"...)
	}
	return dst
}

// edbrowseFieldLine is how appendEdbrowseMarkdown writes a form's text
// field: as a text browser draws one (isFormField).
const edbrowseFieldLine = "________"

// edbrowseField returns the length of a form's text field at the start of
// s, an input ("<>") or a text area ("<buffer ?>", "<buffer 3>"), or 0.
func edbrowseField(s string) int {
	if strings.HasPrefix(s, "<>") {
		return 2
	}
	if rest, ok := strings.CutPrefix(s, "<buffer "); ok {
		if end := strings.IndexByte(rest, '>'); end > 0 && end <= 4 {
			return len("<buffer ") + end + 1
		}
	}
	return 0
}

// edbrowseButton returns the length of a button with text at the start of
// s ("<Votar>", "<Je m'inscris>"), or 0: text that starts with a letter,
// without angle brackets, closed on the same line; a form's empty fields
// ("<>", "<->", "<buffer ?>") are none.
func edbrowseButton(s string) int {
	end := strings.IndexByte(s, '>')
	if end < 2 || s[1] == ' ' || s[1] == '-' || s[1] == '/' || strings.IndexByte(s[1:end], '<') >= 0 || strings.IndexByte(s[1:end], '\n') >= 0 {
		return 0
	}
	if strings.HasPrefix(s[1:end], "buffer") {
		return 0
	}
	return end + 1
}
