package classify

import (
	"bytes"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A comment thread is a run of readers' comments, each under a line that
// names its reader and tells when it was written: "Nick A" above "2 days
// ago at 07:54 am", "Gaston64" above "il y a 5 h", "almenarense_desde_1987 ·
// hace 2 horas", "华声网辽宁省沈阳市网友" above "1小时前". The comments are
// prose and, one by one, look like the article's paragraphs; the model
// sees a thread's headings and buttons when they carry a cue, and it takes
// the rest for body or page furniture when they do not. commentThread
// finds the thread by its stamps and labels it comment.

// relativeUnits are the units of time of relative stamps ("3 hours ago",
// "vor 2 Stunden", "hace 5 minutos", "il y a 2 jours", "2 godz. temu"),
// folded, full stops trimmed.
var relativeUnits = map[string]bool{
	"second": true, "seconds": true, "sec": true, "secs": true, "minute": true, "minutes": true, "min": true,
	"mins": true, "hour": true, "hours": true, "hr": true, "hrs": true, "day": true, "days": true, "week": true,
	"weeks": true, "month": true, "months": true, "year": true, "years": true, "h": true, "m": true, "d": true,
	"j": true, "s": true, "std": true, "stdn": true, "sekunde": true, "sekunden": true, "minuten": true, "stunde": true, "stunden": true,
	"tag": true, "tagen": true, "woche": true, "wochen": true, "monat": true, "monaten": true, "jahr": true,
	"jahren": true, "segundo": true, "segundos": true, "minuto": true, "minutos": true, "hora": true,
	"horas": true, "día": true, "días": true, "semana": true, "semanas": true, "mes": true, "meses": true,
	"año": true, "años": true, "seconde": true, "secondes": true, "heure": true, "heures": true, "jour": true,
	"jours": true, "semaine": true, "semaines": true, "mois": true, "an": true, "ans": true, "godz": true,
	"godzinę": true, "godziny": true, "godzin": true, "minutę": true, "minuty": true, "minut": true,
	"dzień": true, "dni": true, "tydzień": true, "tygodnie": true, "tyg": true, "miesiąc": true,
	"miesiące": true, "lat": true, "rok": true, "ore": true, "ora": true, "minuti": true, "giorni": true,
	"giorno": true, "uur": true, "dagen": true, "dag": true, "dias": true, "dia": true,
	// Indonesian and Malay ("3 jam lalu"), Vietnamese ("3 giờ trước"), Czech
	// and Slovak ("před 3 hodinami"), Turkish ("3 saat önce"), Romanian
	// ("acum 3 ore"), Russian and Ukrainian ("3 часа назад", "3 години
	// тому"), Greek ("πριν από 3 ώρες"), Swedish ("för 3 timmar sedan"),
	// Finnish ("3 tuntia sitten").
	"detik": true, "menit": true, "jam": true, "hari": true, "minggu": true, "bulan": true, "tahun": true,
	"giây": true, "phút": true, "giờ": true, "ngày": true, "tuần": true, "tháng": true, "năm": true,
	"sekundami": true, "minutou": true, "minutami": true, "hodinou": true, "hodinami": true, "dnem": true,
	"dny": true, "dňami": true, "dňom": true, "týdnem": true, "týdny": true, "týždňom": true, "saniye": true,
	"dakika": true, "saat": true, "gün": true, "hafta": true, "ay": true, "yıl": true, "oră": true,
	"zile": true, "zi": true, "secunde": true, "săptămâni": true, "luni": true, "ani": true, "секунд": true,
	"минуту": true, "минуты": true, "минут": true, "час": true, "часа": true, "часов": true, "день": true,
	"дня": true, "дней": true, "неделю": true, "недели": true, "месяц": true, "месяца": true, "год": true,
	"года": true, "лет": true, "хвилину": true, "хвилини": true, "хвилин": true, "годину": true, "години": true,
	"годин": true, "дні": true, "днів": true, "ώρα": true, "ώρες": true, "λεπτό": true, "λεπτά": true,
	"μέρα": true, "μέρες": true, "ημέρες": true, "timme": true, "timmar": true, "minuter": true,
	"dagar": true, "tunti": true, "tuntia": true, "minuutti": true, "minuuttia": true, "päivä": true,
	"päivää": true, "viikkoa": true,
	// Estonian ("3 tundi tagasi"), Lithuanian ("prieš 3 val."), Slovenian
	// ("pred 2 urama").
	"tund": true, "tundi": true, "tunni": true, "minutit": true, "päev": true, "päeva": true, "nädal": true,
	"nädalat": true, "sekundit": true, "val": true, "sav": true, "uro": true, "urama": true, "ure": true,
	"uri": true, "minutama": true, "dnevi": true, "dnevom": true,
	// Latvian ("pirms 3 stundām"), Danish and Norwegian ("for 3 timer
	// siden"), Serbian and Croatian in Latin script ("pre 3 sata").
	"stundām": true, "stundas": true, "stundu": true, "minūtēm": true, "minūtes": true, "dienām": true,
	"dienas": true, "nedēļām": true, "timer": true, "time": true, "minutter": true, "dage": true,
	"døgn": true, "uger": true, "uker": true, "dager": true, "sata": true, "sati": true, "sat": true,
	"minuta": true, "dana": true,
}

// relativeWords mark a relative stamp before or after its count ("il y a"
// is looked for as a whole).
var relativeWords = map[string]bool{
	"ago": true, "vor": true, "hace": true, "temu": true, "fa": true, "há": true, "geleden": true,
	"lalu": true, "trước": true, "před": true, "pred": true, "önce": true, "acum": true, "назад": true,
	"тому": true, "πριν": true, "sedan": true, "sitten": true, "tagasi": true, "prieš": true,
	"pirms": true, "siden": true, "pre": true,
}

// relativeFillers may stand in a relative stamp without marking it: "about
// an hour ago", "Posted 4 mins ago", "Posté il y a 2 jours".
var relativeFillers = map[string]bool{
	"il": true, "y": true, "a": true, "an": true, "about": true, "over": true, "posted": true, "edited": true,
	"posté": true, "publié": true, "yang": true, "από": true, "för": true, "for": true,
}

// relativeSingles are relative stamps of one or two words.
var relativeSingles = map[string]bool{
	"just now": true, "yesterday": true, "gerade eben": true, "gestern": true, "ahora": true, "ayer": true,
	"à l'instant": true, "hier": true, "przed chwilą": true, "wczoraj": true, "刚刚": true, "昨天": true,
}

// relativeStarts has the bit a<<8|b of the first two bytes a, b of every
// folded line that can be a relative stamp (isRelativeTime): those of the
// words that may start one (relativeWords, relativeFillers, the articles),
// and of relativeSingles; a one-letter word is followed by a space, a full
// stop or a comma. (A count starts with a digit.)
var relativeStarts = func() (t [1 << 16 / 64]uint64) {
	set := func(a, b byte) {
		k := uint(a)<<8 | uint(b)
		t[k/64] |= 1 << (k % 64)
	}
	add := func(w string) {
		if len(w) >= 2 {
			set(w[0], w[1])
			return
		}
		for _, b := range []byte{' ', '.', ','} {
			set(w[0], b)
		}
	}
	for _, m := range []map[string]bool{relativeWords, relativeFillers, relativeSingles} {
		for w := range m {
			add(w)
		}
	}
	for _, w := range []string{"a", "an", "one"} {
		add(w)
	}
	return t
}()

// isRelativeTime reports a line that tells when a comment was written,
// relative to now, perhaps after the reader's name and a "·" or "|":
// "2 days ago at 07:54 am", "vor 3 Stunden", "hace 2 horas", "il y a 5 h",
// "2 godz. temu", "Gaston64 · il y a 5 h", "3小时前", "45分钟前", "Yesterday".
func isRelativeTime(text string) bool {
	if len(text) > 80 {
		return false
	}
	for k, sep := range [...]string{"·", "|", " - ", " – "} {
		// A line without the separator's rarest byte (its last, or
		// the dash of " - " and " – ", whose last byte is a space
		// that every line has), most lines, has no separator: one
		// IndexByte, not a search for the whole of it.
		if strings.IndexByte(text, sep[[...]int{1, 0, 1, 3}[k]]) < 0 {
			continue
		}
		if k := strings.LastIndex(text, sep); k >= 0 {
			text = text[k+len(sep):]
		}
	}
	text = strings.TrimSpace(text)
	if isCJKRelative(text) {
		return true
	}
	// The folded line's first word must be a count, a marker, a filler
	// or an article, or the line one of relativeSingles: most lines are
	// turned away by their first two bytes (relativeStarts), before they
	// are folded. Only ASCII bytes are judged (other runes may fold to
	// ASCII); a digit or a one-byte line goes on.
	if len(text) >= 2 && text[0] < utf8.RuneSelf && text[1] < utf8.RuneSelf && !isDigit(text[0]) {
		a, b := lowerASCII(text[0]), lowerASCII(text[1])
		if b == '\t' || b == '\n' || b == '\r' {
			b = ' ' // foldLine's space
		}
		if k := uint(a)<<8 | uint(b); relativeStarts[k/64]&(1<<(k%64)) == 0 {
			return false
		}
	}
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, "", 8)
	if !ok {
		return false
	}
	if relativeSingles[string(b)] {
		return true
	}
	count, unit, article := false, false, false
	marker := bytes.Contains(b, []byte("il y a"))
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			break
		}
		w = bytes.TrimRight(w, ".,")
		switch {
		case allDigits(w) && len(w) <= 3:
			if count {
				return false
			}
			count = true
		case !unit && (count || article) && relativeUnits[string(w)]:
			// "3 hours", "an hour"
			count, unit = true, true
		case string(w) == "a" || string(w) == "an" || string(w) == "one":
			article = true
		case relativeWords[string(w)]:
			marker = true
		case relativeFillers[string(w)]:
			// "about", "Posted", "il y a": neither count nor marker
		case unit && (string(w) == "at" || isClockWord(w) || string(w) == "am" || string(w) == "pm"):
			// "2 days ago at 07:54 am"
		default:
			return false
		}
	}
	return count && unit && marker
}

