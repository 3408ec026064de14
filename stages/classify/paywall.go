package classify

import (
	"strings"

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
	"% de cet article à lire", "% de l'article à lire",
	"exclusivo para suscriptores", "contenido exclusivo para", "solo para suscriptores", "sólo para suscriptores",
	"dostępny tylko dla", "tylko dla prenumeratorów", "tylko dla subskrybentów", "dla abonentów",
	"for subscribers only", "riservato agli abbonati", "exclusivo para assinantes",
	"alleen voor abonnees",
})

// cjkPaywallParts mark a paywall's notice in Chinese.
var cjkPaywallParts = []string{"会员专属", "會員專屬", "会员专享", "會員專享", "付费阅读", "付費閱讀", "订阅后阅读", "訂閱後閱讀", "成为会员", "成為會員", "阅读完整", "閱讀完整"}

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
// model labelled body or chrome (or a pass promo already), and the short
// lines right under it that offer the subscription or the login
// (isPricedOffer, offerStems, paywallLoginWords, 登入/登录/訂閱/订阅).
func paywallNotices(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	var buf [noticeMaxBytes]byte
	for i := range paras {
		text := paras[i].Text
		if l := out[i].Label; l != corpus.Body && l != corpus.Chrome && l != corpus.Promo || len(text) > noticeMaxBytes || fs[i].Words > paywallMaxWords || fs[i].Words < 3 && fs[i].CJK < 6 {
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
	if hasAnyString(text, cjkPaywallButtons) || isPricedOffer(text) || isCJKMonthlyPrice(text) {
		return true
	}
	low := lowerInto(buf[:0], text)
	if paywallLoginWords.mayBeIn(text) && paywallLoginWords.inWords(low) {
		return true
	}
	return hasWordStart(low, offerStems, &offerStemStarts)
}

// offerStemStarts marks the first bytes of offerStems.
var offerStemStarts = firstBytes(offerStems)

// firstBytes returns the set of the first bytes of words.
func firstBytes(words []string) (set [256]bool) {
	for _, w := range words {
		set[w[0]] = true
	}
	return set
}

// hasWordStart reports whether a word of the lower-cased line b starts
// with one of stems ("abonnent" in "bereits abonnent?"), whose first
// bytes are first: one pass over the line, the stems tried only where a
// word starts with one's first byte.
func hasWordStart(b []byte, stems []string, first *[256]bool) bool {
	for i := 0; i < len(b); i++ {
		if i > 0 && b[i-1] != ' ' || !first[b[i]] {
			continue
		}
		for _, stem := range stems {
			if len(b)-i >= len(stem) && string(b[i:i+len(stem)]) == stem {
				return true
			}
		}
	}
	return false
}

// Bounds of articleAfterOffer: an offer's box inside the article is at
// most offerBoxMaxLines lines; the article under it goes back to the body
// for at most afterTeaserMaxLines lines, when at least offerProseMin of
// them, and more than half, are prose (offerProseWords words or more, or
// twice as many wide characters) and the model gives them a mean body
// probability of offerBodyMean or more.
const (
	offerBoxMaxLines = 6
	offerProseMin    = 3
	offerProseWords  = 8
	offerBodyMean    = 0.3
)

// articleAfterOffer gives back to the body the article that goes on under
// a subscription offer's box inside it (a paywall's notice and its
// buttons, "Weiterlesen mit Landbote+" / "… danach 7,90 € monatlich." /
// "Jetzt Landbote+ testen · Bereits Abonnent? Anmelden"): a run of at most
// offerBoxMaxLines promo lines, one of them an offer's or login's button
// (isPaywallButton), with body right above it (or one line above), and
// under it the lines the chain carried on as promo (with lines that
// earlier passes gave back among them), up to a promo heading,
// a short line that ends no sentence under one that ends one (the
// article's next subheading, which the passes after read with what it
// heads), or a line of another label. A text dump that prints every line
// of a PDF's page as a paragraph (pdftotext) gives the model lines of
// prose it reads with their neighbours, the box among them. logp gives
// the body probability.
func articleAfterOffer(paras []corpus.Paragraph, fs []features.Features, logp []float32, out []Scored) {
	n := len(out)
	var buf [noticeMaxBytes]byte
	for a := 1; a < n; a++ {
		if out[a].Label != corpus.Promo || out[a-1].Label != corpus.Body && (a < 2 || out[a-2].Label != corpus.Body) {
			continue
		}
		b, offer := a, false
		for ; b < n && b-a < offerBoxMaxLines && out[b].Label == corpus.Promo; b++ {
			if t := paras[b].Text; !offer && len(t) <= noticeMaxBytes && fs[b].Words <= paywallButtonWords && isPaywallButton(t, &buf) {
				offer = true
			}
			if offer && b+1 < n && fs[b+1].Words >= offerProseWords {
				b++
				break // the article goes on under the buttons
			}
		}
		if !offer {
			continue
		}
		c, prose := b, 0
		var mean float32
		for ; c < n && c-b < afterTeaserMaxLines && (out[c].Label == corpus.Promo || out[c].Label == corpus.Body); c++ {
			f := &fs[c]
			if isPromoHeading(paras[c].Text, f) || f.Cues[corpus.Promo] || f.Cues[corpus.Bio] || f.Cues[corpus.Comment] ||
				c > b && f.Words <= 5 && f.CJK == 0 && !f.EndsSentence && !f.EndsColon && fs[c-1].EndsSentence {
				break
			}
			if f.Words >= offerProseWords || f.CJK >= 2*offerProseWords {
				prose++
			}
			mean += exp32(logp[c*corpus.NumLabels+int(corpus.Body)])
		}
		if c == b || prose < offerProseMin || 2*prose <= c-b || mean < offerBodyMean*float32(c-b) {
			a = b
			continue
		}
		for k := b; k < c; k++ {
			if out[k].Label == corpus.Promo {
				out[k] = Scored{Label: corpus.Body, Score: 0.5}
			}
		}
		a = c
	}
}

// cjkPricePeriods are the periods a Chinese subscription's price is per.
var cjkPricePeriods = []string{"每月", "每年", "每週", "每周", "月费", "月費", "年费", "年費"}

// isCJKMonthlyPrice reports a Chinese line with a price per period
// ("每月只要99元"): a number in yuan and a period.
func isCJKMonthlyPrice(text string) bool {
	k := strings.Index(text, "元")
	return k > 0 && isDigit(text[k-1]) && hasAnyString(text, cjkPricePeriods)
}
