package classify

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

// A small synthetic corpus of news pages: a headline, a navigation block, a
// byline, five to eight paragraphs of prose, a newsletter promo, a comment
// prompt and a copyright line, every line with its gold label.

// zhProse is a few paragraphs of Chinese news prose.
var zhProse = []string{
	"本报讯 市统计局昨日发布的数据显示，今年前三季度全市小微企业新增贷款同比增长一成以上，其中首次获得贷款的企业数量明显增加，平均贷款利率也比去年同期有所下降。",
	"记者在多家银行网点了解到，为了让更多小微企业贷得到、贷得起，不少银行推出了线上申请和快速审批的产品，一些企业从提交材料到拿到贷款只用了两三天。",
	"一家做五金配件出口的企业负责人告诉记者，今年订单有所恢复，但原材料价格波动较大，企业对流动资金的需求比往年更加迫切，银行的支持来得很及时。",
	"也有企业主反映，目前不少贷款期限仍以一年为主，和企业购买设备、扩大生产的周期并不匹配，希望能有更多中长期的信贷产品可以选择。",
	"专家认为，四季度小微企业信贷有望保持平稳增长，但银行在扩大投放的同时，也要注意防范风险，把有限的资金用在真正需要的地方。",
}

var prose = []string{
	"The city council approved on Tuesday a budget that raises spending on schools and roads, after a debate that lasted until late in the evening.",
	"Supporters said the plan was the first in a decade to fund the repairs that the schools have needed for years, and that it would be paid for without new taxes.",
	"The largest part of the money will go to the repair of old buildings, with the rest spread over road works and a new bus line for the east of the city.",
	"Critics said that the plan relied on optimistic forecasts of tax income and that the council would have to come back to the question within a year or two.",
	"The national team won its third match in a row on Sunday, and the coach said that he was proud of the way his players had kept their heads in the second half.",
	"Fans who had travelled across the country to see the game sang in the stands long after the final whistle, and many of them stayed in the town for the night.",
	"Scientists at the university have found that the river is cleaner than it has been for fifty years, thanks to the work of farmers and of the water company.",
	"The study, which was published on Monday in a leading journal, looked at samples that were taken at more than two hundred places along the river since 1990.",
	"The minister told reporters that the government would not change its plans for the new railway, even though the cost of the project has risen again this year.",
	"Residents of the villages along the planned route have said for a long time that the line would cut their farms in two and that nobody had asked them about it.",
	"The museum will open its new wing to the public in the spring, with a collection of paintings that have never been shown in the country before this exhibition.",
	"Its director said that the building had taken six years to finish and that she hoped it would bring more visitors to a part of the city that is often overlooked.",
	"Prices in the shops rose more slowly last month than economists had expected, which has led many of them to think that the bank will not raise its rates soon.",
	"The weather service has warned that the storm could bring heavy rain and strong winds to the coast on Friday, and it has asked people not to travel if they can.",
	"The company said that it would build a new factory in the north of the country, where it hopes to employ about four hundred people by the end of next year.",
	"Teachers in the region have voted to accept the offer of the government, which ends a dispute that had closed many of the schools for more than two weeks.",
}

var headlines = []string{
	"Council approves new budget for schools and roads",
	"National team wins third match in a row",
	"River is cleaner than it has been for fifty years",
	"Minister stands by plans for the new railway",
	"Museum opens new wing in the spring",
	"Prices rise more slowly than expected",
	"Storm warning for the coast on Friday",
	"Company to build a new factory in the north",
}

var navLines = []string{"Home", "World", "Sport"}

var (
	authors = []string{"Jane Doe", "John Smith", "Maria Garcia", "Peter Brown", "Anna Lee"}
	months  = []string{"January", "March", "May", "July", "September", "November"}
	sites   = []string{"City News", "The Daily Post", "Morning Herald", "Site"}
)

type goldLine struct {
	text  string
	label corpus.Label
}