// compactAgeUnits are the units of an age written short after a count:
// "5h", "12 min", "3d".
var compactAgeUnits = map[string]bool{"s": true, "m": true, "min": true, "h": true, "hr": true, "hrs": true, "d": true, "w": true, "mo": true, "y": true}

// replyWords are the reply buttons of a comment's bar, lower-cased.
var replyWords = map[string]bool{
	"reply": true, "antworten": true, "répondre": true, "responder": true, "odpowiedz": true, "rispondi": true,
	"reageer": true, "reageren": true, "svara": true, "svar": true, "odpovědět": true, "ответить": true, "回复": true, "返信": true,
	"válasz": true, "yanıtla": true, "cevapla": true, "yanıt": true, "vastaa": true, "răspunde": true, "odpovedať": true,
	"απάντηση": true, "відповісти": true, "답글": true, "답변": true, "besvar": true,
	"vasta": true, "atsakyti": true, "odgovori": true, "atbildēt": true,
}

// replyBarMax bounds a reply bar in bytes.
const replyBarMax = 80

// likeWords are the like buttons that follow a reply button and a space in
// a Chinese or Japanese comment's bar ("回复 赞 36", "返信 いいね 4").
var likeWords = map[string]bool{"赞": true, "讚": true, "点赞": true, "按讚": true, "いいね": true, "顶": true, "踩": true}

