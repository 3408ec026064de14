package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Tests of the sixteenth session's passes, read off xz's errors and the
// development sets'.

func TestNewsletterBoxes(t *testing.T) {
	C, P, X := lComment, lPromo, lChrome
	comment := "Ya era hora. Cada noviembre la calle se convierte en un atasco de remolques."
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a box of text and button under the last comment, over a list",
			lines: []string{"María José dice:", comment, "Recibe en tu correo las noticias de la Subbética. Es gratis.", "Quiero recibirlo", "Lo más visto"},
			in:    []corpus.Label{C, C, C, C, P},
			want:  []corpus.Label{C, C, P, P, P},
		},
		{
			name:  "a box's heading, its text the model called promo",
			lines: []string{"Isartaler · vor 45 Minuten", comment, "Der Morgen im Isartal", "Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach."},
			in:    []corpus.Label{C, C, C, P},
			want:  []corpus.Label{C, C, P, P},
		},
		{
			name:  "a Chinese box at the page's end",
			lines: []string{"車站旁老住戶 2026/12/02 13:05", "等了十幾年終於要動了。", "訂閱電子報", "每天早上七點，把最新消息送到您的信箱。", "立即訂閱"},
			in:    []corpus.Label{C, C, C, C, C},
			want:  []corpus.Label{C, C, P, P, P},
		},
		{
			name:  "a comment that speaks of the newsletter stays",
			lines: []string{"Pepe dice:", "Me di de baja del boletín hace un año y no lo echo de menos.", "Lo más visto"},
			in:    []corpus.Label{C, C, P},
			want:  []corpus.Label{C, C, P},
		},
		{
			name:  "the comment form and a reply bar stay",
			lines: []string{comment, "Responder · Me gusta (6)", "Inicia sesión para comentar.", "Newsletter", "Aviso legal"},
			in:    []corpus.Label{C, C, C, C, X},
			want:  []corpus.Label{C, C, C, P, X},
		},
		{
			name:  "no newsletter in the box: nothing moves",
			lines: []string{comment, "Antworten", "Meistgelesen"},
			in:    []corpus.Label{C, C, P},
			want:  []corpus.Label{C, C, P},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, newsletterBoxes))
		})
	}
}

func TestCJKCaption(t *testing.T) {
	for text, want := range map[string]bool{
		"观众在展厅内参观。本报记者 张华 摄":                    true,
		"…=石川県内、佐藤美咲撮影":                         true,
		"去年冬季庆元县百山祖镇的积雪景象（资料图） 吴海涛 摄":           true,
		"游客在景区内拍照留念，不少人表示这次旅行收获很大，明年还要再来。吴海涛 摄": true,
		"市民在公园里散步。":                             false,
		"这是一个很长的句子，说的是记者在现场看到的情况，以及他们对这件事的看法和评论，最后提到了拍摄": false,
	} {
		assert.Equal(t, want, cjkCaption(text), text)
	}
}

func TestNamedStamp(t *testing.T) {
	for text, want := range map[string]bool{
		"Gaston64 · il y a 5 h":           true,
		"Eva M. | 1. 12. 2026, 20:05":     true,
		"Brantômois24 – il y a 1 heure":   true,
		"incirci_ahmet - 3 saat önce":     true,
		"il y a 5 h":                      false,
		"Jean-Luc, le 2 décembre à 12h10": false,
	} {
		assert.Equal(t, want, namedStamp(text), text)
	}
}

func TestSpacedNumericDates(t *testing.T) {
	for text, want := range map[string]bool{
		"1. 12. 2026, 20:05":            true,
		"1. 12. 2026":                   true,
		"1. 12.":                        false,
		"1. 2. 3. 4":                    false,
		"12. 2026":                      false,
		"2026年12月02日 07:50":             true,
		"2026年12月2日":                    true,
		"2026年12月":                      false,
		"Publié le 1 déc. 2026 à 17h30": true,
		"Zuletzt aktualisiert: 29.11.2026, 22:14 Uhr":         true,
		"Data publikacji: 08.07.2026":                         true,
		"02.12.2026 - 09:40 | Güncelleme: 02.12.2026 - 11:15": true,
		"Data di nascita del progetto: 2026":                  false,
	} {
		assert.Equal(t, want, isLoneDate(text), text)
	}
	assert.True(t, isNamedDate("Eva M. | 1. 12. 2026, 20:05"))
	assert.True(t, isCommentHeading("Diskusia (2)"))
}

