package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// pandoc -t mediawiki prints a page as MediaWiki: links as "[[path|text]]"
// (the leading slash of a site-relative path gone, the site's home as
// "[[|Site]]"), external ones as "[https://… text]", images as
// "[[File:src|thumb|none|alt=…|caption]]", headings between "=" marks
// ("== Subheading =="), list items after "* " or "# ", bold and italics
// between runs of three and two apostrophes, and what it has no markup for
// as raw HTML: a "<div class=…>" line where a section opens and a "</div>"
// line where it closes, a "<span id=…></span>" anchor over each heading.
// The model, which never saw one, read the tag lines as chrome and the
// headings' marks as furniture. A document whose first lynxScanLines lines
// hold mwMinMarks wiki links or headings is read as the text the page
// would be without the markup (demwLine); mwMarkup then gives the tag
// lines the label of the section they open or close and an image the
// label of a caption.
const mwMinMarks = 5

// isMWDump reports whether a plain-text document is MediaWiki (mwMinMarks
// wiki links "[[target|text]]", images "[[File:src]]" and headings
// "== h ==" among its first lynxScanLines lines).
func isMWDump(paras []corpus.Paragraph) bool {
	if len(paras) == 0 || paras[0].Structure != nil {
		return false
	}
	n := 0
	for i := range min(len(paras), lynxScanLines) {
		s := paras[i].Text // the splitter trims it
		if isMWHeading(s) {
			n++
		}
		n += countDoubleBracketed(s, isWikiLink)
		if n >= mwMinMarks {
			return true
		}
	}
	return false
}

// isWikiLink reports whether what follows a "[[" is a wiki link:
// "target|text]]" or "File:src]]". Org's links ("target][text]]") and
// AsciiDoc's anchors ("name]]") are none.
func isWikiLink(rest string) bool {
	e := strings.Index(rest, "]]")
	if e < 0 {
		return false
	}
	link := rest[:e]
	return (strings.IndexByte(link, '|') >= 0 || strings.Contains(link, ">>") || isMWImageTarget(link)) && !strings.Contains(link, "][") && !strings.Contains(link, "[[")
}

// isMWHeading reports a MediaWiki heading: "= h =" to "====== h ======",
// the same number of marks at both ends; XWiki's anchors in it ("== h {{id
// name=\"h\" /}}==") left out (xwikiMacros).
func isMWHeading(s string) bool {
	if strings.Contains(s, "{{") {
		var buf [256]byte
		if len(s) > len(buf) {
			return false
		}
		s = string(xwikiMacros(buf[:0], s))
	}
	n := 0
	for n < len(s) && n < 7 && s[n] == '=' {
		n++
	}
	if n == 0 || n > 6 || len(s) < 2*n+1 || s[n] != ' ' || strings.TrimRight(s, "=") != s[:len(s)-n] || s[len(s)-n-1] != ' ' {
		return false
	}
	return strings.TrimSpace(s[n:len(s)-n]) != ""
}

// mwTagEnd returns the length of the HTML tag at s[i] == '<' ("<div …>",
// "</div>", "<span id=…>"), or 0 when there is none: a letter or '/'
// after the '<', a name of letters and digits, then no '<' before the '>'.
func mwTagEnd(s string, i int) int {
	if i+1 >= len(s) {
		return 0
	}
	if c := s[i+1] | 0x20; !(c >= 'a' && c <= 'z' || s[i+1] == '/') {
		return 0
	}
	// The tag's name ends at a space, a slash or the '>': an autolink
	// ("<a.b@example.org>", "<https://…>") is no tag.
	k := i + 1
	if s[k] == '/' {
		k++
	}
	for k < len(s) && (s[k]|0x20 >= 'a' && s[k]|0x20 <= 'z' || s[k] >= '0' && s[k] <= '9') {
		k++
	}
	if k == len(s) || s[k] != ' ' && s[k] != '>' && s[k] != '/' && s[k] != '\t' {
		return 0
	}
	e := strings.IndexByte(s[i+1:], '>')
	if e < 0 || strings.IndexByte(s[i+1:i+1+e], '<') >= 0 {
		return 0
	}
	return e + 2
}

