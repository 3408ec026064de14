package classify

import (
	"strings"
	"unicode"
)

// A site's subscription offer in its header or at a paywall names a price
// and what it buys: "Digital-Abo: 3 Monate für 3 €", "Offre numérique : 2 €
// par mois la première année", "Kup e-wydanie za 3,50 zł", "Подписка за 99
// ₽", "Hazte socio por 4,99 € al mes". The model reads the short ones as
// the header's chrome and the paywall's as the article's last paragraph.

// offerMaxWords is the longest offer isPricedOffer takes, in words.
const offerMaxWords = 25

// offerStems start the words of an offer, lower-cased: subscriptions,
// premium and digital editions, trials, in the languages of the check
// sets.
var offerStems = []string{
	"abo", "abonn", "suscri", "socio", "prenumer", "premium", "e-wydani", "e-paper", "epaper",
	"numériqu", "offre", "oferta", "angebot", "testen", "gratis", "trial", "subscri", "подпис", "abbona",
	"assin", "pretplat", "předplat", "predplat", "digital-abo", "digitalabo",
}

// currencyWords stand before or after a price, lower-cased.
var currencyWords = map[string]bool{
	"€": true, "£": true, "$": true, "₽": true, "zł": true, "zł.": true, "kr": true, "kr.": true, "kč": true,
	"eur": true, "euro": true, "euros": true, "złotych": true, "лв": true, "лв.": true, "ft": true, "lei": true,
	"chf": true, "usd": true,
}

// isPricedOffer reports a line of at most offerMaxWords words that names a
// price (a number with a currency before or after it, perhaps joined to
// it: "0,99 €", "€5", "3,50 zł") and has a word of an offer (offerStems).
func isPricedOffer(text string) bool {
	if len(text) > 400 || strings.IndexFunc(text, unicode.IsDigit) < 0 {
		return false
	}
	words, price, offer := 0, false, false
	prevNumber := false // the word before was a number
	prevCurrency := false
	for w := range strings.FieldsSeq(text) {
		words++
		if words > offerMaxWords {
			return false
		}
		low := strings.ToLower(strings.Trim(w, ",;:()!?«»\"'"))
		number, currency := isPriceNumber(low)
		if currency || number && prevCurrency || currencyWords[low] && prevNumber {
			price = true
		}
		prevNumber, prevCurrency = number, currencyWords[low]
		if !offer {
			for _, s := range offerStems {
				if strings.HasPrefix(low, s) || strings.Contains(low, "-"+s) {
					offer = true
					break
				}
			}
			// "FP+", "AB+", "Rundschau plus": a site's paid tier.
			offer = offer || len(low) >= 3 && strings.HasSuffix(low, "+") && isLetters(low[:len(low)-1])
		}
	}
	return price && offer
}

// isPriceNumber reports whether a lower-cased word is a number ("3", "0,99",
// "4.99"), and whether a currency is joined to it ("€5", "5€", "0,99€",
// "3,50zł").
func isPriceNumber(w string) (number, withCurrency bool) {
	digits := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsDigit(r) })
	if digits == "" {
		return false, false
	}
	k := strings.Index(w, digits)
	before, after := w[:k], w[k+len(digits):]
	for i := 0; i < len(digits); i++ {
		if c := digits[i]; !(c >= '0' && c <= '9' || c == ',' || c == '.') {
			return false, false
		}
	}
	switch {
	case before == "" && after == "":
		return true, false
	case before == "" && currencyWords[after], after == "" && currencyWords[before]:
		return true, true
	}
	return false, false
}

// isLetters reports a word of letters only.
func isLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
