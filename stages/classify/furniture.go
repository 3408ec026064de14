package classify

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Lines of page furniture whose shape the taxonomy settles whatever their
// neighbours are: a date or a time alone on its line ("16h35", "4:47 pm",
// "14 de agosto de 2026") is chrome, and so is a photo credit ("Foto:
// Velonord/Ingo Hartmann", "Fot. Paweł Mazur", "Crédit photo : …") and the
// caption just above it. Inside an article, the Viterbi pass pulls such
// short lines into the run of body around them (a live blog's entry times,
// the caption of a photo between two paragraphs), and in languages whose
// words the model does not read it has nothing else to tell them by.
// lineFurniture gives them back to chrome after decoding.

// captionMaxWords is the longest caption, in words, that a credit line
// below it takes out of the body.
const captionMaxWords = 30

// creditMaxWords is the longest photo credit line, in words.
const creditMaxWords = 12

// creditCaptionMaxWords is the longest caption, in words, that ends with
// its photo's credit ("… Foto: Jens Hartwig/dpa"; hasCreditTail), and
// creditBodyMaxWords the longest such caption the model called body: a
// longer paragraph of the article may end with an agency's tag.
const (
	creditCaptionMaxWords = 45
	creditBodyMaxWords    = 35
)

// insideBody reports whether the paragraphs on both sides of i are body:
// a line there belongs to the article ("Abonnement" as a subheading).
func insideBody(out []Scored, i int) bool {
	return i > 0 && i+1 < len(out) && out[i-1].Label == corpus.Body && out[i+1].Label == corpus.Body
}

// isTagList reports a line of tags whose tags are a list: two separators
// or more after the colon and no tag of more than tagMaxWords words
// ("Themen: Rente, Migration, Wirtschaft" and "Tagi: I liga, piłka nożna"
// are lists; "Themen: Rente, Migration, Wirtschaft – die Positionen der
// Parteien im Überblick" and "Kategorie: Bester Film" are the article's).
func isTagList(text string) bool {
	_, rest, _ := strings.Cut(text, ":")
	if strings.Count(rest, ",")+strings.Count(rest, "·")+strings.Count(rest, "|") < 2 {
		return false
	}
	words, inWord := 0, false
	for _, r := range rest {
		switch {
		case r == ',' || r == '·' || r == '|':
			words, inWord = 0, false
		case r == ' ':
			inWord = false
		case !inWord:
			inWord = true
			if words++; words > tagMaxWords {
				return false
			}
		}
	}
	return true
}

// tagMaxWords is the longest tag, in words, of a line of tags inside the
// article's run of body.
const tagMaxWords = 4

// loneDateMaxWords is the longest lone date lineFurniture relabels:
// "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m."
const loneDateMaxWords = 14

// stampMaxWords is the longest dateline or share bar lineFurniture reads.
const stampMaxWords = 16

