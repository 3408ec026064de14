package features

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/winnowhq/winnow/corpus"
)

// matchCuesReference is matchCues as it was before cueRefs: the reference
// TestMatchCuesMatchesReference compares it with.
func (e *Extractor) matchCuesReference(norm []byte, cands []cueCandidate, words int) (hits [corpus.NumLabels]bool) {
	for _, cd := range cands {
		for _, ci := range e.words.cues[cd.ent.cueStart:cd.ent.cueEnd] {
			c := &e.cues.cues[ci]
			if hits[c.Label] || (!c.Strong && words >= ShortWords) {
				continue
			}
			at := cd.at
			if c.anchored {
				if at != 1 {
					continue
				}
				at = 0
			}
			if rest := norm[at:]; len(rest) >= len(c.needle) && string(rest[:len(c.needle)]) == c.needle {
				hits[c.Label] = true
			}
		}
	}
	return hits
}

// TestMatchCuesMatchesReference compares matchCues with matchCuesReference
// on random paragraphs made of the default cues' phrases, whole, cut short
// or with a word changed, at the start, the end or inside, short (weak cues
// apply) and long, and on the article-extraction lines.
func TestMatchCuesMatchesReference(t *testing.T) {
	x := defaultExtractor(t)
	var phrases []string
	for _, c := range DefaultCues() {
		p := strings.TrimSuffix(strings.TrimPrefix(c.Phrase, "^"), "$")
		phrases = append(phrases, p, strings.ToUpper(p))
		if w := strings.Fields(p); len(w) > 1 {
			phrases = append(phrases, strings.Join(w[:len(w)-1], " "), strings.Join(w[:len(w)-1], " ")+" x"+w[len(w)-1])
		}
	}
	others := []string{"the", "news", "is", "a", "more", "of", "Jane", "Doe", ".", ",", ":", "©", "2024", "’", "'"}
	var texts []string
	for _, ps := range referencePages(t) {
		for _, p := range ps {
			texts = append(texts, p.Text)
		}
	}
	rng := rand.New(rand.NewPCG(8, 11))
	for n := 0; n < 100000; n++ {
		var sb strings.Builder
		words := rng.IntN(6)
		if rng.IntN(3) == 0 {
			words += 25
		}
		for k := 0; k < words; k++ {
			if rng.IntN(3) == 0 {
				sb.WriteString(phrases[rng.IntN(len(phrases))])
			} else {
				sb.WriteString(others[rng.IntN(len(others))])
			}
			sb.WriteByte(' ')
		}
		texts = append(texts, sb.String())
	}
	var sc Scratch
	hits := 0
	for _, text := range texts {
		var f Features
		x.paragraph(text, &f, &sc)
		want := x.matchCuesReference(sc.norm, sc.cands, f.Words)
		if f.Cues != want {
			t.Fatalf("%q: matchCues gives %v, the reference %v", text, f.Cues, want)
		}
		if want != ([corpus.NumLabels]bool{}) {
			hits++
		}
	}
	if hits < 10000 {
		t.Fatalf("only %d paragraphs with a cue", hits)
	}
}

// TestMatchCuesTiming times matchCues against matchCuesReference on the
// article-extraction lines (their cue-matching forms and candidates made
// first), alternately in one process, and logs the median ratio. It runs
// only with WINNOW_TIMING set.
func TestMatchCuesTiming(t *testing.T) {
	if os.Getenv("WINNOW_TIMING") == "" {
		t.Skip("set WINNOW_TIMING to time")
	}
	x := defaultExtractor(t)
	type para struct {
		norm  []byte
		cands []cueCandidate
		words int
	}
	var paras []para
	var sc Scratch
	for _, ps := range referencePages(t) {
		for _, p := range ps {
			var f Features
			x.paragraph(p.Text, &f, &sc)
			paras = append(paras, para{slices.Clone(sc.norm), slices.Clone(sc.cands), f.Words})
		}
	}
	sink := 0
	timeMatch := func(match func([]byte, []cueCandidate, int) [corpus.NumLabels]bool) time.Duration {
		start := time.Now()
		for rep := 0; rep < 10; rep++ {
			for _, p := range paras {
				if h := match(p.norm, p.cands, p.words); h[corpus.Bio] {
					sink++
				}
			}
		}
		return time.Since(start)
	}
	var ratios []float64
	for pair := 0; pair < 31; pair++ {
		o, n := timeMatch(x.matchCuesReference), timeMatch(x.matchCues)
		ratios = append(ratios, float64(n)/float64(o))
	}
	slices.Sort(ratios)
	t.Logf("matchCues/reference median %.3f (quartiles %.3f, %.3f) %d", ratios[15], ratios[7], ratios[23], sink%2)
}
