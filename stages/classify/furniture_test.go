package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestLineShapes(t *testing.T) {
	tests := []struct {
		text                           string
		time, date, reading, credit    bool
		commentHeading, promoHeadingOK bool
	}{
		{text: "20:15", time: true},
		{text: "16h35", time: true},
		{text: "4:47 pm", time: true},
		{text: "21.02 Uhr", time: true},
		{text: "12:05:30", time: true},
		{text: "2:1"},
		{text: "3-2"},
		{text: "1234"},
		{text: "14 de agosto de 2026", date: true},
		{text: "Thursday 4 June 2026", date: true},
		{text: "13.03.2026, 06:30 Uhr", date: true},
		{text: "2026-05-12", date: true},
		{text: "Nov. 19, 2019, 8:41 AM UTC", date: true},
		{text: "14 Nov 2019, 7:54pm", date: true},
		{text: "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", date: true},
		{text: "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.", date: true},
		{text: "First published on Wednesday 20 November 2019", date: true},
		{text: "Heute, 13.03.2026", date: true},
		{text: "29 nov 2026 - 13:05", date: true},
		{text: "01/12/2026 - 07:30h", date: true},
		{text: "1. prosince 2026 6:30", date: true},
		{text: "Today the council votes on the 2026 budget"},
		{text: "June was hot"},
		{text: "4 June: council votes"},
		{text: "Lesezeit: 4 Min.", reading: true},
		{text: "Czas czytania: 6 min", reading: true},
		{text: "4 min read", reading: true},
		{text: "The match lasted 90 minutes and ended in a draw after extra time"},
		{text: "Foto: Velonord/Ingo Hartmann", credit: true},
		{text: "Fot. Paweł Mazur / Tygodnik Sieradzki", credit: true},
		{text: "Crédit photo : Ouest-Bretagne / Erwan Cadiou", credit: true},
		{text: "Photo by Jane Doe", credit: true},
		{text: "FOTO: Ayuntamiento de Almendralejo", credit: true},
		{text: "Photos of the parade drew crowds"},
		{text: "Foto"},
		{text: "Comentarios (3)", commentHeading: true},
		{text: "Commentaires (4)", commentHeading: true},
		{text: "Opinie czytelników (3)", commentHeading: true},
		{text: "Diskuse (4 příspěvky)", commentHeading: true},
		{text: "Nejnovější příspěvky"},
		{text: "Kommentare", commentHeading: true},
		{text: "12 Comments", commentHeading: true},
		{text: "Leser fragen"},
		{text: "Comments on the budget were mixed"},
		{text: "Más noticias", promoHeadingOK: true},
		{text: "Sur le même sujet", promoHeadingOK: true},
		{text: "Zobacz także:", promoHeadingOK: true},
		{text: "Mehr aus Lindenau", promoHeadingOK: true},
		{text: "Related stories", promoHeadingOK: true},
		{text: "Relatively calm night in the city"},
		{text: "Mehrheit für den Antrag"},
		{text: "Más de 300 vecinos protestan contra el cierre del mercado."},
		// Lines that look like furniture and are not (the review of the passes).
		{text: "98:87"},
		{text: "28:25"},
		{text: "3.50"},
		{text: "18.00 uur", time: true},
		{text: "030-1234-5678"},
		{text: "13.03.26, 06:30", date: true},
		{text: "Stand: 13.03.2026", date: true},
		{text: "Aktualisiert am 13.03.2026, 06:30 Uhr", date: true},
		{text: "2. prosinca 2026. u 11:30", date: true},
		{text: "02 декември 2026, 10:45", date: true},
		{text: "Marta 2026 u Zagrebu"},
		{text: "Mis à jour le 14 août 2026 à 16h35", date: true},
		{text: "Zaterdag 14 maart 2026", date: true},
		{text: "Nov. 19, 2019, 8:41 a.m. ET", date: true},
		{text: "Zubereitungszeit: 30 Minuten"},
		{text: "Prep time: 15 mins"},
		{text: "Tiempo de lectura: 1 minuto", reading: true},
		{text: "1 minute read", reading: true},
		{text: "Crédito de vivienda crece un 5%"},
		{text: "Fotos de los vecinos muestran el estado de la calle"},
		{text: "Bild von der Demo"},
		{text: "Credit by itself is not the problem"},
		{text: "Crédit photo\u00a0: AFP", credit: true},
		{text: "(Foto: dpa)", credit: true},
		{text: "Beeld: ANP", credit: true},
		{text: "Foto von Jane Doe", credit: true},
		{text: "1.234 Kommentare", commentHeading: true},
		{text: "Réagir", commentHeading: true},
		{text: "Kommentar"},
		{text: "Opinie"},
		{text: "Kommentar (3)", commentHeading: true},
		{text: "Livre de condoléances (3 messages)", commentHeading: true},
		{text: "Les messages de nos lecteurs du jour (3)", commentHeading: false},
		{text: "Mehr Geld für Schulen"},
		{text: "Weitere Informationen"},
		{text: "Trending topics in court"},
		{text: "Trending", promoHeadingOK: true},
		{text: "Zobacz również", promoHeadingOK: true},
		{text: "Meistgelesene Artikel", promoHeadingOK: true},
		{text: "5 of 24"},
	}
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			fs, _ := x.Document([]corpus.Paragraph{{Text: tt.text}}, nil, nil)
			assert.Equal(t, tt.time, isLoneTime(tt.text), "time")
			assert.Equal(t, tt.date, isLoneDate(tt.text), "date")
			assert.Equal(t, tt.reading, isReadingTime(tt.text), "reading time")
			assert.Equal(t, tt.credit, isPhotoCredit(tt.text), "photo credit")
			assert.Equal(t, tt.commentHeading, isCommentHeading(tt.text), "comment heading")
			assert.Equal(t, tt.promoHeadingOK, isPromoHeading(tt.text, &fs[0]), "promo heading")
		})
	}
}

