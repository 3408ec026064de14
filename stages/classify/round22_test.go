package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Tests of the twenty-second session's passes; the ARIA snapshot's view
// is tested in aria_test.go.

func TestLiveTickerReadsEntriesCutOverLines(t *testing.T) {
	B, C, X := lBody, lComment, lChrome
	lines := []string{
		"Znamy zwyciężczynie konkursu na najlepsze pierogi ruskie. Pierwsze miejsce zajęło koło z Olszanicy.",
		"„Sekret? Dużo cebuli” – mówi Anna Sowa z KGW",
		"Olszanica.",
		"14:15",
		"Przy stoisku z pierogami z jagodami kolejka ma już ponad trzydzieści metrów.",
		"Organizatorzy dostawili drugi kocioł.",
		"12:00",
		"Jury rozpoczęło degustację. W tym roku ocenia trzydzieści dwa zgłoszenia.",
		"10:05",
		"Rynek w Baligrodzie powoli się zapełnia. Na scenie gra kapela ludowa z Komańczy.",
	}
	in := []corpus.Label{B, C, C, C, C, C, C, C, C, C}
	// Alpine cut the entries at their line breaks: one block each.
	blocks := []int{0, 1, 1, 2, 3, 3, 4, 5, 6, 7}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
		for i := range paras {
			paras[i].Block = blocks[i]
		}
		liveTicker(paras, fs, nil, out)
	}
	// (The lines above the first time go back with tickerHead, which
	// reads the model's probabilities.)
	assert.Equal(t, []corpus.Label{B, C, C, X, B, B, X, B, X, B}, labelled(t, lines, in, pass))
	// Lines each a block of their own: the short line above a time is no
	// entry's text.
	plain := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { liveTicker(paras, fs, nil, out) }
	assert.Equal(t, in, labelled(t, lines, in, plain))
}

func TestPaywallNoticesChineseMembership(t *testing.T) {
	B, P := lBody, lPromo
	pass := paywallNotices
	lines := []string{"業者表示，製茶要花上兩天兩夜，每一步都要看天氣。", "成為會員，閱讀完整報導", "每月只要99元，無限閱讀竹塹日報所有文章。", "立即訂閱 · 已是會員？登入", "峨眉鄉公所也規劃了茶季系列活動。"}
	assert.Equal(t, []corpus.Label{B, P, P, P, B}, labelled(t, lines, []corpus.Label{B, B, B, B, B}, pass))
	for s, want := range map[string]bool{"每月只要99元": true, "年費 1200元": true, "票价80元": false, "每月更新": false} {
		assert.Equal(t, want, isCJKMonthlyPrice(s), s)
	}
}

func TestSpanCellsReadsRowsInBlocks(t *testing.T) {
	prose := "La région lui a accordé une aide de quinze mille euros pour l'achat du véhicule."
	rows := []string{"Jour\nCommunes desservies", "Mardi\nRancon, Balledent, Saint-Sornin-Leulac", "Mercredi\nDompierre-les-Églises, Saint-Amand-Magnazeix", "Vendredi\nBerneuil, Droux"}
	after := "Plusieurs mairies lui réservent une place et l'électricité gratuitement pour le camion."
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	cellsOf := func(paras []corpus.Paragraph) []bool {
		fs, _ := x.Document(paras, nil, nil)
		return spanCells(paras, fs, nil)
	}
	paras := lynxLines(append(append([]string{prose}, rows...), after)...)
	cells := cellsOf(paras)
	require.Len(t, cells, len(paras))
	assert.Equal(t, []bool{false, true, true, true, true, true, true, true, true, false}, cells)
	// Rows of unequal blocks are no table: a list of links under headings.
	uneven := lynxLines(prose, "Jour\nCommunes desservies", "Mardi\nRancon\nBalledent", "Mercredi\nDroux", after)
	assert.Empty(t, cellsOf(uneven))
	// The same lines in one block: a menu's, not a table's.
	flat := lynxLines(prose, strings.Join(rows, "\n"), after)
	assert.Empty(t, cellsOf(flat))
}

