package classify

import (
	"bytes"
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// newsletterWords name a newsletter or the inbox it goes to, or ask to
// sign up for it, lower-cased, in the languages of the check sets: "Der
// Morgen im Isartal / Die wichtigsten Nachrichten … in Ihrem Postfach",
// "Recibe en tu correo las noticias de la Subbética. / Quiero recibirlo",
// "訂閱電子報 / … 送到您的信箱 / 立即訂閱".
var newsletterWords = newPhraseIndex([]string{
	"newsletter", "newsletters", "boletín", "boletines", "boletim", "infolettre", "lettre d'information",
	"nieuwsbrief", "biuletyn", "postfach", "posteingang", "inbox", "en tu correo", "en su correo",
	"no seu e-mail", "no seu email", "na sua caixa", "dans votre boîte", "boîte mail", "na skrzynkę",
	"nella tua casella", "abonnieren", "abonnez-vous", "suscríbete", "suscribirse", "apúntate", "subscrever",
	"subscreva", "iscriviti", "zapisz się", "бюлетин", "信箱", "邮箱", "电子报", "電子報", "订阅", "訂閱",
	"e-novice", "naujienlaiškis", "uudiskiri", "bilten", "inboks", "inboksu", "nyhedsbrev", "nyhetsbrev",
	"hírlevél", "jaunumu vēstule", "uutiskirje", "nuusbrief", "buletini", "inkassie",
})

// commentWordParts are parts of the words for a comment, lower-cased: a
// line with one belongs to the comment section, not to a newsletter box.
var commentWordParts = [][]byte{
	[]byte("komment"), []byte("comment"), []byte("coment"), []byte("koment"), []byte("留言"), []byte("评论"),
	[]byte("評論"), []byte("коментар"), []byte("коммент"),
}

// newsletterBoxMaxLines is the most lines of a newsletter box that
// newsletterBoxes gives back to promo.
const newsletterBoxMaxLines = 5

// newsletterBoxes labels promo the newsletter box that the model ran into
// the comment section above it: the lines labelled comment at the end of a
// comment section, just above a promo or chrome line (a list of other
// stories, a footer) or the page's end, that make a newsletter's box (its
// heading, its text and its button: short lines, or sentences under a
// heading) and none that speaks of comments, when a heading or a button of
// the box, a sentence of it over its button, or the promo line under it
// names a newsletter or its inbox or asks to sign up (newsletterWords). A
// comment thread ends with its last comment or its form; the box after it
// is the site's. Lines that are empty in the view (a MediaWiki page's
// tags) are passed over.
func newsletterBoxes(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	var box [newsletterBoxMaxLines]int
	for end := 0; end <= n; end++ {
		// end is the first line under the comment run, or n.
		if end < n && (paras[end].Text == "" || out[end].Label == corpus.Comment || out[end].Label == corpus.Body || out[end].Label == corpus.Bio) {
			continue
		}
		if end > 0 && prevText(paras, end) >= 0 && out[prevText(paras, end)].Label != corpus.Comment {
			continue
		}
		// The promo line under the run may be the box's own text.
		lines, named := 0, end < n && out[end].Label == corpus.Promo && newsletterLine(paras[end].Text)
		for k := prevText(paras, end); k >= 0 && out[k].Label == corpus.Comment && lines < len(box); k = prevText(paras, k) {
			var buf [foldMax]byte
			low, ok := foldLine(&buf, paras[k].Text, "")
			if !ok || hasCommentWord(low) || commentPrompts.inWords(low) || isReplyBar(paras[k].Text) || isStampLine(paras[k].Text) {
				break
			}
			short := fs[k].Words <= 6 && len(paras[k].Text) <= 60 && !fs[k].EndsSentence
			news := newsletterWords.inWords(low)
			above := prevText(paras, k)
			// A sentence under the box's heading: one the model called
			// promo, or a short line that names the newsletter ("E-novice").
			under := above >= 0 && (out[above].Label == corpus.Promo ||
				fs[above].Words <= 6 && !fs[above].EndsSentence && newsletterLine(paras[above].Text))
			if !news && !short && !under {
				break
			}
			// A heading or a button that names the newsletter, or a
			// sentence that does with a button under it: a reader's last
			// comment may speak of the newsletter too.
			named = named || news && (short || lines > 0)
			box[lines] = k
			lines++
		}
		if named {
			for _, k := range box[:lines] {
				out[k] = Scored{Label: corpus.Promo, Score: 0.6}
			}
		}
	}
}

// newsletterLine reports a line that holds one of newsletterWords.
func newsletterLine(text string) bool {
	var buf [foldMax]byte
	low, ok := foldLine(&buf, text, "")
	return ok && newsletterWords.inWords(low)
}

// prevText returns the index of the last paragraph above i whose text is
// not empty, or -1.
func prevText(paras []corpus.Paragraph, i int) int {
	for i--; i >= 0 && paras[i].Text == ""; i-- {
	}
	return i
}

// hasCommentWord reports whether a folded line holds a part of a word for a
// comment (commentWordParts).
func hasCommentWord(low []byte) bool {
	for _, p := range commentWordParts {
		if bytes.Contains(low, p) {
			return true
		}
	}
	return false
}

// submitButtons are the send buttons of a comment form, lower-cased.
var submitButtons = map[string]bool{
	"send": true, "senden": true, "absenden": true, "abschicken": true, "enviar": true, "publier": true,
	"envoyer": true, "发布": true, "发表": true, "提交": true, "發佈": true, "發表": true, "送出": true,
	"wyślij": true, "invia": true, "pubblica": true, "pošalji": true, "odeslat": true, "odoslať": true,
	"publicar": true, "publicēt": true, "submit": true, "post": true, "skicka": true, "lähetä": true,
	"küldés": true, "trimite": true, "gönder": true, "отправить": true, "надіслати": true, "изпрати": true,
	"pošlji": true, "saada": true, "siųsti": true,
}

// formFieldMin is the fewest underscores of a form's field as Links and
// lynx draw it.
const formFieldMin = 8

// formButtonMaxWords is the most words of the button under a form's fields.
const formButtonMaxWords = 2

// formFields gives the fields of a form that a text browser drew as lines
// of underscores, and the short button under them, the label of the line
// above the fields: a comment form's under "Escribe o teu comentario" are
// comment, a newsletter's under its offer promo. The model, which reads no
// words in them, called them promo or chrome at random.
func formFields(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := 0; i < len(paras); i++ {
		if !isFormField(paras[i].Text) {
			continue
		}
		above := prevText(paras, i)
		if above < 0 || isFormField(paras[above].Text) {
			continue
		}
		label := out[above].Label
		j := i
		for ; j < len(paras) && (paras[j].Text == "" || isFormField(paras[j].Text)); j++ {
			out[j] = Scored{Label: label, Score: 0.6}
		}
		if j < len(paras) && fs[j].Words <= formButtonMaxWords && !fs[j].EndsSentence {
			out[j] = Scored{Label: label, Score: 0.6}
		}
		i = j
	}
}

// isFormField reports a line that is a form's field as a text browser
// draws it: formFieldMin underscores or more and nothing else but spaces
// and brackets.
func isFormField(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '_':
			n++
		case ' ', '[', ']':
		default:
			return false
		}
	}
	return n >= formFieldMin
}