func TestCreditsInMoreScripts(t *testing.T) {
	for text, want := range map[string]bool{
		"Очередь у регистратуры одной из городских поликлиник. Фото: Денис Кулагин":                    true,
		"Η συγκέντρωση διαμαρτυρίας στο λιμάνι του Αγίου Κηρύκου. Φωτογραφία: Νίκος Καρούτσος":         true,
		"Kuru incir serilmiş sergi Germencik'te güneşte kurutulan incirler. (Fotoğraf: Elif Karaağaç)": true,
		"Savonrannan lainauspiste sijaitsee koulun yhteydessä. Kuva: Sanna Hyvönen":                    true,
		"Фото сделано в понедельник, когда в городе прошёл митинг.":                                    false,
	} {
		assert.Equal(t, want, hasCreditTail(text), text)
	}
	assert.True(t, isPhotoCredit("Снимка: Десислава Колева"))
	assert.True(t, cjkCaption("中西區神農街一帶保留大量日治時期街屋。（記者陳怡婷攝）"))
	assert.True(t, cjkCaption("常德汽车总站“夜1路”将从常德汽车总站发车。（资料图 黄思远 摄）"))
}

func TestIsPricedOffer(t *testing.T) {
	for text, want := range map[string]bool{
		"Digital-Abo: 3 Monate für 9,99 €":                                                   true,
		"Offre numérique : 2 € par mois la première année":                                   true,
		"Kup e-wydanie za 3,50 zł | Zaloguj się":                                             true,
		"Подписка за 99 ₽":                                                                   true,
		"FP+ für 0,99 € im ersten Monat":                                                     true,
		"Te quedan 3 párrafos por leer. Hazte socio por 4,99 € al mes.":                      true,
		"Prøv et digitalt abonnement i 30 dage for 1 kr.":                                    true,
		"Der Eintritt kostet 5 €, Kinder zahlen 2 €.":                                        false, // a price, no offer
		"Abonnez-vous à notre newsletter":                                                    false, // an offer, no price
		"Le club compte 300 abonnés et 12 salariés.":                                         false, // a number, no currency
		"Die Stadt hat das Angebot für 4 Millionen Euro an den Investor verkauft, heißt es.": false, // no price: "Millionen" between
		// A sentence of the article about an offer has both: lineFurniture
		// asks only outside the article's body (insideBody).
		"Das Deutschlandticket-Abo kostet ab Januar 63 € im Monat.": true,
	} {
		assert.Equal(t, want, isPricedOffer(text), text)
	}
}

func TestMoreCommentAndListHeadings(t *testing.T) {
	assert.True(t, isCommentHeading("Bình luận (2)"))
	assert.False(t, isCommentHeading("Bình an"))
	assert.Equal(t, cjkCommentHeading, cjkLine("热门跟贴"))
	assert.Equal(t, cjkPromoHeading, cjkLine("本周热门"))
	assert.True(t, cjkMenu("网站简介 - 广告服务 - 联系方式 - 招聘信息 - 隐私政策"))
	assert.False(t, cjkMenu("市民 - 记者在现场看到，很多人在排队等候进入展馆参观 - 摄影"))
}

func TestResultBlocksPassAnAdLabel(t *testing.T) {
	lines := []string{prose[0], "Reklama", "Tabela po rundzie jesiennej (czołówka)", "Miejsce Drużyna Mecze Punkty Bramki",
		"1. LKS Bełk 17 39 41:15", "2. Polonia Łaziska 17 36 33:17", "3. Energetyk Rybnik 17 34 35:20", "Impressum"}
	in := []corpus.Label{lBody, lChrome, lPromo, lPromo, lComment, lComment, lComment, lChrome}
	want := []corpus.Label{lBody, lChrome, lBody, lBody, lBody, lBody, lBody, lChrome}
	got := labelled(t, lines, in, func(ps []corpus.Paragraph, fs []features.Features, out []Scored) {
		cue := make([]int8, len(ps))
		logp := make([]float32, len(ps)*corpus.NumLabels)
		for i := range cue {
			cue[i] = -1
			logp[i*corpus.NumLabels+int(corpus.Body)] = log32(0.3)
		}
		cue[1], cue[7] = int8(corpus.Chrome), int8(corpus.Chrome) // "Reklama", "Impressum"
		resultBlocks(ps, fs, cue, logp, out)
	})
	assert.Equal(t, want, got)
}

