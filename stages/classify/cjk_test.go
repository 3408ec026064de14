package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestCJKLine(t *testing.T) {
	tests := []struct {
		text string
		want cjkKind
	}{
		// Captions and credits.
		{"观众在展厅内参观。本报记者 张华 摄", cjkChrome},
		{"相关阅读：新能源汽车退役电池迎来高峰 正规回收企业扩产", cjkPromo},
		{"延伸阅读：今冬首场寒潮来袭，这些出行提示请收好", cjkPromo},
		{"相关阅读", cjkPromoHeading},
		{"广告", cjkChrome},
		{"作者｜陈默", cjkBio},
		{"编辑｜何小雨", cjkBio},
		{"记者：谭一鸣", cjkBio},
		// An interview's questions after their speaker are speech, not bylines.
		{"记者：经费从哪里来？", cjkNone},
		{"记者：图书馆是怎么开起来的?", cjkNone},
		{"作者：我们这一代人都经历过。", cjkNone},
		{"网友跟帖", cjkCommentHeading},
		// A reader's sentence that starts with a furniture word is none.
		{"点赞 36", cjkChrome},
		{"点赞！昨晚家里才12度，终于可以不开空调了。", cjkNone},
		{"【广告】企业经营贷，最高可申请500万元，线上审批最快当天放款>>", cjkPromo},
		{"［PR］法人カードで経費精算をもっとラクに。年会費無料", cjkPromo},
		{"广告公司裁员潮背后：行业进入调整期", cjkNone},
		{"（本文仅代表作者个人观点）", cjkChrome},
		{"本文来源：新流网", cjkChrome},
		{"工作人员在渔港检查渔船加固情况。记者 郑浩 摄", cjkChrome},
		{"仕込みタンクの温度を確かめる中村翔太さん=石川県内、佐藤美咲撮影", cjkChrome},
		{"图为江城市高新区一处公共充电站。", cjkChrome},
		{"雾林湍蛙成体。图片由受访者提供", cjkChrome},
		{"《春江渡》剧照。浙江越剧团供图", cjkChrome},
		{"利用者の減少が続く山河線の車両（資料写真）", cjkChrome},
		// Legal, share, dates, tags, menus.
		{"江城新闻网 版权所有 未经授权禁止复制或建立镜像", cjkChrome},
		{"备案号：江ICP备00000000号", cjkChrome},
		{"著作権は北陸新報社に帰属します。", cjkChrome},
		{"分享到：微信 微博 QQ空间", cjkChrome},
		{"发布时间：2024-09-27 10:12 阅读量：12,386", cjkChrome},
		{"首页 | 本地 | 民生 | 教育 | 健康", cjkChrome},
		{"シェア", cjkChrome},
		{"利用規約", cjkChrome},
		{"隐私政策", cjkChrome},
		{"この記事をシェアする", cjkChrome},
		{"违法和不良信息举报电话：000-00000000", cjkChrome},
		{"来源：江城日报", cjkChrome},
		// Bylines and editor lines.
		{"来源：江城日报 作者：记者 李明 通讯员 赵静", cjkBio},
		{"晨光都市报记者 陈雨萱", cjkBio},
		{"本报记者 郑浩 王丽娜 实习生 徐晨", cjkBio},
		{"责任编辑：周婷", cjkBio},
		{"（责任编辑：王启明）", cjkBio},
		{"【编辑：李想】", cjkBio},
		{"相关标签：地铁 5号线 华阳", cjkChrome},
		{"关键词：洱海 新物种", cjkChrome},
		{"文/记者 张薇", cjkBio},
		{"北陸ニュースネット編集部 山田 健太", cjkBio},
		// Invitations.
		{"扫码关注“闽南经济观察”微信公众号，获取更多财经资讯", cjkPromo},
		{"下载体坛速递客户端，看更多精彩赛事直播", cjkPromo},
		// Section headings.
		{"相关阅读", cjkPromoHeading},
		{"延伸阅读：", cjkPromoHeading},
		{"関連記事", cjkPromoHeading},
		{"网友评论", cjkCommentHeading},
		{"评论（8）", cjkCommentHeading},
		{"已有35人参与", cjkCommentHeading},
		{"网友评论（26）", cjkCommentHeading},
		{"评论 8", cjkCommentHeading},
		{"留言", cjkNone},
		{"留言 12", cjkCommentHeading},
		{"网友评论（２６）", cjkCommentHeading},
		{"评论　8", cjkCommentHeading},
		{"评论 2024", cjkNone},
		{"查看更多评论＞＞", cjkCommentLine},
		{"说点什么吧...", cjkCommentLine},
		{"精选留言", cjkCommentHeading},
		{"相关文章", cjkPromoHeading},
		{"往期推荐", cjkPromoHeading},
		{"查看更多评论>>", cjkCommentLine},
		{"说点什么吧…", cjkCommentLine},
		{"评论员文章（1）", cjkNone},
		{"2024年（26）", cjkNone},
		{"写下你的评论", cjkCommentLine},
		{"2024-09-28 回复", cjkCommentLine},
		// Sentences of an article that use the same words, and headlines
		// about reporters, are left alone.
		{"法院审理认为，被告未经授权在其网站上使用原告拍摄的照片，侵犯了原告的著作权。", cjkNone},
		{"同社は著作権侵害の疑いで書類送検された。", cjkNone},
		{"市民可拨打举报电话12345反映问题，相关部门将在三个工作日内答复。", cjkNone},
		{"据该校微信公众号消息，新学期将增设人工智能课程。", cjkNone},
		{"该公司表示，将尽快推出新版客户端。", cjkNone},
		{"美国记者在加沙遇难", cjkNone},
		{"记者调查：老旧小区加装电梯难在哪", cjkNone},
		{"记者手记", cjkNone},
		{"经验分享会举行", cjkNone},
		{"评论", cjkNone},
		// The article itself, and text in other scripts, are left alone.
		{"记者从市交通局获悉，今年全市新增公共充电桩3000余个，但高峰时段仍一桩难求。", cjkNone},
		{"老旧小区加装电梯提速 今年已有126部电梯投入使用", cjkNone},
		{"赤字ローカル線の存廃、沿線3市町が協議会設置へ バス転換も選択肢に", cjkNone},
		{"Photo: Reuters", cjkNone},
		{"Related stories", cjkNone},
		{"", cjkNone},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, cjkLine(tc.text))
		})
	}
}

