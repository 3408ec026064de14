package classify

import (
	"bytes"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// An author box introduces the author by name and trade: "Sandra Kühn ist
// Wirtschaftsredakteurin und schreibt seit 2015 über …", "Marta Ibáñez
// Sola es periodista y escritora.", "Katarzyna Dąbrowska jest dziennikarką
// …". The model learned English author boxes from their words; in the
// languages whose words it does not read, authorBox recognises the
// sentence's shape: a name of two to four capitalised words (not an
// article or another function word: "Der Festgenommene ist Journalist" is
// news), the copula, perhaps an article, and a word for a journalist's
// trade. As cue phrases ("ist Journalist", "es periodista") these matched
// news about journalists (a review of the passes).

// authorCopulas are "is" in the languages of the stop lists' largest users.
var authorCopulas = map[string]bool{
	"ist": true, "es": true, "est": true, "jest": true, "è": true, "é": true, "is": true,
	// Finnish, Greek, Romanian, Czech, Slovak and Croatian, Danish and
	// Norwegian, Swedish, Indonesian, Ukrainian, Bulgarian.
	"on": true, "είναι": true, "este": true, "je": true, "er": true, "är": true, "adalah": true, "є": true, "е": true,
	// Vietnamese.
	"là": true,
}

// paperCopulas are the authorCopulas after which the trade may come after
// the paper's name (startsWithTradeAfter).
var paperCopulas = map[string]bool{"ist": true, "es": true, "est": true, "jest": true, "è": true, "é": true, "is": true}

// nameArticles may stand before an author's name: "Η Μαρία Σταμούλη είναι
// δημοσιογράφος".
var nameArticles = map[string]bool{"η": true, "ο": true}

// authorArticles may stand between the copula and the trade.
var authorArticles = map[string]bool{"ein": true, "eine": true, "un": true, "una": true, "uno": true, "a": true, "an": true, "een": true, "freier": true, "freie": true}

// authorTrades end the word for a journalist's trade ("Wirtschafts-
// redakteurin" ends in "redakteurin"), folded.
var authorTrades = []string{
	"redakteur", "redakteurin", "journalist", "journalistin", "korrespondent", "korrespondentin", "reporter",
	"reporterin", "kolumnist", "kolumnistin", "ressortleiter", "ressortleiterin", "volontär", "volontärin",
	"periodista", "redactor", "redactora", "corresponsal", "columnista", "reportero", "reportera",
	"journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "chroniqueur", "chroniqueuse",
	"dziennikarzem", "dziennikarką", "redaktorem", "redaktorką", "publicystą", "publicystką", "reporterem",
	"reporterką", "korespondentem", "korespondentką", "giornalista", "redattore", "redattrice", "corrispondente",
	"cronista", "jornalista", "repórter", "colunista", "correspondente", "verslaggever", "redacteur", "columnist",
	"correspondent",
	// Polish nominatives: "Jakub Sowa – dziennikarz …", "Dziennikarka działu
	// śledczego." under the name.
	"dziennikarz", "dziennikarka", "redaktorka", "reporterka", "korespondentka", "publicysta", "publicystka",
	"felietonista", "felietonistka",
	// Finnish, Greek, Romanian, Ukrainian, Russian and Bulgarian, Czech and
	// Slovak, Croatian, the Scandinavian languages, Indonesian.
	"toimittaja", "kirjeenvaihtaja", "reportteri", "kolumnisti", "δημοσιογράφος", "συντάκτης", "συντάκτρια",
	"ανταποκριτής", "ανταποκρίτρια", "αρθρογράφος", "jurnalist", "jurnalistă", "corespondent", "corespondentă",
	"redactoare", "журналіст", "журналістка", "кореспондент", "кореспондентка", "редакторка", "оглядач",
	"оглядачка", "журналист", "журналистка", "корреспондент", "обозреватель", "репортер", "novinář",
	"novinářka", "novinár", "novinárka", "reportér", "reportérka", "novinar", "novinarka", "urednik", "urednica",
	"dopisnik", "dopisnica", "redaktør", "redaktör", "skribent", "journalisten", "wartawan", "wartawati",
	"jurnalis", "koresponden",
	// Critics ("Thibault Le Moal est critique de théâtre", "es crítica
	// teatral"), and the Vietnamese reporter and editor ("là phóng viên",
	// "là biên tập viên"), whose first word is compared.
	"critique", "crítico", "crítica", "critico", "critica", "kritiker", "kritikerin", "krytyk", "krytyczka",
	"phóng", "biên",
	// The Polish and Scandinavian editor; Latvian, Lithuanian, Hungarian and
	// Estonian journalists and editors.
	"redaktor", "žurnāliste", "žurnālists", "žurnalistė", "žurnalistas", "újságíró", "riporter",
	"ajakirjanik", "toimetaja",
}

// authorTradeBytes are authorTrades as bytes by their last byte, for
// comparing with the end of folded words without converting them: a word
// is compared with the trades that end as it does.
var authorTradeBytes = func() (t [256][][]byte) {
	for _, w := range authorTrades {
		t[w[len(w)-1]] = append(t[w[len(w)-1]], []byte(w))
	}
	return t
}()

// nameFunctionWords are words that capitalised at the start of a sentence
// do not begin a name: articles, demonstratives, prepositions.
var nameFunctionWords = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true, "eine": true,
	"el": true, "la": true, "los": true, "las": true, "le": true, "les": true, "il": true, "lo": true, "gli": true,
	"i": true, "de": true, "het": true, "een": true, "o": true, "a": true, "os": true, "as": true, "um": true,
	"uma": true, "the": true, "an": true, "among": true, "unter": true, "entre": true, "parmi": true, "tra": true,
	"wśród": true, "ten": true, "ta": true, "to": true, "this": true, "that": true, "dieser": true, "diese": true,
	"ce": true, "cette": true, "este": true, "esta": true, "questo": true, "questa": true, "deze": true, "dit": true,
	"auch": true, "aussi": true, "también": true, "anche": true, "também": true, "ook": true, "także": true,
}

