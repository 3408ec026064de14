package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// cookieMaxWords is the longest cookie notice cookieNotices relabels, in
// words.
const cookieMaxWords = 80

// cookieLinkMaxWords is the longest link to a site's cookie settings
// ("Gestion des cookies", "Polityka cookies"), in words.
const cookieLinkMaxWords = 4

// consentButtonsMaxWords is the longest line of a cookie banner's buttons,
// in words.
const consentButtonsMaxWords = 8

// cookieContextLines is how far, in paragraphs, a line of consent
// buttons may stand from a line that speaks of cookies.
const cookieContextLines = 3

// cookieNotices relabels chrome, where the model called them anything
// else and the model's body does not stand both above and below them (an
// article about cookies speaks of them in its own paragraphs):
//   - the lines that speak of cookies (mentionsCookies): a link to the
//     cookie settings (cookieLinkMaxWords words at most: "Gestion des
//     cookies"), or a notice of up to cookieMaxWords words that asks for
//     consent or tells what the site does with them (hasConsentWord: "Ta
//     strona korzysta z plików cookie", "En poursuivant votre navigation,
//     vous acceptez l'utilisation de cookies"; not "a batch of cookies");
//   - a cookie banner's line of buttons (isConsentButtons: "Accepter
//     Refuser Paramétrer", "Zgadzam się") within cookieContextLines of a
//     line that speaks of cookies, unless the model called it comment ("I
//     agree" is a reader's reply too).
//
// The taxonomy calls cookie banners chrome; on the sets written for winnow
// every line that speaks of cookies is.
func cookieNotices(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := range out {
		if out[i].Label == corpus.Chrome || fs[i].Words > cookieMaxWords || insideBody(out, i) {
			continue
		}
		if out[i].Label != corpus.Comment && fs[i].Words <= consentButtonsMaxWords && isConsentButtons(paras[i].Text) && cookiesNear(paras, i) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
			continue
		}
		if !mentionsCookies(paras[i].Text) || fs[i].Words > cookieLinkMaxWords && !hasConsentWord(paras[i].Text) {
			continue // "the first batch of cookies in space"
		}
		out[i] = Scored{Label: corpus.Chrome, Score: 0.6}
	}
}

// cookiesNear reports whether a paragraph within cookieContextLines of
// paragraph i speaks of cookies.
func cookiesNear(paras []corpus.Paragraph, i int) bool {
	for k := max(0, i-cookieContextLines); k <= min(len(paras)-1, i+cookieContextLines); k++ {
		if k != i && mentionsCookies(paras[k].Text) {
			return true
		}
	}
	return false
}

// mentionsCookies reports whether text holds "cookie" in any case (a
// cookie notice in any language that borrows the word, "Cookie" in
// Chinese ones too), the Polish "ciastecz…", or the Japanese or Korean
// word ("クッキー", "쿠키").
func mentionsCookies(text string) bool {
	return hasAfterC(text, "ookie") || hasAfterC(text, "OOKIE") || strings.Contains(text, "iastecz") ||
		strings.Contains(text, "クッキー") || strings.Contains(text, "쿠키") || hasCookieWord(text)
}

// cookieWords are the words for cookies of languages that do not borrow
// "cookie", lower-cased, as they start a word in a notice: Finnish
// "evästeitä", Norwegian "informasjonskapsler", Lithuanian "slapukus",
// Latvian "sīkdatnes". cookieFoodWords are those that also name food
// (Turkish "çerez", snacks; Hungarian "sütik", cakes; Estonian "küpsis",
// biscuits): they count only with a consent word (hasConsentWord). The
// tables hold the words by their first byte, an upper-case ASCII
// letter's too; "Çerez" is listed as it is.
var (
	cookieWords       = []string{"eväste", "informasjonskapsl", "slapuk", "sīkdatn"}
	cookieFoodWords   = []string{"çerez", "Çerez", "sütik", "Sütik", "küpsis"}
	cookieWordsByByte = func() (t [256][]cookieWord) {
		add := func(words []string, food bool) {
			for _, w := range words {
				t[w[0]] = append(t[w[0]], cookieWord{w[1:], food})
				if c := w[0]; c >= 'a' && c <= 'z' {
					t[c-'a'+'A'] = append(t[c-'a'+'A'], cookieWord{w[1:], food})
				}
			}
		}
		add(cookieWords, false)
		add(cookieFoodWords, true)
		return t
	}()
)

// cookieWord is a word of cookieWords or cookieFoodWords without its first
// byte.
type cookieWord struct {
	tail string
	food bool
}

