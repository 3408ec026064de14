package classify

import (
	"bytes"
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// commentPrompts are phrases of comment widgets, lower-cased: the prompts,
// notices and counters that the taxonomy puts under comment ("Leave a
// Reply", "View Comments") and the model, which reads them as short lines
// of links, took for promo or chrome. Disqus, WordPress and the usual
// comment systems in English and the languages of the stop lists' largest
// users.
var commentPrompts = newPhraseIndex([]string{
	"view the discussion", "join the discussion", "join discussion", "join the conversation",
	"enable javascript to view the comments", "javascript is required to load the comments",
	"comments powered by", "leave a comment", "leave comments", "leave a reply", "post a comment",
	"add a comment", "write a comment", "comment on this article", "comment on this story",
	"comments are closed", "comments are subject to", "recent comments", "cancel reply",
	"kommentar schreiben", "kommentare anzeigen", "diskutieren sie mit", "schreiben sie einen kommentar",
	"deja un comentario", "deja una respuesta", "escribe un comentario", "cancelar respuesta",
	"laisser un commentaire", "laisser une réponse", "réagir à cet article", "annuler la réponse",
	"dodaj komentarz", "zostaw komentarz", "napisz komentarz", "skomentuj",
	"lascia un commento", "lascia una risposta", "annulla risposta",
	"deixe uma resposta", "deixe um comentário", "cancelar resposta",
	"laat een reactie achter", "plaats een reactie",
	"tinggalkan balasan", "tinggalkan komentar", "batalkan balasan",
	"оставить комментарий", "оставьте комментарий", "написать комментарий",
	"发表评论", "查看评论", "我要评论", "网友评论",
	// WordPress's comment form in its own translations: the address
	// notice and the required fields.
	"your email address will not be published", "required fields are marked",
	"ihre e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind mit",
	"tu dirección de correo electrónico no será publicada", "tu correo no será publicado",
	"los campos obligatorios están marcados", "escribe tu comentario",
	"votre adresse e-mail ne sera pas publiée", "votre adresse courriel ne sera pas publiée",
	"les champs obligatoires sont indiqués", "écrivez votre commentaire",
	"twój adres e-mail nie zostanie opublikowany", "wymagane pola są oznaczone", "napisz swój komentarz",
	"il tuo indirizzo email non sarà pubblicato", "i campi obbligatori sono contrassegnati",
	"o seu endereço de email não será publicado", "o seu endereço de e-mail não será publicado",
	"os campos obrigatórios estão assinalados",
	"je e-mailadres wordt niet gepubliceerd", "vereiste velden zijn gemarkeerd met",
	"您的电子邮箱地址不会被公开", "必填项已用", "您的電子郵件地址不會被公開",
})

// commentPromptMaxWords is the longest line commentPrompts reads.
const commentPromptMaxWords = 16

// commentPromptMinLogProb is the log of the comment probability, by the
// model, from which a line is read for commentPrompts (0.01): the model
// finds every such prompt of the benchmark a plausible comment but one, and
// lines it rules out need not be read.
var commentPromptMinLogProb = float32(math.Log(0.01))

// commentPromptLines labels comment the lines of at most
// commentPromptMaxWords words holding a phrase of commentPrompts as whole
// words ("skomentuj", not "skomentuje") or a comment counter
// (isCommentCounter) that the model called promo or chrome (never body or
// bio).
func commentPromptLines(paras []corpus.Paragraph, fs []features.Features, logp []float32, out []Scored) {
	var buf [256]byte
	for i := range out {
		if l := out[i].Label; l != corpus.Promo && l != corpus.Chrome {
			continue
		}
		text := paras[i].Text
		if fs[i].Words > commentPromptMaxWords || len(text) > len(buf) || logp[i*corpus.NumLabels+int(corpus.Comment)] < commentPromptMinLogProb {
			continue
		}
		if low := lowerRunesInto(buf[:0], text); commentPrompts.inWords(low) || isCommentCounter(low) {
			out[i] = Scored{Label: corpus.Comment, Score: 0.7}
		}
	}
}

// lowerRunesInto appends text to dst with every letter lower-cased
// (unicode.ToLower; invalid bytes copied as they are).
func lowerRunesInto(dst []byte, text string) []byte {
	for k := 0; k < len(text); {
		c := text[k]
		if c < utf8.RuneSelf {
			dst = append(dst, lowerASCII(c))
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[k:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, c)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		k += size
	}
	return dst
}

// phraseIndex finds whether a text contains one of a set of phrases in one
// pass over the text: a bit set of the phrases' first two bytes tells the
// positions where one may start, and only there are the phrases that start
// with those bytes compared. containsAny, one search per phrase, cost 4.6%
// of the model's classification for the 62 phrases of commentPrompts.
type phraseIndex struct {
	pairs  pairSet             // some phrase starts with bytes a, b
	byPair map[uint16][][]byte // the phrases by their first two bytes
}

// newPhraseIndex indexes phrases, each of two bytes or more (it panics on a
// shorter one: the tables are built at start-up from literals).
func newPhraseIndex(phrases []string) *phraseIndex {
	x := &phraseIndex{byPair: map[uint16][][]byte{}}
	for _, p := range phrases {
		if len(p) < 2 {
			panic("newPhraseIndex: phrase " + strconv.Quote(p) + " is shorter than two bytes")
		}
		x.pairs.add(p[0], p[1])
		k := uint16(p[0])<<8 | uint16(p[1])
		x.byPair[k] = append(x.byPair[k], []byte(p))
	}
	return x
}

// inWords reports whether b contains one of the phrases as whole words:
// neither the letter or digit before it nor the one after it continues a
// word (before a phrase in a script written without spaces, anything may
// stand).
//
// A phrase that would start with an ASCII byte just after an ASCII letter
// or digit is not looked for: wordBounded would turn it away (the byte is
// no rune of a script written without spaces, and the one before it
// continues a word), and most bytes of a line are such.
func (x *phraseIndex) inWords(b []byte) bool {
	for i := 0; i+1 < len(b); i++ {
		if !x.pairs.has(b[i], b[i+1]) || i > 0 && b[i] < utf8.RuneSelf && isASCIIAlnum(b[i-1]) {
			continue
		}
		for _, p := range x.byPair[uint16(b[i])<<8|uint16(b[i+1])] {
			if bytes.HasPrefix(b[i:], p) && wordBounded(b, i, i+len(p)) {
				return true
			}
		}
	}
	return false
}

// mayBeIn reports whether text may contain one of the phrases: some
// word of it starts with a phrase's bytes, ASCII letters compared without
// case. It reads text as it is, where inWords needs it lower-cased: a
// line that passes it is lower-cased and read by inWords; most do not.
func (x *phraseIndex) mayBeIn(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if i > 0 && isASCIIAlnum(text[i-1]) {
			continue
		}
		a, b := lowerASCII(text[i]), lowerASCII(text[i+1])
		if !x.pairs.has(a, b) {
			continue
		}
		for _, p := range x.byPair[uint16(a)<<8|uint16(b)] {
			if len(text)-i >= len(p) && asciiFoldPrefix(text[i:], p) {
				return true
			}
		}
	}
	return false
}

// isASCIIAlnum reports an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return (c|0x20)-'a' < 26 || c-'0' < 10
}