func TestIsTrail(t *testing.T) {
	for text, want := range map[string]bool{
		"News > Local": true, "Strona główna » Wiadomości » Komunikacja": true, "Accueil › Société": true, "Piłka nożna / I liga": true, "ソフトウェア一般 ›": true,
		"Wiadukt na Kolejowej do remontu": false, "»Wir schaffen das«, sagte sie": false,
	} {
		assert.Equal(t, want, isTrail(text), text)
	}
}

func TestIsDeck(t *testing.T) {
	headline := "El pleno aprueba la red de carriles bici"
	for text, want := range map[string]bool{
		"El proyecto, de 3,4 millones de euros, contempla 11 kilómetros de vías ciclistas y estará terminado":             true,
		"多家银行加大首贷、信用贷投放力度，但部分小微企业反映仍需更长期的政策支持":                                                                            true,
		"Nadal celebrates a point against Khachanov during their match in Madrid, Spain, on Tuesday. (Manu Fernandez/AP)": false,
		"Storm closes the coast road for a second night":                                                                  false,
		"Library, museum and pool reopen": false,
	} {
		assert.Equal(t, want, isDeck(headline, text), text)
	}
}

func TestIsTagLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Schlagworte: Lindenau, Gemeinderat": true, "Archivado en: Vivienda · Alquiler": true, "Tags: EEE, health": true,
		"Mots-clés : Rennes, école": true, "Temas:": false, "Themen der Woche": false,
		"Tagesschau: Die Nachrichten um acht": false, "Thema: Wer zahlt die Grundsteuer?": false,
	} {
		assert.Equal(t, want, isTagLine(text), text)
	}
}

func TestIsPictureCounter(t *testing.T) {
	for text, want := range map[string]bool{
		"5 of 24": true, "Bild 5 von 24": true, "5/24": true, "Photo 5 of 24": true, "5 z 24": true,
		"2:1": false, "5 of the best": false, "Top 5": false, "1/2 cup": false,
	} {
		assert.Equal(t, want, isPictureCounter(text), text)
	}
}

func TestIsCaption(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	tests := []struct {
		text string
		want bool
	}{
		{"Michel Arbogast et Léa Fournier dans « La Dernière Saison ».", true},
		{"Montage eines E-Bikes bei Velonord in Bremen.", true},
		// An abbreviation before a capital reads as a sentence end: the
		// pass would rather keep a caption than drop a paragraph.
		{"Dr. med. Anna Weber in ihrer Praxis.", false},
		{"Montage eines E-Bikes bei Velonord in Bremen. Die Endmontage soll am Standort bleiben.", false},
		{prose[0] + " " + prose[1], false},
		{"Zwei", false},
	}
	for _, tt := range tests {
		fs, _ := x.Document([]corpus.Paragraph{{Text: tt.text}}, nil, nil)
		assert.Equal(t, tt.want, isCaption(tt.text, &fs[0]), tt.text)
	}
}

// labelled runs a pass over paragraphs given with the model's labels, and
// returns the labels after it.
func labelled(t *testing.T, lines []string, in []corpus.Label, pass func([]corpus.Paragraph, []features.Features, []Scored)) []corpus.Label {
	t.Helper()
	require.Len(t, in, len(lines))
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	ps := make([]corpus.Paragraph, len(lines))
	for i, l := range lines {
		ps[i] = corpus.Paragraph{Text: l, Block: i}
	}
	fs, _ := x.Document(ps, nil, nil)
	out := make([]Scored, len(in))
	for i, l := range in {
		out[i] = Scored{Label: l, Score: 0.9}
	}
	pass(ps, fs, out)
	got := make([]corpus.Label, len(out))
	for i, o := range out {
		got[i] = o.Label
	}
	return got
}

// Short names of the labels for the tables below.
const (
	lBody    = corpus.Body
	lBio     = corpus.Bio
	lPromo   = corpus.Promo
	lComment = corpus.Comment
	lChrome  = corpus.Chrome
)

