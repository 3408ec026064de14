package classify

import (
	"bytes"
	"math/bits"
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
//
// ASCII bytes, most of them, are told apart by one bit test: the set of
// those that fold to a space (' ', '\t', '\n', '\r' and the ASCII runes of
// seps) is built once per call, where a search of seps per byte cost a
// third of the function. Other ASCII bytes (\v and \f too) are kept,
// lower-cased; the other runes go through package unicode and seps as
// before. (foldLineReference in shapes_test.go is the former code, and
// TestFoldLineMatchesReference compares.)
func foldLine(buf *[foldMax]byte, s string, seps string) (b []byte, ok bool) {
	if len(s) > foldMax {
		return nil, false
	}
	spaces := [2]uint64{1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r', 0}
	for i := 0; i < len(seps); i++ {
		if c := seps[i]; c < utf8.RuneSelf {
			spaces[c>>6] |= 1 << (c & 63)
		}
	}
	b = buf[:0]
	space := true // no space at the start
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if spaces[c>>6]&(1<<(c&63)) == 0 {
				if len(b) == foldMax {
					return nil, false
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
				space = false
				continue
			}
			if !space {
				if len(b) == foldMax {
					return nil, false
				}
				b = append(b, ' ')
				space = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) || strings.ContainsRune(seps, r) {
			if !space {
				if len(b) == foldMax {
					return nil, false
				}
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

// foldShort folds s into buf as foldLine does (seps as spaces) and reports
// ok only when the folded line is not empty and has at most maxWords words:
// the first step of the shape tests of short lines.
func foldShort(buf *[foldMax]byte, s, seps string, maxWords int) (b []byte, ok bool) {
	b, ok = foldLine(buf, s, seps)
	return b, ok && len(b) > 0 && countWords(b) <= maxWords
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
var timeSuffixes = [][]byte{[]byte("uhr"), []byte("uur"), []byte("h"), []byte("hs"), []byte("horas"), []byte("am"),
	[]byte("pm"), []byte("a.m."), []byte("p.m."), []byte("cet"), []byte("cest"), []byte("mez"), []byte("gmt"),
	[]byte("bst"), []byte("et"), []byte("est"), []byte("edt"), []byte("pst"), []byte("utc")}

// isLoneTime reports a line that is only a time of day: "20:15", "16h35",
// "4:47 pm", "21.02 Uhr", "18.00 uur" (a full stop only with a unit after
// it: "3.50" is a price).
func isLoneTime(text string) bool {
	if len(text) > 24 {
		return false
	}
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text, "")
	if !ok {
		return false
	}
	unit := false
	for _, suf := range timeSuffixes {
		if len(b) > len(suf) && bytes.HasSuffix(b, suf) {
			if t := bytes.TrimRight(b[:len(b)-len(suf)], " "); len(t) > 0 && isDigit(t[len(t)-1]) {
				b, unit = t, true
				break
			}
		}
	}
	return isClock(b, unit)
}

// isClock reports "H:MM", "HH:MM" or "HhMM", and with dot (a unit follows
// or a date goes before) "HH.MM"; ":SS" may follow. Hours run to 23,
// minutes and seconds to 59: "98:87" and "28:25" are scores.
func isClock(s []byte, dot bool) bool {
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i == 0 || i >= len(s) || (s[i] != ':' && s[i] != 'h' && !(dot && s[i] == '.')) {
		return false
	}
	rest := s[i+1:]
	if len(rest) != 2 && !(len(rest) == 5 && rest[2] == ':') {
		return false
	}
	if !isDigit(rest[0]) || !isDigit(rest[1]) || len(rest) == 5 && (!isDigit(rest[3]) || !isDigit(rest[4])) {
		return false
	}
	hour := int(s[0] - '0')
	if i == 2 {
		hour = 10*hour + int(s[1]-'0')
	}
	return hour < 24 && rest[0] < '6' && (len(rest) == 2 || rest[3] < '6')
}

// dateJoiners are the words that may join the parts of a date on a line of
// its own ("14 de agosto de 2026", "Nov. 19, 2019, 8:41 a.m. ET",
// "Aktualisiert am 13.03.2026, 06:30 Uhr", "Mis à jour le 14 août 2026 à
// 16h35"), full stops trimmed.
var dateJoiners = map[string]bool{
	"de": true, "del": true, "of": true, "the": true, "at": true, "on": true, "um": true, "à": true, "a": true,
	"o": true, "le": true, "el": true, "am": true, "den": true, "r": true, "roku": true, "godz": true,
	"u": true, "updated": true, "published": true, "zuletzt": true, "data": true, "publikacji": true,
	"güncelleme": true, "posted": true, "uhr": true, "uur": true, "h": true, "pm": true,
	"a.m": true, "p.m": true, "stand": true, "aktualisiert": true, "veröffentlicht": true, "publiziert": true,
	"mis": true, "jour": true, "publié": true, "modifié": true, "publicado": true, "actualizado": true,
	"pubblicato": true, "aggiornato": true, "il": true, "alle": true, "ore": true, "às": true, "em": true,
	"om": true, "op": true, "gepubliceerd": true, "bijgewerkt": true, "opublikowano": true,
	"aktualizacja": true, "zaktualizowano": true,
	// time zones
	"utc": true, "gmt": true, "et": true, "est": true, "edt": true, "pst": true, "pdt": true, "cet": true,
	"cest": true, "mez": true, "bst": true, "ist": true, "pt": true, "ct": true, "cst": true, "cdt": true,
	"mst": true, "mdt": true, "aest": true, "aedt": true, "amt": true,
	// "First published on", "Today at", "Heute, 14:05"
	"first": true, "today": true, "yesterday": true, "heute": true, "gestern": true, "hoy": true, "ayer": true,
	"hier": true, "dzisiaj": true, "wczoraj": true, "oggi": true, "ieri": true, "hoje": true, "ontem": true,
	"vandaag": true, "gisteren": true,
}

// weekdays are weekday names that may lead a date.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"poniedziałek": true, "wtorek": true, "środa": true, "czwartek": true, "piątek": true, "sobota": true, "niedziela": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"segunda-feira": true, "terça-feira": true, "quarta-feira": true, "quinta-feira": true, "sexta-feira": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true,
}

// extraMonths are month names of the check's languages that the model's
// date features (dateWordKinds) do not hold: Dutch, and the Polish
// nominative forms.
var extraMonths = map[string]bool{
	"januari": true, "februari": true, "maart": true, "mei": true, "augustus": true,
	"styczeń": true, "luty": true, "marzec": true, "kwiecień": true, "maj": true, "czerwiec": true, "lipiec": true,
	"sierpień": true, "wrzesień": true, "październik": true, "listopad": true, "grudzień": true,
	// Portuguese abbreviations ("02 dez 2026"), but "set", "out" and "ago",
	// which are English words.
	"fev": true, "abr": true, "dez": true,
	// Czech, genitive: "1. prosince 2026"
	"ledna": true, "února": true, "března": true, "dubna": true, "května": true, "června": true,
	"července": true, "srpna": true, "září": true, "října": true, "listopadu": true, "prosince": true,
	// French, German and Spanish abbreviations ("1 déc. 2026", "1. Okt.
	// 2026", "1 dic 2026").
	"janv": true, "févr": true, "fév": true, "avr": true, "juil": true, "déc": true, "mär": true, "okt": true,
	"ene": true, "dic": true,
	// Croatian, genitive ("2. prosinca 2026."), Serbian and Bosnian in Latin
	// letters, Bulgarian.
	"siječnja": true, "veljače": true, "ožujka": true, "travnja": true, "svibnja": true, "lipnja": true,
	"srpnja": true, "kolovoza": true, "rujna": true, "listopada": true, "studenoga": true, "studenog": true,
	"prosinca": true, "januara": true, "februara": true, "marta": true, "aprila": true, "juna": true,
	"jula": true, "avgusta": true, "augusta": true, "septembra": true, "oktobra": true, "novembra": true,
	"decembra": true, "януари": true, "февруари": true, "март": true, "април": true, "май": true, "юни": true,
	"юли": true, "август": true, "септември": true, "октомври": true, "ноември": true, "декември": true,
}

// isMonth reports a month name or abbreviation (folded).
func isMonth(w []byte) bool { return dateKind(w) == dateMonth || extraMonths[string(w)] }

// isLoneDate reports a line that is only a date, perhaps with a weekday, a
// time and a word such as "Updated": every word is a number, a month or
// weekday name, a time or a joining word, and there is a numeric date
// (12.05.2026, 2026-05-12, 12/05/26, "1. 12. 2026") or a month name with a
// number.
func isLoneDate(text string) bool {
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, ",|·–—•;()", 14)
	if !ok {
		return false
	}
	numeric, month, number := false, false, false
	dotted := 0 // numbers with a full stop in a row: "1. 12. 2026"
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			break
		}
		dot := bytes.HasSuffix(w, []byte{'.'})
		w = bytes.TrimSuffix(bytes.TrimSuffix(w, []byte{':'}), []byte{'.'})
		switch {
		case len(w) == 0:
		case isMonth(w):
			month = true
		case isNumericDate(w):
			numeric = true
		case string(w) == "1er" || string(w) == "1re":
			number = true // "1er décembre"
		case allDigits(w):
			number = true
			switch {
			case dotted >= 2 && len(w) == 4:
				numeric = true // day, month and year between spaces
			case dot && len(w) <= 2:
				dotted++
				continue
			}
		case isClock(w, true), isClock(trimMeridiem(w), true), weekdays[string(w)], dateJoiners[string(w)], len(w) == 1 && w[0] == '-':
		default:
			return false
		}
		dotted = 0
	}
	return numeric || month && number
}

// isCJKNumericDate reports a date written with 年, 月 and 日 after its
// numbers: "2026年12月02日", "2026年12月2日".
func isCJKNumericDate(w []byte) bool {
	year, rest, ok := bytes.Cut(w, []byte("年"))
	if !ok || len(year) != 4 || !allDigits(year) {
		return false
	}
	month, rest, ok := bytes.Cut(rest, []byte("月"))
	if !ok || len(month) == 0 || len(month) > 2 || !allDigits(month) {
		return false
	}
	day, rest, _ := bytes.Cut(rest, []byte("日"))
	return len(rest) == 0 && len(day) >= 1 && len(day) <= 2 && allDigits(day)
}

// trimMeridiem returns a folded word without an "am" or "pm" glued to it
// ("7:54pm" → "7:54").
func trimMeridiem(w []byte) []byte {
	if n := len(w); n > 2 && (w[n-2] == 'a' || w[n-2] == 'p') && w[n-1] == 'm' {
		return w[:n-2]
	}
	if n := len(w); n > 3 && w[n-1] == 'h' && isDigit(w[n-2]) {
		return w[:n-1] // "07:30h"
	}
	return w
}

// isNumericDate reports d.m.yyyy, dd/mm/yy, yyyy-mm-dd and the like: three
// groups of digits joined by one separator, the year first (four digits)
// or last (two or four), the day at most 31 and the month at most 12 (in
// either order); not "030-1234-5678".
func isNumericDate(w []byte) bool {
	if isCJKNumericDate(w) {
		return true
	}
	for _, sep := range []byte{'.', '/', '-'} {
		if bytes.Count(w, []byte{sep}) != 2 {
			continue
		}
		var parts [3][]byte
		rest := w
		for k := 0; k < 3; k++ {
			parts[k] = rest
			if j := bytes.IndexByte(rest, sep); j >= 0 {
				parts[k], rest = rest[:j], rest[j+1:]
			}
			if !allDigits(parts[k]) || len(parts[k]) > 4 {
				return false
			}
		}
		a, b := parts[0], parts[1]
		switch {
		case len(parts[0]) == 4: // yyyy-mm-dd
			a, b = parts[1], parts[2]
		case len(parts[2]) == 4 || len(parts[2]) == 2: // dd.mm.yyyy, mm/dd/yy
		default:
			return false
		}
		if len(a) > 2 || len(b) > 2 {
			return false
		}
		x, y := atoi2(a), atoi2(b)
		return x >= 1 && y >= 1 && (x <= 31 && y <= 12 || x <= 12 && y <= 31)
	}
	return false
}

// atoi2 returns the value of one or two digits.
func atoi2(d []byte) int {
	v := 0
	for _, c := range d {
		v = 10*v + int(c-'0')
	}
	return v
}

// readingTimeUnits are the words after the number of a reading time
// ("4 min read", "Lesezeit: 4 Min.", "Czas czytania: 6 min"), and
// readingWords the words that say it is one (a recipe's "Zubereitungszeit:
// 30 Minuten" is the article's).
var (
	readingTimeUnits = map[string]bool{
		"min": true, "mins": true, "minute": true, "minutes": true, "minuten": true, "minuto": true,
		"minutos": true, "minuti": true, "minut": true, "minuty": true, "minuut": true, "mn": true,
	}
	readingWords = map[string]bool{
		"read": true, "reading": true, "lesezeit": true, "lesedauer": true, "lectura": true, "lecture": true,
		"czytania": true, "lettura": true, "leitura": true, "leestijd": true, "lezen": true,
	}
)

// isReadingTime reports a reading time on its own line: at most six words,
// a number directly followed by a unit of minutes, and a word for reading.
func isReadingTime(text string) bool {
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text, ":")
	if !ok || countWords(b) > 6 {
		return false
	}
	var prev []byte
	time, reading := false, false
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			return time && reading
		}
		w = bytes.TrimRight(w, ".")
		if allDigits(prev) && readingTimeUnits[string(w)] {
			time = true
		}
		if readingWords[string(w)] {
			reading = true
		}
		prev = w
	}
}

