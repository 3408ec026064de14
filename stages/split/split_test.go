package split

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func texts(ps []corpus.Paragraph) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

// germanParas are three paragraphs of German prose, hard-wrapped at 72 and
// at 120 columns below (Python's textwrap).
var germanParas = []string{
	"Die Landmetzgerei aus dem Ort ruft ihre hausgemachte feine Leberwurst im Glas zurück, teilte das Familienunternehmen am Dienstagabend mit.",
	"Betroffen sind Gläser mit dem Mindesthaltbarkeitsdatum im Januar und den Chargennummern vier bis neun. Andere Produkte der Metzgerei sind nach Angaben des Unternehmens nicht betroffen.",
	"Verkauft wurde die Leberwurst in den elf Filialen der Landmetzgerei sowie an den Frischetheken von zwei Supermärkten in der Stadt und im Umland.",
}

const (
	germanWrapped72 = "Die Landmetzgerei aus dem Ort ruft ihre hausgemachte feine Leberwurst im\nGlas zurück, teilte das Familienunternehmen am Dienstagabend mit.\n\n" +
		"Betroffen sind Gläser mit dem Mindesthaltbarkeitsdatum im Januar und den\nChargennummern vier bis neun. Andere Produkte der Metzgerei sind nach\nAngaben des Unternehmens nicht betroffen.\n\n" +
		"Verkauft wurde die Leberwurst in den elf Filialen der Landmetzgerei\nsowie an den Frischetheken von zwei Supermärkten in der Stadt und im\nUmland."
	germanWrapped120 = "Die Landmetzgerei aus dem Ort ruft ihre hausgemachte feine Leberwurst im Glas zurück, teilte das Familienunternehmen am\nDienstagabend mit.\n\n" +
		"Betroffen sind Gläser mit dem Mindesthaltbarkeitsdatum im Januar und den Chargennummern vier bis neun. Andere Produkte\nder Metzgerei sind nach Angaben des Unternehmens nicht betroffen.\n\n" +
		"Verkauft wurde die Leberwurst in den elf Filialen der Landmetzgerei sowie an den Frischetheken von zwei Supermärkten in\nder Stadt und im Umland."
)

