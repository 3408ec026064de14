package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// hxpipe (html-xml-utils) prints a page as a line an event, in the ESIS
// form of SGML tools: "(tag" opens an element and ")tag" closes it,
// "Aname CDATA value" lines give the attributes of the element the next
// "(" line opens, "-text" is a text, its line breaks written "\n", and "!"
// a doctype, "?" a processing instruction, "*" a comment. Every line is a
// paragraph of the splitter's; most have no text.

// hxpipeLineKind returns the kind of an hxpipe line (its first byte) and
// what follows it, or 0 for a line of another shape.
func hxpipeLineKind(line string) (kind byte, rest string) {
	if line == "" {
		return 0, ""
	}
	kind, rest = line[0], line[1:]
	switch kind {
	case '(', ')':
		if isXMLName(rest) {
			return kind, rest
		}
	case 'A':
		name, after, _ := strings.Cut(rest, " ")
		typ, _, _ := strings.Cut(after, " ")
		if isXMLName(name) && (typ == "CDATA" || typ == "TOKEN" || typ == "IMPLIED" || typ == "ID" || typ == "ENTITY" || typ == "NOTATION") {
			return kind, rest
		}
	case '-', '!', '?', '*', '|':
		return kind, rest
	}
	return 0, ""
}

// isHXPipeLine reports whether line is an hxpipe line.
func isHXPipeLine(line string) bool {
	k, _ := hxpipeLineKind(line)
	return k != 0
}

// hxpipeElements reports whether the first markupDumpScanLines lines of a
// page open markupDumpMinLines/2 elements or more (a list of lines that
// start with a dash opens none).
func hxpipeElements(paras []corpus.Paragraph) bool {
	opens := 0
	for line := range firstLines(paras, markupDumpScanLines) {
		if k, _ := hxpipeLineKind(line); k == '(' {
			if opens++; opens >= markupDumpMinLines/2 {
				return true
			}
		}
	}
	return false
}

// hxpipeText undoes hxpipe's escapes in a text: "\n" and "\t" are white
// space, "\\" a backslash.
func hxpipeText(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'n', 't':
				b.WriteByte(' ')
				i++
				continue
			case '\\':
				b.WriteByte('\\')
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// readHXPipe builds the tree of an hxpipe page and its lines.
func readHXPipe(paras []corpus.Paragraph) (*markupTree, []markupLine) {
	t := &markupTree{}
	var lines []markupLine
	var attrs []string // the attributes of the next element
	for i := range paras {
		for line := range strings.SplitSeq(paras[i].Text, "\n") {
			ml := markupLine{para: i, head: inHead(t)}
			kind, rest := hxpipeLineKind(line)
			switch kind {
			case '(':
				name := strings.ToLower(rest)
				t.push(name)
				t.top().attrs, attrs = attrs, nil
				ml.head = inHead(t)
				if voidElems[name] {
					t.stack = t.stack[:len(t.stack)-1] // it holds nothing
				}
			case ')':
				ml.closes = true
				// Close the innermost open element of the name, and the
				// elements the page left open inside it.
				name := strings.ToLower(rest)
				for k := len(t.stack) - 1; k >= 0; k-- {
					if t.stack[k].name == name {
						t.stack = t.stack[:k]
						break
					}
				}
			case 'A':
				name, after, _ := strings.Cut(rest, " ")
				_, value, _ := strings.Cut(after, " ")
				attrs = append(attrs, strings.ToLower(name), hxpipeText(value))
			case '-':
				text := hxpipeText(rest)
				t.text(text)
				ml.text = strings.TrimSpace(text)
			case 0:
				// Not hxpipe: its text, in the open element.
				t.text(line)
				ml.text = strings.TrimSpace(line)
			}
			lines = append(lines, ml)
		}
	}
	return t, lines
}

// inHead reports whether the innermost open elements include head.
func inHead(t *markupTree) bool {
	for _, e := range t.stack {
		if e.name == "head" {
			return true
		}
	}
	return false
}