// creditWords start a photo credit when a colon, a slash, © or a full
// stop follows them ("Foto: …", "Fot. …", "Beeld: …"); photoWords also
// when a preposition does ("Photo by …", "Foto von …", "Photo de …"), if
// a name or an agency follows it.
var (
	creditWords = map[string]bool{
		"foto": true, "fotos": true, "fot": true, "photo": true, "photos": true, "photograph": true,
		"photography": true, "picture": true, "pictures": true, "image": true, "images": true,
		"bild": true, "bilder": true, "bildquelle": true, "bildnachweis": true, "crédit": true, "crédits": true,
		"credit": true, "credits": true, "crédito": true, "créditos": true, "fotografía": true, "fotografia": true,
		"imagen": true, "imágenes": true, "imagem": true, "immagine": true, "zdjęcie": true, "zdjęcia": true,
		"fotó": true, "afbeelding": true, "beeld": true, "illustration": true, "grafik": true, "visualisierung": true,
		"ilustración": true, "ilustração": true, "ilustracja": true, "illustrazione": true, "infografía": true,
		// Turkish, Russian, Ukrainian and Bulgarian, Bulgarian, Finnish,
		// Czech and Romanian, Greek.
		"fotoğraf": true, "фото": true, "снимка": true, "kuva": true, "fotografie": true, "φωτογραφία": true,
	}
	photoWords = map[string]bool{
		"foto": true, "fotos": true, "photo": true, "photos": true, "picture": true, "pictures": true,
		"bild": true, "bilder": true, "fotografía": true, "fotografia": true, "zdjęcie": true,
	}
)

