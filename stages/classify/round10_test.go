package classify

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/winnowhq/winnow/corpus"
)

// Former code of the functions rewritten in profiling round 10
// (docs/throughput.md), and tests that compare the new code with it.

// addTermsReference is addTerms as it was before round 10: the Go loop
// (addTermsGo, which other architectures still run), kept here as it was.
func addTermsReference(a0, a1, a2, a3, a4 float32, w *[baseDim * corpus.NumLabels]float32, ts []baseTerm) (float32, float32, float32, float32, float32) {
	for _, t := range ts {
		r := int(t.row)
		row := (*[corpus.NumLabels]float32)(w[r : r+corpus.NumLabels])
		x := t.x
		a0 += x * row[0]
		a1 += x * row[1]
		a2 += x * row[2]
		a3 += x * row[3]
		a4 += x * row[4]
	}
	return a0, a1, a2, a3, a4
}

// randomFloat32 draws a float32 of every kind: mostly ordinary values of
// the sizes of features and weights, and zeros of both signs, ones,
// subnormals, huge values, infinities and NaNs of several payloads.
func randomFloat32(rng *rand.Rand) float32 {
	switch rng.IntN(20) {
	case 0:
		return 0
	case 1:
		return float32(math.Copysign(0, -1))
	case 2:
		return 1
	case 3:
		return math.Float32frombits(rng.Uint32() & 0x807fffff) // subnormal
	case 4:
		return math.Float32frombits(rng.Uint32()) // any bits: NaNs, infinities, huge
	case 5:
		return float32(math.Inf(1 - 2*rng.IntN(2)))
	case 6:
		return math.Float32frombits(0x7fc00000 | rng.Uint32()&0x803fffff) // quiet NaN, random payload and sign
	}
	return float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(7)-3)))
}

// TestAddTermsMatchesReference compares addTerms (SSE on amd64) with the
// former Go loop, bit for bit, on random weights, terms and starting sums,
// special values included. A NaN stands for any NaN: when two NaNs meet,
// the processor keeps the payload of the instruction's destination, and
// which operand the Go compiler makes the destination depends on its
// register allocation (the reference inlined here and in scoresFromBase
// differ on label 4), so the former code itself gave either payload.
// Weights and features are finite: no NaN reaches a sum.
func TestAddTermsMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 1))
	var w [baseDim * corpus.NumLabels]float32
	ts := make([]baseTerm, 0, baseDim)
	for iter := 0; iter < 200000; iter++ {
		special := iter%4 == 0
		for k := range w {
			if special {
				w[k] = randomFloat32(rng)
			} else {
				w[k] = float32(rng.NormFloat64())
			}
		}
		ts = ts[:0]
		for f := 0; f < baseDim; f++ {
			if rng.IntN(3) == 0 {
				x := float32(1)
				if special {
					x = randomFloat32(rng)
				} else if rng.IntN(2) == 0 {
					x = rng.Float32()
				}
				ts = append(ts, baseTerm{row: int32(f * corpus.NumLabels), x: x})
			}
		}
		if iter%7 == 0 {
			// Rows in any order, repeated: addTerms does not rely on
			// appendTerms' order.
			for k := range ts {
				ts[k].row = int32(rng.IntN(baseDim) * corpus.NumLabels)
			}
		}
		var a [corpus.NumLabels]float32
		for k := range a {
			if special {
				a[k] = randomFloat32(rng)
			} else {
				a[k] = float32(rng.NormFloat64())
			}
		}
		g0, g1, g2, g3, g4 := addTerms(a[0], a[1], a[2], a[3], a[4], &w, ts)
		r0, r1, r2, r3, r4 := addTermsReference(a[0], a[1], a[2], a[3], a[4], &w, ts)
		got := [...]float32{g0, g1, g2, g3, g4}
		want := [...]float32{r0, r1, r2, r3, r4}
		for k := range got {
			if math.Float32bits(got[k]) != math.Float32bits(want[k]) && !(got[k] != got[k] && want[k] != want[k]) {
				t.Fatalf("iteration %d, label %d: %#08x, want %#08x (%d terms)", iter, k, math.Float32bits(got[k]), math.Float32bits(want[k]), len(ts))
			}
		}
	}
}

