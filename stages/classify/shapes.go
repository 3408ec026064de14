package classify

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/stages/features"
)

// Shapes of short lines that the passes after the model (furniture.go,
// lead.go) recognise: times, dates, reading times, photo credits, the
// headings of comment sections and of lists of other stories. Each reads a
// line folded to lower case into a buffer on the stack (foldLine): nothing
// here allocates, and lines longer than the buffer are none of these.

// foldMax is the longest line, in bytes, the shape tests read.
const foldMax = 160

// foldLine writes s into buf lower-cased, with white space and the runes of
// seps as single spaces, ’ as ', and no space at either end. ok is false
// when s, or its folded form, is longer than buf.
func foldLine(buf *[foldMax]byte, s string, seps string) (b []byte, ok bool) {
	if len(s) > foldMax {
		return nil, false
	}
	b = buf[:0]
	space := true // no space at the start
	for _, r := range s {
		if r < utf8.RuneSelf && r != ' ' && r != '\t' && r != '\n' && r != '\r' && !strings.ContainsRune(seps, r) {
			// ASCII but a space or a separator: most of the bytes.
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			space = false
			continue
		}
		if unicode.IsSpace(r) || strings.ContainsRune(seps, r) {
			if !space {
				b = append(b, ' ')
				space = true
			}
			continue
		}
		if r == '’' {
			r = '\''
		}
		r = unicode.ToLower(r)
		if len(b)+utf8.RuneLen(r) > foldMax {
			return nil, false
		}
		b = utf8.AppendRune(b, r)
		space = false
	}
	if n := len(b); n > 0 && b[n-1] == ' ' {
		b = b[:n-1]
	}
	return b, true
}

// nextWord returns the word of the folded line b that starts at i (or
// after the space there) and the index after it; an empty word at the end.
func nextWord(b []byte, i int) (w []byte, next int) {
	for i < len(b) && b[i] == ' ' {
		i++
	}
	j := i
	for j < len(b) && b[j] != ' ' {
		j++
	}
	return b[i:j], j
}

// countWords returns the number of words of the folded line b.
func countWords(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	return bytes.Count(b, []byte{' '}) + 1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	for _, c := range w {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// timeSuffixes may follow a time of day on its line.
var timeSuffixes = [][]byte{[]byte("uhr"), []byte("h"), []byte("am"), []byte("pm"), []byte("a.m."), []byte("p.m."),
	[]byte("cet"), []byte("cest"), []byte("gmt"), []byte("bst"), []byte("et"), []byte("utc")}

// isLoneTime reports a line that is only a time of day: "20:15", "16h35",
// "4:47 pm", "21.02 Uhr".
func isLoneTime(text string) bool {
	if len(text) > 24 {
		return false
	}
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text, "")
	if !ok {
		return false
	}
	for _, suf := range timeSuffixes {
		if len(b) > len(suf) && bytes.HasSuffix(b, suf) {
			if t := bytes.TrimRight(b[:len(b)-len(suf)], " "); len(t) > 0 && isDigit(t[len(t)-1]) {
				b = t
				break
			}
		}
	}
	return isClock(b)
}

// isClock reports "H:MM", "HH:MM", "HhMM" or "HH.MM", and ":SS" after.
func isClock(s []byte) bool {
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

// dateJoiners are the words that may join the parts of a date on a line of
// its own ("14 de agosto de 2026", "Nov. 19, 2019, 8:41 AM UTC").
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
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text, ",|·–—")
	if !ok || len(b) == 0 || countWords(b) > 8 {
		return false
	}
	dated := false
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			break
		}
		w = bytes.TrimSuffix(w, []byte{'.'})
		switch {
		case len(w) == 0:
		case dateKind(w) == dateMonth, isNumericDate(w):
			dated = true
		case isClock(w), allDigits(w), weekdays[string(w)], dateJoiners[string(w)]:
		default:
			return false
		}
	}
	return dated
}