// lineFurniture relabels as chrome the paragraphs that the taxonomy calls
// chrome by their shape alone: a lone date, time or reading time labelled
// body or bio, and a dateline (a place and such parts, isStampLine) or a
// bar of share buttons (isShareBar) labelled body or bio; a share bar or
// an advertisement label labelled bio, and an advertisement label labelled
// promo without a promo cue ("Sponsored" has one); a line
// of tags or topics ("Schlagworte: …", "Archivado en: …") labelled body,
// bio or promo; a gallery's picture counter ("5 of
// 24") labelled body, bio or promo; a photo credit, whatever the model
// called it but comment, and the caption above it (captionAbove); a caption
// that ends with its credit ("… Foto: Jens Hartwig/dpa", "… / EFE / Natxo
// Francés"; hasCreditTail), whatever the model called it but comment. And
// a subscription button ("Abo", "S'abonner", "Kup Premium za 1 zł";
// isSubscribeLine) is promo, whatever the model called it but comment.
func lineFurniture(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := range out {
		l := out[i].Label
		if l == corpus.Comment {
			continue
		}
		f := &fs[i]
		text := paras[i].Text
		if isMarkupLine(text) {
			// "<div style=…><img …>" left in a text dump: markup, never
			// the article's text.
			out[i] = Scored{Label: corpus.Chrome, Score: 0.9}
			continue
		}
		if f.Words <= creditMaxWords && isPhotoCredit(text) {
			out[i] = Scored{Label: corpus.Chrome, Score: max(out[i].Score, 0.8)}
			captionAbove(paras, fs, out, i)
			continue
		}
		if l != corpus.Promo && f.Words <= 8 && !insideBody(out, i) && isSubscribeLine(text) {
			out[i] = Scored{Label: corpus.Promo, Score: 0.7}
			continue
		}
		if l != corpus.Promo && f.Digits > 0 && f.Words <= offerMaxWords && !insideBody(out, i) && isPricedOffer(text) {
			out[i] = Scored{Label: corpus.Promo, Score: 0.7}
			continue
		}
		if l != corpus.Promo && f.Words <= trialMaxWords && !insideBody(out, i) && isTrialOffer(text) {
			out[i] = Scored{Label: corpus.Promo, Score: 0.7}
			continue
		}
		if l == corpus.Chrome {
			continue
		}
		if f.Words <= creditCaptionMaxWords && !(l == corpus.Body && f.Words > creditBodyMaxWords) && (hasCreditTail(text) || hasCapsCredit(text) || hasCopyrightCredit(text) || hasLabelledNameTail(text)) {
			out[i] = Scored{Label: corpus.Chrome, Score: max(out[i].Score, 0.8)}
			continue
		}
		switch {
		case l != corpus.Promo && f.Digits > 0 && (f.Words <= 8 && (isLoneTime(text) || isReadingTime(text)) || f.Words <= loneDateMaxWords && isLoneDate(text)):
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
		case l == corpus.Bio && (f.Cues[corpus.Chrome] && !f.Cues[corpus.Bio] && (f.Separators >= 1 || f.Words <= 4 && (f.Words == 1 || !isNameLine(text, f)) && !f.HasURL && !f.HasHandle && !strings.ContainsAny(text, ":(") && !hasAgencyWord(text)) ||
			f.Words <= 2 && isAdLabel(text) || !f.Cues[corpus.Bio] && isCrumbTrail(text)):
			// "Teilen: Facebook · LinkedIn · E-Mail", "Udostępnij",
			// "Publicidad", "Accueil › Marseille": a share bar, an
			// advertisement label or a breadcrumb trail by the byline,
			// not a part of it.
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
		case (l == corpus.Bio || l == corpus.Body) && f.Words <= stampMaxWords && (f.Digits > 0 && isStampLine(text) || isShareBar(text)):
			// "Villarrasa, 27/11/2026 - 14:05h", "Teilen · Drucken ·
			// Merken": a dateline or a share bar by the byline.
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
		case l == corpus.Promo && f.Words <= shareBarMaxWords && isSharingBar(text):
			// "Partager cet article : Facebook · LinkedIn · E-mail" under
			// the article: share buttons, which the taxonomy calls
			// chrome, not an invitation to follow the site (promo).
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
		case l == corpus.Promo && f.Words <= 2 && !f.Cues[corpus.Promo] && isAdLabel(text):
			// "Advertisement", "REKLAMA", "Publicité" between the article's
			// paragraphs or above a box: the label is chrome.
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
		case isTagLine(text) && (l != corpus.Body || isTagList(text) || hasStrongTagHead(text)), f.Words <= hashtagMaxWords && isHashtagLine(text):
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
		case f.Words <= 4 && f.Digits > 0 && isPictureCounter(text):
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
		}
	}
}

// markupTags are the HTML elements whose tags, left in a text dump, open a
// line of markup.
var markupTags = []string{"div", "img", "span", "script", "iframe", "noscript", "style", "link", "meta", "table", "a", "p", "br", "input", "form", "svg", "ins"}

// isMarkupLine reports a line of HTML markup left in a text dump: it opens
// with a tag of markupTags ("<div style=…>", "<img width=1 …>") and closes a
// tag ('>').
func isMarkupLine(text string) bool {
	if len(text) < 3 || text[0] != '<' || strings.IndexByte(text, '>') < 0 {
		return false
	}
	for _, t := range markupTags {
		if len(text) > len(t)+1 && strings.EqualFold(text[1:1+len(t)], t) {
			if c := text[1+len(t)]; c == ' ' || c == '>' || c == '/' {
				return true
			}
		}
	}
	return false
}

// shareBarMaxWords is the most words of a share bar the model called promo
// that lineFurniture looks at ("Partager cet article : Facebook · LinkedIn ·
// E-mail" has 8): teasers, the most of promo lines, are longer.
const shareBarMaxWords = 8

