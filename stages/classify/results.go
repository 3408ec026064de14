package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// resultMaxLines is the longest block of results resultBlocks gives to the
// body.
const resultMaxLines = 30

// minResultLines is how many scores or rows of figures make a block of
// results.
const minResultLines = 3

// resultHeadingMaxWords is the longest heading inside a block of results
// ("I risultati della 13ª giornata", "Tabelle der Oberliga (Spiele, Tore,
// Punkte):").
const resultHeadingMaxWords = 6

// resultProseMinWords is the shortest sentence of prose under a block of
// results that joins the body with it.
const resultProseMinWords = 8

// resultProseMinProb is the body probability from which the sentence of
// prose right under a block of results joins the body with it.
const resultProseMinProb = 0.1

// resultBlocks labels body the tables of a match report or an election
// story that follow a paragraph of the article and that the model called
// promo, comment or chrome: a block of at least minResultLines scores or
// rows of figures (isScoreLine: "MTV Hummetal – TSV Süntel 34:25",
// "Lucchesia 29 (12 partite)"), with rows of one figure ("Pietrasanta
// 29"; isResultLine), the lines of a match's facts among
// them ("Arbitro: Nardini di Livorno"; isFactLine) and short headings of
// the next table ("La classifica"), none with a cue phrase. The sentence of
// prose just under the block, when the model gives it a body probability of
// at least resultProseMinProb, goes with it: the article goes on ("Am
// kommenden Samstag muss Wesertal …"). A numbered list of headlines ("1.
// Stadtrat beschließt …") has no scores and is no block of results.
func resultBlocks(paras []corpus.Paragraph, fs []features.Features, cue []int8, logp []float32, out []Scored) {
	n := len(out)
	for i := 0; i+1 < n; i++ {
		if out[i].Label != corpus.Body || out[i+1].Label == corpus.Body {
			continue
		}
		// An advertisement's label between the article and its table
		// ("Reklama") is passed over, and stays chrome.
		adLabel := func(j int) bool { return fs[j].Words <= 2 && cue[j] == int8(corpus.Chrome) }
		j, scores, started := i+1, 0, false
		for ; j < n && j-i <= resultMaxLines && out[j].Label != corpus.Body && (cue[j] < 0 || adLabel(j)); j++ {
			text, f := paras[j].Text, &fs[j]
			if adLabel(j) {
				continue
			}
			first := !started
			started = true
			if isScoreLine(text, f) {
				scores++
				continue
			}
			if isResultLine(text, f) {
				continue // a row with one figure: "Pietrasanta 29"
			}
			// A table's heading, or its row of column names, over its
			// first row; the block's first heading may stand over the
			// column names ("Tabela po rundzie jesiennej" / "Miejsce
			// Drużyna Mecze Punkty Bramki" / "1. LKS Bełk 17 39 41:15").
			heading := f.Words <= resultHeadingMaxWords && !f.EndsSentence && !f.HasURL && j+1 < n &&
				(isScoreLine(paras[j+1].Text, &fs[j+1]) || first && j+2 < n && fs[j+1].Words <= resultHeadingMaxWords && fs[j+1].Digits == 0 && !fs[j+1].EndsSentence && cue[j+1] < 0 && isScoreLine(paras[j+2].Text, &fs[j+2]))
			if !heading && !isFactLine(text, f) {
				break
			}
		}
		if scores < minResultLines || j-i > resultMaxLines {
			continue
		}
		for k := i + 1; k < j; k++ {
			if !adLabel(k) {
				out[k] = Scored{Label: corpus.Body, Score: 0.6}
			}
		}
		if j < n && out[j].Label != corpus.Body && cue[j] < 0 && fs[j].Words >= resultProseMinWords && (fs[j].EndsSentence || endsFullStop(paras[j].Text)) &&
			logp[j*corpus.NumLabels+int(corpus.Body)] >= log32(resultProseMinProb) {
			out[j] = Scored{Label: corpus.Body, Score: 0.6}
		}
		i = j - 1
	}
}

// isScoreLine reports a row of a table of results: a short line with
// figures, not a sentence, a date or a time, with a score ("34:25", "1-2", "2–2") or two numbers or more
// ("Lucchesia 29 (12 partite)", "1. MTV Hummetal 12 372:311 22:2").
func isScoreLine(text string, f *features.Features) bool {
	// isResultLine without its time test: the extractor's HasTime takes
	// "34:25" for a clock, isLoneTime does not.
	if f.Digits == 0 || f.Words > 12 || f.EndsSentence || f.HasURL || f.HasEmail || isLoneDate(text) || isLoneTime(text) {
		return false
	}
	// A stamp or a rank before a headline ("14:05 Stadtrat beschließt
	// neuen Haushalt", "28.11.2026 Polizei sucht Zeugen", "1 Neue Buslinie
	// startet im Mai") is a list of other stories, not a table: a
	// headline's verbs and articles are words in lower case.
	if countLowerWords(text) >= 2 {
		return false
	}
	groups, score := 0, false
	for k := 0; k < len(text); {
		if !isDigit(text[k]) {
			k++
			continue
		}
		if k > 0 && isLetterByte(text[k-1]) {
			return false // digits inside a word: "dp3_1_en", "MP3"
		}
		groups++
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k+1 < len(text) && isDigit(text[k+1]) && (text[k] == ':' || text[k] == '-') {
			score = true
		} else if k+3 < len(text) && strings.HasPrefix(text[k:], "–") && isDigit(text[k+3]) {
			score = true
		}
	}
	return score || groups >= 2
}

// isFactLine reports a line of a match's or a table's facts: a label of one
// or two words, a colon and a value of at most 10 words ("Arbitro: Nardini
// di Livorno", "Spettatori: 950 circa", "Schiedsrichter: Tim Berger").
func isFactLine(text string, f *features.Features) bool {
	k := strings.Index(text, ": ")
	if k <= 0 || f.Words > 12 || f.EndsSentence || f.HasURL {
		return false
	}
	label := strings.TrimSpace(text[:k])
	return strings.Count(label, " ") <= 1 && strings.Count(text[k+2:], " ") < 10
}

// isLetterByte reports an ASCII letter or the underscore of an identifier.
func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' }

// countLowerWords counts the words of 4 letters or more that start with a
// lower-case ASCII letter.
func countLowerWords(text string) int {
	n := 0
	for w := range strings.FieldsSeq(text) {
		if len(w) >= 4 && 'a' <= w[0] && w[0] <= 'z' {
			n++
		}
	}
	return n
}
