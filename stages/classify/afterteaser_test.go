package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/winnowhq/winnow/corpus"
)

func TestIsOneLineTeaser(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Lee también: La EMT reorganiza cinco líneas de autobús en los Poblados", true},
		{"Lesen Sie auch: Streit um Hahnenkrähen in Sasbach", true},
		{"À lire aussi : la Cnil sanctionne un bailleur social", true},
		{"Lee también:", false},                // a heading: the teasers are under it
		{"Lee también: otra noticia", false},   // two words: no headline
		{"Tempranillo: 81 % del total", false}, // no promo cue
		{"El consejero dijo: «No habrá más retrasos en la obra»", false},
		{"延伸阅读：成都轨道交通第五期建设规划获批 新增4条线路", true},
		{"相关阅读：苏州工业园区今年新增软件企业逾300家", true},
		{"延伸阅读：", false},
		{"记者：唐思远", false},
	} {
		assert.Equal(t, tc.want, isOneLineTeaser(tc.line), "%q", tc.line)
	}
}

func TestArticleAfterTeaser(t *testing.T) {
	B, P, X, I := corpus.Body, corpus.Promo, corpus.Chrome, corpus.Bio
	prose := []string{
		"El nuevo tramo tiene 2,7 kilómetros y cuatro paradas, y los vecinos llegarán al centro en 19 minutos.",
		"Los tranvías circularán cada 10 minutos en hora punta y cada 15 minutos el resto del día, según FGV.",
		"La obra ha costado 38,6 millones de euros, casi el doble de lo presupuestado en 2014.",
	}
	teaser := "Lee también: La EMT reorganiza cinco líneas de autobús en los Poblados"
	table := []string{"Las paradas del nuevo tramo", "Parada Conexión Tiempo", "Moreres Autobús 19 9 min", "Oltà Carril bici 11 min"}
	tests := []passCase{
		{
			name:  "a subheading and a table under a one-line teaser, the article going on",
			lines: append(append([]string{prose[0], teaser}, table...), "Publicidad", prose[1], prose[2]),
			in:    []corpus.Label{B, P, P, P, P, P, X, B, B},
			want:  []corpus.Label{B, P, B, B, B, B, X, B, B},
		},
		{
			name:  "the teaser's headline wrapped onto a word of its own",
			lines: append(append([]string{prose[0], teaser, "Marítimos"}, table...), prose[1], prose[2]),
			in:    []corpus.Label{B, P, P, P, P, P, P, B, B},
			want:  []corpus.Label{B, P, P, B, B, B, B, B, B},
		},
		{
			name:  "the article ends under the run: teasers stay promo",
			lines: append(append([]string{prose[0], teaser}, table...), "Impressum", "Datenschutz"),
			in:    []corpus.Label{B, P, P, P, P, P, X, X},
			want:  []corpus.Label{B, P, P, P, P, P, X, X},
		},
		{
			name:  "a teaser heading with teasers under it stays promo",
			lines: []string{prose[0], "Lee también:", "La EMT reorganiza cinco líneas", "El Turia amplía su carril bici", prose[1], prose[2]},
			in:    []corpus.Label{B, P, P, P, B, B},
			want:  []corpus.Label{B, P, P, P, B, B},
		},
		{
			name:  "no article above the teaser",
			lines: append(append([]string{"Portada", "Movilidad", teaser}, table...), prose[1], prose[2]),
			in:    []corpus.Label{X, X, P, P, P, P, P, B, B},
			want:  []corpus.Label{X, X, P, P, P, P, P, B, B},
		},
		{
			name: "the rest of the article under the teaser, its author box under it",
			lines: []string{prose[0], teaser, "Diese Filialen sollen schließen",
				"Nach dem Sanierungsplan sollen 14 Standorte bis Ende Februar schließen:", "Kassel 6 31.01.2027",
				"Die Backstube mit rund 60 Beschäftigten bleibt erhalten.", "Anzeige",
				"Die Löhne sind über das Insolvenzgeld der Bundesagentur für Arbeit gesichert.",
				"Emmerich wies das zurück: Der Betriebsrat sei seit einer Woche eingebunden.",
				"Über die Autorin", "Schlagwörter: Insolvenz, Kassel"},
			in:   []corpus.Label{B, P, P, P, P, B, X, P, P, I, X},
			want: []corpus.Label{B, P, B, B, B, B, X, B, B, I, X},
		},
		{
			name:  "a list of other stories under the article stops the run",
			lines: []string{prose[0], teaser, "Las paradas del nuevo tramo", prose[1], "Lo más leído", "1. Así será la Falla municipal de 2027", prose[2], prose[2]},
			in:    []corpus.Label{B, P, P, B, P, P, B, B},
			want:  []corpus.Label{B, P, P, B, P, P, B, B},
		},
		{
			name: "a Chinese article's list the model called chrome, under a teaser it called bio",
			lines: []string{"据成都轨道交通集团介绍，35号线一期全长约21.6公里，均为地下线，共设车站12座。",
				"延伸阅读：成都轨道交通第五期建设规划获批 新增4条线路", "沿线车站一览", "35号线一期自东向西依次为：",
				"西博城站（可换乘6号线、18号线）", "广告", "记者在开通首日体验发现，从西博城站到双流西站全程约需38分钟。",
				"为方便乘客出行，公交部门同步调整了沿线7条公交线路，新开两条接驳线。"},
			in:   []corpus.Label{B, I, X, X, X, X, B, B},
			want: []corpus.Label{B, I, B, B, B, X, B, B},
		},
		{
			name: "a Chinese table the model called bio and chrome",
			lines: []string{"对于利润下滑，公司在报告中解释称，主要原因是储能电池价格持续下跌。", "相关阅读：储能电芯均价跌破0.3元/Wh 行业洗牌加速",
				"主要财务数据", "营业收入 86.4亿元 +7.9%", "广告", "值得注意的是，公司海外业务表现亮眼。", "公司董事会秘书陆晓岚在接受记者采访时表示，价格竞争仍将持续。"},
			in:   []corpus.Label{B, P, I, X, X, B, B},
			want: []corpus.Label{B, P, B, B, X, B, B},
		},
		{
			name:  "a caption under an English teaser stays chrome",
			lines: []string{prose[0], "Read more: Plague of mosquitos to devastate Britain as hurricane hits", "Plague can be easily vaccinated (Image: GETTY)", prose[1], prose[2]},
			in:    []corpus.Label{B, P, X, B, B},
			want:  []corpus.Label{B, P, X, B, B},
		},
	}
	runPassCases(t, tests, articleAfterTeaser)
}
