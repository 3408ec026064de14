package classify

import (
	"html"
	"strings"
)

// markupElem is an element of the tree a markup dump stands for.
type markupElem struct {
	name     string
	attrs    []string // name, value, name, value, …
	children []markupNode
	content  bool // whether a child or text was added
}

// markupNode is an element or a text.
type markupNode struct {
	elem *markupElem
	text string
}

// markupTree builds the element tree of a dump's lines, a stack of open
// elements at a time.
type markupTree struct {
	root  markupElem
	stack []*markupElem
}

// top returns the innermost open element (the root when none is open).
func (t *markupTree) top() *markupElem {
	if len(t.stack) == 0 {
		return &t.root
	}
	return t.stack[len(t.stack)-1]
}

// push opens a new element under the innermost one.
func (t *markupTree) push(name string) {
	parent := t.top()
	e := &markupElem{name: name}
	parent.children = append(parent.children, markupNode{elem: e})
	parent.content = true
	t.stack = append(t.stack, e)
}

// openPath closes the open elements from the k-th on and opens the
// elements of names from the k-th on, each in the one before.
func (t *markupTree) openPath(names []string, k int) {
	t.stack = t.stack[:k]
	for _, n := range names[k:] {
		t.push(n)
	}
}

// text adds a text to the innermost open element.
func (t *markupTree) text(s string) {
	e := t.top()
	e.children = append(e.children, markupNode{text: s})
	e.content = true
}

// hasAttr reports whether e has the attribute.
func hasAttr(e *markupElem, attr string) bool {
	for i := 0; i < len(e.attrs); i += 2 {
		if e.attrs[i] == attr {
			return true
		}
	}
	return false
}

// isXMLName reports whether s is a tag or attribute name as html2 prints
// them.
func isXMLName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0 || c == '-' || c == '_' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

// voidElems are the HTML elements that have no end tag.
var voidElems = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true}

// writeHTML writes the tree as HTML, an element's start tag with its
// attributes, its children and its end tag; names that are not XML names
// are written as div (a tag) or left out (an attribute). It keeps its own
// stack, so that a deep tree costs no deep recursion.
func (t *markupTree) writeHTML(b *strings.Builder) {
	type frame struct {
		e    *markupElem
		name string
		next int
	}
	stack := []frame{{e: &t.root}}
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		if f.next == len(f.e.children) {
			if f.e != &t.root {
				b.WriteString("</")
				b.WriteString(f.name)
				b.WriteByte('>')
			}
			stack = stack[:len(stack)-1]
			continue
		}
		c := f.e.children[f.next]
		f.next++
		if c.elem == nil {
			b.WriteString(html.EscapeString(c.text))
			b.WriteByte('\n')
			continue
		}
		name := c.elem.name
		if !isXMLName(name) {
			name = "div"
		}
		b.WriteByte('<')
		b.WriteString(name)
		for i := 0; i+1 < len(c.elem.attrs); i += 2 {
			if !isXMLName(c.elem.attrs[i]) {
				continue
			}
			b.WriteByte(' ')
			b.WriteString(c.elem.attrs[i])
			b.WriteString(`="`)
			b.WriteString(html.EscapeString(c.elem.attrs[i+1]))
			b.WriteByte('"')
		}
		b.WriteByte('>')
		if !voidElems[name] {
			stack = append(stack, frame{e: c.elem, name: name})
		}
	}
}