// isNumericDate reports d.m.yyyy, dd/mm/yyyy, yyyy-mm-dd and the like:
// three groups of at most four digits joined by one separator, one group
// of four.
func isNumericDate(w []byte) bool {
	for _, sep := range []byte{'.', '/', '-'} {
		if bytes.Count(w, []byte{sep}) != 2 {
			continue
		}
		four, ok := false, true
		rest := w
		for k := 0; k < 3; k++ {
			part := rest
			if j := bytes.IndexByte(rest, sep); j >= 0 {
				part, rest = rest[:j], rest[j+1:]
			}
			if !allDigits(part) || len(part) > 4 {
				ok = false
				break
			}
			four = four || len(part) == 4
		}
		if ok && four {
			return true
		}
	}
	return false
}

// readingTimeUnits are the words after the number of a reading time
// ("4 min read", "Lesezeit: 4 Min.", "Czas czytania: 6 min").
var readingTimeUnits = map[string]bool{
	"min": true, "mins": true, "minutes": true, "minuten": true, "minutos": true, "minuti": true,
	"minut": true, "minuty": true, "minuut": true,
}

// isReadingTime reports a reading time on its own line: at most six words,
// one of them a number directly followed by a unit of minutes.
func isReadingTime(text string) bool {
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text, ":")
	if !ok || countWords(b) > 6 {
		return false
	}
	var prev []byte
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			return false
		}
		if allDigits(prev) && readingTimeUnits[string(bytes.TrimRight(w, "."))] {
			return true
		}
		prev = w
	}
}

// creditWords start a photo credit when a colon, a full stop, a slash or
// "by" follows them ("Foto: …", "Fot. …", "Photo by …").
var creditWords = map[string]bool{
	"foto": true, "fotos": true, "fot": true, "photo": true, "photos": true, "photograph": true,
	"photography": true, "picture": true, "pictures": true, "image": true, "images": true,
	"bild": true, "bilder": true, "crédit": true, "crédits": true, "credit": true, "credits": true,
	"crédito": true, "créditos": true, "fotografía": true, "fotografia": true, "imagen": true,
	"imagem": true, "zdjęcie": true, "zdjęcia": true, "fotó": true, "afbeelding": true,
}

// creditJoins may follow the credit words of a photo credit.
var creditJoins = []string{":", ".", "/", "©", "by ", "von ", "de ", "par "}

// isPhotoCredit reports a photo credit line: one or two credit words
// ("Foto", "Crédit photo", "Photo credit") followed by a colon, full stop,
// slash, © or "by", and the credit.
func isPhotoCredit(text string) bool {
	s := strings.TrimSpace(text)
	for k := 0; k < 2; k++ {
		var buf [24]byte
		w, rest, ok := firstWordLower(&buf, s)
		if !ok || !creditWords[string(w)] {
			return false
		}
		rest = strings.TrimLeft(rest, " ")
		for _, j := range creditJoins {
			if strings.HasPrefix(rest, j) {
				return len(rest) > len(j)+1
			}
		}
		s = rest
	}
	return false
}

// firstWordLower writes the first word of s (its letters) into buf,
// lower-cased, and returns it with the rest of s; ok is false when it does
// not fit.
func firstWordLower(buf *[24]byte, s string) (word []byte, rest string, ok bool) {
	b := buf[:0]
	end := 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		r = unicode.ToLower(r)
		if len(b)+utf8.RuneLen(r) > len(buf) {
			return nil, "", false
		}
		b = utf8.AppendRune(b, r)
		end += size
	}
	return b, s[end:], true
}

// commentHeadingWords are the words of comment-section headings and
// counters in English and the languages of the stop lists' largest users
// ("Comentarios (3)", "Commentaires (4)", "Opinie czytelników (3)",
// "Leserkommentare"); commentHeadingAnchors are those of which a heading
// must hold one (the others only join them).
var (
	commentHeadingWords = map[string]bool{
		"reader": true, "readers": true, "your": true, "diskussion": true, "vos": true, "des": true,
		"lecteurs": true, "los": true, "lectores": true, "opiniones": true, "czytelników": true, "lezers": true,
		"de": true, "der": true, "leser": true, "dei": true, "lettori": true, "dos": true, "leitores": true,
		"diskuse": true, "discussion": true, "show": true, "all": true, "view": true,
	}
	commentHeadingAnchors = map[string]bool{
		"comments": true, "comment": true, "responses": true, "kommentare": true, "kommentar": true,
		"leserkommentare": true, "leserbriefe": true, "commentaires": true, "commentaire": true,
		"réactions": true, "comentarios": true, "comentario": true, "komentarze": true, "komentarzy": true,
		"komentarz": true, "opinie": true, "commenti": true, "commento": true, "comentários": true,
		"comentário": true, "reacties": true, "komentáře": true, "комментарии": true,
	}
)

