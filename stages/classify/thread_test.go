package classify

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestIsRelativeTime(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"2 days ago at 07:54 am", true},
		{"1 hour ago", true},
		{"an hour ago", true},
		{"Posted 4 mins ago", true},
		{"vor 3 Stunden", true},
		{"hace 2 horas", true},
		{"il y a 5 h", true},
		{"2 godz. temu", true},
		{"Bu Yanti Mertoyudan · 3 jam lalu", true},
		{"2 jam yang lalu", true},
		{"3 giờ trước", true},
		{"před 3 hodinami", true},
		{"incirci_ahmet - 3 saat önce", true},
		{"Dan B. · acum 2 ore", true},
		{"3 часа назад", true},
		{"för 3 timmar sedan", true},
		{"3 tuntia sitten", true},
		{"for 3 hours", false},
		{"Jam 3", false},
		{"3 ore fa", true},
		{"5 uur geleden", true},
		{"almenarense_desde_1987 · hace 2 horas", true},
		{"3小时前", true},
		{"45分钟前", true},
		{"Yesterday", true},
		{"Nov. 22, 2026", false},
		{"14:20", false},
		{"2 days", false},
		{"Three years ago the council decided to close the pool.", false},
		{"Vor 3 Stunden hat die Polizei die Straße gesperrt.", false},
		{"以前", false},
		{"vor 1 Std.", true},
		{"3 小时前", true},
		{"Posté il y a 2 jours", true},
		{"Anna - 3 hours ago", true},
		{"a 5 días", false},
		{"y 3 años", false},
		{"About 2 hours", false},
		{"over 3 years", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isRelativeTime(tt.text), tt.text)
	}
}

