package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// The Go library jaytaylor/html2text, which many Go scrapers and feed
// readers use to turn a whole page into text, prints every link's target in
// parentheses after its text ("Sport ( https://example.com/sport )"), list
// items after "* " and headings between rules of asterisks or dashes. A
// menu so printed reads as a run of long lines full of addresses, and the
// model, which never saw one, kept whole page headers as body. A document
// whose first lynxScanLines lines hold parenMinTargets such targets is read
// without them and its items without bullets (deparenLine).
const parenMinTargets = 5

// isParenDump reports whether a plain-text document is a jaytaylor/html2text
// dump (parenMinTargets link targets in parentheses among its first
// lynxScanLines lines).
func isParenDump(paras []corpus.Paragraph) bool {
	return leadingMarkersAt(paras, '(', parenMinTargets, func(s string, j int) (int, bool) {
		m := parenTargetAt(s, j)
		return m, m > 0
	})
}

// parenTargetAt returns the length of the link target in parentheses at
// s[i] == '(' ("( https://…/sport )", "(/path)", "( mailto:… )"), or 0: one
// token, a slash first, "://" in it or "mailto:" first, with or without a
// space inside either parenthesis.
func parenTargetAt(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == ' ' {
		j++
	}
	end := j
	for end < len(s) && s[end] != ' ' && s[end] != ')' {
		end++
	}
	if t := s[j:end]; end == j || t[0] != '/' && !strings.Contains(t, "://") && !strings.HasPrefix(t, "mailto:") {
		return 0 // "(Quelle:ZDF)", "(Tel:0800)" are no targets
	}
	if end < len(s) && s[end] == ' ' {
		end++
	}
	if end >= len(s) || s[end] != ')' {
		return 0
	}
	return end + 1 - i
}

// deparenLine appends to dst the line s of a jaytaylor/html2text dump as a
// text dump would have it: without its link targets (a line of nothing but
// targets keeps them) and a leading "* ", spaces collapsed, trimmed.
func deparenLine(dst []byte, s string) []byte {
	return dropMarkersAt(dst, s, "*", '(', parenTargetAt)
}
