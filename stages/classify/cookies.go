package classify

import (
	"bytes"
	"strings"

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

// cookieNotices relabels chrome a cookie banner's line of buttons
// (isConsentButtons: "Accepter Refuser Paramétrer", "Zgadzam się") and
// the lines that speak of cookies
// (mentionsCookies) that the model called anything else: a link to the
// cookie settings (cookieLinkMaxWords words at most: "Gestion des
// cookies") or a notice up to cookieMaxWords words that asks for consent
// or tells what the site does with them (hasConsentWord: "Ta strona
// korzysta z plików cookie", "En poursuivant votre navigation, vous
// acceptez l'utilisation de cookies"; not "a batch of cookies"), unless the model's body stands both above and below
// the line: an article about cookies speaks of them in its own paragraphs.
// The taxonomy calls cookie banners chrome; on the sets written for winnow
// every line that speaks of cookies is.
func cookieNotices(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	for i := range out {
		if out[i].Label == corpus.Chrome || fs[i].Words > cookieMaxWords {
			continue
		}
		if fs[i].Words <= consentButtonsMaxWords && isConsentButtons(paras[i].Text) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
			continue
		}
		if i > 0 && i+1 < n && out[i-1].Label == corpus.Body && out[i+1].Label == corpus.Body {
			continue // inside the article (tested first: it reads no bytes)
		}
		if !mentionsCookies(paras[i].Text) || fs[i].Words > cookieLinkMaxWords && !hasConsentWord(paras[i].Text) {
			continue // "the first batch of cookies in space"
		}
		out[i] = Scored{Label: corpus.Chrome, Score: 0.6}
	}
}

// mentionsCookies reports whether text holds "cookie" in any case (a
// cookie notice in any language that borrows the word, "Cookie" in
// Chinese ones too), the Polish "ciastecz…", or the Japanese or Korean
// word ("クッキー", "쿠키").
func mentionsCookies(text string) bool {
	return hasAfterC(text, "ookie") || hasAfterC(text, "OOKIE") || strings.Contains(text, "iastecz") ||
		strings.Contains(text, "クッキー") || strings.Contains(text, "쿠키")
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

// consentWords are the words of a cookie notice besides "cookie", lower-cased
// (a prefix of the word is enough).
var consentWords = []string{
	"use", "using", "utilis", "utiliz", "usamos", "verwend", "setzen", "nutz", "korzyst", "używ", "wykorzyst",
	"accept", "akzept", "acept", "zgod", "consent", "einstell", "setting", "paramètr", "gestion", "gérer",
	"polic", "polít", "polityk", "configur", "navig", "partner", "privacy", "datenschutz", "prywatn", "confidential",
	"používá", "soubory", "使用", "同意", "隐私", "隱私", "プライバシー", "사용", "동의", "이용",
}

// hasConsentWord reports whether text holds one of consentWords.
func hasConsentWord(text string) bool {
	t := strings.ToLower(text)
	for _, w := range consentWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// consentButtonWords are the words of a cookie banner's buttons, folded;
// acceptWords those that accept, one of which the line must hold.
var (
	consentButtonWords = map[string]bool{
		"accept": true, "accept all": true, "reject": true, "settings": true, "manage": true, "allow": true, "all": true,
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
	for len(b) > 0 {
		w := b
		if k := bytes.IndexByte(b, ' '); k >= 0 {
			w, b = b[:k], b[k+1:]
		} else {
			b = nil
		}
		if len(w) == 0 {
			continue
		}
		if !consentButtonWords[string(w)] {
			return false
		}
		accept = accept || acceptWords[string(w)]
	}
	return accept
}

// consentButtonsMaxBytes bounds a line of a cookie banner's buttons in
// bytes: longer lines are turned away before they are folded.
const consentButtonsMaxBytes = 120