func TestCommentThread(t *testing.T) {
	article := prose[:4]
	thread := []string{
		"Woyzeck", "2 days ago at 07:52 am", "It's good to see Apple move on from that keyboard at last.", "Rating: 36 Votes",
		"Nick A", "2 days ago at 07:47 am", "I think we'll see similar updates to what the 16-inch received.", "Rating: 25 Votes",
		"fmcshan", "2 days ago at 07:50 am", "It would be nice if Apple switched to a 14-inch model.", "Rating: 17 Votes",
	}
	lines := append(append(append([]string{}, article...), "Comments (167)"), thread...)
	lines = append(lines, "Privacy Policy")
	in := []corpus.Label{lBody, lBody, lBody, lBody, lPromo}
	want := []corpus.Label{lBody, lBody, lBody, lBody, lComment}
	for range 3 {
		in = append(in, lPromo, lChrome, lBody, lChrome)
		want = append(want, lComment, lComment, lComment, lComment)
	}
	in, want = append(in, lChrome), append(want, lChrome)

	teasers := []string{
		"What made Joker so popular at the box office", "Madeline Fry", "Wednesday November 20, 2019", "Joker killed at the box office.",
		"Democrats still have not delivered the goods on impeachment", "Jenna Ellis", "Tuesday November 19, 2019", "People are still waiting for Democrats to deliver.",
		"First UK election debate was a total shambles", "Tom Rogan", "Tuesday November 19, 2019", "The first leaders debate on Tuesday was a shambles.",
	}
	teaserIn := append([]corpus.Label{lBody, lBody, lBody, lBody}, make([]corpus.Label, len(teasers))...)
	for i := 4; i < len(teaserIn); i++ {
		teaserIn[i] = lPromo
	}
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{name: "a thread under the article", lines: lines, in: in, want: want},
		{name: "a list of other stories with authors and dates", lines: append(append([]string{}, article...), teasers...), in: teaserIn, want: teaserIn},
		{name: "a live blog with relative stamps is the article", lines: append(append([]string{}, article...),
			"2 hours ago", "Die Feuerwehr meldet, dass der Brand unter Kontrolle ist.",
			"3 hours ago", "Die Polizei hat die Straße in beide Richtungen gesperrt.",
			"4 hours ago", "Anwohner berichten von dichtem Rauch über dem Hafen.",
			"5 hours ago", "Ein Großbrand ist am Morgen in einer Lagerhalle ausgebrochen."),
			in:   []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lBody, lChrome, lBody, lChrome, lBody, lChrome, lBody},
			want: []corpus.Label{lBody, lBody, lBody, lBody, lChrome, lBody, lChrome, lBody, lChrome, lBody, lChrome, lBody}},
		{name: "a timeline inside the article is the article", lines: append(append([]string{}, article...),
			"Erste Warnung", "12. März 2024", "Das Umweltamt warnt vor belastetem Grundwasser.",
			"Zweite Probe", "3. Mai 2024", "Die zweite Probe bestätigt die Werte.",
			"Sanierung", "9. Juli 2024", "Die Stadt beginnt mit der Sanierung."),
			in:   []corpus.Label{lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody},
			want: []corpus.Label{lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody, lBody}},
		{name: "two stamps are not a thread", lines: append(append([]string{}, article...), thread[:8]...),
			in:   []corpus.Label{lBody, lBody, lBody, lBody, lPromo, lChrome, lBody, lChrome, lPromo, lChrome, lBody, lChrome},
			want: []corpus.Label{lBody, lBody, lBody, lBody, lPromo, lChrome, lBody, lChrome, lPromo, lChrome, lBody, lChrome}},
		{name: "two stamps under a comment heading are a thread", lines: append(append(append([]string{}, article...), "Comments (64)"), thread[:8]...),
			in:   []corpus.Label{lBody, lBody, lBody, lBody, lPromo, lPromo, lChrome, lBody, lChrome, lPromo, lChrome, lBody, lChrome},
			want: []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment}},
		{name: "two stamps under a heading and a login prompt are a thread", lines: append(append([]string{}, article...),
			"Réactions (11)", "Connectez-vous ou créez un compte pour réagir",
			"Papa_de_Planoise", "il y a 2 heures", "Enfin ! On le demande depuis des années.", "J'aime (8) · Répondre",
			"Sylvie.M", "il y a 1 heure", "Et qui garde les enfants le mercredi matin ?", "J'aime (5) · Répondre"),
			in:   []corpus.Label{lBody, lBody, lBody, lBody, lComment, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo},
			want: []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment}},
		{name: "a thread above the article opens nothing", lines: append(append([]string{}, thread...), article...),
			in:   append(append([]corpus.Label{}, want[5:17]...), lBody, lBody, lBody, lBody),
			want: append(append([]corpus.Label{}, want[5:17]...), lBody, lBody, lBody, lBody)},
	}
	// xk-en-1's shape: a list of other stories with ages, a newsletter box,
	// then the comment section's heading and a thread with ages short.
	more := []string{"More from News", "Hospital car park charges to rise by 20p an hour", "2 hours ago",
		"Canal basin pub reopens after refurbishment", "Yesterday", "Get the morning briefing in your inbox.", "Sign up",
		"41 comments", "trainspotter_88 · 5h", "Does the noise cancelling do anything about wind at all?", "Reply · Like 6",
		"Devika Rao (Author) · 4h", "There's a wind-reduction mode in the app and it helps a bit.", "Reply · Like 11",
		"Mr_K · 3h", "Far too dear for what it is, in my view.", "Reply · Like 2"}
	moreIn := []corpus.Label{lBody, lBody, lBody, lBody, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo,
		lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lChrome}
	moreWant := append(append([]corpus.Label{}, moreIn[:11]...), lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment)
	tests = append(tests, struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{name: "stories with ages above the heading stay out of the thread", lines: append(append([]string{}, article...), more...), in: moreIn, want: moreWant})
	// xl-nl-1's shape: reply bars of four words or more above each stamp
	// (a teaser's headline has that shape), then a footer's short lines
	// above its first line with a cue.
	nl := []string{"Reacties (3)", "Marieke · 2 uur geleden", "Wat een leuk idee! Mijn dochter wil al lang leren fietsen.", "Reageer · 8 vind-ik-leuks",
		"Gerrit van Dalfsen · 1 uur geleden", "Hopelijk redden ze het. Die straat heeft al veel zien komen.", "Reageer · 4 vind-ik-leuks",
		"Sanne Kuipers · 50 minuten geleden", "@Marieke Op woensdagmiddag hebben ze een kinderuur.", "Reageer · 5 vind-ik-leuks",
		"Over ons", "Colofon", "Privacy policy"}
	nlIn := []corpus.Label{lBody, lBody, lBody, lBody, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lPromo, lChrome, lChrome, lChrome}
	nlWant := []corpus.Label{lBody, lBody, lBody, lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lChrome, lChrome, lChrome}
	tests = append(tests, struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{name: "reply bars are no teasers' headlines, and the footer stays out", lines: append(append([]string{}, article...), nl...), in: nlIn, want: nlWant})
	above := &tests[len(tests)-3] // "a thread above the article opens nothing"
	above.in = append([]corpus.Label{lPromo, lChrome, lBody, lChrome, lPromo, lChrome, lBody, lChrome, lPromo, lChrome, lBody, lChrome}, lBody, lBody, lBody, lBody)
	above.want = above.in
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, commentThread))
		})
	}
}

// TestShapeTestsDoNotAllocate pins the passes' line tests to no allocation
// per line: they run on every short line of every page.
func TestIsReplyBar(t *testing.T) {
	tests := []struct {
		text           string
		bar, commentsh bool
	}{
		{"Reply · Like 6", true, true},
		{"J'aime (7) · Répondre", true, true},
		{"Reageer · 8 vind-ik-leuks", true, true},
		{"Antworten | 9 Gefällt mir", true, true},
		{"回复 · 赞(45)", true, true},
		{"回复 赞 36", true, true},
		{"Reply 3", true, true},
		{"Die Debatte um das Tempolimit geht weiter", false, false},
		{"返信 いいね 4", true, true},
		{"回复 网友的评论很有道理", false, true},
		{"赞 36", false, false},
		{"Weitere Kommentare laden", false, true},
		{"Kidderminster hospital car park charges to rise · 2 hours ago", false, false},
		{"Over ons · Colofon · Privacyverklaring", false, false},
		{"Contact", false, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.bar, isReplyBar(tt.text), tt.text)
		assert.Equal(t, tt.commentsh, commentish(tt.text), tt.text)
	}
}