// isReplyBar reports the bar under a comment: parts between "·" or "|",
// one of them a reply button ("Reply · Like 6", "J'aime (7) · Répondre",
// "Reageer · 8 vind-ik-leuks", "Antworten | 9 Gefällt mir"), or a reply
// button followed by like buttons and counts between spaces ("回复 赞 36").
// Its words are no teaser's headline.
func isReplyBar(text string) bool {
	if len(text) > replyBarMax {
		return false
	}
	for part := range barParts(text) {
		var buf [foldMax]byte
		if w, ok := foldLine(&buf, part, ""); ok && replyWords[string(w)] {
			return true
		}
	}
	return isSpacedReplyBar(text)
}

// isSpacedReplyBar reports a reply button followed by at least one like
// button or count, all parted by spaces, and nothing else ("回复 赞 36",
// "返信 いいね 4", "回复 赞(6)").
func isSpacedReplyBar(text string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(text), " ")
	if !ok {
		return false
	}
	var buf [foldMax]byte
	if w, folded := foldLine(&buf, first, ""); !folded || !replyWords[string(w)] {
		return false
	}
	for w := range strings.FieldsSeq(rest) {
		if !likeWords[w] && !isCount([]byte(w)) && !isCountedLike(w) {
			return false
		}
	}
	return true
}

