package classify

import (
	"slices"
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// pandoc -t latex prints a page as LaTeX: links "\href{/sport}{Sport}",
// headings "\hypertarget{id}{% \section{Title}\label{id}}", lists between
// "\begin{itemize}" and "\end{itemize}" with an "\item" line over each
// item, tables as "\begin{longtable}" with rows "a & b & c \\" between
// "\toprule", "\midrule" and "\bottomrule", figures with
// "\includegraphics{src}" and "\caption{…}", "\textbf{…}", and a backslash
// before the characters LaTeX reads ("\&", "\%", "\_"). The model, which
// never saw one, read the table rows as comment stamps and the lists'
// markup lines as furniture. A LaTeX page is read as the Markdown it stands
// for (appendLaTeXMarkdown); a line of markup alone ("\item",
// "\end{itemize}") takes the label of the line it opens or closes
// (markupTails), and a figure's lines are chrome (latexFigures).

// latexMinCommands is the fewest lines starting with a LaTeX command that
// make a page read as LaTeX, one of them a sectioning command or an
// environment.
const latexMinCommands = 5

// isLaTeXDump reports whether a plain-text page is LaTeX: latexMinCommands
// lines that start with a command ("\href{", "\item"), one of them a
// heading or an environment's "\begin{".
func isLaTeXDump(paras []corpus.Paragraph) bool {
	commands, structure := 0, false
	for i := range paras {
		t := paras[i].Text
		if len(t) < 2 || t[0] != '\\' || !isASCIILetter(t[1]) {
			continue
		}
		commands++
		if strings.HasPrefix(t, `\begin{`) || strings.HasPrefix(t, `\hypertarget{`) || latexHeadingLevel(t[1:]) > 0 {
			structure = true
		}
		if structure && commands >= latexMinCommands {
			return true
		}
	}
	return false
}

// isASCIILetter reports an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// latexHeadingLevel returns the Markdown level of the sectioning command
// that s (after its backslash) starts with, or 0.
func latexHeadingLevel(s string) int {
	for i, name := range [...]string{"section", "subsection", "subsubsection", "paragraph", "subparagraph"} {
		if strings.HasPrefix(s, name) && len(s) > len(name) && (s[len(name)] == '{' || s[len(name)] == '*') {
			return i + 1
		}
	}
	return 0
}

// latexRuleLines are the commands of a table's rules, and the
// environments of tables, that appendLaTeXMarkdown writes as a delimiter
// row ("|---|") so that the table reads as one Markdown table.
var latexRuleLines = []string{`\toprule`, `\midrule`, `\bottomrule`, `\endhead`, `\endfirsthead`, `\endfoot`, `\endlastfoot`, `\hline`}

// appendLaTeXMarkdown appends the line s of a LaTeX page to dst as
// Markdown: a table's row ("a & b \\") as a pipe row, its rules and its
// environment as delimiter rows, a heading with "#" marks, "\item" as a
// list bullet, links, images, bold and emphasis in Markdown's markup, the
// other commands as their text or nothing, and the escapes and ligatures
// as the characters they stand for. A line of markup alone comes out
// empty.
func appendLaTeXMarkdown(dst []byte, s string) []byte {
	t := strings.TrimSpace(s)
	for _, r := range latexRuleLines {
		if t == r {
			return append(dst, "|---|"...)
		}
	}
	if strings.HasPrefix(t, `\begin{longtable}`) || strings.HasPrefix(t, `\begin{tabular}`) || t == `\end{longtable}` || t == `\end{tabular}` {
		return append(dst, "|---|"...)
	}
	row := strings.HasSuffix(t, `\\`) && latexHasCell(t)
	start := len(dst)
	if row {
		dst = append(dst, "| "...)
		t = strings.TrimSuffix(t, `\\`)
	}
	dst = appendLaTeXInline(dst, t, start, row)
	if row {
		dst = append(dst, " |"...)
	}
	dst = collapseSpaces(dst, start)
	if string(dst[start:]) == "-" {
		dst = dst[:start] // "\item" over its text: markup alone
	}
	return dst
}

// latexHasCell reports an unescaped "&" in s: a table row's cell
// separator.
func latexHasCell(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == '&' {
			return true
		}
	}
	return false
}

// latexSymbols are the commands appendLaTeXInline writes as a character.
var latexSymbols = map[string]string{
	"textbar": "|", "textgreater": ">", "textless": "<", "ldots": "…", "dots": "…",
	"textasciitilde": "~", "textbackslash": `\`, "textquotesingle": "'", "textasciicircum": "^",
	"textquotedbl": `"`, "euro": "€", "textdegree": "°", "slash": "/", "textendash": "–",
	"textemdash": "—", "S": "§", "P": "¶", "copyright": "©", "textregistered": "®", "texttrademark": "™",
}

// latexDropped are the commands whose arguments appendLaTeXInline drops
// with them.
var latexDropped = []string{"label", "vspace", "hspace", "setlength", "addcontentsline"}