func TestLineFurniture(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "share lines and a trail the model called bio; a profile link and a source stay",
			lines: []string{prose[0], "Udostępnij", "Partager sur Facebook", "Accueil › Marseille › Transports", "twitter.com/paultakahashi", "SOURCE: Al Jazeera News", "November 20, 2019 / 1:07 AM / CBS News"},
			in:    []corpus.Label{lBody, lBio, lBio, lBio, lBio, lBio, lBio},
			want:  []corpus.Label{lBody, lChrome, lChrome, lChrome, lBio, lBio, lBio},
		},
		{
			name:  "live blog times",
			lines: []string{prose[0], "16h35", prose[1], "15h50", prose[2]},
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lBody},
			want:  []corpus.Label{lBody, lChrome, lBody, lChrome, lBody},
		},
		{
			name:  "a caption above its credit",
			lines: []string{prose[0], "Montage eines E-Bikes bei Velonord in Bremen.", "Foto: Velonord/Ingo Hartmann", prose[1]},
			in:    []corpus.Label{lBody, lBody, lBody, lBody},
			want:  []corpus.Label{lBody, lChrome, lChrome, lBody},
		},
		{
			name:  "a caption that ends with its credit",
			lines: []string{prose[0], "Wesertals Emre Yıldız (M.) jubelt nach seinem Siegtreffer. Foto: Jens Hartwig/dpa", prose[1], "Una calle inundada en el centro de Gandia. / EFE / Natxo Francés"},
			in:    []corpus.Label{lBody, lBody, lBody, lPromo},
			want:  []corpus.Label{lBody, lChrome, lBody, lChrome},
		},
		{
			name:  "a subheading inside the article stays, and so does a topic line that is a sentence",
			lines: []string{prose[0], "Abonnement", prose[1], "Themen: Rente, Migration, Wirtschaft – die Positionen der Parteien im Überblick", prose[2]},
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lBody},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lBody},
		},
		{
			name:  "subscription buttons",
			lines: []string{"Startseite", "Abo", "Zaloguj się | Kup Premium za 1 zł", prose[0], "Abonnement annuel : nos offres"},
			in:    []corpus.Label{lChrome, lChrome, lChrome, lBody, lChrome},
			want:  []corpus.Label{lChrome, lPromo, lPromo, lBody, lChrome},
		},
		{
			name:  "a credit at the end of the article leaves its last paragraph",
			lines: []string{prose[0], prose[1], "Photo credit: City Council", "Subscribe to our newsletter"},
			in:    []corpus.Label{lBody, lBody, lBody, lPromo},
			want:  []corpus.Label{lBody, lBody, lChrome, lPromo},
		},
		{
			name:  "a headline above a credit stays",
			lines: []string{"Council approves a budget that raises spending on schools", "Foto: dpa", prose[0], prose[1]},
			in:    []corpus.Label{lBody, lBody, lBody, lBody},
			want:  []corpus.Label{lBody, lChrome, lBody, lBody},
		},
		{
			name:  "a sentence that starts like a credit stays",
			lines: []string{prose[0], "Crédito de vivienda crece un 5%", prose[1]},
			in:    []corpus.Label{lBody, lBody, lBody},
			want:  []corpus.Label{lBody, lBody, lBody},
		},
		{
			name:  "a recipe's times stay",
			lines: []string{prose[0], "Zubereitungszeit: 30 Minuten", "Backzeit: 35 Minuten", prose[1]},
			in:    []corpus.Label{lBody, lBody, lBody, lBody},
			want:  []corpus.Label{lBody, lBody, lBody, lBody},
		},
		{
			name:  "a gallery: counter, caption, credit",
			lines: []string{prose[0], "2 of 24", "Drummers from Westmoor Samba lead the procession along Castle Street.", "Picture: Callum Ferriday", "3 of 24"},
			in:    []corpus.Label{lBody, lChrome, lBody, lChrome, lBody},
			want:  []corpus.Label{lBody, lChrome, lChrome, lChrome, lChrome},
		},
		{
			name:  "a paragraph of several sentences above a credit stays",
			lines: []string{prose[0] + " " + prose[1], "Foto: Velonord/Ingo Hartmann", prose[2]},
			in:    []corpus.Label{lBody, lBody, lBody},
			want:  []corpus.Label{lBody, lChrome, lBody},
		},
		{
			name:  "a date and a reading time under the byline",
			lines: []string{"Von Tobias Brandt", "13.03.2026, 06:30 Uhr", "Lesezeit: 4 Min.", prose[0]},
			in:    []corpus.Label{lBio, lBio, lBio, lBody},
			want:  []corpus.Label{lBio, lChrome, lChrome, lBody},
		},
		{
			name:  "an advertisement label and a tag line by the byline",
			lines: []string{"Von Tobias Brandt", "Publicidad", "Schlagworte: Lindenau, Gemeinderat, Hallenbad", prose[0]},
			in:    []corpus.Label{lBio, lBio, lPromo, lBody},
			want:  []corpus.Label{lBio, lChrome, lChrome, lBody},
		},
		{
			name:  "an agency or a source in the byline stays",
			lines: []string{"Berlin (dpa)", "Source: Reuters", "Quelle: dpa", prose[0]},
			in:    []corpus.Label{lBio, lBio, lBio, lBody},
			want:  []corpus.Label{lBio, lBio, lBio, lBody},
		},
		{
			name:  "a byline with its date stays",
			lines: []string{"By Jane Doe | 14 June 2026", prose[0]},
			in:    []corpus.Label{lBio, lBody},
			want:  []corpus.Label{lBio, lBody},
		},
		{
			name:  "a share bar under the byline",
			lines: []string{"Von Tobias Brandt", "Teilen: Facebook · LinkedIn · WhatsApp · E-Mail", prose[0]},
			in:    []corpus.Label{lBio, lBio, lBody},
			want:  []corpus.Label{lBio, lChrome, lBody},
		},
		{
			name:  "a comment's date is the comment section's",
			lines: []string{prose[0], "12.05.2026, 21:02 Uhr"},
			in:    []corpus.Label{lBody, lComment},
			want:  []corpus.Label{lBody, lComment},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, lineFurniture))
		})
	}
}

func TestCommentSection(t *testing.T) {
	article := prose[:4]
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a thread under a counter",
			lines: append(slicesClone(article), "Komentarze (14)", "kierowca_z_zatorza", "Pół roku? Zobaczymy, remont ronda też miał trwać pół roku.", "Odpowiedz", "© 2026 Gazeta"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lComment, lChrome},
		},
		{
			name:  "a menu ends the section",
			lines: append(slicesClone(article), "Commentaires (4)", "Gaston64", "Très bon article, clair et sans catastrophisme.", "Accueil", "Sports", "Météo", "Contact"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lChrome, lChrome, lChrome, lChrome},
		},
		{
			name:  "a related list ends the section",
			lines: append(slicesClone(article), "Comentarios", "Pedro_M", "Ya era hora.", "Más noticias", "El pleno aprueba otra cosa"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome, lPromo, lPromo},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lPromo, lPromo},
		},
		{
			name:  "a counter without a cue, a user name and a report button",
			lines: append(slicesClone(article), "Komentarze (14)", "kibic", "Zgłoś", "Nowak musi grać od pierwszej minuty, ile razy jeszcze trener będzie go trzymał na ławce?"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lComment},
		},
		{
			name:  "a heading and the form's prompt the model called promo",
			lines: append(slicesClone(article), "Commentaires (4)", "Pour commenter, connectez-vous ou créez un compte gratuit.", "Gaston64", "Très bon article, clair et sans catastrophisme."),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lPromo, lPromo, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lComment},
		},
		{
			name:  "a promo line without a comment cue ends the section",
			lines: append(slicesClone(article), "Comentarios (3)", "Ya era hora.", "El pleno aprueba los presupuestos de 2027"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lPromo},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lPromo},
		},
		{
			name:  "short lines above a footer's line go back to chrome",
			lines: append(slicesClone(article), "Comentarios (3)", "Ya era hora, tardaron demasiado.", "Quiénes somos", "Contacto", "Aviso legal · Política de privacidad · Cookies"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lChrome, lChrome, lChrome},
		},
		{
			name:  "the menu rule gives back only what the pass changed",
			lines: append(slicesClone(article), "Comentarios", "Ana", "Pedro", "Inicio", "Deportes"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lComment, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lChrome, lChrome, lChrome},
		},
		{
			name:  "a footer with an address ends the section",
			lines: append(slicesClone(article), "Kommentare (2)", "Sehr guter Artikel, danke für die klare Darstellung.", "Redaktion: Hafenstraße 4, redaktion@example.de", "Impressum"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lChrome, lChrome},
		},
		{
			name:  "a heading that opens nothing does not stop the search",
			lines: []string{prose[0], prose[1], prose[2], "Kommentare", prose[3], prose[4], "Kommentare (2)", "Sehr guter Artikel, danke für die klare Darstellung."},
			in:    []corpus.Label{lBody, lBody, lBody, lChrome, lBody, lBody, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lComment, lBody, lBody, lComment, lComment},
		},
		{
			name:  "an opinion kicker opens nothing",
			lines: append(slicesClone(article), "Kommentar", "Warum die Grundsteuer-Reform die Mieter trifft", "Das Deutschlandticket braucht endlich eine sichere Finanzierung"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome},
		},
		{
			name:  "a comment button above the article opens nothing",
			lines: append([]string{"Kommentare", "Teilen"}, article...),
			in:    []corpus.Label{lChrome, lChrome, lBody, lBody, lBody, lBody},
			want:  []corpus.Label{lChrome, lChrome, lBody, lBody, lBody, lBody},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, commentSection))
		})
	}
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }

