package classify

import (
	"html"
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// Document writers that export XML print a page as its elements, one
// block a line or wrapped over lines that the splitter joins again
// (split.xmlUnit): pandoc's TEI writer prints paragraphs "<p>…</p>", links
// "<ref target=\"/path\">text</ref>", bold "<hi rendition=\"simple:bold\">",
// lists "<list>" with every "<item>" and "</item>" on a line of its own,
// headings as sections "<div type=\"levelN\" xml:id=…>" with "<head>…</head>"
// and the section's "</div>" alone on a line after its last block, tables
// as "<table>"/"<row>" with one "<cell><p>…</p></cell>" a line, figures as
// "<figure>" holding a "<head>" caption and a "<graphic url=…/>".
// DocBook ("<para>", "<ulink url=…>", "<title>", "<listitem>") and JATS
// ("<ext-link xlink:href=…>", "<sec>", "<list-item>") differ only in
// their names. The model, which never saw one, read the tags and not the
// text. Such a page is read as the Markdown it stands for
// (appendXMLMarkdown); a line of markup alone takes the label of the line
// it opens, or of the element it closes (xmlTails), and a figure is
// chrome.

// xmlMinParagraphs is the fewest lines holding a whole XML paragraph
// element ("<p>…</p>", "<para>…</para>") that make a page read as XML.
const xmlMinParagraphs = 8

// xmlParagraphNames are the names of the elements of a paragraph of text
// that isXMLDump counts.
var xmlParagraphNames = [...]string{"p", "para", "text:p", "simpara"}

// isXMLDump reports whether a plain-text page is an XML export:
// xmlMinParagraphs lines that begin with the start tag of a paragraph
// element and hold its end tag.
func isXMLDump(paras []corpus.Paragraph) bool {
	return enoughLines(paras, xmlMinParagraphs, isXMLParagraph)
}

// isXMLParagraph reports a line that begins with the start tag of a
// paragraph element ("<p>", "<para>", "<text:p text:style-name=…>") and
// holds its end tag.
func isXMLParagraph(t string) bool {
	if len(t) < 7 || t[0] != '<' {
		return false
	}
	tag, ok := readXMLTag(t, 0)
	if !ok || tag.closing {
		return false
	}
	for _, n := range xmlParagraphNames {
		if tag.name == n {
			return strings.Contains(t[tag.end:], "</"+n+">")
		}
	}
	return false
}

// xmlTag is an XML tag read by readXMLTag.
type xmlTag struct {
	name    string // the element's name, "text:p", "ref"
	attrs   string // what follows the name, up to the ">" or "/>"
	closing bool   // an end tag, "</p>"
	empty   bool   // an empty-element tag, "<graphic url=… />"
	end     int    // the index just past the ">"
}

// readXMLTag reads the tag that starts at s[i] == '<': a letter or "/"
// then a letter, a name of letters, digits and ":-_.", then no "<" before
// the ">". ok is false when s[i:] starts with no tag.
func readXMLTag(s string, i int) (tag xmlTag, ok bool) {
	k := i + 1
	if k < len(s) && s[k] == '/' {
		tag.closing = true
		k++
	}
	if k >= len(s) || !isASCIILetter(s[k]) {
		return xmlTag{}, false
	}
	n := k
	for n < len(s) && (isASCIILetter(s[n]) || isDigit(s[n]) || s[n] == ':' || s[n] == '-' || s[n] == '_' || s[n] == '.') {
		n++
	}
	if n == len(s) || s[n] != '>' && s[n] != ' ' && s[n] != '/' {
		return xmlTag{}, false
	}
	e := strings.IndexByte(s[n:], '>')
	if e < 0 || strings.IndexByte(s[n:n+e], '<') >= 0 {
		return xmlTag{}, false
	}
	tag.name = s[k:n]
	tag.attrs = s[n : n+e]
	if strings.HasSuffix(tag.attrs, "/") {
		tag.empty = true
		tag.attrs = tag.attrs[:len(tag.attrs)-1]
	}
	tag.end = n + e + 1
	return tag, true
}

// xmlAttr returns the value of the attribute name in a tag's attributes
// (` target="/a" rend="x"`), or "".
func xmlAttr(attrs, name string) string {
	for {
		k := strings.Index(attrs, name+"=")
		if k < 0 {
			return ""
		}
		if k > 0 && attrs[k-1] != ' ' {
			attrs = attrs[k+len(name)+1:]
			continue
		}
		v := attrs[k+len(name)+1:]
		if v == "" || v[0] != '"' && v[0] != '\'' {
			return ""
		}
		e := strings.IndexByte(v[1:], v[0])
		if e < 0 {
			return ""
		}
		return v[1 : 1+e]
	}
}

// xmlRole is what an element stands for in Markdown.
type xmlRole uint8

const (
	xmlOther   xmlRole = iota // its text only
	xmlSection                // a section: headings in it go one level down
	xmlHeading                // a heading ("#"), or a figure's or table's caption
	xmlItem                   // a list item ("- ")
	xmlLink                   // a link ("[text](target)")
	xmlBold                   // "**"
	xmlItalic                 // "*"
	xmlImage                  // an image ("![](src)")
	xmlCell                   // a table cell ("| text |")
	xmlTable                  // a table's structure: a delimiter row alone
	xmlFigure                 // a figure: its lines are chrome (xmlTails)
)

// xmlRoles maps the element names of TEI, DocBook, JATS, OpenDocument and
// HTML to their role.
var xmlRoles = map[string]xmlRole{
	"div": xmlSection, "section": xmlSection, "sec": xmlSection, "sect1": xmlSection, "sect2": xmlSection, "sect3": xmlSection,
	"head": xmlHeading, "title": xmlHeading, "text:h": xmlHeading,
	"item": xmlItem, "listitem": xmlItem, "list-item": xmlItem, "li": xmlItem, "text:list-item": xmlItem,
	"ref": xmlLink, "ulink": xmlLink, "link": xmlLink, "ext-link": xmlLink, "a": xmlLink, "text:a": xmlLink, "uri": xmlLink,
	"hi": xmlItalic, "emphasis": xmlItalic, "italic": xmlItalic, "i": xmlItalic, "em": xmlItalic,
	"bold": xmlBold, "b": xmlBold, "strong": xmlBold,
	"graphic": xmlImage, "imagedata": xmlImage, "img": xmlImage, "inline-graphic": xmlImage,
	"cell": xmlCell, "entry": xmlCell, "td": xmlCell, "th": xmlCell, "table:table-cell": xmlCell,
	"table": xmlTable, "row": xmlTable, "tr": xmlTable, "thead": xmlTable, "tbody": xmlTable, "tgroup": xmlTable,
	"informaltable": xmlTable, "table:table": xmlTable, "table:table-row": xmlTable, "table:table-column": xmlTable,
	"table:table-header-rows": xmlTable, "table:table-rows": xmlTable, "colspec": xmlTable,
	"figure": xmlFigure, "fig": xmlFigure, "mediaobject": xmlFigure,
}

// xmlTarget returns the target of a link or the source of an image from
// its tag's attributes.
func xmlTarget(attrs string) string {
	for _, a := range [...]string{"target", "url", "xlink:href", "href", "fileref", "src", "linkend"} {
		if v := xmlAttr(attrs, a); v != "" {
			return v
		}
	}
	return ""
}

// xmlReader is the state appendXMLMarkdown carries from line to line.
type xmlReader struct {
	levels  []int    // the levels of the open sections, the innermost last
	figures int      // how many figures are open
	bullet  bool     // an item opened: its first text gets a bullet
	cell    bool     // a table cell opened on an earlier line is open
	closers []string // what each open link, bold or italic writes at its end
}

// appendXMLMarkdown appends the line s of an XML page to dst as Markdown:
// a heading with "#" marks by the depth of its section, a list item's
// text after a bullet, links, images, bold and italics in Markdown's
// markup, a table's cell as a one-cell row and its structure as a
// delimiter row, entities decoded, other tags dropped. A line of markup
// alone comes out empty.
func (r *xmlReader) appendXMLMarkdown(dst []byte, s string) []byte {
	start := len(dst)
	text := false // the line holds text outside tags
	table := false
	item := r.bullet // an item is open whose text has not begun
	inCell := r.cell // the line stands in a cell opened above it
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' {
			if c != ' ' {
				text = true
			}
			k := strings.IndexByte(s[i:], '<')
			if k < 0 {
				k = len(s) - i
			}
			dst = appendXMLText(dst, s[i:i+k])
			i += k
			continue
		}
		tag, ok := readXMLTag(s, i)
		if !ok {
			dst = append(dst, '<')
			i++
			continue
		}
		i = tag.end
		role := xmlRoles[tag.name]
		if tag.name == "hi" || tag.name == "emphasis" {
			if rend := xmlAttr(tag.attrs, "rendition") + xmlAttr(tag.attrs, "rend") + xmlAttr(tag.attrs, "role"); strings.Contains(rend, "bold") || strings.Contains(rend, "strong") {
				role = xmlBold
			}
		}
		switch role {
		case xmlSection:
			switch {
			case tag.closing:
				if n := len(r.levels); n > 0 {
					r.levels = r.levels[:n-1]
				}
			case !tag.empty:
				lvl := len(r.levels) + 1
				if t := xmlAttr(tag.attrs, "type"); strings.HasPrefix(t, "level") && len(t) == 6 && isDigit(t[5]) {
					lvl = int(t[5] - '0')
				}
				r.levels = append(r.levels, lvl)
			}
		case xmlHeading:
			if !tag.closing && r.figures == 0 && !table && len(strings.TrimSpace(string(dst[start:]))) == 0 {
				dst = dst[:start]
				lvl := 1
				if n := len(r.levels); n > 0 {
					lvl = r.levels[n-1]
				}
				if t := xmlAttr(tag.attrs, "text:outline-level"); len(t) == 1 && isDigit(t[0]) {
					lvl = int(t[0] - '0')
				}
				for range max(1, min(lvl, 6)) {
					dst = append(dst, '#')
				}
				dst = append(dst, ' ')
			}
		case xmlItem:
			r.bullet = !tag.closing && !tag.empty
			item = item || r.bullet
		case xmlLink:
			if tag.closing {
				dst = r.closeInline(dst, "](")
			} else if !tag.empty {
				dst = append(dst, '[')
				r.closers = append(r.closers, "]("+xmlTarget(tag.attrs)+")")
			}
		case xmlBold, xmlItalic:
			mark := "*"
			if role == xmlBold {
				mark = "**"
			}
			if tag.closing {
				dst = r.closeInline(dst, mark)
			} else if !tag.empty {
				dst = append(dst, mark...)
				r.closers = append(r.closers, mark)
			}
		case xmlImage:
			if !tag.closing {
				dst = append(dst, "![]("...)
				dst = append(dst, xmlTarget(tag.attrs)...)
				dst = append(dst, ')')
			}
		case xmlCell:
			switch {
			case tag.closing && !inCell:
				dst = append(dst, " |"...)
			case !tag.closing && !tag.empty:
				dst = append(dst, "| "...)
			}
			r.cell = !tag.closing && !tag.empty
			table = true
		case xmlTable:
			table = true
		case xmlFigure:
			if tag.closing {
				r.figures = max(0, r.figures-1)
			} else if !tag.empty {
				r.figures++
			}
		}
	}
	if text && inCell && !strings.Contains(string(dst[start:]), "|") {
		// The text of a cell whose tags stand on lines of their own
		// (OpenDocument's "<table:table-cell …>" above "<text:p>…").
		dst = append(dst, "|  |"...)
		copy(dst[start+2:], dst[start:len(dst)-4])
		copy(dst[start:], "| ")
		copy(dst[len(dst)-2:], " |")
	}
	if text && item && r.figures == 0 {
		// The item's first line of text: a bullet before it.
		r.bullet = false
		dst = append(dst, "- "...)
		copy(dst[start+2:], dst[start:len(dst)-2])
		copy(dst[start:], "- ")
	}
	if !text {
		if table {
			// A line of a table's markup alone: a delimiter row.
			return append(dst[:start], "|---|"...)
		}
		if !strings.Contains(string(dst[start:]), "![") {
			return dst[:start]
		}
	}
	return collapseSpaces(dst, start)
}