// synthPage returns page i of the synthetic corpus as blocks of gold lines.
func synthPage(i int) [][]goldLine {
	var blocks [][]goldLine
	blocks = append(blocks, []goldLine{{headlines[i%len(headlines)], corpus.Body}})
	var nav []goldLine
	for _, l := range navLines {
		nav = append(nav, goldLine{l, corpus.Chrome})
	}
	blocks = append(blocks, nav)
	blocks = append(blocks, []goldLine{{fmt.Sprintf("By %s | %s %d, %d", authors[i%len(authors)], months[i%len(months)], 1+i%27, 2015+i%8), corpus.Bio}})
	for j := 0; j < 5+i%4; j++ {
		var sents []string
		for k := 0; k < 2+(i+j)%2; k++ {
			sents = append(sents, prose[(i*5+j*3+k*7)%len(prose)])
		}
		blocks = append(blocks, []goldLine{{strings.Join(sents, " "), corpus.Body}})
	}
	blocks = append(blocks,
		[]goldLine{{"Subscribe to our newsletter", corpus.Promo}},
		[]goldLine{{"Leave a reply", corpus.Comment}},
		[]goldLine{{fmt.Sprintf("© %d %s. All rights reserved.", 2015+i%8, sites[i%len(sites)]), corpus.Chrome}})
	return blocks
}

// paragraphs normalises and splits text as the pipeline does.
func paragraphs(t testing.TB, text string) []corpus.Paragraph {
	norm, _ := normalize.Text([]byte(text))
	ps := split.Paragraphs(norm, nil)
	require.NotEmpty(t, ps)
	return ps
}

// synthDoc renders page i and returns its paragraphs with their gold labels.
func synthDoc(t testing.TB, i int) TrainDoc {
	var text strings.Builder
	gold := map[string]corpus.Label{}
	for b, block := range synthPage(i) {
		if b > 0 {
			text.WriteString("\n\n")
		}
		for k, l := range block {
			if k > 0 {
				text.WriteString("\n")
			}
			text.WriteString(l.text)
			gold[l.text] = l.label
		}
	}
	d := TrainDoc{Key: fmt.Sprintf("page-%02d", i), Paras: paragraphs(t, text.String())}
	for _, p := range d.Paras {
		l, ok := gold[p.Text]
		require.True(t, ok, "paragraph %q is not a line of page %d", p.Text, i)
		d.Labels = append(d.Labels, l)
	}
	return d
}

const numSynth = 20

func synthCorpus(t testing.TB) []TrainDoc {
	docs := make([]TrainDoc, numSynth)
	for i := range docs {
		docs[i] = synthDoc(t, i)
	}
	return docs
}

// trainSynth trains a model on the synthetic corpus.
func trainSynth(t testing.TB, opts TrainOptions) *Model {
	m, err := Train(synthCorpus(t), newRules(t), opts)
	require.NoError(t, err)
	return m
}

var synthModel struct {
	once sync.Once
	m    *Model
}

// sharedSynthModel trains the synthetic model with the default options once
// per test binary. Tests must not modify it.
func sharedSynthModel(t testing.TB) *Model {
	synthModel.once.Do(func() { synthModel.m = trainSynth(t, DefaultTrainOptions()) })
	require.NotNil(t, synthModel.m)
	return synthModel.m
}

func modelBytes(t testing.TB, m *Model) []byte {
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	require.NoError(t, err)
	require.Equal(t, int64(buf.Len()), n)
	return buf.Bytes()
}

func readModel(t testing.TB, b []byte) *Model {
	m, err := ReadModel(bytes.NewReader(b), newRules(t))
	require.NoError(t, err)
	return m
}

var defaultModelOnce = sync.OnceValues(DefaultModel)

func defaultModelT(t testing.TB) *Model {
	m, err := defaultModelOnce()
	require.NoError(t, err)
	return m
}

func countBody(out []Scored) int {
	n := 0
	for _, o := range out {
		if o.Label == corpus.Body {
			n++
		}
	}
	return n
}