// authorBoxMinWords is the shortest author box sentence, in words.
const authorBoxMinWords = 6

// isAuthorBoxLead reports a paragraph that starts "Name [Name…] is [a]
// trade": two to four capitalised words (a title such as "Dr." among
// them), none a function word, then a copula or a dash ("Jakub Sowa –
// dziennikarz …"), an optional article and a word ending in a trade.
func isAuthorBoxLead(text string) bool {
	var buf [foldMax]byte
	head := text
	if len(head) > foldMax {
		k := foldMax
		for k > 0 && !utf8.RuneStart(head[k]) {
			k--
		}
		head = head[:k]
	}
	// The original words tell capitals; the folded ones are compared. A
	// name in bold or italics keeps its marks in a converter's markup
	// ("**Lucía Barrado** es crítica teatral", "*Dimas Prasetyo* adalah
	// jurnalis"): they are passed over.
	names := 0
	rest := strings.TrimLeft(head, "*_/")
	for names <= 4 {
		rest = strings.TrimLeft(rest, " ")
		end := strings.IndexByte(rest, ' ')
		if end < 0 {
			return false
		}
		word := rest[:end]
		if names > 0 {
			word = strings.TrimRight(word, "*_/") // the name's closing marks
		}
		w, ok := foldLine(&buf, strings.TrimRight(word, ",.;:"), "")
		if !ok {
			return false
		}
		if authorCopulas[string(w)] || word == "–" || word == "—" || word == "-" {
			// "Name ist Redakteurin", "Name – dziennikarz …"
			if names < 2 {
				return false
			}
			return startsWithTradeAfter(rest[end:], paperCopulas[string(w)])
		}
		if names == 0 && nameArticles[string(w)] {
			rest = rest[end:]
			continue
		}
		r, _ := utf8.DecodeRuneInString(word)
		if !unicode.IsUpper(r) && names >= 2 && isTradeThenCopula(rest) {
			// "Ivana Matić novinarka je …": the trade before the copula,
			// as the South Slavic languages have it.
			return true
		}
		if !unicode.IsUpper(r) || nameFunctionWords[string(w)] {
			return false
		}
		names++
		rest = rest[end:]
	}
	return false
}

// isTradeThenCopula reports whether s starts with a trade and a copula:
// "novinarka je Glasa Bosuta …".
func isTradeThenCopula(s string) bool {
	s = strings.TrimLeft(s, " ")
	end := strings.IndexByte(s, ' ')
	if end < 0 || !startsWithTrade(s[:end]) {
		return false
	}
	copula, _, _ := strings.Cut(strings.TrimLeft(s[end:], " "), " ")
	var buf [foldMax]byte
	w, ok := foldLine(&buf, copula, "")
	return ok && authorCopulas[string(w)]
}

// startsWithTrade reports whether s (the text after the copula) starts
// with a trade, perhaps after an article ("eine freie Journalistin").
// A word ends at the first of wordEnds (strings.IndexAny made its set of
// them at every call).
func startsWithTrade(s string) bool {
	return startsWithTradeAfter(s, false)
}

// startsWithTradeAfter is startsWithTrade that, when papers is set, also
// lets the trade come after capitalised words that are no function words
// (nameFunctionWords): the paper's name ("is a Pulitzer Prize-winning
// columnist"). isAuthorBoxLead sets it after the copulas of the first
// languages only: after "on", "este", "je" or "er" a name may follow
// ("Joe Biden on Fox News reporter …").
func startsWithTradeAfter(s string, papers bool) bool {
	var buf [foldMax]byte
	for k := 0; k < 4; k++ {
		s = strings.TrimLeft(s, " ")
		end := 0
		for end < len(s) && !wordEnds[s[end]] {
			end++
		}
		w, ok := foldLine(&buf, s[:end], "")
		if !ok || len(w) == 0 {
			return false
		}
		for _, t := range authorTradeBytes[w[len(w)-1]] {
			if bytes.HasSuffix(w, t) {
				return true
			}
		}
		if r, _ := utf8.DecodeRuneInString(s); authorArticles[string(w)] || papers && unicode.IsUpper(r) && !nameFunctionWords[string(w)] {
			// An article, or the paper's name before the trade.
			s = s[end:]
			continue
		}
		return false
	}
	return false
}

// wordEnds are the bytes that end startsWithTrade's words: " ,.;:".
var wordEnds = [256]bool{' ': true, ',': true, '.': true, ';': true, ':': true}

// authorBox labels bio the paragraphs that the model did not call bio and
// that open as an author box (isAuthorBoxLead), with the name line just
// above one, unless the paragraph sits inside the article (two body
// paragraphs above it and one below: a portrait of a journalist).
func authorBox(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	bodyAbove := 0
	for i := range out {
		inside := bodyAbove >= 2 && i+1 < len(out) && out[i+1].Label == corpus.Body
		if out[i].Label == corpus.Body {
			bodyAbove++
		}
		if out[i].Label == corpus.Bio || inside || fs[i].Words < authorBoxMinWords || !isAuthorBoxLead(paras[i].Text) {
			continue
		}
		out[i] = Scored{Label: corpus.Bio, Score: 0.8}
		if i > 0 && out[i-1].Label != corpus.Bio && isNameLine(paras[i-1].Text, &fs[i-1]) {
			out[i-1] = Scored{Label: corpus.Bio, Score: 0.7}
		}
	}
}

