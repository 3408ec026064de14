package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestIsNamedDate(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Tadeusz · 2.12.2026, 11:02", true},
		{"Veronmaksaja · 1.12.2026 22:40", true},
		{"Raili K. | 02/12/2026", true},
		{"Maragato_87 · 2.12.2026", true},                               // a handle with digits
		{"Unia Hrubieszów awansuje do ćwierćfinału · 2.12.2026", false}, // a teaser's headline
		{"Jan 2 Kowalski · 2.12.2026", false},                           // digits in a name of words
		{"Tadeusz · wczoraj wieczorem pisał", false},
		{"· 2.12.2026", false},
		{"2.12.2026 · 11:02", false}, // no name
		{"Lucie_19, le 01/12/2026 à 20h40", true},
		{"Famille Quéméner – le 2 décembre 2026 à 12:10", true},
		{"Papa de Saint-Angel, le 01/12/2026 à 19h12", true},
		{"Die Stadt, die Region und das Land – 2.12.2026", false}, // too many words
	} {
		assert.Equal(t, tc.want, isNamedDate(tc.s), "%q", tc.s)
	}
}

func TestCommentThreadNamedDates(t *testing.T) {
	article := prose[:4]
	lines := append(append([]string{}, article...),
		"Kommentit (3)",
		"Mökkiläinen · 1.12.2026 22:04",
		"Harmillinen päätös. Kesällä Savonrannan kirjastossa oli aina väkeä.",
		"Veronmaksaja · 1.12.2026 22:40",
		"Jostain on säästettävä. Parempi kirjastoauto kuin kouluverkon karsinta.",
		"Raili K. · 2.12.2026 7:15",
		"Kyllä sitä kouluverkkoakin on jo karsittu tarpeeksi, eikö olekin.",
		"Luetuimmat",
		"Olavinlinnan joulumarkkinat avautuvat perjantaina",
	)
	in := []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo}
	want := []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lPromo, lPromo}
	assert.Equal(t, want, labelled(t, lines, in, commentThread), "the thread runs to its last comment and stops at the most-read heading")
}

func TestCommentThreadEndsAfterReplyBar(t *testing.T) {
	lines := append(append([]string{}, prose[:4]...),
		"Komentarze (2)",
		"hrubieszowianin · 2.12.2026, 10:14",
		"Pół wieku parkingu na czyjejś ziemi. Dobrze, że sąd to zakończył.",
		"Odpowiedz · 21 · 2",
		"Tadeusz · 2.12.2026, 11:02",
		"A za odszkodowanie zapłacimy my wszyscy, podatnicy.",
		"Odpowiedz · 4 · 9",
	)
	in := []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lComment, lPromo, lPromo, lPromo}
	want := []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment}
	assert.Equal(t, want, labelled(t, lines, in, commentThread), "a reply bar's separators do not end the thread")
}

func TestHasLegalLink(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"despre noi | termeni și condiții | confidențialitate | contact", true},
		{"про нас · правила користування · реклама", true},
		{"toimitus · tietosuoja · ilmoita · yhteystiedot", true},
		{"impressum - datenschutz - kontakt", true},
		{"o nas · regulamin · rodo · kontakt", true},
		{"tietosuoja", true},
		{"über uns · kontakt · jobs", false},
		{"datenschutzreform - ein kommentar", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, hasLegalLink([]byte(tc.s)), "%q", tc.s)
	}
}

func TestCookieWordsAndConsent(t *testing.T) {
	for _, tc := range []struct {
		s               string
		cookies, assent bool
	}{
		{"Käytämme evästeitä sivuston toiminnan ja mainonnan kohdentamiseen.", true, true},
		{"Sitemizde çerezler kullanılmaktadır.", true, true},
		{"Vi bruker informasjonskapsler for å forbedre tjenesten.", true, true},
		{"Folosim cookie-uri pentru a vă oferi o experiență mai bună.", true, true},
		{"Ми використовуємо cookies.", true, true},
		{"Kiitos evästä!", false, false},
		{"Die Bäckerei verkauft Kekse.", false, false},
	} {
		assert.Equal(t, tc.cookies, mentionsCookies(tc.s), "cookies %q", tc.s)
		assert.Equal(t, tc.assent, hasConsentWord(tc.s), "consent %q", tc.s)
	}
}