func TestPromoLists(t *testing.T) {
	article := prose[:4]
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a related list",
			lines: append(slicesClone(article), "Más noticias", "El Valdeolmos pide explicaciones a la Liga por el horario", "Vídeo: los goles de la jornada en dos minutos", "© 2026 El Diario"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lPromo, lPromo, lPromo, lChrome},
		},
		{
			name:  "a list ends at prose",
			lines: append(slicesClone(article), "Zobacz także", "Wideo: skrót meczu Sokoły – Stal", "Redakcja zastrzega sobie prawo do usuwania wpisów."),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lPromo, lPromo, lChrome},
		},
		{
			name:  "a heading with no list under it",
			lines: append(slicesClone(article), "Mehr aus Lindenau", "© 2026 Lindenauer Bote"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome},
		},
		{
			name:  "a heading followed by a comment opens no list",
			lines: append(slicesClone(article), "Más noticias", "Pedro_M · hace 2 horas"),
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lComment},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lComment},
		},
		{
			name:  "above the article: a menu, not a list",
			lines: append([]string{"Más noticias", "Deportes y cultura de la semana"}, article...),
			in:    []corpus.Label{lChrome, lChrome, lBody, lBody, lBody, lBody},
			want:  []corpus.Label{lChrome, lChrome, lBody, lBody, lBody, lBody},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, promoLists))
		})
	}
}

func TestBridgeBodyRunLength(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	for _, tt := range []struct {
		name   string
		run    int
		closed bool // a body paragraph after the run
		want   bool // the run becomes body
	}{
		{"20 lines", 20, true, true},
		{"21 lines", 21, true, false},
		{"a run to the end", 5, false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lines := []string{prose[0]}
			for k := 0; k < tt.run; k++ {
				lines = append(lines, "500 g Mehl")
			}
			if tt.closed {
				lines = append(lines, prose[1])
			}
			ps := make([]corpus.Paragraph, len(lines))
			for i, l := range lines {
				ps[i] = corpus.Paragraph{Text: l}
			}
			fs, _ := x.Document(ps, nil, nil)
			cue := make([]int8, len(ps))
			logp := make([]float32, len(ps)*corpus.NumLabels)
			out := make([]Scored, len(ps))
			for i := range ps {
				cue[i] = cueLabel(ps[i].Text, &fs[i])
				logp[i*corpus.NumLabels+int(corpus.Body)] = log32(0.4)
				out[i] = Scored{Label: lChrome}
			}
			out[0].Label = lBody
			if tt.closed {
				out[len(out)-1].Label = lBody
			}
			bridgeBody(ps, fs, cue, logp, out)
			assert.Equal(t, tt.want, out[1].Label == lBody)
		})
	}
}

