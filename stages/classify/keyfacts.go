package classify

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Bounds of keyFactBoxes: a box has keyFactsMinItems items or more, each
// a label of at most keyFactLabelMaxWords words (keyFactLabelMaxRunes
// runes of a script written without spaces) before its colon; the prose
// that goes on under it stands at most keyFactsProseGap lines with text
// below it.
const (
	keyFactsMinItems     = 3
	keyFactLabelMaxWords = 4
	keyFactLabelMaxRunes = 10
	keyFactsProseGap     = 4
	// keyFactsQuoteMaxWords bounds a line of the chain's promo between
	// the article and the box that goes back with the box.
	keyFactsQuoteMaxWords = 20
	// keyFactBareMaxWords bounds a fact without a bullet (isBareKeyFact),
	// keyFactBareMaxBytes its length.
	keyFactBareMaxWords = 14
	keyFactBareMaxBytes = 240
	// keyFactLabelMaxBytes bounds the bytes before a bare fact's colon.
	keyFactLabelMaxBytes = 64
)

// keyFactBoxes gives back to the body a box of key facts inside an
// article or at its end: a list of keyFactsMinItems items or more, without
// links, of which half or more give a fact after a short label and a colon
// ("Betrieb: Montag bis Freitag 6.30 bis 19 Uhr", "现存骑楼建筑：500余栋"),
// perhaps under a short heading ("### Das Wichtigste zur Fähre", or
// without marks: a line of at most eight words that ends no sentence) —
// or, the bullets dropped, keyFactsMinItems lines or more that each give
// a fact so (isBareKeyFact), none with a cue or of a Chinese page's
// furniture, under such a heading without a cue or a time —
// with the article's body right above it (the nearest line with text above
// the box is body, or the one above a line the chain labelled promo, of at
// most keyFactsQuoteMaxWords words: a pull quote, which goes back with the
// box) and prose under it within keyFactsProseGap lines with
// text (the article goes on), or no body under it at all (the box ends
// the article). The model took
// such a box for a promo box or the page's furniture, and the chain
// carried the article below it away with it. md are the page's lines as
// Markdown (list items with their bullets, headings with their marks),
// fs the features of their text; lines of markup alone, empty
// in md, are passed over and take their label with the box.
//
// ending tells which boxes the call looks for: those the article goes on
// under (false), called before detachedBody, which would take the article
// under the box for a cluster of its own, or those that end it (true),
// called after, which would otherwise take the box into the article's
// cluster with what lies under it.
func keyFactBoxes(md []corpus.Paragraph, fs []features.Features, ending bool, out []Scored) {
	n := len(md)
	heading := func(k int) bool {
		return k >= 0 && fs[k].Words <= 8 && (headingLevel(md[k].Text) > 0 || !fs[k].EndsSentence && !fs[k].EndsColon && !isKeyFactItem(md[k].Text) && !isBareKeyFact(md[k].Text))
	}
	// A line with a cue is the page's: a share bar ("Teilen: Facebook"),
	// tags ("Schlagworte: …"), a teaser ("Czytaj także: …").
	cued := func(k int) bool { return fs[k].Cues != [corpus.NumLabels]bool{} }
	// A Chinese line of the page's furniture or a byline has the shape
	// too ("分享：微信 微博", "编辑：王芳").
	bare := func(k int) bool {
		t := md[k].Text
		return isBareKeyFact(t) && !cued(k) && (fs[k].CJK == 0 || cjkLine(t) == cjkNone && !cjkByline(t))
	}
	for i := 0; i < n; i++ {
		var first, last int
		switch {
		case isKeyFactItem(md[i].Text):
			// The run of items, lines of markup alone between them; a
			// box may hold a few items without a label ("• 14 étals,
			// dont 7 producteurs locaux") among those with one, which
			// are half or more.
			items, facts := 0, 0
			first, last = i, i
			for k := i - 1; k >= 0 && isPlainItem(md[k].Text); k-- {
				first = k
				items++
			}
			k := i
			for ; k < n; k++ {
				t := md[k].Text
				if t == "" {
					continue
				}
				if isKeyFactItem(t) {
					facts++
				} else if !isPlainItem(t) {
					break
				}
				last = k
				items++
			}
			i = k
			if items < keyFactsMinItems || facts*2 < items {
				continue
			}
		case hasLabelColon(md[i].Text) && heading(prevText(md, i)) && !cued(prevText(md, i)) && !fs[prevText(md, i)].HasTime && bare(i):
			// A box whose bullets the converter dropped (pdfminer,
			// Qt): every line a fact after its label, under a heading.
			first, last = i, i
			k := i + 1
			for ; k < n && (md[k].Text == "" || bare(k)); k++ {
				if md[k].Text != "" {
					last = k
				}
			}
			i = k
			if countText(md, first, last) < keyFactsMinItems {
				continue
			}
		default:
			continue
		}
		top := prevText(md, first)
		if heading(top) {
			first = top // the box's heading, with Markdown's marks or none
			top = prevText(md, top)
		}
		if top >= 0 && out[top].Label == corpus.Promo && fs[top].Words <= keyFactsQuoteMaxWords && !cued(top) {
			// A pull quote between the article and the box, which the
			// chain carried off with the box.
			if above := prevText(md, top); above >= 0 && out[above].Label == corpus.Body {
				first, top = top, above
			}
		}
		if top < 0 || out[top].Label != corpus.Body || ending && bodyBelow(out, last) || !ending && !proseBelow(md, fs, out, last) {
			continue
		}
		for j := first; j <= last; j++ {
			if out[j].Label != corpus.Body {
				out[j] = Scored{Label: corpus.Body, Score: 0.6}
			}
		}
	}
}