// creditFirstBytes are the first bytes of the credit words and of their
// capitalised forms, | 0x20 (an ASCII letter's byte lower-cased).
var creditFirstBytes = func() (t [256]bool) {
	for w := range creditWords {
		t[w[0]|0x20] = true
		// A capital of another script starts with another byte: "Фото".
		t[strings.ToUpper(w)[0]|0x20] = true
	}
	return t
}()

// creditStarts has the bit a<<8|b set for the first two bytes a, b of
// every credit word (isPhotoCredit's filter).
var creditStarts = func() (t [1 << 16 / 64]uint64) {
	for w := range creditWords {
		p := uint(w[0])<<8 | uint(w[1])
		t[p/64] |= 1 << (p % 64)
	}
	return t
}()

// creditJoins may follow the credit words of a photo credit, and
// creditPrepositions the photo words.
var (
	creditJoins        = []string{":", "/", "©", "."}
	creditPrepositions = []string{"by ", "von ", "par ", "de ", "di ", "door "}
)

// isPhotoCredit reports a photo credit line: one or two credit words
// ("Foto", "Crédit photo", "Photo credit", perhaps in brackets) followed by
// a colon, slash, © or full stop and the credit, or a photo word followed
// by a preposition and a name or agency (every word capitalised, or a
// slash or © in it): "Photo by Jane Doe", not "Bild von der Demo".
//
// Most lines are turned away by their first letter, and most of the rest
// by their first two (creditStarts), before the word is folded.
func isPhotoCredit(text string) bool {
	k := 0
	for k < len(text) && (text[k] == ' ' || text[k] == '(' || text[k] == '[') {
		k++
	}
	if k == len(text) || !creditFirstBytes[text[k]|0x20] {
		return false
	}
	// text[k] is an ASCII letter (no other byte b has b|0x20 equal to a
	// lower-case letter's), or the first byte of a Cyrillic or Greek
	// word's letter (the only credit words that start with no ASCII
	// letter): the first word starts there. When the next byte is ASCII it is the
	// word's second letter lower-cased, or no letter and the word too
	// short; a rune of more bytes may fold to an ASCII letter (K, the
	// Kelvin sign), and goes on.
	if k+1 < len(text) && text[k+1] < utf8.RuneSelf {
		if p := uint(text[k]|0x20)<<8 | uint(lowerASCII(text[k+1])); creditStarts[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	s := strings.TrimLeftFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '[' })
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ')' || r == ']' })
	for k := 0; k < 2; k++ {
		var buf [24]byte
		w, rest, ok := firstWordLower(&buf, s)
		if !ok || !creditWords[string(w)] {
			return false
		}
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		for _, j := range creditJoins {
			if strings.HasPrefix(rest, j) {
				return len(strings.TrimSpace(rest[len(j):])) > 1
			}
		}
		if photoWords[string(w)] {
			for _, p := range creditPrepositions {
				if name, ok := strings.CutPrefix(rest, p); ok {
					return isCreditName(name)
				}
			}
		}
		s = rest
	}
	return false
}

// isCreditName reports a name or an agency after "Photo by": a slash or ©
// in it, or every word capitalised.
func isCreditName(s string) bool {
	if strings.ContainsAny(s, "/©") {
		return true
	}
	words, start := 0, true
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			start = true
		case start:
			if !unicode.IsUpper(r) {
				return false
			}
			words++
			start = false
		}
	}
	return words > 0
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
// "Leserkommentare"). A heading must hold an anchor: a plural, which heads
// nothing else, or a singular or a section name ("Kommentar", "Opinie",
// which also head opinion columns) with a number or another heading word.
var (
	commentHeadingWords = map[string]bool{
		"reader": true, "readers": true, "your": true, "diskussion": true, "vos": true, "des": true,
		"lecteurs": true, "los": true, "lectores": true, "opiniones": true, "czytelników": true, "lezers": true,
		"de": true, "der": true, "leser": true, "dei": true, "lettori": true, "dos": true, "leitores": true,
		"discussion": true, "show": true, "all": true, "view": true,
		// A condolence book's heading: "Libro de condolencias (3)".
		"libro": true, "livre": true, "księga": true, "livro": true, "registre": true,
		// Vietnamese "Bình luận (2)": the anchor is its second syllable.
		"bình": true,
	}
	commentHeadingAnchors = map[string]bool{
		"comments": true, "responses": true, "kommentare": true, "leserkommentare": true, "leserbriefe": true,
		"commentaires": true, "réactions": true, "réagir": true, "comentarios": true, "komentarze": true,
		"komentarzy": true, "commenti": true, "comentários": true, "reacties": true, "komentáře": true,
		"комментарии": true, "příspěvky": true, "příspěvků": true, "kommentarer": true, "kommentit": true,
		"yorumlar": true, "hozzászólások": true, "comentarii": true, "komentáre": true, "σχόλια": true,
		"коментарі": true, "коментарів": true, "komentarji": true, "kommentaarid": true, "댓글": true, "luận": true,
		// Condolence books under obituaries, whose messages are comments.
		"condolencias": true, "condoléances": true, "kondolenzbuch": true, "kondolenzen": true, "kondolencje": true,
		"kondolencyjna": true, "condoglianze": true, "condolências": true, "kondolence": true,
		"komentar": true, "komentari": true, "коментари": true,
		// Latvian and Lithuanian.
		"komentāri": true, "komentārs": true, "komentarai": true,
		// Latin.
		"commentarii": true,
	}
	commentHeadingSingulars = map[string]bool{
		"comment": true, "kommentar": true, "commentaire": true, "comentario": true, "komentarz": true,
		"commento": true, "comentário": true, "opinie": true, "yorum": true, "hozzászólás": true,
		"debat": true, "debatt": true, "keskustelu": true, "comentariu": true, "komentár": true,
		"messages": true, "mensajes": true, "mensagens": true, "messaggi": true, "diskusia": true, "diskuze": true, "diskuse": true,
		"commentarius": true,
	}
)