func TestBridgeBody(t *testing.T) {
	lines := []string{prose[0], "500 g Mehl", "70 g Zucker", prose[1], "Advertisement", prose[2], "16h35", prose[3]}
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	ps := make([]corpus.Paragraph, len(lines))
	for i, l := range lines {
		ps[i] = corpus.Paragraph{Text: l}
	}
	fs, _ := x.Document(ps, nil, nil)
	cue := make([]int8, len(ps))
	for i := range ps {
		cue[i] = cueLabel(ps[i].Text, &fs[i])
	}
	in := []corpus.Label{lBody, lChrome, lChrome, lBody, lChrome, lBody, lChrome, lBody}
	tests := []struct {
		name  string
		pBody float32 // every line's body probability
		want  []corpus.Label
	}{
		{"likely body", 0.3, []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lBody, lChrome, lBody}},
		{"unlikely body", 0.1, in},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logp := make([]float32, len(ps)*corpus.NumLabels)
			for i := range ps {
				logp[i*corpus.NumLabels+int(corpus.Body)] = log32(tt.pBody)
			}
			out := make([]Scored, len(in))
			for i, l := range in {
				out[i] = Scored{Label: l}
			}
			bridgeBody(ps, fs, cue, logp, out)
			got := make([]corpus.Label, len(out))
			for i, o := range out {
				got[i] = o.Label
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDumpHeadline(t *testing.T) {
	m := defaultModelT(t)
	nav := "Skip to content\n\nThe Valewick Gazette\n\nHome\n\nNews\n\nSport\n\nBusiness\n\nCulture\n\nWeather\n\nSearch\n\nNews > Local\n\n"
	body := strings.Join(prose[:5], "\n\n")
	tests := []struct {
		name string
		text string
		want map[string]bool // a paragraph's text → whether it must be body
	}{
		{
			name: "headline, standfirst and byline under a menu",
			text: nav + "Council approves a budget that raises spending on schools\n\nAfter a long debate, the plan passed by nine votes to four on Tuesday night.\n\nBy Jane Doe | 14 June 2026\n\n" + body,
			want: map[string]bool{
				"Council approves a budget that raises spending on schools":                    true,
				"After a long debate, the plan passed by nine votes to four on Tuesday night.": true,
				"By Jane Doe | 14 June 2026":                                                   false,
				"News > Local":                                                                 false,
			},
		},
		{
			name: "a headline with a year and a month word",
			text: nav + "Thousands march as council approves 2027 budget for schools\n\nBy Jane Doe | 14 June 2026\n\n" + body,
			want: map[string]bool{"Thousands march as council approves 2027 budget for schools": true},
		},
		{
			name: "a Chinese headline and its standfirst without a full stop under a breadcrumb",
			text: "华商财经观察\n\n首页\n\n宏观\n\n金融\n\n公司\n\n产业\n\n科技\n\n财经观察 > 宏观经济 > 正文\n\n前三季度小微企业贷款增长12.4% 融资成本降至历史低位\n\n多家银行加大首贷、信用贷投放力度，但部分小微企业反映“贷得到、还得起”仍需更长期的政策支持\n\n2024年10月28日 08:05\n\n来源：华商财经观察\n\n作者：邵一鸣\n\n阅读量：3.2万\n\n【广告】企业经营贷，最高可申请500万元，线上审批最快当天放款>>\n\n" + strings.Join(zhProse, "\n\n"),
			want: map[string]bool{
				"前三季度小微企业贷款增长12.4% 融资成本降至历史低位":                  true,
				"多家银行加大首贷、信用贷投放力度，但部分小微企业反映“贷得到、还得起”仍需更长期的政策支持": true,
				"【广告】企业经营贷，最高可申请500万元，线上审批最快当天放款>>":             false,
				"财经观察 > 宏观经济 > 正文": false,
			},
		},
		{
			name: "headline and standfirst without a full stop under a trail, byline, date and a captioned photo",
			text: "La Voz de Montealto\n\nPortada\n\nComarca\n\nDeportes\n\nOpinión\n\nInicio » Montealto » Movilidad\n\nEl pleno aprueba la red de carriles bici que unirá los barrios del norte con el centro\n\nEl proyecto, de 3,4 millones de euros, contempla 11 kilómetros de vías ciclistas y estará terminado en dos años\n\nMarta Ruiz Olmedo\n\nMontealto | 22 de febrero de 2024 - 21:15 CET\n\nCiclistas en la avenida de la Estación, en el centro de la ciudad. NURIA BELTRÁN\n\n" + body,
			want: map[string]bool{
				"El pleno aprueba la red de carriles bici que unirá los barrios del norte con el centro":                          true,
				"El proyecto, de 3,4 millones de euros, contempla 11 kilómetros de vías ciclistas y estará terminado en dos años": true,
				"Inicio » Montealto » Movilidad": false,
			},
		},
		{
			name: "a Chinese headline and its deck of two headline lines over a date and a byline",
			text: "体坛速递\n\n首页\n\n足球\n\n篮球\n\n跑步频道\n\n3万人奔跑在滨江畔 2024临海马拉松鸣枪开跑\n\n男子全马冠军成绩2小时11分38秒 本土选手刷新赛会纪录\n\n2024-11-10 18:20\n\n体坛速递记者 郭亮 发自临海\n\n" + strings.Join(zhProse, "\n\n"),
			want: map[string]bool{
				"3万人奔跑在滨江畔 2024临海马拉松鸣枪开跑":      true,
				"男子全马冠军成绩2小时11分38秒 本土选手刷新赛会纪录": true,
				"体坛速递记者 郭亮 发自临海":               false,
			},
		},
		{
			name: "a Chinese deck under the headline the model took for body",
			text: "文化周刊\n\n展览 | 阅读 | 非遗 | 影视\n\n千年青瓷重回故里：“越窑秘色”特展在省博物馆开幕\n\n180余件（套）文物首次集中亮相，其中近半数为近年来考古新发现\n\n本报记者 张华 实习生 林晓\n\n发布时间：2024-09-27 10:12\n\n" + strings.Join(zhProse, "\n\n"),
			want: map[string]bool{
				"千年青瓷重回故里：“越窑秘色”特展在省博物馆开幕":        true,
				"180余件（套）文物首次集中亮相，其中近半数为近年来考古新发现": true,
				"本报记者 张华 实习生 林晓":                  false,
			},
		},
		{
			name: "headline and standfirst above a byline, a date, a captioned photo and a share bar",
			text: "Grenoble Soir\n\nSe connecter\n\nS'abonner\n\nNous et nos partenaires utilisons des cookies pour stocker des informations sur votre appareil.\n\nAccepter et fermer\n\nAccueil > Grenoble > Transports\n\nGrève des trams à Grenoble : le trafic fortement perturbé jusqu'à jeudi\n\nLes conducteurs protestent contre la réorganisation des horaires prévue en janvier et réclament des embauches.\n\nPar Claire Vasseur\n\nLe 30 novembre 2026 à 18h12\n\n23 commentaires\n\nPartager\n\nFacebook\n\nX\n\nEnvoyer par e-mail\n\n" + body,
			want: map[string]bool{
				"Grève des trams à Grenoble : le trafic fortement perturbé jusqu'à jeudi": true,
				"Accueil > Grenoble > Transports":                                         false,
				"Partager":                                                                false,
			},
		},
		{
			name: "a match report's headline and a long deck over a byline, a date and a share line",
			text: "Touchline Sport\n\nFootball\n\nCricket\n\nRugby\n\nFootball > Championship Division\n\nFull time\n\nKingsbury Athletic 3-2 Oldcastle United\n\nEnnis Okafor's 89th-minute header completes Kingsbury comeback to lift them into the play-off places\n\nBy Harvey Lumsden at Meadow Park\n\nSunday 30 November 2026 17:58\n\nShare\n\n" + body,
			want: map[string]bool{
				"Kingsbury Athletic 3-2 Oldcastle United":                                                              true,
				"Ennis Okafor's 89th-minute header completes Kingsbury comeback to lift them into the play-off places": true,
				"By Harvey Lumsden at Meadow Park":                                                                     false,
			},
		},
		{
			name: "a headline over a byline of a name and a role",
			text: nav + "Holloway's to close 38 department stores as online sales fail to make up for empty aisles\n\nFenella Marchetti, Retail Correspondent\n\nNovember 25, 2026 · 5:00 am\n\nGift this article\n\nSave\n\n" + body,
			want: map[string]bool{
				"Holloway's to close 38 department stores as online sales fail to make up for empty aisles": true,
				"Fenella Marchetti, Retail Correspondent":                                                   false,
			},
		},
		{
			name: "a list of teasers above the article is no headline",
			text: nav + "Storm closes the coast road for a second night\n\nLibrary reopens after the flood with a new wing\n\n" + body,
			want: map[string]bool{
				"Storm closes the coast road for a second night":  false,
				"Library reopens after the flood with a new wing": false,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := paragraphs(t, tt.text)
			assertBody(t, ps, m.Classify(ps), tt.want)
		})
	}
}

// FuzzLineShapes feeds arbitrary lines (invalid UTF-8, long lines, runes
// that grow when lower-cased) to the line-shape tests: none may panic, and
// a folded line never outgrows its buffer or keeps a space at either end.
func FuzzLineShapes(f *testing.F) {
	for _, s := range []string{"Accepter Refuser", "Läs mer: x y z", "![a](b) c", "[![", "回复 赞 36", "Gestion des COOKIES", "20:15", "14 de agosto de 2026", "Foto: X/Y", "Comentarios (3)", "a · il y a 5 h", "3小时前", "Der Hof. Foto: A / dpa", "x (EFE/", "Más noticias", "İİİİ", "\xff\xfe 12:00", strings.Repeat("ẞ", 80), "  a  b  ", "\xff" + strings.Repeat("a", 159), strings.Repeat("Ⱥ", 53) + "ab"} {
		f.Add(s)
	}
	x, err := features.DefaultExtractor()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		fs, _ := x.Document([]corpus.Paragraph{{Text: s}}, nil, nil)
		isLoneTime(s)
		isLoneDate(s)
		isReadingTime(s)
		isPhotoCredit(s)
		isCommentHeading(s)
		isPromoHeading(s, &fs[0])
		isCaption(s, &fs[0])
		isRelativeTime(s)
		hasCreditTail(s)
		hasCapsCredit(s)
		isTrail(s)
		// The fourteenth session's shapes.
		isFurnitureLine(s)
		isConsentButtons(s)
		mentionsCookies(s)
		isSpacedReplyBar(s)
		// The sixteenth session's.
		isPricedOffer(s)
		isTrialOffer(s)
		hasLabelledNameTail(s)
		var shape [80]byte
		barShape(shape[:0], s, len(strings.Fields(s)))
		isHashtagLine(s)
		isCJKNumericDate([]byte(s))
		namedStamp(s)
		endsCJKSentence(s)
		isAltName(s)
		// The fifteenth session's.
		isNamedDate(s)
		hasLegalLink([]byte(s))
		hasBarMark(s)
		hasCookieWord(s)
		endsWithCreditLabel(s)
		isCrumbLine(s)
		spacedButtons(s)
		if k := promoLead(s); k > 0 {
			require.LessOrEqual(t, k, len(s))
			require.Equal(t, byte(':'), s[k-1])
		}
		if alt, ok := markdownImageAlt(s); ok {
			require.LessOrEqual(t, len(alt), len(s))
		}
		var buf [foldMax]byte
		if b, ok := foldLine(&buf, s, ",:"); ok && len(b) > 0 {
			require.LessOrEqual(t, len(b), foldMax)
			require.NotEqual(t, byte(' '), b[0])
			require.NotEqual(t, byte(' '), b[len(b)-1])
		}
	})
}