// captionAbove relabels chrome the caption of the photo whose credit is
// paragraph i: the one-sentence paragraph just above the credit, when the
// article goes on on both sides of the two (a photo inside the article; a
// credit at the end of the article is the top photo's, and the paragraph
// above it the article's last), when a gallery's picture counter ("2 of
// 24") is above it, or when the model called it promo (no body is lost).
func captionAbove(paras []corpus.Paragraph, fs []features.Features, out []Scored, i int) {
	j := i - 1
	if j < 0 || !isCaption(paras[j].Text, &fs[j]) {
		return
	}
	inside := j > 0 && i+1 < len(out) && out[i+1].Label == corpus.Body && out[j-1].Label == corpus.Body
	gallery := j > 0 && isPictureCounter(paras[j-1].Text)
	if out[j].Label == corpus.Body && (inside || gallery) || out[j].Label == corpus.Promo {
		out[j] = Scored{Label: corpus.Chrome, Score: 0.7}
	}
}

// isCaption reports a paragraph shaped like a photo caption: one sentence
// of 3 to captionMaxWords words, no final colon, and no double quotation
// marks (a quote with its attribution, "…," added Zhang., is the article's;
// guillemets also set off titles: « La Dernière Saison »).
func isCaption(text string, f *features.Features) bool {
	if f.Words < 3 || f.Words > captionMaxWords || f.EndsColon || strings.ContainsAny(text, "\"“”„") {
		return false
	}
	// One sentence: no sentence end before the last few characters.
	body := strings.TrimRight(text, " .!?)")
	return !hasInnerSentenceEnd(body)
}

// hasInnerSentenceEnd reports a full stop, question or exclamation mark
// followed by a space and an upper-case letter: the end of a sentence
// inside the text (not "Dr. med", "2.150" or "U.S.").
func hasInnerSentenceEnd(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if s[i+1] == ' ' {
				r, _ := utf8.DecodeRuneInString(s[i+2:])
				if unicode.IsUpper(r) {
					return true
				}
			}
		}
	}
	return false
}

// minBodyWordsAbove is how many words of body must come before a comment
// heading or the heading of a list of other stories for commentSection or
// promoLists to open a section there: a "Comments" button or a "Related"
// link above the article opens none.
const minBodyWordsAbove = 80

// commentMaxHeadingWords is the longest comment heading, counter or prompt
// that opens a comment section, in words.
const commentMaxHeadingWords = 8

// commentSection labels comment the comment section under an article that
// the model called chrome: from a short line with a comment cue or shaped
// like a comment heading or counter ("Komentarze (14)", "Comentarios",
// "Opinie czytelników (3)", "Join the conversation") below enough of the
// article, whatever the model called it but body, the lines the model
// called chrome and those it called promo that carry a comment cue (the
// form's prompt, "Para comentar debes estar registrado"), up to a line with
// a chrome or promo cue, a URL, an e-mail address or two separators (a
// footer, a related list), a line the model labelled anything else, or a
// run of three short lines (three words at most) without a comment cue
// after the heading: a menu, whose first two lines go back to chrome if
// this pass had made them comment. When a footer's line ends the section,
// two or more short lines just above it are the footer's too and go back
// to chrome. A heading that opens no section (its first lines end it) does
// not stop the search for the next.
func commentSection(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	bodyWords := 0
	for i := 0; i < n; i++ {
		if out[i].Label == corpus.Body {
			bodyWords += fs[i].Words
			continue
		}
		if bodyWords < minBodyWordsAbove || fs[i].Words > commentMaxHeadingWords || !(fs[i].Cues[corpus.Comment] || isCommentHeading(paras[i].Text)) {
			continue
		}
		if end := openComments(fs, out, i); end > i+1 {
			return // one comment section per page
		}
	}
}

// openComments labels the comment section that starts with the heading at
// start (commentSection) and returns where it ends.
func openComments(fs []features.Features, out []Scored, start int) int {
	n := len(out)
	short := 0
	var changed [2]bool // whether the last two lines were made comment here
	for j := start; j < n; j++ {
		f := &fs[j]
		l := out[j].Label
		cue := j == start || f.Cues[corpus.Comment]
		if l == corpus.Body || l != corpus.Chrome && l != corpus.Comment && !cue {
			return j
		}
		if !cue && (f.Cues[corpus.Chrome] || f.Cues[corpus.Promo] || f.HasURL || f.HasEmail || f.Separators >= 2) {
			if short >= 2 {
				for k := 0; k < 2; k++ {
					if changed[k] {
						out[j-2+k] = Scored{Label: corpus.Chrome, Score: 0.5}
					}
				}
			}
			return j
		}
		if !cue && f.Words <= 3 {
			if short++; short == 3 {
				// A menu: give back its first two lines.
				for k := 0; k < 2; k++ {
					if changed[k] {
						out[j-2+k] = Scored{Label: corpus.Chrome, Score: 0.5}
					}
				}
				return j - 2
			}
		} else {
			short = 0
		}
		changed[0] = changed[1]
		changed[1] = l != corpus.Comment
		if l != corpus.Comment {
			out[j] = Scored{Label: corpus.Comment, Score: 0.6}
		}
	}
	return n
}