// isCommentHeading reports a comment-section heading or counter: at most
// four words, each a heading word or a number (brackets aside), one of them
// an anchor.
func isCommentHeading(text string) bool {
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text, "()[]:·|")
	if !ok || len(b) == 0 || countWords(b) > 4 {
		return false
	}
	anchor := false
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			return anchor
		}
		switch {
		case allDigits(w):
		case commentHeadingAnchors[string(w)]:
			anchor = true
		case commentHeadingWords[string(w)]:
		default:
			return false
		}
	}
}

// promoHeadings start the headings of lists of other stories ("Related",
// "Más noticias", "Zobacz także", "Sur le même sujet"), folded, in English
// and the languages of the stop lists' largest users. A phrase that ends in
// a space needs more words after it ("Mehr aus Lindenau", "Más de
// baloncesto"); the others may end the heading or go on.
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

// promoHeadingsByByte are promoHeadings by their first byte: a line is
// compared with the phrases that start as it does.
var promoHeadingsByByte = func() (t [256][][]byte) {
	for _, h := range promoHeadings {
		t[h[0]] = append(t[h[0]], []byte(h))
	}
	return t
}()

// isPromoHeading reports the heading of a list of other stories: at most
// promoHeadingMaxWords words, no final full stop, starting with a phrase of
// promoHeadings that ends a word.
func isPromoHeading(text string, f *features.Features) bool {
	if f.Words == 0 || f.Words > promoHeadingMaxWords || strings.HasSuffix(text, ".") {
		return false
	}
	// The longest phrase is 37 bytes: the first 64 of the line decide.
	head := text
	if len(head) > 64 {
		k := 64
		for k > 0 && !utf8.RuneStart(head[k]) {
			k--
		}
		head = head[:k]
	}
	var buf [foldMax]byte
	b, ok := foldLine(&buf, head, ":")
	if !ok || len(b) == 0 {
		return false
	}
	for _, h := range promoHeadingsByByte[b[0]] {
		if bytes.HasPrefix(b, h) && (len(b) == len(h) || h[len(h)-1] == ' ' || !isWordStart(b[len(h):])) {
			return true
		}
	}
	return false
}

// isWordStart reports whether b starts with a letter or digit (a phrase
// before it then ended inside a word).
func isWordStart(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// counterWords join the two numbers of a gallery's picture counter ("5 of
// 24", "5 von 24", "5 de 24", "5 sur 24", "5 z 24", "5 di 24", "5 van 24").
var counterWords = map[string]bool{"of": true, "von": true, "de": true, "sur": true, "z": true, "di": true, "van": true, "/": true}

// isPictureCounter reports a gallery's picture counter on its own line:
// "5 of 24", "5 / 24", "Bild 5 von 24", "Photo 5 of 24".
func isPictureCounter(text string) bool {
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text, "")
	if !ok || countWords(b) > 4 {
		return false
	}
	var words [4][]byte
	n := 0
	for i := 0; n < 4; n++ {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			break
		}
		words[n] = w
	}
	ws := words[:n]
	if n == 4 || n == 2 && !allDigits(ws[0]) {
		ws = ws[1:] // "Photo 5 of 24", "Bild 5/24"
	}
	switch len(ws) {
	case 1: // "5/24"
		a, c, found := bytes.Cut(ws[0], []byte{'/'})
		return found && allDigits(a) && allDigits(c)
	case 3:
		return allDigits(ws[0]) && counterWords[string(ws[1])] && allDigits(ws[2])
	}
	return false
}
