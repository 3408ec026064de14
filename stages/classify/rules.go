package classify

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// RuleParams are the thresholds of the rule classifier. They were set once
// from the label definitions and general properties of prose (articles are
// long runs of long, stop-word-rich sentences), not fitted page by page.
type RuleParams struct {
	// LongWords is the length from which a stop-word-rich paragraph is "good".
	LongWords int
	// MinStopDensity is the stop-word share a good paragraph needs.
	MinStopDensity float64
	// NearWords and NearStopDensity define "near-good": shorter sentences.
	NearWords       int
	NearStopDensity float64
	// CommentAfterWords is how many good words must come before a comment
	// cue for it to open the comment section.
	CommentAfterWords int
	// ExtraRegion is the share of the best region's weight another region
	// needs to be kept as body too (an article split by an inline box).
	ExtraRegion float64
	// HeadlineWindow is how many paragraphs before the body are searched for
	// the headline.
	HeadlineWindow int
}

// DefaultRuleParams returns the parameters winnow ships with.
func DefaultRuleParams() RuleParams {
	return RuleParams{
		LongWords:         15,
		MinStopDensity:    0.25,
		NearWords:         8,
		NearStopDensity:   0.2,
		CommentAfterWords: 40,
		ExtraRegion:       0.5,
		HeadlineWindow:    10,
	}
}

// Rules is the transparent rule-and-feature classifier, in the manner of
// jusText: features per paragraph → a context-free class (good, near-good,
// short, bad) → the densest run of good text chosen as the article body, with
// short paragraphs between good ones (subheadings) and the headline joined
// to it → non-body paragraphs labelled by cue phrases and their neighbours.
//
// Scores are heuristic confidences (how sure the rule that fired is), not
// calibrated probabilities.
type Rules struct {
	x       *features.Extractor
	p       RuleParams
	scratch sync.Pool
	// english is the index of the English stop list (-1: none).
	english int
}

// NewRules returns a rule classifier using extractor x and parameters p.
func NewRules(x *features.Extractor, p RuleParams) *Rules {
	r := &Rules{x: x, p: p, english: -1}
	for i, l := range x.Languages() {
		if l == "English" {
			r.english = i
		}
	}
	r.scratch.New = func() any { return &ruleScratch{} }
	return r
}

// DefaultRules returns the rule classifier with the embedded stop lists,
// default cues and default parameters.
func DefaultRules() (*Rules, error) {
	x, err := features.DefaultExtractor()
	if err != nil {
		return nil, err
	}
	return NewRules(x, DefaultRuleParams()), nil
}

type class uint8

const (
	short class = iota
	good
	near
	bad
)

type ruleScratch struct {
	lang int // detected stop-list language, -1 for none
	// cjk reports a document written mostly in a script without spaces
	// between words (Chinese, Japanese): most of its letters are such runes.
	cjk bool
	out []Scored
	// commentsFrom is the first paragraph of the comment section (n when none).
	commentsFrom int
	// bestStart and bestEnd bound the densest run of good text (0, 0 when none).
	bestStart, bestEnd int
	fs                 []features.Features
	sc                 features.Scratch
	class              []class
	cue                []int8 // label index of the cue that fired, -1 for none
	weight             []float64
	// first and cand are the words of the first paragraph and of a
	// headline candidate (headline).
	first, cand lowerWords
	// words are the paragraphs' first words, split and folded for the
	// learned model's features (vectorize); the rules do not read them.
	words docWords
}

// Classify implements Classifier.
func (r *Rules) Classify(paras []corpus.Paragraph) []Scored {
	if len(paras) > WindowParagraphs {
		// Very long documents go in windows (window.go), as for the learned
		// model: the rules' features of a whole 50 MB document took about
		// twice its text.
		return classifyWindows(paras, WindowParagraphs, WindowOverlap, r.Classify)
	}
	out := make([]Scored, len(paras))
	if len(paras) == 0 {
		return out
	}
	s := r.scratch.Get().(*ruleScratch)
	defer r.scratch.Put(s)
	r.analyse(paras, s)
	copy(out, s.out)
	return out
}