// isCommentHeading reports a comment-section heading or counter: at most
// five words ("Livre de condoléances (3 messages)"), each a heading word, an anchor or a count (brackets aside;
// "1.234", "99+"), with an anchor, or a singular anchor and a count or
// another word.
func isCommentHeading(text string) bool {
	// A converter's heading marks ("**** Komentarze (9) ****", "=== … ===").
	text = strings.Trim(text, "*=#_~ ")
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, "()[]:·|", 5)
	if !ok {
		return false
	}
	anchor, singular, other, stem, words := false, false, false, false, 0
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			// A word of the stem counts alone, or over a count.
			return anchor || singular && other || stem && words == 1
		}
		switch {
		case isCount(w):
			other = true
			continue
		case commentHeadingAnchors[string(w)]:
			anchor = true
		case commentHeadingSingulars[string(w)]:
			singular = true
		case commentHeadingWords[string(w)]:
			other = true
		case hasCommentStem(w):
			// A language's own plural of the word ("Commentos",
			// "Cummentos", "Commentarii").
			stem = true
		default:
			return false
		}
		words++
	}
}

// commentHeadingStems start the words for comments in the Latin-script
// languages that have one of this shape, folded.
var commentHeadingStems = [][]byte{[]byte("comment"), []byte("coment"), []byte("cumment"), []byte("komment"), []byte("koment")}