// closeInline appends what the innermost open link, bold or italic
// writes at its end when it is the one want starts; an end tag that
// closes none writes nothing.
func (r *xmlReader) closeInline(dst []byte, want string) []byte {
	n := len(r.closers)
	if n == 0 || !strings.HasPrefix(r.closers[n-1], want) {
		return dst
	}
	dst = append(dst, r.closers[n-1]...)
	r.closers = r.closers[:n-1]
	return dst
}

// appendXMLText appends the character data s to dst, entities decoded.
func appendXMLText(dst []byte, s string) []byte {
	if strings.IndexByte(s, '&') < 0 {
		return append(dst, s...)
	}
	return append(dst, html.UnescapeString(s)...)
}

// xmlMarkdown returns the paragraphs of an XML page written as Markdown
// (appendXMLMarkdown), the copy in *buf.
func xmlMarkdown(paras []corpus.Paragraph, buf *[]corpus.Paragraph) []corpus.Paragraph {
	var r xmlReader
	return rewriteTexts(paras, buf, r.appendXMLMarkdown)
}

// xmlTails gives the lines of markup alone of an XML page a label: a
// line that only opens elements ("<list>", "<item>", "<div …>") the
// label of the next line with text, a line that only closes them
// ("</item>", "</div>") the label of the line that opened the outermost
// element it closes (a section's "</div>" the label of its heading, not
// of the aside above it); every line of a figure is chrome. paras are the
// page's own lines, md their Markdown.
func xmlTails(paras, md []corpus.Paragraph, out []Scored) {
	for i, next := len(paras)-1, -1; i >= 0; i-- {
		switch {
		case md[i].Text != "":
			next = i
		case next >= 0 && !strings.HasPrefix(strings.TrimSpace(paras[i].Text), "</"):
			out[i] = out[next]
		}
	}
	type open struct {
		name string
		at   int
	}
	var stack []open
	for i := range paras {
		s := paras[i].Text
		closedAt := -1
		for j := 0; j < len(s); j++ {
			if s[j] != '<' {
				continue
			}
			tag, ok := readXMLTag(s, j)
			if !ok {
				continue
			}
			j = tag.end - 1
			switch {
			case tag.empty:
			case !tag.closing:
				stack = append(stack, open{tag.name, i})
			default:
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].name == tag.name {
						if closedAt < 0 || stack[k].at < closedAt {
							closedAt = stack[k].at
						}
						stack = stack[:k]
						break
					}
				}
			}
		}
		if md[i].Text == "" && strings.HasPrefix(strings.TrimSpace(s), "</") && closedAt >= 0 && closedAt < i {
			out[i] = out[closedAt]
		}
	}
	figures := 0
	for i := range paras {
		s := paras[i].Text
		opens, closes := countXMLFigureTags(s)
		if figures > 0 || opens > 0 {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
		}
		figures = max(0, figures+opens-closes)
	}
}

// countXMLFigureTags returns how many figures s opens and closes.
func countXMLFigureTags(s string) (opens, closes int) {
	for j := strings.IndexByte(s, '<'); j >= 0 && j < len(s); {
		tag, ok := readXMLTag(s, j)
		if ok && xmlRoles[tag.name] == xmlFigure && !tag.empty {
			if tag.closing {
				closes++
			} else {
				opens++
			}
		}
		k := strings.IndexByte(s[j+1:], '<')
		if k < 0 {
			break
		}
		j += k + 1
	}
	return opens, closes
}
