package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// pandoc -t context prints a page as ConTeXt: links
// "\useURL[url5][/sport][][Sport]\from[url5]", headings
// "\section[title={Title},reference={id}]", lists between
// "\startitemize[packed]" and "\stopitemize" with "\item" before each
// item, tables as "\startxtable" with a cell a line ("\startxcell 3,90
// \stopxcell") between "\startxrow" and "\stopxrow", figures
// "\placefigure{caption}{\externalfigure[src]}", "{\bf …}" and letters
// for the characters TeX reads ("\letterpercent{}"). The model, which
// never saw one, read the table's cells as a comment thread and the whole
// page but its headings as markup. A ConTeXt page is read as the Markdown
// it stands for (appendConTeXtMarkdown): a cell a one-cell table row, the
// table's markup delimiter rows, so that the table reads as one Markdown
// table; a line of markup alone takes the label of the line it closes or
// opens (markupTails), and a figure is chrome.

// contextMinCommands is the fewest lines with a ConTeXt link, heading or
// list that make a page read as ConTeXt.
const contextMinCommands = 4

// isConTeXtDump reports whether a plain-text page is ConTeXt:
// contextMinCommands lines with a link ("\useURL[") or that start a
// heading with a title ("\section[title=") or a list ("\startitemize").
func isConTeXtDump(paras []corpus.Paragraph) bool {
	return enoughLines(paras, contextMinCommands, func(t string) bool {
		return strings.Contains(t, `\useURL[`) || strings.HasPrefix(t, `\startitemize`) || contextHeadingLevel(t) > 0
	})
}

// contextHeadingLevel returns the Markdown level of a line that starts a
// ConTeXt heading ("\section[title=…", "\subsection{…"), or 0.
func contextHeadingLevel(s string) int {
	if len(s) < 2 || s[0] != '\\' {
		return 0
	}
	for i, name := range [...]string{"section", "subsection", "subsubsection", "subsubsubsection", "chapter", "title", "subject", "subsubject"} {
		if strings.HasPrefix(s[1:], name) && len(s) > len(name)+1 && (s[len(name)+1] == '[' || s[len(name)+1] == '{') {
			if i >= 4 { // \chapter and \title above \section, \subject and \subsubject beside it
				return [...]int{1, 1, 1, 2}[i-4]
			}
			return i + 1
		}
	}
	return 0
}

// contextTableLines are the commands of a ConTeXt table's markup that
// appendConTeXtMarkdown writes as a delimiter row ("|---|").
var contextTableLines = []string{
	`\startplacetable`, `\stopplacetable`, `\startxtable`, `\stopxtable`, `\startxtablehead`, `\stopxtablehead`,
	`\startxtablebody`, `\stopxtablebody`, `\startxtablefoot`, `\stopxtablefoot`, `\startxrow`, `\stopxrow`,
	`\starttabulate`, `\stoptabulate`,
}

// contextLetters are the commands appendConTeXtMarkdown writes as the
// character they stand for.
var contextLetters = map[string]string{
	"letterpercent": "%", "letterhash": "#", "letterdollar": "$", "letterampersand": "&", "letterunderscore": "_",
	"letterbackslash": `\`, "letterleftbrace": "{", "letterrightbrace": "}", "letterbar": "|", "letterhat": "^",
	"lettertilde": "~", "letterat": "@", "letterexclamationmark": "!", "letterdoublequote": `"`,
	"letterless": "<", "lettermore": ">", "endash": "–", "emdash": "—", "ldots": "…", "dots": "…",
}

// appendConTeXtMarkdown appends the line s of a ConTeXt page to dst as
// Markdown: a table's markup as a delimiter row and each of its cells as
// a one-cell row, a heading with "#" marks and its title, "\item" as a
// list bullet, links, images and bold in Markdown's markup, other
// commands as their text or nothing. A line of markup alone comes out
// empty.
func appendConTeXtMarkdown(dst []byte, s string) []byte {
	t := strings.TrimSpace(s)
	for _, c := range contextTableLines {
		if strings.HasPrefix(t, c) && (len(t) == len(c) || t[len(c)] == '[' || t[len(c)] == ' ') {
			return append(dst, "|---|"...)
		}
	}
	start := len(dst)
	if rest, ok := strings.CutPrefix(t, `\startxcell`); ok {
		rest = strings.TrimSuffix(strings.TrimSpace(rest), `\stopxcell`)
		if strings.HasPrefix(rest, "[") { // the cell's options
			if k := strings.IndexByte(rest, ']'); k >= 0 {
				rest = rest[k+1:]
			}
		}
		dst = append(dst, "| "...)
		dst = appendConTeXtInline(dst, rest, start)
		dst = append(dst, " |"...)
		return collapseSpaces(dst, start)
	}
	if n := contextHeadingLevel(t); n > 0 {
		for range n {
			dst = append(dst, '#')
		}
		dst = append(dst, ' ')
		title := t[strings.IndexAny(t, "[{"):]
		if k := strings.Index(title, "title={"); k >= 0 {
			title, _ = latexGroup(title[k+len("title="):])
		} else if title[0] == '{' {
			title, _ = latexGroup(title)
		}
		dst = appendConTeXtInline(dst, title, start)
		return collapseSpaces(dst, start)
	}
	dst = appendConTeXtInline(dst, t, start)
	dst = collapseSpaces(dst, start)
	if string(dst[start:]) == "-" {
		dst = dst[:start] // "\item" over its text: markup alone
	}
	return dst
}