// analyse runs the rules on a document and leaves every intermediate result
// in s: features, classes, cues, the body region, the comment section and
// the labels. The learned model reads them as features.
func (r *Rules) analyse(paras []corpus.Paragraph, s *ruleScratch) {
	n := len(paras)
	var lang int
	s.fs, lang = r.x.Document(paras, s.fs[:0], &s.sc)
	s.lang = lang
	fs := s.fs
	cjk, letters := 0, 0
	for i := range fs {
		cjk += fs[i].CJK
		letters += fs[i].Letters
	}
	s.cjk = 2*cjk > letters
	s.out = resize(s.out, n)
	out := s.out
	s.class = resize(s.class, n)
	s.cue = resize(s.cue, n)
	s.weight = resize(s.weight, n)
	p := r.p

	// 1. Context-free classes and cue labels.
	for i := range paras {
		f := &fs[i]
		s.cue[i] = cueLabel(paras[i].Text, f)
		sentence := f.EndsSentence
		// Without a stop list for the text (no language detected, or a
		// script written without spaces) length and punctuation decide.
		noStop := lang < 0 || 2*f.CJK > f.Letters
		switch {
		case s.cue[i] >= 0:
			s.class[i] = bad
		case f.Words >= p.LongWords && (f.StopDensity >= p.MinStopDensity || noStop && (sentence || f.Words >= 2*p.LongWords)):
			s.class[i] = good
		case f.Words >= p.NearWords && sentence && (f.StopDensity >= p.NearStopDensity || noStop):
			s.class[i] = near
		default:
			s.class[i] = short
		}
	}

	// 2. The comment section: the first comment cue after enough good text
	// of the article (counted from the start of the densest run of good
	// text, so that a "Comment" button in a share bar above the article does
	// not swallow it) opens it, and it runs to the end of the document.
	s.weights(fs)
	_, start, end := maxRun(s.weight, 0, n)
	runWords := 0 // the good words of the densest run
	for i := start; i < end; i++ {
		if s.class[i] == good {
			runWords += fs[i].Words
		}
	}
	commentsFrom := n
	goodWords := 0
	for i := start; i < n; i++ {
		if s.class[i] == good {
			goodWords += fs[i].Words
		}
		// A cue inside the densest run with more than three quarters of
		// its good words below is a button in the article's header
		// ("Comments" by the byline).
		if goodWords >= p.CommentAfterWords && s.cue[i] == int8(corpus.Comment) && !isStatLabel(paras, i) &&
			(i >= end || headerCueShare*goodWords >= runWords || paras[i].Structure != nil) {
			commentsFrom = i
			break
		}
	}
	for i := commentsFrom; i < n; i++ {
		s.class[i] = bad
	}
	s.commentsFrom = commentsFrom

	// 3. The body: the densest run of good text, and any other run nearly as dense.
	s.weights(fs)
	best, bs, be := maxRun(s.weight, 0, n)
	s.bestStart, s.bestEnd = bs, be
	isBody := func(i int) bool { return out[i].Label == corpus.Body && out[i].Score > 0 }
	markRegion := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			switch s.class[i] {
			case good:
				out[i] = Scored{corpus.Body, 0.9}
			case near:
				out[i] = Scored{corpus.Body, 0.75}
			}
		}
		// Short paragraphs between body paragraphs: subheadings, list items.
		for i := lo; i < hi; i++ {
			if s.class[i] != short || fs[i].Words < 2 {
				continue
			}
			prev, next := i-1, i+1
			for next < hi && s.class[next] == short && fs[next].Words >= 2 && next-i < 3 {
				next++
			}
			if prev >= lo && next < hi && isBody(prev) && s.class[next] == good {
				out[i] = Scored{corpus.Body, 0.6}
			}
		}
	}
	if best > 0 {
		markRegion(bs, be)
		for _, span := range [][2]int{{0, bs}, {be, n}} {
			if w, lo, hi := maxRun(s.weight, span[0], span[1]); w >= p.ExtraRegion*best {
				markRegion(lo, hi)
			}
		}
		if h := r.headline(paras, fs, s, out, bs); h >= 0 {
			out[h] = Scored{corpus.Body, 0.7}
		}
	}

	// 4. Everything else: by cue, by neighbourhood, or page chrome.
	for i := range paras {
		if isBody(i) {
			continue
		}
		switch {
		case s.cue[i] >= 0:
			out[i] = Scored{corpus.Label(s.cue[i]), 0.9}
		case i+1 < n && s.cue[i+1] == int8(corpus.Bio) && isNameLine(paras[i].Text, &fs[i]):
			out[i] = Scored{corpus.Bio, 0.7}
		case i >= commentsFrom:
			out[i] = Scored{corpus.Comment, 0.7}
		case i > 0 && paras[i-1].Block == paras[i].Block && !isBody(i-1) && out[i-1].Label != corpus.Chrome:
			// Same blank-line block as a promo/bio/comment line: a list under its header.
			out[i] = Scored{out[i-1].Label, 0.6}
		default:
			out[i] = Scored{corpus.Chrome, 0.5}
		}
	}

}