// mwTagLine tells what a line of nothing but HTML tags is: mwOpen for one
// that opens a section ("<div class=…>"), mwClose for one that closes it
// ("</div>"), mwAnchor for any other ("<span id=…></span>"), and mwText
// for a line with text.
func mwTagLine(s string) mwLine {
	if s == "" || s[0] != '<' {
		return mwText
	}
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		n := 0
		if s[i] == '<' {
			n = mwTagEnd(s, i)
		}
		if n == 0 {
			return mwText
		}
		i += n
	}
	switch {
	case strings.HasPrefix(s, "<span") || strings.HasPrefix(s, "<br") || strings.HasPrefix(s, "<a "):
		return mwAnchor
	case s[1] == '/':
		return mwClose
	}
	return mwOpen
}

// mwLine is the kind of a MediaWiki line (mwTagLine).
type mwLine uint8

const (
	mwText mwLine = iota
	mwOpen
	mwClose
	mwAnchor
)

// isMWImage reports an image link "[[File:…]]" or "[[Image:…]]", or a
// ZimWiki image "{{src|caption}}" (zimImage).
func isMWImage(s string) bool {
	if _, ok := zimImage(s); ok {
		return true
	}
	return strings.HasPrefix(s, "[[") && isMWImageTarget(s[2:])
}

// isMWImageTarget reports an image link's target: "File:…", "Image:…",
// "Datei:…".
func isMWImageTarget(t string) bool {
	return strings.HasPrefix(t, "File:") || strings.HasPrefix(t, "Image:") || strings.HasPrefix(t, "Datei:") || strings.HasPrefix(t, "image:")
}

// xwikiMacros appends s to dst without its XWiki macros ("{{id name=\"a\"
// /}}", "{{/id}}"), which pandoc -t xwiki puts before a heading's closing
// marks and at the start of a block, and with a space before a heading's
// closing marks that a macro stood in for.
func xwikiMacros(dst []byte, s string) []byte {
	for {
		k := strings.Index(s, "{{")
		if k < 0 {
			return append(dst, s...)
		}
		e := strings.Index(s[k:], "}}")
		if e < 0 || !isXWikiMacro(s[k+2:k+e]) {
			return append(dst, s...) // a ZimWiki image, or no macro
		}
		dst = append(dst, s[:k]...)
		s = s[k+e+2:]
		if len(s) > 0 && s[0] == '=' && len(dst) > 0 && dst[len(dst)-1] != ' ' {
			dst = append(dst, ' ')
		}
	}
}

