package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// html2Texts reports whether an html2 page's first markupDumpScanLines
// lines hold markupDumpMinLines/2 texts of elements under html or body (a
// list of file paths has none).
func html2Texts(paras []corpus.Paragraph) bool {
	texts := 0
	for line := range firstLines(paras, markupDumpScanLines) {
		names, attr, _, hasValue, ok := html2Path(line)
		if ok && hasValue && attr == "" && (names[0] == "html" || names[0] == "body") {
			if texts++; texts >= markupDumpMinLines/2 {
				return true
			}
		}
	}
	return false
}

// html2Path splits an html2 line into its path's element names, the
// attribute it names ("" for a text line) and its value; ok is false for a
// line of another shape. A path's names are XML names: letters, digits,
// '-', '_', '.', ':'; "!" is a comment.
func html2Path(line string) (names []string, attr, value string, hasValue, ok bool) {
	path, value, hasValue := strings.Cut(line, "=")
	if len(path) < 2 || path[0] != '/' {
		return nil, "", "", false, false
	}
	for comp := range strings.SplitSeq(path[1:], "/") {
		if attr != "" || comp == "" {
			return nil, "", "", false, false // an attribute ends the path
		}
		switch {
		case comp[0] == '@' && len(comp) > 1 && isXMLName(comp[1:]):
			attr = comp[1:]
		case comp == "!" || isXMLName(comp):
			names = append(names, comp)
		default:
			return nil, "", "", false, false
		}
	}
	return names, attr, value, hasValue, len(names) > 0
}

// isHTML2Line reports whether line is an html2 line.
func isHTML2Line(line string) bool {
	_, _, _, _, ok := html2Path(line)
	return ok
}

// html2Line adds one line of html2 to the tree. A text line closes the
// elements its path leaves and opens those it enters; an attribute goes
// to the element its path names unless that element already has content
// or the attribute (then a sibling of the same name starts, as xml2's
// 2xml reads it), and a bare path starts a new element.
func (t *markupTree) html2Line(names []string, attr, value string, hasValue bool) {
	if len(names) > 0 && names[len(names)-1] == "!" {
		return // a comment
	}
	k := 0
	for k < len(t.stack) && k < len(names) && t.stack[k].name == names[k] {
		k++
	}
	switch {
	case attr != "" && k == len(names) && len(t.stack) == len(names) && !t.top().content && !hasAttr(t.top(), attr):
		// The open element's next attribute.
	case attr != "" || !hasValue:
		// A new element: the path names one that has content or the
		// attribute already, or is bare.
		if k == len(names) {
			k--
		}
		t.openPath(names, k)
	default:
		t.openPath(names, k)
	}
	switch {
	case !hasValue:
	case attr != "":
		e := t.top()
		e.attrs = append(e.attrs, attr, value)
	default:
		t.text(value)
	}
}

// readHTML2 builds the tree of an html2 page and its lines.
func readHTML2(paras []corpus.Paragraph) (*markupTree, []markupLine) {
	t := &markupTree{}
	var lines []markupLine
	for i := range paras {
		for line := range strings.SplitSeq(paras[i].Text, "\n") {
			names, attr, value, hasValue, ok := html2Path(line)
			ml := markupLine{para: i}
			if !ok {
				// Not html2 (a line the tool wrapped, stray text): its
				// text, in the open element.
				ml.text = strings.TrimSpace(line)
				t.text(line)
				lines = append(lines, ml)
				continue
			}
			ml.head = len(names) >= 2 && names[0] == "html" && names[1] == "head"
			if attr == "" && hasValue && names[len(names)-1] != "!" {
				ml.text = strings.TrimSpace(value)
			}
			t.html2Line(names, attr, value, hasValue)
			lines = append(lines, ml)
		}
	}
	return t, lines
}
