package features

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// Cue is a phrase whose presence in a paragraph hints at a label. Phrases are
// matched on the paragraph's lower-cased words joined by single spaces, so
// they match whole words only ("share" does not match "shareholder").
type Cue struct {
	// Phrase is the lower-case word sequence, with an optional "^" prefix
	// (the paragraph starts with it) and/or "$" suffix (ends with it).
	Phrase string
	// Label is the label the cue points to.
	Label corpus.Label
	// Strong cues decide the label even for long paragraphs; weak ones only
	// for short paragraphs (see ShortWords).
	Strong bool
}

// ShortWords is the length (in words) under which weak cues apply.
const ShortWords = 25

// CueSet is a compiled list of cues, indexed by first word so that matching
// costs one map look-up per word of the paragraph. It is immutable and safe
// for concurrent use.
type CueSet struct {
	cues    []compiledCue
	byFirst map[string][]int // first word → indices into cues
}

type compiledCue struct {
	needle   string // " words " with boundaries, "\x02" for start, "\x03" for end
	anchored bool   // must match at the start
	Cue
}

// NewCueSet compiles cues.
func NewCueSet(cues []Cue) *CueSet {
	cs := &CueSet{byFirst: map[string][]int{}}
	for _, c := range cues {
		p := c.Phrase
		needle := " " + strings.TrimSuffix(strings.TrimPrefix(p, "^"), "$") + " "
		if strings.HasPrefix(p, "^") {
			needle = "\x02" + needle
		}
		if strings.HasSuffix(p, "$") {
			needle += "\x03"
		}
		first, _, _ := strings.Cut(strings.TrimSpace(strings.Trim(needle, "\x02\x03")), " ")
		cs.byFirst[first] = append(cs.byFirst[first], len(cs.cues))
		cs.cues = append(cs.cues, compiledCue{needle: needle, anchored: strings.HasPrefix(p, "^"), Cue: c})
	}
	return cs
}

// Match returns, per label, whether a cue for it matched, given the
// paragraph's normalised form (see Extractor) and its length in words.
func (cs *CueSet) Match(norm string, words int) (hits [corpus.NumLabels]bool) {
	// norm is "\x02 w1 w2 ... \x03": visit each word start.
	for i := 1; i < len(norm); i++ {
		if norm[i] != ' ' || i+1 >= len(norm) || norm[i+1] == '\x03' {
			continue
		}
		end := strings.IndexByte(norm[i+1:], ' ')
		if end < 0 {
			break
		}
		for _, ci := range cs.byFirst[norm[i+1:i+1+end]] {
			c := &cs.cues[ci]
			if hits[c.Label] || (!c.Strong && words >= ShortWords) {
				continue
			}
			at := i
			if c.anchored {
				if i != 1 {
					continue
				}
				at = 0
			}
			if strings.HasPrefix(norm[at:], c.needle) {
				hits[c.Label] = true
			}
		}
	}
	return hits
}

