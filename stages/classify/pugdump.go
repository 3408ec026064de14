package classify

import (
	"html"
	"slices"
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// pugNode is one line of a Pug template as parsePugLine reads it.
type pugNode struct {
	indent int
	tag    string   // the element's tag ("div" for a line of only classes), "" for text
	attrs  []string // name, value, …: classes, id and (attributes)
	text   string   // the line's text
	block  bool     // "tag." : the lines under it are its text
}

// pugTags are the HTML elements a Pug line may start with (isPugLine);
// a line of any other word is prose, not Pug.
var pugTags = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`a abbr address area article aside audio b base bdi bdo blockquote body br
		button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em
		embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe
		img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol
		optgroup option output p param picture pre progress q rp rt ruby s samp script search section
		select slot small source span strong style sub summary sup svg table tbody td template textarea
		tfoot th thead time title tr track u ul var video wbr center font`) {
		m[t] = true
	}
	return m
}()

// parsePugLine reads a line of a Pug template: indentation, then "| text",
// "//" (a comment), "doctype …", or a tag and/or ".class" and "#id"
// selectors, an optional (attribute list), an optional "." (block text)
// and the text after a space. ok is false for a line of another shape or
// of a tag HTML does not have.
func parsePugLine(line string) (n pugNode, ok bool) {
	s := strings.TrimLeft(line, " \t")
	n.indent = len(line) - len(s)
	switch {
	case s == "":
		return n, false
	case s == "|" || strings.HasPrefix(s, "| "):
		n.text = strings.TrimPrefix(strings.TrimPrefix(s, "|"), " ")
		return n, true
	case strings.HasPrefix(s, "//"):
		n.tag = "!"
		return n, true
	case strings.HasPrefix(s, "doctype"):
		n.tag = "!"
		return n, s == "doctype" || s[len("doctype")] == ' '
	}
	i := 0
	for i < len(s) && (isASCIILetter(s[i]) || i > 0 && (s[i] >= '0' && s[i] <= '9' || s[i] == '-')) {
		i++
	}
	n.tag = strings.ToLower(s[:i])
	if n.tag != "" && !pugTags[n.tag] {
		return n, false
	}
	// Selectors.
	for i < len(s) && (s[i] == '.' || s[i] == '#') && i+1 < len(s) && isSelectorByte(s[i+1]) {
		j := i + 1
		for j < len(s) && isSelectorByte(s[j]) {
			j++
		}
		if s[i] == '.' {
			n.attrs = append(n.attrs, "class", s[i+1:j])
		} else {
			n.attrs = append(n.attrs, "id", s[i+1:j])
		}
		i = j
	}
	if i == 0 {
		return n, false
	}
	if n.tag == "" {
		n.tag = "div"
	}
	if i < len(s) && s[i] == '(' {
		end, attrs, ok := pugAttrs(s, i)
		if !ok {
			return n, false
		}
		n.attrs = append(n.attrs, attrs...)
		i = end
	}
	switch {
	case i == len(s):
	case s[i] == '.' && i+1 == len(s):
		n.block = true
	case s[i] == ' ':
		n.text = s[i+1:]
	case s[i] == ':' && i+1 < len(s) && s[i+1] == ' ':
		n.text = "" // block expansion: the child on the same line is not read
	default:
		return n, false
	}
	return n, true
}

// isPugLine reports whether line is a line of a Pug template.
func isPugLine(line string) bool {
	_, ok := parsePugLine(line)
	return ok
}

// isSelectorByte reports a byte of a class or id name.
func isSelectorByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_'
}

// pugAttrs reads the attribute list that opens at s[open] == '(': names,
// then optionally "=" and a quoted or bare value, separated by commas or
// spaces; it returns the index after ')'.
func pugAttrs(s string, open int) (end int, attrs []string, ok bool) {
	i := open + 1
	for {
		for i < len(s) && (s[i] == ' ' || s[i] == ',') {
			i++
		}
		if i >= len(s) {
			return 0, nil, false
		}
		if s[i] == ')' {
			return i + 1, attrs, true
		}
		j := i
		for j < len(s) && s[j] != '=' && s[j] != ' ' && s[j] != ',' && s[j] != ')' {
			j++
		}
		if j == i {
			return 0, nil, false
		}
		name, value := s[i:j], ""
		i = j
		if i < len(s) && s[i] == '=' {
			i++
			if i < len(s) && (s[i] == '\'' || s[i] == '"') {
				q := s[i]
				k := strings.IndexByte(s[i+1:], q)
				if k < 0 {
					return 0, nil, false
				}
				value = s[i+1 : i+1+k]
				i += k + 2
			} else {
				j = i
				for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != ')' {
					j++
				}
				value = s[i:j]
				i = j
			}
		}
		attrs = append(attrs, name, value)
	}
}

