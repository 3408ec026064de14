package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// minCommentTeasers is how many teasers commentTeasers needs to take them
// for a list of other stories.
const minCommentTeasers = 3

// teaserMinWords is the shortest teaser headline commentTeasers counts: a
// commenter's name or handle above a date is shorter.
const teaserMinWords = 5

// teaserMaxGap is the most paragraphs between two teasers of one list.
const teaserMaxGap = 4

// commentTeasers labels promo the lists of other stories that follow a
// comment section and that the model took for more comments. A teaser is a
// headline the model called comment (5 to 30 words, no final full stop or
// colon, no URL, not a name) right above a lone date or time ("Roger
// Federer dumps Novak Djokovic out of ATP Finals with crushing victory"
// above "14 Nov 2019, 7:54pm"), or such a headline ending with its comment
// count ("Boy Kills Brother, Removes His Eyes, Tongue 10 comments"). A
// comment's date stands under its author's name, and its text does not end
// with a count of comments. At least minCommentTeasers teasers, each at
// most teaserMaxGap paragraphs from the one before and with no comment
// heading between them, make a list: its paragraphs labelled comment, from
// the first teaser's headline to the last teaser, become promo, and so
// does a promo heading just above it ("More in Minnesota Wild").
func commentTeasers(paras []corpus.Paragraph, fs []features.Features, cue []int8, out []Scored) {
	n := len(out)
	headline := func(j int) bool {
		f := &fs[j]
		return out[j].Label == corpus.Comment && f.Words >= teaserMinWords && headlineShaped(paras[j].Text, f, cue[j]) && !isNameLine(paras[j].Text, f)
	}
	// byAuthor reports a line under a short line that is no date: a
	// comment's text under its author's name ("hans_meier"), with its date
	// under it.
	byAuthor := func(j int) bool {
		return j > 0 && out[j-1].Label == corpus.Comment && fs[j-1].Words <= 3 && !isLoneDate(paras[j-1].Text) && !isLoneTime(paras[j-1].Text) && !isPromoHeading(paras[j-1].Text, &fs[j-1])
	}
	first, last, count := -1, -1, 0
	flush := func() {
		if count >= minCommentTeasers {
			if first > 0 && isPromoHeading(paras[first-1].Text, &fs[first-1]) {
				first--
			}
			for i := first; i <= last; i++ {
				if out[i].Label == corpus.Comment || i == first {
					out[i] = Scored{Label: corpus.Promo, Score: 0.6}
				}
			}
		}
		first, last, count = -1, -1, 0
	}
	for i := 0; i < n; i++ {
		f := &fs[i]
		if first >= 0 && (i-last > teaserMaxGap || isCommentHeading(paras[i].Text)) {
			flush()
		}
		h := -1
		switch {
		case i > 0 && out[i-1].Label == corpus.Comment && f.Digits > 0 && f.Words <= 8 && (isLoneDate(paras[i].Text) || isLoneTime(paras[i].Text)) && headline(i-1) && !byAuthor(i-1):
			h = i - 1
		case out[i].Label == corpus.Comment && f.Words >= teaserMinWords+2 && endsWithCommentCount(paras[i].Text) && headline(i):
			h = i
		}
		if h < 0 {
			continue
		}
		if first < 0 {
			first = h
		}
		last, count = i, count+1
	}
	flush()
}

// commentWords are the words that count comments, lower-cased.
var commentWords = map[string]bool{
	"comment": true, "comments": true, "kommentar": true, "kommentare": true, "commentaire": true,
	"commentaires": true, "comentario": true, "comentarios": true, "komentarz": true, "komentarze": true,
	"komentarzy": true, "commento": true, "commenti": true, "comentário": true, "comentários": true,
	"reacties": true, "reactie": true,
}

// endsWithCommentCount reports a line that ends with a number and a word
// for comments: "… Tongue 10 comments", "… 3 Kommentare".
func endsWithCommentCount(text string) bool {
	text = strings.TrimRight(text, " )]")
	k := strings.LastIndexByte(text, ' ')
	if k <= 0 || len(text)-k > 16 {
		return false
	}
	var buf [16]byte
	w := buf[:0]
	for i := k + 1; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		w = append(w, c)
	}
	if !commentWords[string(w)] {
		return false
	}
	rest := strings.TrimRight(text[:k], " ([")
	j := len(rest)
	for j > 0 && rest[j-1] >= '0' && rest[j-1] <= '9' {
		j--
	}
	return j > 0 && j < len(rest) && (rest[j-1] == ' ' || rest[j-1] == '(')
}