// hasCommentStem reports a plural of a word for comments: a word that
// starts with a commentHeadingStem and ends in "s" or "i" ("commentos",
// "commentarii"; not the verbs "comentar", "commenter", "kommentieren",
// nor the singulars, which the form's field names are).
func hasCommentStem(w []byte) bool {
	if last := w[len(w)-1]; last != 's' && last != 'i' {
		return false
	}
	for _, p := range commentHeadingStems {
		if len(w) > len(p) && bytes.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// isCount reports a count: digits, perhaps grouped by "." or "," ("1.234")
// or followed by "+" ("99+").
func isCount(w []byte) bool {
	w = bytes.TrimSuffix(w, []byte{'+'})
	if len(w) == 0 || !isDigit(w[0]) || !isDigit(w[len(w)-1]) {
		return false
	}
	for _, c := range w {
		if !isDigit(c) && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// promoHeadings start the headings of lists of other stories ("Related",
// "Más noticias", "Zobacz także", "Sur le même sujet"), folded, in English
// and the languages of the stop lists' largest users. A phrase that ends
// in a space needs more words after it ("Mehr aus Lindenau"); one that ends
// in "$" must be the whole heading ("Trending", not "Trending topics in
// court"); the others may end the heading or go on.
var promoHeadings = []string{
	"related", "more stories", "more news", "more from", "read more", "read next", "more like this",
	"you may also like", "you might also like", "recommended$", "recommended for you", "most read", "most popular",
	"most viewed", "trending$", "trending now", "top stories", "latest news", "editor's picks", "editors' picks",
	"don't miss", "see also", "also read", "further reading", "more articles", "popular now", "in other news",
	"up next", "more in ", "more on ",
	"mehr zum thema", "mehr aus ", "mehr von ", "mehr nachrichten", "mehr artikel", "weitere artikel",
	"weitere nachrichten", "weitere meldungen", "weitere themen", "das könnte sie auch interessieren",
	"das könnte sie interessieren", "auch interessant", "lesen sie auch", "empfehlungen$", "meistgelesen", "meistgelesene",
	"top-themen", "top themen", "neueste artikel", "zum weiterlesen", "verwandte artikel", "passend dazu",
	"à lire aussi", "a lire aussi", "à lire également", "lire aussi", "sur le même sujet", "sur le meme sujet",
	"sur le même thème", "les plus lus", "les plus lues", "articles les plus lus", "à voir aussi", "voir aussi",
	"vous aimerez aussi", "vous aimerez peut-être aussi", "vous pourriez aimer", "dans la même rubrique",
	"plus d'articles", "plus d'infos", "à découvrir", "dernières actualités", "articles similaires",
	"ces articles peuvent vous intéresser", "recommandé pour vous", "à la une", "a la une",
	"más noticias", "lo más leído", "lo mas leido", "lo más visto", "más leídas", "más leído", "más vistos",
	"noticias relacionadas", "te puede interesar", "también te puede interesar", "te podría interesar",
	"te recomendamos", "quizás te interese", "lee también", "ver también", "otras noticias", "últimas noticias",
	"relacionados$", "artículos relacionados", "más sobre ", "otras columnas", "otros artículos",
	"zobacz także", "zobacz też", "zobacz również", "czytaj także", "czytaj też", "czytaj również",
	"czytaj więcej", "polecamy", "polecane", "najczęściej czytane", "najpopularniejsze", "więcej z ",
	"więcej artykułów", "podobne artykuły", "powiązane artykuły", "przeczytaj także", "przeczytaj też",
	"przeczytaj również", "to może cię zainteresować", "najnowsze$",
	"leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
	"notizie correlate", "più letti", "più lette", "i più letti", "altre notizie", "ultime notizie",
	"correlati$", "da non perdere", "guarda anche",
	"leia também", "leia mais", "veja também", "mais lidas", "mais lidos", "notícias relacionadas",
	"relacionadas$", "mais notícias", "você pode gostar", "você também pode gostar", "últimas notícias",
	"lees ook", "lees meer", "meer nieuws", "meest gelezen", "gerelateerde artikelen", "gerelateerd$",
	"ook interessant", "meer over ", "bekijk ook", "aanbevolen$", "populair$", "meer over dit onderwerp",
	"lesetipp", "te interesa", "čtěte také", "čtěte též", "přečtěte si také", "přečtěte si", "související články",
	"läs också", "läs mer", "læs også", "læs mere", "les også", "lue myös", "olvassa el", "ezt is ajánljuk",
	"bunu da okuyun", "ilginizi çekebilir", "citește și", "читайте также", "читайте також", "διαβάστε επίσης",
	// Most-read and related lists in more languages.
	"luetuimmat", "tuoreimmat", "mest lest", "mest leste", "mest lästa", "mest læste", "najčítanejšie",
	"prečítajte si aj", "čítajte aj", "terpopuler", "berita terkait", "baca juga", "artikel terkait", "đọc nhiều",
	"tin liên quan", "xem thêm", "cele mai citite", "articole similare", "найпопулярніше", "найчитаніше",
	"самое читаемое", "δημοφιλή$", "τα πιο δημοφιλή", "σχετικά άρθρα", "legolvasottabb", "kapcsolódó cikkek",
	"en çok okunanlar", "ilgili haberler", "mest populære", "relaterede artikler", "relaterte saker", "nejčtenější",
	// Croatian, Serbian and Bosnian; Bulgarian; the Spanish singular.
	"pročitajte i", "pročitajte još", "pročitajte također", "vezane vijesti", "povezane vijesti", "najčitanije",
	"прочетете още", "прочетете също", "най-четени", "още по темата", "свързани новини", "relacionado",
	// Lithuanian, Slovenian, Estonian.
	"skaitykite taip pat", "taip pat skaitykite", "preberite tudi", "loe ka", "loe lisaks", "skaitomiausi",
	"skaitomiausios", "najbolj brano", "loetumad",
	// Latvian.
	"lasiet arī", "lasi arī", "lasītākie", "populārākie",
	// Galician, Albanian, Afrikaans.
	"le tamén", "lea tamén", "máis lidas", "o máis lido", "máis novas", "lexo edhe", "lexo gjithashtu",
	"më të lexuarat", "lajme të ngjashme", "meeste gelees", "meer nuus", "verwante artikels",
}

// promoHeadingsByByte are promoHeadings by their first byte: a line is
// compared with the phrases that start as it does.
var promoHeadingsByByte = func() (t [256][]promoHeading) {
	for _, h := range promoHeadings {
		p, whole := strings.CutSuffix(h, "$")
		t[p[0]] = append(t[p[0]], promoHeading{phrase: []byte(p), whole: whole})
	}
	return t
}()

// promoHeading is a phrase of promoHeadings: whole when it must be the whole
// heading.
type promoHeading struct {
	phrase []byte
	whole  bool
}

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
		p := h.phrase
		if !bytes.HasPrefix(b, p) {
			continue
		}
		switch {
		case len(b) == len(p):
			return true
		case h.whole:
		case p[len(p)-1] == ' ' || !isWordStart(b[len(p):]):
			return true
		}
	}
	return false
}

// promoLead returns the length in bytes of a "read also" lead that starts
// text: a phrase of promoHeadings (not one that must be the whole heading),
// up to promoLeadMoreWords words more, and a colon ("À lire aussi :", "Czytaj także:", "Läs mer:"), or 0.
func promoLead(text string) int {
	colon := strings.IndexByte(text, ':')
	if colon <= 0 || colon > 64 {
		return 0
	}
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text[:colon], "")
	if !ok || len(b) == 0 {
		return 0
	}
	b = bytes.TrimRight(b, " ")
	for _, h := range promoHeadingsByByte[b[0]] {
		p := bytes.TrimRight(h.phrase, " ")
		if h.whole || !bytes.HasPrefix(b, p) {
			continue
		}
		// The phrase, and at most promoLeadMoreWords words after it
		// ("Potrebbe interessarti anche").
		if rest := b[len(p):]; len(rest) == 0 || rest[0] == ' ' && bytes.Count(rest, []byte{' '}) <= promoLeadMoreWords {
			return colon + 1
		}
	}
	return 0
}

// promoLeadMoreWords is the most words after a phrase of promoHeadings in a
// "read also" lead (promoLead).
const promoLeadMoreWords = 2

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

// tagHeads start a line of tags, topics or categories, before a colon
// ("Schlagworte: Lindenau, Gemeinderat", "Archivado en: Vivienda · Alquiler").
var tagHeads = []string{
	"tags", "tagged", "topics", "filed under", "categories", "category", "keywords", "related topics",
	"schlagworte", "schlagwörter", "stichworte", "themen", "kategorie", "kategorien",
	"mots-clés", "mots clés", "thèmes", "catégories", "catégorie", "sujets",
	"etiquetas", "temas", "archivado en", "categorías", "categoría",
	"tagi", "tematy", "słowa kluczowe", "argomenti", "etichette", "categorie",
	"tópicos", "assuntos", "trefwoorden", "onderwerpen", "categorieën",
	"štítky", "témata", "značky", "kľúčové slová", "címkék", "etiketler", "etiketter", "ετικέτες", "теги", "тэги",
	"oznake", "aiheet", "avainsanat", "emner", "stikkord", "nøkkelord", "taggar", "ämnen", "etichete", "subiecte",
}

// isTagLine reports a line of tags: a tag heading, a colon, and the tags,
// not a sentence ("Themen: Klimaschutz und Verkehr standen im Mittelpunkt.").
func isTagLine(text string) bool {
	head, rest, ok := strings.Cut(text, ":")
	rest = strings.TrimSpace(rest)
	if !ok || len(head) > 24 || len(rest) < 2 || strings.HasSuffix(rest, ".") {
		return false
	}
	var buf [foldMax]byte
	b, ok := foldLine(&buf, head, "")
	if !ok {
		return false
	}
	for _, h := range tagHeads {
		if string(b) == h {
			return true
		}
	}
	return false
}

// hashtagMaxWords is the longest line of hashtags, in words.
const hashtagMaxWords = 12

// isHashtagLine reports a line of tags written as hashtags: it starts with
// one, holds two or more, and ends no sentence ("#강릉 #소아진료 #야간진료",
// "#consiglio comunale #Ivrea"). A Markdown heading ("# Title") has a space
// after its mark.
func isHashtagLine(text string) bool {
	text = strings.TrimSpace(text)
	if len(text) < 4 || text[0] != '#' || strings.HasSuffix(text, ".") {
		return false
	}
	tags := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '#' || i > 0 && text[i-1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i+1:])
		if !unicode.IsLetter(r) {
			return false // "# Title", "#1"
		}
		tags++
	}
	return tags >= 2
}