func TestCellsInBody(t *testing.T) {
	B, P, X := lBody, lPromo, lChrome
	lines := []string{"above", "Jour", "Mardi", "Rancon", "Mercredi", "Droux", "under", "share"}
	cells := []bool{false, true, true, true, true, true, false, false}
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { cellsInBody(cells, fs, out) }
	assert.Equal(t, []corpus.Label{B, B, B, B, B, B, B, X}, labelled(t, lines, []corpus.Label{B, X, P, P, P, P, B, X}, pass))
	// Not under the table: a table at the article's end keeps its labels.
	assert.Equal(t, []corpus.Label{B, X, P, P, P, P, P, X}, labelled(t, lines, []corpus.Label{B, X, P, P, P, P, P, X}, pass))
	// Chrome for the most part: a share bar's counts.
	assert.Equal(t, []corpus.Label{B, X, X, X, P, P, B, X}, labelled(t, lines, []corpus.Label{B, X, X, X, P, P, B, X}, pass))
	// A handle: an embedded post.
	handles := []string{"above", "Image @AOC", "Report", "Image @AOC", "Report", "x", "under", "share"}
	assert.Equal(t, []corpus.Label{B, P, P, P, P, P, B, X}, labelled(t, handles, []corpus.Label{B, P, P, P, P, P, B, X}, pass))
}

func TestNewsletterOverButton(t *testing.T) {
	B, I, P, X := lBody, lBio, lPromo, lChrome
	pass := newsletterOverButton
	lines := []string{
		"Il est correspondant de L'Écho à Châteauponsac depuis 2019.",
		"La lettre du matin",
		"Recevez chaque jour à 6 heures l'essentiel de l'actualité de la Basse-Marche.",
		"Je m'inscris",
		"À lire aussi",
	}
	assert.Equal(t, []corpus.Label{I, P, P, P, P}, labelled(t, lines, []corpus.Label{I, B, B, P, P}, pass))
	// Under the article's body, the lines are the article's.
	assert.Equal(t, []corpus.Label{B, B, B, P, P}, labelled(t, lines, []corpus.Label{B, B, B, P, P}, pass))
	// A sentence alone that names no newsletter.
	lines = []string{"Partager : Facebook X", "Le maire a installé un abri pour les clients.", "S'inscrire"}
	assert.Equal(t, []corpus.Label{X, B, P}, labelled(t, lines, []corpus.Label{X, B, P}, pass))
	lines = []string{"Partager : Facebook X", "Recevez notre newsletter dans votre boîte mail.", "S'inscrire"}
	assert.Equal(t, []corpus.Label{X, P, P}, labelled(t, lines, []corpus.Label{X, B, P}, pass))
}

func TestCommentHeadingStems(t *testing.T) {
	for s, want := range map[string]bool{
		"Commentos": true, "Cummentos": true, "Commentarii": true, "Commentarii (3)": true, "Comentaris": true,
		"Cummenti": true, "Comentar": false, "Commenter": false, "Kommentieren": false, "Comment": false, "Commentos del dia": false,
	} {
		assert.Equal(t, want, isCommentHeading(s), s)
	}
}

func TestStampedSectionsUnderAnUncountedHeading(t *testing.T) {
	B, C, I, P, X := lBody, lComment, lBio, lPromo, lChrome
	lines := []string{
		"S'intrada est lìbera. Su Comunu at postu unu bus dae Tàtari pro sos chi non tenent màcchina.",
		"Giuanne Pinna iscriet de agricultura e de sas biddas de su Logudoro.",
		"Cummentos",
		"Pro iscrìere unu cummentu depes intrare.",
		"Maria B. · 3/7/2027",
		"Finalmente! Amus a èssere in pratza dae chitzo.",
		"© 2027 Sa Gazeta de su Logudoro",
	}
	pass := stampedSections
	assert.Equal(t, []corpus.Label{B, I, C, C, C, C, X}, labelled(t, lines, []corpus.Label{B, I, P, P, P, P, X}, pass))
	// Without a comment heading, one stamp is too little.
	lines[2] = "Sa festa"
	assert.Equal(t, []corpus.Label{B, I, P, P, P, P, X}, labelled(t, lines, []corpus.Label{B, I, P, P, P, P, X}, pass))
}

