package classify

import (
	"strings"
	"unicode"
)

// A byline is often followed by a line that only dates the article, or by
// a bar of buttons to share it. The model, seeing them next to the byline,
// calls them bio; the taxonomy calls them chrome. isStampLine and
// isShareBar recognise them by their parts.

// stampSeparators split a dateline into its parts: "Villarrasa, 27/11/2026
// - 14:05h", "02.12.2026 · 16:30 Uhr · 4 Min. Lesezeit".
var stampSeparators = []string{" · ", " | ", " - ", " – ", " — ", ", "}

// stampLineMax bounds a dateline in bytes, and stampPartMaxWords each of
// its parts in words ("Fri 27 Nov 2026 01.58 GMT": six).
const (
	stampLineMax      = 120
	stampPartMaxWords = 7
)

// updateLabels may lead a part of a dateline, lower-cased: "Actualizado:
// 02/12/2026 - 08:00h".
var updateLabels = []string{
	"actualizado:", "aktualisiert:", "aktualisiert am", "mis à jour :", "mis à jour le", "mis à jour:", "updated:",
	"updated", "aktualizacja:", "aggiornato:", "aggiornato il", "atualizado:", "atualizado em", "bijgewerkt:",
	"publicado:", "veröffentlicht:", "publié le", "publié :", "opublikowano:", "pubblicato:", "gepubliceerd:",
}

// isStampLine reports a line that only dates the article: its parts, split
// at stampSeparators (and a part at ". " when both halves are dates), are
// dates, times of day or reading times, one of them at least, perhaps
// after a label ("Actualizado: …") and perhaps after the place the article
// was filed from, first (isPlaceName): "Villarrasa,
// 27/11/2026 - 14:05h", "02.12.2026 · 16:30 Uhr · 4 Min. Lesezeit",
// "Almería, 01/12/2026 - 20:15h. Actualizado: 02/12/2026 - 08:00h".
func isStampLine(text string) bool {
	if len(text) > stampLineMax {
		return false
	}
	dated := false
	first := true
	for text != "" {
		part := text
		k, n := -1, 0
		for _, sep := range stampSeparators {
			if j := strings.Index(text, sep); j >= 0 && (k < 0 || j < k) {
				k, n = j, len(sep)
			}
		}
		if k >= 0 {
			part, text = text[:k], text[k+n:]
		} else {
			text = ""
		}
		part = strings.TrimSpace(part)
		if fieldCount(part) > stampPartMaxWords {
			return false // a sentence: most body lines with a digit end here, unfolded
		}
		switch {
		case part == "":
		case isStampPart(part):
			dated = true
		case first && isPlaceName(part):
		default:
			return false
		}
		first = false
	}
	return dated
}

// isStampPart reports a part of a dateline: a date, a time of day or a
// reading time, perhaps after an updateLabels label, or two such parts
// joined by ". " ("20:15h. Actualizado: 02/12/2026").
func isStampPart(part string) bool {
	for _, l := range updateLabels {
		if len(l) <= len(part) && strings.EqualFold(part[:len(l)], l) {
			part = strings.TrimSpace(part[len(l):])
			break
		}
	}
	if part == "" {
		return false
	}
	if isLoneDate(part) || isLoneTime(part) || isReadingTime(part) {
		return true
	}
	if a, b, ok := strings.Cut(part, ". "); ok {
		return isStampPart(a+".") && isStampPart(b) || isStampPart(a) && isStampPart(b)
	}
	return false
}

// isPlaceName reports one capitalised word without digits: the place a
// dateline names before its date ("Villarrasa", "Cáceres"). Two words are
// likelier a person's name, and a name and a date are a byline ("Agnieszka
// Kowal, 10 czerwca 2024"), which the taxonomy calls bio.
func isPlaceName(part string) bool {
	return part != "" && !strings.ContainsAny(part, " ") && unicode.IsUpper(firstRune(part)) && !strings.ContainsFunc(part, unicode.IsDigit)
}