func TestMoreListHeadings(t *testing.T) {
	x, err := features.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Luetuimmat", true}, {"À la une", true}, {"Mest lest", true}, {"Najčítanejšie", true}, {"Baca juga", true},
		{"Đọc nhiều", true}, {"Cele mai citite", true}, {"Δημοφιλή", true}, {"Δημοφιλή άρθρα του 2026", false},
		{"Luetuimmat kirjat ovat dekkareita.", false},
	} {
		fs, _ := x.Document([]corpus.Paragraph{{Text: tc.s}}, nil, nil)
		assert.Equal(t, tc.want, isPromoHeading(tc.s, &fs[0]), "%q", tc.s)
	}
	for _, s := range []string{"热点排行", "熱門新聞", "排行榜"} {
		assert.Equal(t, cjkPromoHeading, cjkLine(s), "%q", s)
	}
}

func TestHasBarMark(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Despre noi | Contact", true}, {"O nas · Kontakt", true}, {"Distribuie: Facebook", true},
		{"分享：微信", true}, {"A • B", true}, {"A – B", true},
		{"Partager l'article", false}, {"A - B", false}, {"", false}, {"\xc2", false}, {"\xe2\x80", false},
	} {
		assert.Equal(t, tc.want, hasBarMark(tc.s), "%q", tc.s)
	}
}

func TestCuedChromeWithoutCue(t *testing.T) {
	lines := []string{"Distribuie: Facebook WhatsApp Email", "Despre noi | Termeni și condiții | Contact", "Wyślij", "Ein Leser schreibt hier etwas Längeres: sehr gut"}
	in := []corpus.Label{lPromo, lComment, lComment, lComment}
	want := []corpus.Label{lChrome, lChrome, lComment, lComment}
	assert.Equal(t, want, labelled(t, lines, in, cuedChrome))
}

func TestLegalWords(t *testing.T) {
	assert.Equal(t, 2, legalWords([]byte("impressum datenschutz mediadaten kontakt")))
	assert.Equal(t, 2, legalWords([]byte("o nas regulamin rodo kontakt")))
	assert.Equal(t, 0, legalWords([]byte("der datenschutzbeauftragte sagte")))
	assert.Equal(t, 0, legalWords(nil))
	assert.True(t, isFurnitureLine("Impressum Datenschutz Mediadaten Kontakt"))
	assert.False(t, isFurnitureLine("Impressum Redaktion Kontakt"), "one legal word")
}

func TestFurnitureTagsAndCrumbs(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Etiquetas: agua, sequía, regadío, Almería", true},
		{"Tagi: muzeum pierniki awaria", true},
		{"Regnitz-Bote > Bamberg > Verkehr", true},
		{"Strona główna › Region › Śledztwo", true},
		{"Weiterlesen »", false},
		{"Themen: Klimaschutz und Verkehr standen im Mittelpunkt.", false},
	} {
		assert.Equal(t, tc.want, isFurnitureLine(tc.s), "%q", tc.s)
	}
	lines := []string{"Von Frauke Asmussen | 01.12.2026", "Štítky: MHD · jízdné · zastupitelstvo", "email"}
	in := []corpus.Label{lBio, lBio, lBio}
	assert.Equal(t, []corpus.Label{lBio, lChrome, lBio}, labelled(t, lines, in, cuedChrome), "a byline stays, tags go, a word alone stays")
}

