package classify

import (
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

// cookieNotices relabels chrome the lines that speak of cookies
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
// Chinese and Japanese ones too) or the Polish "ciastecz…".
func mentionsCookies(text string) bool {
	return hasAfterC(text, "ookie") || hasAfterC(text, "OOKIE") || strings.Contains(text, "iastecz")
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
	"používá", "soubory", "使用", "同意", "隐私", "隱私", "プライバシー",
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