// isCountedLike reports a like button with its count in brackets: "赞(6)",
// "赞（12）".
func isCountedLike(w string) bool {
	for _, open := range [...]string{"(", "（"} {
		if k := strings.Index(w, open); k > 0 && likeWords[w[:k]] {
			count := strings.TrimRight(w[k+len(open):], ")）")
			return len(count) < len(w[k+len(open):]) && isCount([]byte(count))
		}
	}
	return false
}

// barParts yields the parts of a bar of buttons or links between "·" or
// "|" (isReplyBar, isShareBar), untrimmed.
func barParts(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(text) > 0 {
			part := text
			k, n := strings.Index(text, "·"), len("·")
			if j := strings.IndexByte(text, '|'); j >= 0 && (k < 0 || j < k) {
				k, n = j, 1
			}
			if k >= 0 {
				part, text = text[:k], text[k+n:]
			} else {
				text = ""
			}
			if !yield(part) {
				return
			}
		}
	}
}

// commentStems mark a short line that speaks of comments, lower-cased.
var commentStems = []string{
	"comment", "kommentar", "reactie", "reageer", "réaction", "réagi", "comentari", "komentarz", "komentář", "comentário",
	"antwort", "répon", "respon", "odpowied", "rispo", "reply", "discussion", "diskussion", "discusión", "dyskusj",
	"discussione", "conversation", "评论", "評論", "留言", "コメント",
	"yorum", "hozzászól", "keskustel", "kommentoi", "komentár", "σχόλι", "комент", "댓글",
}

// commentish reports a short line that speaks of comments: a reply bar,
// or a stem of commentStems ("Weitere Kommentare laden").
func commentish(text string) bool {
	return len(text) <= replyBarMax && speaksOfComments(text)
}

// isNamedAge reports a comment's stamp that gives its age short after the
// reader's name and a "·" or "|": "trainspotter_88 · 5h", "Mr_K | 3 d":
// a count of one to three digits and a unit of compactAgeUnits. It reads
// the line from its end: most lines end in no such unit after a count,
// and are turned away at once.
func isNamedAge(text string) bool {
	if len(text) > 80 {
		return false
	}
	t := strings.TrimRight(text, " ")
	u := len(t)
	for u > 0 && len(t)-u < 3 && t[u-1] >= 'a' && t[u-1] <= 'z' {
		u--
	}
	if u == len(t) || !compactAgeUnits[t[u:]] {
		return false
	}
	e := u
	if e > 0 && t[e-1] == ' ' {
		e--
	}
	d := e
	for d > 0 && e-d < 3 && isDigit(t[d-1]) {
		d--
	}
	if d == e {
		return false
	}
	rest := strings.TrimRight(t[:d], " ")
	var name string
	switch {
	case strings.HasSuffix(rest, "·"):
		name = rest[:len(rest)-len("·")]
	case strings.HasSuffix(rest, "|"):
		name = rest[:len(rest)-1]
	default:
		return false
	}
	return strings.TrimSpace(name) != ""
}

// isClockWord reports a time of day as one word: "07:54", "16h35".
func isClockWord(w []byte) bool { return isClock(w, false) }

// isCJKRelative reports a Chinese relative stamp: a count and a unit
// followed by 前 ("3小时前", "45分钟前", "2天前").
func isCJKRelative(s string) bool {
	rest, ok := strings.CutSuffix(s, "前")
	if !ok || len(rest) > 32 {
		return false
	}
	rest = strings.TrimRight(rest, " ")
	for _, u := range [...]string{"秒", "分钟", "小时", "天", "周", "个月", "年"} {
		if head, ok := strings.CutSuffix(rest, u); ok {
			// The count, perhaps with spaces around it ("3 小时前").
			head = strings.Trim(head, " ")
			if head == "" {
				return false
			}
			for _, r := range head {
				if r < '0' || r > '9' {
					return false
				}
			}
			return true
		}
	}
	return false
}

