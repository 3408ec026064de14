package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestIngredientLists(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		labels string
		want   string
	}{
		{"ingredients and method under the article's start",
			[]string{prose[0], "Ingredientes (6 pessoas)", "1 pato com cerca de 2 kg", "400 g de arroz carolino", "Sal, pimenta e uma folha de louro", "Preparação", prose[1]},
			"BXCCPXB", "BBBBBBB"},
		{"a heading without the method: the list ends at the long line",
			[]string{prose[0], "Ingredients", "2 tbsp light brown sugar", "250ml dry cider", prose[1]},
			"BPCCB", "BBBBB"},
		{"no body under the list: a list of links, not a recipe",
			[]string{prose[0], "Ingredients", "Pork shoulder recipes", "Cider recipes", "Newsletter"},
			"BPPPP", "BPPPP"},
		{"above the article: left alone",
			[]string{"Zutaten", "500 g Mehl", prose[0], prose[1]},
			"XCBB", "XCBB"},
		{"above the method's steps, which the model took for the whole article",
			[]string{"Zwetschgendatschi vom Blech", "Zutaten für den Hefeteig", "500 g Mehl", "1 Würfel frische Hefe", "Für den Belag", "2 kg Zwetschgen", "Zubereitung", "1. Die Hefe in die lauwarme Milch bröckeln und zehn Minuten stehen lassen.", prose[1]},
			"XPXPXXXBB", "XBBBBBBBB"},
		{"a Japanese list, its heading in full-width brackets",
			[]string{"レンジで10分！鶏むね肉のしっとり蒸し", "材料（2人分）", "鶏むね肉……1枚（約300g）", "酒……大さじ1", "作り方", "1 鶏むね肉は皮を取り除き、厚い部分に切り込みを入れる。", prose[1]},
			"XXXXXBB", "XBBBBBB"},
		{"above the article without the method's heading: left alone",
			[]string{"Zwetschgendatschi vom Blech", "Zutaten für den Hefeteig", "500 g Mehl", "1 Würfel frische Hefe", prose[0], prose[1]},
			"XPXPBB", "XPXPBB"},
		{"far below the article: a footer's link",
			[]string{prose[0], "Menu", "Home", "News", "Sport", "Weather", "Travel", "Culture", "Food", "Money", "Jobs", "Cars", "Homes", "Ingredients", "1 cup rice", prose[1]},
			"BXXXXXXXXXXXXXCB", "BXXXXXXXXXXXXXCB"},
		{"a long heading is no heading",
			[]string{prose[0], "The ingredients that make this dish so very special", "1 cup rice", prose[1]},
			"BPCB", "BPCB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, runLinePass(t, tt.lines, tt.labels, func(ps []corpus.Paragraph, fs []features.Features, out []Scored) {
				cue := make([]int8, len(ps))
				for i := range cue {
					cue[i] = -1
				}
				ingredientLists(ps, fs, cue, out)
			}))
		})
	}
}
