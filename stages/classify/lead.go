package classify

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Plain text that starts with its headline (an article extract, as the
// seeds' scrapers save them) looks to the model like the page-title line
// that starts every page dump it was trained on, which the taxonomy calls
// chrome. leadHeadline gives such a headline back to the body.

// leadMaxGap is how many paragraphs after the headline the model's first
// body paragraph may start.
const leadMaxGap = 4

// leadMaxKickers is how many short lines (a section name, a date) may stand
// above the headline.
const leadMaxKickers = 2

// leadHeadline labels body the headline at the start of a plain-text
// document when the model did not, out being the model's labels. The
// headline is the first paragraph after at most leadMaxKickers short lines
// above it (a section name, a date: at most 3 words, 4 with a digit, or 6
// around " | "); it must be shaped like a headline (3 to 30 words, no URL,
// e-mail, final colon, cue phrase or two separators: a menu on one line),
// the model's body must start at most leadMaxGap paragraphs after it, and
// no paragraph down to the model's first body paragraph may repeat it (then
// it is a page title and the repetition the headline, as in a page dump:
// "Title | Site", ..., "Title"). Between the
// headline and the body, a paragraph of prose (8 words or more, ending a
// sentence, no time, no cue, not bio) is the standfirst and becomes body
// too; bylines and dates keep the model's labels.
func (m *Model) leadHeadline(paras []corpus.Paragraph, s *modelScratch, out []Scored) {
	first := firstBody(out)
	if first <= 0 {
		return
	}
	rs := &s.rs
	kicker := func(i int) bool {
		f := &rs.fs[i]
		return f.Words <= 3 || (f.Words <= 4 && f.Digits > 0) || (f.Words <= 6 && strings.Contains(paras[i].Text, " | "))
	}
	shaped := func(i int) bool {
		f := &rs.fs[i]
		// Two separators or more make a menu on one line ("Rheinweser
		// Zeitung | Bremen · Niedersachsen · Sport"), the first line of a
		// dump without its title line.
		return rs.cue[i] < 0 && f.Words >= 3 && f.Words <= 30 && !f.HasURL && !f.HasEmail && !f.EndsColon && f.Separators < 2
	}
	h := 0
	for h < first && h < leadMaxKickers && kicker(h) {
		h++
	}
	if h >= first || !shaped(h) || first-h > leadMaxGap {
		return
	}
	// A headline-shaped line of 6 words or more (not a byline: "Door Sanne
	// de Vries", "Tomasz Grzelak, Sportowy Serwis") closer to the body, or
	// the model's first body paragraph itself so shaped, is the headline; the first line is then
	// the site's name, a tagline or a menu (dumpHeadline looks up from the
	// body instead).
	for i := h + 1; i <= first; i++ {
		if out[i].Label != corpus.Bio && rs.fs[i].Words >= 6 && headlineShaped(paras[i].Text, &rs.fs[i], rs.cue[i]) {
			return
		}
	}
	rs.first.set(paras[h].Text)
	for i := h + 1; i <= first; i++ {
		if rs.fs[i].Words < 3 {
			continue
		}
		rs.cand.set(paras[i].Text)
		if overlap(&rs.first, &rs.cand) >= 0.6 {
			return
		}
	}
	out[h] = Scored{Label: corpus.Body, Score: 0.7}
	for i := h + 1; i < first; i++ {
		f := &rs.fs[i]
		if out[i].Label != corpus.Bio && rs.cue[i] < 0 && f.Words >= 8 && f.EndsSentence && !f.HasTime {
			out[i] = Scored{Label: corpus.Body, Score: 0.6}
		}
	}
}

// dumpMaxAbove is how many paragraphs above the model's first body
// paragraph dumpHeadline looks for the headline: 12 reaches over a byline,
// a date, a comment count, a captioned photo and a share bar (5 before the
// sixth session; 12 took 0.0015 of article-extraction CV, all of it in
// headlines and standfirsts that the benchmark's gold leaves out and the
// taxonomy calls body, for xe 0.976 → 0.986 and cjk 0.893 → 0.899).
const dumpMaxAbove = 12

// dumpMaxShort is how many short lines (3 words at most, no digit) a
// headline may stand above: more are a menu, and the line above a menu is
// the page's title, which the taxonomy calls chrome.
const dumpMaxShort = 3

// standfirstMinLogProb is the log of the body probability a line between
// titleRepeat's headline and the body needs to be taken for a standfirst:
// captions, disclaimers and teasers there are unlikely body.
var standfirstMinLogProb = float32(math.Log(0.1))

// titleHeadlineReach is how far above the model's first body paragraph the
// headline that titleRepeat found may stand for dumpHeadline to take it.
const titleHeadlineReach = 12

// dumpBylineMaxWords is the longest line labelled bio that dumpHeadline
// passes over as a byline without a bio cue phrase; a longer one may be the
// headline the model took for a byline.
const dumpBylineMaxWords = 8

// dumpHeadline labels body the headline above the article in a page dump
// (site name, menus, then the article), out being the model's labels after
// leadHeadline. Looking up from the model's first body paragraph, it passes
// over bylines (labelled bio), lines of at most 3 words (or 6 with a digit
// or a chrome cue: a reading time, a share bar; more than dumpMaxShort
// such lines without a digit or a chrome cue are a menu, and it stops), lines of at most 16
// words with a time or that are a date, Chinese and Japanese furniture and
// bylines (cjkLine, cjkByline: "本报记者 郑浩", which the CJK pass labels
// later), photo captions that end with their credit (hasCreditTail,
// hasCapsCredit), and prose (a standfirst: 8 words or more ending a
// sentence); the first other paragraph, within dumpMaxAbove, is the
// headline if the model called it chrome, it is shaped like one
// (headlineShaped) and the paragraph above it is not (then both are
// teasers; so is a headline the model called promo above another promo
// line that is no standfirst) unless it is a standfirst without a full stop (isDeck), or,
// in Chinese and Japanese, a longer second headline line over a byline or
// a date (a deck). A standfirst between it and the body becomes body too.
// When the model's body starts with the headline itself, a standfirst
// without a full stop under it (isDeck) that the model called chrome
// becomes body (article-extraction CV −0.0007: the benchmark's gold leaves
// out one such standfirst, which the taxonomy calls body).
//
// title is the headline titleRepeat found (the line repeating the page's
// title), or -1. When there is one above the model's body, it is the
// headline (labelled body when it stands within titleHeadlineReach
// paragraphs of the body, with the standfirsts between: prose of 8 words
// or more ending a sentence, no cue or time, not called bio and at least
// 10% likely body) and no other line is searched for. (Without the
// standfirsts the benchmark's text CV, whose gold leaves them out, was
// 0.0007 higher; the blind sets xj and xk, labelled by the taxonomy, which
// calls them body, lost 0.005 of body F1 each.)
func (m *Model) dumpHeadline(paras []corpus.Paragraph, s *modelScratch, out []Scored, title int) {
	first := firstBody(out)
	if first <= 0 {
		return
	}
	rs := &s.rs
	if title >= 0 && title < first {
		if first-title <= titleHeadlineReach {
			out[title] = Scored{Label: corpus.Body, Score: 0.6}
			// The standfirsts between it and the body, not a line the
			// model called bio (an author's sentence under a headline).
			for j := title + 1; j < first; j++ {
				g := &rs.fs[j]
				if out[j].Label != corpus.Bio && rs.cue[j] < 0 && g.Words >= 8 && g.EndsSentence && !g.HasTime &&
					s.logp[j*corpus.NumLabels+int(corpus.Body)] >= standfirstMinLogProb {
					out[j] = Scored{Label: corpus.Body, Score: 0.6}
				}
			}
		}
		return // the headline is known: no other line above the body is
	}
	if n := len(out); first+1 < n && out[first+1].Label == corpus.Chrome && rs.cue[first+1] < 0 &&
		headlineShaped(paras[first].Text, &rs.fs[first], rs.cue[first]) && isDeck(paras[first].Text, paras[first+1].Text) {
		// The model's body starts with the headline: the standfirst under it.
		out[first+1] = Scored{Label: corpus.Body, Score: 0.6}
		return
	}

	short, meta, boxed := 0, false, false
	for i := first - 1; i >= 0 && i >= first-dumpMaxAbove; i-- {
		f := &rs.fs[i]
		text := paras[i].Text
		if isTrail(text) {
			return // the breadcrumb trail stands above the headline
		}
		byline := out[i].Label == corpus.Bio && (f.Words <= dumpBylineMaxWords || rs.cue[i] == int8(corpus.Bio)) ||
			out[i].Label != corpus.Body && (rs.cue[i] == int8(corpus.Bio) && f.Words <= dumpBylineMaxWords || // "Written by Delphine Arkwright"
				strings.Contains(text, ", ") && isNameLine(text, f)) // "Fenella Marchetti, Retail Correspondent"
		if !byline && f.Words <= 3 && f.Digits == 0 && !f.HasTime && f.CJK == 0 && !f.Cues[corpus.Chrome] && rs.cue[i] < 0 {
			if short++; short > dumpMaxShort {
				return // a menu: what stands above it is the page's title
			}
		}
		if byline || f.Words <= 3 || f.Words <= 6 && f.Digits > 0 || f.Cues[corpus.Chrome] && f.Words <= 6 ||
			f.Words <= 16 && (f.HasTime && hasClock(text) || isLoneDate(text)) || f.CJK > 0 && (cjkLine(text) != cjkNone || cjkByline(text)) ||
			out[i].Label != corpus.Body && (hasCreditTail(text) || hasCapsCredit(text) || hasCopyrightCredit(text)) {
			meta = meta || byline || f.HasTime || isLoneDate(text) || f.CJK > 0 && cjkByline(text)
			continue
		}
		if k := promoBoxAbove(paras, rs, i); k >= 0 && out[i].Label != corpus.Body {
			i, boxed = k, true // a box of other stories inside the article: pass over it
			continue
		}
		if out[i].Label == corpus.Body || out[i].Label == corpus.Comment || !headlineShaped(text, f, rs.cue[i]) {
			// Prose between the headline and the body: a standfirst,
			// if a headline comes above it.
			if f.Words >= 8 && f.EndsSentence && rs.cue[i] < 0 && i > 0 {
				continue
			}
			return
		}
		if i > 0 && headlineShaped(paras[i-1].Text, &rs.fs[i-1], rs.cue[i-1]) {
			// Two headline lines over a byline or a date are a headline and
			// its deck, the longer ("3万人奔跑在滨江畔 2024临海马拉松鸣枪开跑"
			// over "男子全马冠军成绩2小时11分38秒 本土选手刷新赛会纪录"; in
			// other scripts a deck of 12 words or more that is no caption);
			// a list of teasers stands right above the article.
			if (isDeck(paras[i-1].Text, text) || meta && len(text) > len(paras[i-1].Text) && (f.CJK > 0 && rs.fs[i-1].CJK > 0 || f.Words >= 12 && !strings.HasSuffix(text, ")") && !hasCreditTail(text))) && (i < 2 || !headlineShaped(paras[i-2].Text, &rs.fs[i-2], rs.cue[i-2])) && (meta || !headlineShaped(paras[first].Text, &rs.fs[first], rs.cue[first])) {
				// A standfirst without a full stop under its headline, the
				// line above, which the tests for bylines and dates must not
				// pass over ("Kingsbury Athletic 3-2 Oldcastle United").
				if out[i-1].Label == corpus.Bio && (rs.fs[i-1].CJK == 0 && rs.fs[i-1].Words <= dumpBylineMaxWords || rs.fs[i-1].CJK > 0 && utf8.RuneCountInString(paras[i-1].Text) <= 10) {
					continue // under a byline: an account's or an author's description
				}
				if boxed && !meta {
					return // above a box of other stories, only a headline with its byline or date
				}
				out[i] = Scored{Label: corpus.Body, Score: 0.6}
				headlineAt(paras, rs, out, i-1, first)
				return
			}
			return // one of a list of headlines: a teaser list
		}
		if out[i].Label == corpus.Promo && (i+1 < first && out[i+1].Label == corpus.Promo && !isStandfirst(paras[i+1].Text, &rs.fs[i+1]) || rs.fs[i].Cues[corpus.Chrome]) {
			return // a teaser above another promo line: a teaser list
		}
		if boxed && !meta {
			return // above a box of other stories, only a headline with its byline or date
		}
		headlineAt(paras, rs, out, i, first)
		return
	}
}

// promoBoxMaxItems is the most headlines of a box of other stories that
// dumpHeadline passes over.
const promoBoxMaxItems = 4

// promoBoxAbove returns the heading of a box of other stories that
// paragraph i, a headline, belongs to ("延伸阅读", "Lesen Sie auch" above at
// most promoBoxMaxItems headlines), or -1.
func promoBoxAbove(paras []corpus.Paragraph, rs *ruleScratch, i int) int {
	if !headlineShaped(paras[i].Text, &rs.fs[i], rs.cue[i]) {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-promoBoxMaxItems; k-- {
		text := paras[k].Text
		if isPromoHeading(text, &rs.fs[k]) || rs.fs[k].CJK > 0 && cjkLine(text) == cjkPromoHeading {
			return k
		}
		if !headlineShaped(text, &rs.fs[k], rs.cue[k]) {
			return -1
		}
	}
	return -1
}

// headlineAt labels body the headline h above the body starting at first,
// and the standfirsts between them: prose of 8 words or more ending a
// sentence, no time, no cue phrase, not labelled bio unless 12 words or
// more long (a byline is shorter).
func headlineAt(paras []corpus.Paragraph, rs *ruleScratch, out []Scored, h, first int) {
	out[h] = Scored{Label: corpus.Body, Score: 0.6}
	for j := h + 1; j < first; j++ {
		g := &rs.fs[j]
		if (out[j].Label != corpus.Bio || g.Words >= 12) && rs.cue[j] < 0 && g.Words >= 8 && g.EndsSentence && !g.HasTime {
			out[j] = Scored{Label: corpus.Body, Score: 0.6}
		}
	}
}

// hasClock reports a time of day in text ("21:15", "8:05"): the
// extractor's HasTime also takes scores such as "31:27" for one.
func hasClock(text string) bool {
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
			continue
		}
		j := i
		for j < len(text) && j-i < 8 && (isDigit(text[j]) || text[j] == ':' || text[j] == 'h') {
			j++
		}
		var buf [8]byte
		if isClock(buf[:copy(buf[:], text[i:j])], false) {
			return true
		}
	}
	return false
}