// threadMinStamps is the least number of stamped comments of a thread.
const threadMinStamps = 3

// threadMinStampsHeaded is the least number of stamped comments of a
// thread under a comment section's heading ("Comments (64)") just above
// its first comment, or with reply bars (barredThread): a short thread
// (two comments under a live blog).
const threadMinStampsHeaded = 2

// headedThread reports a comment section's heading (or a line with a
// comment cue) within four lines above the stamp at first.
func headedThread(paras []corpus.Paragraph, fs []features.Features, first int) bool {
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		if headsComments(paras[k].Text, &fs[k]) || fs[k].Cues[corpus.Comment] {
			return true
		}
	}
	return false
}

// headsComments reports a comment section's heading (isCommentHeading, at
// most commentMaxHeadingWords words), alone or, with its count, run into
// the line under it (startsWithCountedCommentHeading).
func headsComments(text string, f *features.Features) bool {
	return f.Words <= commentMaxHeadingWords && isCommentHeading(text) || startsWithCountedCommentHeading(text) || endsWithCountedCommentHeading(text)
}

// endsWithCountedCommentHeading reports a line that ends with a comment
// section's heading and its count in brackets, run into the end of the
// line above it by a converter that drops the break before a heading
// ("Basen w Kolnie zamknięty na czas przeglądu Opinie czytelników (3)",
// "Kerwe in Bolanden: Das Programm## Kommentare (3) ##", the heading's
// closing marks aside): one to three words and the count.
func endsWithCountedCommentHeading(text string) bool {
	text = trimClosingMarks(text)
	if !strings.HasSuffix(text, ")") || len(text) < 5 {
		return false
	}
	open := strings.LastIndexByte(text, '(')
	if open <= 0 || len(text)-open > 8 || !isDigit(text[open+1]) {
		return false
	}
	start := open
	for words := 0; words < 3; words++ {
		k := strings.LastIndexByte(strings.TrimRight(text[:start], " "), ' ')
		if k < 0 {
			return false // the heading alone: isCommentHeading's
		}
		start = k
		if isCommentHeading(strings.TrimSpace(text[start:])) {
			return true
		}
	}
	return false
}

// countedLeadMax bounds the heading startsWithCountedCommentHeading looks
// for at a line's start, in bytes.
const countedLeadMax = 48

// startsWithCountedCommentHeading reports a line that starts with a
// comment section's heading and its count in brackets, run into the
// paragraph under it by a converter that drops the break after a heading
// ("Réactions (2) Les commentaires sont soumis à modération.").
func startsWithCountedCommentHeading(text string) bool {
	k := strings.IndexByte(text[:min(len(text), countedLeadMax)], ')')
	if k < 0 || k+1 == len(text) {
		return false // none, or the whole line (isCommentHeading's)
	}
	return isCommentHeading(text[:k+1])
}

// barredThread reports a short thread whose comments carry reply bars
// ("Odpowiedz · Lubię to (15)"): one under each of its first and last
// stamps, within three lines, as a list of other stories has none. It
// stands in for the comment heading a converter ran into the line above
// ("… [Wyślij e-mailem](/share/mail) ### Komentarze (2)").
func barredThread(paras []corpus.Paragraph, first, last int) bool {
	barred := func(i int) bool {
		for j := i + 1; j < len(paras) && j <= i+3; j++ {
			if isReplyBar(paras[j].Text) {
				return true
			}
		}
		return false
	}
	return first >= 0 && first < last && barred(first) && barred(last)
}

// threadMaxNameWords is the longest reader's name line, in words.
const threadMaxNameWords = 5

// threadMaxGap is the most lines from one comment's stamp to the next.
const threadMaxGap = 12

