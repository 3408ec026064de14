package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// Markdown's reference-style links ("[Kultura][10]", "![Lodowisko][14]")
// name their targets in definitions at the page's end ("[10]: /kultura"),
// as html2wiki's Markdown dialect and other converters write them. The
// Markdown view and the passes that read link targets (linkRows,
// markdownImages) read inline links, so a page with such definitions is
// read with its reference links written inline (inlineRefLinks), and its
// definitions are chrome (refDefinitions).

// refMinDefinitions is the fewest reference definitions that make a page
// read with its links inline.
const refMinDefinitions = 2

// refDefinition returns the label and target of a reference definition
// line ("[10]: /kultura", "[foto]: https://x/a.jpg \"Titel\""), and true.
func refDefinition(s string) (label, target string, ok bool) {
	if len(s) < 5 || s[0] != '[' {
		return "", "", false
	}
	end := strings.Index(s, "]: ")
	if end < 2 || strings.ContainsAny(s[1:end], "[]") {
		return "", "", false
	}
	target = strings.TrimSpace(s[end+3:])
	if k := strings.IndexByte(target, ' '); k >= 0 {
		target = target[:k] // a title after the target
	}
	target = strings.TrimSuffix(strings.TrimPrefix(target, "<"), ">")
	if target == "" || strings.ContainsAny(target, "[]()") {
		return "", "", false
	}
	return s[1:end], target, true
}

// inlineRefLinks returns the paragraphs of a page with refMinDefinitions
// reference definitions or more with its reference links written inline
// ("[Kultura][10]" as "[Kultura](/kultura)"), the copy in *buf, and true;
// any other page as it is, with false. Labels are matched as Markdown
// matches them, without regard to case.
func inlineRefLinks(paras []corpus.Paragraph, buf *[]corpus.Paragraph) ([]corpus.Paragraph, bool) {
	n := 0
	for i := range paras {
		if t := paras[i].Text; len(t) > 4 && t[0] == '[' {
			if _, _, ok := refDefinition(t); ok {
				n++
			}
		}
	}
	if n < refMinDefinitions {
		return paras, false
	}
	targets := make(map[string]string, n)
	for i := range paras {
		if label, target, ok := refDefinition(paras[i].Text); ok {
			targets[strings.ToLower(label)] = target
		}
	}
	return rewriteTexts(paras, buf, func(dst []byte, s string) []byte {
		return appendInlineRefs(dst, s, targets)
	}), true
}

// appendInlineRefs appends s to dst with each "[text][label]" whose label
// targets knows written "[text](target)"; "[text][]", an unknown label, an
// Org link ("[[target][text]]") and a definition are left as they are.
func appendInlineRefs(dst []byte, s string, targets map[string]string) []byte {
	for {
		k := strings.Index(s, "][")
		if k < 0 {
			return append(dst, s...)
		}
		end := strings.IndexByte(s[k+2:], ']')
		if end <= 0 {
			return append(dst, s...)
		}
		label := s[k+2 : k+2+end]
		target, ok := targets[strings.ToLower(label)]
		if after := k + 2 + end + 1; !ok || after < len(s) && s[after] == ']' {
			// An unknown label, or an Org link's "[[target][text]]".
			dst = append(dst, s[:k+2]...)
			s = s[k+2:]
			continue
		}
		dst = append(dst, s[:k+1]...)
		dst = append(dst, '(')
		dst = append(dst, target...)
		dst = append(dst, ')')
		s = s[k+2+end+1:]
	}
}

// refDefinitions labels chrome the reference definitions of a page that
// inlineRefLinks read: the list of its links' targets.
func refDefinitions(paras []corpus.Paragraph, out []Scored) {
	for i := range paras {
		if t := paras[i].Text; len(t) > 4 && t[0] == '[' {
			if _, _, ok := refDefinition(t); ok {
				out[i] = Scored{Label: corpus.Chrome, Score: 0.6}
			}
		}
	}
}