// isStandfirst reports a sentence of prose under a headline: 8 words or
// more ending a sentence or with a final full stop (Chinese included).
func isStandfirst(text string, f *features.Features) bool {
	return f.Words >= 8 && (f.EndsSentence || endsFullStop(text))
}

// isDeck reports whether text, under the headline-shaped line above it, is
// the article's standfirst rather than the next headline of a list: longer
// than the line above and in clauses, a Chinese or Japanese sentence with a
// full-width comma ("前三季度小微企业贷款增长12.4% 融资成本降至历史低位" above
// "多家银行加大首贷、信用贷投放力度，但部分小微企业反映……"), or a sentence of
// 13 words or more with a comma that does not end in a bracket or a photo
// credit (a caption). Standfirsts usually end with a full stop, and then
// are prose for dumpHeadline; these do not.
func isDeck(above, text string) bool {
	if len(text) <= len(above) || hasCreditTail(text) || hasCapsCredit(text) {
		return false
	}
	if strings.Contains(text, "，") || strings.Contains(text, "、") || strings.Contains(text, "——") || strings.Contains(text, "；") {
		return true
	}
	// A Latin-script standfirst: a long sentence in clauses, not a caption
	// closed by its credit in brackets ("… Tuesday. (Manu Fernandez/AP)").
	return strings.Contains(text, ", ") && strings.Count(text, " ") >= 12 && !strings.HasSuffix(text, ")")
}

