package classify

import (
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A paywall cuts the article short with a notice that the rest is for
// subscribers ("Sie haben das Ende des frei verfügbaren Textes erreicht",
// "La suite est réservée aux abonnés", "本文為會員專屬內容") over the
// offer's buttons ("Jetzt testen · Bereits Abonnent? Anmelden"). It
// promotes a subscription: promo by the taxonomy. It is a sentence in the
// article's language, and the model, in a language it has no words of,
// took it for the article's last paragraph.

// paywallPhrases mark a paywall's notice in the Latin-script languages,
// lower-cased.
var paywallPhrases = newPhraseIndex([]string{
	"ende des frei verfügbaren", "ende des kostenlosen", "nur für abonnenten", "exklusiv für abonnenten",
	"réservé aux abonnés", "réservée aux abonnés", "réservés aux abonnés", "abonnés uniquement",
	"exclusivo para suscriptores", "contenido exclusivo para", "solo para suscriptores", "sólo para suscriptores",
	"dostępny tylko dla", "tylko dla prenumeratorów", "tylko dla subskrybentów", "dla abonentów",
	"for subscribers only", "riservato agli abbonati", "exclusivo para assinantes",
	"alleen voor abonnees",
})

// cjkPaywallParts mark a paywall's notice in Chinese.
var cjkPaywallParts = []string{"会员专属", "會員專屬", "会员专享", "會員專享", "付费阅读", "付費閱讀", "订阅后阅读", "訂閱後閱讀"}

// paywallLoginWords are the login buttons under a paywall's offer,
// lower-cased.
var paywallLoginWords = newPhraseIndex([]string{
	"anmelden", "einloggen", "login", "log in", "sign in", "se connecter", "connectez-vous", "iniciar sesión",
	"inicia sesión", "zaloguj", "accedi", "entrar",
})

// cjkPaywallButtons mark a paywall's buttons in Chinese: login,
// subscription, membership.
var cjkPaywallButtons = []string{"登入", "登录", "訂閱", "订阅", "會員", "会员"}

// Bounds of paywallNotices: a notice has at most paywallMaxWords words;
// the buttons under it, at most paywallButtonLines lines, at most
// paywallButtonWords words each.
const (
	paywallMaxWords    = 40
	paywallButtonLines = 3
	paywallButtonWords = 10
)

// paywallNotices labels promo a paywall's notice (paywallPhrases,
// cjkPaywallParts; three words or six wide characters or more) that the
// model labelled body or chrome, and the short
// lines right under it that offer the subscription or the login
// (isPricedOffer, offerStems, paywallLoginWords, 登入/登录/訂閱/订阅).
func paywallNotices(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	var buf [noticeMaxBytes]byte
	for i := range paras {
		text := paras[i].Text
		if l := out[i].Label; l != corpus.Body && l != corpus.Chrome || len(text) > noticeMaxBytes || fs[i].Words > paywallMaxWords || fs[i].Words < 3 && fs[i].CJK < 6 {
			continue
		}
		if !isPaywallNotice(text, &fs[i], &buf) {
			continue
		}
		out[i] = Scored{Label: corpus.Promo, Score: 0.7}
		for k := i + 1; k < len(paras) && k <= i+paywallButtonLines; k++ {
			t := paras[k].Text
			if t == "" {
				continue
			}
			if fs[k].Words > paywallButtonWords || len(t) > noticeMaxBytes || !isPaywallButton(t, &buf) {
				break
			}
			out[k] = Scored{Label: corpus.Promo, Score: 0.6}
		}
	}
}

// isPaywallNotice reports a line that says the rest is for subscribers.
func isPaywallNotice(text string, f *features.Features, buf *[noticeMaxBytes]byte) bool {
	if f.CJK > 0 {
		return f.CJK <= noticeMaxCJK && hasAnyString(text, cjkPaywallParts)
	}
	return paywallPhrases.mayBeIn(text) && paywallPhrases.inWords(lowerInto(buf[:0], text))
}

// isPaywallButton reports a line of a paywall's buttons: an offer or a
// login.
func isPaywallButton(text string, buf *[noticeMaxBytes]byte) bool {
	if hasAnyString(text, cjkPaywallButtons) || isPricedOffer(text) {
		return true
	}
	low := lowerInto(buf[:0], text)
	if paywallLoginWords.mayBeIn(text) && paywallLoginWords.inWords(low) {
		return true
	}
	for _, stem := range offerStems {
		if hasWordStart(low, stem) {
			return true
		}
	}
	return false
}

// hasWordStart reports whether a word of the lower-cased line b starts
// with stem ("abonnent" in "bereits abonnent?").
func hasWordStart(b []byte, stem string) bool {
	for i := 0; i+len(stem) <= len(b); i++ {
		if (i == 0 || b[i-1] == ' ') && string(b[i:i+len(stem)]) == stem {
			return true
		}
	}
	return false
}
