package classify

import (
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A recipe's list of ingredients is part of the article (the taxonomy's
// "lists and tables that belong to it"), but its short lines of amounts
// ("400 g de arroz carolino", "2 tbsp light brown sugar") look to the model
// like the lines of a comment thread or a box of links.
const (
	// ingredientMaxWords is the longest ingredient line, in words.
	ingredientMaxWords = 14
	// ingredientMaxLines is the most lines a list of ingredients has.
	ingredientMaxLines = 60
	// ingredientReach is how far below a body paragraph the heading of
	// ingredients stands, at most: it is inside the article.
	ingredientReach = 12
	// headingMaxWords is the longest heading of ingredients or method.
	headingMaxWords = 4
)

// ingredientHeadings head a list of ingredients, folded.
var ingredientHeadings = map[string]bool{
	"ingredients": true, "ingredientes": true, "ingrédients": true, "zutaten": true, "składniki": true,
	"ingredienti": true, "ingrediënten": true, "ingredience": true, "ingrediencie": true, "ingredienser": true,
	"配料": true, "食材": true, "材料": true, "用料": true, "原料": true,
}

// methodHeadings head a recipe's method, folded.
var methodHeadings = map[string]bool{
	"method": true, "directions": true, "instructions": true, "preparation": true, "preparação": true,
	"preparo": true, "preparación": true, "elaboración": true, "zubereitung": true, "préparation": true,
	"przygotowanie": true, "preparazione": true, "procedimento": true, "bereiding": true, "postup": true,
	"做法": true, "步骤": true, "作り方": true,
}

// ingredientLists labels body a recipe's list of ingredients below the
// article's start: a heading of at most four words with a word of
// ingredientHeadings ("Ingredientes (6 pessoas)"), and the short lines
// under it (at most ingredientMaxWords words, no cue phrase) down to the
// method's heading (methodHeadings, labelled body too) or the first line
// that is none; only when the model called some line below the list body
// (the recipe goes on), and the heading is below the first body paragraph
// and within ingredientReach paragraphs under a body one, or above the
// first body paragraph with the method's heading right above it (the model
// took the method's steps for the whole article).
func ingredientLists(paras []corpus.Paragraph, fs []features.Features, cue []int8, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	for h := max(0, first-ingredientMaxLines); h < len(out); h++ {
		if h == first {
			continue
		}
		// Above the article's first body paragraph, a list counts only
		// when its method's heading stands right above that paragraph
		// (the model took the steps for the article, not the list).
		inside := h > first && bodyWithin(out, max(0, h-ingredientReach), ingredientReach)
		if fs[h].Words == 0 || fs[h].Words > headingMaxWords || h > first && !inside ||
			!headedBy(paras[h].Text, ingredientHeadings) {
			continue // most lines are longer than a heading, or far from the article: no folding for them
		}
		end := h + 1
		for end < len(out) && end-h <= ingredientMaxLines && fs[end].Words > 0 && fs[end].Words <= ingredientMaxWords &&
			cue[end] < 0 && (fs[end].Words > headingMaxWords || !headedBy(paras[end].Text, methodHeadings)) {
			end++
		}
		if end == h+1 {
			continue
		}
		method := end < len(out) && fs[end].Words <= headingMaxWords && headedBy(paras[end].Text, methodHeadings)
		below := end
		if method {
			below++
		}
		if below >= len(out) || !bodyWithin(out, below, 3) || h < first && (!method || below > first) {
			continue
		}
		last := end
		if method {
			last = end + 1
		}
		for i := h; i < last; i++ {
			if out[i].Label != corpus.Body {
				out[i] = Scored{Label: corpus.Body, Score: 0.6}
			}
		}
		h = last - 1
	}
}

// bodyWithin reports a body label among out[i:i+n].
func bodyWithin(out []Scored, i, n int) bool {
	for k := i; k < len(out) && k < i+n; k++ {
		if out[k].Label == corpus.Body {
			return true
		}
	}
	return false
}

// headedBy reports a heading of at most four words (brackets aside) one of
// whose words is in words: "Ingredients", "Ingredientes (6 pessoas)",
// "Zutaten für 4 Personen", "配料：", "材料（2人分）".
func headedBy(text string, words map[string]bool) bool {
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, "()[]（）【】:：·|", headingMaxWords)
	if !ok {
		return false
	}
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			return false
		}
		if words[string(w)] {
			return true
		}
	}
}
