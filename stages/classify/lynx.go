package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// Text-browser dumps. `lynx -dump`, the oldest way to turn a crawl into
// text, numbers every link where it stands ("Von [19]Dorothea Kienzler",
// "[12][IMG]") and ends the page with a References list of the links'
// targets, one numbered line each ("  19. https://…"). The model never saw
// either: the numbers break the words it knows ("[24]Urteil") and the list,
// often a third of the page's lines, moves every position feature. So such
// a page is read as the text it would be without them:
//   - the References list is chrome, and the model classifies the page
//     above it (lynxReferences, Model.Classify);
//   - the page's lines are read without their link numbers and leading
//     list bullets (delynx), as demarkdown reads a Markdown page.
//
// The output keeps the dump's text as it was: only the classifier's view
// changes.

// lynxMinMarkers is how many link numbers ("[12]Text", the number right
// before the link's text) in a document's
// first lynxScanLines lines make it a lynx dump when it has no References
// list (lynx -dump -nolist keeps the numbers out, and a page cut short may
// have lost its list).
const lynxMinMarkers = 5

// lynxScanLines is how many of a document's first lines isLynxDump reads.
const lynxScanLines = 300

// lynxReferences returns the index of the paragraph "References" that opens
// the list of link targets lynx -dump prints under a page (Horde's
// Html2text: "Links:" over a line of dashes and "[12] /path" lines), or
// len(paras) when the document ends in no such list. The list's lines are numbered
// targets ("12. https://…": a number, ". " and a URL scheme), ELinks'
// titled ones (a number, ". " and the link's title over a line of the
// target alone), lynx's "Visible links:" and "Hidden links:" headings
// (ELinks': without the colon), and a few lines of targets that hold a
// line break (at most one in lynxContinuationShare); the last line is a
// target.
func lynxReferences(paras []corpus.Paragraph) int {
	n := len(paras)
	if n < 2 || paras[0].Structure != nil {
		return n
	}
	if last := strings.TrimSpace(paras[n-1].Text); !isLynxTarget(last) && !isBareTarget(last) && !isBracketTarget(last) {
		return n
	}
	targets, other := 0, 0
	bare := false // whether the line after is a bare target
	for i := n - 1; i >= 0; i-- {
		s := strings.TrimSpace(paras[i].Text)
		after := bare
		bare = false
		switch {
		case s == "References" || s == "References:" || s == "Links:": // lynx and ELinks; w3m ("References:" would pass for a bare target); Horde
			if other*lynxContinuationShare > targets {
				return n
			}
			return i
		case isBracketTarget(s):
			// Horde's Html2text: "[12] /autor/noelia-castro".
			targets++
		case strings.Trim(s, "-") == "" && i > 0 && strings.TrimSpace(paras[i-1].Text) == "Links:":
			// Horde's underline of its "Links:" heading.
		case isLynxTarget(s):
			targets++
		case isBareTarget(s):
			// ELinks prints a link's title after its number and the
			// target on the next line: "156. Pro & Contra: …" over
			// "file:///…".
			bare = true
			targets++
		case after && numberedItem(s):
			targets++
		case s == "Visible links:" || s == "Hidden links:" || s == "Visible links" || s == "Hidden links":
		default:
			other++
			if other*lynxContinuationShare > targets+lynxContinuationShare*lynxContinuationShare {
				return n // too many lines of no target: no References list
			}
		}
	}
	return n
}

// targetListMin is the fewest numbered targets that end a page as a list
// of link targets without a "References" heading (targetLists).
const targetListMin = 8

// targetLists labels chrome the list of link targets that ends a page
// without a "References" heading over it, as Perl's
// HTML::FormatText::WithLinks prints it ("1. /datenschutz", "2. /", …):
// targetListMin numbered targets or more (isLynxTarget) at the page's end.
// The model read the numbered paths as a list of comments or of other
// stories. Unlike lynx's list (lynxReferences), the page above it is
// classified with it: it holds no heading to part it by.
func targetLists(paras []corpus.Paragraph, out []Scored) {
	k := len(paras)
	for k > 0 && (paras[k-1].Text == "" || isLynxTarget(strings.TrimSpace(paras[k-1].Text))) {
		k--
	}
	if len(paras)-k < targetListMin {
		return
	}
	for i := k; i < len(paras); i++ {
		out[i] = Scored{Label: corpus.Chrome, Score: 0.9}
	}
}

