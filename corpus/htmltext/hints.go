package htmltext

import "strings"

// The hint vocabulary. Class and id tokens (and role, itemprop and rel
// values) are matched against the words below, and their translations
// (hintWordList), and reported in corpus.Structure.Hints by the canonical
// name on the left. The list is the contract with the classifier: add to
// it, but do not rename.
//
//	article     article articles story stories post entry blogpost
//	content     content prose main
//	title       title headline heading hed
//	summary     summary lede lead standfirst dek deck excerpt intro subtitle description
//	byline      byline bylines byl
//	author      author authors writer contributor contributors vcard
//	bio         bio bios biography
//	date        date dates time timestamp published pubdate dateline datetime updated posted
//	meta        meta metadata info
//	share       share shares sharing sharethis addthis addtoany
//	social      social follow facebook twitter linkedin whatsapp pinterest
//	comment     comment comments discussion disqus respond reply replies livefyre conversation
//	related     related recommended recommendations recommend popular trending mostread more also
//	promo       promo promotion promoted sponsor sponsored partner native cta upsell offer campaign
//	ad          ad ads adv advert advertisement advertising adsense adslot adunit dfp gpt doubleclick outbrain taboola
//	newsletter  newsletter newsletters optin
//	subscribe   subscribe subscription subscriber signup register registration membership join donate
//	paywall     paywall piano premium metered
//	nav         nav navbar navigation pagination pager
//	breadcrumb  breadcrumb breadcrumbs crumbs crumb
//	menu        menu menus dropdown hamburger
//	header      header masthead topbar branding
//	footer      footer colophon copyright legal
//	sidebar     sidebar aside rail
//	widget      widget widgets
//	cookie      cookie cookies consent gdpr cmp onetrust cookiebot
//	modal       modal popup popover overlay lightbox dialog interstitial
//	caption     caption captions figcaption
//	credit      credit credits attribution
//	tags        tag tags tagged taglist tagcloud topics topic categories category keywords
//	hidden      hidden hide sr screenreader visuallyhidden invisible offscreen
//	skip        skip
//	search      search
//	login       login signin account
//	logo        logo brand
//	media       video player gallery slideshow carousel embed audio podcast
//	print       print
//
// Tokens are split at every character that is not a letter and at
// lower-to-upper case changes ("ArticleByline" is "article" and "byline").
// Longer words also match by prefix or suffix ("sharedaddy", "commentlist",
// "mainnav", "authorbox"): see affixes.
//
// ARIA roles map too: navigation → nav, banner → header, contentinfo →
// footer, complementary → sidebar, dialog and alertdialog → modal, main →
// content, menubar → menu.
var hintNames = [...]string{
	"article", "content", "title", "summary", "byline", "author", "bio", "date", "meta",
	"share", "social", "comment", "related", "promo", "ad", "newsletter", "subscribe",
	"paywall", "nav", "breadcrumb", "menu", "header", "footer", "sidebar", "widget",
	"cookie", "modal", "caption", "credit", "tags", "hidden", "skip", "search", "login",
	"logo", "media", "print",
}

// HintNames returns the canonical hint names, in the order Hints lists the
// hints of one element.
func HintNames() []string { return append([]string(nil), hintNames[:]...) }

// hintBit returns the mask bit of a canonical hint name.
func hintBit(name string) uint64 {
	for i, n := range hintNames {
		if n == name {
			return 1 << i
		}
	}
	panic("htmltext: unknown hint " + name)
}

// hintWords maps whole tokens to hint bits. It is built once from
// hintWordList and only read afterwards.
var hintWords = func() map[string]uint64 {
	m := make(map[string]uint64, 256)
	for name, words := range hintWordList {
		bit := hintBit(name)
		for _, w := range strings.Fields(words) {
			m[w] |= bit
		}
	}
	return m
}()