func TestCJKFurniture(t *testing.T) {
	B, I, P, C, X := corpus.Body, corpus.Bio, corpus.Promo, corpus.Comment, corpus.Chrome
	tests := []struct {
		name  string
		lines []string
		model []corpus.Label // the model's labels
		want  []corpus.Label
	}{
		{
			name: "related stories and comments below the article",
			lines: []string{
				"老旧小区加装电梯提速", "晨光都市报记者 陈雨萱", "今年以来，全市已有126部电梯投入使用。",
				"推荐阅读", "我市启动新一轮老旧小区改造 涉及小区300余个", "公积金新政来了！加装电梯可提取，额度怎么算？",
				"网友评论", "城南老住户：我们单元也在协调，二楼一户一直不同意，已经拖了两年了。", "2024-09-28 回复", "发表",
				"Copyright © 晨光都市报社 All Rights Reserved", "关于我们 | 法律声明 | 联系方式 | 广告服务",
			},
			model: []corpus.Label{X, X, B, X, B, B, B, B, P, X, X, P},
			want:  []corpus.Label{X, I, B, P, P, P, C, C, C, C, X, X},
		},
		{
			name:  "a related-story list ends at the first sentence",
			lines: []string{"江城新闻", "今年以来，全市已有126部电梯投入使用。", "相关新闻", "江城出台补贴政策 最高补贴5000元", "市民普遍表示，这项政策来得及时。"},
			model: []corpus.Label{X, B, B, B, B},
			want:  []corpus.Label{X, B, P, P, B},
		},
		{
			name:  "a comment heading above the article is not a comment section",
			lines: []string{"网友评论", "今年以来，全市已有126部电梯投入使用。"},
			model: []corpus.Label{X, B},
			want:  []corpus.Label{X, B},
		},
		{
			name: "a commentary column's label under the headline starts no comment section",
			lines: []string{"城市更新不能只算经济账", "评论", "今年以来，全市已有126部电梯投入使用。",
				"但在不少老旧小区，加装电梯仍然卡在协商环节。", "如何平衡各方利益，考验着基层治理的智慧。"},
			model: []corpus.Label{B, X, B, B, B},
			want:  []corpus.Label{B, X, B, B, B},
		},
		{
			name: "WeChat's comment area under a bare 留言, a guestbook link among footer links",
			lines: []string{
				"今年以来，全市已有126部电梯投入使用。", "但在不少老旧小区，加装电梯仍然卡在协商环节。", "如何平衡各方利益，考验着基层治理的智慧。",
				"留言", "写留言", "阿梅", "我们单元也在协调，二楼一户一直不同意。",
			},
			model: []corpus.Label{B, B, B, X, X, X, X},
			want:  []corpus.Label{B, B, B, C, C, C, C},
		},
		{
			name: "a bare 评论 or 留言 over a reader's name and a dated stamp on one line",
			lines: []string{
				"今年以来，全市已有126部电梯投入使用。", "但在不少老旧小区，加装电梯仍然卡在协商环节。", "如何平衡各方利益，考验着基层治理的智慧。",
				"评论", "登录后才能发表评论。", "萍水人家 2026-12-03 21:15", "太美了！在家门口就看到了，比去年的还好看。",
			},
			model: []corpus.Label{B, B, B, P, C, X, X},
			want:  []corpus.Label{B, B, B, C, C, C, C},
		},
		{
			name: "a comment heading run into the end of the last line above the thread",
			lines: []string{
				"今年以来，全市已有126部电梯投入使用。", "但在不少老旧小区，加装电梯仍然卡在协商环节。", "如何平衡各方利益，考验着基层治理的智慧。",
				"- 榆林发布今冬首个寒潮预警 留言区", "榆阳区老张 12-10 10:23", "我们小区暖气一直只有十六七度，打了三次电话都说排队。",
			},
			model: []corpus.Label{B, B, B, P, P, P},
			want:  []corpus.Label{B, B, B, P, C, C},
		},
		{
			name: "a guestbook link among footer links",
			lines: []string{
				"今年以来，全市已有126部电梯投入使用。", "但在不少老旧小区，加装电梯仍然卡在协商环节。", "如何平衡各方利益，考验着基层治理的智慧。",
				"网站地图", "留言", "招聘信息", "友情链接",
			},
			model: []corpus.Label{B, B, B, X, X, X, X},
			want:  []corpus.Label{B, B, B, X, X, X, X},
		},
		{
			name:  "a footer link ends a list of related stories",
			lines: []string{"今年以来，全市已有126部电梯投入使用。", "相关文章", "江城出台补贴政策 最高补贴5000元", "关于我们", "广告合作"},
			model: []corpus.Label{B, X, X, X, X},
			want:  []corpus.Label{B, P, P, X, X},
		},
		{
			name:  "the pass never leaves a page without body",
			lines: []string{"江城新闻 版权所有 未经授权禁止复制"},
			model: []corpus.Label{B},
			want:  []corpus.Label{B},
		},
		{
			name:  "pages without Han or kana are left alone",
			lines: []string{"Related stories", "Comments", "Leave a reply"},
			model: []corpus.Label{B, B, B},
			want:  []corpus.Label{B, B, B},
		},
	}
	rules, err := DefaultRules()
	require.NoError(t, err)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.Len(t, tc.model, len(tc.lines))
			paras := make([]corpus.Paragraph, len(tc.lines))
			out := make([]Scored, len(tc.lines))
			for i, l := range tc.lines {
				paras[i] = corpus.Paragraph{Text: l}
				out[i] = Scored{Label: tc.model[i], Score: 0.5}
			}
			var rs ruleScratch
			rules.analyse(paras, &rs)
			cjkFurniture(paras, rs.fs, rs.cue, out)
			got := make([]corpus.Label, len(out))
			for i, o := range out {
				got[i] = o.Label
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestCJKClosingProse(t *testing.T) {
	B, I, X := corpus.Body, corpus.Bio, corpus.Chrome
	tests := []textPassCase{
		{
			name:  "the article's last sentences above the editor's line",
			lines: []string{"今年以来，全市已有126部电梯投入使用。", "积分榜前四名：海港68分，国安67分，蓉城61分，申花58分。", "根据规定，前三名将获得下赛季亚冠联赛参赛资格。", "责任编辑：刘畅"},
			in:    []corpus.Label{B, I, I, I},
			want:  []corpus.Label{B, B, B, I},
		},
		{
			name:  "an author's bio stays",
			lines: []string{"今年以来，全市已有126部电梯投入使用。", "宋清和，教育评论员，长期关注基础教育政策。"},
			in:    []corpus.Label{B, I},
			want:  []corpus.Label{B, I},
		},
		{
			name:  "a byline, a short line and a sentence away from the body stay",
			lines: []string{"今年以来，全市已有126部电梯投入使用。", "本报记者 陈雨萱", "谢谢。", "分享", "当地生态环境部门表示，已关注到相关情况。"},
			in:    []corpus.Label{B, I, I, X, I},
			want:  []corpus.Label{B, I, I, X, I},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textPassLabels(t, tt.lines, tt.in, cjkClosingProse))
		})
	}
}