// formButtons labels comment a comment form's send button ("Senden",
// "Publier", "发布") that stands alone, or after the form's field names,
// under a line labelled comment: the
// model took some for a newsletter box's button (promo) or the footer's
// chrome. A newsletter's own button stands under its box.
func formButtons(paras []corpus.Paragraph, out []Scored) {
	for i := range paras {
		text := paras[i].Text
		if out[i].Label == corpus.Comment || len(text) > formLineMaxBytes || len(text) < 3 {
			continue
		}
		if k := prevText(paras, i); k < 0 || out[k].Label != corpus.Comment {
			continue
		}
		// The button alone, or after the form's field names on its line
		// ("Votre pseudo Votre réaction Envoyer", a converter that runs a
		// form's labels together): its last word.
		var buf [foldMax]byte
		isButton := func(s string) bool {
			low, ok := foldLine(&buf, strings.Trim(s, "[]()* "), "")
			return ok && submitButtons[string(low)]
		}
		k := strings.LastIndexByte(text, ' ')
		if len(text) <= 24 && isButton(text) ||
			k > 0 && fieldCount(text) <= formLineMaxWords && !endsSentenceText(text) && isButton(text[k+1:]) {
			out[i] = Scored{Label: corpus.Comment, Score: 0.6}
		}
	}
}