// hintWordList gives each hint its words: the English ones of the table
// above first, then the same words in German, Spanish, French, Italian,
// Portuguese, Polish, Dutch and Chinese pinyin, as sites in those
// languages name their classes ("kommentare", "autor", "entradilla",
// "udostepnij", "pinglun").
var hintWordList = map[string]string{
	"article":    "article articles story stories post entry blogpost artikel articulo articolo artigo artykul noticia nachricht beitrag eintrag wpis wenzhang xinwen",
	"content":    "content prose main inhalt contenido contenu contenuto conteudo tresc neirong",
	"title":      "title headline heading hed titel titulo titre titolo tytul titular schlagzeile biaoti",
	"summary":    "summary lede lead standfirst dek deck excerpt intro subtitle description entradilla chapo chapeau vorspann sumario resumen sottotitolo subtitulo zhaiyao daoyu",
	"byline":     "byline bylines byl firma signature autorzeile",
	"author":     "author authors writer contributor contributors vcard autor autora autorin autoren autores auteur auteurs autore autori zuozhe",
	"bio":        "bio bios biography biografia biographie biografie jianjie",
	"date":       "date dates time timestamp published pubdate dateline datetime updated posted fecha fechas datum heure zeit uhrzeit hora riqi shijian",
	"meta":       "meta metadata info",
	"share":      "share shares sharing sharethis addthis addtoany compartir compartilhar partage partager teilen udostepnij condividi delen fenxiang",
	"social":     "social follow facebook twitter linkedin whatsapp pinterest",
	"comment":    "comment comments discussion disqus respond reply replies livefyre conversation kommentar kommentare comentario comentarios commentaire commentaires commento commenti komentarz komentarze reacties reactie antwort antworten respuesta respuestas reponse reponses risposta risposte odpowiedz odpowiedzi pinglun",
	"related":    "related recommended recommendations recommend popular trending mostread more also relacionadas relacionados relacionada relacionado verwandt verwandte lesetipp lesetipps connexe connexes correlati powiazane mehr xiangguan tuijian",
	"promo":      "promo promotion promoted sponsor sponsored partner native cta upsell offer campaign",
	"ad":         "ad ads adv advert advertisement advertising adsense adslot adunit dfp gpt doubleclick outbrain taboola werbung anzeige anzeigen reklama reklamy publicidad publicite pubblicita anuncio anuncios guanggao",
	"newsletter": "newsletter newsletters optin boletin boletines",
	"subscribe":  "subscribe subscription subscriber signup register registration membership join donate suscripcion suscribete abonnement abonnements abonnieren abo abos prenumerata abbonamento abbonati assinatura dingyue",
	"paywall":    "paywall piano premium metered",
	"nav":        "nav navbar navigation pagination pager navegacion nawigacja navigazione daohang",
	"breadcrumb": "breadcrumb breadcrumbs crumbs crumb migas miga okruszki ariane brotkrumen mianbaoxie weizhi",
	"menu":       "menu menus dropdown hamburger",
	"header":     "header masthead topbar branding kopf kopfzeile cabecera encabezado entete naglowek testata intestazione toubu",
	"footer":     "footer colophon copyright legal fuss fusszeile stopka piede rodape impressum yejiao",
	"sidebar":    "sidebar aside rail seitenleiste lateral cebian",
	"widget":     "widget widgets",
	"cookie":     "cookie cookies consent gdpr cmp onetrust cookiebot rgpd rodo dsgvo",
	"modal":      "modal popup popover overlay lightbox dialog interstitial",
	"caption":    "caption captions figcaption leyenda legende bildunterschrift didascalia legenda",
	"credit":     "credit credits attribution",
	"tags":       "tag tags tagged taglist tagcloud topics topic categories category keywords etiquetas etiqueta tagi schlagworte schlagwort stichworte themen temas kategoria kategorie categoria categorias biaoqian",
	"hidden":     "hidden hide sr screenreader visuallyhidden invisible offscreen",
	"skip":       "skip",
	"search":     "search suche buscar buscador busqueda recherche szukaj ricerca sousuo",
	"login":      "login signin account anmelden anmeldung zaloguj logowanie connexion acceso denglu",
	"logo":       "logo brand",
	"media":      "video player gallery slideshow carousel embed audio podcast galeria galerie galleria",
	"print":      "print",
}

// roleWords maps ARIA role values to hint bits.
var roleWords = map[string]uint64{
	"navigation":    hintBit("nav"),
	"banner":        hintBit("header"),
	"contentinfo":   hintBit("footer"),
	"complementary": hintBit("sidebar"),
	"dialog":        hintBit("modal"),
	"alertdialog":   hintBit("modal"),
	"main":          hintBit("content"),
	"article":       hintBit("article"),
	"menu":          hintBit("menu"),
	"menubar":       hintBit("menu"),
	"search":        hintBit("search"),
}

// affix is a stem matched at the start or end of a longer token.
type affix struct {
	stem           string
	bit            uint64
	prefix, suffix bool
}

