package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/winnowhq/winnow/corpus"
)

func TestIsTableRule(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"------- -------------------------- -------------------------------", true},
		{"--- ---", true},
		{"-------------------------------", false}, // one run: a separator
		{"-- --- ---", false},
		{"--- --- x", false},
		{"- Morbier : des ventes stables", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, isTableRule(tc.line), "%q", tc.line)
	}
}

func TestRuleTables(t *testing.T) {
	B, P, C, X := corpus.Body, corpus.Promo, corpus.Comment, corpus.Chrome
	prose := "« On vend tout ce qu'on produit, et on le vend mieux », résume le président de la coopérative."
	page := func(lines ...string) []corpus.Paragraph {
		// The table (lines 2 to 5) is a block of its own.
		ps := lynxLines(lines...)
		for i := range ps {
			switch {
			case i >= 2 && i <= 5:
				ps[i].Block = 2
			case i > 5:
				ps[i].Block = i
			}
		}
		return ps
	}
	table := []string{"Année Prix de base (€/1 000 l)", "------- --------------------------", "2023 628", "2024 641"}
	for _, tc := range []struct {
		name    string
		lines   []string
		in, out []corpus.Label
	}{
		{"a table inside the article", append(append([]string{prose, "Le prix du lait depuis cinq ans"}, table...), "Publicité", prose),
			[]corpus.Label{B, P, P, C, C, C, X, B}, []corpus.Label{B, P, B, B, B, B, X, B}},
		{"a table under the article", append(append([]string{prose, "Autoplay: ON"}, table...), "Mentions légales", "© 2026"),
			[]corpus.Label{B, P, X, X, C, C, X, X}, []corpus.Label{B, P, X, X, C, C, X, X}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := make([]Scored, len(tc.in))
			for i, l := range tc.in {
				out[i] = Scored{Label: l}
			}
			ruleTables(page(tc.lines...), out)
			got := make([]corpus.Label, len(out))
			for i, o := range out {
				got[i] = o.Label
			}
			assert.Equal(t, tc.out, got)
		})
	}
}

func TestBarTables(t *testing.T) {
	B, P, C, X := corpus.Body, corpus.Promo, corpus.Comment, corpus.Chrome
	prose := "拍卖中心市场部负责人杨国栋表示，每年12月是鲜切花的传统旺季。"
	table := []string{"品种 | 均价（元/枝） | 环比", "红玫瑰 | 1.60 | +48%", "康乃馨 | 0.72 | +15%", "百合 | 3.10 | +22%"}
	for _, tc := range []struct {
		name    string
		lines   []string
		in, out []corpus.Label
	}{
		{"a table inside the article, announced by a colon", append(append([]string{prose, "相关阅读：斗南花市夜市延长营业", "本周主要品种拍卖均价如下："}, table...), "广告", prose),
			[]corpus.Label{B, P, P, X, X, X, X, X, B}, []corpus.Label{B, P, B, B, B, B, B, X, B}},
		{"Python html2text's rows", []string{prose, "Miejsce| Jacht| Punkty", "---|---|---", "1| Bielik| 7", "2| Szkwał| 11", prose},
			[]corpus.Label{B, X, X, C, C, B}, []corpus.Label{B, B, B, B, B, B}},
		{"a table under the article", append(append([]string{prose, "Autoplay: ON"}, table...), "Mentions légales", "© 2026"),
			[]corpus.Label{B, P, X, X, X, X, X, X}, []corpus.Label{B, P, X, X, X, X, X, X}},
		{"a menu has no digits", []string{prose, "Impressum | Datenschutz | Kontakt", "Über uns | Jobs | Presse", "Mediadaten | AGB | Hilfe", prose},
			[]corpus.Label{B, X, X, X, B}, []corpus.Label{B, X, X, X, B}},
		{"two rows are no table", []string{prose, "红玫瑰 | 1.60 | +48%", "百合 | 3.10 | +22%", prose},
			[]corpus.Label{B, X, X, B}, []corpus.Label{B, X, X, B}},
		{"Markdown rows are markdownTables'", []string{prose, "| a | 1 |", "| b | 2 |", "| c | 3 |", prose},
			[]corpus.Label{B, X, X, X, B}, []corpus.Label{B, X, X, X, B}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.out, labelled(t, tc.lines, tc.in, barTables))
		})
	}
}