// demwLine appends to dst the line s of a MediaWiki page as a text dump
// would have it: a line of tags empty, other tags dropped, a heading
// without its marks, a list item without its bullets, runs of apostrophes
// (bold, italics) dropped, a wiki link as its text (its target when it has none; an
// image as its caption, the last of its parts), an external link as its
// text, and the entities pandoc leaves ("&amp;") as their characters.
func demwLine(dst []byte, s string) []byte {
	s, ok := untaggedText(s)
	if !ok {
		return dst
	}
	if strings.Contains(s, "{{") {
		var buf [256]byte
		if len(s) <= len(buf) {
			s = strings.TrimSpace(string(xwikiMacros(buf[:0], s)))
		}
	}
	if isMWHeading(s) {
		n := strings.IndexByte(s, ' ')
		s = strings.TrimSpace(s[n : len(s)-n])
	}
	if caption, ok := zimImage(s); ok {
		s = caption
	}
	table := false
	if zimTableRow(s) || xwikiTableRow(s) {
		if strings.Trim(s, "|-: ") == "" {
			return dst // a table's rule
		}
		table = true
	}
	if k := strings.IndexByte(s, ' '); k > 0 && strings.Trim(s[:k], "*#:;.") == "" {
		s = strings.TrimLeft(s[k:], " ") // a list item
	}
	if len(s) > 4 && strings.HasPrefix(s, "**") && strings.HasSuffix(s, "**") {
		s = s[2 : len(s)-2] // a line in ZimWiki's bold
	}
	start := len(dst)
	open := 0 // external links whose text is being read
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' && i+1 < len(s) && s[i+1] == '\'':
			for i+1 < len(s) && s[i+1] == '\'' {
				i++
			}
			continue
		case c == '[' && i+1 < len(s) && s[i+1] == '[':
			// "[[target|text]]" → text, "[[target]]" → target,
			// "[[File:src|thumb|alt=…|caption]]" → caption; the text may
			// hold tags.
			e := strings.Index(s[i:], "]]")
			if e < 0 {
				break
			}
			link := s[i+2 : i+e]
			if k := strings.Index(link, ">>"); k >= 0 && !strings.HasPrefix(link, "image:") {
				// XWiki's "[[text>>target]]" → text.
				dst = append(dst, link[:k]...)
				i += e + 1
				continue
			}
			if strings.HasPrefix(link, "image:") {
				// XWiki's "[[image:src||alt=\"caption\"]]" → caption.
				if _, alt, ok := strings.Cut(link, `alt="`); ok {
					alt, _, _ = strings.Cut(alt, `"`)
					dst = append(dst, alt...)
				}
				i += e + 1
				continue
			}
			if k := strings.LastIndexByte(link, '|'); k >= 0 {
				i += 2 + k // the text follows the last '|'
			} else {
				i++ // the target is the text
			}
			continue
		case c == ']' && i+1 < len(s) && s[i+1] == ']':
			i++ // a wiki link's end
			continue
		case c == '[' && (strings.HasPrefix(s[i+1:], "http://") || strings.HasPrefix(s[i+1:], "https://") || strings.HasPrefix(s[i+1:], "javascript:")):
			// "[https://… text]" → text, "[https://…]" → nothing; the
			// text may hold tags and go on to the next lines.
			e := strings.IndexAny(s[i:], " ]")
			if e < 0 {
				return dst // the text is on the next lines
			}
			i += e
			if s[i] == ' ' {
				open++
			}
			continue
		case c == ']' && (open > 0 || i == len(s)-1 && strings.IndexByte(s, '[') < 0):
			// An external link's text ends (on this line, or on the line
			// it went on to).
			open = max(0, open-1)
			continue
		case c == '<':
			if n := mwTagEnd(s, i); n > 0 {
				i += n - 1
				continue
			}
		case c == '&':
			if n, r := mwEntity(s[i:]); n > 0 {
				dst = append(dst, r...)
				i += n - 1
				continue
			}
		case c == '|' && table:
			c = ' ' // a cell's border
			if i+1 < len(s) && s[i+1] == '=' {
				i++ // XWiki's header cell, "|=Ausweichbad"
			}
		}
		dst = append(dst, c)
	}
	if table {
		dst = collapseSpaces(dst, start)
	}
	return dst
}

// collapseSpaces collapses the runs of spaces of dst[start:] to one and
// trims them at both ends, in place.
func collapseSpaces(dst []byte, start int) []byte {
	w := start
	space := true
	for r := start; r < len(dst); r++ {
		c := dst[r]
		if c == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		dst[w] = c
		w++
	}
	if w > start && dst[w-1] == ' ' {
		w--
	}
	return dst[:w]
}

// isXWikiMacro reports whether the text between "{{" and "}}" is an XWiki
// macro: one that closes itself ("id name=\"a\" /") or closes another
// ("/id"), not a ZimWiki image ("/img/a.jpg| caption").
func isXWikiMacro(m string) bool {
	if strings.HasSuffix(m, "/") {
		return true
	}
	return len(m) > 1 && m[0] == '/' && strings.IndexAny(m[1:], "/|. ") < 0
}

