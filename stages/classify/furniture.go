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

// lineFurniture relabels as chrome the paragraphs labelled body that are a
// lone date or time, a photo credit, or a one-sentence caption directly
// above a photo credit.
func lineFurniture(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := range out {
		l := out[i].Label
		if l != corpus.Body && l != corpus.Bio {
			continue
		}
		f := &fs[i]
		text := paras[i].Text
		switch {
		case f.Words <= 8 && f.Digits > 0 && (isLoneTime(text) || isLoneDate(text) || isReadingTime(text)):
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
		case l == corpus.Bio && f.Cues[corpus.Chrome] && !f.Cues[corpus.Bio] && f.Separators >= 2:
			// "Teilen: Facebook · LinkedIn · E-Mail": a share bar under
			// the byline, not a part of it.
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
		case l == corpus.Bio:
		case f.Words <= creditMaxWords && isPhotoCredit(text):
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
			if j := i - 1; j >= 0 && out[j].Label == corpus.Body && isCaption(paras[j].Text, &fs[j]) {
				out[j] = Scored{Label: corpus.Chrome, Score: 0.7}
			}
		}
	}
}

// readingTimeUnits are the words after the number of a reading time
// ("4 min read", "Lesezeit: 4 Min.", "Czas czytania: 6 min").
var readingTimeUnits = map[string]bool{"min": true, "mins": true, "minutes": true, "minuten": true, "minutos": true, "minuti": true, "minut": true, "minuty": true, "minuut": true, "minuten.": true}

// isReadingTime reports a reading time on its own line: at most five words,
// one of them a number directly followed by a unit of minutes.
func isReadingTime(text string) bool {
	fields := strings.Fields(strings.ToLower(text))
	if len(fields) > 6 {
		return false
	}
	for k := 0; k+1 < len(fields); k++ {
		if allDigits(fields[k]) && readingTimeUnits[strings.TrimRight(fields[k+1], ".")] {
			return true
		}
	}
	return false
}

// isCaption reports a one-sentence paragraph of a caption's length.
func isCaption(text string, f *features.Features) bool {
	if f.Words < 3 || f.Words > captionMaxWords || f.EndsColon {
		return false
	}
	// One sentence: no sentence end before the last few characters.
	body := strings.TrimRight(text, " .!?)»\"”’")
	return !strings.ContainsAny(body, ".!?") || !hasInnerSentenceEnd(body)
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

// creditWords start a photo credit when a colon, a full stop, a slash or
// "by" follows them ("Foto: …", "Fot. …", "Photo by …"), folded to lower
// case.
var creditWords = map[string]bool{
	"foto": true, "fotos": true, "fot": true, "photo": true, "photos": true, "photograph": true,
	"photography": true, "picture": true, "pictures": true, "image": true, "images": true,
	"bild": true, "bilder": true, "crédit": true, "crédits": true, "credit": true, "credits": true,
	"crédito": true, "créditos": true, "fotografía": true, "fotografia": true, "imagen": true,
	"imagem": true, "zdjęcie": true, "zdjęcia": true, "fotó": true, "afbeelding": true,
}

// isPhotoCredit reports a photo credit line: a credit word followed by a
// colon, full stop, slash or "by", optionally after "crédit photo" /
// "photo credit"-style pairs of such words.
func isPhotoCredit(text string) bool {
	s := strings.TrimSpace(text)
	// Up to two credit words ("Crédit photo :", "Photo credit:").
	for k := 0; k < 2; k++ {
		w, rest := firstWordLower(s)
		if !creditWords[w] {
			return false
		}
		rest = strings.TrimLeft(rest, " ")
		switch {
		case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "."), strings.HasPrefix(rest, "/"),
			strings.HasPrefix(rest, "©"), strings.HasPrefix(rest, "by "), strings.HasPrefix(rest, "von "),
			strings.HasPrefix(rest, "de "), strings.HasPrefix(rest, "par "):
			return len(rest) > 2
		}
		s = rest
	}
	return false
}

// firstWordLower returns the first word of s (letters only), lower-cased,
// and the rest of s after it.
func firstWordLower(s string) (word, rest string) {
	end := 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += size
	}
	return strings.ToLower(s[:end]), s[end:]
}

// timeSuffixes may follow a time of day on its line.
var timeSuffixes = []string{"uhr", "h", "am", "pm", "a.m.", "p.m.", "cet", "cest", "gmt", "bst", "et", "utc"}