// DefaultCues returns winnow's built-in cue phrases. They are generic
// phrases of news-site furniture in English and the main European languages,
// written from the taxonomy in shared/README.md, not from any one page.
func DefaultCues() []Cue {
	var cues []Cue
	add := func(l corpus.Label, strong bool, phrases ...string) {
		for _, p := range phrases {
			cues = append(cues, Cue{Phrase: p, Label: l, Strong: strong})
		}
	}
	// Comment sections: prompts, forms, counters, policies.
	add(corpus.Comment, true,
		"^leave a reply", "^leave a comment", "^post a comment", "^add a comment", "^write a comment",
		"^submit a comment", "^post comment", "^add comment", "your email address will not be published",
		"required fields are marked", "you must be logged in to post a comment", "^view comments",
		"^show comments", "^load comments", "^read comments", "^see comments", "^view all comments",
		"^join the discussion", "^join the conversation", "^comments$", "^comment$", "^responses$",
		"comments are closed", "comment policy", "^no comments", "^be the first to comment",
		"notify me of follow up comments", "notify me of new posts", "^cancel reply", "^reply$",
		"save my name email and website", "^commentaires$", "^laisser un commentaire", "^kommentare$",
		"^kommentar schreiben", "^comentarios$", "^deja un comentario", "^deja una respuesta",
		"^komentarze$", "^dodaj komentarz", "^commenti$", "^lascia un commento", "^comentários$",
		"^deixe um comentário", "^log in to reply", "^login to reply",
		"comments for this thread are now closed", "^discussion$",
		// The same furniture in the other languages of the stop lists:
		// reply buttons, comment prompts, the comment form's notices.
		"^antworten$", "^répondre$", "^responder$", "^odpowiedz$", "^rispondi$", "^odpovědět$",
		"^ответить$", "^kommentieren$", "^commenter$", "^comentar$", "^commenta$", "^skomentuj$",
		"^komentáře$", "^diskuse$", "^diskussion$", "^комментарии$",
		"^kommentar verfassen", "^schreiben sie einen kommentar", "^écrire un commentaire",
		"^ajouter un commentaire", "^escribe un comentario", "^añadir comentario", "^napisz komentarz",
		"^scrivi un commento", "^escreva um comentário", "^napsat komentář", "^přidat komentář",
		"^оставить комментарий", "^написать комментарий", "^добавить комментарий",
		"ihre e mail adresse wird nicht veröffentlicht", "votre adresse e mail ne sera pas publiée",
		"tu dirección de correo electrónico no será publicada",
		"il tuo indirizzo email non sarà pubblicato", "o seu endereço de e mail não será publicado",
		"twój adres e mail nie zostanie opublikowany", "^antwort abbrechen", "^annuler la réponse",
		"^cancelar respuesta", "^anuluj pisanie odpowiedzi", "^annulla risposta")
	add(corpus.Comment, false, "what do you think", "responses to", "comments on", "^reply to",
		// Comment counts and prompts: "12 Comments", "7 Kommentare", "14 réactions", "Alle
		// Kommentare anzeigen", "Inicia sesión para comentar", "Réagir à cet article".
		"kommentare$", "comentarios$", "commentaires$", "réactions$", "komentarze$",
		"komentarzy$", "commenti$", "comentários$", "reacties$", "^alle kommentare", "^kommentieren sie",
		"kommentarfunktion", "netiquette", "^réagir à cet article", "^reageer op", "para comentar$",
		"pour commenter$", "^voir les commentaires", "^ver comentarios", "^ver los comentarios",
		"^zobacz komentarze", "^pokaż komentarze", "^mostra commenti")
	// Bylines and author boxes.
	add(corpus.Bio, true,
		"has a passion for", "can be found tweeting", "follow him on twitter", "follow her on twitter",
		"follow them on twitter", "^about the author", "^about the writer", "^written by", "^posted by",
		"^by$", "^author$", "^authors$", "^words by", "^story by", "^reporting by",
		"is a staff writer", "is a senior writer", "is a freelance writer", "is a freelance journalist",
		"is a contributing writer", "is a contributing editor", "is a reporter", "is a senior reporter",
		"is a staff reporter", "is a writer", "is a journalist", "is a correspondent", "is an editor",
		"is the editor", "is a senior editor", "is a news editor", "is a columnist", "has written for",
		"has been a journalist", "^von$", "^par$", "^por$", "^autor$", "^auteur$",
		// The heading of an author box in the other languages of the stop
		// lists' largest users, as a whole line ("Sobre el autor de los
		// disparos…" is news). An author box's own sentence, "X ist
		// Redakteurin …", is recognised by the classifier after the model
		// (classify.authorBox), which checks that a name leads it: as a cue
		// phrase, "ist Journalist" took "Der Festgenommene ist Journalist …".
		"^über den autor$", "^über die autorin$", "^sobre el autor$", "^sobre la autora$", "^à propos de l auteur$",
		"^à propos de l autrice$", "^o autorze$", "^o autorce$", "^sull autore$", "^sull autrice$", "^sobre o autor$",
		"^sobre a autora$", "^over de auteur$", "^over de schrijver$")
	add(corpus.Bio, false, "^by", "^updated by", "^reviewed by", "^edited by", "^photos by", "contact the author",
		"more articles by", "more from this author", "view all posts by", "^von", "^par", "^por", "^autor")
	// Promotion: newsletters, subscriptions, events, related content, social.
	add(corpus.Promo, true,
		"subscribe to our newsletter", "sign up for our newsletter", "sign up to our newsletter",
		"^subscribe to", "^attend the", "join our community",
		"^related articles", "^related stories", "^related posts", "^related content", "^more stories",
		"^you may also like", "^you might also like", "^recommended for you", "^most popular",
		"^most read", "^trending now", "^read more", "^read next", "^more from", "^also read",
		"^don t miss", "^sponsored", "^promoted", "^download the app", "^get the app",
		"follow us on", "like us on facebook", "^stay connected", "^sign up", "^subscribe",
		"^subscribe now", "^get the latest", "special offers", "upcoming events",
		"^discover special offers", "register now", "^buy tickets", "^learn more",
		"^abonnieren", "^newsletter abonnieren", "^suscríbete", "^abonnez vous", "^inscrivez vous",
		"^zapisz się", "^iscriviti", "^assine", "^lesen sie auch", "^mehr zum thema", "^lire aussi",
		"^à lire aussi", "^leer más", "^te puede interesar", "^czytaj także", "^czytaj też",
		"^leggi anche", "^leia também", "^read also",
		// "Read also" in the other languages of the stop lists' largest
		// users, inline in the article as often as under it.
		"^lee también", "^lea también", "^ver también", "^przeczytaj także", "^przeczytaj też",
		"^przeczytaj również", "^czytaj również", "^zobacz również", "^à lire également", "^lire également",
		"^auch interessant", "^vedi anche", "^läs också", "^læs også", "^les også", "^читайте также")
	add(corpus.Promo, false, "stories", "newsletter", "sign up for the", "^related", "^more great", "^popular", "discord", "telegram channel",
		"whatsapp channel", "podcast", "webinar", "^ways to join", "ways to join our", "^trending",
		"^recommended", "^editor s picks", "^top stories", "^latest news", "^latest stories",
		"^latest articles", "^more news", "^see also", "^watch", "free trial", "^get our", "in your inbox",
		"^advertise with us")
	// Everything else on the page that is not the article.
	add(corpus.Chrome, true,
		"all rights reserved", "©", "^copyright", "privacy policy", "cookie policy", "terms of use",
		"terms of service", "terms and conditions", "we use cookies", "uses cookies", "accept cookies",
		"^skip to", "picture credit", "^credit", "^credits", "photo credit", "image credit", "^advertisement$", "^advertisement",
		"^share this", "^share on", "^share$", "^tweet$", "^email$", "^print$", "click to share",
		"click to email", "opens in new window", "^tags$", "^filed under",
		"^posted in", "^categories", "^home$", "^menu$", "^search$", "^close$", "^sign in$", "^log in$",
		"^login$", "^register$", "^you are here", "^breadcrumb", "^anzeige$", "^werbung$", "^publicité$",
		"^publicidad$", "^reklama$", "^pubblicità$", "^publicidade$", "^teilen$", "^partager$",
		"^compartir$", "^udostępnij$", "^condividi$", "^compartilhar$", "^datenschutz", "^impressum",
		// Photo captions, however long: "In this March 28, 2017, file
		// photo, ...", "... (AP Photo/Evan Vucci)".
		"file photo", "ap photo")
	add(corpus.Chrome, false, "credit", "^photo", "^image", "getty images", "^source", "^via", "shutterstock",
		"^tags", "^share", "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "reddit",
		"^print", "^email", "^contact us", "^about us", "^sitemap", "^careers", "^feedback", "^faq",
		"^help", "^next article", "^previous article", "^next post", "^previous post", "^back to top",
		"^go to", "^page", "^section", "^topics", "^more$", "^video$", "^photos$", "^gallery",
		// Photo credits and agency tags in the other languages of the stop lists.
		"^foto", "^fotos", "^fot", "^bild", "^quelle", "^crédit", "^crédits", "^crédito", "^fotografía",
		"^imagen", "^zdjęcie", "^źródło", "^fonte", "^fuente", "^фото", "efe$", "afp$", "dpa$", "epa$", "lusa$", "ansa$",
		"^advert$")
	add(corpus.Bio, false, "^tekst", "^texto", "^texte", "^autorka", "^autore", "^autorin")
	addOtherLanguages(add)
	return cues
}