// textPassCase is a case of a text-only pass's test table: lines labelled
// in, and the labels the pass must leave.
type textPassCase struct {
	name     string
	lines    []string
	in, want []corpus.Label
}

// textPassLabels runs a pass that reads only the paragraphs' text on lines
// labelled in, and returns the labels it leaves.
func textPassLabels(t *testing.T, lines []string, in []corpus.Label, pass func([]corpus.Paragraph, []Scored)) []corpus.Label {
	t.Helper()
	require.Len(t, in, len(lines))
	ps := make([]corpus.Paragraph, len(lines))
	out := make([]Scored, len(lines))
	for i, l := range lines {
		ps[i] = corpus.Paragraph{Text: l}
		out[i] = Scored{Label: in[i], Score: 0.9}
	}
	pass(ps, out)
	got := make([]corpus.Label, len(out))
	for i, s := range out {
		got[i] = s.Label
	}
	return got
}

func TestCJKAuthorBox(t *testing.T) {
	B, I, X := corpus.Body, corpus.Bio, corpus.Chrome
	tests := []textPassCase{
		{
			name:  "the author box that closes the article",
			lines: []string{"宁波一家家电企业前三季度出口增长三成", "对此，恒泰电器表示将加大研发投入，明年推出更多节能产品。", "沈嘉言，本报财经记者，长期关注浙江制造业与外贸企业。", "标签：家电 出口"},
			in:    []corpus.Label{B, B, B, X},
			want:  []corpus.Label{B, B, I, X},
		},
		{
			name:  "a source quoted with a trade that is no journalist's stays",
			lines: []string{"宁波一家家电企业前三季度出口增长三成", "对此，恒泰电器表示将加大研发投入。", "王芳，宁波大学经济学教授，认为出口增长还将持续。", "标签：家电 出口"},
			in:    []corpus.Label{B, B, B, X},
			want:  []corpus.Label{B, B, B, X},
		},
		{
			name:  "a sentence whose second clause speaks of reporters stays",
			lines: []string{"二手手机回收价差调查", "随后，记者又在两个主流电商平台的回收页面填写了同一部手机的信息。", "分享"},
			in:    []corpus.Label{B, B, X},
			want:  []corpus.Label{B, B, X},
		},
		{
			name:  "inside the article it stays",
			lines: []string{"宁波一家家电企业前三季度出口增长三成", "沈嘉言，本报财经记者，长期关注浙江制造业与外贸企业。", "对此，恒泰电器表示将加大研发投入。"},
			in:    []corpus.Label{B, B, B},
			want:  []corpus.Label{B, B, B},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textPassLabels(t, tt.lines, tt.in, cjkAuthorBox))
		})
	}
}

func TestCJKStamp(t *testing.T) {
	for text, want := range map[string]bool{
		"重庆 11-28": true, "11-29 11:42": true, "11月28日": true, "四川 11-29": true,
		"嘉陵江的风": false, "2024年10月28日 08:05 来源：华商财经观察": false, "": false, "-28": false,
	} {
		assert.Equal(t, want, cjkStamp(text), text)
	}
}