func TestIsHashtagLine(t *testing.T) {
	for text, want := range map[string]bool{
		"#강릉 #소아진료 #야간진료 #의료":             true,
		"#consiglio comunale #Ivrea":      true,
		"#健康科普# #冬季养生# #喝水#":              true,
		"# Eine Überschrift mit #Hashtag": false,
		"#1 der Charts, vor #2":           false,
		"#Ivrea":                          false,
		"#Ivrea ha votato. #ZTL.":         false,
	} {
		assert.Equal(t, want, isHashtagLine(text), text)
	}
}

func TestHasCurrencyHint(t *testing.T) {
	for text, want := range map[string]bool{
		"3 Monate für 9,99 €":          true,
		"€ then 5":                     true,
		"ab 4 EUR im Monat":            true,
		"za 3,50 zł":                   true,
		"Подписка за 99 ₽":             true,
		"5 Kč":                         true,
		"Europa 2026 und die Eurozone": false,
		"Der Kreis hat 12 Gemeinden":   false,
		"le 2 décembre":                false,
		"no digits €":                  false,
	} {
		assert.Equal(t, want, hasCurrencyHint(text), text)
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() { isPricedOffer("Digital-Abo: 3 Monate für 9,99 € – Jetzt testen") }))
}

func TestBarredThreadsAndMoreStamps(t *testing.T) {
	for _, text := range []string{"teatrisõber · 3 tundi tagasi", "Žvejys iš Tauragnų · prieš 3 val.", "Budinčan · pred 2 urama"} {
		assert.True(t, isRelativeTime(text), text)
	}
	for _, text := range []string{"Vasta · Meeldib (10)", "Atsakyti · Patinka (9)", "Odgovori · Všeč mi je (14)"} {
		assert.True(t, isReplyBar(text), text)
	}
	assert.True(t, isLoneDate("Publié le 1er décembre 2026 à 18h05"))
	name, _ := bylineName("Piše: Tjaša Lešnik")
	assert.Equal(t, "Tjaša Lešnik", name)

	// Two stamped comments with reply bars and no heading above them (a
	// converter ran it into the share bar's line) are a thread.
	C, P, B := lComment, lPromo, lBody
	lines := append(append([]string{}, prose[:4]...),
		"Udostępnij Tweetnij Wyślij e-mailem ### Komentarze (2)",
		"Łowiczanka · 2 godz. temu", "Pani Halina uczyła mnie na warsztatach 20 lat temu. Do dziś mam swojego koguta!", "Odpowiedz · Lubię to (15)",
		"Marek z Nieborowa · 1 godz. temu", "Piękna rozmowa. Więcej takich tekstów o naszych twórcach.", "Odpowiedz · Lubię to (6)")
	in := []corpus.Label{B, B, B, B, lChrome, B, B, P, P, P, P}
	want := []corpus.Label{B, B, B, B, lChrome, C, C, C, C, C, C}
	require.Len(t, in, len(lines))
	assert.Equal(t, want, labelled(t, lines, in, commentThread))
}

func TestCJKStampsAndBars(t *testing.T) {
	assert.True(t, isNamedDate("沂蒙老乡 2026-12-02 10:12"))
	assert.False(t, isNamedDate("沂蒙老乡 2026-12-02"), "no time: a dateline")
	assert.False(t, isNamedDate("会议 将于 2026-12-02 10:12 举行"))
	assert.True(t, isReplyBar("回复 赞(6)"))
	assert.True(t, isReplyBar("回复 赞（12）"))
	assert.False(t, isReplyBar("回复 赞(六)"))
}