func TestCJKMenuOfTwoFooterLinks(t *testing.T) {
	assert.True(t, cjkMenu("關於我們 | 隱私權政策"))
	assert.True(t, cjkMenu("关于我们 | 联系我们"))
	assert.False(t, cjkMenu("首页 | 民生"), "two items that are no footer links")
	assert.Equal(t, cjkChrome, cjkLine("关于我们 | 广告服务"))
}

func TestNewsletterOnOneLine(t *testing.T) {
	B, I, P := lBody, lBio, lPromo
	pass := newsletterOverButton
	lines := []string{"Julie Faivre couvre l'actualité municipale de Frasne.", "La lettre des frontaliers : chaque vendredi, l'actualité du travail en Suisse. Je m'inscris"}
	assert.Equal(t, []corpus.Label{I, P}, labelled(t, lines, []corpus.Label{I, B}, pass))
	assert.Equal(t, []corpus.Label{B, B}, labelled(t, lines, []corpus.Label{B, B}, pass), "in the article")
	var buf [noticeMaxBytes]byte
	for s, want := range map[string]bool{"Chaque vendredi dans votre boîte. Je m'inscris": true, "Newsletter: Abonnieren": true, "Je m'inscris": false, "Il dit: je m'inscris demain": false} {
		assert.Equal(t, want, endsWithSignup(s, &buf), s)
	}
}

func TestWordPressCommentFormNotices(t *testing.T) {
	for _, s := range []string{"Tu correo no será publicado. Los campos obligatorios están marcados con *", "Your email address will not be published. Required fields are marked *", "Votre adresse e-mail ne sera pas publiée."} {
		low := lowerRunesInto(nil, s)
		assert.True(t, commentPrompts.inWords(low), s)
	}
	var buf [noticeMaxBytes]byte
	f := features.Features{Words: 9}
	assert.True(t, isPaywallNotice("Il vous reste 70 % de cet article à lire.", &f, &buf))
}

func TestNamedFactBoxes(t *testing.T) {
	B, I, P, X := lBody, lBio, lPromo, lChrome
	pass := namedFactsPass
	lines := []string{
		"La programmation mêlera films récents, séances pour les scolaires et un ciné-club le jeudi soir.",
		"En pratique",
		"Réouverture le mercredi 2 juin à 20 h 30",
		"Séances du mardi au dimanche",
		"Tarif plein : 6 €, réduit : 4 €",
		"Partager : Facebook X Mail",
	}
	assert.Equal(t, []corpus.Label{B, B, B, B, B, X}, labelled(t, lines, []corpus.Label{B, P, P, P, P, X}, pass))
	// Under a live blog's time, the heading labelled body.
	lines = []string{"Zuletzt aktualisiert: 16:48 Uhr", "Das Wichtigste in Kürze", "Das Mittelstück ist eingesetzt", "Die Elbe bleibt gesperrt", "16:48 Uhr", "Geschafft"}
	assert.Equal(t, []corpus.Label{I, B, B, B, X, B}, labelled(t, lines, []corpus.Label{I, B, P, P, X, B}, pass))
	// A box's end: a poll's question, a newsletter.
	lines = []string{"Der Bürgermeister lobte die Bauarbeiter und dankte allen Helfern für ihre Geduld.", "Auf einen Blick", "Länge: 420 Meter", "Kosten: 38 Millionen Euro", "Nutzen Sie die Brücke?", "Ja"}
	assert.Equal(t, []corpus.Label{B, B, B, B, X, X}, labelled(t, lines, []corpus.Label{B, P, P, P, X, X}, pass))
	// Under no body, a box keeps its labels.
	lines = []string{"Menü", "Auf einen Blick", "Länge: 420 Meter", "Kosten: 38 Millionen Euro"}
	assert.Equal(t, []corpus.Label{X, P, P, P}, labelled(t, lines, []corpus.Label{X, P, P, P}, pass))
}

// FuzzFieldCount checks fieldCount against strings.Fields on any bytes.
func FuzzFieldCount(f *testing.F) {
	for _, s := range []string{"", " a  b\tc\n", "Saint-Sornin-Leulac, Droux", "\u00a0x\u3000y\u0085z", "\xff \xfe", "全角　空格"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		require.Equal(t, len(strings.Fields(s)), fieldCount(s), "%q", s)
	})
}