// socialWords are the lines of an author box's links to the author's
// profiles ("Follow Us", "twitter", "email"), folded.
var socialWords = map[string]bool{
	"twitter": true, "x": true, "instagram": true, "facebook": true, "linkedin": true, "email": true, "e-mail": true,
	"follow": true, "follow us": true, "follow me": true, "follow on twitter": true, "rss": true, "website": true,
	"mastodon": true, "threads": true, "bluesky": true, "youtube": true, "tiktok": true,
}

// namedBoxMaxGap is how many short lines (a title, links to profiles) may
// stand between an author box's name line and its sentence: 7 takes "Meg
// James / Follow Us / twitter / instagram / email / facebook / Meg James
// is …" (5 before: text CV macro F1 0.7676 → 0.7705).
const namedBoxMaxGap = 7

// namedAuthorBox labels bio an author box that names its author on a line
// of its own and then speaks of him or her: a name line (one to four
// capitalised words) and, within namedBoxMaxGap short lines under it (a
// title, "Follow Us", "twitter"), a sentence of at least authorBoxMinWords
// words that starts with the name (or its first or last word) and a verb
// such as "is", "has", "joined" (startsWithName), or with the author's
// trade ("Dziennikarka działu śledczego. …"; startsWithTrade) ("Meg James / Follow Us / twitter / … / Meg James is a corporate
// media reporter …", "Roger Gonzalez / CBS Sports Writer / Roger Gonzalez is
// an award-winning writer …"). The name line, the lines between and the
// sentence become bio, and so do the links to the author's profiles just
// under the sentence, when the model called none of them body or comment
// and no stamp of a comment stands between name and sentence. The
// sentence may be body when it stands right under the name with no body
// above or below it (loneBody): the rules' body takes an author box's
// sentence under the tags for prose of its own.
func namedAuthorBox(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	for i := 0; i+1 < n; i++ {
		if out[i].Label == corpus.Body || out[i].Label == corpus.Comment || !isNameLine(paras[i].Text, &fs[i]) {
			continue
		}
		j := i + 1
		for j < n && j-i <= namedBoxMaxGap && fs[j].Words <= 4 && !fs[j].EndsSentence && out[j].Label != corpus.Body {
			j++
		}
		if j >= n || j-i > namedBoxMaxGap || out[j].Label == corpus.Body && (j > i+1 || !loneBody(out, j)) || out[j].Label == corpus.Comment || fs[j].Words < authorBoxMinWords ||
			!startsWithName(paras[j].Text, paras[i].Text) && !startsWithTrade(paras[j].Text) ||
			stampBetween(paras, fs, i+1, j) {
			continue
		}
		end := j + 1
		for end < n && end-j <= namedBoxMaxGap && out[end].Label != corpus.Body && isSocialLine(paras[end].Text) {
			end++
		}
		for k := i; k < end; k++ {
			if out[k].Label != corpus.Bio {
				out[k] = Scored{Label: corpus.Bio, Score: 0.7}
			}
		}
		i = end - 1
	}
}

// loneBody reports a body paragraph with no body right above or below it:
// an author box's sentence that the rules' body took for prose of its own
// ("Pamela Wilson / Pamela Wilson is an online educator, author, …" under
// the article's tags).
func loneBody(out []Scored, j int) bool {
	return (j == 0 || out[j-1].Label != corpus.Body) && (j+1 == len(out) || out[j+1].Label != corpus.Body)
}

// stampBetween reports a comment's stamp (a relative time, a lone time or
// date) among the lines from to to-1: a reader's name above a stamp is a
// comment, not an author box. namedAuthorBox asks only once a box's name
// and sentence are found (a few times a page), not for every short line
// under every name line it looks at: up to namedBoxMaxGap times per line.
func stampBetween(paras []corpus.Paragraph, fs []features.Features, from, to int) bool {
	for k := from; k < to; k++ {
		if fs[k].Digits > 0 && (isRelativeTime(paras[k].Text) || isLoneTime(paras[k].Text) || isLoneDate(paras[k].Text)) {
			return true
		}
	}
	return false
}

// bioVerbs may follow an author's name at the start of an author box's
// sentence: "Meg James is a corporate media reporter …", "Emiliano joined
// pv magazine in March 2017".
var bioVerbs = map[string]bool{
	"is": true, "was": true, "has": true, "joined": true, "writes": true, "lives": true, "reports": true,
	"ist": true, "es": true, "est": true, "jest": true, "è": true, "é": true,
}

// startsWithName reports a sentence that starts with name (all of its
// words, or its first or its last word) followed by a verb of bioVerbs (a
// first or last word and a copula also need an article or a trade after
// it), or, under a name of two words or more, with "I am a", "I'm a", or
// with the trade and then the name (startsWithTradeThenName).
func startsWithName(sentence, name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	firstWord, _, more := strings.Cut(name, " ")
	lastWord := name[strings.LastIndexByte(name, ' ')+1:]
	if more {
		for _, p := range []string{"I am a ", "I'm a ", "I’m a ", "I am an ", "I'm an ", "I’m an "} {
			if strings.HasPrefix(sentence, p) {
				return true
			}
		}
	}
	for k, lead := range [...]string{name, firstWord, lastWord} {
		// The lead and a space (without joining them: a call to
		// concatstrings per lead).
		if len(sentence) > len(lead) && sentence[len(lead)] == ' ' && strings.HasPrefix(sentence, lead) {
			rest := sentence[len(lead)+1:]
			verb, after, _ := strings.Cut(rest, " ")
			if !bioVerbs[verb] {
				continue
			}
			// The full name and a verb will do; a first or last name alone
			// ("Scholz is under pressure") needs an article or a trade after a
			// copula ("Regan is a …", "Emiliano joined …").
			if k == 0 || !authorCopulas[verb] {
				return true
			}
			art, _, _ := strings.Cut(after, " ")
			if authorArticles[strings.ToLower(art)] || startsWithTrade(after) {
				return true
			}
		}
	}
	return more && startsWithTradeThenName(sentence, name)
}