func TestTrainDeterministic(t *testing.T) {
	tests := []struct {
		name string
		opts func(*TrainOptions)
	}{
		{"default (stacked)", func(*TrainOptions) {}},
		{"single layer", func(o *TrainOptions) { o.StackFolds = 0 }},
		{"body-only augmentation", func(o *TrainOptions) { o.AugmentBodyOnly = true; o.Epochs = 3 }},
		{"ensemble of 3", func(o *TrainOptions) { o.Members = 3; o.Epochs = 3 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultTrainOptions()
			tt.opts(&opts)
			a := modelBytes(t, trainSynth(t, opts))
			b := modelBytes(t, trainSynth(t, opts))
			assert.True(t, bytes.Equal(a, b), "two trainings with the same options differ")
		})
	}
	// The seed matters: another seed visits the examples in another order.
	opts := DefaultTrainOptions()
	opts.Seed = 2
	assert.False(t, bytes.Equal(modelBytes(t, sharedSynthModel(t)), modelBytes(t, trainSynth(t, opts))))
}

func TestTrainedModelHeldOut(t *testing.T) {
	m := sharedSynthModel(t)
	for _, i := range []int{numSynth + 3, numSynth + 10, 97} {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			d := synthDoc(t, i)
			out := m.Classify(d.Paras)
			require.Len(t, out, len(d.Paras))
			for k, p := range d.Paras {
				switch {
				case d.Labels[k] == corpus.Body && k > 0:
					assert.Equal(t, corpus.Body, out[k].Label, "prose paragraph %q", p.Text)
				case p.Block == 1:
					assert.NotEqual(t, corpus.Body, out[k].Label, "nav line %q", p.Text)
				}
				// The synthetic pages are regular enough to be labelled exactly.
				assert.Equal(t, d.Labels[k].String(), out[k].Label.String(), "%q", p.Text)
				assert.True(t, out[k].Score > 0 && out[k].Score <= 1, "score %v of %q", out[k].Score, p.Text)
			}
		})
	}
}

func TestTrainedModelInfo(t *testing.T) {
	m := sharedSynthModel(t)
	var want []string
	for i := 0; i < numSynth; i++ {
		want = append(want, fmt.Sprintf("page-%02d", i))
	}
	assert.Equal(t, want, m.Info.Pages)
	assert.Equal(t, "winnow-model-1", m.Info.Format)
	assert.Equal(t, DefaultTrainOptions(), m.Info.Options)
	assert.NotNil(t, m.stack, "default options train a second layer")

	// Body-only copies are training data, not pages.
	opts := DefaultTrainOptions()
	opts.AugmentBodyOnly, opts.Epochs, opts.StackFolds = true, 1, 0
	assert.Equal(t, want, trainSynth(t, opts).Info.Pages)
}

func TestModelRoundTrip(t *testing.T) {
	single := DefaultTrainOptions()
	single.StackFolds = 0
	withInfo := sharedSynthModel(t).WithFocus(Balanced)
	withInfo.Info.TrainedOn = "synthetic pages ✓"
	withInfo.Info.CV = map[string]float64{"body_f1": 0.93, "macro_f1": 0.1 + 0.2}
	tests := []struct {
		name string
		m    *Model
	}{
		{"stacked", sharedSynthModel(t)},
		{"single layer", trainSynth(t, single)},
		{"info", withInfo},
		{"default", defaultModelT(t)},
		{"html", defaultModelT(t).HTMLModel()},
		{"ensemble", ensembleSynth(t)},
	}
	var docs [][]corpus.Paragraph
	for _, i := range []int{0, 7, numSynth + 1, 55} {
		docs = append(docs, synthDoc(t, i).Paras)
	}
	docs = append(docs, paragraphs(t, article))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := modelBytes(t, tt.m)
			r := readModel(t, b)
			assert.Equal(t, tt.m.Info, r.Info)
			assert.Equal(t, tt.m.stack == nil, r.stack == nil)
			assert.True(t, bytes.Equal(b, modelBytes(t, r)), "written again, the model differs")
			for _, ps := range docs {
				assert.Equal(t, tt.m.Classify(ps), r.Classify(ps))
			}
		})
	}
}

func TestDefaultModelFileIsCanonical(t *testing.T) {
	// The embedded files were written by WriteTo: reading and writing them
	// again gives them back byte for byte.
	assert.True(t, bytes.Equal(defaultModel, modelBytes(t, defaultModelT(t))))
	assert.True(t, bytes.Equal(htmlModel, modelBytes(t, defaultModelT(t).HTMLModel())))
}

