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
//
// title is the headline titleRepeat found, or -1: a headline with a date in
// it ("Budget Day, 30 October 2024"), which the model may find unlikely
// body and dumpHeadline labelled body, stays.
func datedLines(paras []corpus.Paragraph, fs []features.Features, logp []float32, title int, out []Scored) {
	bar := log32(datedMaxBody)
	for i := range out {
		if i == title || out[i].Label != corpus.Body || fs[i].Words > datedMaxWords || fs[i].Words == 0 {
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

// isDatedLine reports a line of at most datedMaxWords words that has a
// date, and at most datedOtherWords words that are not part of it. A date
// is a numeric date with a four-digit year (12.05.2024, 2024-05-12; not a
// version, "1.21.10"), or a month name next to a number or a time, either
// with a four-digit year ("October 06, 2018", "15:23 2019"; not "march 3
// miles").
// A line with more than two numbers besides is a result or a list, not a
// dateline ("Arsenal 2 Chelsea 1, 12 May 2024").
func isDatedLine(text string) bool {
	var buf [foldMax]byte
	b, ok := foldShort(&buf, text, ",|·–—•;()[]", datedMaxWords)
	if !ok {
		return false
	}
	const (
		kOther = iota
		kMonth
		kNumber
		kYear
		kNumeric
		kClock
		kJoiner
		kShortNumeric
	)
	var kinds [datedMaxWords]int
	n := 0
	for i := 0; ; n++ {
		var w []byte
		if w, i = nextWord(b, i); len(w) == 0 {
			break
		}
		w = bytes.TrimSuffix(bytes.TrimSuffix(w, []byte{':'}), []byte{'.'})
		k := kOther
		switch {
		case len(w) == 0:
			k = kJoiner
		case isMonth(w):
			k = kMonth
		case isNumericDate(w):
			k = kOther // a version unless it has a four-digit year
			if hasYearGroup(w) {
				k = kNumeric
			} else if bytes.Count(w, []byte{'.'}) == 2 || bytes.Count(w, []byte{'/'}) == 2 {
				k = kShortNumeric // a date if a clock time is beside it
			}
		case allDigits(w):
			k = kNumber
			if len(w) == 4 && (w[0] == '1' || w[0] == '2') {
				k = kYear
			}
		case isClock(w, true), isClock(trimMeridiem(w), true):
			k = kClock
		case weekdays[string(w)], dateJoiners[string(w)], len(w) == 1 && w[0] == '-':
			k = kJoiner
		}
		kinds[n] = k
	}
	hasClock := false
	for i, k := range kinds[:n] {
		switch {
		case k == kClock:
			hasClock = true
		case k == kOther && i > 0 && kinds[i-1] == kClock && isMeridiem(b, i):
			kinds[i] = kJoiner // "10:15 AM"
		}
	}
	for i, k := range kinds[:n] {
		// A month's name winnow has no words for, between a day and a
		// year ("10 दिसंबर 2026, 10:15"), and a numeric date with a
		// two-digit year beside a clock time ("07.12.26, 08:30").
		if k == kOther && i > 0 && i+1 < n && kinds[i-1] == kNumber && kinds[i+1] == kYear && hasClock {
			kinds[i] = kMonth
		}
	}
	date, clock, year, month := false, false, false, false
	other, numbers := 0, 0
	for i, k := range kinds[:n] {
		switch k {
		case kOther:
			other++
		case kNumeric:
			date = true
		case kShortNumeric:
			if hasClock {
				date = true
			} else {
				other++
			}
		case kClock:
			clock = true
		case kYear:
			year = true
			numbers++
		case kNumber:
			numbers++
		case kMonth:
			if i > 0 && (kinds[i-1] == kNumber || kinds[i-1] == kYear) || i+1 < n && (kinds[i+1] == kNumber || kinds[i+1] == kYear) {
				month = true
			} else {
				other++ // "march" the verb, "may" the modal
			}
		}
	}
	return other <= datedOtherWords && numbers <= 2 && (date || (month || clock) && year)
}

// hasYearGroup reports whether a numeric date has a four-digit group.
func hasYearGroup(w []byte) bool {
	run := 0
	for _, c := range w {
		if isDigit(c) {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return run == 4
}

// isMeridiem reports whether word k of a folded line is "am" or "pm"
// ("a.m.", "p.m." too), which follows a clock time.
func isMeridiem(b []byte, k int) bool {
	var w []byte
	for i, n := 0, 0; ; n++ {
		if w, i = nextWord(b, i); len(w) == 0 {
			return false
		}
		if n == k {
			break
		}
	}
	switch string(bytes.TrimSuffix(w, []byte{'.'})) {
	case "am", "pm", "a.m", "p.m":
		return true
	}
	return false
}
