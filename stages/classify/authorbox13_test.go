package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Tests of the passes added in the eleventh session of 2026-12-02 (the
// blind set xo's errors, read after its run).

// passCase is a page's lines, the labels a pass is given and those it
// must leave.
type passCase struct {
	name  string
	lines []string
	in    []corpus.Label
	want  []corpus.Label
}

// runPassCases runs pass on every case, one subtest each.
func runPassCases(t *testing.T, cases []passCase, pass func([]corpus.Paragraph, []features.Features, []Scored)) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, labelled(t, tc.lines, tc.in, pass))
		})
	}
}

func TestStartsWithNamedTrade(t *testing.T) {
	for _, tc := range []struct {
		sentence, name string
		want           bool
	}{
		{"Tomasz Wawrzyczek – dziennikarz działu miejskiego, zajmuje się samorządem.", "Tomasz Wawrzyczek", true},
		{"Lena Vogt, Redakteurin im Ressort Politik, schreibt über Landespolitik.", "Lena Vogt", true},
		{"Giuseppe Iannotti, giornalista, scrive di agricoltura.", "Giuseppe Iannotti", true},
		{"Lena Vogt, die Bürgermeisterin, sagte am Montag …", "Lena Vogt", false},
		{"Lena Vogt – ein Porträt der Bürgermeisterin", "Lena Vogt", false},
		{"Vogt, Redakteurin im Ressort Politik", "Vogt", false}, // a name of one word: too weak
		{"Lena Vogtova, Redakteurin", "Lena Vogt", false},
	} {
		assert.Equal(t, tc.want, startsWithNamedTrade(tc.sentence, tc.name), "%q / %q", tc.sentence, tc.name)
	}
}

func TestBylineNames(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"Par Yann Le Goff", []string{"Yann Le Goff"}},
		{"Por Sergio Durán y Carmen Rangel", []string{"Sergio Durán", "Carmen Rangel"}},
		{"Von Lena Vogt und Jan Ries", []string{"Lena Vogt", "Jan Ries"}},
		{"Sergio Durán y Carmen Rangel", nil}, // no byline word: a pair of names may be a headline's
		{"Por la mañana y por la tarde", nil},
		{"Der Bürgermeister und der Rat", nil},
	} {
		assert.Equal(t, tc.want, bylineNames(nil, tc.line), "%q", tc.line)
	}
}

func TestNamedBoxUnderArticle(t *testing.T) {
	B, I, X, C := lBody, lBio, lChrome, lComment
	trade := "Journaliste à la rédaction de Saint-Brieuc, il suit la vie politique locale."
	tests := []passCase{
		{
			name:  "the byline's name over the author's trade",
			lines: []string{"Saint-Brieuc : Hélène Corlay élue maire", "Par Yann Le Goff", prose[0], prose[1], "Yann Le Goff", trade, "Mots-clés : Saint-Brieuc"},
			in:    []corpus.Label{B, I, B, B, B, B, X},
			want:  []corpus.Label{B, I, B, B, I, I, X},
		},
		{
			name:  "one of two names of the byline",
			lines: []string{"Incendio en Las Hurdes", "Por Sergio Durán y Carmen Rangel", prose[0], prose[1], "Carmen Rangel", "Redactora de Sucesos en Cáceres. Antes trabajó en la radio local."},
			in:    []corpus.Label{B, I, B, B, B, B},
			want:  []corpus.Label{B, I, B, B, I, I},
		},
		{
			name:  "a name that is not the byline's stays",
			lines: []string{"Saint-Brieuc : Hélène Corlay élue maire", "Par Yann Le Goff", prose[0], prose[1], "Hélène Corlay", trade},
			in:    []corpus.Label{B, I, B, B, B, B},
			want:  []corpus.Label{B, I, B, B, B, B},
		},
		{
			name:  "the name over a sentence that is no trade stays",
			lines: []string{"Saint-Brieuc : Hélène Corlay élue maire", "Par Yann Le Goff", prose[0], "Yann Le Goff", prose[1]},
			in:    []corpus.Label{B, I, B, B, B},
			want:  []corpus.Label{B, I, B, B, B},
		},
		{
			name:  "the author answering in the comments stays a comment",
			lines: []string{"Saint-Brieuc : Hélène Corlay élue maire", "Par Yann Le Goff", prose[0], prose[1], "Yann Le Goff", trade},
			in:    []corpus.Label{B, I, B, B, C, C},
			want:  []corpus.Label{B, I, B, B, C, C},
		},
		{
			name:  "no byline above the article",
			lines: []string{"Saint-Brieuc : Hélène Corlay élue maire", prose[0], prose[1], "Yann Le Goff", trade},
			in:    []corpus.Label{B, B, B, B, B},
			want:  []corpus.Label{B, B, B, B, B},
		},
	}
	runPassCases(t, tests, namedBoxUnderArticle)
}