// lynxContinuationShare bounds the lines of a References list that are no
// numbered target (the rest of a target with a line break in it): at most
// one in lynxContinuationShare.
const lynxContinuationShare = 10

// isLynxTarget reports whether s is a line of lynx's References list: a
// number, ". " (w3m's: a number in brackets and a space) and a target that starts with a URL scheme ("https:",
// "mailto:", "file:", "javascript:") or a site's path ("/datenschutz").
func isLynxTarget(s string) bool {
	// w3m -o display_link_number=1 brackets the number: "[12] https://…".
	bracket := strings.HasPrefix(s, "[")
	if bracket {
		s = s[1:]
	}
	n := 0
	for n < len(s) && n < 7 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	end := byte('.')
	if bracket {
		end = ']'
	}
	if n == 0 || n+2 >= len(s) || s[n] != end || s[n+1] != ' ' {
		return false
	}
	t := strings.TrimLeft(s[n+2:], " ")
	return hasURLScheme(t) || strings.HasPrefix(t, "/") && strings.IndexByte(t, ' ') < 0 // "27. /datenschutz"
}

// hasURLScheme reports whether t starts with a URL scheme and its colon
// ("https:", "mailto:", "file:", "javascript:").
func hasURLScheme(t string) bool {
	for j := 0; j < len(t) && j < 16; j++ {
		c := t[j]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case j > 0 && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-'):
		case j > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// isBareTarget reports whether s is a link target alone, a URL with no
// space (ELinks' line under a titled reference).
func isBareTarget(s string) bool {
	return hasURLScheme(s) && strings.IndexByte(s, ' ') < 0
}

// numberedItem reports whether s starts with a number of up to seven digits
// and ". ", as the lines of a References list do.
func numberedItem(s string) bool {
	n := 0
	for n < len(s) && n < 7 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(s) && s[n] == '.' && s[n+1] == ' '
}

// isLynxDump reports whether a plain-text document is a lynx dump: it ends
// in a References list, or its first lynxScanLines lines hold at least
// lynxMinMarkers link numbers.
func isLynxDump(paras []corpus.Paragraph) bool {
	if len(paras) == 0 || paras[0].Structure != nil {
		return false
	}
	if lynxReferences(paras) < len(paras) {
		return true
	}
	return leadingMarkers(paras, lynxMinMarkers, func(s string, j int) (int, bool) {
		// lynx puts the number before the link's text; a citation
		// ("gezeigt.[12] Die") stands after its words.
		n := linkNumberAt(s, j)
		return n, n > 0 && j+n < len(s) && s[j+n] != ' '
	})
}

// leadingMarkers reports whether the first lynxScanLines paragraphs of a
// plain-text document hold at least need markers that start with a '[':
// marker returns the length of the one at s[i] (0: none) and whether it
// counts.
func leadingMarkers(paras []corpus.Paragraph, need int, marker func(s string, i int) (int, bool)) bool {
	return leadingMarkersAt(paras, '[', need, marker)
}

// leadingMarkersAt is leadingMarkers for markers that start with open.
func leadingMarkersAt(paras []corpus.Paragraph, open byte, need int, marker func(s string, i int) (int, bool)) bool {
	if len(paras) == 0 || paras[0].Structure != nil {
		return false
	}
	n := 0
	for i := range min(len(paras), lynxScanLines) {
		s := paras[i].Text
		for j := 0; ; {
			k := strings.IndexByte(s[j:], open)
			if k < 0 {
				break
			}
			j += k
			m, counts := marker(s, j)
			if m == 0 {
				j++
				continue
			}
			if counts {
				if n++; n >= need {
					return true
				}
			}
			j += m
		}
	}
	return false
}

// linkNumberAt returns the length of the link number ("[12]") at s[i] ==
// '[', or 0 when there is none: one to five digits in brackets.
func linkNumberAt(s string, i int) int {
	j := i + 1
	for j < len(s) && j-i <= 5 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i+1 || j >= len(s) || s[j] != ']' {
		return 0
	}
	return j + 1 - i
}

// delynx returns the paragraphs of a lynx dump with the text of delynxLine
// (of a w3m dump, isBulletDump: debulletLine; of an html2text dump,
// isHTML2TextDump: dehtml2textLine; of an html-to-text dump,
// isBracketDump: debracketLine; of a jaytaylor/html2text dump,
// isParenDump: deparenLine; of reStructuredText, isRSTDump: derstLine; of
// Org, isOrgDump: deorgLine; of AsciiDoc, isAdocDump: deadocLine),
// the copy in *buf (the texts
// share one new string), and the kind of dump. Any other document is
// returned as it is, with noDump.
func delynx(paras []corpus.Paragraph, buf *[]corpus.Paragraph) ([]corpus.Paragraph, dumpKind) {
	var line func(dst []byte, s string) []byte
	var kind dumpKind
	switch {
	case isRSTDump(paras):
		line, kind = derstLine, rstDump
	case isOrgDump(paras):
		line, kind = deorgLine, orgDump
	case isAdocDump(paras):
		line, kind = deadocLine, adocDump
	case isLynxDump(paras):
		line, kind = delynxLine, lynxDump
	case isHordeDump(paras):
		line, kind = delynxLine, hordeDump
	case isBulletDump(paras):
		line, kind = debulletLine, bulletDump
	case isHTML2TextDump(paras):
		line, kind = dehtml2textLine, html2textDump
	case isBracketDump(paras):
		line, kind = debracketLine, bracketDump
	case isParenDump(paras):
		line, kind = deparenLine, parenDump
	default:
		return paras, noDump
	}
	return rewriteTexts(paras, buf, line), kind
}

// dumpKind tells which text browser's dump delynx read a document as.
type dumpKind uint8

const (
	noDump        dumpKind = iota
	lynxDump               // lynx -dump (isLynxDump)
	bulletDump             // w3m -dump (isBulletDump)
	html2textDump          // Debian's html2text (isHTML2TextDump)
	bracketDump            // npm html-to-text (isBracketDump)
	parenDump              // Go's jaytaylor/html2text (isParenDump)
	rstDump                // pandoc's reStructuredText (isRSTDump)
	orgDump                // pandoc's Org (isOrgDump)
	adocDump               // pandoc's AsciiDoc (isAdocDump)
	mwDump                 // pandoc's MediaWiki (isMWDump; textView)
	textileDump            // pandoc's Textile (isTextileDump; textView)
	jiraDump               // pandoc's Jira (isJiraDump; textView)
	hordeDump              // Horde's Html2text (isHordeDump)
)

// delynxLine appends to dst the line s of a lynx dump as a text dump would
// have it: without link numbers ("[19]Dorothea" → "Dorothea") and without
// a leading list bullet ("* ", "+ "), spaces collapsed, trimmed. A line of
// nothing but link numbers keeps them (it is no empty line of the dump).
func delynxLine(dst []byte, s string) []byte {
	return dropMarkers(dst, s, "*+", linkNumberAt)
}

// dropMarkers appends to dst the line s without its leading list bullets
// (any byte of bullets followed by a space) and without the markers that
// marker finds at a '[' (it returns their length, or 0), spaces collapsed,
// trimmed. A line of nothing but markers keeps them (it is no empty line
// of the dump).
func dropMarkers(dst []byte, s, bullets string, marker func(s string, i int) int) []byte {
	return dropMarkersAt(dst, s, bullets, '[', marker)
}

// dropMarkersAt is dropMarkers for markers that start with open.
func dropMarkersAt(dst []byte, s, bullets string, open byte, marker func(s string, i int) int) []byte {
	s = strings.TrimSpace(s)
	for len(s) > 1 && strings.IndexByte(bullets, s[0]) >= 0 && s[1] == ' ' {
		s = strings.TrimLeft(s[1:], " ")
	}
	start := len(dst)
	space := true
	for i := 0; i < len(s); {
		if s[i] == open {
			if n := marker(s, i); n > 0 {
				i += n
				continue
			}
		}
		c := s[i]
		i++
		if c == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		dst = append(dst, c)
	}
	if len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	if len(dst) == start {
		return append(dst, s...)
	}
	return dst
}

// w3m -dump marks every list item with a bullet ("• ", nested "□ ", "◦ ",
// "▪ "), menus and the article's own lists alike; page dumps and extracts
// have few. A document whose first lynxScanLines lines start
// bulletMinLines times with one is read without them (debulletLine).
const bulletMinLines = 10

// isBulletDump reports whether a plain-text document is a w3m-style dump
// (bulletMinLines).
func isBulletDump(paras []corpus.Paragraph) bool {
	return leadingLinesMatch(paras, lynxScanLines, bulletMinLines, func(s string) bool { return bulletLen(s) > 0 })
}

// bulletLen returns the length of the list bullet and spaces s starts with
// ("• ", "□ ", "◦ ", "▪ "), or 0.
func bulletLen(s string) int {
	for _, b := range [...]string{"• ", "□ ", "◦ ", "▪ "} {
		if strings.HasPrefix(s, b) {
			return len(b) + len(s[len(b):]) - len(strings.TrimLeft(s[len(b):], " "))
		}
	}
	return 0
}

// debulletLine appends to dst the line s of a w3m dump without its leading
// bullet, trimmed. A line of nothing but a bullet keeps it.
func debulletLine(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if n := bulletLen(s); n > 0 && n < len(s) {
		s = s[n:]
	}
	return append(dst, s...)
}

// lynxFurniture labels chrome the lines of a lynx dump that stand for no
// text of the page (isLynxPlaceholder): frames ("IFRAME: …", and the
// lines of the frame's wrapped address under it in its block), inserted
// and deleted text markers ("[INS:", ":INS]"), buttons ("(BUTTON) …"),
// form fields ("____________________") and images without a caption
// ("[IMG]", "[photo.jpg]"). The model sees few of them, and took a run of
// advertising frames under an article for its continuation.
func lynxFurniture(paras []corpus.Paragraph, out []Scored) {
	frame := false
	for i := range paras {
		s := strings.TrimSpace(paras[i].Text)
		cont := frame && i > 0 && paras[i].Block == paras[i-1].Block && s != "" && strings.IndexByte(s, ' ') < 0
		frame = strings.HasPrefix(s, "IFRAME:") || cont
		if frame || isLynxPlaceholder(s) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.9}
		}
	}
}

