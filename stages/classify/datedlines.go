package classify

import (
	"bytes"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Dated lines: a short line made of a date and a word or two besides
// ("LinkNaija October 06, 2018", "02 Ago 2017", "15:23 2019") is a
// dateline, which the taxonomy calls chrome (with the site or author's
// name, bio). The chain pulls such lines into the run of body around them;
// their own body probability is low.
const (
	// datedMaxWords is the most words a dated line has.
	datedMaxWords = 8
	// datedOtherWords is the most words of a dated line that are not part
	// of its date.
	datedOtherWords = 2
	// datedMaxBody is the body probability under which a dated line that
	// the chain labelled body goes to its likeliest other label.
	datedMaxBody = 0.3
)

// datedLines gives the short dated lines labelled body whose body
// probability is under datedMaxBody their likeliest other label.
func datedLines(paras []corpus.Paragraph, fs []features.Features, logp []float32, out []Scored) {
	bar := log32(datedMaxBody)
	for i := range out {
		if out[i].Label != corpus.Body || fs[i].Words > datedMaxWords || fs[i].Words == 0 {
			continue
		}
		z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		if z[corpus.Body] >= bar || !isDatedLine(paras[i].Text) {
			continue
		}
		l, p := likeliestOther(z)
		out[i] = Scored{Label: l, Score: p}
	}
}

// isDatedLine reports a line of at most datedMaxWords words that has a date
// (a numeric date, a month name with a number, or a year with a time) and at
// most datedOtherWords words that are not part of it.
func isDatedLine(text string) bool {
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, ",|·–—•;()[]", datedMaxWords)
	if !ok {
		return false
	}
	numeric, month, number, clock, other := false, false, false, false, 0
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			break
		}
		w = bytes.TrimSuffix(bytes.TrimSuffix(w, []byte{':'}), []byte{'.'})
		switch {
		case len(w) == 0:
		case isMonth(w):
			month = true
		case isNumericDate(w):
			numeric = true
		case allDigits(w):
			number = true
		case isClock(w, true), isClock(trimMeridiem(w), true):
			clock = true
		case weekdays[string(w)], dateJoiners[string(w)], len(w) == 1 && w[0] == '-':
		default:
			other++
			if other > datedOtherWords {
				return false
			}
		}
	}
	return numeric || month && number || clock && number
}
