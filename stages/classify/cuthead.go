package classify

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A text dump of a laid-out page (pdftotext, MuPDF) prints every line of a
// large headline as a line of its own: "Vierhundert Jahre Pferdemarkt:" /
// "Tecklenburg feiert mit Kaltblütern" / "und Festumzug", "Kua
// whakatuwheratia te tauranga" / "hou o Ōpōtiki, ka hari ngā" /
// "kaiahumoana". The splitter keeps them apart (they fill no width), and
// the model took the first pieces, short lines above the article, for the
// page's furniture.

// cutHeadMaxLines bounds the pieces of a cut headline, cutHeadMaxWords the
// words of each; a piece the next goes on from has cutHeadMinWords or
// more.
const (
	cutHeadMaxLines = 4
	cutHeadMaxWords = 12
	cutHeadMinWords = 3
)

// cutHeadMinLogProb is the log of the least body probability of a piece
// of a cut headline: the model gave yn's 0.07 to 0.39, a page's labels
// ("View PDF/Print Mode" over a list of tags) 0.02.
var cutHeadMinLogProb = float32(math.Log(0.05))

// cutHeadlines gives the body the pieces of a headline cut over lines at
// the top of the article: the lines right above the model's first body
// paragraph that it goes on from (goesOnFrom: the line above ends with a
// colon or a comma, or the line under it starts in lower case), and a run
// of two or more such pieces right above it that ends no sentence (the
// headline over its standfirst); at most cutHeadMaxLines pieces of at
// most cutHeadMaxWords words, each labelled chrome and at least
// cutHeadMinLogProb likely body (logp), none a time, a credit or a line
// with a cue (cue). paras are the page's lines as the model reads them.
func cutHeadlines(paras []corpus.Paragraph, fs []features.Features, cue []int8, logp []float32, out []Scored) {
	first := firstBody(out)
	if first <= 0 {
		return
	}
	piece := func(i int) bool {
		f := &fs[i]
		return out[i].Label == corpus.Chrome && logp[i*corpus.NumLabels+int(corpus.Body)] >= cutHeadMinLogProb && cue[i] < 0 && f.Words > 0 && f.Words <= cutHeadMaxWords &&
			!f.HasTime && !f.HasURL && f.Cues == [corpus.NumLabels]bool{} && !isTrail(paras[i].Text) && !hasCreditTail(paras[i].Text)
	}
	// A piece goes on into the line under it; it has cutHeadMinWords
	// words or more ("Read later" over "immunology", "More on:" over
	// "taliban" are a page's labels).
	goesOn := func(k int) bool {
		return piece(k-1) && fs[k-1].Words >= cutHeadMinWords && goesOnFrom(paras[k-1].Text, paras[k].Text)
	}
	// The first body paragraph's own headline, cut above it.
	k := first
	for k > 0 && first-k < cutHeadMaxLines && goesOn(k) {
		k--
	}
	if k == first {
		// A headline of two or more pieces over the standfirst.
		j := first - 1
		if j < 1 || !piece(j) || fs[j].EndsSentence {
			return
		}
		k = j
		for k > 0 && j-k+1 < cutHeadMaxLines && goesOn(k) {
			k--
		}
		if k == j {
			return
		}
	}
	for i := k; i < first; i++ {
		out[i] = Scored{Label: corpus.Body, Score: 0.6}
	}
}

// goesOnFrom reports whether the line next goes on from the line above it,
// line: line ends no sentence, and it ends with a colon or a comma or next
// starts in lower case with no field's key ("author:") before a colon.
func goesOnFrom(line, next string) bool {
	line = strings.TrimRight(line, " ")
	if line == "" || next == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', '…', '。', '！', '？':
		return false
	case ':', ',':
		return true
	}
	if k := strings.IndexByte(next, ':'); k > 0 && strings.IndexByte(next[:k], ' ') < 0 {
		return false // a field's key ("author: …", YAML's front matter)
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}