// scoresFromBaseReference is Model.scoresFromBase as it was before round
// 10: the Go loops over the terms of the paragraph and its neighbours
// (addTermsReference), then the hashed rows.
func (m *Model) scoresFromBaseReference(v *vectors, rows *hashedRows, i int, z []float32) {
	const L = corpus.NumLabels
	var a0, a1, a2, a3, a4 float32
	addOne := func(row *[L]float32) {
		a0 += row[0]
		a1 += row[1]
		a2 += row[2]
		a3 += row[3]
		a4 += row[4]
	}
	terms, start := v.terms, v.termStart
	addBase := func(off, j int) {
		w := (*[baseDim * L]float32)(m.dense[off*L : (off+baseDim)*L])
		a0, a1, a2, a3, a4 = addTermsReference(a0, a1, a2, a3, a4, w, terms[start[j]:start[j+1]])
	}
	addOne((*[L]float32)(m.dense))
	addBase(1, i)
	off := 1 + baseDim
	for k := -Window; k <= Window; k++ {
		if k == 0 {
			continue
		}
		if j := i + k; j < 0 || j >= v.n {
			addOne((*[L]float32)(m.dense[off*L:]))
		} else {
			addBase(off+1, j)
		}
		off += baseDim + 1
	}
	for _, h := range v.hashed[i*maxHashed : i*maxHashed+v.nhash[i]] {
		if row := rows.row(h); row != nil {
			addOne(row)
		}
	}
	z[0], z[1], z[2], z[3], z[4] = a0, a1, a2, a3, a4
}

// round10Lines are the lines of randomRound10Document: prose in several
// languages, short lines of page furniture, names, dates, stamps, links.
var round10Lines = []string{
	"The council met on Tuesday to discuss the budget for the coming year in detail.",
	"Meg James is a corporate media reporter who covers the business of television.",
	"I am a reporter and I write about the courts and the police in the city.",
	"Dziennikarka działu śledczego. Pisze o polityce i gospodarce od wielu lat.",
	"Le gouvernement a annoncé mardi une réforme des retraites, qui sera présentée au Parlement.",
	"Die Regierung hat am Dienstag eine Reform angekündigt, die im Herbst in Kraft treten soll.",
	"El presidente dijo que la economía crecerá un 3% este año, según el informe oficial.",
	"政府は火曜日、新しい経済対策を発表した。", "中国国家统计局周二公布的数据显示，经济增长放缓。",
	"Home", "News | Sport | Weather", "Share this article", "Advertisement", "Subscribe to our newsletter",
	"Leave a reply", "Photo: Getty Images", "Related articles", "Read more:", "Follow Us", "twitter",
	"2 hours ago", "Nov. 19, 2019", "4:47 pm", "By Jane Doe · 5 min read", "© 2026 The Paper. All rights reserved.",
	"Contact us at news@example.com or visit https://example.com/news.", "@winnow", "Comments (12)",
	"Roger Gonzalez", "CBS Sports Writer", "Ingredients:", "1 cup flour", "Thanks for reading.", "",
	"“We are not going to stop,” she said. “Not now, not ever.”", "Q&A: what the new rules mean for you",
}

// randomRound10Document makes a document of 1 to 80 paragraphs: lines of
// round10Lines and random mixtures of their words, in blocks.
func randomRound10Document(rng *rand.Rand) []corpus.Paragraph {
	n := 1 + rng.IntN(80)
	paras := make([]corpus.Paragraph, n)
	block := 0
	for i := range paras {
		if rng.IntN(3) == 0 {
			block++
		}
		text := round10Lines[rng.IntN(len(round10Lines))]
		if rng.IntN(4) == 0 {
			var words []string
			for k := rng.IntN(40); k >= 0; k-- {
				ws := strings.Fields(round10Lines[rng.IntN(len(round10Lines))])
				if len(ws) > 0 {
					words = append(words, ws[rng.IntN(len(ws))])
				}
			}
			text = strings.Join(words, " ")
		}
		paras[i] = corpus.Paragraph{Text: text, Block: block}
	}
	return paras
}