// weights sets each paragraph's weight for the densest-run search from its
// class: good text counts for its words, short and bad paragraphs against.
func (s *ruleScratch) weights(fs []features.Features) {
	for i := range s.class {
		w := &s.weight[i]
		switch s.class[i] {
		case good:
			*w = float64(fs[i].Words)
		case near:
			*w = 0.5 * float64(fs[i].Words)
		case bad:
			*w = -10
		default:
			*w = -1 - 0.3*float64(fs[i].Words)
		}
	}
}

// headline finds the headline among the paragraphs just before the body
// start: a title-like line, preferring one that repeats the page's first
// line (the page title in web dumps). It returns -1 when there is none.
func (r *Rules) headline(paras []corpus.Paragraph, fs []features.Features, s *ruleScratch, out []Scored, start int) int {
	bestI, bestScore := -1, 0.0
	firstDone := false
	for i := start - 1; i >= 0 && i >= start-r.p.HeadlineWindow; i-- {
		f := &fs[i]
		if s.cue[i] >= 0 || f.Words < 3 || f.Words > 30 || f.HasURL || f.HasEmail {
			continue
		}
		score := 1.0 // the first line itself
		if i > 0 {
			if !firstDone {
				s.first.set(paras[0].Text)
				firstDone = true
			}
			s.cand.set(paras[i].Text)
			score = overlap(&s.first, &s.cand)
		}
		// Nearer candidates win ties.
		if score >= 0.6 && score > bestScore {
			bestI, bestScore = i, score
		}
	}
	return bestI
}

// lowerWords holds the words of a text as strings.Fields(strings.ToLower(text))
// gives them, in a buffer reused from text to text: the headline search
// compares them for every candidate line, and the strings and slices of
// Fields and ToLower were most of the rules' allocations.
type lowerWords struct {
	buf  []byte // the lower-cased words, back to back
	ends []int  // ends[k] is where word k ends in buf; it starts where word k-1 ends
}

// set fills w with the words of text. strings.ToLower maps every rune
// (an invalid byte being U+FFFD) by unicode.ToLower, and strings.Fields
// splits the result at unicode.IsSpace runes; so does set, in one pass.
func (w *lowerWords) set(text string) {
	w.buf, w.ends = w.buf[:0], w.ends[:0]
	inWord := false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if r = unicode.ToLower(r); unicode.IsSpace(r) {
			if inWord {
				w.ends = append(w.ends, len(w.buf))
				inWord = false
			}
			continue
		}
		w.buf = utf8.AppendRune(w.buf, r)
		inWord = true
	}
	if inWord {
		w.ends = append(w.ends, len(w.buf))
	}
}

