package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	"chf": true, "usd": true, "kroner": true, "kronor": true, "krone": true, "kronen": true,
}

// isPricedOffer reports a line of at most offerMaxWords words that names a
// price (a number with a currency before or after it, perhaps joined to
// it: "0,99 €", "€5", "3,50 zł") and has a word of an offer (offerStems).
func isPricedOffer(text string) bool {
	if len(text) > 400 || !hasCurrencyHint(text) {
		return false
	}
	words, price, offer := 0, false, false
	prevNumber := false // the word before was a number
	prevCurrency := false
	var buf [64]byte
	for w := range strings.FieldsSeq(text) {
		words++
		if words > offerMaxWords {
			return false
		}
		w = strings.Trim(w, ",;:()!?«»\"'")
		if len(w) > len(buf) {
			prevNumber, prevCurrency = false, false
			continue
		}
		low := string(lowerRunesInto(buf[:0], w)) // no allocation: compared, not kept
		number, currency := isPriceNumber(low)
		if currency || number && prevCurrency || currencyWords[low] && prevNumber {
			price = true
		}
		prevNumber, prevCurrency = number, currencyWords[low]
		if !offer {
			offer = hasOfferStem(low)
			// "FP+", "AB+", "Rundschau plus": a site's paid tier.
			offer = offer || len(low) >= 3 && strings.HasSuffix(low, "+") && isLetters(low[:len(low)-1])
		}
	}
	return price && offer
}

// hasOfferStem reports whether a lower-cased word, or a part of it after a
// hyphen or an elided article's apostrophe ("digital-abo", "s'abonner",
// "s’abonner"), starts with one of offerStems.
func hasOfferStem(low string) bool {
	return hasStemIn(low, offerStems)
}

// hasStemIn reports whether a lower-cased word, or a part of it after a
// hyphen or an apostrophe, starts with one of the stems.
func hasStemIn(low string, stems []string) bool {
	for part := low; ; {
		for _, s := range stems {
			if strings.HasPrefix(part, s) {
				return true
			}
		}
		k := strings.IndexAny(part, "-'’")
		if k < 0 {
			return false
		}
		_, size := utf8.DecodeRuneInString(part[k:])
		part = part[k+size:]
	}
}

// A header's trial offer names no price but a free trial of a
// subscription: "Digital-Abo: 4 Wochen gratis testen", "Club del
// Suscriptor: 3 meses gratis", "Prøv Sydfyns Tidende+ gratis i 14 dage".
// Over the check sets, the 53 short lines with a word of a subscription
// and a word of a trial were all promo in the gold; the model took 8 for
// the header's chrome.

// trialMaxWords is the longest trial offer isTrialOffer takes, in words.
const trialMaxWords = 12

// subscriptionStems start the words of a subscription, lower-cased.
var subscriptionStems = []string{
	"abo", "abonn", "suscri", "subscri", "prenumer", "assin", "abbona", "pretplat", "předplat", "predplat",
	"digital-abo", "digitalabo", "e-paper", "epaper", "e-wydani", "подпис",
}

// trialWords name a free trial, lower-cased.
var trialWords = map[string]bool{
	"gratis": true, "kostenlos": true, "free": true, "gratuit": true, "gratuitement": true, "gratuito": true,
	"gratuita": true, "darmo": true, "testen": true, "essai": true, "prueba": true, "prøv": true, "try": true,
	"trial": true, "zdarma": true, "ingyen": true, "бесплатно": true,
}

// cjkTrialParts name a free trial or a first month's offer in Chinese and
// Japanese, with the subscription's word (cjkSubscriptionParts).
var (
	cjkTrialParts        = []string{"免费", "免費", "無料", "首月", "初月"}
	cjkSubscriptionParts = []string{"订阅", "訂閱", "購読", "会员", "會員", "電子報", "电子报"}
)

