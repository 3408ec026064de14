package classify

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// Playwright's ARIA snapshot (locator.ariaSnapshot(), what browser agents
// and accessibility tests read a page as) prints a page's accessibility
// tree as YAML, a node a line, indented by depth:
//
//	- banner:
//	  - navigation:
//	    - list:
//	      - listitem:
//	        - link "Sport":
//	          - /url: /sport
//	- heading "Der Kran hebt an" [level=3]
//	- paragraph:
//	  - text: Von
//	  - link "Lena Schmidtke":
//	    - /url: /autoren/lena-schmidtke
//
// The splitter makes every line a paragraph, so that a byline is four
// paragraphs ("- text: Von", a link, its target, and the line that opens
// them) and a menu twice as many lines of markup as of text; the model,
// which never saw one, read the YAML and not the page. Such a page is
// read as the Markdown a converter would write of the same tree
// (ariaView): every block (a paragraph, heading, list item, table row,
// quote, figure, or a link, button or text standing alone) one line, its
// inline parts joined, a list's items and a table's rows in one block, a
// new block at each other block. The lines of a block all take its label;
// a line that only opens blocks (a landmark, "- list:", an empty
// paragraph) takes the label of the first block in it.

// ariaMinLines is the fewest lines of an ARIA snapshot's grammar, and
// ariaScanLines how many of a page's first lines ariaSnapshot reads; all
// of a snapshot's lines are in its grammar, ariaMinShare of them will do.
const (
	ariaMinLines  = 8
	ariaScanLines = 60
	ariaMinShare  = 0.9
)

// ariaNode is one line of an ARIA snapshot as parseARIALine reads it.
type ariaNode struct {
	indent int
	// role is the node's role ("paragraph", "link"), or a property's name
	// with its slash ("/url").
	role string
	// name is the accessible name in quotes after the role; value the
	// text after the colon (a property's value).
	name, value string
	// level is a heading's [level=N].
	level int
	// opens is set when the line ends in a colon: the lines under it, more
	// indented, are its children.
	opens bool
}

// parseARIALine reads a line of an ARIA snapshot: indentation, "- ", then
// a role with an optional quoted name and bracketed attributes and an
// optional colon and value, or a property ("/url: …"); a line whose key
// YAML quoted ("- 'heading \"a: b\" [level=1]'") is read through its
// quotes. ok is false for a line of any other shape.
func parseARIALine(s string) (n ariaNode, ok bool) {
	t := strings.TrimLeft(s, " ")
	n.indent = len(s) - len(t)
	body, found := strings.CutPrefix(t, "- ")
	if !found {
		return n, false
	}
	key, rest := body, ""
	if body != "" && (body[0] == '\'' || body[0] == '"') {
		var end int
		key, end, ok = yamlUnquote(body)
		if !ok {
			return n, false
		}
		rest = body[end:]
		switch {
		case rest == "":
		case rest == ":":
			n.opens = true
			rest = ""
		case strings.HasPrefix(rest, ": "):
			rest = rest[2:]
		default:
			return n, false
		}
		if rest != "" {
			if n.value, ok = yamlScalar(rest); !ok {
				return n, false
			}
		}
		rest = ""
		if !parseARIAKey(&n, key, true) {
			return n, false
		}
		return n, true
	}
	return n, parseARIAKey(&n, key, false)
}

// parseARIAKey reads a node's key ("link \"Sport\"", "heading \"…\"
// [level=2]", "paragraph") and, unless quoted (the key came out of YAML
// quotes, its colon and value read already), the colon and value after it.
func parseARIAKey(n *ariaNode, s string, quoted bool) bool {
	k := 0
	if k < len(s) && s[k] == '/' {
		k++
	}
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	if k == 0 || s[0] == '/' && k == 1 {
		return false
	}
	n.role, s = s[:k], s[k:]
	if strings.HasPrefix(s, ` "`) {
		name, end, ok := jsonUnquote(s[1:])
		if !ok {
			return false
		}
		n.name, s = name, s[1+end:]
	}
	for strings.HasPrefix(s, " [") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return false
		}
		if v, ok := strings.CutPrefix(s[2:end], "level="); ok {
			n.level, _ = strconv.Atoi(v)
		}
		s = s[end+1:]
	}
	if quoted {
		return s == ""
	}
	switch {
	case s == "":
	case s == ":":
		n.opens = true
	case strings.HasPrefix(s, ": "):
		v, ok := yamlScalar(s[2:])
		if !ok {
			return false
		}
		n.value = v
	default:
		return false
	}
	return true
}