// promoHeadingMaxWords is the longest heading of a list of other stories.
const promoHeadingMaxWords = 5

// teaserMaxWords is the longest teaser headline in such a list.
const teaserMaxWords = 30

// promoLists labels promo the lists of other stories that the model called
// chrome: a heading of such a list (isPromoHeading, or a short line with a
// promo cue) below enough of the article, and the teasers under it (lines
// of 3 to teaserMaxWords words not ending in a full stop, or lines with a
// promo cue: an app or newsletter prompt closing the list) that the model
// called chrome, up to the first line that is neither.
func promoLists(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	// listItem reports a line of the list under a heading: one the model
	// labelled chrome or promo, with a promo cue or shaped like a teaser.
	listItem := func(j int) bool {
		g := &fs[j]
		if out[j].Label != corpus.Chrome && out[j].Label != corpus.Promo {
			return false
		}
		teaser := g.Words >= 3 && g.Words <= teaserMaxWords && !strings.HasSuffix(paras[j].Text, ".") && !g.Cues[corpus.Chrome] && !g.Cues[corpus.Comment] && !g.Cues[corpus.Bio]
		return teaser || g.Cues[corpus.Promo]
	}
	bodyWords := 0
	for i := 0; i < n; i++ {
		f := &fs[i]
		if out[i].Label == corpus.Body {
			bodyWords += f.Words
			continue
		}
		// A heading with no list under it is none: the line under it is
		// looked at first, before the heading's shape, whose test folds
		// the line.
		if bodyWords < minBodyWordsAbove || out[i].Label == corpus.Comment || i+1 == n || !listItem(i+1) {
			continue
		}
		if !isPromoHeading(paras[i].Text, f) && !(f.Cues[corpus.Promo] && f.Words <= promoHeadingMaxWords) {
			continue
		}
		j := i + 2
		for j < n && listItem(j) {
			j++
		}
		for k := i; k < j; k++ {
			if out[k].Label != corpus.Promo {
				out[k] = Scored{Label: corpus.Promo, Score: 0.6}
			}
		}
		i = j - 1
	}
}

// bridgeMaxRun is the longest run of lines between two body paragraphs that
// bridgeBody gives to the body.
const bridgeMaxRun = 20

// bridgeMinLogProb is the log of the body probability every line of such a
// run must have.
var bridgeMinLogProb = float32(math.Log(0.2))

// bridgeBody labels body the runs of lines that the model called chrome,
// promo or bio between two of its body paragraphs when every line of the
// run is somewhat likely body on its own (p(body) ≥ 0.2; never a person's
// name of two words or more called bio: a byline), carries no cue phrase
// and is not a lone date, time or photo credit: the ingredients of a
// recipe, a match's line-ups, the items of a list inside the article, its
// subheadings.
func bridgeBody(paras []corpus.Paragraph, fs []features.Features, cue []int8, logp []float32, out []Scored) {
	n := len(out)
	for a := 1; a < n; a++ {
		if out[a].Label == corpus.Body || out[a-1].Label != corpus.Body {
			continue
		}
		b := a
		for b < n && out[b].Label != corpus.Body && b-a <= bridgeMaxRun {
			b++
		}
		if b >= n || b-a > bridgeMaxRun {
			a = b
			continue
		}
		ok := true
		for k := a; k < b && ok; k++ {
			f := &fs[k]
			ok = out[k].Label != corpus.Comment && cue[k] < 0 && logp[k*corpus.NumLabels+int(corpus.Body)] >= bridgeMinLogProb &&
				!(out[k].Label == corpus.Bio && f.Words >= 2 && isNameLine(paras[k].Text, f)) &&
				!(f.Digits > 0 && (isLoneTime(paras[k].Text) || isLoneDate(paras[k].Text))) && !isPhotoCredit(paras[k].Text)
		}
		if ok {
			for k := a; k < b; k++ {
				out[k] = Scored{Label: corpus.Body, Score: exp32(logp[k*corpus.NumLabels+int(corpus.Body)])}
			}
		}
		a = b
	}
}