// isTrialOffer reports a line of at most trialMaxWords words with a word of
// a subscription (subscriptionStems, or a paid tier "Sydfyns Tidende+") and
// a word of a free trial (trialWords), or in Chinese or Japanese a
// subscription's word and a trial's (cjkSubscriptionParts, cjkTrialParts).
func isTrialOffer(text string) bool {
	if len(text) > 200 {
		return false
	}
	if hasWideChar(text) && hasAnyString(text, cjkTrialParts) && hasAnyString(text, cjkSubscriptionParts) {
		return true
	}
	if !hasWordStem(text, subscriptionStarts, subscriptionStems) && strings.IndexByte(text, '+') < 0 || !hasWordStem(text, trialStarts, trialWordList) {
		return false // most lines: no word of a subscription or of a trial
	}
	words, sub, trial := 0, false, false
	var buf [64]byte
	for w := range strings.FieldsSeq(text) {
		words++
		if words > trialMaxWords {
			return false
		}
		w = strings.Trim(w, ",;:()!?«»\"'[]*")
		if len(w) > len(buf) || w == "" {
			continue
		}
		low := string(lowerRunesInto(buf[:0], w)) // no allocation: compared, not kept
		trial = trial || trialWords[low]
		sub = sub || hasStemIn(low, subscriptionStems) || len(low) >= 3 && strings.HasSuffix(low, "+") && isLetters(low[:len(low)-1])
	}
	return sub && trial
}

// trialWordList is trialWords as a list, for hasWordStem.
var trialWordList = func() []string {
	l := make([]string, 0, len(trialWords))
	for w := range trialWords {
		l = append(l, w)
	}
	return l
}()

// trialStarts and subscriptionStarts have the first two bytes of every
// trial word and subscription stem (pairSet).
var (
	trialStarts        = newPairSet(trialWordList)
	subscriptionStarts = newPairSet(subscriptionStems)
)

// hasWordStem reports whether a word of text starts with one of the
// lower-cased stems (starts holds their first two bytes), ASCII letters
// compared without case, the word perhaps after a hyphen or an
// apostrophe: one pass over the bytes, which most lines end without a
// comparison.
func hasWordStem(text string, starts *pairSet, stems []string) bool {
	for i := 0; i+1 < len(text); i++ {
		if i > 0 && isASCIIAlnum(text[i-1]) {
			continue // inside an ASCII word
		}
		if !starts.has(lowerASCII(text[i]), lowerASCII(text[i+1])) {
			continue
		}
		for _, st := range stems {
			if len(text)-i >= len(st) && asciiFoldPrefix(text[i:], st) {
				return true
			}
		}
	}
	return false
}

// asciiFoldPrefix reports whether s starts with the lower-cased prefix,
// ASCII letters of s compared without case.
func asciiFoldPrefix[P string | []byte](s string, prefix P) bool {
	for k := 0; k < len(prefix); k++ {
		if lowerASCII(s[k]) != prefix[k] {
			return false
		}
	}
	return true
}

// hasWideChar reports whether text has a character of three UTF-8 bytes
// or more (the scripts written without spaces among them).
func hasWideChar(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0xE0 {
			return true
		}
	}
	return false
}

// hasAnyString reports whether s contains one of the parts.
func hasAnyString(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// hasCurrencyHint reports whether text may name a price: a digit and a
// currency's sign ("€", "£", "$", "₽", "zł", "лв") or word ("EUR", "euros",
// "kr", "kroner", "Kč", "CHF"), found in one pass over the bytes; most lines with
// digits have none, and isPricedOffer reads no further.
func hasCurrencyHint(text string) bool {
	digit, currency := false, false
	for i := 0; i < len(text) && !(digit && currency); i++ {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c == '$':
			currency = true
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x82 && (text[i+2] == 0xAC || text[i+2] == 0xBD): // €, ₽
			currency = true
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA3: // £
			currency = true
		case c == 0xC5 && i+1 < len(text) && text[i+1] == 0x82 && i > 0 && text[i-1]|0x20 == 'z': // zł
			currency = true
		case c == 0xD0 && i+3 < len(text) && text[i+1] == 0xBB && text[i+2] == 0xD0 && text[i+3] == 0xB2: // лв
			currency = true
		case c|0x20 >= 'a' && c|0x20 <= 'z' && (i == 0 || text[i-1] == ' ' || text[i-1] >= '0' && text[i-1] <= '9'):
			// A currency's word alone: "EUR", "euros", "kr", "Kč", "CHF".
			j := i
			for j < len(text) && j-i < 7 && (text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z') {
				j++
			}
			if j+1 < len(text) && j-i == 1 && c|0x20 == 'k' && text[j] == 0xC4 && text[j+1] == 0x8D {
				currency = true // Kč
			} else if j-i >= 2 && j-i <= 6 && (j == len(text) || !(text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z')) {
				var low [6]byte
				for k := i; k < j; k++ {
					low[k-i] = text[k] | 0x20
				}
				currency = currency || currencyWords[string(low[:j-i])] // the lookup does not allocate
			}
			i = j - 1
		}
	}
	return digit && currency
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