// isLynxPlaceholder reports whether a line of a lynx dump is one lynx
// writes for something that is no text: "IFRAME: …", "(BUTTON) …", a form
// field of underscores, or nothing but bracketed names without spaces
// ("[IMG]", "[logo.png] [INS: :INS]") and inserted/deleted text markers.
func isLynxPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return false
	case strings.HasPrefix(s, "IFRAME:"), strings.HasPrefix(s, "(BUTTON)"):
		return true
	case strings.Trim(s, "_ ") == "" && strings.Count(s, "_") >= 5:
		return true
	}
	for s != "" {
		s = strings.TrimLeft(s, " ")
		switch {
		case s == "":
			return true
		case strings.HasPrefix(s, "[INS:"), strings.HasPrefix(s, "[DEL:"), strings.HasPrefix(s, ":INS]"), strings.HasPrefix(s, ":DEL]"):
			s = s[5:]
		case s[0] == '[':
			end := strings.IndexByte(s, ']')
			if end < 2 || strings.IndexByte(s[:end], ' ') >= 0 {
				return false
			}
			s = s[end+1:]
		default:
			return false
		}
	}
	return true
}

// Debian's html2text prints headings between runs of asterisks ("******
// Grêle à Chablis ******" for <h1>, five for <h2>, four for <h3>), list
// items after "* ", and the spaces of a link's text as underscores
// ("Lire aussi : Vrac_:_le_chablis_se_maintient"). A document whose first
// lynxScanLines lines hold html2textMinHeadings such headings is read
// without the marks (dehtml2textLine).
const html2textMinHeadings = 2