// inlineTeaserMaxLines is how many headlines a "read also" box inside the
// article holds for inlineTeasers.
const inlineTeaserMaxLines = 3

// inlineTeasers labels promo the headlines of a "read also" box inside the
// article that the model called body: under a promo heading ("À lire
// aussi", "Lees ook", "Lee también"; isPromoHeading) that it did not call
// body, within two paragraphs of body above it, up to inlineTeaserMaxLines
// headline-shaped lines (4 to 30 words, no final full stop). The summary
// sentence a box may give under its headline stays body: nothing tells it
// from the article's next paragraph. Nor does anything tell a second
// teaser from a subheading of the article right under a one-teaser box,
// which goes to promo with it (one headline at most: xf 0.974 → 0.973).
func inlineTeasers(paras []corpus.Paragraph, fs []features.Features, cue []int8, out []Scored) {
	n := len(out)
	for h := 1; h+1 < n; h++ {
		if out[h].Label == corpus.Body || out[h+1].Label != corpus.Body || !isPromoHeading(paras[h].Text, &fs[h]) {
			continue
		}
		if out[h-1].Label != corpus.Body && (h < 2 || out[h-2].Label != corpus.Body) {
			continue // not inside the article
		}
		for j := h + 1; j < n && j-h <= inlineTeaserMaxLines && out[j].Label == corpus.Body && headlineShaped(paras[j].Text, &fs[j], cue[j]); j++ {
			out[j] = Scored{Label: corpus.Promo, Score: 0.6}
		}
	}
}

// leadTeasers labels promo a "read also" line inside the article that the
// model called body: a lead (promoLead: "À lire aussi :", "Přečtěte si
// také:", "Läs mer:") and one headline after it (3 words or more, no
// final full stop; the line teaserMaxWords words at most). A subheading or
// a sentence of the article does not start so.
func leadTeasers(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	for i := range out {
		if out[i].Label != corpus.Body || fs[i].Words > teaserMaxWords {
			continue
		}
		text := paras[i].Text
		k := promoLead(text)
		if k == 0 {
			continue
		}
		rest := strings.TrimSpace(text[k:])
		if len(strings.Fields(rest)) < 3 || endsFullStop(rest) {
			continue
		}
		out[i] = Scored{Label: corpus.Promo, Score: 0.6}
	}
}

// commentIslandMaxLines is the longest run of comment labels inside the
// article that commentIslands gives back to the body.
const commentIslandMaxLines = 12

// commentIslands gives back to the body the short runs of paragraphs
// labelled comment inside the article: with body right above the run (or
// one line above it) and at least two paragraphs of body right under it,
// when no line of the run is a comment's stamp, a comment heading or a
// comment cue phrase. A comment section ends the article; a run the
// article goes on after is its list, its questions or its subheadings
// ("Jak to funguje", "Ile będzie kosztować parkowanie?") that a comment
// heading above ("Diskuse (18)", a link to the discussion) dragged along.
func commentIslands(paras []corpus.Paragraph, fs []features.Features, cue []int8, out []Scored) {
	n := len(out)
	for a := 1; a < n; a++ {
		if out[a].Label != corpus.Comment {
			continue
		}
		b := a
		for b < n && out[b].Label == corpus.Comment {
			b++
		}
		above := out[a-1].Label == corpus.Body || a >= 2 && out[a-2].Label == corpus.Body
		below := b+1 < n && out[b].Label == corpus.Body && out[b+1].Label == corpus.Body
		ok := above && below && b-a <= commentIslandMaxLines
		for k := a; ok && k < b; k++ {
			text := paras[k].Text
			ok = cue[k] != int8(corpus.Comment) && !isCommentHeading(text) &&
				!(fs[k].Digits > 0 && (isLoneDate(text) || isLoneTime(text))) && !isRelativeTime(text)
		}
		if ok {
			for k := a; k < b; k++ {
				out[k] = Scored{Label: corpus.Body, Score: 0.5}
			}
		}
		a = b
	}
}