func TestParagraphs(t *testing.T) {
	wrapped := "The committee met on Tuesday to discuss the new budget, which\n" +
		"includes spending on roads, schools and hospitals across the\n" +
		"region. Members said the plan was fair.\n" +
		"\n" +
		"Critics said the spending was too low and that the plan had\n" +
		"come too late to help the families who needed it most."
	tests := []struct {
		name   string
		in     string
		want   []string
		blocks []int
	}{
		{"empty", "", []string{}, []int{}},
		{"one line", "Hello.", []string{"Hello."}, []int{0}},
		{"blank line separated", "First para.\n\nSecond para.", []string{"First para.", "Second para."}, []int{0, 1}},
		{"one per line", "Home\nWorld\nA long line of body text that goes on.", []string{"Home", "World", "A long line of body text that goes on."}, []int{0, 0, 0}},
		{"mixed block split into lines", "Anu Thomas\nAnu is a writer who stews in existential angst and seeks what is broken in the world.",
			[]string{"Anu Thomas", "Anu is a writer who stews in existential angst and seeks what is broken in the world."}, []int{0, 0}},
		{"comment prompts split", "View Comments\nLeave a comment", []string{"View Comments", "Leave a comment"}, []int{0, 0}},
		{"hard wrapped re-joined", wrapped, []string{
			"The committee met on Tuesday to discuss the new budget, which includes spending on roads, schools and hospitals across the region. Members said the plan was fair.",
			"Critics said the spending was too low and that the plan had come too late to help the families who needed it most.",
		}, []int{0, 1}},
		{"hard wrapped without blank lines", "The committee met on Tuesday to discuss the new budget, which\nincludes spending on roads and schools.\nCritics said the spending was too low and that the plan had\ncome too late.",
			[]string{"The committee met on Tuesday to discuss the new budget, which includes spending on roads and schools.", "Critics said the spending was too low and that the plan had come too late."}, []int{0, 0}},
		{"wrapped list items kept apart", "Things the council agreed to fund in the coming year include:\n- new roads\n- new schools",
			[]string{"Things the council agreed to fund in the coming year include:", "- new roads", "- new schools"}, []int{0, 0, 0}},
		{"headline list is not joined", "Colin Kaepernick: We are waiting for 32 owners and Roger Goodell (185)\nMyles Garrett should expect a significant suspension, say league sources\nVikings come back to beat the Broncos",
			[]string{"Colin Kaepernick: We are waiting for 32 owners and Roger Goodell (185)", "Myles Garrett should expect a significant suspension, say league sources", "Vikings come back to beat the Broncos"}, []int{0, 0, 0}},
		{"markdown table rows kept apart", "| Abfahrt | Ziel | Gleis | Bemerkung zum Zug |\n| 07:12 Uhr | Freiburg Hbf | 2 | fährt täglich |\n| 08:12 Uhr | Seebrugg | 1 | nur werktags, nicht am Samstag |",
			[]string{"| Abfahrt | Ziel | Gleis | Bemerkung zum Zug |", "| 07:12 Uhr | Freiburg Hbf | 2 | fährt täglich |", "| 08:12 Uhr | Seebrugg | 1 | nur werktags, nicht am Samstag |"}, []int{0, 0, 0}},
		{"a German date at a wrapped line's start is no list item", "Die Brücke zwischen der Ilzstadt und der Innenstadt muss saniert werden. Ab\n7. Januar fahren dort weder Autos noch Busse über die Brücke.",
			[]string{"Die Brücke zwischen der Ilzstadt und der Innenstadt muss saniert werden. Ab 7. Januar fahren dort weder Autos noch Busse über die Brücke."}, []int{0}},
		{"a numbered item after a full line", "Die Stadt hat für den Winter die folgenden Umleitungen ausgeschildert, sagt sie:\n1. Autos fahren über die Schanzlbrücke\n2. Busse enden am Platz",
			[]string{"Die Stadt hat für den Winter die folgenden Umleitungen ausgeschildert, sagt sie:", "1. Autos fahren über die Schanzlbrücke", "2. Busse enden am Platz"}, []int{0, 0, 0}},
		{"a Markdown link's text broken across lines", "Tekst i zdjęcia: [Marek\nDziedzic](https://example.com/autor/marek-dziedzic)\nOpublikowano: 30.11.2026",
			[]string{"Tekst i zdjęcia: [Marek Dziedzic](https://example.com/autor/marek-dziedzic)", "Opublikowano: 30.11.2026"}, []int{0, 0}},
		{"closed brackets are no open link", "See [1] and [2]\nthe table](x) here", []string{"See [1] and [2]", "the table](x) here"}, []int{0, 0}},
		{"bar table rows kept apart", "Miejsce| Jacht| Sternik| Klub| Punkty\n---|---|---|---|---\n1| Bielik| Tomasz Wilczewski| YKP Ryn| 7\n2| Szkwał| Agata Romanowska| GKŻ Giżycko| 11",
			[]string{"Miejsce| Jacht| Sternik| Klub| Punkty", "---|---|---|---|---", "1| Bielik| Tomasz Wilczewski| YKP Ryn| 7", "2| Szkwał| Agata Romanowska| GKŻ Giżycko| 11"}, []int{0, 0, 0, 0}},
		// German capitalises its nouns: where the whole page is wrapped at
		// one width, a block whose lines are broken where a wrapper at that
		// width breaks them is a paragraph, capitals after the breaks or not.
		{"German wrapped at 72 columns re-joined", germanWrapped72, germanParas, []int{0, 1, 2}},
		{"German wrapped at 120 columns re-joined (w3m -cols 120)", germanWrapped120 + "\n\n" + germanWrapped120,
			append(slices.Clone(germanParas), germanParas...), []int{0, 1, 2, 3, 4, 5}},
		{"capitals after the breaks in a page not wrapped at that width are no wrap",
			strings.SplitN(germanWrapped72, "\n\n", 2)[0] + "\n\n" + strings.Repeat(germanParas[1]+"\n\n", 3),
			append(strings.Split(strings.SplitN(germanWrapped72, "\n\n", 2)[0], "\n"), germanParas[1], germanParas[1], germanParas[1]), []int{0, 0, 1, 2, 3}},
		{"a line that ends a sentence over a capital is no wrap, in a wrapped page",
			germanWrapped72 + "\n\nDie Metzgerei besteht seit 1958 und beschäftigt rund neunzig Menschen.\nEinen Rückruf habe es in dieser Zeit noch nie gegeben, sagt der Chef.",
			append(slices.Clone(germanParas), "Die Metzgerei besteht seit 1958 und beschäftigt rund neunzig Menschen.", "Einen Rückruf habe es in dieser Zeit noch nie gegeben, sagt der Chef."), []int{0, 1, 2, 3, 3}},
		{"surrounding spaces trimmed", "  a  \n\n  b", []string{"a", "b"}, []int{0, 1}},
		// Text browsers wrap Chinese at 80 columns, 40 characters; the lines
		// are re-joined without a space where the document is wrapped so.
		{"wrapped Chinese re-joined", cjkWrapped, cjkWrappedParas, []int{0, 1, 2, 3}},
		{"Chinese paragraphs one per line are no wrap", cjkLines, strings.Split(cjkLines, "\n"), []int{0, 0, 0, 0, 0, 0}},
		{"a long Chinese line over a short one is no wrap", "来源：洛城日报 作者：记者 魏书涵 通讯员 高鹏\n浏览次数：6524",
			[]string{"来源：洛城日报 作者：记者 魏书涵 通讯员 高鹏", "浏览次数：6524"}, []int{0, 0}},
		{"Chinese headlines are no wrap", "多地发布寒潮预警 部分地区降温超10℃\n2026年全国硕士研究生招生考试报名人数公布",
			[]string{"多地发布寒潮预警 部分地区降温超10℃", "2026年全国硕士研究生招生考试报名人数公布"}, []int{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Paragraphs(tt.in, nil)
			assert.Equal(t, tt.want, texts(ps))
			blocks := make([]int, len(ps))
			for i, p := range ps {
				blocks[i] = p.Block
			}
			assert.Equal(t, tt.blocks, blocks)
		})
	}
}