// TestScoresFromBaseMatchesReference compares the first layer's scores
// (scoresFromBase, its dense part in SSE on amd64, and denseScoresGo) with
// the former code, bit for bit, on thousands of random documents, with the
// default model's weights and with random weights of every kind.
func TestScoresFromBaseMatchesReference(t *testing.T) {
	def := defaultModelT(t)
	rng := rand.New(rand.NewPCG(10, 2))
	odd := newModel(def.rules)
	odd.Info, odd.wordLangs = def.Info, def.wordLangs
	for k := range odd.dense {
		odd.dense[k] = randomFloat32(rng)
	}
	for k := range odd.hashed {
		if rng.IntN(4) == 0 {
			odd.hashed[k] = float32(rng.NormFloat64())
		}
	}
	same := func(a, b float32) bool {
		return math.Float32bits(a) == math.Float32bits(b) || a != a && b != b
	}
	s := &modelScratch{}
	var z, zr [corpus.NumLabels]float32
	paragraphs := 0
	for d := 0; d < 4000; d++ {
		paras := randomRound10Document(rng)
		for _, m := range []*Model{def, odd} {
			m.rules.analyse(paras, &s.rs)
			s.v.noWords = !m.readsWords(&s.rs)
			s.v.vectorize(paras, &s.rs, false)
			rows := m.hashedRows()
			for i := range paras {
				m.scoresFromBase(&s.v, rows, i, z[:])
				m.scoresFromBaseReference(&s.v, rows, i, zr[:])
				g0, g1, g2, g3, g4 := m.denseScoresGo(&s.v, i)
				d0, d1, d2, d3, d4 := m.denseScores(&s.v, i)
				zg := [...]float32{g0, g1, g2, g3, g4}
				zd := [...]float32{d0, d1, d2, d3, d4}
				for k := range z {
					if !same(z[k], zr[k]) {
						t.Fatalf("document %d, paragraph %d, label %d: %#08x, the reference %#08x", d, i, k, math.Float32bits(z[k]), math.Float32bits(zr[k]))
					}
					if !same(zg[k], zd[k]) {
						t.Fatalf("document %d, paragraph %d, label %d: denseScores and denseScoresGo differ", d, i, k)
					}
				}
				paragraphs++
			}
		}
	}
	t.Logf("%d paragraphs", paragraphs)
}

// lexicalWordsReference is lexicalWords as it was before round 10: every
// feature hashed by its own loop over the word's bytes.
func lexicalWordsReference(dst []uint32, w *docWords, paras []corpus.Paragraph, i int) int {
	n := 0
	add := func(h uint32) {
		if n < len(dst) {
			dst[n] = h
			n++
		}
	}
	buf, start, ends := w.span(i)
	nw := min(len(ends), lexWords)
	for _, end := range ends[:nw] {
		add(bucketBytes('w', buf[start:end]))
		start = end
	}
	if nw > 0 {
		add(bucketBytes('f', w.word(i, 0)))
		add(bucketBytes('l', w.word(i, nw-1)))
	}
	if nw > 1 {
		add(bucketPair('2', w.word(i, 0), w.word(i, 1)))
	}
	if nw == 0 {
		add(bucket('e', "-"))
	}
	if st := paras[i].Structure; st != nil {
		if st.Tag != "" {
			add(bucket('t', st.Tag))
		}
		for _, h := range st.Hints {
			if h != "" {
				add(bucket('c', h))
			}
		}
	}
	if i > 0 && w.count(i-1) > 0 {
		add(bucketBytes('p', w.word(i-1, 0)))
	}
	if i+1 < len(paras) && w.count(i+1) > 0 {
		add(bucketBytes('n', w.word(i+1, 0)))
	}
	return n
}