// isHTML2TextDump reports whether a plain-text document is an html2text
// dump (html2textMinHeadings headings among its first lynxScanLines lines).
func isHTML2TextDump(paras []corpus.Paragraph) bool {
	return leadingLinesMatch(paras, lynxScanLines, html2textMinHeadings, func(s string) bool {
		_, ok := html2textHeading(strings.TrimSpace(s))
		return ok
	})
}

// leadingLinesMatch reports whether at least need of the first scan
// paragraphs of a plain-text document (not one read from HTML) match.
func leadingLinesMatch(paras []corpus.Paragraph, scan, need int, match func(string) bool) bool {
	if len(paras) == 0 || paras[0].Structure != nil {
		return false
	}
	n := 0
	for i := range min(len(paras), scan) {
		if match(paras[i].Text) {
			if n++; n >= need {
				return true
			}
		}
	}
	return false
}

// html2textHeading returns the text of an html2text heading, s without the
// runs of three to six asterisks and the space on either side, and true; or
// s and false when s is no such heading.
func html2textHeading(s string) (string, bool) {
	lead := 0
	for lead < len(s) && s[lead] == '*' {
		lead++
	}
	if lead < 3 || lead > 6 || len(s) < 2*lead+3 || s[lead] != ' ' || !strings.HasSuffix(s, " "+s[:lead]) {
		return s, false
	}
	if t := strings.TrimSpace(s[lead : len(s)-lead]); t != "" {
		return t, true
	}
	return s, false
}

