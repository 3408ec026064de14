package classify

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// cuedChrome relabels chrome the short lines (furnitureMaxWords words at
// most) that the model called promo, comment or bio (two words or more)
// and that are furniture by their shape (isFurnitureLine): a share bar with
// a share button ("Partager sur Facebook", "Udostępnij: Facebook X"), a
// copyright line, an advertisement label, a footer's legal links
// ("Mentions légales · Cookies · Contact"), a line of tags, a breadcrumb
// trail, which the chain carried along with the newsletter box, the
// comment thread or the byline beside them. They must carry no cue phrase
// of the label the model gave them, and a chrome cue phrase, a bar's mark
// (hasBarMark) or two to cuedChromeShortWords words. The taxonomy calls
// them chrome
// wherever they stand; an advertisement label alone is chrome whatever the
// model called it. A line of networks' names alone ("Facebook Twitter")
// is no such shape: a site's "follow us" links (promo) look the same.
func cuedChrome(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := range out {
		f := &fs[i]
		l := out[i].Label
		if l != corpus.Chrome && f.Words <= 2 && !(l == corpus.Promo && f.Cues[corpus.Promo]) && isAdLabel(paras[i].Text) {
			// "Advertentie", "Реклама" alone, whatever the model called
			// it ("Sponsored", a promo cue, stays promo).
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
			continue
		}
		if l == corpus.Body && f.Words <= furnitureMaxWords && !f.EndsSentence && isCrumbLine(paras[i].Text) {
			// A breadcrumb trail of three steps or more is never the
			// article's, whatever the model read in it (a language it
			// has no words of: "ראשי > נהריה > חדשות").
			out[i] = Scored{Label: corpus.Chrome, Score: 0.6}
			continue
		}
		if l != corpus.Promo && l != corpus.Comment && l != corpus.Bio || f.Cues[l] || f.Words > furnitureMaxWords || l == corpus.Bio && f.Words < 2 {
			continue // a word alone in an author box ("email") is its link
		}
		if !f.Cues[corpus.Chrome] && (f.Words > cuedChromeShortWords || f.Words < 2) && !hasBarMark(paras[i].Text) {
			// Without a chrome cue, a line is read by its shape when it
			// is a bar ("Distribuie: Facebook WhatsApp", "Despre noi |
			// Confidențialitate") or of two to cuedChromeShortWords
			// words ("Partager l'article", "Données personnelles"): the
			// shapes cost a pass over the line. A button alone ("Enviar",
			// "Save") may be a comment form's.
			continue
		}
		if isFurnitureLine(paras[i].Text) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.6}
		}
	}
}

// cuedChromeShortWords is the longest line, in words, that cuedChrome
// reads by its shape without a chrome cue phrase or a bar's mark (a line of
// one word needs one of them).
const cuedChromeShortWords = 4

// allCapitalised reports whether every word of text that starts with a
// letter starts with a capital: a line of links' names, not a sentence
// ("Regulamin parkingu a RODO").
func allCapitalised(text string) bool {
	for w := range strings.FieldsSeq(text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// hasBarMark reports whether text holds a mark that parts a bar of links or
// buttons or a breadcrumb trail's steps, or a lead's colon: "|", ":", "·",
// "•", "–", "：", ">", "›", "»".
func hasBarMark(text string) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '|' || c == ':' || c == '>':
			return true
		case c == 0xC2 && i+1 < len(text) && (text[i+1] == 0xB7 || text[i+1] == 0xBB): // · »
			return true
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA2 || text[i+2] == 0x93 || text[i+2] == 0xBA): // • – ›
			return true
		case c == 0xEF && i+2 < len(text) && text[i+1] == 0xBC && text[i+2] == 0x9A: // ：
			return true
		}
	}
	return false
}

// isFurnitureLine reports a line that is chrome by its shape: a line of
// tags (isTagLine, a list or under a strong heading), a breadcrumb trail
// (isCrumbLine), a share bar with a share, print or mail button (shareBar's
// verb; on a line without a bar's mark, a share button alone) or a line
// that starts with a share verb ("Teilen auf Facebook", shareLeads), a
// copyright line (copyrightMarks), an advertisement label (isAdLabel), a
// footer's legal link alone or in a bar of short links (hasLegalLink), or
// two legal links among capitalised words (legalWords).
func isFurnitureLine(text string) bool {
	// A line without a bar's mark is one part: the bar test comes down to
	// the folded line's being a share button, and a line that
	// isAdLabel's trim leaves as it is to the folded line's being an
	// advertisement label, both read from the one fold below.
	marked := hasBarMark(text)
	if marked {
		if bar, verb := shareBar(text); bar && verb {
			return true
		}
	}
	trimmed := strings.Trim(text, " -–—:") != text
	if trimmed && isAdLabel(text) {
		return true
	}
	var buf [foldMax]byte
	b, ok := foldLine(&buf, text, "")
	if !ok {
		return false
	}
	if !marked && shareWords[string(b)] && !shareNetworks[string(b)] || !trimmed && adLabels[string(b)] {
		return true
	}
	if containsAny(b, copyrightMarks) || hasPrefixAnyBytes(b, shareLeads) {
		return true
	}
	return hasLegalLink(b) || legalWords(b) >= 2 && allCapitalised(text) ||
		marked && (isTagLine(text) && (isTagList(text) || hasStrongTagHead(text)) || isCrumbLine(text))
}