func TestBrokenCredits(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Haupteingang des Klinikums Der Haupteingang des Ortenau-Klinikums in Lahr. Bild:", true},
		{"El comedor conserva las vigas y el suelo de baldosa hidráulica. FOTO:", true},
		{"Piłkarze Sokoła cieszą się z gola na 3:1. Fot.", true},
		{"Bild:", false},                     // the label alone
		{"Wir zeigen hier das Bild:", false}, // the caption's own words
		{"Der Rat beschloss den Haushalt.", false},
	} {
		assert.Equal(t, tc.want, endsWithCreditLabel(tc.s), "%q", tc.s)
	}
	paras := lynxLines(
		"Der Rat tagte am Montag.",
		"Haupteingang des Klinikums in Lahr. Bild:\nRundschau-Archiv",
		"Text. Foto:\nDas ist ein ganzer Satz mit Punkt.",
	)
	x, err := features.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := x.Document(paras, nil, nil)
	out := scoredAs(lBody, lBody, lBody, lBody, lBody)
	brokenCredits(paras, fs, out)
	assert.Equal(t, []corpus.Label{lBody, lChrome, lChrome, lBody, lBody}, labelsIn(out), "a credit's name under its label; not a sentence")
}

func TestAuthorBoxLeadMoreLanguages(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Sanna Hyvönen on Itä-Savon Viikon toimittaja, joka seuraa kunnallispolitiikkaa.", false}, // "on" is English too: no paper's name skipped after it
		{"Sanna Hyvönen on toimittaja ja seuraa kunnallispolitiikkaa.", true},
		{"Joe Biden on Fox News reporter Peter Doocy: a stupid question", false},
		{"Michael Hiltzik is a Pulitzer Prize-winning columnist for the Times.", true},
		{"Η Μαρία Σταμούλη είναι δημοσιογράφος με έδρα τον Άγιο Κήρυκο.", true},
		{"Ana Popescu este jurnalistă la Gazeta de Bistrița din 2015.", true},
		{"Petra Nováková je redaktorka zpravodajství Deníku.", true},
		{"Kari Nordmann er journalist i Vestlandsposten og skriver om kultur.", true},
		{"Budi Santoso adalah wartawan Harian Borneo sejak 2010.", true},
		{"Die Stadt ist ein Journalist", false},                           // no name
		{"Sanna Hyvönen on Itä-Savon Viikon Kunnan Uusi Johtaja.", false}, // no trade
	} {
		assert.Equal(t, tc.want, isAuthorBoxLead(tc.s), "%q", tc.s)
	}
}

func TestStartsWithTradeNoFunctionWords(t *testing.T) {
	for _, s := range []string{"El periodista australiano fue detenido.", "La corresponsal de TVE informó.", "Der Reporter des Wall Street Journal ist frei.", "The Guardian reporter was arrested."} {
		assert.False(t, startsWithTradeAfter(s, true), "%q", s)
		assert.False(t, startsWithTrade(s), "%q", s)
	}
	assert.True(t, startsWithTradeAfter("a Pulitzer Prize-winning columnist", true))
	assert.False(t, startsWithTradeAfter("a Pulitzer Prize-winning columnist", false))
}

// TestReviewCounterExamples holds the closing review's counter-examples:
// lines of articles, teasers, bylines and comments that the session's
// passes first read as furniture or comment stamps.
func TestReviewCounterExamples(t *testing.T) {
	for _, s := range []string{
		"« Entendu » ? Ils ont surtout eu « peur » de la rue.",
		"Wenn x > 3 und y > 5, dann z > 8.",
		"Qualität > Preis > Marke, so einfach ist das.",
		"Bayern > Dortmund > Leipzig: das Ranking",
		"Regulamin parkingu a RODO",
		"RODO – nowe kary dla szkół",
		"Tietosuoja – mitä Meta tietää sinusta",
		"Anna Schmidt | Datenschutz",
	} {
		assert.False(t, isFurnitureLine(s), "%q", s)
	}
	for _, s := range []string{"Kuru çerez fiyatları uçtu", "Drágulnak a karácsonyi sütik", "Eesti küpsis on maailma parim"} {
		assert.False(t, mentionsCookies(s), "%q", s)
	}
	assert.True(t, mentionsCookies("Sitemizde çerezler kullanılmaktadır."))
	for _, s := range []string{"Astorga, 2 de diciembre de 2026", "Por Juan Pérez, 02/12/2026", "Jaca, 28/11/2026 - 10:00", "Berlin, 2. Dezember 2026"} {
		assert.False(t, isNamedDate(s), "%q", s)
	}
}