func TestBylineUnderHeadline(t *testing.T) {
	headline := "Council approves a budget that raises spending on schools"
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a bare name under the headline",
			lines: []string{headline, "Lucía Fernández", "14 de agosto de 2026", prose[0]},
			in:    []corpus.Label{lBody, lChrome, lChrome, lBody},
			want:  []corpus.Label{lBody, lBio, lChrome, lBody},
		},
		{
			name:  "a bare name under the standfirst",
			lines: []string{headline, "After a long debate, the plan passed by nine votes to four on Tuesday night.", "Marta Ruiz Olmedo", "Montealto, 22/02/2024 21:15", prose[0]},
			in:    []corpus.Label{lBody, lBody, lChrome, lChrome, lBody},
			want:  []corpus.Label{lBody, lBody, lBio, lChrome, lBody},
		},
		{
			name:  "a name with no date under it is a topic",
			lines: []string{headline, "Alibaba Cloud", prose[0]},
			in:    []corpus.Label{lBody, lChrome, lBody},
			want:  []corpus.Label{lBody, lChrome, lBody},
		},
		{
			name:  "a breadcrumb trail is no name",
			lines: []string{headline, "Economía > Vivienda", "14 de agosto de 2026", prose[0]},
			in:    []corpus.Label{lBody, lChrome, lChrome, lBody},
			want:  []corpus.Label{lBody, lChrome, lChrome, lBody},
		},
		{
			name:  "a share bar is no name",
			lines: []string{headline, "Facebook X LinkedIn", "14 de agosto de 2026", prose[0]},
			in:    []corpus.Label{lBody, lChrome, lChrome, lBody},
			want:  []corpus.Label{lBody, lChrome, lChrome, lBody},
		},
		{
			name:  "a name inside the article is left alone",
			lines: []string{headline, prose[0], "Jane Doe", prose[1]},
			in:    []corpus.Label{lBody, lBody, lChrome, lBody},
			want:  []corpus.Label{lBody, lBody, lChrome, lBody},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, bylineUnderHeadline))
		})
	}
}