// TestLexicalWordsMatchesRound10Reference compares the hashed lexical
// features (lexicalWords, and vectorize's, which hashes each first word
// once for the document) with the former code on thousands of random
// documents, some with markup structure, with and without a cap on their
// number.
func TestLexicalWordsMatchesRound10Reference(t *testing.T) {
	def := defaultModelT(t)
	rng := rand.New(rand.NewPCG(10, 3))
	var s ruleScratch
	var v vectors
	got := make([]uint32, maxHashed)
	want := make([]uint32, maxHashed)
	features := 0
	for d := 0; d < 6000; d++ {
		paras := randomRound10Document(rng)
		if d%3 == 0 {
			for i := range paras {
				if rng.IntN(2) == 0 {
					paras[i].Structure = &corpus.Structure{Tag: []string{"p", "li", "", "h2"}[rng.IntN(4)], Hints: []string{"comment", "", "nav"}[:rng.IntN(4)]}
				}
			}
		}
		def.rules.analyse(paras, &s)
		v.noWords = false
		v.vectorize(paras, &s, false)
		for i := range paras {
			nw := lexicalWordsReference(want, &s.words, paras, i)
			if ng := v.nhash[i]; ng != nw || !slices.Equal(v.hashed[i*maxHashed:i*maxHashed+ng], want[:nw]) {
				t.Fatalf("document %d, paragraph %d %q: vectorize %v, the reference %v", d, i, paras[i].Text, v.hashed[i*maxHashed:i*maxHashed+ng], want[:nw])
			}
			for _, c := range []int{maxHashed, 1 + rng.IntN(30)} {
				ng := lexicalWords(got[:c], &s.words, paras, i)
				nw := lexicalWordsReference(want[:c], &s.words, paras, i)
				if !slices.Equal(got[:ng], want[:nw]) {
					t.Fatalf("document %d, paragraph %d %q, cap %d: %v, the reference %v", d, i, paras[i].Text, c, got[:ng], want[:nw])
				}
			}
			features += nw
		}
	}
	t.Logf("%d features", features)
}

// stackScoresReference is stackScores as it was before round 10.
func stackScoresReference(w, head []float32, base []baseTerm, z []float32) {
	const L = corpus.NumLabels
	var a0, a1, a2, a3, a4 float32
	wh := (*[stackHead * L]float32)(w[:stackHead*L])
	for j, x := range head[:min(len(head), stackHead)] {
		if x != 0 {
			row := (*[L]float32)(wh[j*L : j*L+L])
			a0 += x * row[0]
			a1 += x * row[1]
			a2 += x * row[2]
			a3 += x * row[3]
			a4 += x * row[4]
		}
	}
	wb := (*[baseDim * L]float32)(w[stackHead*L : (stackHead+baseDim)*L])
	a0, a1, a2, a3, a4 = addTermsReference(a0, a1, a2, a3, a4, wb, base)
	z[0], z[1], z[2], z[3], z[4] = a0, a1, a2, a3, a4
}

// TestStackScoresMatchesReference compares the second layer's linear
// scores (stackScores: SSE on amd64) with the former code, bit for bit, on
// random weights and vectors: heads of every length up to stackHead (and
// longer), with zeros of both signs, NaNs and the other special values.
func TestStackScoresMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 4))
	w := make([]float32, StackDim*corpus.NumLabels)
	head := make([]float32, stackHead+3)
	var z, zr [corpus.NumLabels]float32
	for iter := 0; iter < 50000; iter++ {
		special := iter%4 == 0
		for k := range w {
			if special {
				w[k] = randomFloat32(rng)
			} else {
				w[k] = float32(rng.NormFloat64())
			}
		}
		h := head[:rng.IntN(len(head)+1)]
		for k := range h {
			switch {
			case rng.IntN(3) == 0:
				h[k] = 0
			case special:
				h[k] = randomFloat32(rng)
			default:
				h[k] = rng.Float32()
			}
		}
		var base []baseTerm
		for f := 0; f < baseDim; f++ {
			if rng.IntN(3) == 0 {
				x := float32(1)
				if special {
					x = randomFloat32(rng)
				}
				base = append(base, baseTerm{row: int32(f * corpus.NumLabels), x: x})
			}
		}
		stackScores(w, h, base, z[:])
		stackScoresReference(w, h, base, zr[:])
		for k := range z {
			if math.Float32bits(z[k]) != math.Float32bits(zr[k]) && !(z[k] != z[k] && zr[k] != zr[k]) {
				t.Fatalf("iteration %d, label %d: %#08x, the reference %#08x", iter, k, math.Float32bits(z[k]), math.Float32bits(zr[k]))
			}
		}
	}
}
