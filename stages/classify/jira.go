package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// pandoc -t jira prints a page as Jira's (and Confluence's) wiki markup:
// links as [text|target] (the home page [Site|/]), images as
// !src|alt=text!, headings after "h2. " with an anchor before their text
// ("h2. {anchor:id}Subheading"), list items after "* " or "# ", bold
// between asterisks, the page's sections between "{panel…}" lines and
// parentheses escaped ("\("). The model, which never saw one, read "# "
// list items as Markdown headings and the links' targets as words. A
// document whose first lynxScanLines lines hold jiraMinMarks Jira links,
// anchors and panels is read as the text the page would be without the
// markup (dejiraLine); mwMarkup then gives the panel lines the label of
// the section they open or close and an image the label of a caption.
const jiraMinMarks = 5

// isJiraDump reports whether a plain-text document is Jira markup
// (jiraMinMarks links "[text|/target]", "{anchor:…}" and "{panel}"
// among its first lynxScanLines lines, one of them a macro: a text dump's
// brackets may hold a bar).
func isJiraDump(paras []corpus.Paragraph) bool {
	if len(paras) == 0 || paras[0].Structure != nil {
		return false
	}
	macro := false // most pages have none: one search per line
	for i := range min(len(paras), lynxScanLines) {
		if s := paras[i].Text; strings.HasPrefix(s, "{panel") || strings.Contains(s, "{anchor:") {
			macro = true
			break
		}
	}
	if !macro {
		return false
	}
	n, macros := 0, 0
	for i := range min(len(paras), lynxScanLines) {
		s := paras[i].Text
		m := strings.Count(s, "{anchor:")
		if strings.HasPrefix(s, "{panel") {
			m++
		}
		n += m
		macros += m
		for j := 0; ; {
			k := strings.IndexByte(s[j:], '[')
			if k < 0 {
				break
			}
			j += k + 1
			if _, m := jiraLink(s[j-1:]); m > 0 {
				n++
			}
		}
		if n >= jiraMinMarks && macros > 0 {
			return true
		}
	}
	return false
}

// jiraLink returns the text of the link at the start of s ("[text|target]"
// with a path, a fragment or a URL for a target) and the link's length,
// or 0.
func jiraLink(s string) (string, int) {
	if len(s) < 4 || s[0] != '[' {
		return "", 0
	}
	e := strings.IndexByte(s, ']')
	if e < 0 {
		return "", 0
	}
	link := s[1:e]
	k := strings.LastIndexByte(link, '|')
	if k < 0 || k+1 >= len(link) || !isTextileTargetStart(link[k+1]) || strings.IndexByte(link[k+1:], ' ') >= 0 {
		return "", 0
	}
	return link[:k], e + 1
}

// jiraTagLine reports a line of nothing but a macro's tag ("{panel}",
// "{panel:role=main}", "{noformat}"), which opens a section (mwOpen) or,
// bare, closes the one open; the view reads it as empty.
func jiraTagLine(s string) bool {
	return len(s) > 2 && s[0] == '{' && s[len(s)-1] == '}' && strings.IndexByte(s, ' ') < 0 && strings.Count(s, "{") == 1
}

// dejiraLine appends to dst the paragraph s of a Jira page as a text dump
// would have it: a macro's tag line empty, a heading's signature and
// anchors dropped, list bullets dropped, a link as its text, an image as
// its alt text, table bars as spaces, escaped parentheses unescaped,
// emphasis marks and entities as detextileInline reads them.
func dejiraLine(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if jiraTagLine(s) {
		return dst
	}
	start := len(dst)
	for line := range strings.SplitSeq(s, "\n") {
		if len(dst) > start {
			dst = append(dst, '\n')
		}
		line = strings.TrimSpace(line)
		if jiraTagLine(line) {
			continue
		}
		if n := textileBlockEnd(line); n > 0 {
			line = line[n:]
		}
		if k := strings.IndexByte(line, ' '); k > 0 && strings.Trim(line[:k], "*#-") == "" {
			line = line[k+1:]
		}
		dst = dejiraInline(dst, line)
	}
	return dst
}

// dejiraInline appends the text of one line of a Jira block to dst
// without its inline markup.
func dejiraInline(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '{' && strings.HasPrefix(s[i:], "{anchor:"):
			if e := strings.IndexByte(s[i:], '}'); e > 0 {
				i += e
				continue
			}
		case c == '[':
			if text, n := jiraLink(s[i:]); n > 0 {
				dst = dejiraInline(dst, text)
				i += n - 1
				continue
			}
		case c == '!' && i+1 < len(s) && s[i+1] != ' ':
			if e := strings.IndexByte(s[i+1:], '!'); e > 0 {
				img := s[i+1 : i+1+e]
				if src, attrs, ok := strings.Cut(img, "|"); ok && strings.IndexByte(src, ' ') < 0 {
					if k := strings.Index(attrs, "alt="); k >= 0 {
						dst = append(dst, attrs[k+4:]...)
					}
					i += e + 1
					continue
				}
			}
		case c == '\\' && i+1 < len(s) && strings.IndexByte("()[]{}*_-!|", s[i+1]) >= 0:
			dst = append(dst, s[i+1])
			i++
			continue
		case c == '|':
			dst = append(dst, ' ')
			for i+1 < len(s) && s[i+1] == '|' {
				i++
			}
			continue
		case c == '*' || c == '_':
			if isEmphasisMark(s, i) || i > 0 && s[i-1] == ':' && (i+1 == len(s) || s[i+1] == ' ') {
				continue
			}
		case c == '&':
			if n, text := mwEntity(s[i:]); n > 0 {
				dst = append(dst, text...)
				i += n - 1
				continue
			}
		}
		dst = append(dst, c)
	}
	return dst
}

// isJiraImage reports a paragraph that starts with an image
// "!src|alt=…!".
func isJiraImage(s string) bool {
	if len(s) < 3 || s[0] != '!' || s[1] == ' ' {
		return false
	}
	e := strings.IndexByte(s[1:], '!')
	return e > 0 && strings.IndexByte(s[1:1+e], '|') > 0
}

// jiraKinds returns what each line of a Jira page is: a "{panel…}" line
// with parameters opens a section, a bare one closes the section open or
// else opens one (Jira's panels do not nest), other macro tags are
// anchors, and the rest text.
func jiraKinds(paras []corpus.Paragraph) []mwLine {
	kinds := make([]mwLine, len(paras))
	open := false
	for i := range paras {
		s := strings.TrimSpace(paras[i].Text)
		switch {
		case !jiraTagLine(s):
			kinds[i] = mwText
		case !strings.HasPrefix(s, "{panel"):
			kinds[i] = mwAnchor
		case s == "{panel}" && open:
			kinds[i], open = mwClose, false
		default:
			kinds[i], open = mwOpen, true
		}
	}
	return kinds
}