var ensembleModel struct {
	once sync.Once
	m    *Model
}

// ensembleSynth trains an ensemble of three synthetic models once per test
// binary. Tests must not modify it.
func ensembleSynth(t testing.TB) *Model {
	ensembleModel.once.Do(func() {
		opts := DefaultTrainOptions()
		opts.Members, opts.Epochs = 3, 3
		ensembleModel.m = trainSynth(t, opts)
	})
	require.NotNil(t, ensembleModel.m)
	return ensembleModel.m
}

func TestEnsemble(t *testing.T) {
	e := ensembleSynth(t)
	require.Len(t, e.members, 2)
	// Each member is the model that seed alone would train.
	opts := DefaultTrainOptions()
	opts.Epochs = 3
	for k, want := range []*Model{e, e.members[0], e.members[1]} {
		o := opts
		o.Seed = opts.Seed + uint64(k)
		single := trainSynth(t, o)
		assert.Equal(t, single.dense, want.dense, "member %d dense weights", k)
		assert.Equal(t, single.stack, want.stack, "member %d second layer", k)
		assert.Equal(t, single.hashed, want.hashed, "member %d hashed weights", k)
	}
	// The ensemble's log-probabilities are the renormalised mean of its
	// members'.
	ps := synthDoc(t, numSynth+5).Paras
	var s modelScratch
	e.logProbs(ps, &s)
	got := append([]float32(nil), s.logp...)
	var want []float32
	for _, m := range []*Model{e, e.members[0], e.members[1]} {
		single := m.WithFocus(Balanced)
		single.members = nil
		var ms modelScratch
		single.logProbs(ps, &ms)
		if want == nil {
			want = make([]float32, len(ms.logp))
		}
		for i, lp := range ms.logp {
			want[i] += lp / 3
		}
	}
	for i := 0; i < len(ps); i++ {
		z := want[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		logSoftmax(z)
		for k := range z {
			assert.InDelta(t, z[k], got[i*corpus.NumLabels+k], 1e-5, "paragraph %d label %d", i, k)
		}
	}
	// A file that lacks a member is refused.
	b := modelBytes(t, e)
	one := modelBytes(t, e.members[0])
	_, err := ReadModel(bytes.NewReader(b[:len(b)-len(one)]), newRules(t))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "member 3")
}

// tinyModel is a small hand-made model (a few weights set, with or without
// a second layer): fast to build, for the file-format tests.
func tinyModel(t testing.TB, stacked bool) *Model {
	m := newModel(newRules(t))
	m.Info = ModelInfo{Format: "winnow-model-1", TrainedOn: "tiny", Pages: []string{"a", "b"}, Options: DefaultTrainOptions()}
	m.lambda = 0.5
	m.start = [corpus.NumLabels]float32{-0.1, -2}
	m.trans[0] = [corpus.NumLabels]float32{-0.2, -1.7}
	m.trans[1] = [corpus.NumLabels]float32{-1.9, -0.3}
	for i := range m.dense {
		m.dense[i] = float32(i%7) / 10
	}
	for _, h := range []uint32{0, 5, bucket('w', "the"), 1<<HashBits - 1} {
		for k := 0; k < corpus.NumLabels; k++ {
			m.hashed[int(h)*corpus.NumLabels+k] = float32(k) - 2.5
		}
	}
	if stacked {
		m.stack = make([]float32, StackDim*corpus.NumLabels)
		for i := range m.stack {
			m.stack[i] = float32(i%5) / 20
		}
	}
	return m
}

// layout returns the offsets of the fields of a model file.
type layout struct{ infoLen, info, dim, sdim, bits, rows, firstRow int }

