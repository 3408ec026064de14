package classify

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Author boxes the twenty-third session's passes read (authorbox.go).

func TestNamedAuthorBoxTakesALoneBodySentence(t *testing.T) {
	B, I, P, X := lBody, lBio, lPromo, lChrome
	lines := []string{
		"The district will vote on the new plan in March, officials said.",
		"business challenges, business journey",
		"Tamsin Okafor",
		"Tamsin Okafor is an online educator, author and keynote speaker, and the founder of a design studio.",
		"Pick your free workshop topic and let's do this!",
	}
	assert.Equal(t, []corpus.Label{B, X, I, I, P}, labelled(t, lines, []corpus.Label{B, X, P, B, P}, namedAuthorBox))
	// A body sentence in a run of body is the article's: a profile.
	assert.Equal(t, []corpus.Label{B, X, P, B, B}, labelled(t, lines, []corpus.Label{B, X, P, B, B}, namedAuthorBox))
	// The box of a lone body sentence starts at the name right above it,
	// not at a button's word above that ("Apuntarme", sign me up).
	lines2 := []string{lines[0], "Apuntarme", "Tamsin Okafor", lines[3], lines[4]}
	assert.Equal(t, []corpus.Label{B, P, I, I, P}, labelled(t, lines2, []corpus.Label{B, P, X, B, P}, namedAuthorBox))
}

func TestNamedAuthorBoxNamesTheAuthorAfterTheTrade(t *testing.T) {
	B, I, P, X := lBody, lBio, lPromo, lChrome
	lines := []string{
		"The deal still needs the approval of regulators in Brussels.",
		"Delphine Arkwright",
		"Follow Us",
		"twitter",
		"email",
		"Award-winning journalist Delphine Arkwright writes a weekly column on business and the economy.",
		"More From the Times",
	}
	assert.Equal(t, []corpus.Label{B, I, I, I, I, I, P}, labelled(t, lines, []corpus.Label{B, P, P, X, X, P, P}, namedAuthorBox))
	for s, want := range map[string]bool{
		"Award-winning journalist Delphine Arkwright writes a weekly column.":          true,
		"Veteran reporter Delphine Arkwright has covered the courts for a decade.":     true,
		"Police said Delphine Arkwright was found at her home on Tuesday afternoon.":   false,
		"The journalist Delphine Arkwright told the court that she had been followed.": false,
	} {
		assert.Equal(t, want, startsWithName(s, "Delphine Arkwright"), s)
	}
}

func TestAboutTheAuthorBoxOfNameRoleAndLinks(t *testing.T) {
	B, I, X := lBody, lBio, lChrome
	lines := []string{
		"The probe would reach the moon's orbit in 2030.",
		"About the author",
		"Oren Vasquez",
		"Science writer at Skyward and amateur astronomer",
		"Email Twitter Posts",
		"Share",
		"Tweet",
	}
	assert.Equal(t, []corpus.Label{B, I, I, I, I, X, X}, labelled(t, lines, []corpus.Label{B, I, X, X, X, X, X}, aboutBox))
	// Under another "About" heading, a name line is no box: a footer's
	// "About us / Contact".
	lines2 := []string{lines[0], "About us", "Contact Us", "Privacy Policy"}
	assert.Equal(t, []corpus.Label{B, X, X, X}, labelled(t, lines2, []corpus.Label{B, X, X, X}, aboutBox))
	// Nor is a tag list under the author's name.
	lines3 := []string{lines[0], "ABOUT THE AUTHOR", "Laura Winter", "Science & Technology", "United States"}
	assert.Equal(t, []corpus.Label{B, I, I, X, X}, labelled(t, lines3, []corpus.Label{B, I, X, X, X}, aboutBox))
}

func TestAboutMeUnderTheCommentForm(t *testing.T) {
	B, I, C, P := lBody, lBio, lComment, lPromo
	lines := []string{
		"Spoon the jam into warm jars and seal them.",
		"Notify me via e-mail if anyone answers my comment.",
		"About me",
		"Hi there! I'm Tessaly.",
		"Thank you for stopping by! My name is Tessaly and I live in Vermont with my husband and our two dogs.",
		"Popular posts",
	}
	assert.Equal(t, []corpus.Label{B, C, I, I, I, P}, labelled(t, lines, []corpus.Label{B, C, C, C, C, P}, aboutBox))
	// A longer line that starts "About" in the thread is a comment.
	lines[2] = "About time they fixed the road"
	assert.Equal(t, []corpus.Label{B, C, C, C, C, P}, labelled(t, lines, []corpus.Label{B, C, C, C, C, P}, aboutBox))
}

