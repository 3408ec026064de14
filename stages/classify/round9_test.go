package classify

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Former code of the functions rewritten in profiling round 9
// (docs/throughput.md), and tests that compare the new code with it.

// namedAuthorBoxReference is namedAuthorBox as it was before it looked for
// a stamp between name and sentence only once both were found
// (stampBetween): it tested every short line under every name line as it
// went.
func namedAuthorBoxReference(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	for i := 0; i+1 < n; i++ {
		if out[i].Label == corpus.Body || out[i].Label == corpus.Comment || !isNameLine(paras[i].Text, &fs[i]) {
			continue
		}
		j := i + 1
		stamped := false // a reader's name above a stamp: a comment, not an author box
		for j < n && j-i <= namedBoxMaxGap && fs[j].Words <= 4 && !fs[j].EndsSentence && out[j].Label != corpus.Body {
			stamped = stamped || fs[j].Digits > 0 && (isRelativeTime(paras[j].Text) || isLoneTime(paras[j].Text) || isLoneDate(paras[j].Text))
			j++
		}
		if stamped || j >= n || j-i > namedBoxMaxGap || out[j].Label == corpus.Body && (j > i+1 || !loneBody(out, j)) || out[j].Label == corpus.Comment || fs[j].Words < authorBoxMinWords ||
			!startsWithName(paras[j].Text, paras[i].Text) && !startsWithTrade(paras[j].Text) {
			continue
		}
		end := j + 1
		for end < n && end-j <= namedBoxMaxGap && out[end].Label != corpus.Body && isSocialLine(paras[end].Text) {
			end++
		}
		for k := i; k < end; k++ {
			if out[k].Label != corpus.Bio {
				out[k] = Scored{Label: corpus.Bio, Score: 0.7}
			}
		}
		i = end - 1
	}
}

// randomBoxDocument makes a document of the lines namedAuthorBox reads:
// name lines, stamps of every kind (relative, lone dates and times, some
// with a count and some without), titles, links to profiles, sentences
// that start with the name or a trade and others, with their features from
// the extractor and random labels.
func randomBoxDocument(rng *rand.Rand, x *features.Extractor) ([]corpus.Paragraph, []features.Features, []Scored) {
	lines := []string{
		"Meg James", "Roger Gonzalez", "Nick A", "Gaston64", "Anna", "Follow Us", "twitter", "instagram", "email",
		"CBS Sports Writer", "2 hours ago", "vor 3 Stunden", "il y a 5 h", "Yesterday", "an hour ago", "20:15", "4:47 pm",
		"12.05.2026", "14 de agosto de 2026", "Nov. 19, 2019", "Heute, 14:05", "3小时前", "5 of 24", "Gaston64 · il y a 5 h",
		"Meg James is a corporate media reporter who covers the business of television.",
		"Roger Gonzalez is an award-winning writer who has covered the league for ten years.",
		"James joined the newsroom in March 2017 after six years at the local paper.",
		"Dziennikarka działu śledczego. Pisze o polityce i gospodarce od wielu lat.",
		"The council met on Tuesday to discuss the budget for the coming year in detail.",
		"I am a reporter and I write about the courts and the police in the city.",
		"Thanks for reading.", "",
	}
	labels := []corpus.Label{corpus.Body, corpus.Chrome, corpus.Promo, corpus.Bio, corpus.Comment}
	k := 1 + rng.IntN(30)
	paras := make([]corpus.Paragraph, k)
	out := make([]Scored, k)
	for i := range paras {
		paras[i].Text = lines[rng.IntN(len(lines))]
		l := labels[rng.IntN(len(labels))]
		if rng.IntN(2) == 0 {
			l = corpus.Chrome // fewer body lines: more boxes to find
		}
		out[i] = Scored{Label: l, Score: rng.Float32()}
	}
	fs, _ := x.Document(paras, nil, nil)
	return paras, fs, out
}

// TestNamedAuthorBoxMatchesReference compares namedAuthorBox with
// namedAuthorBoxReference on random documents, and checks that they hold
// both boxes and boxes that a stamp turns away.
func TestNamedAuthorBoxMatchesReference(t *testing.T) {
	x, err := features.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(9, 1))
	relabelled, stamped := 0, 0
	for n := 0; n < 20000; n++ {
		paras, fs, out := randomBoxDocument(rng, x)
		ref := append([]Scored(nil), out...)
		orig := append([]Scored(nil), out...)
		namedAuthorBox(paras, fs, out)
		namedAuthorBoxReference(paras, fs, ref)
		for i := range out {
			if out[i] != ref[i] {
				t.Fatalf("document %v, line %d: namedAuthorBox gives %v, the reference %v", paras, i, out[i], ref[i])
			}
			if out[i] != orig[i] {
				relabelled++
			}
		}
		// Without digits no line is a stamp: a box found then and not
		// before was turned away by one.
		unstamped := append([]features.Features(nil), fs...)
		for i := range unstamped {
			unstamped[i].Digits = 0
		}
		free := append([]Scored(nil), orig...)
		namedAuthorBoxReference(paras, unstamped, free)
		for i := range free {
			if free[i] != ref[i] {
				stamped++
				break
			}
		}
	}
	if relabelled < 1000 || stamped < 100 {
		t.Fatalf("%d lines relabelled, %d documents with a box turned away by a stamp: the random documents hardly test the pass", relabelled, stamped)
	}
	t.Logf("%d lines relabelled, %d documents with a box turned away by a stamp", relabelled, stamped)
}