// listMaxItems is the longest list colonLists gives to the body.
const listMaxItems = 20

// colonLists labels body a list that belongs to the article: a line ending
// in a colon just below the article's text or a live ticker's time stamp
// under it ("Die Polizei rät:", "衞生防護中
// 心建議市民：", "最后一轮主要比赛结果：") and the items under it: numbered
// or bulleted lines, or lines ending in a semicolon, which the model called
// chrome (or body: the list goes on past them), or the rows of a table of results (isResultLine: "浙江 1:2 上海海
// 港"), which it called chrome or promo. The items must carry no cue phrase
// and the list must end before the page does. raw are the page's own lines
// (paras may be a dump's view, its bullets taken out).
func colonLists(paras, raw []corpus.Paragraph, fs []features.Features, cue []int8, out []Scored) {
	n := len(out)
	for i := 1; i+1 < n; i++ {
		f := &fs[i]
		if !f.EndsColon || f.Words < 2 || cue[i] >= 0 || !bodyAbove(paras, fs, out, i) {
			continue
		}
		j := i + 1
		for j < n && j-i <= listMaxItems && cue[j] < 0 && ((out[j].Label == corpus.Chrome || out[j].Label == corpus.Body || out[j].Label == corpus.Promo) && (isListLine(paras[j].Text) || isListLine(raw[j].Text)) ||
			(out[j].Label == corpus.Chrome || out[j].Label == corpus.Promo) && isResultLine(paras[j].Text, &fs[j])) {
			j++
		}
		if j == i+1 || j-i > listMaxItems {
			continue
		}
		for k := i; k < j; k++ {
			out[k] = Scored{Label: corpus.Body, Score: 0.6}
		}
		i = j - 1
	}
}

// bodyAbove reports whether the paragraph above paragraph i is body, or a
// lone time (a live ticker's stamp: "14:50") with body above it; a date
// there stands above a list of other stories as often.
func bodyAbove(paras []corpus.Paragraph, fs []features.Features, out []Scored, i int) bool {
	if out[i-1].Label == corpus.Body {
		return true
	}
	stamp := fs[i-1].Digits > 0 && isLoneTime(paras[i-1].Text)
	return stamp && i >= 2 && out[i-2].Label == corpus.Body
}

// isResultLine reports a row of a table of results or figures: a short
// line (at most 12 words) with a score or a figure in it ("浙江 1:2 上海海
// 港", "Wesertal – Hohenau 2:1", "Turnout: 64.2%"), not a sentence, a date
// or a time.
func isResultLine(text string, f *features.Features) bool {
	return f.Digits > 0 && f.Words <= 12 && !f.EndsSentence && !f.HasURL && !f.HasEmail && !f.HasTime &&
		!isLoneDate(text) && !isLoneTime(text)
}

// hasAgencyWord reports a short line with a news agency's name as a word
// ("Anna Schmidt, dpa", "Claire Vasseur AFP"): a byline's credit, not a
// share bar.
func hasAgencyWord(text string) bool {
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == '|' }) {
		if len(w) <= 8 {
			var buf [8]byte
			b := buf[:0]
			for k := 0; k < len(w); k++ {
				b = append(b, lowerASCII(w[k]))
			}
			if creditAgencies[string(b)] {
				return true
			}
		}
	}
	return false
}

// runningHeads labels chrome the first and the last line of a page when
// they are the same line: a running header printed again as the footer, as
// a manual page rendered by man or mandoc has its title ("Fougères : le
// chantier du beffroi … | Le Courrier du Couesnon()") above and below the
// page. The model read the header, which repeats the headline, as body.
func runningHeads(paras []corpus.Paragraph, out []Scored) {
	n := len(paras)
	if n < 3 {
		return
	}
	first, last := strings.TrimSpace(paras[0].Text), strings.TrimSpace(paras[n-1].Text)
	if first == "" || first != last {
		return
	}
	out[0] = Scored{Label: corpus.Chrome, Score: 0.8}
	out[n-1] = Scored{Label: corpus.Chrome, Score: 0.8}
}