func TestDatedTeasers(t *testing.T) {
	B, I, X, P := lBody, lBio, lChrome, lPromo
	tests := []passCase{
		{
			name:  "a heading and headlines with their dates below the article",
			lines: []string{prose[0], prose[1], "Katharina Elsner schreibt seit 2019 für den Nordhessen Kurier.", "Mehr aus Kassel", "Straßenbahnlinie 4: Bauarbeiten am Königsplatz verlängert", "01.12.2026", "Weihnachtsmarkt öffnet mit neuem Riesenrad", "30.11.2026", "Impressum"},
			in:    []corpus.Label{B, B, I, B, B, X, B, X, X},
			want:  []corpus.Label{B, B, I, P, P, P, P, P, X},
		},
		{
			name:  "one pair is no list",
			lines: []string{prose[0], prose[1], "Weihnachtsmarkt öffnet mit neuem Riesenrad", "30.11.2026", "Impressum"},
			in:    []corpus.Label{B, B, B, X, X},
			want:  []corpus.Label{B, B, B, X, X},
		},
		{
			name:  "pairs inside the article stay",
			lines: []string{prose[0], "Konzert der Stadtkapelle im Park", "12.12.2026", "Lesung in der Stadtbibliothek", "13.12.2026", prose[1]},
			in:    []corpus.Label{B, B, B, B, B, B},
			want:  []corpus.Label{B, B, B, B, B, B},
		},
		{
			name:  "comments with dates stay",
			lines: []string{prose[0], prose[1], "Gute Idee, endlich passiert etwas", "01.12.2026", "Das hätte man früher machen sollen", "30.11.2026"},
			in:    []corpus.Label{B, B, lComment, lComment, lComment, lComment},
			want:  []corpus.Label{B, B, lComment, lComment, lComment, lComment},
		},
	}
	runPassCases(t, tests, datedTeasers)
}

