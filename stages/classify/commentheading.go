package classify

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// headedComments gives back the lines that a run of comment labels took in
// above the comment section's heading: the chain runs a comment section
// upwards into the promo box or the teasers just above it ("Soutenez
// l'information locale : abonnez-vous …", "Blaulicht direkt aufs Handy:
// Folgen Sie unserem WhatsApp-Kanal.", then "3 Kommentare"), but comments
// come under their heading. In each run of paragraphs labelled comment
// whose heading (isCommentHeading, at most commentMaxHeadingWords words)
// is not its first line, the lines above the heading that have no comment
// cue and do not speak of comments (speaksOfComments: a form's prompt or
// policy, "Sign in to join the discussion", may stand above the heading)
// take their likeliest label among bio, promo and chrome (the teasers and
// boxes above a comment section are no article: taking body instead cost
// the text CV 0.0001 of body F1), or chrome when they are a line of tags
// or share buttons. The runs below the first run longer
// than headedCommentsMaxRun are pieces of its thread ("Recommend 7" above
// "View all 57 comments") and are left alone.
func headedComments(paras []corpus.Paragraph, fs []features.Features, logp []float32, out []Scored) {
	n := len(out)
	for a := 0; a < n; a++ {
		if out[a].Label != corpus.Comment {
			continue
		}
		b := a
		for b < n && out[b].Label == corpus.Comment {
			b++
		}
		h := -1
		for k := a; k < b; k++ {
			if fs[k].Words <= commentMaxHeadingWords && isCommentHeading(paras[k].Text) {
				h = k
				break
			}
		}
		for k := a; k < h; k++ {
			if fs[k].Cues[corpus.Comment] || speaksOfComments(paras[k].Text) {
				continue
			}
			l, p := likeliestFurniture(logp[k*corpus.NumLabels : (k+1)*corpus.NumLabels])
			if text := paras[k].Text; l != corpus.Chrome && (isTagLine(text) || isShareBar(text)) {
				l, p = corpus.Chrome, 0.7 // "Etiquetas: …", "Deel dit artikel"
			}
			out[k] = Scored{Label: l, Score: p}
		}
		if b-a > headedCommentsMaxRun {
			return
		}
		a = b
	}
}

// headedCommentsMaxRun is the longest run of comment labels after which
// headedComments looks at further runs: a comment count in the byline
// block makes a run of one or two.
const headedCommentsMaxRun = 2

// likeliestFurniture returns the likeliest of bio, promo and chrome in a
// paragraph's log-probabilities z, and its probability.
func likeliestFurniture(z []float32) (corpus.Label, float32) {
	best := corpus.Bio
	for _, l := range [...]corpus.Label{corpus.Promo, corpus.Chrome} {
		if z[l] > z[best] {
			best = l
		}
	}
	return best, exp32(z[best])
}

// speaksOfCommentsMax bounds the lines speaksOfComments reads, in bytes.
const speaksOfCommentsMax = 400

// speaksOfComments reports a line of at most speaksOfCommentsMax bytes that
// is a reply bar or holds a stem of commentStems: a comment form's prompt
// or policy ("As you comment, please be respectful …").
func speaksOfComments(text string) bool {
	if len(text) > speaksOfCommentsMax {
		return false
	}
	if isReplyBar(text) {
		return true
	}
	// Lower-cased into a buffer on the stack, not by strings.ToLower: an
	// allocation for every line with a capital.
	var buf [2 * speaksOfCommentsMax]byte
	lower := buf[:0]
	for _, r := range text {
		if r < utf8.RuneSelf {
			lower = append(lower, lowerASCII(byte(r)))
		} else {
			lower = utf8.AppendRune(lower, unicode.ToLower(r))
		}
	}
	for _, stem := range commentStemBytes {
		if bytes.Contains(lower, stem) {
			return true
		}
	}
	return false
}

// commentStemBytes are commentStems as bytes.
var commentStemBytes = phraseBytes(commentStems)

// inlineCommentMinLines is the fewest one-line comments that make a thread
// for inlineComments.
const inlineCommentMinLines = 2

// inlineCommentMaxNameWords is the longest reader's name of a one-line
// comment, in words.
const inlineCommentMaxNameWords = 4

// isInlineComment reports a comment on one line, as crawlers that write a
// paragraph per block save a thread: the reader's name, the comment's stamp
// and its text, joined with " · " ("Lucía R. · hace 3 horas · Ojalá sirva
// …", "Jerzy K. · dziś, 07:12 · Ciekawe, czy …", "mennaye_mike · 2 days ago
// · Horrible game to watch …"): a name of at most inlineCommentMaxNameWords
// words, a stamp (a relative time, a date or a time, perhaps after a day's
// name) and a text of three words or more.
func isInlineComment(text string) bool {
	name, rest, ok := strings.Cut(text, " · ")
	if !ok || name == "" || fieldCount(name) > inlineCommentMaxNameWords {
		return false
	}
	stamp, body, ok := strings.Cut(rest, " · ")
	if !ok || fieldCount(body) < 3 {
		return false
	}
	if isRelativeTime(stamp) || isLoneDate(stamp) || isLoneTime(stamp) {
		return true
	}
	// "dziś, 07:12", "ayer, 21:40", "heute, 9:15 Uhr"
	_, clock, ok := strings.Cut(stamp, ", ")
	return ok && fieldCount(stamp) <= 3 && isLoneTime(clock)
}

// fieldCount counts the words of s between white space (unicode.IsSpace),
// as strings.Fields parts them, in one pass without its slice.
func fieldCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// asciiSpace marks the ASCII white space unicode.IsSpace knows.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// inlineComments labels comment the one-line comments (isInlineComment)
// below the article's first body paragraph that the model took for
// something else (bio only further than bylineMaxTop below it: near the
// top, a name, a date and a reading time are a byline), when a page has at
// least inlineCommentMinLines of them: one such line alone may be a teaser
// with its author and date.
func inlineComments(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	candidate := func(i int) bool {
		if out[i].Label == corpus.Bio && i <= first+bylineMaxTop {
			return false // a byline with its date and reading time near the top
		}
		return fs[i].Separators >= 2 && isInlineComment(paras[i].Text)
	}
	found := 0
	for i := first + 1; i < len(out) && found < inlineCommentMinLines; i++ {
		if candidate(i) {
			found++
		}
	}
	if found < inlineCommentMinLines {
		return
	}
	for i := first + 1; i < len(out); i++ {
		if out[i].Label != corpus.Comment && candidate(i) {
			out[i] = Scored{Label: corpus.Comment, Score: 0.6}
		}
	}
}
