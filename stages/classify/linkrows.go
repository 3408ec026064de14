package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// A converter that keeps links' targets (Markdown, Textile, MediaWiki,
// lynx -list_inline, html-to-text) shows where a row of links goes: a row
// whose every link goes to a tag's or a topic's page ("/tag/loja",
// "/thema/wetter", "/emne/faerger") is the article's tags, and one whose
// every link goes to the site's legal and contact pages ("/impressum",
// "/privacy", "/om-os") is its footer: chrome by the taxonomy, whatever the
// words of the links are; so is a row of share links ("/teilen/facebook",
// "https://www.facebook.com/sharer/…", "mailto:"). Over the check sets,
// the 49 rows of tags, the 27 footer rows and the 36 rows of share links
// were all chrome in the gold; the model took 23 for promo (a list of
// other stories), bio (under an author's name), comment or body (run
// together with the heading under it).

// tagPathSegments are the first segments of the paths of tag and topic
// pages, lower-cased.
var tagPathSegments = map[string]bool{
	"tag": true, "tags": true, "thema": true, "themen": true, "topic": true, "topics": true,
	"schlagwort": true, "schlagworte": true, "stichwort": true, "stichworte": true, "emne": true,
	"tema": true, "temat": true, "tematy": true, "etiqueta": true, "etiquetas": true, "mot-cle": true,
	"mots-cles": true, "birka": true, "oznaka": true, "oznake": true, "cimke": true, "címke": true,
	"aihe": true, "tagi": true, "keyword": true, "keywords": true, "argomenti": true,
	"onderwerp": true, "trefwoord": true, "标签": true, "標籤": true,
}

// footerPathSegments are the first segments of the paths of a site's
// legal, contact and about pages, lower-cased, without a file's extension.
var footerPathSegments = map[string]bool{
	"privacy": true, "privacy-policy": true, "privacidad": true, "privacidade": true, "datenschutz": true,
	"datenschutzerklaerung": true, "impressum": true, "imprint": true, "legal": true, "mentions-legales": true,
	"terms": true, "terms-of-use": true, "terms-of-service": true, "tos": true, "cgu": true, "cgv": true,
	"agb": true, "nutzungsbedingungen": true, "cookies": true, "cookie-policy": true, "cookiepolitik": true,
	"privatlivspolitik": true, "about": true, "about-us": true, "om-os": true, "om-oss": true, "kontakt": true,
	"contact": true, "contacto": true, "contatti": true, "contato": true, "regulamin": true,
	"polityka-prywatnosci": true, "o-nas": true, "aviso-legal": true, "politica-de-privacidad": true,
	"donnees-personnelles": true, "confidentialite": true, "privatums": true, "noteikumi": true,
	"par-mums": true, "kontakti": true, "uslovi": true, "politika-privatnosti": true, "impresum": true,
	"advertise": true, "werbung": true, "mediadaten": true,
}

// sharePathSegments are the first segments of the paths of a site's own
// share links ("/teilen/facebook", "/partager/x"), lower-cased.
var sharePathSegments = map[string]bool{
	"share": true, "sharer": true, "teilen": true, "partager": true, "partage": true, "compartir": true,
	"condividi": true, "udostepnij": true, "del": true, "dela": true, "dalities": true, "podeli": true,
	"podijeli": true, "jaa": true, "paylas": true, "sdilet": true, "zdielat": true,
}

// shareHosts are the social networks whose share and intent links
// (isShareLink) a share bar holds; a link to a site's own page there
// ("Follow us on Facebook") is a social invite, promo.
var shareHosts = []string{"facebook.com", "twitter.com", "x.com", "linkedin.com", "pinterest.com", "reddit.com", "t.me", "telegram.me", "wa.me", "whatsapp.com", "vk.com", "line.me", "weibo.com", "xing.com"}

// linkRowMinLinks is the fewest links of a row of tags, footer links or
// share links.
const linkRowMinLinks = 2

// linkRows labels chrome the lines of a page whose links (linkRowMinLinks
// or more, linkTargets) all go to tag pages (tagPathSegments, with a tag
// after the segment), all to the site's legal and contact pages
// (footerPathSegments) or all share the page (isShareLink). paras are the
// page's own paragraphs, with their links' targets.
func linkRows(paras []corpus.Paragraph, out []Scored) {
	for i := range paras {
		if text := paras[i].Text; out[i].Label == corpus.Chrome || strings.IndexByte(text, '/') < 0 && strings.IndexByte(text, '[') < 0 {
			continue
		}
		links, tags, footer, share := 0, 0, 0, 0
		linkTargets(paras[i].Text, func(target string) {
			links++
			first, rest := firstPathSegment(target)
			switch {
			case isShareLink(target):
				share++
			case len(first) > 24:
			case strings.Trim(rest, "/") != "" && inLowerSet(tagPathSegments, first):
				tags++
			case inLowerSet(footerPathSegments, strings.TrimSuffix(strings.TrimSuffix(first, ".html"), ".php")):
				footer++
			}
		})
		if links >= linkRowMinLinks && (tags == links || footer == links || share == links) {
			out[i] = Scored{Label: corpus.Chrome, Score: 0.8}
		}
	}
}