// dehtml2textLine appends to dst the line s of an html2text dump as a text
// dump would have it: a heading without its asterisks, a list item without
// its "* ", and the underscores between the words of a link as spaces.
func dehtml2textLine(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if h, ok := html2textHeading(s); ok {
		s = h
	} else if len(s) > 2 && s[0] == '*' && s[1] == ' ' {
		s = strings.TrimLeft(s[1:], " ")
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && i > 0 && i+1 < len(s) && wordByte(s[i-1]) && wordByte(s[i+1]) {
			c = ' '
		}
		dst = append(dst, c)
	}
	return dst
}

// wordByte reports whether c may be part of a word of link text: no space
// and no underscore (a run of underscores is a form field).
func wordByte(c byte) bool { return c != ' ' && c != '_' }

// npm's html-to-text prints every link's target in brackets after its text
// ("Anmelden [https://example.com/login]", "Startseite [/]"), the page's
// headings in capitals ("STROM FAST ÜBERALL ZURÜCK") and list items after
// " * ". A document whose first lynxScanLines lines hold bracketMinTargets
// such targets is read without them and its items without bullets
// (debracketLine).
const bracketMinTargets = 5

// isBracketDump reports whether a plain-text document is an html-to-text
// dump (bracketMinTargets bracketed link targets among its first
// lynxScanLines lines).
func isBracketDump(paras []corpus.Paragraph) bool {
	return leadingMarkers(paras, bracketMinTargets, func(s string, j int) (int, bool) {
		m := bracketTargetAt(s, j)
		return m, m > 0
	})
}

// bracketTargetAt returns the length of the bracketed link target at s[i]
// == '[' ("[https://…]", "[/path]", "[mailto:…]"), or 0: no space inside,
// a URL scheme or a slash first.
func bracketTargetAt(s string, i int) int {
	end := strings.IndexByte(s[i:], ']')
	if end < 2 {
		return 0
	}
	t := s[i+1 : i+end]
	if strings.IndexByte(t, ' ') >= 0 || strings.IndexByte(t, '[') >= 0 || t[0] != '/' && !hasURLScheme(t) {
		return 0
	}
	return end + 1
}