// commentThread labels comment the comment thread under an article: a
// run of at least threadMinStamps comment stamps (a relative time, alone
// or after the reader's name, or a lone date or time just under a short
// name line) at most threadMaxGap lines apart, below at least
// minBodyWordsAbove words of body, two thirds of them followed (within
// three lines) by a comment, a sentence of prose, and not under a teaser's
// headline: a list of other stories has stamps too ("Variety", "2 hours
// ago", the headline; or the headline, the author, the date and a
// sentence of the story), and with evidence of a comment section around it
// (threadEvidence). The thread runs from the name line of its first stamp
// (or a comment heading just above it) to the end of its last comment: its
// lines up to one with a chrome or promo cue, a URL, two separators (a
// reply bar's aside) or the heading of a list of other stories, or up to
// three short lines in a row. Lines the model labelled body, chrome or
// promo in it become comment; bylines stay.
func commentThread(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	stamp := func(i int) bool {
		f := &fs[i]
		if f.Cues[corpus.Promo] {
			return false
		}
		if f.Digits > 0 && f.Words <= replyStampMaxWords && isNamedDate(paras[i].Text) {
			return true // a reply's stamp names two readers
		}
		if f.Words > 10 || f.Digits == 0 && f.Words > 3 {
			return false // a stamp without a count is one to three words: "Yesterday", "an hour ago"
		}
		if isRelativeTime(paras[i].Text) || isNamedAge(paras[i].Text) {
			return true
		}
		return i > 0 && f.Digits > 0 && fs[i-1].Words <= threadMaxNameWords && fs[i-1].Words > 0 && !fs[i-1].EndsSentence &&
			fs[i-1].Digits == 0 && (isLoneDate(paras[i].Text) || isLoneTime(paras[i].Text))
	}
	commented := func(i int) bool {
		for j := i + 1; j < n && j <= i+3; j++ {
			// A sentence of four words, or of eight wide characters.
			if (fs[j].Words >= 4 || fs[j].CJK >= 8) && (fs[j].EndsSentence || out[j].Label == corpus.Comment) {
				return true
			}
		}
		return false
	}
	// A teaser's headline stands above its author and date; a comment's
	// name has the comment before it, or a button.
	teaser := func(i int) bool {
		k := i - 2
		if namedStamp(paras[i].Text) {
			k = i - 1
		}
		if k < 0 {
			return false
		}
		f := &fs[k]
		return f.Words >= 4 && f.Words <= 30 && !endsFullStop(paras[k].Text) && !f.EndsSentence && !f.EndsColon &&
			!isReplyBar(paras[k].Text) && !commentish(paras[k].Text) && // "Connectez-vous pour réagir" heads a thread
			!endsWithCommentHeading(paras[k].Text) && !endsWithCountedCommentHeading(paras[k].Text)
	}
	bodyWords, first, last, stamps, confirmed := 0, -1, -1, 0, 0
	for i := 0; i < n; i++ {
		if first < 0 && out[i].Label == corpus.Body {
			bodyWords += fs[i].Words
		}
		if bodyWords < minBodyWordsAbove || !stamp(i) {
			continue
		}
		if first >= 0 && i-last > threadMaxGap {
			if stamps >= threadMinStamps && 3*confirmed >= 2*stamps {
				break
			}
			first, stamps, confirmed = -1, 0, 0 // too far apart: start again
		}
		if first < 0 {
			first = i
		}
		last = i
		stamps++
		if commented(i) && !teaser(i) {
			confirmed++
		}
	}
	for k := first + 1; first >= 0 && k <= last; k++ {
		if fs[k].Words > commentMaxHeadingWords || !isCommentHeading(paras[k].Text) {
			continue
		}
		// A comment section's heading inside the run ("Comments (23)",
		// "41 comments"): the stamps above it are those of a list of
		// other stories ("More from News": a headline, "2 hours ago"),
		// which would outvote the comments' or open the thread too soon.
		// The thread's stamps are those under the heading.
		first, stamps, confirmed = -1, 0, 0
		for i := k + 1; i <= last; i++ {
			if !stamp(i) {
				continue
			}
			if first < 0 {
				first = i
			}
			stamps++
			if commented(i) && !teaser(i) {
				confirmed++
			}
		}
		break
	}
	barred := barredThread(paras, first, last) // reply bars: a comment section for certain
	if stamps < threadMinStamps && !(stamps >= threadMinStampsHeaded && (barred || headedThread(paras, fs, first))) ||
		3*confirmed < 2*stamps || !barred && !threadEvidence(paras, fs, out, first, last) {
		return
	}
	// The reader's name is on the stamp's line ("Gaston64 · il y a 5 h") or
	// the line above it.
	start := first
	if !namedStamp(paras[first].Text) && first > 0 && fs[first-1].Words <= threadMaxNameWords {
		start = first - 1
	}
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if fs[k].Cues[corpus.Comment] || isCommentHeading(paras[k].Text) || startsWithCountedCommentHeading(paras[k].Text) {
			start = k
			break
		}
	}
	end, short := n, 0
	for j := last + 1; j < n; j++ {
		f := &fs[j]
		if !f.Cues[corpus.Comment] && !isReplyBar(paras[j].Text) && (f.Cues[corpus.Chrome] || f.Cues[corpus.Promo] || f.HasURL || f.Separators >= 2 || isPromoHeading(paras[j].Text, f)) ||
			endsWithBoxHeading(paras[j].Text) {
			end = j
			if short >= 2 {
				// "À propos", "Contact" above "Mentions légales": the
				// footer's, unless they speak of comments ("Weitere
				// Kommentare laden", "Antworten · 3").
				for end > j-short && !commentish(paras[end-1].Text) {
					end--
				}
			}
			break
		}
		if f.Words <= 3 && !f.Cues[corpus.Comment] {
			if short++; short == 3 {
				end = j - 2
				break
			}
		} else {
			short = 0
		}
	}
	for k := start; k < end; k++ {
		if l := out[k].Label; l == corpus.Body || l == corpus.Chrome || l == corpus.Promo {
			out[k] = Scored{Label: corpus.Comment, Score: 0.6}
		}
	}
}