// linkTargets calls fn with the target of every link of a line in the
// syntaxes of the converters that keep them: Markdown "[text](target)",
// Textile "text":target, MediaWiki "[[target|text]]", Jira
// "[text|target]", AsciiDoc "link:target[text]" and lynx's or
// html-to-text's "[https://…]".
func linkTargets(s string, fn func(target string)) {
	for i := 0; i+1 < len(s); i++ {
		switch {
		case s[i] == ']' && s[i+1] == '(':
			if e := strings.IndexAny(s[i+2:], ") "); e >= 0 {
				fn(s[i+2 : i+2+e])
				i += 1 + e
			}
		case s[i] == '"' && s[i+1] == ':' && i+2 < len(s) && isTextileTargetStart(s[i+2]):
			e := strings.IndexAny(s[i+2:], " \n")
			if e < 0 {
				e = len(s) - i - 2
			}
			fn(s[i+2 : i+2+e])
			i += 1 + e
		case s[i] == '[' && s[i+1] == '[':
			if e := strings.IndexAny(s[i+2:], "|]"); e >= 0 {
				fn(s[i+2 : i+2+e])
				i += 1 + e
			}
		case s[i] == 'l' && strings.HasPrefix(s[i:], "link:") && (i == 0 || s[i-1] == ' '):
			if e := strings.IndexAny(s[i+5:], "[ "); e > 0 && s[i+5+e] == '[' {
				fn(s[i+5 : i+5+e])
				i += 4 + e
			}
		case s[i] == '[' && s[i+1] != '[':
			if text, n := jiraLink(s[i:]); n > 0 {
				fn(s[i+1+len(text)+1 : i+n-1]) // Jira's "[text|target]"
				i += n - 1
				continue
			}
			if strings.HasPrefix(s[i+1:], "http") {
				if e := strings.IndexAny(s[i+1:], "] "); e >= 0 && s[i+1+e] == ']' {
					fn(s[i+1 : i+1+e])
					i += e
				}
			}
		}
	}
}

// isShareLink reports a share link: "mailto:", a share or intent link of
// a social network (shareHosts: "https://www.facebook.com/sharer/…",
// "https://wa.me/?text=…", "https://twitter.com/intent/tweet?…"), or a
// site's own share path (sharePathSegments, with a network after it:
// "/teilen/facebook").
func isShareLink(target string) bool {
	if strings.HasPrefix(target, "mailto:") || strings.HasPrefix(target, "whatsapp:") {
		return true
	}
	if k := strings.Index(target, "://"); k >= 0 {
		host, path, _ := strings.Cut(target[k+3:], "/")
		for _, h := range shareHosts {
			if host == h || strings.HasSuffix(host, "."+h) {
				return h == "wa.me" || strings.Contains(path, "share") || strings.Contains(path, "intent") || strings.Contains(path, "send")
			}
		}
	}
	first, rest := firstPathSegment(target)
	return strings.Trim(rest, "/") != "" && inLowerSet(sharePathSegments, first)
}

// firstPathSegment returns the first segment of a link's path and the
// rest after it: "/tag/loja" and "https://host/tag/loja" give "tag" and
// "loja", "thema/wetter" (as MediaWiki writes a site's path) "thema" and
// "wetter".
func firstPathSegment(target string) (first, rest string) {
	if k := strings.Index(target, "://"); k >= 0 {
		host := target[k+3:]
		slash := strings.IndexByte(host, '/')
		if slash < 0 {
			return "", ""
		}
		target = host[slash:]
	}
	target = strings.TrimPrefix(target, "/")
	if k := strings.IndexAny(target, "?#"); k >= 0 {
		target = target[:k]
	}
	first, rest, _ = strings.Cut(target, "/")
	return first, rest
}

// inLowerSet reports whether the word, lower-cased, is in the set.
func inLowerSet(set map[string]bool, word string) bool {
	var buf [24]byte
	low, fits := lowerWordInto(buf[:0], word)
	return fits && set[string(low)]
}