// shareWords are the buttons of a bar under a byline, lower-cased: share,
// print, save, comment, send, copy the link, and the networks.
var shareWords = map[string]bool{
	"share": true, "print": true, "save": true, "email": true, "e-mail": true, "comment": true, "copy link": true,
	"teilen": true, "drucken": true, "merken": true, "speichern": true, "kommentieren": true, "link kopieren": true,
	"compartir": true, "comparte": true, "guardar": true, "imprimir": true, "comentar": true, "copiar enlace": true, "enviar": true,
	"partager": true, "imprimer": true, "enregistrer": true, "commenter": true, "copier le lien": true, "envoyer": true,
	"udostępnij": true, "skomentuj": true, "zapisz": true, "drukuj": true, "skopiuj link": true, "wyślij": true,
	"condividi": true, "stampa": true, "salva": true, "commenta": true, "copia link": true, "invia": true,
	"compartilhar": true, "salvar": true, "copiar link": true,
	"delen": true, "printen": true, "opslaan": true, "reageren": true, "kopieer link": true,
	"share this article": true, "artikel teilen": true, "compartir artículo": true, "partager cet article": true,
	"udostępnij artykuł": true, "condividi l'articolo": true, "compartilhe": true, "deel dit artikel": true,
	"facebook": true, "x": true, "twitter": true, "whatsapp": true, "linkedin": true, "telegram": true, "bluesky": true,
	"分享": true, "收藏": true, "打印": true, "打印本页": true, "复制链接": true,
	"mail": true, "viber": true, "pinterest": true, "reddit": true, "threads": true, "mastodon": true, "vk": true,
	"line": true, "微信": true, "微博": true, "qq": true, "qq空间": true, "朋友圈": true, "複製連結": true, "列印": true,
	"поділитися": true, "поделиться": true, "друк": true, "distribuie": true, "trimite": true, "printează": true,
	"jaa": true, "tulosta": true, "κοινοποίηση": true, "μοιραστείτε": true, "εκτύπωση": true, "sdílet": true,
	"tisk": true, "zdieľať": true, "megosztás": true, "nyomtatás": true, "paylaş": true, "yazdır": true, "del": true,
	"dela": true, "skriv ut": true, "udskriv": true, "dele": true, "bagikan": true, "cetak": true, "chia sẻ": true,
	"in bài": true, "공유": true, "인쇄": true, "シェア": true, "印刷": true,
}

// isShareBar reports a line of share buttons: every part between "·" or
// "|" one of shareWords ("Teilen · Drucken · Merken", "Udostępnij |
// Skomentuj", "Skopiuj link").
func isShareBar(text string) bool {
	bar, _ := shareBar(text)
	return bar
}

// shareBar reports a line of share buttons (isShareBar), whose first part
// may be a share word and a colon before the first button ("Partager cet
// article : Facebook · LinkedIn · E-mail", "Teilen: Facebook · X"), and
// whether a part is a share word other than a network's name (a share,
// print or save button, or the lead): a bar of networks alone may also be
// the site's "follow us" links.
func shareBar(text string) (bar, verb bool) {
	if len(text) > replyBarMax || firstPartLen(text) > shareLeadMaxBytes {
		return false, false // the first part is too long for a button or a lead
	}
	if strings.IndexByte(text, '|') < 0 && strings.IndexByte(text, ':') < 0 && !strings.Contains(text, "·") && !strings.Contains(text, "：") && strings.IndexByte(text, ' ') >= 0 {
		// Buttons between spaces with no lead, as an accessibility tree's
		// links run together: "WhatsApp Facebook X Copiar enlace". A
		// share word other than a network's name is needed: "Facebook
		// Instagram" alone may be the site's own profiles.
		if n, verb := spacedShareButtons(text); n >= 2 && verb {
			return true, true
		}
	}
	parts := 0
	for part := range barParts(text) {
		if parts == 0 {
			if lead, rest, ok := cutShareLead(part); ok && strings.TrimSpace(rest) != "" {
				if !isShareWord(lead) {
					return false, false
				}
				verb, part = true, rest
				if strings.IndexByte(text, '|') < 0 && !strings.Contains(text, "·") {
					// Buttons between spaces, as a text browser prints
					// them: "Artikel teilen: Facebook X Mail Drucken".
					return spacedButtons(rest), true
				}
			}
		}
		ok, network := shareWord(part)
		if !ok {
			return false, false
		}
		verb = verb || !network
		parts++
	}
	return parts > 0, verb
}

