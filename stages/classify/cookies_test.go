package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestCookieNotices(t *testing.T) {
	B, P, X := corpus.Body, corpus.Promo, corpus.Chrome
	prose := "Ta strona to lokalny portal informacyjny, który od lat opisuje życie miasta i regionu."
	for _, tc := range []struct {
		name    string
		lines   []string
		in, out []corpus.Label
	}{
		{"a cookie banner the model took for body", []string{"Ta strona korzysta z plików cookie. Dalsze korzystanie oznacza zgodę.", "Akceptuję", prose, prose},
			[]corpus.Label{B, X, B, B}, []corpus.Label{X, X, B, B}},
		{"a cookie settings link in the footer", []string{prose, "Newsletter", "Gestion des cookies"},
			[]corpus.Label{B, P, P}, []corpus.Label{B, P, X}},
		{"an article about cookies keeps its paragraphs", []string{prose, "Strony internetowe używają plików cookie, by śledzić czytelników.", prose},
			[]corpus.Label{B, B, B}, []corpus.Label{B, B, B}},
		{"a cookie banner's buttons", []string{"Nous utilisons des cookies.", "Accepter Refuser Paramétrer", prose},
			[]corpus.Label{X, B, B}, []corpus.Label{X, X, B}},
		{"a reader's \"I agree\" in a thread is no button", []string{prose, "Komentarze (3)", "Zgadzam się", "I agree", "Ta strona używa plików cookies."},
			[]corpus.Label{B, corpus.Comment, corpus.Comment, corpus.Comment, B}, []corpus.Label{B, corpus.Comment, corpus.Comment, corpus.Comment, X}},
		{"buttons far from any cookie notice are left alone", []string{"Accepter Refuser", prose, prose, prose, prose, "Nous utilisons des cookies."},
			[]corpus.Label{P, B, P, B, B, B}, []corpus.Label{P, B, P, B, B, X}},
		{"a teaser about cookies at a museum is no notice", []string{prose, "Girl Scout cookies go on sale at the museum this weekend", "Police seize 200 kilos of cookies at the border"},
			[]corpus.Label{B, P, P}, []corpus.Label{B, P, P}},
		{"edible cookies are no notice", []string{prose, "The story behind the first batch of cookies in space and the first zero-gravity oven"},
			[]corpus.Label{B, P}, []corpus.Label{B, P}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.out, labelled(t, tc.lines, tc.in, cookieNotices))
		})
	}
}

func TestMentionsCookies(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Gestion des COOKIES", true},
		{"本網站使用Cookie以提供更好的瀏覽體驗", true},
		{"Używamy ciasteczek", true},
		{"cook", false},
		{"Cookbook of the year", false},
		{"当サイトでは利便性向上のためクッキーを使用しています。", true},
		{"이 사이트는 서비스 개선을 위해 쿠키를 사용합니다.", true},
		{"Rookie of the year", false},
		{"ookie", false},
	} {
		assert.Equal(t, tc.want, mentionsCookies(tc.text), tc.text)
	}
}

func TestIsConsentButtons(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Accepter Refuser Paramétrer", true},
		{"Zgadzam się", true},
		{"(BUTTON) Tout accepter (BUTTON) Continuer sans accepter", true},
		{"Alle akzeptieren Einstellungen", true},
		{"동의 설정", true},
		{"Einstellungen", false}, // no accepting button
		{"Accept the verdict", false},
		{"OK Computer", false},
	} {
		assert.Equal(t, tc.want, isConsentButtons(tc.text), tc.text)
	}
}