func TestIsAuthorBoxLead(t *testing.T) {
	for text, want := range map[string]bool{
		"Sandra Kühn ist Wirtschaftsredakteurin und schreibt seit 2015 über den Mittelstand.": true,
		"Dr. Annika Frahm ist Redakteurin im Ressort Geld.":                                   true,
		"Marta Ibáñez Sola es periodista y escritora.":                                        true,
		"Antoine Rivière est journaliste scientifique, spécialiste du climat.":                true,
		"Katarzyna Dąbrowska jest dziennikarką i pisze o rynku pracy.":                        true,
		"Giulia Ferraris è una giornalista di Torino.":                                        true,
		"Sanne de Vries is verslaggever bij de krant.":                                        false, // "de": a function word leads no name
		"Sanne Vries is verslaggever bij de krant.":                                           true,
		"Anna Schmidt ist eine freie Journalistin aus Köln.":                                  true,
		"Der Festgenommene ist Journalist und arbeitet für eine Zeitung.":                     false,
		"El detenido es periodista y colaboraba con medios locales.":                          false,
		"Among those killed on Tuesday is journalist Shireen Abu Akleh.":                      false,
		"L'importo versato è corrispondente a quanto previsto.":                               false,
		"Merkel ist Journalistin?":                                                            false, // one word is no name
		"Anna Schmidt ist Ärztin in Köln.":                                                    false,
		"Ivana Matić novinarka je Glasa Bosuta i prati gospodarstvo županije.":                true, // the trade before the copula
		"Ivana Matić novinarka Glasa Bosuta prati gospodarstvo županije.":                     false,
		"Ivana Matić liječnica je u bolnici u Vinkovcima.":                                    false, // a doctor
		"**Lucía Barrado** es crítica teatral y profesora de Lengua.":                         true,  // bold marks
		"*Dimas Prasetyo* adalah jurnalis Suara Kedu yang meliput isu ekonomi.":               true,
		"Nguyễn Thanh Tâm là phóng viên Ban Thời sự Báo Sông Trà.":                            true,
		"Bastien Morvillier est critique littéraire et traducteur de l'islandais.":            true,
		"**Wichtig** ist eine gute Vorbereitung auf den Winter.":                              false,
	} {
		assert.Equal(t, want, isAuthorBoxLead(text), text)
	}
}

func TestAuthorBox(t *testing.T) {
	box := "Marta Ibáñez Sola es periodista y escritora. Su último libro es Los que se quedan."
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "at the end of the article, with the name above",
			lines: []string{prose[0], prose[1], prose[2], "Marta Ibáñez Sola", box},
			in:    []corpus.Label{lBody, lBody, lBody, lChrome, lBody},
			want:  []corpus.Label{lBody, lBody, lBody, lBio, lBio},
		},
		{
			name:  "under the headline",
			lines: []string{"El silencio de las plazas en agosto", box, prose[0], prose[1]},
			in:    []corpus.Label{lBody, lBody, lBody, lBody},
			want:  []corpus.Label{lBody, lBio, lBody, lBody},
		},
		{
			name:  "inside the article: a portrait",
			lines: []string{prose[0], prose[1], box, prose[2]},
			in:    []corpus.Label{lBody, lBody, lBody, lBody},
			want:  []corpus.Label{lBody, lBody, lBody, lBody},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, authorBox))
		})
	}
}

func TestColonLists(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a numbered list under the article's colon",
			lines: []string{prose[0], "Die Polizei rät:", "1. Fenster schließen;", "2. Wasser bereithalten;", prose[1]},
			in:    []corpus.Label{lBody, lChrome, lChrome, lChrome, lBody},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lBody},
		},
		{
			name:  "bullets in Chinese",
			lines: []string{prose[0], "衞生防護中心建議市民：", "・接種季節性流感疫苗；", "・保持室內空氣流通。"},
			in:    []corpus.Label{lBody, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody},
		},
		{
			name:  "a table of results under the article's colon, the colon line already body",
			lines: []string{prose[0], "最后一轮主要比赛结果：", "浙江 1:2 上海海港", "北京国安 3:0 青岛西海岸", "成都蓉城 2:2 山东泰山", "广告"},
			in:    []corpus.Label{lBody, lBody, lChrome, lPromo, lPromo, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lBody, lChrome},
		},
		{
			name:  "a list the model began as body goes on",
			lines: []string{prose[0], "The ten happiest countries:", "1. Finland", "2. Denmark", "3. Switzerland", "4. Iceland", "Advertisement"},
			in:    []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lBody, lBody, lChrome},
		},
		{
			name:  "a live ticker's entry: a list under a colon under a time stamp",
			lines: []string{prose[0], "14:50", "Tipps gegen den Sturm:", "1. Fenster schließen;", "2. Wasser bereithalten;", "14:00", prose[1]},
			in:    []corpus.Label{lBody, lChrome, lChrome, lChrome, lChrome, lChrome, lBody},
			want:  []corpus.Label{lBody, lChrome, lBody, lBody, lBody, lChrome, lBody},
		},
		{
			name:  "a time stamp with no body above it",
			lines: []string{"Menu", "14:50", "Tipps gegen den Sturm:", "1. Fenster schließen;", "2. Wasser bereithalten;", prose[1]},
			in:    []corpus.Label{lChrome, lChrome, lChrome, lChrome, lChrome, lBody},
			want:  []corpus.Label{lChrome, lChrome, lChrome, lChrome, lChrome, lBody},
		},
		{
			name:  "a colon with no list under it",
			lines: []string{prose[0], "Follow us:", "Facebook", "Twitter"},
			in:    []corpus.Label{lBody, lChrome, lChrome, lChrome},
			want:  []corpus.Label{lBody, lChrome, lChrome, lChrome},
		},
		{
			name:  "items the model called promo",
			lines: []string{prose[0], "Die Aufstellung:", "- Tor: Wiebke Saß", "- Abwehr: Jule Prange, Carla Nehls", "- Angriff: Paula Dettmann", prose[1]},
			in:    []corpus.Label{lBody, lBody, lPromo, lPromo, lPromo, lBody},
			want:  []corpus.Label{lBody, lBody, lBody, lBody, lBody, lBody},
		},
		{
			name:  "a colon away from the article",
			lines: []string{"Menu:", "- News", "- Sport", prose[0]},
			in:    []corpus.Label{lChrome, lChrome, lChrome, lBody},
			want:  []corpus.Label{lChrome, lChrome, lChrome, lBody},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := labelled(t, tt.lines, tt.in, func(ps []corpus.Paragraph, fs []features.Features, out []Scored) {
				cue := make([]int8, len(ps))
				for i := range ps {
					cue[i] = cueLabel(ps[i].Text, &fs[i])
				}
				colonLists(ps, ps, fs, cue, out)
			})
			assert.Equal(t, tt.want, got)
		})
	}
	// A dump's view has its bullets taken out; the page's own lines show
	// the list.
	t.Run("bullets in the raw lines only", func(t *testing.T) {
		raw := []string{prose[0], "运营方公布的票价如下：", "* 成人票：298元", "* 学生票：168元", prose[1]}
		view := []string{prose[0], "运营方公布的票价如下：", "成人票：298元", "学生票：168元", prose[1]}
		got := labelled(t, view, []corpus.Label{lBody, lBody, lPromo, lPromo, lBody}, func(ps []corpus.Paragraph, fs []features.Features, out []Scored) {
			cue := make([]int8, len(ps))
			for i := range ps {
				cue[i] = cueLabel(ps[i].Text, &fs[i])
			}
			colonLists(ps, lynxLines(raw...), fs, cue, out)
		})
		assert.Equal(t, []corpus.Label{lBody, lBody, lBody, lBody, lBody}, got)
	})
}

