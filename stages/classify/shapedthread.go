package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A comment thread has the same shape in every language: each comment is
// a stamp line (the reader's name, a separator and a date or an age), the
// comment's text, and a bar of buttons with counts ("Svara · Líkar við
// (12)", "Balas · Suka (24)") that reads the same under every comment but
// for its counts. commentThread finds threads by their stamps' and bars'
// words, which it has for some thirty languages; shapedThreads finds them
// by that shape alone, for the others.

// Bounds of shapedThreads: a bar has at most shapedBarMaxWords words and
// shapedBarMaxBytes bytes; a comment (stamp to bar) at most
// shapedCommentMaxLines lines; a stamp at most shapedStampMaxWords words.
const (
	shapedBarMaxWords     = 6
	shapedBarMaxBytes     = 60
	shapedCommentMaxLines = 6
	shapedStampMaxWords   = 9
)

// barShape writes to dst the shape of a bar line: its text with every run
// of digits as one '#'. ok is false for a line that is no bar: too long,
// without a digit, without a separator ("·", "|") or a count in
// parentheses, or without two letters.
func barShape(dst []byte, text string, words int) (shape []byte, ok bool) {
	if len(text) > shapedBarMaxBytes || words == 0 || words > shapedBarMaxWords {
		return dst, false
	}
	digits, letters := false, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			if !digits || dst[len(dst)-1] != '#' {
				dst = append(dst, '#')
			}
			digits = true
			continue
		case c >= 0x80 || (c|0x20) >= 'a' && (c|0x20) <= 'z':
			letters++
		}
		dst = append(dst, c)
	}
	sep := strings.Contains(text, "·") || strings.IndexByte(text, '|') >= 0 || strings.Contains(text, "(")
	return dst, digits && sep && letters >= 2
}

// isStampShape reports a line that may be a comment's stamp: a short line
// with a separator ("·", "|", " – ") and a digit after it.
func isStampShape(text string, f *features.Features) bool {
	if f.Words == 0 || f.Words > shapedStampMaxWords || f.Digits == 0 || f.EndsSentence {
		return false
	}
	k, n := namedDateSeparator(text)
	if k <= 0 {
		return false
	}
	return strings.ContainsAny(text[k+n:], "0123456789")
}

// shapedThreads labels comment the comments of a thread found by its
// shape: two or more bars of the same shape (barShape), each at most
// shapedCommentMaxLines lines under a stamp (isStampShape) with a line of
// text between them, under the article's first body line. The comments'
// lines from each stamp to its bar become comment, whatever the model
// labelled them (a stamp with a name may pass for a byline).
func shapedThreads(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	first := firstBody(out)
	if first < 0 {
		return
	}
	var bufA, bufB [shapedBarMaxBytes + 8]byte
	type comment struct{ stamp, bar int }
	var run []comment
	var runShape []byte
	flush := func() {
		if len(run) >= 2 {
			for _, c := range run {
				for k := c.stamp; k <= c.bar; k++ {
					if l := out[k].Label; l != corpus.Comment {
						out[k] = Scored{Label: corpus.Comment, Score: 0.6}
					}
				}
			}
		}
		run = run[:0]
	}
	for i := first + 1; i < len(paras); i++ {
		shape, ok := barShape(bufA[:0], paras[i].Text, fs[i].Words)
		if !ok {
			continue
		}
		// The stamp: the nearest stamp-shaped line above, with text
		// between.
		stamp := -1
		for k := i - 2; k >= 0 && k >= i-shapedCommentMaxLines; k-- {
			if isStampShape(paras[k].Text, &fs[k]) {
				stamp = k
				break
			}
		}
		if stamp < 0 || len(run) > 0 && stamp <= run[len(run)-1].bar {
			continue // no stamp above, or the last comment's: a stamp line, not a bar
		}
		if len(run) > 0 && string(shape) != string(runShape) {
			flush()
		}
		if len(run) == 0 {
			runShape = append(bufB[:0], shape...)
		}
		run = append(run, comment{stamp, i})
	}
	flush()
}