// promoListsReference is promoLists as it was before it looked at the line
// under a heading before the heading's shape.
func promoListsReference(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	bodyWords := 0
	for i := 0; i < n; i++ {
		f := &fs[i]
		if out[i].Label == corpus.Body {
			bodyWords += f.Words
			continue
		}
		if bodyWords < minBodyWordsAbove || out[i].Label == corpus.Comment {
			continue
		}
		if !isPromoHeading(paras[i].Text, f) && !(f.Cues[corpus.Promo] && f.Words <= promoHeadingMaxWords) {
			continue
		}
		j := i + 1
		for ; j < n; j++ {
			g := &fs[j]
			if out[j].Label != corpus.Chrome && out[j].Label != corpus.Promo {
				break
			}
			teaser := g.Words >= 3 && g.Words <= teaserMaxWords && !strings.HasSuffix(paras[j].Text, ".") && !g.Cues[corpus.Chrome] && !g.Cues[corpus.Comment] && !g.Cues[corpus.Bio]
			if !teaser && !g.Cues[corpus.Promo] {
				break
			}
		}
		if j == i+1 {
			continue // a heading with no list under it
		}
		for k := i; k < j; k++ {
			if out[k].Label != corpus.Promo {
				out[k] = Scored{Label: corpus.Promo, Score: 0.6}
			}
		}
		i = j - 1
	}
}

// randomPromoDocument makes a document of the lines promoLists reads: the
// article's prose, headings of lists of other stories (and lines that
// start like one), teasers, lines with cues, stamps and sentences, with
// their features from the extractor and random labels (chrome and promo
// most often).
func randomPromoDocument(rng *rand.Rand, x *features.Extractor) ([]corpus.Paragraph, []features.Features, []Scored) {
	lines := []string{
		"The council met on Tuesday to discuss the budget for the coming year and agreed on most of the points that had been raised by the opposition in the weeks before the vote.",
		"Related", "Related:", "Related stories", "Relatedness", "More stories", "Most read", "Read more", "Read more.",
		"Lesen Sie auch", "À lire aussi", "A lire aussi", "Lo más leído", "Zobacz także", "  Related", ":Related", "More in Sports",
		"Recommended", "Recommended reading", "Trending", "Trending now", "Don’t miss", "Don't miss", "Über uns",
		"Mayor unveils plan for new city park", "Five things to know about the election", "Subscribe to our newsletter",
		"Download our app", "Sign up for the morning briefing", "2 hours ago", "Share this article", "Comments",
		"Thanks for reading.", "Advertisement", "x", "",
	}
	labels := []corpus.Label{corpus.Body, corpus.Chrome, corpus.Promo, corpus.Bio, corpus.Comment}
	k := 1 + rng.IntN(30)
	paras := make([]corpus.Paragraph, k)
	out := make([]Scored, k)
	for i := range paras {
		if i < 4 && rng.IntN(4) != 0 {
			paras[i].Text = lines[0]
			out[i] = Scored{Label: corpus.Body, Score: rng.Float32()}
			continue
		}
		paras[i].Text = lines[1+rng.IntN(len(lines)-1)]
		l := labels[rng.IntN(len(labels))]
		if rng.IntN(2) == 0 {
			l = labels[1+rng.IntN(2)] // chrome or promo: more lists to find
		}
		out[i] = Scored{Label: l, Score: rng.Float32()}
	}
	fs, _ := x.Document(paras, nil, nil)
	return paras, fs, out
}

// TestPromoListsMatchesReference compares promoLists with
// promoListsReference on random documents.
func TestPromoListsMatchesReference(t *testing.T) {
	x, err := features.DefaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(9, 2))
	relabelled := 0
	for n := 0; n < 20000; n++ {
		paras, fs, out := randomPromoDocument(rng, x)
		ref := append([]Scored(nil), out...)
		orig := append([]Scored(nil), out...)
		promoLists(paras, fs, out)
		promoListsReference(paras, fs, ref)
		for i := range out {
			if out[i] != ref[i] {
				t.Fatalf("document %v, line %d: promoLists gives %v, the reference %v", paras, i, out[i], ref[i])
			}
			if out[i] != orig[i] {
				relabelled++
			}
		}
	}
	if relabelled < 1000 {
		t.Fatalf("only %d lines relabelled: the random documents hardly test the pass", relabelled)
	}
	t.Logf("%d lines relabelled", relabelled)
}