// yamlScalar returns the value of a YAML scalar: quoted, through its
// quotes, or plain, as it is.
func yamlScalar(s string) (string, bool) {
	if s != "" && (s[0] == '\'' || s[0] == '"') {
		v, end, ok := yamlUnquote(s)
		return v, ok && end == len(s)
	}
	return s, true
}

// yamlUnquote reads the YAML quoted scalar at the start of s: single
// quotes doubling a quote within, or double quotes with backslash escapes.
// end is the byte after the closing quote.
func yamlUnquote(s string) (v string, end int, ok bool) {
	if s[0] == '"' {
		return jsonUnquote(s)
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '\'' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '\'' {
			b.WriteByte('\'')
			i++
			continue
		}
		return b.String(), i + 1, true
	}
	return "", 0, false
}

// jsonUnquote reads the double-quoted string at the start of s, with
// backslash escapes (\" \\ \n \t \uXXXX); end is the byte after the
// closing quote.
func jsonUnquote(s string) (v string, end int, ok bool) {
	if len(s) < 2 || s[0] != '"' {
		return "", 0, false
	}
	k := strings.IndexAny(s[1:], `"\`)
	if k >= 0 && s[1+k] == '"' {
		return s[1 : 1+k], k + 2, true // no escape: no copy
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			return b.String(), i + 1, true
		case '\\':
			if i+1 >= len(s) {
				return "", 0, false
			}
			i++
			switch s[i] {
			case 'n', 't', 'r':
				b.WriteByte(' ')
			case 'u':
				if i+4 < len(s) {
					if r, err := strconv.ParseUint(s[i+1:i+5], 16, 32); err == nil {
						b.WriteRune(rune(r))
						i += 4
						continue
					}
				}
				b.WriteByte('u')
			default:
				b.WriteByte(s[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false
}

// isARIASnapshot reports whether a plain-text page is an ARIA snapshot:
// its first line starts with "- ", and of its first ariaScanLines lines
// ariaMinLines or more, and ariaMinShare of them, are in the snapshot's
// grammar, one at least a link's target or a heading's level.
func isARIASnapshot(paras []corpus.Paragraph) bool {
	if len(paras) < ariaMinLines || !strings.HasPrefix(paras[0].Text, "- ") {
		return false
	}
	n, match, marks := 0, 0, 0
	for i := range paras {
		if n >= ariaScanLines {
			break
		}
		n++
		node, ok := parseARIALine(paras[i].Text)
		if !ok {
			continue
		}
		match++
		if node.role == "/url" || node.level > 0 {
			marks++
		}
	}
	return match >= ariaMinLines && float64(match) >= ariaMinShare*float64(n) && marks > 0
}

// ariaRoleKind is how ariaView writes a role.
type ariaRoleKind uint8

const (
	ariaBlock  ariaRoleKind = iota // a block of its own, or a container of blocks
	ariaInline                     // text within a block: text, link, button, image
	ariaItem                       // a list's item: "- " before it, its list's block
	ariaRow                        // a table's row: its cells between bars, its table's block
	ariaCell                       // a table's cell, written in its row
)

// ariaRoleKinds maps the roles that are not blocks to their kind.
var ariaRoleKinds = map[string]ariaRoleKind{
	"text": ariaInline, "link": ariaInline, "button": ariaInline, "img": ariaInline, "image": ariaInline,
	"strong": ariaInline, "emphasis": ariaInline, "code": ariaInline, "time": ariaInline, "mark": ariaInline,
	"insertion": ariaInline, "deletion": ariaInline, "subscript": ariaInline, "superscript": ariaInline,
	"checkbox": ariaInline, "radio": ariaInline, "textbox": ariaInline, "searchbox": ariaInline,
	"combobox": ariaInline, "switch": ariaInline, "slider": ariaInline, "spinbutton": ariaInline,
	"meter": ariaInline, "progressbar": ariaInline, "abbr": ariaInline,
	"listitem": ariaItem, "menuitem": ariaItem, "menuitemcheckbox": ariaItem, "menuitemradio": ariaItem,
	"option": ariaItem, "treeitem": ariaItem, "tab": ariaItem, "term": ariaItem, "definition": ariaItem,
	"row":  ariaRow,
	"cell": ariaCell, "gridcell": ariaCell, "columnheader": ariaCell, "rowheader": ariaCell,
}

// ariaKind returns the kind of a node's role; a property line ("/url")
// is inline, written with the link it is under.
func ariaKind(n *ariaNode) ariaRoleKind {
	if n.role[0] == '/' {
		return ariaInline
	}
	return ariaRoleKinds[n.role]
}

// ariaFieldLine is how ariaView writes a text field: as a text browser
// draws one (isFormField).
const ariaFieldLine = "________"

// ariaReader holds the parsed lines of an ARIA snapshot and builds its
// view.
//
// A block that ends in a colon holds the inline lines under it (a
// paragraph its text and links, a link its /url, a row its cells, a
// figure its image and caption); a block with blocks under it (a
// landmark, a list) takes the label of the first. The splitter takes a
// line's indentation off its text; its offsets still span it. Without
// them, a block holds the inline lines after it up to the next block.
type ariaReader struct {
	nodes []ariaNode
	// unit[i] is the view line that line i belongs to, -1 for a line that
	// only opens blocks.
	unit []int
	view []corpus.Paragraph
	// first[u] is the line view line u was written from.
	first []int
	// subEnd[i] is the line after the last under line i, as the lines'
	// indentation tells; nil when the splitter left none to tell by.
	subEnd []int
	// lastKind and lastEnd are the kind of the view's last line and the
	// page line after it: a list's next item, a table's next row or inline
	// text right after one of its kind shares its block.
	lastKind ariaRoleKind
	lastEnd  int
	blockNo  int
	text     []byte
}

// ariaView returns the view of an ARIA snapshot's lines (isARIASnapshot)
// as Markdown, a block a line, for each of the page's lines the view line
// whose label it takes (unit), and for each view line the page's line it
// was written from (first); ok is false for a page that is not one.
func ariaView(paras []corpus.Paragraph) (view []corpus.Paragraph, unit, first []int, ok bool) {
	if !isARIASnapshot(paras) {
		return nil, nil, nil, false
	}
	r := ariaReader{nodes: make([]ariaNode, len(paras)), unit: make([]int, len(paras)), lastEnd: -1}
	indented := false
	for i := range paras {
		n, ok := parseARIALine(paras[i].Text)
		if !ok {
			// A line of another shape (a value wrapped over lines) is
			// text in the block above it.
			n = ariaNode{role: "text", value: paras[i].Text}
		}
		// The splitter's paragraph is the line without its indentation;
		// its offsets still span it.
		n.indent = max(n.indent, paras[i].End-paras[i].Start-len(paras[i].Text))
		indented = indented || n.indent > 0
		r.nodes[i] = n
		r.unit[i] = -1
	}
	if indented {
		r.subtreeEnds()
	}
	for i := 0; i < len(r.nodes); {
		n := &r.nodes[i]
		kind := ariaKind(n)
		end := i + 1
		if n.opens || kind == ariaInline && r.subEnd == nil {
			end = r.inlineEnd(i+1, kind == ariaRow)
		}
		if r.subEnd != nil {
			end = min(end, r.subEnd[i])
			if kind == ariaInline {
				end = r.subEnd[i]
			}
		}
		switch {
		case kind == ariaInline:
			// Text, a link or a button standing among blocks.
			r.emit(paras, i, end, kind, func(dst []byte) []byte { return r.inline(dst, i, end) })
		case kind == ariaRow:
			r.emit(paras, i, end, kind, func(dst []byte) []byte { return r.row(dst, i, end) })
		case !n.opens || end > i+1 || r.writesName(n):
			r.emit(paras, i, end, kind, func(dst []byte) []byte { return r.block(dst, i, end) })
		}
		i = end
	}
	if len(r.view) == 0 {
		return nil, nil, nil, false
	}
	// A line that only opens blocks takes the label of the first in it,
	// the page's last lines that of the last.
	next := len(r.view) - 1
	for i := len(r.unit) - 1; i >= 0; i-- {
		if r.unit[i] < 0 {
			r.unit[i] = next
		} else {
			next = r.unit[i]
		}
	}
	return r.view, r.unit, r.first, true
}

// subtreeEnds sets subEnd from the lines' indentation.
func (r *ariaReader) subtreeEnds() {
	r.subEnd = make([]int, len(r.nodes))
	stack := make([]int, 0, 32)
	for i := range r.nodes {
		for len(stack) > 0 && r.nodes[stack[len(stack)-1]].indent >= r.nodes[i].indent {
			r.subEnd[stack[len(stack)-1]] = i
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, i)
	}
	for _, k := range stack {
		r.subEnd[k] = len(r.nodes)
	}
}

// inlineEnd returns the line after the run of inline lines (and, in a
// row, cells) that starts at from.
func (r *ariaReader) inlineEnd(from int, row bool) int {
	for from < len(r.nodes) {
		k := ariaKind(&r.nodes[from])
		if k != ariaInline && !(row && k == ariaCell) {
			break
		}
		from++
	}
	return from
}

// writesName reports whether a block's name is text on the page (a
// heading's, a figure's caption) rather than a label only a screen reader
// says (a landmark's, a list's, a dialog's).
func (r *ariaReader) writesName(n *ariaNode) bool {
	switch n.role {
	case "heading", "figure", "blockquote", "paragraph", "caption", "note", "status", "alert":
		return n.name != ""
	}
	return ariaKind(n) == ariaItem && n.name != ""
}

// emit adds a view line for the lines from..to, written by write, in a
// new block unless it is a list's item, a table's row or inline text
// right after one of its kind.
func (r *ariaReader) emit(paras []corpus.Paragraph, from, to int, kind ariaRoleKind, write func([]byte) []byte) {
	r.text = write(r.text[:0])
	text := strings.TrimSpace(string(r.text))
	if text == "" {
		return
	}
	if len(r.view) > 0 && !(kind != ariaBlock && kind == r.lastKind && from == r.lastEnd) {
		r.blockNo++
	}
	r.lastKind, r.lastEnd = kind, to
	p := paras[from]
	p.Text = text
	p.End = paras[to-1].End
	p.Block = r.blockNo
	for k := from; k < to; k++ {
		r.unit[k] = len(r.view)
	}
	r.view = append(r.view, p)
	r.first = append(r.first, from)
}

// block writes line i, a block, and its inline lines up to end as a
// Markdown line: a heading after its marks, a list item after "- ", a
// quote after "> ".
func (r *ariaReader) block(dst []byte, i, end int) []byte {
	n := &r.nodes[i]
	switch ariaKind(n) {
	case ariaItem:
		dst = append(dst, "- "...)
	default:
		switch n.role {
		case "heading":
			for range min(max(n.level, 1), 6) {
				dst = append(dst, '#')
			}
			dst = append(dst, ' ')
		case "blockquote":
			dst = append(dst, "> "...)
		}
	}
	start := len(dst)
	dst = r.inline(dst, i+1, end)
	switch {
	case len(dst) > start:
	case n.value != "":
		dst = append(dst, n.value...)
	case r.writesName(n) || ariaKind(n) == ariaCell:
		dst = append(dst, n.name...)
	}
	return dst
}

// row writes a table's row, its cells (lines i+1..end) between bars.
func (r *ariaReader) row(dst []byte, i, end int) []byte {
	cells := 0
	for c := i + 1; c < end; c++ {
		if ariaKind(&r.nodes[c]) != ariaCell {
			continue
		}
		next := c + 1
		for next < end && ariaKind(&r.nodes[next]) == ariaInline {
			next++
		}
		dst = append(dst, "| "...)
		start := len(dst)
		dst = r.inline(dst, c+1, next)
		if len(dst) == start {
			dst = append(dst, r.nodes[c].name...)
			dst = append(dst, r.nodes[c].value...)
		}
		dst = append(dst, ' ')
		cells++
	}
	if cells == 0 {
		return append(dst, r.nodes[i].name...)
	}
	return append(dst, '|')
}

// inline writes the lines from..to as a line's inline text: a link as a
// Markdown link to the /url under it, an image as a Markdown image, a
// text field as a line of underscores, text and a button's name as they
// are.
func (r *ariaReader) inline(dst []byte, from, to int) []byte {
	for i := from; i < to; i++ {
		n := &r.nodes[i]
		if n.role[0] == '/' {
			continue
		}
		switch n.role {
		case "link":
			text := n.name
			if text == "" {
				text = n.value
			}
			if text == "" {
				continue // a link around an image: the image is next
			}
			url := ""
			if i+1 < to && r.nodes[i+1].role == "/url" {
				url = r.nodes[i+1].value
			}
			dst = ariaJoin(dst, "[")
			dst = append(dst, text...)
			dst = append(dst, "]("...)
			dst = append(dst, url...)
			dst = append(dst, ')')
		case "img", "image":
			if n.name != "" {
				dst = ariaJoin(dst, "![")
				dst = append(dst, n.name...)
				dst = append(dst, "]()"...)
			}
		case "textbox", "searchbox", "combobox":
			if n.name != "" {
				dst = ariaJoin(dst, n.name)
			}
			dst = ariaJoin(dst, ariaFieldLine)
		default:
			if n.value != "" {
				dst = ariaJoin(dst, n.value)
			} else if !n.opens {
				dst = ariaJoin(dst, n.name)
			}
		}
	}
	return dst
}

// ariaJoin appends s to a line's text, a space between them unless either
// side is CJK or s starts with closing punctuation.
func ariaJoin(dst []byte, s string) []byte {
	if s == "" {
		return dst
	}
	if len(dst) > 0 && dst[len(dst)-1] != ' ' && dst[len(dst)-1] != '(' {
		last, _ := utf8.DecodeLastRune(dst)
		first, _ := utf8.DecodeRuneInString(s)
		if !isWideRune(last) && !isWideRune(first) && !strings.ContainsRune(".,;:!?)»”’%", first) {
			dst = append(dst, ' ')
		}
	}
	return append(dst, s...)
}

// classifyARIA labels an ARIA snapshot's lines through its view
// (ariaView): every line the label of its block's.
func (m *Model) classifyARIA(paras []corpus.Paragraph) ([]Scored, bool) {
	view, unit, _, ok := ariaView(paras)
	if !ok {
		return nil, false
	}
	return m.classifyView(paras, view, unit), true
}

// classifyView labels paras through a view of them (an ARIA snapshot's
// Markdown, a CSV page's records): the text model labels the view, and
// every paragraph takes the label of its unit, the view paragraph it
// belongs to.
func (m *Model) classifyView(paras, view []corpus.Paragraph, unit []int) []Scored {
	labels := m.classifyText(view)
	out := make([]Scored, len(paras))
	for i, u := range unit {
		out[i] = labels[u]
	}
	return out
}

// isWideRune reports a Han or kana character or CJK punctuation, between
// which a line's parts join without a space.
func isWideRune(r rune) bool {
	return isHanOrKana(r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}