func TestFooterMenus(t *testing.T) {
	B, C, P, X := lBody, lComment, lPromo, lChrome
	pass := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { footerMenus(paras, out) }
	lines := []string{
		"Amdanom ni | Cysylltu | Preifatrwydd",
		"Mae'r cyngor yn disgwyl i'r gwaith ddod i ben erbyn yr haf nesaf, meddai'r maer.",
		"Sylwadau (2)",
		"Tentang Kami · Hubungi Kami · Dasar Privasi",
		"Facebook · Instagram · X",
		"热门推荐：中超冬窗转会 · 广州马拉松报名 · CBA积分榜",
		"Anno 2027 · 12 articoli · 3 foto",
	}
	in := []corpus.Label{P, B, C, P, P, P, P}
	assert.Equal(t, []corpus.Label{P, B, C, X, P, P, P}, labelled(t, lines, in, pass))
}

func TestNamedFactBoxesUnderAnOffer(t *testing.T) {
	B, P, X := lBody, lPromo, lChrome
	pass := namedFactsPass
	lines := []string{
		"Les vélos se réservent avec une application ou une carte disponible à l'office de tourisme.",
		"Cet article est réservé aux abonnés. Il vous reste 70 % à découvrir.",
		"Abonnez-vous dès 1 € le premier mois, sans engagement. Je m'abonne",
		"Déjà abonné ? Se connecter",
		"En pratique",
		"Stations : gare, mairie, piscine",
		"Abonnement : 30 € par an",
		"Partager : Facebook X",
	}
	in := []corpus.Label{B, P, P, P, P, P, P, X}
	assert.Equal(t, []corpus.Label{B, P, P, P, B, B, B, X}, labelled(t, lines, in, pass))
	// An offer of more lines is a promo box of its own.
	long := append(append([]string{}, lines[:4]...), "Offre spéciale", "Premier mois offert")
	long = append(long, lines[4:]...)
	inLong := []corpus.Label{B, P, P, P, P, P, P, P, P, X}
	assert.Equal(t, inLong, labelled(t, long, inLong, pass))
}

func TestCJKAuthorBoxesAndOffers(t *testing.T) {
	for s, want := range map[string]cjkKind{
		"季雅琴 温州都市报记者，长期关注山区教育。邮箱：jiyq@wzdsb.cn": cjkBio,
		"订阅《温州都市报》2028年度纸质报，全年只需360元。在线订阅":      cjkPromo,
		"关于本报 | 法律声明":                       cjkChrome,
		"记者在现场看到，村民排队领取救灾物资。":               cjkNone,
		"1968年，二十岁的陶守义来到筱村镇最偏远的岭头村小学当代课老师。": cjkNone,
	} {
		assert.Equal(t, want, cjkLine(s), s)
	}
	assert.True(t, hasYuanPrice("每人200元"))
	assert.False(t, hasYuanPrice("人民币元"))
}

func TestNamedFactBoxesUnderTheHead(t *testing.T) {
	B, I, P, X := lBody, lBio, lPromo, lChrome
	pass := namedFactsPass
	lines := []string{
		"Nach dem Unwetter sind in Dassel Keller vollgelaufen, die Feuerwehr ist im Dauereinsatz.",
		"Von Jana Albers",
		"Zuletzt aktualisiert: 21:48 Uhr",
		"Das Wichtigste in Kürze",
		"Die B 241 ist gesperrt.",
		"Der Strom ist zurück.",
	}
	assert.Equal(t, []corpus.Label{B, I, X, B, B, B}, labelled(t, lines, []corpus.Label{B, I, X, P, P, P}, pass))
	// Under a menu, no head: the box keeps its labels.
	lines[0] = "Startseite"
	assert.Equal(t, []corpus.Label{X, I, X, P, P, P}, labelled(t, lines, []corpus.Label{X, I, X, P, P, P}, pass))
}