// proseBelow reports a line of prose (a sentence of eight words or more,
// or of sixteen wide characters; or a line of four words or more that
// announces what follows with a colon) within keyFactsProseGap lines with
// text under line last, a table's delimiter rows aside; an author's bio,
// which the passes before have labelled so, is none (the model's comment
// may be the article the chain carried away), nor a subscription's offer
// with its price (isPricedOffer).
func proseBelow(md []corpus.Paragraph, fs []features.Features, out []Scored, last int) bool {
	seen := 0
	for k := last + 1; k < len(md) && seen < keyFactsProseGap; k++ {
		if md[k].Text == "" || md[k].Text == "|---|" {
			continue
		}
		seen++
		if out[k].Label == corpus.Bio || isPricedOffer(md[k].Text) {
			continue
		}
		f := &fs[k]
		if (f.Words >= 8 || f.CJK >= 16) && f.EndsSentence || (f.Words >= 4 || f.CJK >= 8) && f.EndsColon && !isKeyFactItem(md[k].Text) {
			return true
		}
	}
	return false
}

// bodyBelow reports whether a line under line last is body: a box with
// none under it ends the article.
func bodyBelow(out []Scored, last int) bool {
	for k := last + 1; k < len(out); k++ {
		if out[k].Label == corpus.Body {
			return true
		}
	}
	return false
}

// itemText returns the text of a list item after its bullet ("- ", "* ",
// "• ") and true, or false for a line that is none.
func itemText(s string) (string, bool) {
	for _, b := range [...]string{"- ", "* ", "• "} {
		if rest, ok := strings.CutPrefix(s, b); ok {
			return rest, true
		}
	}
	return "", false
}

// isPlainItem reports a list item without a link ("* 14 étals, dont 7
// producteurs locaux"): a related story's item is a link to it.
func isPlainItem(s string) bool {
	rest, ok := itemText(s)
	return ok && !strings.Contains(rest, "](") && strings.TrimSpace(rest) != ""
}

// countText returns the lines with text in md[first : last+1].
func countText(md []corpus.Paragraph, first, last int) int {
	n := 0
	for k := first; k <= last; k++ {
		if md[k].Text != "" {
			n++
		}
	}
	return n
}