func TestCJKResumedArticle(t *testing.T) {
	B, I, X, P := lBody, lBio, lChrome, lPromo
	editor := "（责任编辑：沈一鸣）"
	tests := []passCase{
		{
			name: "the article resumes after a link and an advertisement",
			lines: []string{"星帆科技裁员约1200人", "一位不愿具名的员工告诉记者：“上周部门会议上就有风声，但没想到范围这么大。”", "相关阅读：苏州工业园区今年新增软件企业逾300家", "广告",
				"多方提供再就业支持", "苏州工业园区人力资源部门表示，已联系区内40余家企业，将于12月6日举办专场招聘会。", "时间：12月6日（周六）9:00—16:00", editor, "相关新闻"},
			in:   []corpus.Label{B, B, P, X, P, X, X, I, P},
			want: []corpus.Label{B, B, P, X, B, B, B, I, P},
		},
		{
			name:  "no sentence of prose in the run: a teaser list stays",
			lines: []string{"星帆科技裁员约1200人", "一位不愿具名的员工告诉记者：“上周部门会议上就有风声，但没想到范围这么大。”", "广告", "园区发布数字经济三年行动计划", "苏州人才新政：应届生租房补贴提高", editor},
			in:    []corpus.Label{B, B, X, P, P, I},
			want:  []corpus.Label{B, B, X, P, P, I},
		},
		{
			name: "a long interruption: no article above it",
			lines: []string{"星帆科技裁员约1200人", "一位不愿具名的员工告诉记者：“上周部门会议上就有风声，但没想到范围这么大。”", "相关阅读：苏州工业园区今年新增软件企业逾300家", "广告", "扫一扫，关注微信公众号", "下载客户端",
				"苏州工业园区人力资源部门表示，已联系区内40余家企业，将于12月6日举办专场招聘会。", editor},
			in:   []corpus.Label{B, B, P, X, P, P, X, I},
			want: []corpus.Label{B, B, P, X, P, P, X, I},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cues := make([]int8, len(tt.lines))
			for i := range cues {
				cues[i] = -1
			}
			cues[3] = int8(corpus.Chrome) // "广告", as the features' cue phrases have it
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, func(paras []corpus.Paragraph, _ []features.Features, out []Scored) {
				cjkResumedArticle(paras, cues, out)
			}))
		})
	}
}

func TestCaptionCredits(t *testing.T) {
	for _, tc := range []struct {
		text            string
		caps, copyright bool
	}{
		{"Hélène Corlay entourée de ses colistiers, dimanche soir, à la mairie. © Le Réveil des Côtes / Y. L. G.", false, true},
		{"Le conseil municipal réuni lundi soir dans la salle des fêtes. © N. B.", false, true},
		{"Envases del lote afectado, en una imagen facilitada por la empresa. / LA VOZ DEL EBRO", true, false},
		{"La escritora Elena Castaño, en la biblioteca municipal de Lugo. NURIA BELTRÁN", true, false},
		{"© 2026 Le Réveil des Côtes", false, false},                                                    // a footer: no caption before the sign
		{"Tous droits réservés. © Le Réveil des Côtes. Reproduction interdite. Contact.", false, false}, // sentences after the sign
		{"Text und Bild © Stadtwerke Kassel", false, true},
		{"Read the full story here. / READ MORE", false, false},
		{"Una frase cualquiera. /", false, false},
	} {
		assert.Equal(t, tc.caps, hasCapsCredit(tc.text), "hasCapsCredit(%q)", tc.text)
		assert.Equal(t, tc.copyright, hasCopyrightCredit(tc.text), "hasCopyrightCredit(%q)", tc.text)
	}
}

func TestKindBylines(t *testing.T) {
	for _, tc := range []struct{ line, name string }{
		{"Eine Rezension von Florian Weidemann | 29. November 2026", "Florian Weidemann"},
		{"Ein Kommentar von Lena Vogt", "Lena Vogt"},
		{"Photos by Callum Ferriday", "Callum Ferriday"},
		{"Analysis by Maya Okafor", "Maya Okafor"},
		{"Prepared by Ann Woodlief, Virginia Commonwealth University", ""}, // a task's credit
		{"Posted by Ann Woodlief", ""},
		{"Grüße aus dem Urlaub von Oma Erna", ""}, // too many words before the byline word
		{"eine Rezension von Florian Weidemann", ""},
	} {
		name, _ := bylineName(tc.line)
		assert.Equal(t, tc.name, name, "%q", tc.line)
	}
}

func TestBylineBiosSkipsTheOpening(t *testing.T) {
	B, I, X := lBody, lBio, lChrome
	lines := []string{"Bartleby, the Scrivener", "Written by Herman Melville", "Herman Melville was a clerk himself before he wrote this story of the office.", prose[1], "Herman Melville was an American novelist, born in New York in 1819."}
	in := []corpus.Label{B, X, B, B, B}
	assert.Equal(t, []corpus.Label{B, I, B, B, I}, labelled(t, lines, in, bylineBios),
		"the article's first paragraph under the byline is no author box; the one at the end is")
}