// headlineShaped reports a paragraph of 4 to 30 words without a final full
// stop, colon, URL or cue: a headline, or a teaser's.
func headlineShaped(text string, f *features.Features, cue int8) bool {
	return cue < 0 && f.Words >= 4 && f.Words <= 30 && !f.HasURL && !f.HasEmail && !f.EndsColon && !endsFullStop(text) &&
		f.Separators == 0 && !isTrail(text) // not a menu or a breadcrumb trail
}

// isTrail reports a breadcrumb trail or a section line: "News > Local",
// "Strona główna » Wiadomości » Komunikacja", "Accueil › Société",
// "Piłka nożna / I liga". French quotation marks are no trail: « C'est un
// scandale » (the normaliser makes their no-break spaces plain).
func isTrail(text string) bool {
	if strings.Contains(text, "«") {
		return strings.Contains(text, " > ") || strings.Contains(text, " › ")
	}
	if strings.HasSuffix(text, " ›") || strings.HasSuffix(text, " »") || strings.HasSuffix(text, " >") {
		return true // the trail's last step: "ソフトウェア一般 ›"
	}
	return strings.Contains(text, " > ") || shortParts(text, " / ", 4) || strings.Contains(text, " » ") || strings.Contains(text, " › ") || strings.Contains(text, " ＞ ")
}