// startsWithTradeThenName reports a sentence that names its author after
// the trade, a few words into it, and goes on with a verb of bioVerbs:
// "Pulitzer Prize-winning journalist Michael Hiltzik writes a daily blog
// …", "Veteran reporter Jane Roe has covered …".
func startsWithTradeThenName(sentence, name string) bool {
	// The name between spaces, found without joining them to it (an
	// allocation per line).
	at := strings.Index(sentence, name) - 1
	if at < 0 || at > 60 || sentence[at] != ' ' || at+1+len(name) >= len(sentence) || sentence[at+1+len(name)] != ' ' {
		return false
	}
	head := sentence[:at]
	words := strings.Count(head, " ") + 1
	if words > 4 {
		return false
	}
	last := head[strings.LastIndexByte(head, ' ')+1:]
	if !startsWithTrade(last) {
		return false
	}
	verb, _, _ := strings.Cut(sentence[at+len(name)+2:], " ")
	return bioVerbs[verb]
}

// isSocialLine reports a line of links to an author's profiles: one to
// four words, each a network's name or "follow", "email" (socialWords).
func isSocialLine(text string) bool {
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, "|·•/", 4)
	if !ok {
		return false
	}
	if socialWords[string(b)] {
		return true
	}
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			return true
		}
		if !socialWords[string(w)] {
			return false
		}
	}
}

// bylineWords lead a byline in the languages of the stop lists' largest
// users, lower-cased: "By", "Von", "Door", "Par", "Por", "Di", "Przez".
var bylineWords = map[string]bool{
	"by": true, "von": true, "door": true, "par": true, "por": true, "di": true, "da": true, "przez": true,
	"av": true, "af": true, "od": true, "autor:": true, "autorka:": true, "auteur:": true, "autore:": true,
	"autorin:": true, "autora:": true, "text:": true, "tekst:": true, "texto:": true, "texte:": true,
	"testo:": true, "interview:": true, "entrevista:": true, "wywiad:": true, "oprac.": true, "piše:": true,
	"írta:": true, "szerző:": true, "teksti:": true, "пишува:": true, "autors:": true, "autorius:": true, "napisao:": true, "napisala:": true,
	// A live blog's reporters: "Relacjonują: Tomasz Gryglas, Ola
	// Mierzwa", "Redacción: Marc Soler Puig".
	"relacjonuje:": true, "relacjonują:": true, "redacción:": true, "redacció:": true,
}

// textBylineWords lead a byline with the word after them: "Texto de …",
// "Texte de …", "Testo di …", "Text von …".
var textBylineWords = map[string]string{"texto": "de", "texte": "de", "testo": "di", "text": "von"}

// bylineTails end the name in a byline line that goes on with a place, a
// date or a role: "Par Étienne Bourdasse, le 30 novembre 2026", "Tekst:
// Bartosz Zielonka, Zamość", "Interview: Sebastian Frerichs | 27. November
// 2026", "Aitor Elgezabal · Bilbao".
var bylineTails = []string{", ", " | ", " · ", " – ", " — ", " / "}

// nameParticles may stand in a person's name in lower case: "Sanne de
// Kruijf", "Ursula von der Leyen", "Léa da Silva".
var nameParticles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "le": true, "la": true, "di": true, "da": true,
	"del": true, "della": true, "dos": true, "das": true, "du": true, "y": true, "ten": true, "ter": true, "el": true,
}

// bylineMaxTop and bylineMaxAbove are how far below and above the
// article's first body paragraph (its headline, once dumpHeadline has run)
// a byline may stand for bylineBios.
const (
	bylineMaxTop   = 6
	bylineMaxAbove = 2
)

// kindBylineWords are the byline words that may follow a word or two
// naming the kind of article: "Eine Rezension von", "Ein Kommentar von",
// "Analysis by", "Une chronique par", "Una crónica por", "Felieton od".
var kindBylineWords = map[string]bool{"von": true, "by": true, "par": true, "por": true, "door": true, "od": true}

// kindBylineRest returns what follows a byline that names the article's
// kind first ("Eine Rezension von Florian Weidemann | …" gives "Florian
// Weidemann | …"): one or two words, the first capitalised and no English
// participle, then a kindBylineWords word.
func kindBylineRest(text string) (string, bool) {
	w1, rest, ok := strings.Cut(text, " ")
	if !ok || !unicode.IsUpper(firstRune(w1)) || strings.HasSuffix(w1, "ed") {
		// "Prepared by", "Posted by", "Compiled by": a task's credit,
		// whose name need not be the author's.
		return "", false
	}
	for k := 0; k < 2; k++ {
		w, after, ok := strings.Cut(rest, " ")
		if !ok || w == "" {
			return "", false
		}
		if kindBylineWords[w] {
			return after, true
		}
		rest = after
	}
	return "", false
}