func fileLayout(t testing.TB, b []byte) layout {
	var l layout
	l.infoLen = len(modelMagic)
	l.info = l.infoLen + 4
	n := int(binary.LittleEndian.Uint32(b[l.infoLen:]))
	l.dim = l.info + n + 4 + 4*corpus.NumLabels + 4*corpus.NumLabels*corpus.NumLabels
	l.sdim = l.dim + 4 + 4*DenseDim*corpus.NumLabels
	l.bits = l.sdim + 4
	if binary.LittleEndian.Uint32(b[l.sdim:]) != 0 {
		l.bits += 4 * StackDim * corpus.NumLabels
	}
	l.rows = l.bits + 4
	l.firstRow = l.rows + 4
	require.Equal(t, uint32(HashBits), binary.LittleEndian.Uint32(b[l.bits:]))
	return l
}

func TestReadModelRejects(t *testing.T) {
	rules := newRules(t)
	valid := modelBytes(t, tinyModel(t, true))
	l := fileLayout(t, valid)
	patch := func(off int, v uint32) []byte {
		b := bytes.Clone(valid)
		binary.LittleEndian.PutUint32(b[off:], v)
		return b
	}
	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "not a winnow model"},
		{"garbage", []byte("hello, world: this is not a model at all"), "not a winnow model"},
		{"other magic", append([]byte("winnow-model-3\n"), valid[len(modelMagic):]...), "not a winnow model"},
		{"magic only", []byte(modelMagic), "bad header"},
		{"huge info", patch(l.infoLen, math.MaxUint32), "bad header"},
		{"info past the end", patch(l.infoLen, 1<<20), "read model"},
		{"info not JSON", append(append([]byte(modelMagic), 3, 0, 0, 0), "{x}"...), "read model info"},
		{"dense size", patch(l.dim, uint32(DenseDim+1)), "retrain"},
		{"second-layer size", patch(l.sdim, 7), "retrain"},
		{"hash bits", patch(l.bits, HashBits-1), "hashed space"},
		{"row count", patch(l.rows, 1<<HashBits+1), "row count"},
		{"row index", patch(l.firstRow, 1<<HashBits), "hashed row"},
		{"more rows than written", patch(l.rows, binary.LittleEndian.Uint32(valid[l.rows:])+1), "read model"},
	}
	// Every proper prefix is an error: the file ends with its last row.
	for _, n := range []int{1, len(modelMagic) - 1, len(modelMagic) + 2, l.info + 1, l.dim - 1, l.dim + 2, l.dim + 5, l.sdim + 1,
		l.bits - 3, l.bits + 1, l.rows + 2, l.firstRow, l.firstRow + 1, l.firstRow + 5, len(valid) - 1} {
		tests = append(tests, struct {
			name string
			b    []byte
			want string
		}{fmt.Sprintf("truncated to %d", n), valid[:n], ""})
	}
	for n := 0; n < len(valid); n += len(valid)/50 + 1 {
		tests = append(tests, struct {
			name string
			b    []byte
			want string
		}{fmt.Sprintf("cut at %d", n), valid[:n], ""})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m *Model
			var err error
			require.NotPanics(t, func() { m, err = ReadModel(bytes.NewReader(tt.b), rules) })
			require.Error(t, err)
			assert.Nil(t, m)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	// The unpatched file reads.
	m, err := ReadModel(bytes.NewReader(valid), rules)
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b"}, m.Info.Pages)
}