func TestOffsetsPointIntoText(t *testing.T) {
	in := "Title line\n\nBody line one is here.\nSecond line.\n\n  Indented  "
	ps := Paragraphs(in, nil)
	require.NotEmpty(t, ps)
	for _, p := range ps {
		require.True(t, 0 <= p.Start && p.Start <= p.End && p.End <= len(in))
		assert.Equal(t, strings.Join(strings.Fields(in[p.Start:p.End]), " "), p.Text)
	}
}

func TestStage(t *testing.T) {
	d := &corpus.Document{Text: "a\n\nb"}
	require.NoError(t, Stage{}.Process(context.Background(), d))
	assert.Equal(t, []string{"a", "b"}, texts(d.Paragraphs))
}

func FuzzParagraphs(f *testing.F) {
	f.Add("Title\n\nBody one.\nBody two.")
	f.Add("a long line that is wrapped at some width and goes on and on\nto the next line which is shorter\n\n- item\n- item")
	f.Add("\n\n\n")
	f.Add("x\r\ny\t\n \n")
	f.Add("<p>a long line that is wrapped at some width and goes on and on\n<ref target=\"/a\">b</ref>.</p>\n<item>\n<p><figure>\n</figure></p>")
	f.Fuzz(func(t *testing.T, in string) {
		ps := Paragraphs(in, nil)
		if want := referenceParagraphs(in, nil); !slices.Equal(ps, want) {
			t.Fatalf("Paragraphs(%q) = %+v; the reference gives %+v", in, ps, want)
		}
		prevEnd := 0
		for i, p := range ps {
			if p.Start < prevEnd || p.End < p.Start || p.End > len(in) {
				t.Fatalf("paragraph %d has bad offsets [%d,%d) after %d in %d bytes", i, p.Start, p.End, prevEnd, len(in))
			}
			if p.Text == "" {
				t.Fatalf("paragraph %d is empty", i)
			}
			if strings.Contains(p.Text, "\n") {
				t.Fatalf("paragraph %d holds a newline: %q", i, p.Text)
			}
			if i > 0 && p.Block < ps[i-1].Block {
				t.Fatalf("block index goes back at paragraph %d", i)
			}
			prevEnd = p.End
		}
	})
}