// zimImage returns the caption of a ZimWiki image line ("{{/img/a.jpg|
// Die Brücke. Foto: T. E.}}", "{{/img/a.jpg}}" with none), and true.
// pandoc -t zimwiki writes pages as MediaWiki is written but for its
// images, tables, bold and the depth of its headings; the MediaWiki view
// reads them.
func zimImage(s string) (string, bool) {
	if len(s) < 5 || !strings.HasPrefix(s, "{{") || !strings.HasSuffix(s, "}}") || strings.Contains(s[2:len(s)-2], "}}") {
		return "", false
	}
	inner := s[2 : len(s)-2]
	k := strings.LastIndexByte(inner, '|')
	if k < 0 {
		return "", true
	}
	return strings.TrimSpace(inner[k+1:]), true
}

// xwikiTableRow reports a row of an XWiki table: a line that starts with a
// pipe and has another ("|=Ausweichbad |=Entfernung", "|Maarbad Daun |27
// km"), not a MediaWiki table's row mark ("|-", "|}") or a cell with its
// attributes ("|align=\"center\"| text").
func xwikiTableRow(s string) bool {
	return len(s) > 2 && s[0] == '|' && s[1] != '-' && s[1] != '}' && strings.IndexByte(s[1:], '|') > 0 && !strings.Contains(s, `="`)
}

// zimTableRow reports a row of a ZimWiki (or Markdown) table: a line
// between pipes, "|700 |Cochem – Ulmen |".
func zimTableRow(s string) bool {
	return len(s) > 2 && s[0] == '|' && s[len(s)-1] == '|'
}

// untaggedText returns a line of a MediaWiki or Textile page trimmed and
// without the HTML tags at its start (an anchor run into its heading), or
// false for a line of nothing but tags.
func untaggedText(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if mwTagLine(s) != mwText {
		return "", false
	}
	for len(s) > 0 && s[0] == '<' {
		n := mwTagEnd(s, 0)
		if n == 0 {
			break
		}
		s = strings.TrimLeft(s[n:], " ")
	}
	return s, true
}

