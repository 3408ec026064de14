package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Bounds of pollBoxes: an answer has at most pollAnswerMaxWords words and
// pollAnswerMaxBytes bytes, a poll at most pollMaxAnswers lines of answers
// (one line may hold them all: "Tak Nie"), its question at most
// pollQuestionMaxWords words.
const (
	pollAnswerMaxWords   = 6
	pollAnswerMaxBytes   = 60
	pollMaxAnswers       = 8
	pollQuestionMaxWords = 25
)

// pollHeadings name a reader's poll, lower-cased: the heading of the box
// over its question. ("Enquête", in French an investigation's label over a
// teaser, is none.)
var pollHeadings = map[string]bool{
	"umfrage": true, "abstimmung": true, "sondage": true, "encuesta": true, "sondeo": true, "ankieta": true, "sonda": true,
	"poll": true, "quick poll": true, "sondaggio": true, "peiling": true, "omröstning": true,
	"kysely": true, "anketa": true, "опрос": true, "анкета": true, "投票": true, "调查": true, "網路投票": true, "网络投票": true,
	"民意调查": true, "アンケート": true,
}

// pollBoxes labels chrome a reader's poll: a heading that names one
// (pollHeadings; "### Ankieta", "Umfrage"), a question right under it
// (drawn rules aside) or after it and a colon on its line (isPollLead),
// and the answers under that, short lines without a
// sentence, up to a line with the count of votes ("412 Stimmen · Ergebnis
// ansehen"). The taxonomy calls a page's widgets chrome; the model, which
// read the answers as a list, took the box for promo.
func pollBoxes(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(paras)
	for h := 0; h < n; h++ {
		q := h // the question's line: the heading's own ("Umfrage: Trinken Sie noch Korn?")
		if !isPollLead(paras[h].Text) {
			if !isPollHeading(paras[h].Text) {
				continue
			}
			q = h + 1
			for q < n && (paras[q].Text == "" || isDrawnRule(paras[q].Text)) {
				q++
			}
		}
		if q >= n || shapedWords(paras[q].Text, &fs[q]) > pollQuestionMaxWords || !endsWithQuestionMark(paras[q].Text) {
			continue
		}
		end := q + 1
		for end < n && end-q <= pollMaxAnswers && isPollAnswer(paras[end].Text, &fs[end]) {
			end++
		}
		if end == q+1 {
			continue // no answer
		}
		for k := h; k < end; k++ {
			out[k] = Scored{Label: corpus.Chrome, Score: 0.7}
		}
		h = end - 1
	}
}

// pollPrefixes holds the first two bytes of every one of pollHeadings,
// lower-cased, a pair after a pair: most lines are told apart by them.
const pollPrefixes = "abanenkyompepoqusoum" + // Latin
	"\xd0\xb0\xd0\xbe\xe3\x82\xe6\x8a\xe6\xb0\xe7\xb6\xe7\xbd\xe8\xb0" // Cyrillic, kana, Han: their first two bytes

// hasPollPrefix reports whether t starts with the first two bytes of one of
// pollHeadings, its ASCII letters in either case.
func hasPollPrefix(t string) bool {
	a, b := t[0], t[1]
	if a >= 'A' && a <= 'Z' {
		a |= 0x20
	}
	if b >= 'A' && b <= 'Z' {
		b |= 0x20
	}
	for i := 0; i+1 < len(pollPrefixes); i += 2 {
		if pollPrefixes[i] == a && pollPrefixes[i+1] == b {
			return true
		}
	}
	return false
}

// isPollHeading reports a heading that names a poll (pollHeadings), its
// Markdown marks aside.
func isPollHeading(text string) bool {
	if len(text) > 48 {
		return false
	}
	t := strings.Trim(text, "#*=_ :：")
	if len(t) < 4 || len(t) > 32 || !hasPollPrefix(t) {
		return false
	}
	var buf [foldMax]byte
	b, ok := foldShort(&buf, t, "", 2)
	return ok && pollHeadings[string(b)]
}

// isPollLead reports a line that names a poll before a colon and asks its
// question after it ("Umfrage: Trinken Sie noch Korn?", "投票：你最常吃哪一種香蕉製品？").
func isPollLead(text string) bool {
	if !endsWithQuestionMark(text) {
		return false // most lines: one look at the line's end
	}
	k := strings.IndexByte(text[:min(len(text), 36)], ':')
	if j := strings.Index(text[:min(len(text), 36)], "："); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	return k > 0 && isPollHeading(text[:k])
}

// endsWithQuestionMark reports a line that ends with a question mark.
func endsWithQuestionMark(text string) bool {
	t := strings.TrimRight(text, " ")
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？")
}

// isPollAnswer reports a line that may be a poll's answer or its count of
// votes: short, no sentence, no question.
func isPollAnswer(text string, f *features.Features) bool {
	return text != "" && len(text) <= pollAnswerMaxBytes && shapedWords(text, f) <= pollAnswerMaxWords &&
		!f.EndsSentence && !endsWithQuestionMark(text)
}