func TestIsListLine(t *testing.T) {
	for text, want := range map[string]bool{
		"1. Fenster schließen": true, "12) Second item": true, "• 120 drzew": true, "- one": true,
		"・接種季節性流感疫苗；": true, "关好门窗；": true, "Keep calm;": true,
		"1.5 million people": false, "2026. The year": false, "Plain sentence.": false, "-5 degrees": false,
	} {
		assert.Equal(t, want, isListLine(text), text)
	}
}

func TestNamedAuthorBox(t *testing.T) {
	article := prose[:3]
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "name, links, sentence",
			lines: append(slicesClone(article), "Meg James", "Follow Us", "twitter", "email", "Meg James is a corporate media reporter for the Los Angeles Times, covering television.", "Privacy Policy"),
			in:    []corpus.Label{lBody, lBody, lBody, lPromo, lPromo, lPromo, lPromo, lPromo, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBio, lBio, lBio, lBio, lBio, lChrome},
		},
		{
			name:  "name, five links, sentence",
			lines: append(slicesClone(article), "Meg James", "Follow Us", "twitter", "instagram", "email", "facebook", "Meg James is a corporate media reporter for the Los Angeles Times, covering television.", "Privacy Policy"),
			in:    []corpus.Label{lBody, lBody, lBody, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lBio, lBio, lBio, lBio, lBio, lBio, lBio, lChrome},
		},
		{
			name:  "name, title, sentence, links under it",
			lines: append(slicesClone(article), "Roger Gonzalez", "CBS Sports Writer", "Roger Gonzalez is an award-winning writer based in Virginia that has covered pro soccer.", "Twitter", "More stories"),
			in:    []corpus.Label{lBody, lBody, lBody, lPromo, lPromo, lPromo, lChrome, lPromo},
			want:  []corpus.Label{lBody, lBody, lBody, lBio, lBio, lBio, lBio, lPromo},
		},
		{
			name:  "a site's name and its tagline are not an author",
			lines: append(slicesClone(article), "Ascom News Service", "Ascom corporate news at your fingertips, every day of the week."),
			in:    []corpus.Label{lBody, lBody, lBody, lPromo, lPromo},
			want:  []corpus.Label{lBody, lBody, lBody, lPromo, lPromo},
		},
		{
			name:  "a menu item and a sentence about it",
			lines: append(slicesClone(article), "Search", "Search the BBC for news, sport and weather."),
			in:    []corpus.Label{lBody, lBody, lBody, lChrome, lChrome},
			want:  []corpus.Label{lBody, lBody, lBody, lChrome, lChrome},
		},
		{
			name: "readers' comments stay comment",
			lines: append(slicesClone(article), "Comments", "John Smith", "2 hours ago", "I'm a nurse and I can tell you this is exactly what happens on every ward.", "Reply",
				"Mary Jones", "3 hours ago", "Mary is right about this, and the council knows it.", "Reply"),
			in:   []corpus.Label{lBody, lBody, lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment},
			want: []corpus.Label{lBody, lBody, lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment},
		},
		{
			name:  "a teaser about a person by surname",
			lines: append(slicesClone(article), "Related", "Olaf Scholz", "Scholz is under pressure from his own party over the budget."),
			in:    []corpus.Label{lBody, lBody, lBody, lPromo, lPromo, lPromo},
			want:  []corpus.Label{lBody, lBody, lBody, lPromo, lPromo, lPromo},
		},
		{
			name:  "the article's paragraphs stay",
			lines: []string{"Tom Rogan", "Tom Rogan is a columnist, and this is what he wrote about the election in his column today."},
			in:    []corpus.Label{lBody, lBody},
			want:  []corpus.Label{lBody, lBody},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, namedAuthorBox))
		})
	}
}

func TestLineFurnitureAdLabelsInPromo(t *testing.T) {
	lines := []string{prose[0], "REKLAMA", prose[1], "Sponsored", "Advertisement"}
	got := labelled(t, lines, []corpus.Label{lBody, lPromo, lBody, lPromo, lPromo}, lineFurniture)
	assert.Equal(t, []corpus.Label{lBody, lChrome, lBody, lPromo, lChrome}, got)
}
