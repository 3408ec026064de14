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

const (
	B  = corpus.Body
	Bi = corpus.Bio
	P  = corpus.Promo
	Co = corpus.Comment
	Ch = corpus.Chrome
)

func TestLineFurniture(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "live blog times",
			lines: []string{prose[0], "16h35", prose[1], "15h50", prose[2]},
			in:    []corpus.Label{B, B, B, B, B},
			want:  []corpus.Label{B, Ch, B, Ch, B},
		},
		{
			name:  "a caption above its credit",
			lines: []string{prose[0], "Montage eines E-Bikes bei Velonord in Bremen.", "Foto: Velonord/Ingo Hartmann", prose[1]},
			in:    []corpus.Label{B, B, B, B},
			want:  []corpus.Label{B, Ch, Ch, B},
		},
		{
			name:  "a paragraph of several sentences above a credit stays",
			lines: []string{prose[0] + " " + prose[1], "Foto: Velonord/Ingo Hartmann", prose[2]},
			in:    []corpus.Label{B, B, B},
			want:  []corpus.Label{B, Ch, B},
		},
		{
			name:  "a date and a reading time under the byline",
			lines: []string{"Von Tobias Brandt", "13.03.2026, 06:30 Uhr", "Lesezeit: 4 Min.", prose[0]},
			in:    []corpus.Label{Bi, Bi, Bi, B},
			want:  []corpus.Label{Bi, Ch, Ch, B},
		},
		{
			name:  "a byline with its date stays",
			lines: []string{"By Jane Doe | 14 June 2026", prose[0]},
			in:    []corpus.Label{Bi, B},
			want:  []corpus.Label{Bi, B},
		},
		{
			name:  "a share bar under the byline",
			lines: []string{"Von Tobias Brandt", "Teilen: Facebook · LinkedIn · WhatsApp · E-Mail", prose[0]},
			in:    []corpus.Label{Bi, Bi, B},
			want:  []corpus.Label{Bi, Ch, B},
		},
		{
			name:  "a comment's date is the comment section's",
			lines: []string{prose[0], "12.05.2026, 21:02 Uhr"},
			in:    []corpus.Label{B, Co},
			want:  []corpus.Label{B, Co},
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
			in:    []corpus.Label{B, B, B, B, Ch, Ch, Ch, Ch, Ch},
			want:  []corpus.Label{B, B, B, B, Co, Co, Co, Co, Ch},
		},
		{
			name:  "a menu ends the section",
			lines: append(slicesClone(article), "Commentaires (4)", "Gaston64", "Très bon article, clair et sans catastrophisme.", "Accueil", "Sports", "Météo", "Contact"),
			in:    []corpus.Label{B, B, B, B, Ch, Ch, Ch, Ch, Ch, Ch, Ch},
			want:  []corpus.Label{B, B, B, B, Co, Co, Co, Ch, Ch, Ch, Ch},
		},
		{
			name:  "a related list ends the section",
			lines: append(slicesClone(article), "Comentarios", "Pedro_M", "Ya era hora.", "Más noticias", "El pleno aprueba otra cosa"),
			in:    []corpus.Label{B, B, B, B, Ch, Ch, Ch, P, P},
			want:  []corpus.Label{B, B, B, B, Co, Co, Co, P, P},
		},
		{
			name:  "a comment button above the article opens nothing",
			lines: append([]string{"Kommentare", "Teilen"}, article...),
			in:    []corpus.Label{Ch, Ch, B, B, B, B},
			want:  []corpus.Label{Ch, Ch, B, B, B, B},
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
			in:    []corpus.Label{B, B, B, B, Ch, Ch, Ch, Ch},
			want:  []corpus.Label{B, B, B, B, P, P, P, Ch},
		},
		{
			name:  "a list ends at prose",
			lines: append(slicesClone(article), "Zobacz także", "Wideo: skrót meczu Sokoły – Stal", "Redakcja zastrzega sobie prawo do usuwania wpisów."),
			in:    []corpus.Label{B, B, B, B, Ch, Ch, Ch},
			want:  []corpus.Label{B, B, B, B, P, P, Ch},
		},
		{
			name:  "a heading with no list under it",
			lines: append(slicesClone(article), "Mehr aus Lindenau", "© 2026 Lindenauer Bote"),
			in:    []corpus.Label{B, B, B, B, Ch, Ch},
			want:  []corpus.Label{B, B, B, B, Ch, Ch},
		},
		{
			name:  "above the article: a menu, not a list",
			lines: append([]string{"Más noticias", "Deportes y cultura de la semana"}, article...),
			in:    []corpus.Label{Ch, Ch, B, B, B, B},
			want:  []corpus.Label{Ch, Ch, B, B, B, B},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, promoLists))
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
	in := []corpus.Label{B, Ch, Ch, B, Ch, B, Ch, B}
	tests := []struct {
		name  string
		pBody float32 // every line's body probability
		want  []corpus.Label
	}{
		{"likely body", 0.3, []corpus.Label{B, B, B, B, Ch, B, Ch, B}},
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
			out := m.Classify(ps)
			seen := 0
			for i, p := range ps {
				if want, ok := tt.want[p.Text]; ok {
					seen++
					assert.Equal(t, want, out[i].Label == corpus.Body, "%q: %v", p.Text, out[i].Label)
				}
			}
			require.Equal(t, len(tt.want), seen, "paragraphs checked")
		})
	}
}

// FuzzLineShapes feeds arbitrary lines (invalid UTF-8, long lines, runes
// that grow when lower-cased) to the line-shape tests: none may panic, and
// a folded line never outgrows its buffer or keeps a space at either end.
func FuzzLineShapes(f *testing.F) {
	for _, s := range []string{"20:15", "14 de agosto de 2026", "Foto: X/Y", "Comentarios (3)", "Más noticias", "İİİİ", "\xff\xfe 12:00", strings.Repeat("ẞ", 80), "  a  b  "} {
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
		var buf [foldMax]byte
		if b, ok := foldLine(&buf, s, ",:"); ok && len(b) > 0 {
			require.LessOrEqual(t, len(b), foldMax)
			require.NotEqual(t, byte(' '), b[0])
			require.NotEqual(t, byte(' '), b[len(b)-1])
		}
	})
}