// strongTagHeads are the tagHeads that head nothing but a line of tags,
// folded: an article may say "Themen:" or "Kategorie:", not "Schlagworte:".
var strongTagHeads = map[string]bool{
	"tags": true, "tagged": true, "keywords": true, "filed under": true,
	"schlagworte": true, "schlagwörter": true, "stichworte": true, "mots-clés": true, "mots clés": true,
	"etiquetas": true, "archivado en": true, "tagi": true, "słowa kluczowe": true, "etichette": true, "trefwoorden": true,
	"štítky": true, "kľúčové slová": true, "címkék": true, "etiketler": true, "ετικέτες": true, "теги": true, "тэги": true,
	"oznake": true, "avainsanat": true, "stikkord": true, "nøkkelord": true, "taggar": true, "etichete": true,
}

// hasStrongTagHead reports a line of tags (isTagLine) whose heading is one
// of strongTagHeads: tags even when they are not separated ("Tagi: Lublin
// budżet rada miasta MPK", "Schlagworte: Kassel Mietspiegel Wohnen").
func hasStrongTagHead(text string) bool {
	head, _, _ := strings.Cut(text, ":")
	var buf [foldMax]byte
	b, ok := foldLine(&buf, head, "")
	return ok && strongTagHeads[string(b)]
}

// adLabels are the advertisement labels that stand alone on a line, folded.
var adLabels = map[string]bool{
	"advertisement": true, "anzeige": true, "werbung": true, "publicité": true, "publicidad": true,
	"reklama": true, "pubblicità": true, "publicidade": true, "advertentie": true, "sponsored": true,
	"annons": true, "annonse": true, "annonce": true, "mainos": true, "hirdetés": true, "reklam": true,
	"publicitate": true, "реклама": true, "διαφήμιση": true, "广告": true, "廣告": true, "広告": true, "광고": true,
}

// isAdLabel reports a line that is an advertisement label ("Publicidad",
// "REKLAMA"), not an agency or a source ("Berlin (dpa)", "Source: Reuters",
// which are bylines).
func isAdLabel(text string) bool {
	var buf [foldMax]byte
	b, ok := foldLine(&buf, strings.Trim(text, " -–—:"), "")
	return ok && adLabels[string(b)]
}

// isListLine reports an item of a list: a line that starts with a number
// and "." or ")" ("1. ", "2) "), with a bullet ("• ", "- ", "– ", "* ",
// "・"), or that ends in a semicolon ("；" too).
func isListLine(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ";") || strings.HasSuffix(t, "；") {
		return true
	}
	i := 0
	for i < len(t) && i < 3 && isDigit(t[i]) {
		i++
	}
	if i > 0 {
		return i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
	}
	for _, b := range []string{"• ", "- ", "– ", "— ", "* ", "・", "· "} {
		if strings.HasPrefix(t, b) {
			return true
		}
	}
	return false
}

// creditAgencies are the photo agencies whose name with a slash ends a
// caption ("… / EFE / Natxo Francés", "(EFE/Salas)", "AFP / Valentine
// Chapuis"), folded; the name alone ("… en una sola hora. (EFE)") also ends
// an agency's story.
var creditAgencies = map[string]bool{
	"efe": true, "afp": true, "dpa": true, "reuters": true, "ap": true, "pap": true, "ansa": true, "epa": true,
	"imago": true, "getty": true, "lusa": true, "anp": true, "belga": true, "keystone": true, "newspix": true,
}

// hasCreditTail reports a caption that ends with its photo's credit: a
// sentence or a segment (after ". ", "| " or an opening bracket) at the end
// of the text that is a photo credit (isPhotoCredit: "… Foto: Jens
// Hartwig/dpa", "… | Photo : L'Écho du Bocage"), a photo word and a
// source with a slash or a dash ("… Photo L'Écho / Gaëlle Le Bihan"), or
// an agency's name with a slash ("… / EFE / Natxo Francés"), of at most
// creditMaxWords words, after at least three words of caption.
func hasCreditTail(text string) bool {
	if len(text) > 600 {
		return false
	}
	if slashNameCredit(text) {
		return true
	}
	// A credit starts a word after ". ", "| ", ") " and the like, or just
	// after an opening bracket inside a word. A text with an opening
	// bracket (few) has its words walked one by one from the end; the
	// others have their last creditMaxWords spaces found eight bytes at a
	// time (spaceBits), where a search per word ended in a mispredicted
	// branch at every space, and only the spaces after one of
	// endsSegment's bytes are looked at.
	if strings.IndexByte(text, '(') >= 0 {
		return hasCreditTailParen(text)
	}
	words := 0 // the spaces counted so far, from the end
	i := len(text)
	for ; i >= 9; i -= 8 {
		c := text[i-9 : i]
		x := uint64(c[1]) | uint64(c[2])<<8 | uint64(c[3])<<16 | uint64(c[4])<<24 |
			uint64(c[5])<<32 | uint64(c[6])<<40 | uint64(c[7])<<48 | uint64(c[8])<<56
		spaces := spaceBits(x)
		if spaces == 0 {
			continue
		}
		if n := bits.OnesCount64(spaces); words+n >= creditMaxWords {
			break // the last word to look at starts in this chunk
		} else {
			words += n
		}
		// The bytes before each byte of the chunk.
		prev := x<<8 | uint64(c[0])
		for after := spaces & segmentBits(prev); after != 0; after &= after - 1 {
			k := i - 8 + bits.TrailingZeros64(after)>>3
			if k+1 < len(text) && text[k+1] != ' ' && creditAt(text, k+1) {
				return true
			}
		}
	}
	// The rest, byte by byte: the chunk where the last word to look at
	// starts, or the text's first bytes.
	end := i
	for ; words < creditMaxWords; words++ {
		k := strings.LastIndexByte(text[:end], ' ')
		if k < 0 {
			return false
		}
		if k >= 1 && k+1 < len(text) && text[k+1] != ' ' && endsSegment(text[k-1]) && creditAt(text, k+1) {
			return true
		}
		end = k
	}
	return false
}

// slashNameCredit reports a caption that ends, after a sentence and " / ",
// with its photographer's or paper's name alone, as Spanish papers credit
// their photos ("La avenida de Salamanca, a la altura de la plaza. / Jaime
// Olmedo", "… cerca de Uña. / DIARIO DE LA SERRANÍA"): one to
// slashCreditMaxWords words, each starting with a capital, with no digit
// and no sentence punctuation, after at least three words.
func slashNameCredit(text string) bool {
	k := strings.LastIndex(text, ". / ")
	if k < 0 || len(strings.Fields(text[:k])) < 3 {
		return false
	}
	tail := text[k+4:]
	if tail == "" || strings.ContainsAny(tail, "0123456789.!?:;/|()") {
		return false
	}
	words := 0
	for w := range strings.FieldsSeq(tail) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if words++; words > slashCreditMaxWords {
			return false
		}
	}
	return words > 0
}

