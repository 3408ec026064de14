package features

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// match runs cs on text the way the Extractor does.
func match(cs *CueSet, text string) [corpus.NumLabels]bool {
	words := strings.Count(Norm(text), " ") - 1
	return cs.Match(Norm(text), words)
}

func only(labels ...corpus.Label) (hits [corpus.NumLabels]bool) {
	for _, l := range labels {
		hits[l] = true
	}
	return hits
}

func TestCueSetMatch(t *testing.T) {
	cs := NewCueSet([]Cue{
		{Phrase: "^read more", Label: corpus.Promo, Strong: true},
		{Phrase: "comments$", Label: corpus.Comment, Strong: true},
		{Phrase: "^menu$", Label: corpus.Chrome, Strong: true},
		{Phrase: "share", Label: corpus.Chrome, Strong: true},
		{Phrase: "written by", Label: corpus.Bio, Strong: true},
		{Phrase: "©", Label: corpus.Chrome, Strong: true},
	})
	tests := []struct {
		text string
		want [corpus.NumLabels]bool
	}{
		// "^" anchors at the start only.
		{"Read more", only(corpus.Promo)},
		{"Read more about it", only(corpus.Promo)},
		{"  Read  MORE: ", only(corpus.Promo)},
		{"You should read more", only()},
		// "$" anchors at the end only.
		{"12 comments", only(corpus.Comment)},
		{"12 Comments.", only(corpus.Comment)},
		{"comments are open", only()},
		// "^...$" is the whole paragraph.
		{"Menu", only(corpus.Chrome)},
		{"Menu of the day", only()},
		{"Open the menu", only()},
		// Unanchored phrases match anywhere, on whole words only.
		{"Please share this", only(corpus.Chrome)},
		{"share", only(corpus.Chrome)},
		{"The shareholders met", only()},
		{"Timeshare offers", only()},
		{"It was written by hand", only(corpus.Bio)},
		{"It was written byzantine", only()},
		{"rewritten by", only()},
		// Several labels at once; symbols as tokens.
		{"Read more © Foo", only(corpus.Promo, corpus.Chrome)},
		{"", only()},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, match(cs, tt.text), "norm %q", Norm(tt.text))
		})
	}
}

func TestCueSetWeakCues(t *testing.T) {
	cs := NewCueSet([]Cue{
		{Phrase: "newsletter", Label: corpus.Promo},
		{Phrase: "all rights reserved", Label: corpus.Chrome, Strong: true},
	})
	norm := Norm("Newsletter: all rights reserved")
	tests := []struct {
		words int
		want  [corpus.NumLabels]bool
	}{
		{1, only(corpus.Promo, corpus.Chrome)},
		{ShortWords - 1, only(corpus.Promo, corpus.Chrome)},
		{ShortWords, only(corpus.Chrome)},
		{ShortWords + 100, only(corpus.Chrome)},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cs.Match(norm, tt.words), "words=%d", tt.words)
	}

	// Through the extractor the word count is the paragraph's.
	x := NewExtractor(embedded(t), cs)
	short := "Sign up for the newsletter."
	long := "The newsletter" + strings.Repeat(" and more words", ShortWords) + "."
	fs, _ := x.Document([]corpus.Paragraph{{Text: short}, {Text: long}}, nil, nil)
	assert.True(t, fs[0].Cues[corpus.Promo])
	assert.GreaterOrEqual(t, fs[1].Words, ShortWords)
	assert.False(t, fs[1].Cues[corpus.Promo], "weak cue must not fire on a long paragraph")
}

func TestCueSetEmpty(t *testing.T) {
	assert.Equal(t, only(), NewCueSet(nil).Match(Norm("Leave a reply"), 3))
	assert.Equal(t, only(), (&CueSet{}).Match(Norm("Leave a reply"), 3))
}