// isLoneTime reports a line that is only a time of day: "20:15", "16h35",
// "4:47 pm", "21.02 Uhr".
func isLoneTime(text string) bool {
	s := strings.ToLower(strings.TrimSpace(text))
	for _, suf := range timeSuffixes {
		if t, ok := strings.CutSuffix(s, suf); ok && (len(t) < len(s)) {
			if t2 := strings.TrimRight(t, " "); t2 != "" && isDigit(t2[len(t2)-1]) {
				s = t2
				break
			}
		}
	}
	return isClock(s)
}

// isClock reports "H:MM", "HH:MM", "HhMM" or "HH.MM" (and ":SS" after).
func isClock(s string) bool {
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i == 0 || i >= len(s) || (s[i] != ':' && s[i] != 'h' && s[i] != '.') {
		return false
	}
	rest := s[i+1:]
	if len(rest) != 2 && !(len(rest) == 5 && rest[2] == ':') {
		return false
	}
	return isDigit(rest[0]) && isDigit(rest[1]) && (len(rest) == 2 || isDigit(rest[3]) && isDigit(rest[4]))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// dateJoiners are the words that may join the parts of a date on a line of
// its own ("14 de agosto de 2026", "le 30/06/2026 à 21:34" is a
// comment's date and is labelled by its section, not here).
var dateJoiners = map[string]bool{
	"de": true, "del": true, "of": true, "the": true, "at": true, "um": true, "à": true, "a": true,
	"o": true, "le": true, "el": true, "am": true, "den": true, "r": true, "roku": true, "godz": true,
	"updated": true, "published": true, "uhr": true, "h": true, "pm": true,
	// time zones
	"utc": true, "gmt": true, "et": true, "est": true, "edt": true, "pst": true, "pdt": true, "cet": true,
	"cest": true, "bst": true, "ist": true,
}

// weekdays are weekday names that may lead a date.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"poniedziałek": true, "wtorek": true, "środa": true, "czwartek": true, "piątek": true, "sobota": true, "niedziela": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true,
}

// isLoneDate reports a line that is only a date, perhaps with a weekday and
// a time: every word is a number, a month or weekday name, a time or a
// joining word, and there is a month name or a numeric date (12.05.2026,
// 2026-05-12, 12/05/2026).
func isLoneDate(text string) bool {
	fields := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == ',' || r == '|' || r == '·' || r == '–' || r == '—'
	})
	if len(fields) == 0 || len(fields) > 8 {
		return false
	}
	dated := false
	for _, w := range fields {
		w = strings.TrimSuffix(w, ".")
		switch {
		case w == "":
		case dateKind([]byte(w)) == dateMonth:
			dated = true
		case isNumericDate(w):
			dated = true
		case isClock(w), allDigits(w), weekdays[w], dateJoiners[w]:
		default:
			return false
		}
	}
	return dated
}