// slashCreditMaxWords is the most words of a name credit after " / ".
const slashCreditMaxWords = 5

// spaceBits returns the high bit of each byte of x that is a space.
func spaceBits(x uint64) uint64 {
	return zeroBytes(x ^ 0x2020202020202020)
}

// segmentBits returns the high bit of each byte of x that is one of
// endsSegment's.
func segmentBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	return zeroBytes(x^'.'*ones) | zeroBytes(x^'!'*ones) | zeroBytes(x^'?'*ones) |
		zeroBytes(x^'|'*ones) | zeroBytes(x^')'*ones) | zeroBytes(x^'/'*ones)
}

// zeroBytes returns the high bit of each byte of y that is zero, exactly
// (no carry crosses a byte: (b & 0x7f) + 0x7f is at most 0xfe).
func zeroBytes(y uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((y&low7 + low7) | y | low7)
}

// hasCreditTailParen is hasCreditTail's walk for a text with an opening
// bracket: its last creditMaxWords words from the end, a search for each
// space, each word searched for a bracket.
func hasCreditTailParen(text string) bool {
	end := len(text)
	for words := 0; words < creditMaxWords; words++ {
		k := strings.LastIndexByte(text[:end], ' ')
		if k < 0 {
			return false
		}
		if k >= 1 && k+1 < end && endsSegment(text[k-1]) && creditAt(text, k+1) {
			return true
		}
		if j := strings.IndexByte(text[k+1:end], '('); j >= 0 && k+2+j < end && creditAt(text, k+2+j) {
			return true
		}
		end = k
	}
	return false
}

