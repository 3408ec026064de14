package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestIsStampLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Villarrasa, 27/11/2026 - 14:05h", true},
		{"Castellar - 16 nov 2026 - 11:05 CET", true},
		{"02.12.2026 · 16:30 Uhr · 4 Min. Lesezeit", true},
		{"Almería, 01/12/2026 - 20:15h. Actualizado: 02/12/2026 - 08:00h", true},
		{"02 dec. 2026 om 06:00 · Leestijd 3 minuten", true},
		{"02 dez 2026, 09:15", true},
		{"18 Nov 2026 · 9 min read", true},
		{"Agnieszka Kowal, 10 czerwca 2024", false}, // a byline: a name and a date
		{"Villarrasa", false},                       // no date
		{"Bilbao, Vitoria, San Sebastián", false},
		{"El pleno aprobó el 27/11/2026 la nueva ordenanza de terrazas", false},
		{"Ponferrada, 01/12/2026 - 13:20h, por Itziar Manzanedo", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isStampLine(tt.text), tt.text)
	}
}

func TestIsShareBar(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Teilen · Drucken · Merken", true},
		{"Compartir | Guardar | Comentar", true},
		{"Udostępnij | Skomentuj", true},
		{"Skopiuj link", true},
		{"打印本页", true},
		{"Facebook · X · WhatsApp", true},
		{"Reply · Like 6", false},
		{"Politik · Wirtschaft · Sport", false},
		{"Teilen Sie Ihre Meinung mit uns", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isShareBar(tt.text), tt.text)
	}
}

func TestLineFurnitureDatelinesAndShareBars(t *testing.T) {
	B, I, X := corpus.Body, corpus.Bio, corpus.Chrome
	lines := []string{"Betrug mit Solaranlagen: Vier Jahre Haft für Bremer Unternehmer", "Von Merle Ostendorf",
		"Bremen, 02.12.2026 · 16:30 Uhr · 4 Min. Lesezeit", "Teilen · Drucken · Merken", prose[0], prose[1]}
	got := labelled(t, lines, []corpus.Label{B, I, I, I, B, B}, lineFurniture)
	assert.Equal(t, []corpus.Label{B, I, X, X, B, B}, got)
}

func TestStampAndShareTestsDoNotAllocate(t *testing.T) {
	lines := []string{"Almería, 01/12/2026 - 20:15h. Actualizado: 02/12/2026 - 08:00h", "Teilen · Drucken · Merken",
		"J'aime (7) · Répondre", "Lucía R. · hace 3 horas · Ojalá sirva para que la gente se dé cuenta.", prose[0]}
	allocs := testing.AllocsPerRun(20, func() {
		for _, l := range lines {
			isStampLine(l)
			isShareBar(l)
			isSharingBar(l)
			isReplyBar(l)
			isInlineComment(l)
			isNamedAge(l)
		}
	})
	assert.Zero(t, allocs)
}

// FuzzSessionLineShapes feeds arbitrary lines (invalid UTF-8, long lines,
// runes that change length when lower-cased) to the line tests added in the
// tenth session: none may panic, and a byline's name is a part of its line.
func FuzzSessionLineShapes(f *testing.F) {
	for _, s := range []string{"Villarrasa, 27/11/2026 - 14:05h", "Teilen · Drucken · Merken", "trainspotter_88 · 5h", "· 5h",
		"Lucía R. · hace 3 horas · Ojalá", "Par Étienne Bourdasse, le 30 novembre 2026", "（责任编辑：王启明）", "沈嘉言，本报财经记者，长期",
		"… Photo archives Le Courrier du Béarn", "İİ · 3 d", "\xff · \xfe · x y z", strings.Repeat("· ", 50), "Actualizado: "} {
		f.Add(s, "Henrike Maaßen")
	}
	f.Fuzz(func(t *testing.T, s, name string) {
		isStampLine(s)
		isShareBar(s)
		isReplyBar(s)
		isNamedAge(s)
		isInlineComment(s)
		speaksOfComments(s)
		isNamedPhoto(s)
		hasLowerWord(s)
		cjkLine(s)
		startsWithSubject(s, name)
		require.Equal(t, isProseLineRef(s), isProseLine(s), "isProseLine(%q)", s)
		startsWithNamedTrade(s, name)
		hasCapsCredit(s)
		hasCopyrightCredit(s)
		hasStrongTagHead(s)
		isMarkupLine(s)
		cjkHeading(s)
		isOneLineTeaser(s)
		isTableRule(s)
		for _, n := range bylineNames(nil, s) {
			require.Contains(t, s, n)
		}
		if n, _ := bylineName(s); n != "" {
			require.Contains(t, s, n)
		}
	})
}