func TestShareBarOfButtonsBetweenSpaces(t *testing.T) {
	for s, want := range map[string]bool{
		"WhatsApp Facebook X Copiar enlace":                true,
		"Facebook Twitter Pinterest Email":                 true,
		"facebook twitter print email":                     true,
		"WhatsApp Drucken":                                 true,
		"Facebook Instagram":                               false, // the site's own profiles, perhaps
		"Facebook Twitter Pinterest and more":              false,
		"分享：微信 微博 复制链接":                                    true, // a lead, read as before
		"Comparte esta noticia con tus amigos de Facebook": false,
	} {
		assert.Equal(t, want, isShareBar(s), s)
	}
}

// cjkMenuReference is cjkMenu as it was before it counted the parts as
// they come: TestCJKMenuMatchesReference compares the two.
func cjkMenuReference(s string) bool {
	items := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '｜' })
	if len(items) == 2 {
		return slices.Contains(cjkChromeLines, strings.TrimSpace(items[0])) && slices.Contains(cjkChromeLines, strings.TrimSpace(items[1]))
	}
	if len(items) < 3 {
		items = strings.Split(s, " - ")
	}
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if utf8.RuneCountInString(strings.TrimSpace(it)) > 8 {
			return false
		}
	}
	return true
}

func TestCJKMenuMatchesReference(t *testing.T) {
	pieces := []string{"首页", "关于我们", "联系我们", "隱私權政策", "關於我們", "记者在现场看到很多人在排队", " | ", "｜", " - ", "-", " ", "|", "民生", "a", ""}
	rng := rand.New(rand.NewPCG(23, 1))
	agree, menus := 0, 0
	for n := 0; n < 50000; n++ {
		var sb strings.Builder
		for k := rng.IntN(8); k > 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		got, want := cjkMenu(s), cjkMenuReference(s)
		require.Equal(t, want, got, "%q", s)
		agree++
		if got {
			menus++
		}
	}
	require.Greater(t, menus, 1000, "the random lines hardly hold menus")
	t.Logf("%d lines, %d menus", agree, menus)
}

func TestCommentsAboveArticle(t *testing.T) {
	B, I, X, C := lBody, lBio, lChrome, lComment
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	lines := []string{
		"Rekord trasy w Biegu Leśnym. Kamil Szymanek szybszy o 40 sekund",
		"Szósta edycja biegu wokół zalewu w Janowie Lubelskim przyciągnęła 640 zawodników.",
		"Piotr Kusiak",
		"13.09.2026 19:45",
		"Kamil Szymanek od pierwszego kilometra narzucił mocne tempo na leśnej trasie.",
		"Komentarze (2)",
		"biegacz_z_lasu · 13.09.2026, 20:11",
		"Świetna organizacja, tylko na ostatnim punkcie zabrakło wody dla wszystkich.",
	}
	run := func(in []corpus.Label) []corpus.Label {
		ps := make([]corpus.Paragraph, len(lines))
		for i, l := range lines {
			ps[i] = corpus.Paragraph{Text: l, Block: i}
		}
		fs, _ := x.Document(ps, nil, nil)
		out := make([]Scored, len(in))
		rules := make([]Scored, len(in))
		for i, l := range in {
			out[i] = Scored{Label: l}
			rules[i] = Scored{Label: C} // the rules saw a thread too
		}
		commentsAboveArticle(ps, fs, rules, out)
		got := make([]corpus.Label, len(out))
		for i, o := range out {
			got[i] = o.Label
		}
		return got
	}
	assert.Equal(t, []corpus.Label{B, B, I, X, B, C, C, C}, run([]corpus.Label{B, C, C, C, B, C, C, C}))
	// Without a comment heading under the article, nothing moves.
	lines[5] = "Więcej o sporcie"
	assert.Equal(t, []corpus.Label{B, C, C, C, B, X, C, C}, run([]corpus.Label{B, C, C, C, B, X, C, C}))
	// Without a stamp the model read as a comment's, prose goes back only
	// between body lines; a credit is chrome all the same.
	lines[5] = "Komentarze (2)"
	lines[3] = "Meta biegu nad zalewem. Fot. Piotr Kusiak"
	assert.Equal(t, []corpus.Label{B, B, I, X, B, C, C, C}, run([]corpus.Label{B, C, C, C, B, C, C, C}))
	assert.Equal(t, []corpus.Label{X, C, C, X, B, C, C, C}, run([]corpus.Label{X, C, C, C, B, C, C, C}))
	lines[3] = "13.09.2026 19:45"
	// A run without prose (a comment counter under the byline) stays.
	lines[1] = "2 komentarze"
	assert.Equal(t, []corpus.Label{B, C, I, X, B, C, C, C}, run([]corpus.Label{B, C, I, X, B, C, C, C}))
}