// isCrumbLine reports a breadcrumb trail (isCrumbTrail) of two steps or
// more, each of at most five words, without a colon or a final full stop
// ("Regnitz-Bote > Bamberg > Verkehr", "Accueil › Recettes › La recette de
// la semaine"): one step alone may be a teaser's "Weiterlesen »", a
// reader's "x > 3 und y > 5" has a part without letters, "Qualität > Preis
// > Marke, so einfach ist das." a full stop, a teaser's "Bayern > Dortmund
// > Leipzig: das Ranking" a colon.
func isCrumbLine(text string) bool {
	if !isCrumbTrail(text) || strings.IndexByte(text, ':') >= 0 {
		return false
	}
	for _, sep := range [...]string{" > ", " › ", " » ", " ＞ "} {
		if n := strings.Count(text, sep); n > 0 {
			return n >= 2 && shortParts(text, sep, 5) && !endsFullStop(text)
		}
	}
	return false
}

// legalWords counts the words of a folded line that are one-word legal
// links ("impressum", "datenschutz", "regulamin"): a footer whose links a
// text browser prints between spaces ("Impressum Datenschutz Mediadaten
// Kontakt") has two or more, and every word capitalised (allCapitalised).
func legalWords(b []byte) int {
	n := 0
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			return n
		}
		if legalLinks[string(w)] {
			n++
		}
	}
}

// hasLegalLink reports whether a folded line, split at "|", "·", "–", "•"
// and " - ", has a part that is one of legalLinks. It loops by hand: the
// iterators of bytes made the caller's buffer escape, an allocation for
// every short promo or comment line.
func hasLegalLink(b []byte) bool {
	parts, legal, start := 0, 0, 0
	for i := 0; i <= len(b); {
		r, size := rune(0), 1
		if i < len(b) {
			r, size = utf8.DecodeRune(b[i:])
		}
		dash := r == '-' && i > 0 && b[i-1] == ' ' && i+1 < len(b) && b[i+1] == ' '
		if i == len(b) || r == '|' || r == '·' || r == '–' || r == '•' || dash {
			part := bytes.Trim(b[start:i], "- ")
			if bytes.Count(part, []byte{' '}) >= legalPartMaxWords {
				return false // a teaser's words: "RODO – nowe kary dla szkół"
			}
			if len(part) > 0 {
				parts++
			}
			if legalLinks[string(part)] {
				legal++
			}
			start = i + size
		}
		i += size
	}
	// A legal link alone, or in a bar of three links or more, or with
	// another: "Anna Schmidt | Datenschutz" is a byline and its desk.
	return legal > 0 && (parts == 1 || parts >= 3 || legal >= 2)
}

// legalPartMaxWords is the most words of a part of a footer's bar of links.
const legalPartMaxWords = 3

// shareLeads start a share button's line, folded ("Partager sur
// Facebook", "Per WhatsApp teilen" aside).
var shareLeads = phraseBytes([]string{
	"partager", "teilen", "udostępnij", "compartir", "condividi", "partilhar", "share on", "share this",
	"share via", "delen", "sdílet", "envoyer par", "enviar por", "invia per", "per e-mail", "per whatsapp",
	"imprimer", "drucken", "imprimir", "drukuj", "stampa", "分享到", "分享：", "分享:",
})

// copyrightMarks mark a copyright or reproduction notice, folded.
var copyrightMarks = phraseBytes([]string{
	"©", "copyright", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
	"reproduction interdite", "todos los derechos reservados", "derechos reservados", "wszelkie prawa zastrzeżone",
	"prawa zastrzeżone", "riproduzione riservata", "tutti i diritti riservati", "todos os direitos reservados",
	"版权所有", "版權所有", "無断転載",
})

// legalLinks are a footer's legal and house links, folded: alone on a line
// or one part of a bar of links, they make it a footer's.
var legalLinks = map[string]bool{
	"impressum": true, "datenschutz": true, "datenschutzerklärung": true, "agb": true, "cookie-einstellungen": true,
	"mentions légales": true, "gestion des cookies": true, "politique de confidentialité": true, "cgu": true, "cgv": true,
	"données personnelles": true, "gérer mes cookies": true, "aviso legal": true, "política de privacidad": true,
	"política de cookies": true, "configuración de cookies": true, "polityka prywatności": true, "polityka cookies": true,
	"regulamin": true, "regulamin serwisu": true, "privacy policy": true, "cookie policy": true, "terms of use": true,
	"informativa privacy": true, "note legali": true, "política de privacidade": true, "ochrana osobních údajů": true,
	"privacyverklaring": true, "cookiebeleid": true, "隐私政策": true, "隱私權政策": true, "プライバシーポリシー": true,
	"termeni și condiții": true, "confidențialitate": true, "politica de confidențialitate": true, "politica de cookies": true,
	"політика конфіденційності": true, "умови використання": true, "правила користування": true,
	"политика конфиденциальности": true, "пользовательское соглашение": true, "tietosuoja": true, "tietosuojaseloste": true,
	"käyttöehdot": true, "evästeasetukset": true, "όροι χρήσης": true, "πολιτική απορρήτου": true, "προσωπικά δεδομένα": true,
	"adatvédelem": true, "adatvédelmi tájékoztató": true, "impresszum": true, "felhasználási feltételek": true,
	"gizlilik politikası": true, "kullanım koşulları": true, "künye": true, "kvkk": true, "çerez politikası": true,
	"privatlivspolitik": true, "cookiepolitik": true, "integritetspolicy": true, "cookiepolicy": true, "personvern": true,
	"personvernerklæring": true, "podmínky užívání": true, "ochrana osobných údajov": true, "podmienky používania": true,
	"algemene voorwaarden": true, "termini e condizioni": true, "termos de uso": true, "kebijakan privasi": true,
	"syarat dan ketentuan": true, "pedoman media siber": true, "chính sách bảo mật": true, "điều khoản sử dụng": true,
	"개인정보처리방침": true, "이용약관": true, "利用規約": true, "用户协议": true, "免责声明": true, "rodo": true,
}