// mwEntity returns the length and the text of the HTML entity at the start
// of s that pandoc leaves in MediaWiki ("&amp;", "&lt;", "&gt;", "&quot;",
// "&nbsp;"), or 0.
func mwEntity(s string) (int, string) {
	for _, e := range [...]struct{ name, text string }{{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", `"`}, {"&nbsp;", " "}} {
		if strings.HasPrefix(s, e.name) {
			return len(e.name), e.text
		}
	}
	return 0, ""
}

// mwMarkup labels the lines of a MediaWiki page that demwLine reads as
// empty, and its images: an anchor the label of the first line of text
// under it (its heading), a section's opening tag the label of the first
// line of text in it and its closing tag the label of its opening one, an
// image (isImage: isMWImage, isTextileImage, isJiraImage) chrome, as a
// caption is. paras are the page's own paragraphs, kinds what their lines
// are (mwKinds, jiraKinds).
func mwMarkup(paras []corpus.Paragraph, kinds []mwLine, out []Scored, isImage func(string) bool) {
	next := -1
	for i := len(paras) - 1; i >= 0; i-- {
		s := strings.TrimSpace(paras[i].Text)
		switch kind := kinds[i]; {
		case kind == mwText:
			next = i
			if isImage(s) {
				out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
			}
		case kind != mwClose && next >= 0:
			out[i] = out[next]
		}
	}
	var open []int // the opening tags of the sections being read
	for i := range paras {
		switch kinds[i] {
		case mwOpen:
			open = append(open, i)
		case mwClose:
			if n := len(open); n > 0 {
				out[i] = out[open[n-1]]
				open = open[:n-1]
			}
		}
	}
}

// isNoImage reports no line an image, for mwMarkup on a page whose images
// another pass labels (markdownImages).
func isNoImage(string) bool { return false }

// mwKinds returns what each line of a MediaWiki or Textile page is
// (mwTagLine).
func mwKinds(paras []corpus.Paragraph) []mwLine {
	kinds := make([]mwLine, len(paras))
	for i := range paras {
		kinds[i] = mwTagLine(strings.TrimSpace(paras[i].Text))
	}
	return kinds
}

// commentSections labels comment the lines labelled promo inside a section
// of a MediaWiki or Textile page (the lines between a "<div …>" line and
// its "</div>") whose first line of text the model labelled comment: a
// comment section's heading. Its messages, its form and its button ("Ihr
// Kommentar", "Kommentar abschicken", "Publicar") were taken for a
// newsletter's box or a list of other stories; the page's own markup says
// where the section ends. A section inside it that starts with a
// newsletter's name keeps its lines. paras are the page's own paragraphs,
// kinds what their lines are (mwKinds, jiraKinds).
func commentSections(paras []corpus.Paragraph, kinds []mwLine, out []Scored) {
	type section struct{ open, first int }
	var open []section
	var comment []int // the opening lines of the comment sections being read
	kept := 0         // how deep the reading is inside kept (newsletter) sections
	var keptAt []int
	firstText := func(i int) int {
		for k := i + 1; k < len(paras); k++ {
			if kinds[k] == mwText {
				return k
			}
		}
		return -1
	}
	for i := range paras {
		switch kinds[i] {
		case mwOpen:
			f := firstText(i)
			open = append(open, section{i, f})
			switch {
			case f >= 0 && len(comment) > 0 && out[f].Label == corpus.Promo && newsletterLine(paras[f].Text):
				kept++
				keptAt = append(keptAt, i)
			case f >= 0 && out[f].Label == corpus.Comment:
				comment = append(comment, i)
			}
		case mwClose:
			if n := len(open); n > 0 {
				s := open[n-1]
				open = open[:n-1]
				if m := len(comment); m > 0 && comment[m-1] == s.open {
					comment = comment[:m-1]
				}
				if m := len(keptAt); m > 0 && keptAt[m-1] == s.open {
					keptAt = keptAt[:m-1]
					kept--
				}
			}
		case mwText:
			if len(comment) > 0 && kept == 0 && out[i].Label == corpus.Promo {
				out[i] = Scored{Label: corpus.Comment, Score: 0.6}
			}
		}
	}
}

// headingsInBody labels body the section headings of a marked-up page
// (isHeading: a Markdown, MediaWiki, Textile, Jira or Org heading) that stand
// between two lines of the article's body, passing over up to five lines
// of chrome or promo (an image, its caption, a "read also" box) above: the
// model, or inlineTeasers, took some for a teaser's headline. paras are
// the page's own paragraphs.
func headingsInBody(paras []corpus.Paragraph, out []Scored, isHeading func(string) bool) {
	for i := range paras {
		if out[i].Label == corpus.Body || !isHeading(strings.TrimSpace(paras[i].Text)) {
			continue
		}
		above, below := false, false
		for k, chrome := prevText(paras, i), 0; k >= 0 && chrome < 5; k = prevText(paras, k) {
			if out[k].Label == corpus.Body {
				above = true
				break
			}
			if out[k].Label != corpus.Chrome && out[k].Label != corpus.Promo {
				break
			}
			chrome++
		}
		if k := nextText(paras, i); k >= 0 && out[k].Label == corpus.Body {
			below = true
		}
		if above && below {
			out[i] = Scored{Label: corpus.Body, Score: 0.6}
		}
	}
}

// nextText returns the index of the first paragraph below i whose text is
// not empty and no line of tags (mwTagLine, jiraTagLine), or -1.
func nextText(paras []corpus.Paragraph, i int) int {
	for i++; i < len(paras); i++ {
		if s := strings.TrimSpace(paras[i].Text); s != "" && mwTagLine(s) == mwText && !jiraTagLine(s) {
			return i
		}
	}
	return -1
}

// isMarkupHeading reports a heading of Textile or Jira ("h2. ",
// "h2(#id). ").
func isMarkupHeading(s string) bool {
	return len(s) > 3 && s[0] == 'h' && textileBlockEnd(s) > 0
}