// addOtherLanguages adds the furniture phrases of news sites in the other
// languages of the stop lists' largest users (German, French, Spanish,
// Polish, Italian, Portuguese, Dutch) that the English lists above have
// counterparts of: cookie banners, legal footers, share bars, update
// stamps, galleries, paywall and subscription boxes, "most read" and
// related lists, app prompts, and the bylines of interviews and author
// pages. The model learns one weight per label for all cues, mostly from
// the English pages, and so reads these as it reads their English
// counterparts.
func addOtherLanguages(add func(l corpus.Label, strong bool, phrases ...string)) {
	add(corpus.Chrome, true,
		// Cookie banners.
		"wir verwenden cookies", "verwendet cookies", "nutzt cookies", "utilizamos cookies", "usamos cookies",
		"utiliza cookies", "nous utilisons des cookies", "utilise des cookies", "używamy plików cookies",
		"używamy plików cookie", "używamy ciasteczek", "korzysta z ciasteczek", "korzysta z plików cookies",
		"utilizziamo i cookie", "utilizza i cookie", "utilizza cookie", "wij gebruiken cookies", "gebruikt cookies",
		"setzt cookies", "verwenden cookies", "nutzen cookies", "utilisons des cookies", "concernant les cookies",
		"używa plików cookie", "wykorzystuje pliki cookie", "utilizziamo cookie", "gebruiken cookies", "använder cookies",
		"bruger cookies", "bruker cookies", "používá cookies",
		// Legal footers.
		"alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
		"wszelkie prawa zastrzeżone", "tutti i diritti riservati", "todos os direitos reservados",
		"alle rechten voorbehouden", "^mentions légales", "^aviso legal", "^polityka prywatności",
		"^politique de confidentialité", "^política de privacidad", "^política de privacidade",
		"^informativa sulla privacy", "^datenschutzerklärung", "^privacyverklaring")
	add(corpus.Chrome, false,
		// Share bars.
		"^compartir en", "^partager sur", "^udostępnij na", "^teilen auf", "^auf facebook teilen",
		"^condividi su", "^compartilhar no", "^delen op", "^envoyer par e mail", "^per e mail senden",
		"^per e mail teilen", "^enviar por correo", "^copier le lien", "^kopiuj link", "^link kopieren",
		"^copiar enlace", "^copia link", "^imprimer", "^drucken", "^imprimir", "^drukuj", "^regulamin",
		// Update and publication stamps.
		"^aktualisiert", "^veröffentlicht am", "^actualizado", "^mis à jour", "^modifié le", "^publié le",
		"^zaktualizowano", "^ostatnia aktualizacja", "^opublikowano", "^aggiornato", "^pubblicato il",
		"^atualizado", "^bijgewerkt",
		// Galleries.
		"^diaporama", "^galeria", "^galería", "^bildergalerie", "^fotogalerie", "^galleria", "^fotostrecke")
	add(corpus.Promo, true,
		// Paywall and subscription boxes.
		"réservé aux abonnés", "^je m abonne", "^déjà abonné", "^bereits abonnent", "^jetzt abonnieren",
		"^jetzt testen", "^abo abschließen", "^ya eres suscriptor", "^hazte suscriptor", "^kup premium",
		"^kup dostęp", "^wykup dostęp", "^masz już konto", "^abbonati", "^sei già abbonato",
		"^já é assinante", "^word abonnee", "^lesen sie weiter mit", "^weiterlesen mit", "^jetzt weiterlesen",
		"^mit abo weiterlesen", "^sie sind bereits abonnent", "^profitez de notre offre", "^suscríbete para seguir leyendo",
		"^suscríbete para leer", "^hazte premium", "para seguir leyendo", "^hazte socio", "^ya eres socio",
		"exclusivo para suscriptores", "exclusivo para socios", "^dans l actualité de", "^czytaj dalej z", "^wykup subskrypcję", "^kup subskrypcję",
		"^continua a leggere con", "^abbonati per continuare",
		// "Most read" and related lists.
		"^les plus lus", "^lo más leído", "^lo más visto", "^meistgelesen", "^meist gelesen",
		"^najczęściej czytane", "^najpopularniejsze$", "^i più letti", "^os mais lidos", "^meest gelezen",
		"^zobacz także", "^zobacz też", "^polecamy$", "^más noticias", "^mehr nachrichten",
		"^sur le même sujet", "^dans la même rubrique", "^noticias relacionadas", "^artículos relacionados",
		"^articles similaires", "^ähnliche artikel", "^das könnte sie auch interessieren", "^weitere artikel",
		"^podobne artykuły", "^powiązane artykuły", "^articoli correlati", "^notizie correlate",
		"^leia mais", "^veja também", "^lees ook", "^czytaj więcej", "^weiterlesen", "^lire la suite",
		"^seguir leyendo", "^continua a leggere",
		// App prompts.
		"^descarga la app", "^téléchargez l application", "^pobierz aplikację", "^app herunterladen",
		"^laden sie die app", "^scarica l app", "^baixe o app")
	add(corpus.Comment, false,
		// The comment form's prompts.
		"^pour commenter", "^para comentar", "^um zu kommentieren", "^aby skomentować", "^aby dodać komentarz",
		"^per commentare", "^om te reageren")
	add(corpus.Bio, true,
		"^ein beitrag von", "^propos recueillis par", "^entretien réalisé par", "^relację prowadzą",
		"^relację prowadzi", "^entrevista realizada por")
	add(corpus.Bio, false,
		"^voir tous ses articles", "^tous les articles de", "^alle artikel von", "^alle beiträge von",
		"^ver todos sus artículos", "^todas las noticias de", "^zobacz wszystkie artykuły",
		"^wszystkie artykuły autora", "^wszystkie artykuły autorki", "^tutti gli articoli di", "^todos os artigos de", "^alle artikelen van")
}