// pageNumbers labels chrome the page counts of a paginated rendering ("--
// 1 of 3 --", pdf-parse's; isPageMark) and its page numbers (groff's -ms
// and -man output, a PDF's text): a line of nothing but a
// number of up to four digits, or one between dashes ("- 2 -"), between
// lines that are no numbers (isNumericCell) one of which at least is a
// sentence or a line of pageNumberWords words, with no other number within
// pageNumberListSpan lines: a page breaks in the article's prose. A number in a table printed one cell per line stands
// between its row's cells and keeps its label.
func pageNumbers(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	prose := func(j int) bool { return fs[j].EndsSentence || fs[j].Words >= pageNumberWords }
	for i := range paras {
		// A page's count between dashes or after "Page" ("-- 1 of 3
		// --", "Page 2 of 5") is the rendering's wherever it stands (a
		// bare "1 of 3" may count a gallery's pictures).
		if t := paras[i].Text; fs[i].Digits > 0 && (strings.HasPrefix(t, "-") && strings.HasSuffix(t, "-") || strings.HasPrefix(t, "Page ")) && !isPageNumber(t) && isPageMark(t) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
		}
	}
	for i := 1; i+1 < len(paras); i++ {
		if !isPageNumber(paras[i].Text) || isNumericCell(paras[i-1].Text) || isNumericCell(paras[i+1].Text) {
			continue
		}
		list := false // a numbered list's numbers, each over its item
		for k := max(0, i-pageNumberListSpan); k < len(paras) && k <= i+pageNumberListSpan; k++ {
			if k != i && isPageNumber(paras[k].Text) {
				list = true
			}
		}
		if list {
			continue
		}
		if prose(i-1) || prose(i+1) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
		}
	}
}

// pageNumberListSpan is how many lines around a page number pageNumbers
// looks for another number, which makes them a numbered list's ("1" /
// headline / "2" / headline).
const pageNumberListSpan = 4

// pageNumberWords is the fewest words of a line of prose beside a page
// number (pageNumbers).
const pageNumberWords = 6

// isPageNumber reports a page number: up to four digits, perhaps between
// dashes ("12", "- 12 -").
func isPageNumber(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) >= 5 && strings.HasPrefix(s, "- ") && strings.HasSuffix(s, " -") {
		s = strings.TrimSpace(s[2 : len(s)-2])
	}
	if s == "" || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// Bounds of footerMenus: a menu has footerMenuMinItems items or more, each
// at most footerItemMaxWords words and footerItemMaxBytes bytes.
const (
	footerMenuMinItems = 3
	footerItemMaxWords = 4
	footerItemMaxBytes = 40
)

// footerMenus labels chrome the menus of links on one line below the
// article's last body line ("Tentang Kami · Hubungi Kami · Dasar Privasi",
// "Amdanom ni | Cysylltu | Preifatrwydd") that the model, which does not
// read the words of most languages, took for a promo box: footerMenuMinItems
// short items or more between " · " or " | ", none a network's name (a
// line of networks to follow is promo) and none with a digit.
func footerMenus(paras []corpus.Paragraph, out []Scored) {
	last := -1
	for i := range out {
		if out[i].Label == corpus.Body {
			last = i
		}
	}
	if last < 0 {
		return
	}
	for i := last + 1; i < len(paras); i++ {
		if out[i].Label == corpus.Promo && isFooterMenu(paras[i].Text) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.6}
		}
	}
}

// isFooterMenu reports a line of footerMenuMinItems short items or more
// between " · " or " | " (footerMenus), not under a promo heading.
func isFooterMenu(text string) bool {
	sep := " · "
	if strings.Count(text, sep) < footerMenuMinItems-1 {
		sep = " | "
		if strings.Count(text, sep) < footerMenuMinItems-1 {
			return false
		}
	}
	if k := strings.IndexAny(text, ":："); k > 0 {
		// "热门推荐：…", "More from us: …": a list of stories.
		head := features.Features{Words: fieldCount(text[:k])}
		if isPromoHeading(text[:k], &head) || cjkLine(text[:k]) == cjkPromoHeading {
			return false
		}
	}
	items := 0
	var buf [footerItemMaxBytes]byte
	for it := range strings.SplitSeq(text, sep) {
		it = strings.TrimSpace(it)
		if it == "" || len(it) > footerItemMaxBytes || fieldCount(it) > footerItemMaxWords || strings.ContainsAny(it, "0123456789|·") ||
			shareNetworks[string(lowerInto(buf[:0], it))] {
			return false
		}
		items++
	}
	return items >= footerMenuMinItems
}