// hasCapsCredit reports a caption that ends with its photographer's name in
// capitals after its last full stop, a slash before it or not: "La
// escritora Elena Castaño, en la biblioteca municipal de Lugo. NURIA
// BELTRÁN", "… facilitada por la empresa. / LA VOZ DEL EBRO" (2 to 4 words of capital
// letters, dots, hyphens and apostrophes, after at least four words of
// caption, and no link such as "READ MORE"; "EFE" alone is an agency,
// hasCreditTail's).
func hasCapsCredit(text string) bool {
	if !endsInCapital(text) {
		return false // a sentence: the common case, told at its last bytes
	}
	k := strings.LastIndex(text, ". ")
	if k < 0 || len(text)-k > 80 || !hasSpaces(text[:k], 3) {
		return false
	}
	tail := strings.TrimPrefix(text[k+2:], "/ ") // "… por la empresa. / LA VOZ DEL EBRO"
	if len(tail) == 0 {
		return false
	}
	words, letters := 1, 0
	for _, r := range tail {
		switch {
		case r == ' ':
			words++
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return words >= 2 && words <= 4 && letters >= 4 && !capsLinks[tail]
}

// copyrightCreditMaxWords is the longest credit after a copyright sign.
const copyrightCreditMaxWords = 8

// hasCopyrightCredit reports a caption that ends with its credit after a
// copyright sign: "Hélène Corlay entourée de ses colistiers, dimanche
// soir, à la mairie. © Le Réveil des Côtes / Y. L. G." (at least three
// words of caption before the sign, at most copyrightCreditMaxWords words
// after it, no full stop ending a sentence among them but initials').
func hasCopyrightCredit(text string) bool {
	if strings.IndexByte(text, 0xC2) < 0 { // the first byte of "©" in UTF-8
		return false
	}
	k := strings.LastIndex(text, "©")
	if k < 0 || !hasSpaces(text[:k], 3) {
		return false
	}
	tail := strings.TrimSpace(text[k+len("©"):])
	return tail != "" && strings.Count(tail, " ") < copyrightCreditMaxWords && !strings.Contains(tail, ". ") || tail != "" && isInitialsTail(tail)
}

// endsInCapital reports whether text ends with a capital letter, or with a
// full stop after one (initials, "J. M."): how a credit in capitals ends.
func endsInCapital(text string) bool {
	r, n := utf8.DecodeLastRuneInString(text)
	if r == '.' {
		r, _ = utf8.DecodeLastRuneInString(text[:len(text)-n])
	}
	return unicode.IsUpper(r)
}

// hasSpaces reports whether s has at least n spaces, without counting them
// all.
func hasSpaces(s string, n int) bool {
	for ; n > 0; n-- {
		k := strings.IndexByte(s, ' ')
		if k < 0 {
			return false
		}
		s = s[k+1:]
	}
	return true
}

// isInitialsTail reports a credit whose only full stops are those of
// initials ("Le Réveil des Côtes / Y. L. G."): every ". " follows a single
// capital letter.
func isInitialsTail(tail string) bool {
	if strings.Count(tail, " ") >= copyrightCreditMaxWords {
		return false
	}
	for k := strings.Index(tail, ". "); k >= 0; {
		if k < 1 || !unicode.IsUpper(rune(tail[k-1])) || k >= 2 && tail[k-2] != ' ' {
			return false
		}
		next := strings.Index(tail[k+2:], ". ")
		if next < 0 {
			break
		}
		k += 2 + next
	}
	return true
}

// capsLinks are links in capitals that end a teaser, not a photographer's
// name: "… here. READ MORE".
var capsLinks = map[string]bool{
	"READ MORE": true, "MEHR LESEN": true, "WEITERLESEN": true, "LIRE PLUS": true, "LIRE LA SUITE": true,
	"LEER MÁS": true, "SEGUIR LEYENDO": true, "CZYTAJ WIĘCEJ": true, "LEGGI TUTTO": true, "LEIA MAIS": true,
	"LEES MEER": true, "SEE MORE": true, "VIEW MORE": true, "WATCH NOW": true, "SHOP NOW": true,
}

// endsSegment reports the bytes after which, and a space, hasCreditTail
// looks for a credit: . ! ? | and ).
func endsSegment(c byte) bool {
	switch c {
	case '.', '!', '?', '|', ')', '/':
		return true
	}
	return false
}

// creditAt reports whether a credit (hasCreditTail) starts at text[p:],
// after at least three words of caption.
func creditAt(text string, p int) bool {
	c := text[p]
	if !(creditFirstBytes[c|0x20] || c == '/' || agencyFirstBytes[c|0x20]) {
		return false // most words are turned away by their first byte
	}
	tail := text[p:]
	return (isPhotoCredit(tail) || isSourcedPhoto(tail) || isAgencyCredit(tail) || isNamedPhoto(tail)) && strings.Count(text[:p], " ") >= 3
}

// namedPhotoMaxWords is the longest source of isNamedPhoto, in words.
const namedPhotoMaxWords = 6

// archiveWords may stand between a photo word and its source, folded:
// "Photo archives Le Courrier du Béarn".
var archiveWords = map[string]bool{"archives": true, "archive": true, "archiv": true, "archivo": true, "archiwum": true, "d": true}

// isNamedPhoto reports a photo word followed by its source's name, every
// word capitalised but name particles, to the end of a caption: "… Photo
// Jean-Paul Vernhes", "… Photo Le Trégor Matin", "… Photo archives Le
// Courrier du Béarn" (the French way, without a colon or a preposition).
// hasCreditTail asks it only after a caption's sentence.
func isNamedPhoto(tail string) bool {
	var buf [24]byte
	w, rest, ok := firstWordLower(&buf, tail)
	if !ok || !photoWords[string(w)] || endsFullStop(tail) {
		return false
	}
	words := 0
	for word := range strings.FieldsSeq(rest) {
		words++
		if words == 1 && archiveWords[strings.ToLower(strings.TrimRight(word, "'’"))] {
			continue
		}
		if words > namedPhotoMaxWords || !unicode.IsUpper(firstRune(word)) && !nameParticles[word] {
			return false
		}
	}
	return words > 0
}

// agencyFirstBytes are the first bytes of creditAgencies, lower-cased.
var agencyFirstBytes = func() (t [256]bool) {
	for a := range creditAgencies {
		t[a[0]] = true
	}
	return t
}()

// isSourcedPhoto reports a photo word followed by a source with a slash, a
// dash or © within its first four words: "Photo L'Écho du Bocage – Pierre
// Guérin", "Photo d'illustration Le Courrier / Julien Morel" (not "Zdjęcie
// sprawcy – jak podkreślają funkcjonariusze – pochodzi …": the dash there
// comes later and the tail is a sentence).
func isSourcedPhoto(tail string) bool {
	var buf [24]byte
	w, rest, ok := firstWordLower(&buf, tail)
	if !ok || !photoWords[string(w)] || endsFullStop(tail) {
		return false
	}
	head := rest
	for k, words := 0, 0; k < len(rest); k++ {
		if rest[k] == ' ' && k > 0 && rest[k-1] != ' ' {
			if words++; words == 5 {
				head = rest[:k]
				break
			}
		}
	}
	return strings.ContainsAny(head, "/©–")
}

// isAgencyCredit reports a credit that starts with an agency's name and a
// slash, or a slash and the name, then a photographer's name or nothing,
// and ends without a full stop: "/ EFE / Natxo Francés", "EFE/Salas)", "AFP
// / Valentine Chapuis" (not "(Reuters/Ipsos, 1,020 adults).", the end of a
// sentence, nor "(dpa/lnw)", an agency's tag of a story).
func isAgencyCredit(tail string) bool {
	t := strings.TrimRight(tail, " )]")
	if !strings.Contains(t, "/") || strings.HasSuffix(t, ".") || strings.Count(t, " ") > 6 {
		return false
	}
	t = strings.TrimLeft(t, "/ ([")
	end := strings.IndexAny(t, " /")
	if end < 0 {
		end = len(t)
	}
	var buf [foldMax]byte
	b, ok := foldLine(&buf, t[:end], "")
	slashBefore := strings.HasPrefix(strings.TrimLeft(tail, "( "), "/")
	after := strings.TrimLeft(t[end:], " ")
	slashAfter := strings.HasPrefix(after, "/")
	if !ok || !creditAgencies[string(b)] || !(slashBefore || slashAfter) {
		return false
	}
	// A photographer's name after the slash ("EFE/Salas"), or nothing
	// ("… / EFE"); an agency's lower-case desk code ("dpa/lnw") tags a story.
	name := strings.TrimLeft(strings.TrimPrefix(after, "/"), " ")
	r, _ := utf8.DecodeRuneInString(name)
	return name == "" || unicode.IsUpper(r)
}

// subscribeLines are the subscription buttons of a site's menu or of a
// paywall box, folded ("Abo", "S'abonner", "Suscríbete", "Je m'abonne").
var subscribeLines = map[string]bool{
	"subscribe": true, "subscribe now": true, "subscribe today": true, "abo": true, "abonnieren": true,
	"jetzt abonnieren": true, "abo abschließen": true, "abo testen": true, "s'abonner": true, "je m'abonne": true,
	"abonnez-vous": true, "abonnement": true, "suscríbete": true, "suscribirse": true, "suscripción": true,
	"hazte suscriptor": true, "subskrybuj": true, "prenumeruj": true, "prenumerata": true, "kup prenumeratę": true,
	"kup premium": true, "wykup dostęp": true, "abbonati": true, "abbonamento": true, "assine": true,
	"assinar": true, "assinatura": true, "abonneren": true, "word abonnee": true, "订阅": true, "訂閱": true,
}

// isSubscribeLine reports a subscription button: a line that is one of
// subscribeLines, perhaps followed by a price ("Kup Premium za 1 zł", "Abo
// ab 1 €"), or that has such a button among links separated by "|"
// ("Zaloguj się | Kup Premium za 1 zł").
func isSubscribeLine(text string) bool {
	for rest, more := text, true; more; {
		var seg string
		seg, rest, more = strings.Cut(rest, "|")
		seg = strings.TrimLeft(seg, " ")
		// Most lines are turned away by their first two bytes.
		if len(seg) >= 2 && hasSubscribeStart(lowerASCII(seg[0]), lowerASCII(seg[1])) && isSubscribeButton(seg) {
			return true
		}
	}
	return false
}

// subscribeStarts has the bit of every pair of first two bytes of
// subscribeLines, lower-cased (bit a<<8|b for the bytes a, b): a bit test,
// where a map of the pairs cost a hash per segment.
var subscribeStarts = func() (t [1 << 16 / 64]uint64) {
	for l := range subscribeLines {
		k := uint(l[0])<<8 | uint(l[1])
		t[k/64] |= 1 << (k % 64)
	}
	return t
}()

// hasSubscribeStart reports whether some subscribeLines line starts with
// the bytes a, b.
func hasSubscribeStart(a, b byte) bool {
	k := uint(a)<<8 | uint(b)
	return subscribeStarts[k/64]&(1<<(k%64)) != 0
}

// lowerASCII lower-cases an ASCII capital letter and leaves other bytes.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isSubscribeButton reports one of subscribeLines, perhaps followed by a
// price.
func isSubscribeButton(text string) bool {
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, "", 6)
	if !ok {
		return false
	}
	if subscribeLines[string(b)] {
		return true
	}
	for i := 0; i < len(b); i++ {
		if b[i] == ' ' && subscribeLines[string(b[:i])] {
			rest := b[i+1:]
			return bytes.IndexAny(rest, "0123456789€$£") >= 0 || bytes.HasPrefix(rest, []byte("za ")) || bytes.HasPrefix(rest, []byte("ab "))
		}
	}
	return false
}