func TestDefaultCues(t *testing.T) {
	x, err := DefaultExtractor()
	require.NoError(t, err)
	tests := []struct {
		text string
		want corpus.Label // corpus.Body: no cue at all
	}{
		{"Leave a Reply", corpus.Comment},
		{"Leave a Reply Cancel reply", corpus.Comment},
		{"Your email address will not be published. Required fields are marked *", corpus.Comment},
		{"Comments", corpus.Comment},
		{"Kommentare", corpus.Comment},
		{"Antworten", corpus.Comment},
		{"Répondre", corpus.Comment},
		{"Odpovědět", corpus.Comment},
		{"Ответить", corpus.Comment},
		{"Schreiben Sie einen Kommentar", corpus.Comment},
		{"Votre adresse e-mail ne sera pas publiée.", corpus.Comment},
		{"Tu dirección de correo electrónico no será publicada.", corpus.Comment},
		{"Annulla risposta", corpus.Comment},
		// Opinion columns share the singular's name: no cue.
		{"Kommentar", corpus.Body},
		{"Antworten auf die wichtigsten Fragen zur Wahl", corpus.Body},
		{"Subscribe to our newsletter", corpus.Promo},
		{"Sign up for our newsletter to get the latest news in your inbox.", corpus.Promo},
		{"Related Articles", corpus.Promo},
		{"Don't miss: the best deals of the week", corpus.Promo},
		{"Lee también: Los once pueblos de la mancomunidad pagarán un 8 % más por el agua en 2027", corpus.Promo},
		{"Przeczytaj też: Nowa galeria w spichrzu nad Wisłą. Pierwsza wystawa już w styczniu", corpus.Promo},
		{"Auch interessant: „Woyzeck“ in Heidelberg – ein Abend ohne Worte", corpus.Promo},
		{"Читайте также: Пять книг уральских писателей", corpus.Promo},
		{"Read also: Seagrass meadows recover faster than expected after dredging ends", corpus.Promo},
		{"Para seguir leyendo, hazte socio de El Cantábrico Digital por 1 € el primer mes.", corpus.Promo},
		{"Este artículo es exclusivo para suscriptores.", corpus.Promo},
		{"Dans l'actualité de Lannion", corpus.Promo},
		{"© 2020 Foo. All rights reserved.", corpus.Chrome},
		{"Copyright 2021 Example Media", corpus.Chrome},
		{"Share on Facebook", corpus.Chrome},
		{"We use cookies to improve your experience.", corpus.Chrome},
		{"Datenschutzhinweis: Diese Website setzt Cookies und vergleichbare Technologien ein.", corpus.Chrome},
		{"Ta strona używa plików cookie. Korzystając z niej, zgadzasz się na ich użycie.", corpus.Chrome},
		{"Vos choix concernant les cookies : nous et nos partenaires stockons des informations.", corpus.Chrome},
		{"Skip to content", corpus.Chrome},
		{"James has a passion for tech", corpus.Bio},
		{"Written by Jane Doe", corpus.Bio},
		{"About the author", corpus.Bio},
		{"Foto: Jonas Rieger", corpus.Chrome},
		{"7 Kommentare", corpus.Comment},
		{"14 réactions", corpus.Comment},
		{"Inicia sesión para comentar", corpus.Comment},
		{"Fot. UM Toruń", corpus.Chrome},
		// The furniture of the other languages (addOtherLanguages).
		{"Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten.", corpus.Chrome},
		{"Używamy plików cookies i podobnych technologii, aby dopasować treści i reklamy do Twoich preferencji.", corpus.Chrome},
		{"Udostępnij na Facebooku", corpus.Chrome},
		{"Copier le lien", corpus.Chrome},
		{"Actualizado: 30/11/2026 - 13:55h", corpus.Chrome},
		{"© 2026 Portal Bałtycki. Wszystkie prawa zastrzeżone.", corpus.Chrome},
		{"Cet article est réservé aux abonnés. Il vous reste 70 % à découvrir.", corpus.Promo},
		{"Déjà abonné ? Se connecter", corpus.Promo},
		{"Najczęściej czytane", corpus.Promo},
		{"Czytaj więcej: Parking przy Szumana bez wykonawcy", corpus.Promo},
		{"Polecamy", corpus.Promo},
		{"Polecamy zabrać ze sobą ciepłe ubrania.", corpus.Body},
		{"Propos recueillis par Antoine Lacaze", corpus.Bio},
		{"Ein Beitrag von Sabine Reuter", corpus.Bio},
		{"Pour commenter, connectez-vous ou créez un compte gratuit.", corpus.Comment},
		{"Crédit photo : Ouest-Bretagne / Erwan Cadiou", corpus.Chrome},
		{"Marc Soler celebra el triple decisivo ante la grada. (EFE)", corpus.Chrome},
		{"Tekst: Agnieszka Lewandowska", corpus.Bio},
		// A long paragraph starting with the word takes no weak cue.
		{"Foto und Film sind seit Jahren das Hobby des Vereins, der am Samstag sein Jubiläum mit einer Ausstellung im Rathaus und einem Fest für alle Mitglieder und ihre Familien feiert.", corpus.Body},
		{"Jane Doe is a staff writer at the Example Times.", corpus.Bio},
		{"Über die Autorin", corpus.Bio},
		{"Autorin: Dr. Annika Frahm", corpus.Bio},
		// The heading of an author box matches as a whole line only: the
		// same words open news about a crime's perpetrator.
		{"Sobre el autor de los disparos pesaba una orden de alejamiento desde 2024.", corpus.Body},
		// An author box's sentence is the classifier's to recognise
		// (classify.authorBox): as cue phrases, these matched news.
		{"Dr. Annika Frahm ist Redakteurin im Ressort Geld und schreibt über Altersvorsorge.", corpus.Body},
		{"Der Festgenommene ist Journalist und arbeitet seit Jahren für eine Zeitung in Minsk.", corpus.Body},
		{"El detenido es periodista y colaboraba con varios medios locales.", corpus.Body},
		// Negatives: ordinary article sentences.
		{"The shareholders met on Monday.", corpus.Body},
		{"The council approved the budget after a long debate.", corpus.Body},
		{"She said the company would leave the market next year.", corpus.Body},
		{"Profits rose by 4% in the third quarter.", corpus.Body},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			fs, _ := x.Document([]corpus.Paragraph{{Text: tt.text}}, nil, nil)
			got := fs[0].Cues
			assert.False(t, got[corpus.Body], "no cue points to body")
			if tt.want == corpus.Body {
				assert.Equal(t, only(), got, "norm %q", Norm(tt.text))
				return
			}
			assert.True(t, got[tt.want], "want a %s cue, got %v (norm %q)", tt.want, got, Norm(tt.text))
		})
	}
}

// TestDefaultCuesNormalised checks that every default phrase is written in
// the normalised form cues are matched against; one that is not can never match.
func TestDefaultCuesNormalised(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range DefaultCues() {
		p := strings.TrimSuffix(strings.TrimPrefix(c.Phrase, "^"), "$")
		require.NotEmpty(t, p, "cue %q", c.Phrase)
		assert.Equal(t, "\x02 "+p+" \x03", Norm(p), "cue %q is not in normalised form", c.Phrase)
		assert.NotEqual(t, corpus.Body, c.Label, "cue %q", c.Phrase)
		key := c.Phrase + "\x00" + c.Label.String()
		assert.False(t, seen[key], "duplicate cue %q", c.Phrase)
		seen[key] = true
		// A phrase matches itself (anchors are satisfied by the phrase alone).
		words := strings.Count(p, " ") + 1
		assert.True(t, NewCueSet([]Cue{c}).Match(Norm(p), words)[c.Label], "cue %q does not match its own text", c.Phrase)
	}
}