// appendConTeXtInline appends the text of the ConTeXt s to dst (the
// line's Markdown starting at start).
func appendConTeXtInline(dst []byte, s string, start int) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && !isASCIILetter(s[i+1]):
			if s[i+1] != '\\' {
				dst = append(dst, s[i+1])
			}
			i += 2
		case c == '\\':
			name, j := texCommand(s, i)
			i = j
			if name == "" {
				dst = append(dst, c)
				continue
			}
			// The bracket arguments that follow ("[url5][/sport][][Sport]").
			var args []string
			for i < len(s) && s[i] == '[' {
				k := strings.IndexByte(s[i:], ']')
				if k < 0 {
					break
				}
				args = append(args, s[i+1:i+k])
				i += k + 1
			}
			switch {
			case name == "useURL" && len(args) >= 2:
				text := args[len(args)-1]
				if len(args) < 4 || text == "" {
					text = args[1]
				}
				dst = append(dst, '[')
				dst = appendConTeXtInline(dst, text, start)
				dst = append(dst, "]("...)
				dst = append(dst, args[1]...)
				dst = append(dst, ')')
			case name == "from" || name == "goto":
				// "\from[url5]": the link's reference, written above.
			case name == "externalfigure" && len(args) > 0:
				dst = append(dst, "![]("...)
				dst = append(dst, args[0]...)
				dst = append(dst, ')')
			case name == "item":
				if len(strings.TrimSpace(string(dst[start:]))) == 0 {
					dst = append(dst[:start], "- "...)
				}
			case name == "bf" || name == "bold":
				dst = append(dst, "**"...)
			case name == "em" || name == "it" || name == "sl":
				dst = append(dst, '*')
			case contextLetters[name] != "":
				dst = append(dst, contextLetters[name]...)
				if strings.HasPrefix(s[i:], "{}") {
					i += 2
				}
			}
			// Any other command ("\startitemize", "\stopitemize",
			// "\placefigure"): its brace arguments read as text.
		case c == '{' && (strings.HasPrefix(s[i:], `{\bf `) || strings.HasPrefix(s[i:], `{\em `) || strings.HasPrefix(s[i:], `{\it `)):
			group, n := latexGroup(s[i:])
			mark := "**"
			if group[1] != 'b' {
				mark = "*"
			}
			dst = append(dst, mark...)
			dst = appendConTeXtInline(dst, strings.TrimSpace(group[3:]), start)
			dst = append(dst, mark...)
			i += n
		case c == '{' || c == '}':
			i++
		case c == '~':
			dst = append(dst, ' ')
			i++
		default:
			dst = append(dst, c)
			i++
		}
	}
	return dst
}

// contextFigures labels chrome the lines of a ConTeXt page's figures
// ("\placefigure{caption}{\externalfigure[src]}"): an image and its
// caption, which the taxonomy calls chrome. paras are the page's own
// lines.
func contextFigures(paras []corpus.Paragraph, out []Scored) {
	for i := range paras {
		if strings.HasPrefix(strings.TrimSpace(paras[i].Text), `\placefigure`) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
		}
	}
}

// Word's field codes: catdoc prints a .doc file's links as the fields
// behind them, "HYPERLINK "../../jiaotong" 交通", which the model read as a
// line of code. A page with fieldCodeMinLines such lines is read without
// them (appendWithoutFieldCodes): the link's text stays.

// fieldCodeMinLines is the fewest lines with a HYPERLINK field that make a
// page read without its field codes.
const fieldCodeMinLines = 3

// isFieldCodeDump reports a page with fieldCodeMinLines lines that hold a
// HYPERLINK field.
func isFieldCodeDump(paras []corpus.Paragraph) bool {
	return enoughLines(paras, fieldCodeMinLines, func(t string) bool { return strings.Contains(t, `HYPERLINK "`) })
}

// appendWithoutFieldCodes appends s to dst without its HYPERLINK fields
// and their switches ("HYPERLINK \l "top" "), spaces collapsed.
func appendWithoutFieldCodes(dst []byte, s string) []byte {
	start := len(dst)
	for {
		k := strings.Index(s, "HYPERLINK ")
		if k < 0 {
			dst = append(dst, s...)
			break
		}
		dst = append(dst, s[:k]...)
		s = s[k+len("HYPERLINK "):]
		for { // the switches and the quoted target
			s = strings.TrimLeft(s, " ")
			if len(s) > 1 && s[0] == '\\' && isASCIILetter(s[1]) {
				s = s[2:]
				continue
			}
			if len(s) > 0 && s[0] == '"' {
				if e := strings.IndexByte(s[1:], '"'); e >= 0 {
					s = s[e+2:]
					continue
				}
			}
			break
		}
		dst = append(dst, ' ')
	}
	return collapseSpaces(dst, start)
}