// debracketLine appends to dst the line s of an html-to-text dump as a text
// dump would have it: without its bracketed link targets (a line of nothing
// but targets keeps them) and a leading "* ", spaces collapsed, trimmed.
// Headings keep their capitals: read in sentence case, they lost
// readability-pages 0.0076 of body F1 and the set xt's html-to-text pages
// 0.030.
//
// A long target wraps: the splitter re-joins it with a space where the
// line broke ("[https://…%20mor t%C3%A9…]Text", debracketTargetAt), or
// it goes on in the next paragraph, whose line then starts with the rest
// of it ("ins-on-est-utiles_1276779]interview"; urlTailLen).
func debracketLine(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if n := urlTailLen(s); n > 0 && n < len(s) {
		s = s[n:]
	}
	return dropMarkers(dst, s, "*", debracketTargetAt)
}

// debracketTargetAt is bracketTargetAt that also takes a target that
// starts with a URL's scheme and slashes ("https://", "file://",
// "mailto:") with spaces in it, up to its "]", or to the line's end when
// the target goes on in the next paragraph.
func debracketTargetAt(s string, i int) int {
	if n := bracketTargetAt(s, i); n > 0 {
		return n
	}
	t := s[i+1:]
	if !strings.HasPrefix(t, "http://") && !strings.HasPrefix(t, "https://") && !strings.HasPrefix(t, "file://") && !strings.HasPrefix(t, "mailto:") {
		return 0
	}
	end := strings.IndexByte(t, ']')
	switch {
	case end < 0:
		return len(s) - i // the target goes on in the next paragraph
	case strings.IndexByte(t[:end], '[') >= 0:
		return 0
	}
	return end + 2
}

// urlTailLen returns the length of the end of a link target that a line
// starts with, its "]" included: no space and no "[" before the first "]",
// and a URL's characters ("/", "%", "_", "=", "&", "?") in it; or 0.
func urlTailLen(s string) int {
	end := strings.IndexByte(s, ']')
	if end <= 0 || strings.ContainsAny(s[:end], " [") || !strings.ContainsAny(s[:end], "/%_=&?") {
		return 0
	}
	return end + 1
}

// isBracketTarget reports a line of Horde's list of link targets: a
// number in brackets, a space and a target without spaces ("[12]
// /autor/noelia-castro", "[3] https://…").
func isBracketTarget(s string) bool {
	n := linkNumberAt(s, 0)
	if n == 0 || n+1 >= len(s) || s[n] != ' ' {
		return false
	}
	t := s[n+1:]
	return t != "" && strings.IndexByte(t, ' ') < 0 && (t[0] == '/' || strings.Contains(t, "://") || strings.HasPrefix(t, "mailto:") || t[0] == '#')
}

// isHordeDump reports a page of Horde's Html2text (the text a webmail
// shows of an HTML message): lynxMinMarkers lines or more with a link's
// number right after its text ("Castropol[2]", "Noelia Castro[6] |
// Castropol"), at a word's end, and none before a link's text as lynx
// puts it. (Its "Links:" list under the page is lynxReferences'.) A
// citation stands after a sentence's stop ("gezeigt.[12]"), not after a
// word.
func isHordeDump(paras []corpus.Paragraph) bool {
	before := false
	after := leadingMarkers(paras, lynxMinMarkers, func(s string, j int) (int, bool) {
		n := linkNumberAt(s, j)
		if n == 0 || j == 0 {
			return n, false
		}
		if j+n < len(s) && s[j+n] != ' ' && s[j+n] != ',' && s[j+n] != '.' {
			before = true // lynx's
			return n, false
		}
		c := s[j-1]
		return n, c != ' ' && c != '.' && c != '"' && c != ']'
	})
	return after && !before
}