// isCrumbTrail reports a breadcrumb trail of "›", "»" or ">" steps, not a
// section line with slashes, which a byline's date and source share
// ("November 20, 2019 / 1:07 AM / CBS News").
func isCrumbTrail(text string) bool {
	return !strings.Contains(text, " / ") && isTrail(text)
}

// shortParts reports whether sep splits text into two or more parts of at
// most maxWords words each: "Piłka nożna / I liga", not "Ukraine / Russie :
// les négociations reprennent à Genève".
func shortParts(text, sep string, maxWords int) bool {
	if !strings.Contains(text, sep) {
		return false
	}
	for part := range strings.SplitSeq(text, sep) {
		if strings.Count(strings.TrimSpace(part), " ") >= maxWords || !strings.ContainsFunc(part, unicode.IsLetter) {
			return false // a long part, or a number: a picture counter, "1 / 5"
		}
	}
	return true
}

// endsFullStop reports a text that ends with a full stop ("." or "。"),
// closing quotes and brackets aside: prose, not a headline.
func endsFullStop(text string) bool {
	t := strings.TrimRight(text, " \"”’»)]'」』）")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "。")
}

// bylineUnderHeadline labels bio a bare name between the headline (the
// first body paragraph, or the standfirst under it) and the article's text
// below it, which the model
// called chrome, when the line below the name is a short line (8 words at
// most, not body) with a date or a time: "Lucía Fernández" above
// "Almendralejo - 28/11/2026 - 14:05", the byline of an extract that gives
// the author's name alone (a company or a topic under the headline,
// "Alibaba Cloud", has no date under it). A name is 2 to 4 capitalised
// words, not in capitals ("SAN SEBASTIÁN"), without digits, colon, bar,
// separators, slash, ">" or "&" (not a breadcrumb trail or a section:
// "Economía > Vivienda", "Environnement / Climat"), and without a chrome
// cue ("Facebook X LinkedIn"). Nothing changes when a line the model
// called bio is already there.
func bylineUnderHeadline(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	h := firstBody(out)
	if h < 0 {
		return
	}
	if h+2 < len(out) && out[h+1].Label == corpus.Body && out[h+2].Label != corpus.Body {
		h++ // the standfirst under the headline
	}
	for i := h + 1; i < len(out) && i <= h+bylineMaxBelow && out[i].Label != corpus.Body; i++ {
		if out[i].Label == corpus.Bio {
			return // the byline is there
		}
		f := &fs[i]
		next := i + 1
		dated := next < len(out) && out[next].Label != corpus.Body && fs[next].Words <= 8 &&
			(isLoneDate(paras[next].Text) || isLoneTime(paras[next].Text) || fs[next].HasTime)
		if dated && out[i].Label == corpus.Chrome && f.Words >= 2 && !f.Cues[corpus.Chrome] && f.Separators == 0 &&
			f.Upper < f.Letters/2 && !strings.ContainsAny(paras[i].Text, ">/&") && isNameLine(paras[i].Text, f) {
			out[i] = Scored{Label: corpus.Bio, Score: 0.6}
			return
		}
	}
}