// isNumericDate reports d.m.yyyy, dd/mm/yyyy, yyyy-mm-dd and the like:
// three groups of digits joined by one separator, one of them of four
// digits.
func isNumericDate(w string) bool {
	for _, sep := range []string{".", "/", "-"} {
		parts := strings.Split(w, sep)
		if len(parts) != 3 {
			continue
		}
		four := false
		ok := true
		for _, p := range parts {
			if !allDigits(p) || len(p) > 4 {
				ok = false
				break
			}
			four = four || len(p) == 4
		}
		if ok && four {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// commentMinBodyWords is how many words of body must come before a comment
// heading for commentSection to open a comment section there.
const commentMinBodyWords = 80

// commentMaxHeadingWords is the longest comment heading, counter or prompt
// that opens a comment section, in words.
const commentMaxHeadingWords = 8

// commentSection labels comment the comment section under an article that
// the model called chrome: from a short line with a comment cue ("Komentarze
// (14)", "Comentarios", "Opinie czytelników (3)", "Join the conversation")
// below enough of the article, the lines the model called chrome, up to a
// line with a chrome or promo cue (a footer, a related list), a line the
// model labelled anything but chrome or comment, or a run of three short
// lines without a comment cue (a menu).
func commentSection(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	bodyWords := 0
	start := -1
	for i := 0; i < n; i++ {
		if out[i].Label == corpus.Body {
			bodyWords += fs[i].Words
			continue
		}
		if bodyWords >= commentMinBodyWords && fs[i].Words <= commentMaxHeadingWords && (fs[i].Cues[corpus.Comment] || isCommentHeading(paras[i].Text)) {
			start = i
			break
		}
	}
	if start < 0 {
		return
	}
	short := 0
	for j := start; j < n; j++ {
		f := &fs[j]
		l := out[j].Label
		if l != corpus.Chrome && l != corpus.Comment {
			return
		}
		cue := f.Cues[corpus.Comment]
		if !cue && (f.Cues[corpus.Chrome] || f.Cues[corpus.Promo]) {
			return
		}
		if !cue && f.Words <= 3 {
			if short++; short == 3 {
				// A menu: give its first two lines back.
				for k := j - 2; k < j; k++ {
					out[k] = Scored{Label: corpus.Chrome, Score: 0.5}
				}
				return
			}
		} else {
			short = 0
		}
		if l == corpus.Chrome {
			out[j] = Scored{Label: corpus.Comment, Score: 0.6}
		}
	}
}

// commentHeadingWords are the words of comment-section headings and counters
// in the languages of the stop lists' largest users: "Comentarios (3)",
// "Commentaires (4)", "Opinie czytelników (3)", "Leserkommentare". Numbers
// and brackets around them may go with them.
var commentHeadingWords = map[string]bool{
	"comments": true, "comment": true, "responses": true, "discussion": true, "reader": true, "readers": true,
	"kommentare": true, "kommentar": true, "leserkommentare": true, "diskussion": true, "leserbriefe": true,
	"commentaires": true, "commentaire": true, "réactions": true, "réaction": true, "vos": true,
	"comentarios": true, "comentario": true, "los": true, "lectores": true, "opiniones": true,
	"komentarze": true, "komentarzy": true, "komentarz": true, "opinie": true, "czytelników": true,
	"commenti": true, "commento": true, "comentários": true, "comentário": true, "reacties": true,
	"reactie": true, "lezers": true, "komentáře": true, "diskuse": true, "комментарии": true,
	"des": true, "lecteurs": true, "de": true, "der": true, "leser": true, "dei": true, "lettori": true,
	"dos": true, "leitores": true,
}

// commentHeadingAnchors are the words of which a comment heading must hold
// one (the others only join them).
var commentHeadingAnchors = map[string]bool{
	"comments": true, "comment": true, "responses": true, "kommentare": true, "kommentar": true,
	"leserkommentare": true, "commentaires": true, "commentaire": true, "réactions": true,
	"comentarios": true, "comentario": true, "komentarze": true, "komentarzy": true, "komentarz": true,
	"commenti": true, "commento": true, "comentários": true, "comentário": true, "reacties": true,
	"komentáře": true, "комментарии": true, "opinie": true, "leserbriefe": true,
}

// isCommentHeading reports a comment-section heading or counter: at most
// four words, each a word of commentHeadingWords or a number (brackets
// aside), one of them an anchor.
func isCommentHeading(text string) bool {
	fields := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == '(' || r == ')' || r == '[' || r == ']' || r == ':' || r == '·' || r == '|'
	})
	if len(fields) == 0 || len(fields) > 4 {
		return false
	}
	anchor := false
	for _, w := range fields {
		switch {
		case allDigits(w):
		case commentHeadingAnchors[w]:
			anchor = true
		case commentHeadingWords[w]:
		default:
			return false
		}
	}
	return anchor
}

// promoHeadings start the headings of lists of other stories ("Related",
// "Más noticias", "Zobacz także", "Sur le même sujet"), folded to lower
// case, in English and the languages of the stop lists' largest users. A
// heading may go on after the phrase ("Mehr aus Lindenau", "Más de
// baloncesto") for up to promoHeadingMaxWords words in all.
var promoHeadings = []string{
	"related", "more stories", "more news", "more from", "more in ", "more on ", "read more", "read next",
	"you may also like", "you might also like", "recommended", "most read", "most popular", "trending",
	"top stories", "latest news", "editor's picks", "editors' picks", "don't miss", "see also", "also read",
	"further reading", "more articles", "popular now", "in other news",
	"mehr zum thema", "mehr aus", "mehr von", "mehr zu ", "mehr nachrichten", "mehr artikel", "mehr ",
	"weitere artikel", "weitere nachrichten", "weitere meldungen", "weitere themen", "weitere ",
	"das könnte sie auch interessieren", "auch interessant", "lesen sie auch", "empfehlungen", "meistgelesen",
	"top-themen", "top themen", "neueste artikel", "zum weiterlesen", "verwandte artikel", "passend dazu",
	"à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "sur le meme sujet", "les plus lus",
	"les plus lues", "articles les plus lus", "à voir aussi", "voir aussi", "vous aimerez aussi",
	"vous pourriez aimer", "dans la même rubrique", "plus d'articles", "plus d'infos", "à découvrir",
	"dernières actualités", "articles similaires", "ces articles peuvent vous intéresser", "recommandé pour vous",
	"más noticias", "lo más leído", "lo más visto", "más leídas", "más leído", "más vistos", "noticias relacionadas",
	"te puede interesar", "también te puede interesar", "quizás te interese", "lee también", "ver también",
	"otras noticias", "últimas noticias", "relacionados", "artículos relacionados", "más de ", "más sobre",
	"otras columnas", "otros artículos",
	"zobacz także", "zobacz też", "czytaj także", "czytaj też", "polecamy", "najczęściej czytane",
	"najpopularniejsze", "więcej z ", "więcej artykułów", "więcej informacji", "podobne artykuły",
	"powiązane artykuły", "przeczytaj także", "przeczytaj też", "to może cię zainteresować", "najnowsze",
	"leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
	"notizie correlate", "più letti", "i più letti", "altre notizie", "ultime notizie", "correlati",
	"leia também", "veja também", "mais lidas", "mais lidos", "notícias relacionadas", "mais notícias",
	"você pode gostar", "últimas notícias", "lees ook", "meer nieuws", "meest gelezen",
	"gerelateerde artikelen", "ook interessant", "meer over", "bekijk ook", "aanbevolen",
}

// promoHeadingMaxWords is the longest heading of a list of other stories.
const promoHeadingMaxWords = 5

// teaserMaxWords is the longest teaser headline in such a list.
const teaserMaxWords = 30

// isPromoHeading reports the heading of a list of other stories.
func isPromoHeading(text string, f *features.Features) bool {
	if f.Words == 0 || f.Words > promoHeadingMaxWords || strings.HasSuffix(text, ".") {
		return false
	}
	s := strings.ToLower(strings.TrimRight(strings.TrimSpace(text), ": "))
	s = strings.ReplaceAll(s, "’", "'")
	for _, h := range promoHeadings {
		if strings.HasPrefix(s, h) && (len(s) == len(h) || h[len(h)-1] == ' ' || !isWordStart(s[len(h):])) {
			return true
		}
	}
	return false
}

// isWordStart reports whether s starts with a letter or digit (the phrase
// before it then ended inside a word).
func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// promoLists labels promo the lists of other stories that the model called
// chrome: a heading of such a list (isPromoHeading, or a short line with a
// promo cue) below enough of the article, and the teasers under it (lines
// of 3 to teaserMaxWords words not ending in a full stop, or lines with a
// promo cue: an app or newsletter prompt closing the list) that the model
// called chrome, up to the first line that is neither.
func promoLists(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	bodyWords := 0
	for i := 0; i < n; i++ {
		f := &fs[i]
		if out[i].Label == corpus.Body {
			bodyWords += f.Words
			continue
		}
		if bodyWords < commentMinBodyWords || out[i].Label == corpus.Comment {
			continue
		}
		if !isPromoHeading(paras[i].Text, f) && !(f.Cues[corpus.Promo] && f.Words <= promoHeadingMaxWords) {
			continue
		}
		j := i + 1
		for ; j < n; j++ {
			g := &fs[j]
			if out[j].Label != corpus.Chrome && out[j].Label != corpus.Promo {
				break
			}
			teaser := g.Words >= 3 && g.Words <= teaserMaxWords && !strings.HasSuffix(paras[j].Text, ".") && !g.Cues[corpus.Chrome] && !g.Cues[corpus.Comment] && !g.Cues[corpus.Bio]
			if !teaser && !g.Cues[corpus.Promo] {
				break
			}
		}
		if j == i+1 {
			continue // a heading with no list under it
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
var bridgeMinLogProb = float32(math.Log(0.25))

// bridgeBody labels body the runs of lines that the model called chrome
// between two of its body paragraphs when every line of the run is
// somewhat likely body on its own (p(body) ≥ 0.25), carries no cue phrase
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
			ok = out[k].Label == corpus.Chrome && cue[k] < 0 && logp[k*corpus.NumLabels+int(corpus.Body)] >= bridgeMinLogProb &&
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