func TestParseFocus(t *testing.T) {
	tests := []struct {
		in      string
		want    Focus
		wantErr bool
	}{
		{"", Balanced, false},
		{"balanced", Balanced, false},
		{"precision", Precision, false},
		{"recall", Recall, false},
		{"Precision", 0, true},
		{" recall", 0, true},
		{"high", 0, true},
		{"0", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFocus(tt.in)
			if tt.wantErr {
				require.Error(t, err)
				assert.Contains(t, err.Error(), fmt.Sprintf("%q", tt.in))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, f := range []Focus{Precision, Balanced, Recall} {
		got, err := ParseFocus(f.String())
		require.NoError(t, err)
		assert.Equal(t, f, got)
	}
}

// focusCounts returns the number of body paragraphs under precision,
// balanced and recall.
func focusCounts(m *Model, ps []corpus.Paragraph) [3]int {
	var c [3]int
	for i, f := range []Focus{Precision, Balanced, Recall} {
		c[i] = countBody(m.WithFocus(f).Classify(ps))
	}
	return c
}

func TestFocusOrder(t *testing.T) {
	docs := map[string][]corpus.Paragraph{
		"article":          paragraphs(t, article),
		"article ×3":       paragraphs(t, strings.Repeat(article, 3)),
		"one prose line":   {{Text: prose[0]}},
		"nav only":         paragraphs(t, "Home\nWorld\nSport\n\nPrivacy Policy"),
		"short sentences":  paragraphs(t, "It rained.\n\nThe match was called off.\n\nFans went home early.\n\nThe club said sorry."),
		"comments":         paragraphs(t, strings.Repeat(prose[1]+"\n\n", 2)+"3 Comments\n\nAlex on May 2, 2019 at 4:47 pm said:\n\n"+prose[5]),
		"japanese":         paragraphs(t, "ホーム\nニュース\n\n"+strings.Repeat("今日は東京で大きな会議が開かれ、多くの専門家が新しい技術について議論しました。\n\n", 3)+"利用規約"),
		"list of headings": paragraphs(t, strings.Join(headlines, "\n")),
	}
	for i := 0; i < 30; i += 3 {
		docs[fmt.Sprintf("synthetic %d", i)] = synthDoc(t, i).Paras
	}
	models := map[string]*Model{"default": defaultModelT(t), "synthetic": sharedSynthModel(t)}
	for mn, m := range models {
		for dn, ps := range docs {
			t.Run(mn+"/"+dn, func(t *testing.T) {
				c := focusCounts(m, ps)
				assert.True(t, c[0] <= c[1] && c[1] <= c[2], "body paragraphs under precision, balanced, recall: %v", c)
			})
		}
	}
}

// TestFocusOrderPages checks the focus order on the benchmark pages of
// ../shared, where some pages have no body until the bar is lowered.
func TestFocusOrderPages(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	pages := readPageTexts(t, "readability-pages")
	m := defaultModelT(t)
	for key, p := range pages {
		if strings.TrimSpace(p) == "" {
			continue
		}
		c := focusCounts(m, paragraphs(t, p))
		assert.True(t, c[0] <= c[1] && c[1] <= c[2], "%s: body paragraphs under precision, balanced, recall: %v", key, c)
	}
}

// marginModel returns a model whose only weights are the body weights of
// single words: a paragraph holding one of the words has the given margin
// of body's log-probability over the other labels'; transitions are neutral,
// so each paragraph is decided on its own.
func marginModel(t *testing.T, margins map[string]float64) *Model {
	m := newModel(newRules(t))
	seen := map[uint32]string{}
	for w, mg := range margins {
		h := bucket('w', w)
		require.Empty(t, seen[h], "bucket collision")
		seen[h] = w
		// log p(body) − log p(other) = z_body − log(NumLabels−1).
		m.hashed[int(h)*corpus.NumLabels+int(corpus.Body)] = float32(mg + math.Log(corpus.NumLabels-1))
	}
	return m
}

// TestFocusFallback pins the bar-lowering of pages without body: the focus
// moves the bar that balanced settles on, so that precision never keeps
// more than balanced and recall never less.
func TestFocusFallback(t *testing.T) {
	tests := []struct {
		name    string
		margins map[string]float64
		want    [3]int // body paragraphs under precision, balanced, recall
	}{
		// Body at balanced's own bar; precision trims, recall adds.
		{"plain", map[string]float64{"quokka": 2, "zephyr": 0.5, "ochre": -1, "vellum": -10}, [3]int{1, 2, 3}},
		// Balanced finds body at its bar; precision's bar holds none, so it keeps
		// balanced's (stepping from −1.5 would have found two at +0.5).
		{"precision under the bar", map[string]float64{"quokka": 0.2, "zephyr": -0.3, "ochre": -3, "vellum": -10}, [3]int{1, 1, 2}},
		// No body until balanced's bar is lowered to 2; recall goes 1.5 further
		// (stepping from +1.5 would have stopped at one).
		{"lowered bar", map[string]float64{"quokka": -1.3, "zephyr": -1.8, "ochre": -3.2, "vellum": -10}, [3]int{2, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := marginModel(t, tt.margins)
			var ps []corpus.Paragraph
			for i, w := range []string{"vellum", "quokka", "vellum", "zephyr", "ochre", "vellum"} {
				ps = append(ps, corpus.Paragraph{Text: w, Block: i})
			}
			assert.Equal(t, tt.want, focusCounts(m, ps))
		})
	}
}

func TestDefaultModel(t *testing.T) {
	m, err := DefaultModel()
	require.NoError(t, err)
	assert.NotEmpty(t, m.Info.TrainedOn)
	assert.Len(t, m.Info.Pages, 181)
	assert.Equal(t, "winnow-model-1", m.Info.Format)
	assert.NotNil(t, m.stack)

	tests := []struct {
		name  string
		paras []corpus.Paragraph
		want  []corpus.Label
	}{
		{"nil", nil, []corpus.Label{}},
		{"empty", []corpus.Paragraph{}, []corpus.Label{}},
		// Already-clean text: one long paragraph of prose is body.
		{"one prose paragraph", []corpus.Paragraph{{Text: prose[0] + " " + prose[1]}}, []corpus.Label{corpus.Body}},
		{"two prose paragraphs", paragraphs(t, prose[2]+"\n\n"+prose[3]), []corpus.Label{corpus.Body, corpus.Body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range []Focus{Precision, Balanced, Recall} {
				out := m.WithFocus(f).Classify(tt.paras)
				got := []corpus.Label{}
				for _, o := range out {
					got = append(got, o.Label)
				}
				assert.Equal(t, tt.want, got, "focus %v", f)
			}
		})
	}

	// The rules' labels of the rule tests' article, on the whole, hold.
	ps := paragraphs(t, article)
	out := m.Classify(ps)
	for i, p := range ps {
		switch p.Text {
		case "Home", "News", "Politics", "Privacy Policy":
			assert.NotEqual(t, corpus.Body, out[i].Label, p.Text)
		case "Subscribe to our newsletter":
			assert.Equal(t, corpus.Promo, out[i].Label, p.Text)
		case "Leave a Reply":
			assert.Equal(t, corpus.Comment, out[i].Label, p.Text)
		}
		if len(p.Text) > 120 {
			assert.Equal(t, corpus.Body, out[i].Label, p.Text)
		}
	}
}

func TestModelConcurrentClassify(t *testing.T) {
	m := defaultModelT(t)
	models := []*Model{m, m.WithFocus(Precision), sharedSynthModel(t)}
	var docs [][]corpus.Paragraph
	for i := 0; i < 12; i++ {
		docs = append(docs, synthDoc(t, i*7).Paras)
	}
	docs = append(docs, paragraphs(t, article), paragraphs(t, strings.Repeat(article, 5)), nil, []corpus.Paragraph{{Text: prose[4]}})
	want := make([][][]Scored, len(models))
	for mi, mm := range models {
		for _, ps := range docs {
			want[mi] = append(want[mi], mm.Classify(ps))
		}
	}
	const workers = 8
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for round := 0; round < 3; round++ {
				for k := range docs {
					// Workers visit documents in different orders, so that
					// pooled scratch space passes between sizes.
					d := (k*(w+1) + round) % len(docs)
					for mi, mm := range models {
						out := mm.Classify(docs[d])
						if !assert.Equal(t, want[mi][d], out, "worker %d, model %d, doc %d", w, mi, d) {
							return
						}
					}
				}
			}
		})
	}
	wg.Wait()
}