// isKeyFactItem reports a list item that gives a fact after a short label
// and a colon: "- Überfahrt: etwa vier Minuten", "- 现存骑楼建筑：500余栋",
// "• Samstag, 10 Uhr: Eröffnung".
func isKeyFactItem(s string) bool {
	rest, ok := itemText(s)
	return ok && isKeyFact(rest)
}

// isBareKeyFact reports a line that gives a fact after a short label and
// a colon without a list's bullet ("Plass: 14 personar"): no more than
// keyFactBareMaxWords words, no sentence's end inside the label.
func isBareKeyFact(s string) bool {
	// Most lines are told apart by their length or by having no colon
	// near their start, after a short label; the words are counted last.
	if s == "" || len(s) > keyFactBareMaxBytes {
		return false
	}
	if !hasLabelColon(s) {
		return false
	}
	if _, ok := itemText(s); ok {
		return false
	}
	return isKeyFact(s) && fieldCount(s) <= keyFactBareMaxWords
}

// hasLabelColon reports a colon, ASCII or full width, within the first
// keyFactLabelMaxBytes bytes of s, after which no label of a fact ends.
func hasLabelColon(s string) bool {
	head := s[:min(len(s), keyFactLabelMaxBytes)]
	return strings.IndexByte(head, ':') >= 0 || strings.Contains(head, "：")
}

// isKeyFact reports a list item's text that gives a fact after a short
// label and a colon.
func isKeyFact(rest string) bool {
	label, value, ok := strings.Cut(rest, ":")
	if k := strings.Index(rest, "："); k >= 0 && (!ok || k < len(label)) {
		label, value, ok = rest[:k], rest[k+len("："):], true
	}
	if !ok || strings.TrimSpace(value) == "" || strings.TrimSpace(label) == "" || strings.ContainsAny(label, "[](){}<>") {
		return false
	}
	if fieldCount(label) > keyFactLabelMaxWords {
		return false
	}
	if utf8.RuneCountInString(label) > keyFactLabelMaxRunes && !strings.Contains(label, " ") {
		return len(label) <= 2*keyFactLabelMaxRunes // a word of Latin letters
	}
	return true
}

// keyFactHeadings are the headings of an article's box of key facts,
// lower-cased: "Das Wichtigste in Kürze", "Las claves", "L'essentiel".
var keyFactHeadings = map[string]bool{
	"das wichtigste": true, "das wichtigste in kürze": true, "in kürze": true, "auf einen blick": true,
	"das müssen sie wissen": true, "in zahlen": true,
	"lo más importante": true, "las claves": true, "claves": true, "en cifras": true, "en resumen": true,
	"l'essentiel": true, "l’essentiel": true, "en bref": true, "en pratique": true, "à retenir": true, "en chiffres": true,
	"najważniejsze": true, "najważniejsze informacje": true, "w skrócie": true, "w liczbach": true,
	"key facts": true, "key points": true, "at a glance": true, "the essentials": true, "in numbers": true,
	"要点": true, "直播要点": true, "要點": true, "直播要點": true, "重点": true, "重點": true,
	"repères": true, "chiffres clés": true, "les chiffres clés": true, "zahlen und fakten": true, "die fakten": true,
	"datos clave": true, "los datos": true, "en datos": true, "fakty": true, "najważniejsze fakty": true,
}

// keyFactHeadingStarts marks the first bytes of keyFactHeadings.
var keyFactHeadingStarts = func() (set [256]bool) {
	for h := range keyFactHeadings {
		set[h[0]] = true
	}
	return set
}()

// keyFactHeading reports a heading of keyFactHeadings, its colon and
// case aside.
func keyFactHeading(text string, buf *[noticeMaxBytes]byte) bool {
	if len(text) > 40 || text == "" || !keyFactHeadingStarts[lowerASCII(text[0])] {
		return false
	}
	low := lowerRunesInto(buf[:0], strings.TrimRight(text, " :："))
	return keyFactHeadings[string(low)]
}