// A comment form's line of field names and its send button has at most
// formLineMaxWords words and formLineMaxBytes bytes (formButtons).
const (
	formLineMaxWords = 6
	formLineMaxBytes = 80
)

// signupButtons are a newsletter's sign-up buttons, lower-cased.
var signupButtons = map[string]bool{
	"je m'inscris": true, "je m’inscris": true, "s'inscrire": true, "s’inscrire": true, "inscrivez-vous": true,
	"jetzt abonnieren": true, "abonnieren": true, "kostenlos abonnieren": true, "newsletter abonnieren": true,
	"suscribirme": true, "suscríbete": true, "quiero recibirlo": true, "apuntarme": true,
	"zapisz się": true, "zapisuję się": true, "subscribe": true, "sign up": true, "sign me up": true,
	"订阅": true, "立即订阅": true, "訂閱": true, "立即訂閱": true,
}

// signupBoxMaxLines and signupBoxMaxWords bound the box newsletterOverButton
// reads: its heading and its text.
const (
	signupBoxMaxLines = 2
	signupBoxMaxWords = 30
)

// newsletterOverButton labels promo a newsletter box's heading and text
// that the model, or a pass, took for the article's: at most
// signupBoxMaxLines lines labelled body right above a sign-up button
// (signupButtons) labelled promo, under a line that is not body (the
// author's box, a share bar), one of them naming the newsletter or its
// inbox (newsletterWords) or the box being a heading over a sentence; right
// under the article, the sentence over the button naming the newsletter
// (and a short heading over it); and
// a line labelled body, under one that is not, that ends in its sign-up
// button after a sentence (endsWithSignup).
func newsletterOverButton(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	var buf [noticeMaxBytes]byte
	for b := 1; b < len(paras); b++ {
		if out[b].Label == corpus.Body && out[b-1].Label != corpus.Body && fs[b].Words <= signupBoxMaxWords && endsWithSignup(paras[b].Text, &buf) {
			// The box and its button on one line ("La lettre des
			// frontaliers : chaque vendredi, … Je m'inscris").
			out[b] = Scored{Label: corpus.Promo, Score: 0.6}
			continue
		}
		if out[b].Label != corpus.Promo || fs[b].Words > 3 || len(paras[b].Text) > 40 {
			continue
		}
		if low := bytes.TrimRight(lowerInto(buf[:0], paras[b].Text), " .!"); !signupButtons[string(low)] {
			continue
		}
		a := b
		for a > 0 && b-a < signupBoxMaxLines && out[a-1].Label == corpus.Body && fs[a-1].Words <= signupBoxMaxWords {
			a--
		}
		if a == b || a == 0 {
			continue
		}
		if out[a-1].Label == corpus.Body {
			// Right under the article: the sentence over the button names
			// the newsletter or its inbox, perhaps under a short heading
			// ("Der Haßberg-Bote am Morgen" / "… in Ihrem Postfach.").
			if !newsletterLine(paras[b-1].Text) {
				continue
			}
			a = b - 1
			if h := a - 1; h > 0 && fs[h].Words <= 8 && !fs[h].EndsSentence && out[h].Label == corpus.Body && out[h-1].Label == corpus.Body {
				a = h
			}
			for k := a; k < b; k++ {
				out[k] = Scored{Label: corpus.Promo, Score: 0.6}
			}
			continue
		}
		named := b-a == 2 && !fs[a].EndsSentence && fs[a+1].EndsSentence
		for k := a; k < b && !named; k++ {
			named = newsletterLine(paras[k].Text)
		}
		if !named {
			continue
		}
		for k := a; k < b; k++ {
			out[k] = Scored{Label: corpus.Promo, Score: 0.6}
		}
	}
}

// endsWithSignup reports a line that ends in a sign-up button
// (signupButtons) after a sentence or a colon.
func endsWithSignup(text string, buf *[noticeMaxBytes]byte) bool {
	if len(text) > noticeMaxBytes {
		return false
	}
	low := lowerInto(buf[:0], text)
	for k := len(low) - 2; k > 0; k-- {
		if low[k] == ' ' && (low[k-1] == '.' || low[k-1] == ':' || low[k-1] == '!') {
			return signupButtons[string(bytes.TrimRight(low[k+1:], " .!"))]
		}
	}
	return false
}