// word returns word k.
func (w *lowerWords) word(k int) []byte {
	start := 0
	if k > 0 {
		start = w.ends[k-1]
	}
	return w.buf[start:w.ends[k]]
}

// overlap is the share of b's words that occur in a.
func overlap(a, b *lowerWords) float64 {
	if len(b.ends) == 0 {
		return 0
	}
	hit := 0
	for k := range b.ends {
		wb := b.word(k)
		for j := range a.ends {
			if bytes.Equal(a.word(j), wb) {
				hit++
				break
			}
		}
	}
	return float64(hit) / float64(len(b.ends))
}

// cueLabel returns the label of the cue that fires for a paragraph, or -1.
// Strong cues always count; weak ones only on paragraphs that do not read
// as a sentence. Comment cues win over bio, promo and chrome.
func cueLabel(text string, f *features.Features) int8 {
	if f.Words < 25 && f.Digits > 0 && (strings.HasSuffix(text, "said:") || strings.HasSuffix(text, "says:") || strings.HasSuffix(text, "wrote:")) {
		return int8(corpus.Comment) // "Jane on May 2, 2019 at 4:47 pm said:"
	}
	for _, l := range [...]corpus.Label{corpus.Comment, corpus.Bio, corpus.Promo, corpus.Chrome} {
		if f.Cues[l] {
			return int8(l)
		}
	}
	if f.Words <= 3 && f.HasHandle {
		return int8(corpus.Bio)
	}
	return -1
}

// isNameLine reports a short line of capitalised words, like a person's name
// above an author bio.
func isNameLine(text string, f *features.Features) bool {
	// (IndexByte: ':' and '|' are ASCII, never part of another rune, and
	// ContainsAny compiled its set of two at every call.)
	return f.Words >= 1 && f.Words <= 4 && f.CapWords == f.Words && f.Digits == 0 && !f.EndsSentence &&
		strings.IndexByte(text, ':') < 0 && strings.IndexByte(text, '|') < 0
}

// maxRun returns the largest sum of a contiguous run of w[lo:hi] and its bounds.
func maxRun(w []float64, lo, hi int) (best float64, bs, be int) {
	cur, cs := 0.0, lo
	for i := lo; i < hi; i++ {
		if cur <= 0 {
			cur, cs = 0, i
		}
		cur += w[i]
		if cur > best {
			best, bs, be = cur, cs, i+1
		}
	}
	return best, bs, be
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// grow returns s with length n, reusing its array when it is large enough,
// without clearing it: for buffers whose every element read is written
// first.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// headerCueShare: in plain text, a comment cue inside the densest run of
// good text opens the comment section only when at least 1/headerCueShare
// of the run's good words stand above it. With 2 (most of them) text CV lost
// 0.007 of body F1 (pages whose comment threads make most of the densest
// run); with 8, the check sets and readability-pages gained nothing. Chosen
// with text CV in view, which makes CV a development number for it. From
// HTML (paragraphs with markup) the cue opens the section as before: the
// rule cost the HTML model's CV 0.9689 -> 0.9640.
const headerCueShare = 4

// isStatLabel reports a paragraph that labels the number under it: a
// line ending in a colon over a line of digits ("Comments:" over "1664" in
// a work's statistics, among "Words:", "Kudos:", "Hits:"), a field of a
// list of facts, not the heading of a comment section.
func isStatLabel(paras []corpus.Paragraph, i int) bool {
	if i+1 >= len(paras) || !strings.HasSuffix(strings.TrimSpace(paras[i].Text), ":") {
		return false
	}
	next := strings.TrimSpace(paras[i+1].Text)
	if next == "" {
		return false
	}
	for k := 0; k < len(next); k++ {
		if c := next[k]; (c < '0' || c > '9') && c != ',' && c != '.' && c != ' ' && c != '/' {
			return false
		}
	}
	return true
}