// readPug builds the tree of a Pug page and its lines: an element's
// children are the lines indented under it. The normaliser trims lines,
// so a page that winnow read has lost its indentation: then the tree is
// the one HTML's own nesting rules give (pugNest).
func readPug(paras []corpus.Paragraph) (*markupTree, []markupLine) {
	t := &markupTree{}
	var lines []markupLine
	indented := false
	for i := range paras {
		for line := range strings.SplitSeq(paras[i].Text, "\n") {
			if line != "" && (line[0] == ' ' || line[0] == '\t') {
				indented = true
			}
		}
	}
	var indents []int // of t.stack's elements, when indented
	blockText := -1   // the indent of a "tag." whose lines are text
	inHead := false
	for i := range paras {
		for line := range strings.SplitSeq(paras[i].Text, "\n") {
			ml := markupLine{para: i}
			n, ok := parsePugLine(line)
			indent := len(line) - len(strings.TrimLeft(line, " \t"))
			if blockText >= 0 && indent > blockText {
				ok, n = false, pugNode{indent: indent}
			} else {
				blockText = -1
			}
			if indented {
				for len(indents) > 0 && indents[len(indents)-1] >= indent {
					indents = indents[:len(indents)-1]
					t.stack = t.stack[:len(t.stack)-1]
				}
			} else if ok && n.tag != "" && n.tag != "!" {
				pugNest(t, n.tag)
			}
			switch {
			case !ok:
				// Block text, or a line Pug would not read: text in the
				// open element.
				ml.text = strings.TrimSpace(html.UnescapeString(line))
				t.text(ml.text)
			case n.tag == "!":
			case n.tag == "":
				ml.text = strings.TrimSpace(html.UnescapeString(n.text))
				t.text(ml.text)
			default:
				if n.tag == "head" || n.tag == "body" {
					inHead = n.tag == "head"
				}
				t.push(n.tag)
				t.top().attrs = n.attrs
				if n.text != "" {
					ml.text = strings.TrimSpace(html.UnescapeString(n.text))
					t.text(ml.text)
				}
				switch {
				case indented:
					indents = append(indents, indent)
				case n.text != "" || voidElems[n.tag]:
					// Pug writes a text on its element's line only when it
					// is the element's one child: the element is whole.
					t.stack = t.stack[:len(t.stack)-1]
				}
				if n.block {
					blockText = indent
				}
			}
			ml.head = inHead
			lines = append(lines, ml)
		}
	}
	return t, lines
}

// pugRanks orders the elements that hold others, outermost first: an
// element of a rank closes the open elements of its rank or a deeper one
// (a section closes the section before it and what is in it), as far as
// HTML's nesting goes without indentation. Elements not here are inline:
// they go in the innermost open element.
var pugRanks = map[string]int{
	"html": 0, "head": 10, "body": 10,
	"header": 20, "main": 20, "footer": 20,
	"nav": 30, "article": 30, "aside": 30, "section": 30,
	"div": 40, "form": 40, "fieldset": 40, "details": 40, "search": 40, "hgroup": 40, "center": 40,
	"figure": 50, "ul": 50, "ol": 50, "menu": 50, "dl": 50, "table": 50, "blockquote": 50, "picture": 50,
	"tbody": 55, "thead": 55, "tfoot": 55,
	"li": 60, "tr": 60, "dt": 60, "dd": 60,
	"p": 70, "h1": 70, "h2": 70, "h3": 70, "h4": 70, "h5": 70, "h6": 70, "td": 70, "th": 70,
	"figcaption": 70, "caption": 70, "title": 70, "pre": 70, "address": 70, "legend": 70, "summary": 70,
}

// pugParents names the elements some elements only stand in: such an
// element closes the open elements down to its parent (a list item the
// item before it, a cell the cell before it).
var pugParents = map[string][]string{
	"li": {"ul", "ol", "menu"}, "tr": {"table", "tbody", "thead", "tfoot"}, "td": {"tr"}, "th": {"tr"},
	"tbody": {"table"}, "thead": {"table"}, "tfoot": {"table"}, "dt": {"dl"}, "dd": {"dl"},
	"figcaption": {"figure"}, "caption": {"table"}, "legend": {"fieldset"}, "summary": {"details"},
}

// pugNest closes the open elements that an element with the tag cannot be
// in, when the page has no indentation to tell (readPug).
func pugNest(t *markupTree, tag string) {
	if parents, ok := pugParents[tag]; ok {
		for k := len(t.stack) - 1; k >= 0; k-- {
			if slices.Contains(parents, t.stack[k].name) {
				t.stack = t.stack[:k+1]
				return
			}
		}
	}
	r, ok := pugRanks[tag]
	if !ok {
		return // inline: in the open element
	}
	if r >= 70 {
		r = 50 // a paragraph is not in a list or table
	}
	for len(t.stack) > 0 {
		top, ok := pugRanks[t.top().name]
		if ok && top < r {
			return
		}
		t.stack = t.stack[:len(t.stack)-1]
	}
}