func TestIsNamedAge(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"trainspotter_88 · 5h", true},
		{"Devika Rao (Author) · 4h", true},
		{"Mr_K | 3 d", true},
		{"Anna · 12 min", true},
		{"5h", false},             // no reader's name
		{"· 5h", false},           // no reader's name
		{"Reply · Like 6", false}, // a count of likes
		{"Anna · 2026", false},    // a year
		{"Anna · 5 hours", false}, // isRelativeTime's, with its marker
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isNamedAge(tt.text), tt.text)
	}
}

func TestShapeTestsDoNotAllocate(t *testing.T) {
	lines := []string{"3 小时前", "almenarense_desde_1987 · hace 2 horas", "2 days ago at 07:54 am",
		"Wesertals Emre Yıldız (M.) jubelt nach seinem Siegtreffer. Foto: Jens Hartwig/dpa", "Zaloguj się | Kup Premium za 1 zł"}
	allocs := testing.AllocsPerRun(20, func() {
		for _, l := range lines {
			isRelativeTime(l)
			hasCreditTail(l)
			hasCapsCredit(l)
			hasClock(l)
			isTrail(l)
			isSubscribeLine(l)
		}
	})
	assert.Zero(t, allocs)
}

// isRelativeTimeReference is isRelativeTime as it was before its early
// rejections (a separator's last byte, the first two bytes): the reference
// TestIsRelativeTimeMatchesReference compares it with.
func isRelativeTimeReference(text string) bool {
	if len(text) > 80 {
		return false
	}
	for _, sep := range [...]string{"·", "|", " - ", " – "} {
		if k := strings.LastIndex(text, sep); k >= 0 {
			text = text[k+len(sep):]
		}
	}
	text = strings.TrimSpace(text)
	if isCJKRelative(text) {
		return true
	}
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, "", 8)
	if !ok {
		return false
	}
	if relativeSingles[string(b)] {
		return true
	}
	count, unit, article := false, false, false
	marker := bytes.Contains(b, []byte("il y a"))
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			break
		}
		w = bytes.TrimRight(w, ".,")
		switch {
		case allDigits(w) && len(w) <= 3:
			if count {
				return false
			}
			count = true
		case !unit && (count || article) && relativeUnits[string(w)]:
			count, unit = true, true
		case string(w) == "a" || string(w) == "an" || string(w) == "one":
			article = true
		case relativeWords[string(w)]:
			marker = true
		case relativeFillers[string(w)]:
		case unit && (string(w) == "at" || isClockWord(w) || string(w) == "am" || string(w) == "pm"):
		default:
			return false
		}
	}
	return count && unit && marker
}

// TestIsRelativeTimeMatchesReference compares isRelativeTime with
// isRelativeTimeReference on random lines made of the words of relative
// stamps (every unit, marker, filler and single, in upper and lower case),
// separators, white space of every kind, runes that fold to ASCII, and
// random ASCII.
func TestIsRelativeTimeMatchesReference(t *testing.T) {
	var pieces []string
	for _, m := range []map[string]bool{relativeUnits, relativeWords, relativeFillers, relativeSingles} {
		for w := range m {
			pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	pieces = append(pieces, "il y a", "a", "An", "one", "at", "07:54", "16h35", "am", "PM", "3", "45", "2019", "·", "|", " - ",
		" – ", " ", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", ".", ",", "’", "K", "İ", "前", "小时", "3小时前",
		"Nick A", "Gaston64", "x", "é", "\xff")
	rng := rand.New(rand.NewPCG(11, 12))
	positives := 0
	for n := 0; n < 300000; n++ {
		var sb strings.Builder
		for k := rng.IntN(7); k >= 0; k-- {
			switch rng.IntN(4) {
			case 0:
				sb.WriteByte(byte(rng.IntN(128)))
			case 1:
				sb.WriteByte(' ')
				fallthrough
			default:
				sb.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		s := sb.String()
		if isRelativeTimeReference(s) {
			positives++
		}
		if got, want := isRelativeTime(s), isRelativeTimeReference(s); got != want {
			t.Fatalf("isRelativeTime(%q) = %v, the reference says %v", s, got, want)
		}
	}
	if positives < 1000 {
		t.Fatalf("only %d of the random lines are relative stamps", positives)
	}
	t.Logf("%d relative stamps", positives)
}

// TestHasSubscribeStart checks the bit set of subscribeLines' first two
// bytes against the lines, for every pair of bytes.
func TestHasSubscribeStart(t *testing.T) {
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			want := false
			for l := range subscribeLines {
				want = want || l[0] == byte(a) && l[1] == byte(b)
			}
			if got := hasSubscribeStart(byte(a), byte(b)); got != want {
				t.Fatalf("hasSubscribeStart(%#x, %#x) = %v, want %v", a, b, got, want)
			}
		}
	}
}