// endsWithCommentHeading reports a line that a converter ran a comment
// section's Markdown heading into: "[Dalintis](/dalintis/fb) [ežerai](/zyma/ezerai)
// ### Komentarai (2)" (godown runs the share bar, the tags and the heading
// together). The heading is the text after the line's last "# ".
func endsWithCommentHeading(text string) bool {
	k := strings.LastIndex(text, "# ")
	if k < 0 || len(text)-k > 60 {
		return false
	}
	return isCommentHeading(strings.TrimSpace(text[k+2:]))
}

// endsWithBoxHeading reports a line that a converter ran the Markdown
// heading of a newsletter's box or of a list of other stories into
// ("Komentuoti### Naujienlaiškis": the comment form's button and the
// heading of the box under it).
func endsWithBoxHeading(text string) bool {
	k := strings.LastIndex(text, "# ")
	if k <= 0 || len(text)-k > 60 {
		return false
	}
	head := strings.TrimSpace(text[k+2:])
	var f features.Features
	f.Words = len(strings.Fields(head))
	return newsletterLine(head) || isPromoHeading(head, &f)
}

// namedStamp reports a stamp line that may carry the reader's name before
// the time, after a "·", a "|" or a dash between spaces ("Gaston64 · il y a
// 5 h", "Brantômois24 – il y a 1 heure").
func namedStamp(text string) bool {
	return strings.ContainsAny(text, "·|") || strings.Contains(text, " – ") || strings.Contains(text, " - ")
}

// namedDateSeparator returns the index and length of the first of
// stampSeparators in text, which may part a reader's name from the
// comment's date, or -1: one pass over the line, which looks only where a
// separator can start (a space or a comma).
func namedDateSeparator(text string) (int, int) {
	for i := 0; i+1 < len(text); i++ {
		if c := text[i]; c != ' ' && c != ',' {
			continue
		}
		for _, sep := range stampSeparators {
			if strings.HasPrefix(text[i:], sep) {
				return i, len(sep)
			}
		}
	}
	return -1, 0
}

// namedDateMaxWords is the longest reader's name before a comment's date,
// in words: a teaser's headline before its date is longer.
const namedDateMaxWords = 3