func BenchmarkParagraphs(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 64<<10 {
		sb.WriteString("Home\nNews\nThe quick brown fox jumps over the lazy dog, said the reporter on Tuesday.\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []corpus.Paragraph
	for b.Loop() {
		dst = Paragraphs(text, dst[:0])
	}
}

// TestParagraphsHugeBlock checks a block of more lines than maxBlockLines:
// every short line is still its own paragraph, in order, in one block, and
// the result is allocated once.
func TestParagraphsHugeBlock(t *testing.T) {
	var sb strings.Builder
	n := maxBlockLines + maxBlockLines/2
	for i := 0; i < n; i++ {
		sb.WriteString("tiny line\n")
	}
	text := sb.String()
	ps := Paragraphs(text, nil)
	require.Len(t, ps, n)
	for i, p := range ps {
		if p.Text != "tiny line" || p.Block != 0 || p.Start != 10*i {
			t.Fatalf("paragraph %d: %+v", i, p)
		}
	}
	// One allocation for the paragraphs and about 20 for the lines buffer
	// (growing to maxBlockLines); growing the paragraphs by doubling too
	// made about 45.
	allocs := testing.AllocsPerRun(3, func() { Paragraphs(text, nil) })
	assert.LessOrEqual(t, allocs, float64(30), "the paragraphs must not grow by doubling")
}

// TestParagraphsHugeWrappedBlock checks that a hard-wrapped block longer
// than maxBlockLines is still re-joined (in parts of maxBlockLines lines).
func TestParagraphsHugeWrappedBlock(t *testing.T) {
	var sb strings.Builder
	line := "the quick brown fox jumps over the lazy dog and runs on and"
	for sb.Len() < (maxBlockLines+10)*(len(line)+1) {
		sb.WriteString(line + "\n")
	}
	ps := Paragraphs(sb.String(), nil)
	require.NotEmpty(t, ps)
	assert.LessOrEqual(t, len(ps), 2, "wrapped lines are re-joined, at most once per part")
	for _, p := range ps {
		assert.Equal(t, 0, p.Block)
	}
}

// cjkWrapped is part of a Chinese page as w3m -dump prints it: paragraphs
// wrapped at 80 columns (40 characters), each first line indented by two
// ideographic spaces (the normaliser has made them two ASCII ones).
var cjkWrapped = strings.Join([]string{
	"  在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随",
	"着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。",
	"",
	"  在法国里昂国立应用科学院留学的卢宇表示，他还是个中学生时，就开始关注两会了",
	"。“我高中毕业后就出国留学了。当我还在国内读高中时，对两会的主要关注点落在民生和",
	"教育问题上。根据这些内容预测今年政治考点会有哪些变化。”卢宇说，“在国外学习生活",
	"了将近10年，我愈发感觉到祖国这些年发生的日新月异的变化；关注点也转移到国家‘一带",
	"一路’建设，高端人才引进，中外合作等方面。”",
	"",
	"  无独有偶，英国剑桥大学的李博灏也有着类似的经历。他表示，在国内读本科时，虽",
	"然关注过两会，但并不像现在这样，将关注点放在国家社会经济迫切需要解决的难题与问",
	"题上。“出国前更关心与我们学生的实际问题以及切身利益相关的议题，比如奖学金、助学",
	"金的发放与申请；相关工作行业就业前景等。”",
	"",
	"  在英国求学6年后，李博灏希望能够学有所用，为国家发展过程中遇到的难题寻求解决",
	"办法。因此随着课题研究的深入，他更加关注国家和社会目前所面临的挑战，比如中等收",
	"入陷阱、供给侧改革、创意创新产业的发展等议题。",
}, "\n")

// cjkWrappedParas are cjkWrapped's paragraphs, the lines of each joined
// without a space between two Chinese characters.
var cjkWrappedParas = func() []string {
	var out []string
	for _, block := range strings.Split(cjkWrapped, "\n\n") {
		var ls []string
		for _, l := range strings.Split(block, "\n") {
			ls = append(ls, strings.TrimSpace(l))
		}
		out = append(out, strings.Join(ls, ""))
	}
	return out
}()

// cjkLines is a Chinese page dump with a paragraph per line, each ending a
// sentence: lines of about the same width, which no wrapper broke.
var cjkLines = strings.Join([]string{
	"10月15日上午，位于东湖路与青石街交叉口的东湖路农贸市场正式重新开业。",
	"记者在现场看到，市场内的通道由原来的不到两米拓宽到三米多，地面铺设了防滑地砖。",
	"据东湖街道办事处介绍，改造总投资约1800万元，由区财政和市场经营方共同承担。",
	"下一步，街道还计划在市场门口增设非机动车停放区，并延长早市营业时间和服务项目。",
	"社区食堂每天供应早餐和午餐，六十五岁以上老人就餐可享受八折优惠，很受欢迎。",
	"改造期间，街道在附近设置了临时摊位，保证周边居民买菜不受影响，市民普遍满意。",
}, "\n")

// html2textPage is a page as Debian's html2text prints it: wrapped at 80
// columns with no blank line between paragraphs.
const html2textPage = `Saltar_al_contenido
Portada » Provincia » Medio ambiente
****** Sesenta rebaños contra el fuego en la Serranía de Cuenca ******
Por Lucía_Escamilla_Poveda
La Diputación Provincial de Cuenca pondrá en marcha en enero un programa de
pastoreo preventivo con sesenta ganaderos de la Serranía. Sus rebaños se comerán
el matorral que alimenta los incendios.
El plan, presentado en Tragacete, cuesta 1,2 millones de euros en tres años.
Técnicos forestales revisarán cada zona con drones antes y después del paso del
ganado.
Las condiciones del programa son estas:
    * entre 45 y 90 euros por hectárea y año, según la pendiente
    * un mínimo de 150 cabezas de ganado por explotación
En la comarca quedan apenas 140 pastores en activo, la mitad de los que había
hace quince años.
Responder · 21 Me gusta`

func TestParagraphsWithoutBlankLines(t *testing.T) {
	lines := strings.Split(html2textPage, "\n")
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"html2text page re-joined line by line", html2textPage, []string{
			"Saltar_al_contenido",
			"Portada » Provincia » Medio ambiente",
			"****** Sesenta rebaños contra el fuego en la Serranía de Cuenca ******",
			"Por Lucía_Escamilla_Poveda",
			"La Diputación Provincial de Cuenca pondrá en marcha en enero un programa de pastoreo preventivo con sesenta ganaderos de la Serranía. Sus rebaños se comerán el matorral que alimenta los incendios.",
			// a full line that ends a sentence, before a capital, stays apart
			"El plan, presentado en Tragacete, cuesta 1,2 millones de euros en tres años.",
			"Técnicos forestales revisarán cada zona con drones antes y después del paso del ganado.",
			"Las condiciones del programa son estas:",
			"* entre 45 y 90 euros por hectárea y año, según la pendiente",
			"* un mínimo de 150 cabezas de ganado por explotación",
			"En la comarca quedan apenas 140 pastores en activo, la mitad de los que había hace quince años.",
			"Responder · 21 Me gusta",
		}},
		// With a blank line every few lines the blocks tell the paragraphs
		// apart: a block that is no wrapped paragraph stays a line each.
		{"blocks of a few lines are no html2text page", strings.Join(lines[:8], "\n") + "\n\n" + strings.Join(lines[8:], "\n"), nil},
		// A line longer than any wrap width: a dump with a paragraph per line.
		{"a line wider than any wrap", html2textPage + "\n" + strings.Repeat("Una línea larga de texto sin ningún salto de línea en toda su extensión. ", 2), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Paragraphs(tt.in, nil))
			if tt.want == nil {
				// no line is joined to the next within a block of more than
				// two lines
				for _, p := range got {
					assert.NotContains(t, p, "programa de pastoreo", "lines joined")
				}
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLatinWrapWidth(t *testing.T) {
	lines := strings.Split(html2textPage, "\n")
	width := func(text string) int { return latinWrapWidth(text, strings.Count(text, "\n")+1) }
	assert.Equal(t, 80, width(html2textPage), "the longest line's width")
	assert.Zero(t, width(strings.Join(lines[:6], "\n")), "two lines broken mid-sentence are too few")
	assert.Zero(t, width(strings.ReplaceAll(html2textPage, "\n", "\n\n")), "a blank line after every line")
	assert.Zero(t, width(""))
}

func TestWrappedBefore(t *testing.T) {
	const line = "La Diputación Provincial de Cuenca pondrá en marcha en enero un programa de"
	for _, tc := range []struct {
		name, s, next string
		want          bool
	}{
		{"broken mid-sentence", line, "pastoreo preventivo con sesenta ganaderos", true},
		{"a capital after no sentence end", line, "Cuenca y la Serranía", true},
		{"the next word would have fitted", "La Diputación Provincial de Cuenca pondrá en marcha en enero", "un programa", false},
		{"a sentence ends before a capital", "El plan, presentado en Tragacete, cuesta 1,2 millones de euros en tres años.", "Técnicos forestales", false},
		{"a sentence ends before lower case", "El plan, presentado en Tragacete, cuesta 1,2 millones de euros en tres años.", "según la Diputación", true},
		{"a list item after", line, "* entre 45 y 90 euros", false},
		{"a table rule", "------------------------------------------------------------ ---------------", "2023 628 9,1", false},
		{"one long word", "http://example.com/" + strings.Repeat("a", 60), "b", false},
		{"too short", "Portada » Provincia", "medio ambiente", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, wrappedBefore(tc.s, tc.next, 80))
		})
	}
}

func TestOrgHeadingDrawer(t *testing.T) {
	page := strings.Join([]string{
		"*** Woda zaczyna opadać",
		"    :PROPERTIES:",
		"    :CUSTOM_ID: woda-zaczyna-opadac",
		"    :END:",
		"Według danych IMGW na wodowskazie w Makowie stan Skawy spadł w ciągu",
		"ostatniej godziny o 8 centymetrów. Hydrolodzy ostrzegają jednak, że",
		"wieczorem może znów padać.",
		"",
		"** Meistgelesen",
		"   :PROPERTIES:",
		"   :CUSTOM_ID: meistgelesen",
		"   :END:",
		"",
		"* Not a drawer",
		"text",
		":END:",
	}, "\n")
	assert.Equal(t, []string{
		"*** Woda zaczyna opadać :PROPERTIES: :CUSTOM_ID: woda-zaczyna-opadac :END:",
		"Według danych IMGW na wodowskazie w Makowie stan Skawy spadł w ciągu ostatniej godziny o 8 centymetrów. Hydrolodzy ostrzegają jednak, że wieczorem może znów padać.",
		"** Meistgelesen :PROPERTIES: :CUSTOM_ID: meistgelesen :END:",
		"* Not a drawer", "text", ":END:",
	}, texts(Paragraphs(page, nil)))
}

func TestOrgPropertyLinesSetNoWidth(t *testing.T) {
	// pandoc -t org wraps at 72 columns but not a heading's slug: the
	// long ":CUSTOM_ID:" line must not make the page's width its own, or
	// German paragraphs, whose lines go on in capitals, stay line by line
	// (the page of the set xy whose errors showed it).
	b, err := os.ReadFile(filepath.Join("..", "..", "bench", "testdata", "xy", "pages", "de-3.txt"))
	require.NoError(t, err)
	want := "Das Gericht hat den Kieler Rechtsanwalt Jan-Hendrik Paulsen als Sachwalter eingesetzt. Er soll prüfen, ob das Unternehmen saniert werden kann. Nach ersten Gesprächen sei er „verhalten optimistisch“, sagte Paulsen dieser Zeitung."
	var texts []string
	for _, p := range Paragraphs(string(b), nil) {
		texts = append(texts, p.Text)
	}
	assert.Contains(t, texts, want)
	assert.True(t, isOrgProperty("  :CUSTOM_ID: a-slug"))
	assert.True(t, isOrgProperty(":END:"))
	assert.False(t, isOrgProperty(":-) sagte er"))
	assert.False(t, isOrgProperty("Zeit: 12:30 Uhr"))
}

// BenchmarkParagraphsWrapped splits text hard-wrapped at 72 columns, German
// and Thai, whose line widths are measured rune by rune.
func BenchmarkParagraphsWrapped(b *testing.B) {
	thai := "ศาลสั่งจำคุกคนละ 3 ถึง 5 ปี ไม่รอลงอาญา\nและให้ร่วมกันชดใช้ค่าเสียหายทางแพ่งแก่รัฐกว่า 2.4 ล้านบาท\nหลังเจ้าหน้าที่ตรวจยึดไม้สักแปรรูปได้ 186 ท่อน"
	var sb strings.Builder
	for sb.Len() < 64<<10 {
		sb.WriteString(germanWrapped72 + "\n\n" + thai + "\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []corpus.Paragraph
	for b.Loop() {
		dst = Paragraphs(text, dst[:0])
	}
}