func TestShareBar(t *testing.T) {
	for _, tc := range []struct {
		text       string
		bar, share bool
	}{
		{"Partager cet article : Facebook · LinkedIn · E-mail", true, true},
		{"Teilen: Facebook · X · E-Mail · Link kopieren", true, true},
		{"Udostępnij: Facebook | X | E-mail", true, true},
		{"Teilen · Drucken · Merken", true, true},
		{"Copier le lien", true, true},
		{"Facebook · X · WhatsApp", true, false}, // networks alone: may be "follow us" links
		{"Folgen Sie uns: Facebook · Instagram", false, false},
		{"Teilen: das Wichtigste in Kürze", false, false},
		{"Teilen:", false, false},
		{"Sport · Kultur · Wirtschaft", false, false},
	} {
		assert.Equal(t, tc.bar, isShareBar(tc.text), "isShareBar(%q)", tc.text)
		assert.Equal(t, tc.share, isSharingBar(tc.text), "isSharingBar(%q)", tc.text)
	}
}

func TestStrongTagHeads(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Tagi: Lublin budżet rada miasta MPK", true},
		{"Schlagworte: Kassel Mietspiegel Wohnen Mieterverein", true},
		{"Etiquetas: Alerta alimentaria", true},
		{"Themen: Klimaschutz Verkehr Wohnen", false}, // "Themen:" may be the article's
		{"Kategorie: Bester Film", false},
		{"Schlagworte", false},
	} {
		assert.Equal(t, tc.want, hasStrongTagHead(tc.text) && isTagLine(tc.text), "%q", tc.text)
	}
	B, X := lBody, lChrome
	lines := []string{prose[0], prose[1], "Schlagworte: Kassel Mietspiegel Wohnen Mieterverein", "Themen: Klimaschutz Verkehr Wohnen"}
	assert.Equal(t, []corpus.Label{B, B, X, B}, labelled(t, lines, []corpus.Label{B, B, B, B}, func(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
		lineFurniture(paras, fs, out)
	}))
}

func TestIsStatLabel(t *testing.T) {
	paras := func(texts ...string) []corpus.Paragraph {
		ps := make([]corpus.Paragraph, len(texts))
		for i, s := range texts {
			ps[i] = corpus.Paragraph{Text: s}
		}
		return ps
	}
	assert.True(t, isStatLabel(paras("Comments:", "1664"), 0))
	assert.True(t, isStatLabel(paras("Chapters:", "14/14"), 0))
	assert.True(t, isStatLabel(paras("Kommentare:", "1.204"), 0))
	assert.False(t, isStatLabel(paras("Comments:", "Anna wrote: great piece"), 0))
	assert.False(t, isStatLabel(paras("Comments (12)", "12"), 0))
	assert.False(t, isStatLabel(paras("Comments:"), 0))
	assert.False(t, isStatLabel(paras("Comments:", ""), 0))
}

// TestStatsBlockOpensNoCommentSection: a work's statistics ("Comments:"
// over its count, among other fields) above the text open no comment
// section, which would take the whole story with it.
func TestStatsBlockOpensNoCommentSection(t *testing.T) {
	r, err := DefaultRules()
	assert.NoError(t, err)
	texts := []string{prose[0], prose[1], prose[0]}
	texts = append(texts, "Stats:", "Words:", "67379", "Comments:", "1664", "Kudos:", "7142", "Chapter Text")
	for range 6 {
		texts = append(texts, prose[0], prose[1])
	}
	texts = append(texts, "Comments", "Great chapter, I loved the ending and the dialogue between them!")
	ps := make([]corpus.Paragraph, len(texts))
	for i, s := range texts {
		ps[i] = corpus.Paragraph{Text: s, Block: i}
	}
	var s ruleScratch
	r.analyse(ps, &s)
	assert.Equal(t, len(texts)-2, s.commentsFrom, "the section opens at the heading under the story")
}