// Bounds of namedFactBoxes: keyFactsMinItems-1 to namedFactsMaxItems
// items under the heading, each at most namedFactMaxWords words.
const (
	namedFactsMaxItems = 8
	namedFactMaxWords  = 20
)

// namedFactBoxes labels body a box of key facts under a heading that
// names it (keyFactHeadings), right under the article's body, under a
// paywall's offer under it (underOffer) or under its head's byline and
// date (underHead), or itself labelled body: the heading
// and its items, short lines (at most namedFactMaxWords words) without a
// cue or a link, that the model took for a promo box or furniture. Its
// items need no colon: "Das Mittelstück ist um 15:52 Uhr eingesetzt
// worden", "Séances du mardi au dimanche". The box ends at a heading
// (md, the page's Markdown), a question (a poll's), a lone time (a live
// blog's next entry) or a line that names a newsletter. Called after
// detachedBody, which would take the box and what lies under it for the
// article.
func namedFactBoxes(paras, md []corpus.Paragraph, fs []features.Features, out []Scored) {
	var buf [noticeMaxBytes]byte
	for h := 1; h < len(paras); h++ {
		if fs[h].Words > 4 || out[h-1].Label != corpus.Body && out[h].Label != corpus.Body && !underOffer(out, fs, h) && !underHead(out, fs, h) || !keyFactHeading(paras[h].Text, &buf) {
			continue
		}
		k := h + 1
		for k < len(paras) && k-h <= namedFactsMaxItems {
			f := &fs[k]
			t := paras[k].Text
			if t == "" || f.Words > namedFactMaxWords || len(t) > keyFactBareMaxBytes ||
				f.Cues != [corpus.NumLabels]bool{} || f.HasURL || f.HasEmail || f.HasHandle || keyFactHeading(t, &buf) ||
				headingLevel(md[k].Text) > 0 || strings.HasSuffix(t, "?") || isLoneTime(t) || newsletterLine(t) {
				break // the next box's heading, a poll's question, a live blog's time
			}
			k++
		}
		if k-h-1 < keyFactsMinItems-1 {
			continue
		}
		for i := h; i < k; i++ {
			if out[i].Label != corpus.Body {
				out[i] = Scored{Label: corpus.Body, Score: 0.6}
			}
		}
		h = k - 1
	}
}

// factsOfferMaxLines and factsOfferMaxWords bound the paywall's box
// between the article and a box of key facts that underOffer reads;
// headMaxLines and headMaxWords the byline and date lines between the
// article's lead and the box that underHead reads.
const (
	factsOfferMaxLines = 3
	factsOfferMaxWords = 20
	headMaxLines       = 3
	headMaxWords       = 12
)

// underOffer reports a line right under a paywall's offer (at most
// factsOfferMaxLines short lines labelled promo) under the article's
// body: the article goes on under the offer (articleAfterOffer).
func underOffer(out []Scored, fs []features.Features, h int) bool {
	return underBodyPast(out, fs, h, factsOfferMaxLines, factsOfferMaxWords, func(l corpus.Label) bool { return l == corpus.Promo })
}

// underHead reports a line right under the article's head: at most
// headMaxLines short lines labelled bio or chrome (a byline, a date, an
// update's time) under a line labelled body (the lead).
func underHead(out []Scored, fs []features.Features, h int) bool {
	return underBodyPast(out, fs, h, headMaxLines, headMaxWords, func(l corpus.Label) bool { return l == corpus.Bio || l == corpus.Chrome })
}

// underBodyPast reports whether body stands above line h past one to
// maxLines lines of at most maxWords words whose labels are past's.
func underBodyPast(out []Scored, fs []features.Features, h, maxLines, maxWords int, past func(corpus.Label) bool) bool {
	for k := h - 1; k >= 0 && k >= h-1-maxLines; k-- {
		switch {
		case out[k].Label == corpus.Body:
			return k < h-1
		case !past(out[k].Label) || fs[k].Words > maxWords:
			return false
		}
	}
	return false
}