// hasCookieWord reports whether one of cookieWords starts text or a word
// after a space, or one of cookieFoodWords does in a line with a consent
// word: it runs on every short line of a page, so it jumps from space to
// space, and reads the line once for both lists.
func hasCookieWord(text string) bool {
	food := false
	for i := 0; i < len(text); {
		for _, w := range cookieWordsByByte[text[i]] {
			if strings.HasPrefix(text[i+1:], w.tail) {
				if !w.food {
					return true
				}
				food = true
			}
		}
		k := strings.IndexByte(text[i:], ' ')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return food && hasConsentWord(text)
}

// hasAfterC reports whether text holds tail right after a "c" or "C"
// ("cookie", not "rookie").
func hasAfterC(text, tail string) bool {
	for i := 1; i < len(text); {
		k := strings.Index(text[i:], tail)
		if k < 0 {
			return false
		}
		if text[i+k-1]|0x20 == 'c' {
			return true
		}
		i += k + 1
	}
	return false
}

// consentWords are the words of a cookie notice besides "cookie",
// lower-cased: a line must hold one at a word's start ("use" in "we use",
// not in "museum"; "policy", not "police"), the Chinese, Japanese and
// Korean ones anywhere.
var consentWords = []string{
	"use", "using", "utilis", "utiliz", "usamos", "verwend", "setzen", "nutz", "korzyst", "używ", "wykorzyst",
	"accept", "akzept", "acept", "zgod", "consent", "einstell", "setting", "paramètr", "gestion", "gérer",
	"policy", "policies", "politique", "polít", "polityk", "configur", "navig", "partner", "privacy", "datenschutz",
	"prywatn", "confidential", "používá", "soubory", "使用", "同意", "隐私", "隱私", "プライバシー", "사용", "동의",
	"이용",
	// Finnish, Romanian, Ukrainian, Russian, Greek, Hungarian, Turkish,
	// the Scandinavian languages, Dutch, Italian, Indonesian, Vietnamese,
	// Czech and Slovak.
	"käyt", "hyväks", "folosi", "використ", "погодж", "использ", "соглас", "χρησιμοποι", "αποδοχ", "αποδέχ",
	"használ", "elfogad", "kullan", "kabul", "bruge", "bruke", "använd", "godkänn", "godta", "gebruik", "akkoord",
	"utilizz", "menggunakan", "setuju", "sử dụng", "đồng ý", "souhlas", "používa", "súhlas",
}

// hasConsentWord reports whether text holds one of consentWords at a
// word's start (anywhere for those that start with a wide character).
func hasConsentWord(text string) bool {
	t := strings.ToLower(text)
	for _, w := range consentWords {
		r, _ := utf8.DecodeRuneInString(w)
		for i := 0; i < len(t); {
			k := strings.Index(t[i:], w)
			if k < 0 {
				break
			}
			at := i + k
			if r >= 0x1100 || at == 0 { // Hangul, kana, Han: no spaces to start a word
				return true
			}
			if prev, _ := utf8.DecodeLastRuneInString(t[:at]); !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
				return true
			}
			i = at + 1
		}
	}
	return false
}

// consentButtonWords are the words of a cookie banner's buttons, folded;
// acceptWords those that accept, one of which the line must hold.
var (
	consentButtonWords = map[string]bool{
		"accept": true, "reject": true, "settings": true, "manage": true, "allow": true, "all": true,
		"only": true, "necessary": true, "essential": true, "options": true, "more": true, "agree": true, "i": true,
		"decline": true, "ok": true, "close": true, "(button)": true, "cookies": true,
		"akzeptieren": true, "alle": true, "ablehnen": true, "einstellungen": true, "nur": true, "notwendige": true,
		"accepter": true, "tout": true, "refuser": true, "paramétrer": true, "paramètres": true, "continuer": true,
		"sans": true, "personnaliser": true, "aceptar": true, "acepto": true, "rechazar": true, "configurar": true,
		"todas": true, "todo": true, "aceitar": true, "rejeitar": true, "accetta": true, "accetto": true,
		"rifiuta": true, "impostazioni": true, "tutti": true, "akceptuję": true, "akceptuj": true, "zgadzam": true,
		"się": true, "odrzuć": true, "ustawienia": true, "wszystkie": true, "souhlasím": true, "odmítnout": true,
		"nastavení": true, "acceptera": true, "godkänn": true, "neka": true, "inställningar": true,
		"동의": true, "거부": true, "설정": true, "同意": true, "拒绝": true, "設定": true, "同意する": true,
	}
	acceptWords = map[string]bool{
		"accept": true, "agree": true, "allow": true, "ok": true, "akzeptieren": true, "accepter": true,
		"aceptar": true, "acepto": true, "aceitar": true, "accetta": true, "accetto": true, "akceptuję": true,
		"akceptuj": true, "zgadzam": true, "souhlasím": true, "acceptera": true, "godkänn": true,
		"동의": true, "同意": true, "同意する": true,
	}
)

// isConsentButtons reports a line of a cookie banner's buttons: every word
// one of consentButtonWords, one of them an accepting one ("Accepter
// Refuser Paramétrer", "Zgadzam się", "(BUTTON) Tout accepter").
func isConsentButtons(text string) bool {
	if len(text) > consentButtonsMaxBytes {
		return false
	}
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text, "")
	if !ok {
		return false
	}
	accept := false
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			return accept
		}
		if !consentButtonWords[string(w)] {
			return false
		}
		accept = accept || acceptWords[string(w)]
	}
}

// consentButtonsMaxBytes bounds a line of a cookie banner's buttons in
// bytes: longer lines are turned away before they are folded.
const consentButtonsMaxBytes = 120