// bylineName returns the person's name of a byline line: the line without a
// leading byline word and without a tail after the name (bylineTails: a
// place, a date), when what is left is 2 to 4 capitalised words (name
// particles aside) and nothing else; "" otherwise. plain reports a line
// with no byline word: a name alone, or a name and a tail, may be a topic
// or a kicker as well as a byline.
func bylineName(text string) (name string, plain bool) {
	text = strings.TrimSpace(text)
	if len(text) > 60 {
		return "", false
	}
	first, rest, ok := strings.Cut(text, " ")
	lead := false
	var buf [16]byte // the lower-cased first word, without a call to strings.ToLower per line
	w, fits := lowerWordInto(buf[:0], first)
	if ok && fits && bylineWords[string(w)] {
		text, lead = rest, true
	} else if of, after, found := strings.Cut(rest, " "); ok && found && textBylineWords[string(w)] == of {
		text, lead = after, true // "Texto de Rui Albuquerque"
	} else if after, found := kindBylineRest(text); found {
		text, lead = after, true
	}
	for _, tail := range bylineTails {
		if k := strings.Index(text, tail); k > 0 {
			text = text[:k]
		}
	}
	words, caps := 0, 0
	for w := range strings.FieldsSeq(text) {
		words++
		r := firstRune(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case nameParticles[w]:
		default:
			return "", false
		}
		if strings.ContainsAny(w, "0123456789:|@/,") {
			return "", false
		}
	}
	if caps < 2 || words > 4 || !lead && words != caps {
		return "", false
	}
	return text, !lead
}