// isNamedDate reports a comment's stamp that gives its date after the
// reader's name and a separator (namedDateSeparator): "Tadeusz ·
// 2.12.2026, 11:02", "Raili K. | 02/12/2026", "Lucie_19, le 01/12/2026 à
// 20h40", "Famille Quéméner – le 2 décembre 2026 à 12:10", "沂蒙老乡
// 2026-12-02 10:12" (cjkNamedDate). The name has
// one to namedDateMaxWords words, a letter, and no digit but in a one-word
// handle ("Maragato_87"); the rest is a dateline (isStampLine).
func isNamedDate(text string) bool {
	if len(text) > stampLineMax {
		return false
	}
	k, n := namedDateSeparator(text)
	if k <= 0 {
		return cjkNamedDate(text)
	}
	name := strings.TrimSpace(text[:k])
	words := fieldCount(name)
	if words > namedDateMaxWords && words <= 2*namedDateMaxWords+1 && isReplyStampName(name) {
		words = 1 // "Odile M. a répondu à Bibliophile86 · …": two names and a verb
	}
	if words == 0 || words > namedDateMaxWords || !strings.ContainsFunc(name, unicode.IsLetter) || words > 1 && strings.ContainsFunc(name, unicode.IsDigit) {
		return false
	}
	if text[k] == ',' && (isPlaceName(name) || !hasClockTime(text[k+n:])) {
		// "Astorga, 2 de diciembre de 2026", "Por Juan Pérez, 02/12/2026",
		// "Jaca, 28/11/2026 - 10:00": a dateline or a byline. A comma
		// parts a comment's stamp that tells the time after a name that
		// is no place's.
		return false
	}
	return isStampLine(text[k+n:])
}

// replyStampVerbs say, between two readers' names, that a comment answers
// another ("Jan z Chotycz odpowiada mieszkanka_losic · 3.12.2026 09:30"),
// lower-cased.
var replyStampVerbs = [][]byte{
	[]byte(" a répondu à "), []byte(" répond à "), []byte(" odpowiada "), []byte(" odpowiedział "), []byte(" odpowiedziała "),
	[]byte(" antwortet "), []byte(" antwortete "), []byte(" responde a "), []byte(" respondió a "), []byte(" replied to "),
	[]byte(" replies to "), []byte(" risponde a "), []byte(" ha risposto a "), []byte(" respondeu a "), []byte(" antwoordt "),
	[]byte(" svarar "), []byte(" svarer "), []byte(" vastasi "), []byte(" odpověděl "), []byte(" odpověděla "),
	[]byte(" отвечает "), []byte(" відповідає "),
}

// replyStampMaxWords is the longest stamp of a reply, in words: two
// names, a verb and a date with its time.
const replyStampMaxWords = 16

// isReplyStampName reports the names part of a reply's stamp: a name, a
// verb of replyStampVerbs and the name of the reader it answers.
func isReplyStampName(name string) bool {
	var buf [foldMax]byte
	b, ok := foldShort(&buf, name, "", 8)
	if !ok {
		return false
	}
	// The verb stands between two names, never at the line's ends.
	for _, v := range replyStampVerbs {
		if bytes.Contains(b, v) {
			return true
		}
	}
	return false
}

// cjkNamedDate reports a Chinese or Japanese comment's stamp: the
// reader's name, one word of wide characters, a space and a numeric date
// with its time ("沂蒙老乡 2026-12-02 10:12"). A space is the separator
// there: such names have none.
func cjkNamedDate(text string) bool {
	name, date, ok := strings.Cut(text, " ")
	if !ok || name == "" || !hasCJK(name) || utf8.RuneCountInString(name) > cjkMaxNameRunes || !hasClockTime(date) {
		return false
	}
	return isLoneDate(date)
}

// cjkMaxNameRunes is the longest reader's name of cjkNamedDate, in runes.
const cjkMaxNameRunes = 16

// hasClockTime reports whether s holds a time of day: a digit, ':' or 'h',
// and a digit ("20:40", "19h12").
func hasClockTime(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == ':' || s[i] == 'h') && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

// threadEvidence reports whether the run of stamps from first to last is a
// comment section and not a live blog with relative stamps, a timeline
// inside the article or a list of other stories: a comment cue or a comment
// heading within three lines above it or in it ("Comments (12)", "Reply"),
// or a line in it that the model labelled comment.
func threadEvidence(paras []corpus.Paragraph, fs []features.Features, out []Scored, first, last int) bool {
	for k := max(0, first-4); k <= last; k++ {
		if fs[k].Cues[corpus.Comment] || out[k].Label == corpus.Comment || headsComments(paras[k].Text, &fs[k]) {
			return true
		}
	}
	return false
}