// affixes are matched when a token is not a whole word of the list. Only
// stems long enough not to occur by chance inside other words are here.
var affixes = func() []affix {
	list := []struct {
		stem, hint string
		prefix     bool
		suffix     bool
	}{
		{"article", "article", true, true},
		{"content", "content", true, true},
		{"headline", "title", true, true},
		{"title", "title", true, true},
		{"summary", "summary", true, true},
		{"byline", "byline", true, true},
		{"author", "author", true, true},
		{"biog", "bio", true, false},
		{"date", "date", true, false},
		{"timestamp", "date", true, true},
		{"publish", "date", true, false},
		{"share", "share", true, true},
		{"social", "social", true, true},
		{"comment", "comment", true, true},
		{"disqus", "comment", true, true},
		{"related", "related", true, true},
		{"recommend", "related", true, true},
		{"promo", "promo", true, true},
		{"sponsor", "promo", true, true},
		{"advert", "ad", true, true},
		{"adsby", "ad", true, false},
		{"taboola", "ad", true, true},
		{"outbrain", "ad", true, true},
		{"newsletter", "newsletter", true, true},
		{"subscri", "subscribe", true, false},
		{"signup", "subscribe", true, true},
		{"paywall", "paywall", true, true},
		{"navig", "nav", true, false},
		{"nav", "nav", true, true},
		{"breadcrumb", "breadcrumb", true, true},
		{"menu", "menu", true, true},
		{"header", "header", true, true},
		{"masthead", "header", true, true},
		{"footer", "footer", true, true},
		{"sidebar", "sidebar", true, true},
		{"widget", "widget", true, true},
		{"cookie", "cookie", true, true},
		{"consent", "cookie", true, true},
		{"modal", "modal", true, true},
		{"popup", "modal", true, true},
		{"overlay", "modal", true, true},
		{"caption", "caption", true, true},
		{"credit", "credit", true, true},
		{"gallery", "media", true, true},
		{"slideshow", "media", true, true},
		{"carousel", "media", true, true},
		{"video", "media", true, true},
		{"search", "search", true, true},
		{"login", "login", true, true},
		{"logo", "logo", true, false},
		{"meta", "meta", true, false},
	}
	out := make([]affix, len(list))
	for i, a := range list {
		out[i] = affix{a.stem, hintBit(a.hint), a.prefix, a.suffix}
	}
	return out
}()

// tokenMask returns the hint bits of one lower-case token.
func tokenMask(tok []byte) uint64 {
	if m, ok := hintWords[string(tok)]; ok {
		return m
	}
	if len(tok) < 5 {
		return 0
	}
	var m uint64
	for i := range affixes {
		a := &affixes[i]
		if len(tok) <= len(a.stem) {
			continue
		}
		if a.prefix && string(tok[:len(a.stem)]) == a.stem || a.suffix && string(tok[len(tok)-len(a.stem):]) == a.stem {
			m |= a.bit
		}
	}
	return m
}

// attrMask returns the hint bits of a class or id attribute value: the
// value is split into tokens at non-letters and at lower-to-upper case
// changes, and each token is matched.
func attrMask(v []byte, buf []byte) uint64 {
	var m uint64
	tok := buf[:0]
	flush := func() {
		if len(tok) > 0 {
			m |= tokenMask(tok)
			tok = tok[:0]
		}
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
			tok = append(tok, c)
		case c >= 'A' && c <= 'Z':
			// A new word starts at an upper-case letter after a lower-case
			// one ("articleBody"), or at the last of a run of upper-case
			// letters before a lower-case one ("HTMLContent").
			if len(tok) > 0 && (v[i-1] >= 'a' && v[i-1] <= 'z' ||
				i+1 < len(v) && v[i+1] >= 'a' && v[i+1] <= 'z' && v[i-1] >= 'A' && v[i-1] <= 'Z') {
				flush()
			}
			tok = append(tok, c+'a'-'A')
		default:
			flush()
		}
		if len(tok) > 32 {
			// Longer "words" are hashes or run-together junk.
			for i < len(v) && (v[i]|0x20 >= 'a' && v[i]|0x20 <= 'z') {
				i++
			}
			tok = tok[:0]
		}
	}
	flush()
	return m
}

// roleMask returns the hint bits of an ARIA role attribute value.
func roleMask(v []byte) uint64 {
	var m uint64
	for _, f := range strings.Fields(strings.ToLower(string(v))) {
		m |= roleWords[f]
	}
	return m
}

// appendHintNames appends the names of the bits of m, in canonical order,
// skipping bits in have, up to max names in dst.
func appendHintNames(dst []string, m, have uint64, max int) []string {
	m &^= have
	for i := 0; m != 0 && len(dst) < max; i++ {
		if m&1 != 0 {
			dst = append(dst, hintNames[i])
		}
		m >>= 1
	}
	return dst
}

// AttrHints appends to dst the canonical names of the hints of a class or
// id attribute value ("comment-list", "ArticleByline author"), as Extract
// reports them in corpus.Structure.Hints, so that the raw HTML tags a text
// dump kept (kramdown, GitHub Markdown) are read with the same words.
func AttrHints(dst []string, v string) []string {
	var buf [64]byte
	return appendHintNames(dst, attrMask([]byte(v), buf[:0]), 0, len(hintNames))
}