// lowerWordInto appends the lower-cased word to dst within dst's capacity
// ("Írta:" → "írta:"), and reports whether all of it fitted.
func lowerWordInto(dst []byte, word string) ([]byte, bool) {
	for _, r := range word {
		if r < utf8.RuneSelf {
			r = rune(lowerASCII(byte(r)))
		} else {
			r = unicode.ToLower(r)
		}
		if len(dst)+utf8.RuneLen(r) > cap(dst) {
			return dst, false
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, true
}

// bylineBios labels bio the byline of an article that the model took for
// body or chrome and the author's bio at its end that it took for body: a
// line near the top (at most bylineMaxAbove paragraphs above and
// bylineMaxTop below the first body paragraph) that is a person's name, with a byline word before it
// ("Door Sanne de Kruijf", "Par Claire Vasseur") or a date, time or reading
// time just under it ("Yannick Le Goff" above "Le 27 novembre 2026 à
// 17h45"); then, below the article's first paragraph, a sentence of
// authorBoxMinWords words or more that starts with that name and a verb
// ("Yannick Le Goff est journaliste au service Rennes …"; startsWithName).
func bylineBios(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	n := len(out)
	for i := max(0, first-bylineMaxAbove); i < n && i <= first+bylineMaxTop; i++ {
		if out[i].Label == corpus.Comment || out[i].Label == corpus.Promo {
			continue
		}
		name, plain := bylineName(paras[i].Text)
		if name == "" {
			continue
		}
		dated := i+1 < n && fs[i+1].Words <= 10 && (isLoneDate(paras[i+1].Text) || isLoneTime(paras[i+1].Text) || isReadingTime(paras[i+1].Text) || hasClock(paras[i+1].Text))
		if plain && !dated && out[i].Label != corpus.Bio {
			// A name alone, with no date under it: a topic, a kicker;
			// a byline when the author box under the article starts with
			// it (a reader's extract: "Ivana Matić" under the title).
			if hasAuthorBox(paras, out, first, name) {
				out[i] = Scored{Label: corpus.Bio, Score: 0.7}
				return
			}
			continue
		}
		if plain && out[i].Label != corpus.Bio && hasLowerWord(strings.TrimSpace(paras[i].Text)[len(name):]) {
			continue // "Angela Merkel – ein Porträt" over a date: a headline, not "Sofia Cardoso, Lusa"
		}
		bio := false
		opening := true // the article's first paragraph under the byline is no author box
		for j := i + 1; j < n; j++ {
			if out[j].Label == corpus.Body && fs[j].Words >= authorBoxMinWords && opening {
				opening = false
				continue
			}
			if fs[j].Words >= authorBoxMinWords && out[j].Label != corpus.Comment && (startsWithName(paras[j].Text, name) ||
				j > first && (startsWithSubject(paras[j].Text, name) || startsWithNamedTrade(paras[j].Text, name))) {
				out[j] = Scored{Label: corpus.Bio, Score: 0.7}
				bio = true
			}
		}
		if out[i].Label != corpus.Bio && (bio || dated || !plain) {
			out[i] = Scored{Label: corpus.Bio, Score: 0.7}
		}
		return
	}
}

// hasAuthorBox reports a paragraph labelled bio below the article's first
// body paragraph first that starts with name and a space.
func hasAuthorBox(paras []corpus.Paragraph, out []Scored, first int, name string) bool {
	for j := first + 1; j < len(out); j++ {
		if t := paras[j].Text; out[j].Label == corpus.Bio && len(t) > len(name) && t[len(name)] == ' ' && strings.HasPrefix(t, name) {
			return true
		}
	}
	return false
}

// startsWithSubject reports a sentence that opens with the whole of name,
// a name of two words or more, as its subject: the name, a space and a
// word in lower case, whatever the verb ("Henrike Maaßen berichtet seit
// 2019 …", "Aitor Elgezabal cubre empresas …", "Solène Guérinel suit
// l'éducation …", "Bartosz Zielonka od dziesięciu lat relacjonuje …").
// bylineBios asks it only of the byline's name below the article's start,
// where a paragraph about the author is the author box.
func startsWithSubject(sentence, name string) bool {
	if !strings.Contains(name, " ") || len(sentence) <= len(name)+1 || sentence[len(name)] != ' ' || !strings.HasPrefix(sentence, name) {
		return false
	}
	r := firstRune(sentence[len(name)+1:])
	return unicode.IsLower(r)
}

// startsWithNamedTrade reports a sentence that opens with the whole of
// name, a dash or a comma, and the author's trade ("Tomasz Wawrzyczek –
// dziennikarz działu miejskiego, …", "Lena Vogt, Redakteurin im Ressort
// …"; startsWithTrade).
func startsWithNamedTrade(sentence, name string) bool {
	if !strings.Contains(name, " ") || !strings.HasPrefix(sentence, name) {
		return false
	}
	rest := sentence[len(name):]
	for _, sep := range [...]string{" – ", " — ", " - ", ", "} {
		if strings.HasPrefix(rest, sep) {
			return startsWithTrade(rest[len(sep):])
		}
	}
	return false
}

// bylineNames appends to dst the names of a byline line: bylineName's, or
// both names of a byline of two ("Por Sergio Durán y Carmen Rangel", "Von
// Lena Vogt und Jan Ries"; the byline word is needed).
func bylineNames(dst []string, text string) []string {
	if name, _ := bylineName(text); name != "" {
		return append(dst, name)
	}
	text = strings.TrimSpace(text)
	if len(text) > 80 {
		return dst
	}
	for _, and := range [...]string{" y ", " und ", " et ", " i ", " and ", " e ", " en ", " a "} {
		a, b, ok := strings.Cut(text, and)
		if !ok {
			continue
		}
		n1, plain1 := bylineName(a)
		n2, _ := bylineName(b)
		if n1 != "" && !plain1 && n2 != "" {
			return append(dst, n1, n2)
		}
	}
	return dst
}

// namedBoxUnderArticle labels bio an author box below the article that
// the model took for body or promo: a line that is just the name of the
// byline (a line labelled bio above the article's start or at most
// bylineMaxTop paragraphs below it; bylineNames) and, right under it, a
// sentence of authorBoxMinWords words or more that opens with the
// author's trade ("Yann Le Goff" over "Journaliste à la rédaction de
// Saint-Brieuc, il suit la vie politique locale. …", "Sergio Durán" over
// "Redactor de Sucesos en Cáceres. …"; startsWithTrade). The byline's name
// is what tells the box from a name in the article or a comment's author.
func namedBoxUnderArticle(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	var buf [4]string
	names := buf[:0]
	for i := 0; i < len(out) && i <= first+bylineMaxTop; i++ {
		if out[i].Label == corpus.Bio && fs[i].Words <= 12 {
			names = bylineNames(names, paras[i].Text)
		}
	}
	if len(names) == 0 {
		return
	}
	for j := first + 1; j+1 < len(out); j++ {
		if out[j].Label == corpus.Comment || out[j+1].Label == corpus.Comment || fs[j+1].Words < authorBoxMinWords || fs[j].Words > 4 {
			continue
		}
		if slices.Contains(names, strings.TrimSpace(paras[j].Text)) && startsWithTrade(paras[j+1].Text) {
			out[j] = Scored{Label: corpus.Bio, Score: 0.7}
			out[j+1] = Scored{Label: corpus.Bio, Score: 0.7}
		}
	}
}

// hasLowerWord reports a word in s that starts with a lower-case letter.
func hasLowerWord(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if unicode.IsLower(firstRune(w)) {
			return true
		}
	}
	return false
}

// creditPhrases mark a line that credits the article's reporters or
// researchers, lower-cased: "Additional reporting by Joseph Hudak", "Keith
// Bradsher contributed reporting from Hong Kong.", "Mitarbeit: Anna Kurz".
var creditPhrases = []string{
	"reporting by", "contributed reporting", "contributed to this report", "researched by", "editing by",
	"written by", "mitarbeit:", "mit material von", "con información de", "colaboró", "avec la collaboration de",
	"współpraca:", "ha collaborato", "com informações de", "met medewerking van",
}

// authorLinkPhrases mark the links of an author box, lower-cased: "View
// author archive", "Get author RSS feed", "More articles from Emiliano
// Bellini", "Marcus De Guzman View More Articles".
var authorLinkPhrases = []string{
	"author archive", "author rss", "email the author", "follow the author", "view more articles",
	"more articles from", "more articles by", "all articles by", "view all posts by", "all posts by",
	"mehr vom autor", "alle artikel von", "alle beiträge von", "tous les articles de", "plus d'articles de",
	"más artículos de", "todos los artículos de", "więcej artykułów autora", "wszystkie artykuły autora",
	"altri articoli di", "tutti gli articoli di", "mais artigos de", "meer artikelen van",
}

// creditLineMaxWords and authorLinkMaxWords bound the lines creditLines
// reads (3 words at least: a menu's words are shorter).
// creditLineMaxBytes bounds them in bytes (it was the size of the buffer
// they were lower-cased into).
const (
	creditLineMaxWords = 30
	authorLinkMaxWords = 8
	creditLineMaxBytes = 256
)

// creditLines labels bio, wherever the model put them but in a comment
// section, the lines that credit the article's reporters (creditPhrases, at
// most creditLineMaxWords words) and the links of an author box
// (authorLinkPhrases, at most authorLinkMaxWords words): the taxonomy's
// bylines and author boxes, which the model took for promo or body.
//
// The phrases are looked for in the line as it is, by anchorSets (first
// those of creditAnchors, which most lines lack), not in a lower-cased copy.
func creditLines(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := range out {
		f := &fs[i]
		text := paras[i].Text
		if f.Words < 3 || f.Words > creditLineMaxWords || len(text) > creditLineMaxBytes || out[i].Label == corpus.Bio || out[i].Label == corpus.Comment {
			continue
		}
		if !creditAnchors.in(text) {
			continue // no phrase can be there
		}
		if creditPhraseSet.in(text) || f.Words <= authorLinkMaxWords && authorLinkPhraseSet.in(text) {
			out[i] = Scored{Label: corpus.Bio, Score: 0.7}
		}
	}
}

// creditPhraseSet and authorLinkPhraseSet find the phrases in a line;
// creditAnchors are pieces of which every phrase holds one, looked for
// first (TestCreditAnchors): most lines hold none.
var (
	creditPhraseSet     = newAnchorSet(creditPhrases)
	authorLinkPhraseSet = newAnchorSet(authorLinkPhrases)
	aboutHeadingBytes   = phraseBytes(aboutHeadings)
	creditAnchors       = newAnchorSet([]string{"by", "contribut", "mitarb", "material", "informa", "labor", "współ", "medewerk", "auth", "autor", "auteur", "rti", "rtí", "rty", "posts", "beiträ"})
)

// anchorSet finds, in one pass over a line, whether the line with its ASCII
// letters lower-cased (lowerInto) contains one of at most 32 anchors of two
// bytes or more. Where containsAny ran bytes.Index once per anchor over the
// lower-cased copy (a search per anchor, most of creditLines' time), the set
// reads each byte once: byByte[c] has bit a set in its first (second,
// third) mask when c, lower-cased, is anchor a's first (second, third)
// byte, and in its third mask for every c when anchor a has two bytes, so
// that the anchors that can start at a byte are those whose bit is set in
// the first mask of that byte, the second of the next one and the third
// of the one after, and only they are compared there (a few lines in a
// hundred have such a byte). A two-byte anchor at the end of the line,
// with no byte after it, is read from the masks of its two bytes
// (short). An anchorSet is immutable once built.
type anchorSet struct {
	byByte  [256]anchorMasks
	short   uint32 // the anchors of two bytes
	anchors []string
}

// anchorMasks are the masks of anchorSet for one byte.
type anchorMasks struct {
	first, second, third uint32
}

// newAnchorSet builds the set of the lower-case anchors (at most 32, each
// of two bytes or more).
func newAnchorSet(anchors []string) *anchorSet {
	if len(anchors) > 32 {
		panic("newAnchorSet: more than 32 anchors")
	}
	s := &anchorSet{anchors: anchors}
	for a, p := range anchors {
		if len(p) < 2 {
			panic("newAnchorSet: an anchor of fewer than two bytes")
		}
		bit := uint32(1) << a
		if len(p) == 2 {
			s.short |= bit
		}
		for c := 0; c < 256; c++ {
			m := &s.byByte[c]
			low := lowerASCII(byte(c))
			if low == p[0] {
				m.first |= bit
			}
			if low == p[1] {
				m.second |= bit
			}
			if len(p) == 2 || low == p[2] {
				m.third |= bit
			}
		}
	}
	return s
}

// in reports whether text, its ASCII letters lower-cased, contains one of
// the set's anchors: containsAny(lowerInto(nil, text), anchors) without the
// copy and the searches.
func (s *anchorSet) in(text string) bool {
	if len(text) < 2 {
		return false
	}
	// one: the anchors whose first byte is the last byte read; two: those
	// whose first two bytes are the last two.
	one := s.byByte[text[0]].first
	two := uint32(0)
	for k := 1; k < len(text); k++ {
		m := &s.byByte[text[k]]
		three := two & m.third
		two = one & m.second
		one = m.first
		for three != 0 {
			a := bits.TrailingZeros32(three)
			three &= three - 1
			if hasLowerPrefix(text[k-2:], s.anchors[a]) {
				return true
			}
		}
	}
	// The masks tell a two-byte anchor whole.
	return two&s.short != 0
}

// hasLowerPrefix reports whether text, its ASCII letters lower-cased,
// starts with p.
func hasLowerPrefix(text, p string) bool {
	if len(text) < len(p) {
		return false
	}
	for j := 0; j < len(p); j++ {
		if lowerASCII(text[j]) != p[j] {
			return false
		}
	}
	return true
}

func phraseBytes(ps []string) [][]byte {
	b := make([][]byte, len(ps))
	for i, p := range ps {
		b[i] = []byte(p)
	}
	return b
}

// lowerInto appends text to dst with its ASCII letters lower-cased.
func lowerInto(dst []byte, text string) []byte {
	for k := 0; k < len(text); k++ {
		dst = append(dst, lowerASCII(text[k]))
	}
	return dst
}

// hasPrefixAnyBytes reports whether b starts with one of the phrases.
func hasPrefixAnyBytes(b []byte, phrases [][]byte) bool {
	for _, p := range phrases {
		if bytes.HasPrefix(b, p) {
			return true
		}
	}
	return false
}

// containsAny reports whether b contains one of the phrases: a search per
// phrase. creditLines looks for its phrases with anchorSets instead; the
// tests compare them with it.
func containsAny(b []byte, phrases [][]byte) bool {
	for _, p := range phrases {
		if bytes.Contains(b, p) {
			return true
		}
	}
	return false
}

// aboutHeadings start the heading of an author box, lower-cased (ASCII
// letters only, so "Über" and "À" are there twice): "About
// me", "Über Moritz Bachmann", "Sobre Carlos Nadalim", "À propos de
// l'auteur", "O autorze".
var aboutHeadings = []string{
	"about ", "über ", "Über ", "sobre ", "à propos de ", "À propos de ", "a propos de ", "acerca de ", "o autorze", "o autorce",
	"informacje o autorze", "sull'autore", "chi sono", "over de auteur", "over mij",
}

// aboutStarts holds the first two bytes of every heading of aboutHeadings:
// a line whose first two bytes, lower-cased, are none of them starts with
// no heading, and aboutBox turns it away without lower-casing it.
var aboutStarts = newPairSet(aboutHeadings)

// pairSet is a set of pairs of bytes, a bit for each of the 65,536.
type pairSet [1 << 16 / 64]uint64

// newPairSet returns the set of the first two bytes of each phrase (of two
// bytes or more).
func newPairSet(phrases []string) *pairSet {
	var s pairSet
	for _, p := range phrases {
		s.add(p[0], p[1])
	}
	return &s
}

// add puts the pair a, b in the set.
func (s *pairSet) add(a, b byte) {
	k := uint(a)<<8 | uint(b)
	s[k/64] |= 1 << (k % 64)
}

// has reports whether the pair a, b is in the set.
func (s *pairSet) has(a, b byte) bool {
	k := uint(a)<<8 | uint(b)
	return s[k/64]&(1<<(k%64)) != 0
}

// aboutMaxWords is the longest heading of an author box; aboutMaxLines how
// many paragraphs under it aboutBox labels bio.
const (
	aboutMaxWords = 5
	aboutMaxLines = 3
	// aboutMaxAuthorLines is how many under an "About the author" heading:
	// the name, perhaps twice, the role and the links to profiles.
	aboutMaxAuthorLines = 6
)

// aboutBox labels bio an author box under an "About …" heading below the
// article's first body paragraph: the heading (at most aboutMaxWords words,
// "About me", "Über Moritz Bachmann") and up to aboutMaxLines paragraphs of
// prose under it that speak of a person ("I'm Regan", "Pai de …, Carlos
// Nadalim é …": a first-person pronoun, or the heading's name, or a bio
// verb after the first word). Under a heading that names the author
// ("About the author"), up to aboutMaxAuthorLines lines may be the
// author's name, role and links to profiles instead ("Ed Cara / Science
// writer at Gizmodo … / Email Twitter Posts"). A heading of three words or
// fewer the model took for a comment ("About me" under the comment form)
// is read too, with the comment lines under it. Most lines are turned away
// by their first two bytes (aboutStarts) before they are lower-cased.
func aboutBox(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	var buf [64]byte
	for h := first + 1; h+1 < len(out); h++ {
		text := paras[h].Text
		if fs[h].Words > aboutMaxWords || fs[h].Words < 2 || len(text) > len(buf) || out[h].Label == corpus.Comment && fs[h].Words > 3 {
			continue
		}
		if len(text) < 2 || !aboutStarts.has(lowerASCII(text[0]), lowerASCII(text[1])) {
			continue // no heading starts so
		}
		low := lowerInto(buf[:0], text)
		if !hasPrefixAnyBytes(low, aboutHeadingBytes) {
			continue
		}
		_, name, _ := strings.Cut(text, " ")
		// Under a heading in a comment section ("About me" under the
		// comment form), the lines may be the model's comment too.
		commented := out[h].Label == corpus.Comment
		author := bytes.Contains(low, []byte("author"))
		lines := aboutMaxLines
		if author {
			lines = aboutMaxAuthorLines
		}
		j := h + 1
		for ; j < len(out) && j-h <= lines && (commented || out[j].Label != corpus.Comment); j++ {
			t := paras[j].Text
			if author && (fs[j].Words >= 2 && isNameLine(t, &fs[j]) && !strings.Contains(t, "&") || isRoleLine(t, &fs[j]) || isProfileLinks(t, &fs[j])) {
				// "About the author / Ed Cara / Science writer at Gizmodo
				// … / Email Twitter Posts".
				continue
			}
			// A sentence that names the heading's person, or speaks in the
			// first person ("Hi there! I'm Regan." has three words).
			if !(fs[j].Words >= authorBoxMinWords && strings.Contains(t, name) || fs[j].Words >= 3 && hasFirstPerson(t)) {
				break
			}
		}
		if j == h+1 {
			continue
		}
		for k := h; k < j; k++ {
			out[k] = Scored{Label: corpus.Bio, Score: 0.7}
		}
		return
	}
}

// roleWords name an author's role on the line under the name in an author
// box, lower-cased: "Senior editor at Gizmodo.", "Science writer at …",
// "Contributing Writer".
var roleWords = map[string]bool{
	"editor": true, "writer": true, "reporter": true, "contributor": true, "columnist": true,
	"correspondent": true, "journalist": true, "producer": true, "author": true, "critic": true,
}

// isRoleLine reports a short line naming an author's role in one of its
// first three words (roleWords): "Senior editor at Gizmodo.", "Ideas
// Contributor".
func isRoleLine(t string, f *features.Features) bool {
	if f.Words > 10 || f.Digits > 0 {
		return false
	}
	for k := 0; k < 3 && t != ""; k++ {
		var w string
		w, t, _ = strings.Cut(t, " ")
		var buf [16]byte
		lw, ok := lowerWordInto(buf[:0], strings.TrimRight(w, ".,"))
		if ok && roleWords[string(lw)] {
			return true
		}
	}
	return false
}

// isProfileLinks reports a line of links to an author's profiles whose
// first word is a network's name or "email" ("Email Twitter Posts"): up
// to five words.
func isProfileLinks(t string, f *features.Features) bool {
	if f.Words > 5 || f.Digits > 0 {
		return false
	}
	w, _, _ := strings.Cut(t, " ")
	var buf [16]byte
	lw, ok := lowerWordInto(buf[:0], w)
	return ok && socialWords[string(lw)]
}

// hasFirstPerson reports a sentence in the first person singular: "I'm",
// "My name is", "Ich bin", "Je suis", "Soy", "Jestem".
func hasFirstPerson(t string) bool {
	for _, p := range []string{"I'm ", "I’m ", "I am ", "My name", "my name", "Ich bin ", "Je suis ", "Soy ", "Jestem ", "Sono ", "Sou "} {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}