// benchPages returns about 64 KB of page text, split, as several pages.
func benchPages(b *testing.B) ([][]corpus.Paragraph, int) {
	var docs [][]corpus.Paragraph
	size := 0
	for i := 0; size < 64<<10; i++ {
		var ps []corpus.Paragraph
		if i%3 == 2 {
			ps = paragraphs(b, article)
		} else {
			ps = synthDoc(b, i).Paras
		}
		for _, p := range ps {
			size += len(p.Text) + 1
		}
		docs = append(docs, ps)
	}
	return docs, size
}

func BenchmarkModelClassify(b *testing.B) {
	m := defaultModelT(b)
	docs, size := benchPages(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, ps := range docs {
			m.Classify(ps)
		}
	}
}

func BenchmarkDefaultModelLoad(b *testing.B) {
	b.SetBytes(int64(len(defaultModel)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DefaultModel(); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzReadModel checks that no file makes ReadModel panic, and that a file
// it accepts gives a model that classifies, and writes and reads back to
// itself.
func FuzzReadModel(f *testing.F) {
	rules := newRules(f)
	for _, stacked := range []bool{true, false} {
		valid := modelBytes(f, tinyModel(f, stacked))
		f.Add(valid)
		l := fileLayout(f, valid)
		for _, n := range []int{0, 3, len(modelMagic), l.info + 10, l.dim, l.sdim + 4, l.bits + 4, l.firstRow, l.firstRow + 10, len(valid) - 1} {
			f.Add(valid[:n])
		}
	}
	// A model with boosted trees (format 2), whole and cut in its trees.
	withTrees := tinyModel(f, true)
	withTrees.forest = &forest{roots: []int32{0, 3}, nodes: []forestNode{
		{left: 1, feat: 1, thr: 0.5}, {thr: 1}, {thr: -1},
		{left: 4, feat: 2, thr: 0.1}, {thr: 0.25}, {thr: -0.25},
	}}
	withTrees.trees = withTrees.forest.compile()
	tb := modelBytes(f, withTrees)
	f.Add(tb)
	for _, n := range []int{len(tb) - 1, len(tb) - 10, len(tb) - 30, len(tb) - 60} {
		f.Add(tb[:n])
	}
	f.Add([]byte("not a model"))
	ps := paragraphs(f, article)
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModel(bytes.NewReader(data), rules)
		if err != nil {
			if m != nil {
				t.Fatalf("ReadModel returned a model and an error: %v", err)
			}
			return
		}
		var b1, b2 bytes.Buffer
		if _, err := m.WriteTo(&b1); err != nil {
			t.Fatal(err)
		}
		m2, err := ReadModel(bytes.NewReader(b1.Bytes()), rules)
		if err != nil {
			t.Fatalf("a written model does not read: %v", err)
		}
		if _, err := m2.WriteTo(&b2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Fatal("written, read and written again, the model differs")
		}
		if out := m.WithFocus(Recall).Classify(ps); len(out) != len(ps) {
			t.Fatalf("%d labels for %d paragraphs", len(out), len(ps))
		}
	})
}

// readPageTexts reads the text dumps (page-text.json) of a benchmark in
// ../shared: page key → its dump. It skips the test when ../shared is
// absent, except under CI, where that is a failure.
func readPageTexts(t *testing.T, benchmark string) map[string]string {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "benchmarks", benchmark, "page-text.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared is missing under CI: %v", err)
		}
		t.Skipf("../shared not found (%v): skipping", err)
	}
	var pages struct {
		Output map[string]struct {
			ArticleBody string `json:"articleBody"`
		} `json:"output"`
	}
	require.NoError(t, json.Unmarshal(raw, &pages))
	require.NotEmpty(t, pages.Output)
	texts := make(map[string]string, len(pages.Output))
	for k, p := range pages.Output {
		texts[k] = p.ArticleBody
	}
	return texts
}

// TestExpDiff checks expDiff against math.Exp, with the zero difference it
// spares the call for.
func TestExpDiff(t *testing.T) {
	require.Equal(t, 1.0, math.Exp(0))
	require.Equal(t, 1.0, math.Exp(math.Copysign(0, -1)))
	inf := float32(math.Inf(1))
	nan := float32(math.NaN())
	for _, v := range []float32{0, -0.5, 3, -87.3, 1e-30, inf, -inf, nan} {
		for _, mx := range []float32{0, 3, -0.5, 1e-30, inf, -inf, nan} {
			got, want := expDiff(v, mx), math.Exp(float64(v-mx))
			if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Fatalf("expDiff(%v, %v) = %v, want %v", v, mx, got, want)
			}
		}
	}
}