// appendLaTeXInline appends the text of the LaTeX s to dst (the line's
// Markdown starting at start), with cells parted by " | " when row.
func appendLaTeXInline(dst []byte, s string, start int, row bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && !isASCIILetter(s[i+1]):
			if s[i+1] == '\\' {
				dst = append(dst, ' ') // a line break
			} else {
				dst = append(dst, s[i+1]) // "\&", "\%", "\_", "\{", "\ "
			}
			i += 2
		case c == '\\':
			name, j := texCommand(s, i)
			if name == "" {
				dst = append(dst, c) // a backslash at the end of the line
				i = j
				continue
			}
			if j < len(s) && s[j] == '*' {
				j++
			}
			for j < len(s) && s[j] == '[' { // optional arguments
				k := strings.IndexByte(s[j:], ']')
				if k < 0 {
					break
				}
				j += k + 1
			}
			i = j
			arg := func() (string, bool) {
				if i >= len(s) || s[i] != '{' {
					return "", false
				}
				a, n := latexGroup(s[i:])
				i += n
				return a, true
			}
			switch {
			case name == "href":
				target, _ := arg()
				text, _ := arg()
				dst = append(dst, '[')
				dst = appendLaTeXInline(dst, text, start, false)
				dst = append(dst, "]("...)
				dst = append(dst, target...)
				dst = append(dst, ')')
			case name == "url":
				target, _ := arg()
				dst = append(dst, '<')
				dst = append(dst, target...)
				dst = append(dst, '>')
			case name == "includegraphics":
				src, _ := arg()
				dst = append(dst, "![]("...)
				dst = append(dst, src...)
				dst = append(dst, ')')
			case name == "hypertarget":
				arg() // the anchor; its content follows
			case latexHeadingLevel(name+"{") > 0:
				if len(strings.TrimSpace(string(dst[start:]))) == 0 {
					dst = dst[:start]
					for range latexHeadingLevel(name + "{") {
						dst = append(dst, '#')
					}
					dst = append(dst, ' ')
				}
			case name == "textbf":
				if text, ok := arg(); ok {
					dst = append(dst, "**"...)
					dst = appendLaTeXInline(dst, text, start, false)
					dst = append(dst, "**"...)
				}
			case name == "emph" || name == "textit":
				if text, ok := arg(); ok {
					dst = append(dst, '*')
					dst = appendLaTeXInline(dst, text, start, false)
					dst = append(dst, '*')
				}
			case name == "item":
				if len(strings.TrimSpace(string(dst[start:]))) == 0 {
					dst = append(dst[:start], "- "...)
				}
			case name == "begin" || name == "end":
				arg() // the environment's name; its lines are markup
			case latexSymbols[name] != "":
				dst = append(dst, latexSymbols[name]...)
				if strings.HasPrefix(s[i:], "{}") {
					i += 2
				}
			case slices.Contains(latexDropped, name):
				arg()
			}
			// Any other command: its arguments read as text (below), or
			// nothing ("\tightlist", "\centering").
		case c == '{' || c == '}':
			i++
		case c == '%':
			i++ // a comment's mark, which pandoc ends lines with ("\hypertarget{id}{%")
		case c == '&' && row:
			dst = append(dst, " | "...)
			i++
		case c == '~':
			dst = append(dst, ' ')
			i++
		case c == '-' && strings.HasPrefix(s[i:], "---"):
			dst = append(dst, "—"...)
			i += 3
		case c == '-' && strings.HasPrefix(s[i:], "--"):
			dst = append(dst, "–"...)
			i += 2
		case c == '`' && strings.HasPrefix(s[i:], "``"):
			dst = append(dst, "“"...)
			i += 2
		case c == '\'' && strings.HasPrefix(s[i:], "''"):
			dst = append(dst, "”"...)
			i += 2
		default:
			dst = append(dst, c)
			i++
		}
	}
	return dst
}

// texCommand returns the name of the TeX command whose backslash is s[i]
// ("\\href{…}": "href") and the index after it; an empty name when no
// letter follows the backslash.
func texCommand(s string, i int) (name string, next int) {
	j := i + 1
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	return s[i+1 : j], j
}

// latexGroup returns the content of the brace group that s starts with
// ("{a {b} c}…": "a {b} c") and the group's length; an unclosed group runs
// to the end of s.
func latexGroup(s string) (string, int) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return s[1:i], i + 1
			}
		}
	}
	return s[1:], len(s)
}

// latexFigures labels chrome the lines of a LaTeX page's figures, from
// "\begin{figure}" to "\end{figure}": an image and its caption, which the
// taxonomy calls chrome. paras are the page's own lines.
func latexFigures(paras []corpus.Paragraph, out []Scored) {
	in := false
	for i := range paras {
		t := strings.TrimSpace(paras[i].Text)
		if strings.HasPrefix(t, `\begin{figure}`) {
			in = true
		}
		if in {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
		}
		if strings.HasPrefix(t, `\end{figure}`) {
			in = false
		}
	}
}
