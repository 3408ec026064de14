package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// A text dump may be written in a markup other than Markdown: pandoc's
// Haddock (haddock.go), LaTeX (latex.go) or ConTeXt (context.go), forum
// BBCode (bbcode.go), an XML export such as TEI or DocBook (xmldump.go),
// edbrowse's marks (edbrowse.go), or hold Word's field codes (context.go). Such a page
// is read as the Markdown it stands for (markupMarkdown) before the text
// views, and its lines of markup alone take a label by what they close or
// open (markupTails).

// markupDump is the document markup, other than Markdown, a page was
// written in that the text views read as the Markdown it stands for.
type markupDump uint8

const (
	plainMarkup     markupDump = iota // none of the below
	haddockMarkup                     // pandoc's Haddock (haddock.go)
	latexMarkup                       // LaTeX (latex.go)
	contextMarkup                     // ConTeXt (context.go)
	bbcodeMarkup                      // BBCode (bbcode.go)
	fieldCodeMarkup                   // Word's field codes (context.go), read as plain text
	xmlMarkup                         // an XML export: TEI, DocBook, JATS (xmldump.go)
	edbrowseMarkup                    // edbrowse's buffer (edbrowse.go)
)

// markupMinLines is the fewest lines with a mark of some markup ("<",
// "\", "[", "HYPERLINK") a page needs for markupMarkdown to look for its
// markup: the fewest any of the detectors takes (edbrowse's aside, whose
// heading marks tell it).
const markupMinLines = min(haddockMinMarks, latexMinCommands, contextMinCommands, bbcodeMinTags, fieldCodeMinLines, xmlMinParagraphs)

// enoughLines reports whether least or more of the paragraphs' texts
// match, reading no further than it must.
func enoughLines(paras []corpus.Paragraph, least int, match func(string) bool) bool {
	n := 0
	for i := range paras {
		if match(paras[i].Text) {
			if n++; n >= least {
				return true
			}
		}
	}
	return false
}

// markupMarkdown returns the paragraphs of an XML, Haddock, LaTeX,
// ConTeXt, BBCode or edbrowse page (isXMLDump, isHaddockDump,
// isLaTeXDump, isConTeXtDump, isBBCodeDump, isEdbrowseDump) written as
// Markdown (a page with Word's field codes, isFieldCodeDump,
// without them), the copy
// in *buf, and which markup it was; any other page as it is, with
// plainMarkup.
func markupMarkdown(paras []corpus.Paragraph, buf *[]corpus.Paragraph) ([]corpus.Paragraph, markupDump) {
	// Every markup needs markupMinLines lines with one of its marks: most
	// pages, plain text dumps, are told apart in one scan. edbrowse's
	// links are in braces, which plain pages have too (code, templates):
	// its heading marks at the lines' starts, cheaper to look for, tell
	// whether to look for them.
	marked, edHeadings := 0, 0
	for i := range paras {
		t := paras[i].Text
		if edbrowseHeading(t) > 0 {
			edHeadings++
		}
		// IndexByte thrice: each is vectorised, IndexAny is not.
		if marked < markupMinLines && (strings.IndexByte(t, '<') >= 0 || strings.IndexByte(t, '\\') >= 0 || strings.IndexByte(t, '[') >= 0 || strings.Contains(t, "HYPERLINK ")) {
			marked++
		}
	}
	if marked >= markupMinLines {
		switch {
		case isXMLDump(paras):
			return xmlMarkdown(paras, buf), xmlMarkup
		case isHaddockDump(paras):
			return rewriteTexts(paras, buf, appendHaddockMarkdown), haddockMarkup
		case isLaTeXDump(paras):
			return rewriteTexts(paras, buf, appendLaTeXMarkdown), latexMarkup
		case isConTeXtDump(paras):
			return rewriteTexts(paras, buf, appendConTeXtMarkdown), contextMarkup
		case isBBCodeDump(paras):
			return rewriteTexts(paras, buf, appendBBCodeMarkdown), bbcodeMarkup
		case isFieldCodeDump(paras):
			return rewriteTexts(paras, buf, appendWithoutFieldCodes), fieldCodeMarkup
		}
	}
	if edHeadings >= edbrowseMinHeadings && isEdbrowseDump(paras) {
		return rewriteTexts(paras, buf, appendEdbrowseMarkdown), edbrowseMarkup
	}
	return paras, plainMarkup
}

// markupTails gives a line that only tags the line above it the label of
// that line: a Haddock anchor alone ("#slug#", under a long heading) and a
// kramdown attribute list ("{: .byline}", under the paragraph it
// classes). On a LaTeX, ConTeXt or BBCode page, a line of markup alone
// (its Markdown, md, empty) takes the label of the line of text it closes
// ("\end{itemize}", "\stopitemize", "[/ul]") or else of the one it
// opens ("\item", "\begin{itemize}"), and a figure's lines are chrome
// (latexFigures, contextFigures); an XML page's are read by xmlTails,
// after every other pass. paras are the page's own paragraphs, kind its markup.
func markupTails(paras, md []corpus.Paragraph, kind markupDump, out []Scored) {
	for i := 1; i < len(paras); i++ {
		t := paras[i].Text
		if kind == haddockMarkup && isHaddockAnchor(t) || isKramdownIAL(t) {
			out[i] = out[i-1]
		}
	}
	if kind != latexMarkup && kind != contextMarkup && kind != bbcodeMarkup {
		return
	}
	closes := func(t string) bool {
		t = strings.TrimSpace(t)
		return strings.HasPrefix(t, `\end{`) || strings.HasPrefix(t, `\stop`) || strings.HasPrefix(t, "[/")
	}
	for i, next := len(paras)-1, -1; i >= 0; i-- {
		switch {
		case md[i].Text != "":
			next = i
		case strings.TrimSpace(paras[i].Text) != "" && !closes(paras[i].Text) && next >= 0:
			out[i] = out[next]
		}
	}
	for i, prev := 0, -1; i < len(paras); i++ {
		switch {
		case md[i].Text != "":
			prev = i
		case closes(paras[i].Text) && prev >= 0:
			out[i] = out[prev]
		}
	}
	switch kind {
	case latexMarkup:
		latexFigures(paras, out)
	case contextMarkup:
		contextFigures(paras, out)
	}
}

// isKramdownIAL reports a kramdown block attribute list alone on its line
// ("{: .vorspann}", "{: #id .class}").
func isKramdownIAL(s string) bool {
	return len(s) >= 4 && strings.HasPrefix(s, "{:") && s[len(s)-1] == '}' && strings.IndexByte(s[2:len(s)-1], '}') < 0
}