// wordBounded reports whether b[i:j] stands as whole words in b: the rune
// before i and the rune at j are no letter or digit, the one before i not
// checked when b[i:] starts with a character of a script written without
// spaces.
func wordBounded(b []byte, i, j int) bool {
	if j < len(b) {
		if r, _ := utf8.DecodeRune(b[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if i == 0 {
		return true
	}
	if r, _ := utf8.DecodeRune(b[i:]); isPairScript(r) {
		return true
	}
	r, _ := utf8.DecodeLastRune(b[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// commentCounterNouns follow the count of a comment counter, lower-cased:
// WordPress's "6 thoughts on “Title”", "One response to “Title”".
var commentCounterNouns = [][]byte{
	[]byte("thoughts on “"), []byte("thought on “"), []byte("responses to “"), []byte("response to “"),
	[]byte("replies to “"), []byte("reply to “"), []byte("comments on “"), []byte("comment on “"),
}

// isCommentCounter reports a comment counter at the start of the
// lower-cased line b: a count (digits or "one") and a noun of
// commentCounterNouns.
func isCommentCounter(b []byte) bool {
	k := 0
	for k < len(b) && b[k] >= '0' && b[k] <= '9' {
		k++
	}
	if k == 0 {
		if !bytes.HasPrefix(b, []byte("one")) {
			return false
		}
		k = 3
	}
	if k >= len(b) || b[k] != ' ' {
		return false
	}
	return hasPrefixAnyBytes(b[k+1:], commentCounterNouns)
}