// shareLeadMaxBytes bounds the first part of a share bar, its lead or its
// first button ("udostępnij artykuł", "κοινοποίηση"), in bytes.
const shareLeadMaxBytes = 48

// firstPartLen returns the length in bytes of text up to its first colon
// (ASCII or full-width), "|" or "·", or of the whole text.
func firstPartLen(text string) int {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == ':' || c == '|':
			return i
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xB7:
			return i
		case c == 0xEF && i+2 < len(text) && text[i+1] == 0xBC && text[i+2] == 0x9A:
			return i
		}
		if i > shareLeadMaxBytes {
			return i
		}
	}
	return len(text)
}

// cutShareLead cuts part at its first colon (ASCII or full-width).
func cutShareLead(part string) (lead, rest string, ok bool) {
	if lead, rest, ok = strings.Cut(part, ":"); ok {
		return lead, rest, ok
	}
	return strings.Cut(part, "：")
}

// spacedButtons reports whether s is one or more buttons of shareWords (of
// one or two words) between spaces.
func spacedButtons(s string) bool {
	n := 0
	for s = strings.TrimSpace(s); s != ""; n++ {
		// A button of one word, or of two ("Copiar enlace").
		w, rest, _ := strings.Cut(s, " ")
		if !isShareWord(w) {
			w2, rest2, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
			if w2 == "" || !isShareWord(w+" "+w2) {
				return false
			}
			rest = rest2
		}
		s = strings.TrimLeft(rest, " ")
	}
	return n >= 1
}

// spacedShareButtons counts the buttons of shareWords (of one or two
// words) between spaces that make up s, 0 when another word is among
// them, and reports whether one is a share word other than a network's
// name.
func spacedShareButtons(s string) (n int, verb bool) {
	for s = strings.TrimSpace(s); s != ""; n++ {
		w, rest, _ := strings.Cut(s, " ")
		ok, network := shareWord(w)
		if !ok {
			// A button of two words, as s has them (not joined anew: an
			// allocation per line).
			w2, rest2, _ := strings.Cut(rest, " ")
			if w2 == "" {
				return 0, false
			}
			if ok, network = shareWord(s[:len(w)+1+len(w2)]); !ok {
				return 0, false
			}
			rest = rest2
		}
		verb = verb || !network
		s = strings.TrimLeft(rest, " ")
	}
	return n, verb
}

// isSharingBar reports a share bar with a share word other than a network's
// name (shareBar): a share bar for certain, not the site's "follow us" links.
func isSharingBar(text string) bool {
	bar, verb := shareBar(text)
	return bar && verb
}

// isShareWord reports a part of a share bar that is one of shareWords.
func isShareWord(part string) bool {
	ok, _ := shareWord(part)
	return ok
}

// shareWord reports a part of a share bar that is one of shareWords, and
// whether it is a network's name.
func shareWord(part string) (ok, network bool) {
	var buf [foldMax]byte
	w, folded := foldLine(&buf, part, "")
	return folded && shareWords[string(w)], shareNetworks[string(w)]
}

// shareNetworks are the networks' names among shareWords, lower-cased.
var shareNetworks = map[string]bool{
	"facebook": true, "x": true, "twitter": true, "whatsapp": true, "linkedin": true, "telegram": true, "bluesky": true,
	"viber": true, "pinterest": true, "reddit": true, "threads": true, "mastodon": true, "vk": true, "line": true,
	"微信": true, "微博": true, "qq": true, "qq空间": true, "朋友圈": true,
}