func TestSpanCellsReadsLongRowNamesAndEndingTables(t *testing.T) {
	x, err := features.DefaultExtractor()
	require.NoError(t, err)
	cellsOf := func(lines ...string) []bool {
		paras := lynxLines(lines...)
		fs, _ := x.Document(paras, nil, nil)
		return spanCells(paras, fs, nil)
	}
	prose := "Sophie Vergnaud, infirmière et ancienne adjointe aux affaires sociales, a remercié les électeurs."
	table := []string{"Liste", "Voix", "Ruffec ensemble (S. Vergnaud)", "1 102", "Agir pour Ruffec (P. Mesnard)", "641", "Ruffec citoyenne (A. Dubreuil)", "291"}
	after := "Le nouveau conseil élira le maire samedi à 10 heures, a indiqué la préfecture."
	cells := cellsOf(append(append([]string{prose}, table...), after)...)
	require.Len(t, cells, len(table)+2)
	assert.Equal(t, []bool{false, true, true, true, true, true, true, true, true, false}, cells)
	// A table that ends the article, a share bar under it.
	cells = cellsOf(append(append([]string{prose}, table...), "Partager : Facebook X")...)
	require.Len(t, cells, len(table)+2)
	assert.True(t, cells[1] && cells[len(table)])
	// Nothing under it: no table read.
	assert.Empty(t, cellsOf(append([]string{prose}, table...)...))
}

func TestNewsletterRightUnderTheArticle(t *testing.T) {
	B, P := lBody, lPromo
	pass := newsletterOverButton
	lines := []string{
		"Bürgermeister Jürgen Hennemann will zur Eröffnung kommen. Die Stadt hat den Umbau bezahlt.",
		"Der Haßberg-Bote am Morgen",
		"Die wichtigsten Nachrichten aus dem Landkreis, jeden Tag um sechs Uhr in Ihrem Postfach.",
		"Kostenlos abonnieren",
	}
	assert.Equal(t, []corpus.Label{B, P, P, P}, labelled(t, lines, []corpus.Label{B, B, B, P}, pass))
	// A sentence of the article over the button names no newsletter.
	lines[2] = "Die Stadt zahlt den Umbau, der im Mai beginnt und im Herbst enden soll."
	assert.Equal(t, []corpus.Label{B, B, B, P}, labelled(t, lines, []corpus.Label{B, B, B, P}, pass))
}

func TestHordeDump(t *testing.T) {
	page := lynxLines(
		"Diario de A Mariña[1]",
		"  * Castropol[2]\n  * Foz[3]\n  * Tráfico[4]\n  * Deportes[5]",
		"Las obras de reparación de las juntas de dilatación empiezan el lunes.",
		"Noelia Castro[6] | Castropol",
		"Descarga la app[9] gratis.",
		"Links:\n------\n[1] /\n[2] /castropol\n[3] /foz\n[4] /trafico\n[5] /deportes\n[6] /autor/noelia-castro\n[9] /app",
	)
	n := lynxReferences(page)
	assert.Equal(t, "Links:", page[n].Text, "Horde's list of links is the page's References")
	assert.True(t, isHordeDump(page[:n]))
	view, kind := delynx(page[:n], new([]corpus.Paragraph))
	assert.Equal(t, hordeDump, kind)
	assert.Equal(t, "Noelia Castro | Castropol", view[6].Text)
	assert.Equal(t, "Castropol", view[1].Text)
	// Citations after a sentence's stop are no Horde page, nor is lynx.
	wiki := lynxLines("Es wurde gezeigt.[1] Dann.[2] Und.[3] So.[4] Da.[5] Hier.[6]")
	assert.False(t, isHordeDump(wiki))
	lynx := lynxLines("[1]Start [2]Sport [3]Kultur [4]Wetter [5]Lokales", "Text[6] hier")
	assert.False(t, isHordeDump(lynx))
	for s, want := range map[string]bool{"[12] /autor/x": true, "[3] https://a.example/b": true, "[1] /": true, "[4] Foz": false, "[5]": false, "12. https://x": false} {
		assert.Equal(t, want, isBracketTarget(s), s)
	}
}

// namedFactsPass runs namedFactBoxes on lines that are their own Markdown.
func namedFactsPass(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	namedFactBoxes(paras, paras, fs, out)
}