// bylineMaxBelow is how many paragraphs below the headline a bare name may
// stand to be its byline.
const bylineMaxBelow = 3

// bylineAboveDate labels bio the byline over the article's dateline and
// chrome the dateline, in the lines under the headline (the first body
// paragraph) and its standfirst, when the model called the byline body
// (and the dateline anything but bio): a short
// line (2 to bylineMaxWords words, no digit, no sentence) over a short
// line with a date or a time in any script ("3 ga Disamba, 2026", "প্রকাশ:
// ০২ ডিসেম্বর ২০২৬, ১০:৩০", isDateline), with body prose under them. In a
// language it has no words of, the model took "Daga Aminu Sani
// Dutsin-Ma" or "Qore: Cabdiraxmaan Aadan Nuur" for the article's first
// lines; the shape of a byline over its date is the same in every
// language.
func bylineAboveDate(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	h := firstBody(out)
	if h < 0 {
		return
	}
	for i := h + 1; i+2 < len(out) && i <= h+bylineMaxBelow; i++ {
		if out[i].Label == corpus.Bio {
			return // the byline is there
		}
		f := &fs[i]
		words := shapedWords(paras[i].Text, f)
		if out[i].Label != corpus.Body || words < 2 || words > bylineMaxWords || f.Digits > 0 || f.EndsSentence {
			continue
		}
		if !isDateline(paras[i+1].Text, &fs[i+1]) || out[i+1].Label == corpus.Bio {
			continue
		}
		prose := false
		for k := i + 2; k < len(out) && k <= i+4; k++ {
			if out[k].Label == corpus.Body && fs[k].EndsSentence && shapedWords(paras[k].Text, &fs[k]) >= tickerMinWords {
				prose = true
				break
			}
		}
		if prose {
			out[i] = Scored{Label: corpus.Bio, Score: 0.6}
			out[i+1] = Scored{Label: corpus.Chrome, Score: 0.6}
		}
		return
	}
}

// bylineMaxWords is the longest byline bylineAboveDate reads, in words.
const bylineMaxWords = 6

// isDateline reports a short line (8 words at most) with a clock time or
// two runs of digits of any script: a date, perhaps with a time.
func isDateline(text string, f *features.Features) bool {
	if shapedWords(text, f) > 8 || f.Digits == 0 {
		return false
	}
	if f.HasTime {
		return true
	}
	runs, in := 0, false
	for _, r := range text {
		d := unicode.IsDigit(r)
		if d && !in {
			runs++
		}
		in = d
	}
	return runs >= 2
}
