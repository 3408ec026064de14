package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Chinese and Japanese pages: the cue phrases of the features match whole
// words between spaces, which Chinese and Japanese text does not have, and
// the model was trained on English pages. Cue phrases in these languages as
// model features made it worse (a Chinese article taken for an author box
// after a byline cue; stages/classify/models/README.md). cjkFurniture
// instead relabels, after the model, only the lines that the conventions of
// Chinese and Japanese news pages mark beyond doubt: photo captions that end
// in the photographer's credit ("记者 李明 摄", "=佐藤美咲撮影"), bylines and
// editor lines ("本报记者 …", "责任编辑：…"), copyright and licence lines,
// "share", "published at" and tag lines, menus of short items between bars,
// footer links ("关于我们", "利用規約"), the headings of related-story and
// comment sections ("相关阅读", "相关文章", "网友评论", "网友评论（26）",
// "精选留言", "関連記事") with what follows them, and app, newsletter and
// WeChat invitations. Every rule needs Han or kana in the line, so other pages are
// untouched.

// cjkMaxShort is the length in runes up to which a line counts as short: a
// byline, a heading, a credit.
const cjkMaxShort = 24

// cjkCommentAfter is how many of the model's body paragraphs must come
// before a comment heading for a comment section to start there.
const cjkCommentAfter = 3

// cjkMaxHeadline is the length in runes up to which a line without a full
// stop can be the headline of a related story under a related-story heading.
const cjkMaxHeadline = 40

// cjkKind is what cjkLine makes of a line.
type cjkKind uint8

const (
	cjkNone           cjkKind = iota
	cjkChrome                 // caption, credit, legal, share, date, tags, menu
	cjkBio                    // byline, editor line
	cjkPromo                  // app, newsletter, WeChat invitation
	cjkPromoHeading           // "相关阅读": related stories follow
	cjkCommentHeading         // "网友评论": comments follow
	cjkCommentLine            // "写下你的评论", "回复": only inside a comment section
)

var (
	cjkPromoHeadings = []string{
		"相关新闻", "相关阅读", "相关报道", "推荐阅读", "延伸阅读", "热门推荐", "精彩推荐", "猜你喜欢",
		"热点新闻", "更多新闻", "相關新聞", "相關閱讀", "延伸閱讀", "推薦閱讀",
		"相关文章", "相关推荐", "往期推荐", "往期回顾", "热门文章", "更多文章", "精彩文章", "相關文章",
		"関連記事", "関連ニュース", "おすすめ記事", "人気記事", "あわせて読みたい", "この記事を読んだ人におすすめ",
		// Most-read lists: "热点排行", "熱門新聞".
		"热点排行", "热门新闻", "熱門新聞", "熱門文章", "排行榜", "阅读排行", "點閱排行", "点击排行", "热门排行", "大家都在看", "编辑推荐", "編輯推薦", "今日热点",
		"本周热门", "本周热点", "今日热门", "一周热门", "本週熱門", "今日熱門",
	}
	// cjkCommentHeadings leave out a bare "评论" or "評論", which also
	// heads commentary columns.
	cjkCommentHeadings = []string{
		"网友评论", "热门评论", "最新评论", "全部评论", "精彩评论", "網友評論", "熱門評論",
		"コメント", "みんなのコメント", "写留言", "精选留言", "全部留言", "热门留言", "网友留言", "網友留言", "精選留言",
		"网友跟帖", "網友跟帖", "跟帖", "读者留言", "讀者留言", "留言区", "留言區", "用户评论", "用戶評論",
		"评论区", "評論區", "热门跟贴", "网友跟贴", "跟贴", "最新跟贴",
	}
	// cjkCountedCommentHeadings head a comment section only with a count
	// ("评论 8", "評論（12）", "留言 12"): alone they also head commentary
	// columns, or a site's guestbook link among its footer links.
	cjkCountedCommentHeadings = []string{"评论", "評論", "留言"}
	cjkCommentFurniture       = []string{
		"写下你的评论", "发表评论", "登录后发表评论", "请登录后发表评论", "查看全部评论", "查看更多评论", "展开更多评论", "查看全部跟贴",
		"发表", "提交", "回复", "发布", "说点什么吧",
		"寫下你的評論", "發表評論", "回覆", "コメントする", "返信",
	}
	// cjkLegal are parts of copyright, licence and registration lines
	// that an article's sentences do not use ("未经授权" and "著作権" alone
	// are too common in news about court cases).
	cjkLegal = []string{
		"版权所有", "版權所有", "未经授权禁止", "未經授權禁止", "禁止转载", "禁止轉載", "转载须经授权",
		"ICP备", "备案号", "免责声明", "不良信息举报", "著作権は", "無断転載", "無断複製",
		// Disclaimers: "（本文仅代表作者个人观点）", "如有侵权请联系删除".
		"仅代表作者", "僅代表作者", "不代表本网立场", "不代表本站立场", "不代表本平台立场", "如有侵权请联系删除",
	}
	// cjkCaptionParts mark photo captions and credits anywhere in a line.
	cjkCaptionParts = []string{"图片来源", "图源", "供图", "图片由", "資料写真", "（写真）", "写真：", "写真提供"}
	// cjkChromePrefixes start date, source, share and tag lines.
	cjkChromePrefixes = []string{
		"发布时间", "發布時間", "最后更新", "更新时间", "分享到", "本文标签", "标签：", "标签:", "キーワード", "阅读 ", "阅读量", "点赞",
		"本文来源：", "本文来源:",
		// Tags under the article: "相关标签：地铁 5号线 华阳", "关键词：…".
		"相关标签", "標籤：", "标签 ", "关键词：", "关键词:", "關鍵詞：", "关键字：", "關鍵字：",
	}
	// cjkAdLabels start an advertisement's line: "【广告】企业经营贷……",
	// "［PR］法人カードで……".
	cjkAdLabels = []string{"【广告】", "[广告]", "［广告］", "（广告）", "【廣告】", "［廣告］", "【推广】", "[推广]", "［推广］", "［PR］", "[PR]", "【PR】", "（PR）", "［広告］", "【広告】"}
	// cjkChromeLines are whole lines of page furniture.
	cjkChromeLines = []string{
		"分享", "收藏", "举报", "打印", "返回顶部", "滚动更新", "シェア", "ブックマーク", "印刷", "ツイート",
		"广告", "廣告", "広告",
		// Footer links: they also end a list of related stories above.
		"关于我们", "联系我们", "隐私政策", "用户协议", "网站地图", "广告服务", "版权声明", "意见反馈",
		"關於我們", "聯絡我們", "隱私權政策", "利用規約", "プライバシーポリシー", "お問い合わせ", "広告掲載",
		"会社概要", "サイトポリシー", "個人情報保護方針", "サイトマップ", "著作権について",
		"关于本报", "關於本報", "法律声明", "法律聲明", "联系方式", "聯絡方式", "网站简介", "網站簡介", "免责声明", "免責聲明",
	}
	// cjkBioPrefixes start bylines and editor lines; a line that goes on to
	// end a sentence or ask a question (cjkSentenceEnds) is speech, such as
	// an interview's question after its speaker ("记者：经费从哪里来？").
	cjkBioPrefixes = []string{
		"作者：", "作者:", "记者：", "记者:", "文/", "文／", "文｜", "文|", "责任编辑", "責任編輯", "编辑：", "编辑:",
		"編輯：", "审核：", "撰文", "筆者",
		// WeChat's bars: "作者｜陈默", "编辑｜何小雨", "审核｜蒋涛".
		"作者｜", "作者|", "编辑｜", "编辑|", "編輯｜", "审核｜", "审核|", "校对｜", "校对|", "排版｜", "排版|",
	}
	// cjkPromoParts mark invitations to apps, newsletters and accounts
	// when a line also holds one of cjkPromoVerbs ("据该校微信公众号消息"
	// is news, "关注…公众号" an invitation).
	cjkPromoParts = []string{
		"公众号", "客户端", "APP", "App", "视频号", "公式アプリ", "アプリ", "会員登録", "メルマガ", "ニュースレター",
	}
	cjkPromoVerbs = []string{"关注", "下载", "扫码", "扫描", "订阅", "關注", "下載", "訂閱", "登録", "ダウンロード", "受け取", "フォロー"}
)

// cjkOpenBrackets may enclose an editor's line: "（责任编辑：王启明）",
// "【编辑：李想】".
const cjkOpenBrackets = "（(【[〔"

// cjkSentenceEnds are the marks that end a sentence or a question.
const cjkSentenceEnds = "。！？?!"

// hasCJK reports whether s holds at least two Han or kana runes.
func hasCJK(s string) bool {
	n := 0
	for _, r := range s {
		if r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana)) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// cjkHeading returns s without surrounding spaces, without the lenticular
// or square brackets that may enclose a heading ("【関連記事】", "［延伸阅读］")
// and without the colons, arrows and dots that may end a heading or a link
// ("延伸阅读：", "查看更多评论>>", "说点什么吧…"), for comparing with the
// headings.
func cjkHeading(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), cjkHeadingEnds)
	for _, pair := range [...][2]string{{"【", "】"}, {"［", "］"}, {"〖", "〗"}} {
		if strings.HasPrefix(s, pair[0]) && strings.HasSuffix(s, pair[1]) && len(s) > len(pair[0])+len(pair[1]) {
			return strings.TrimRight(s[len(pair[0]):len(s)-len(pair[1])], cjkHeadingEnds)
		}
	}
	return s
}

// cjkHeadingEnds are what may end a heading or a link: colons, arrows,
// dots.
const cjkHeadingEnds = "：: >》＞»›…."

// cjkUncounted returns heading h without a count after it ("网友评论（26）",
// "评论 8", "留言(3)", full-width digits and the ideographic space too) and
// whether it had one; a count has at most cjkMaxCountDigits digits ("评论
// 2024" is no count).
func cjkUncounted(h string) (string, bool) {
	t := strings.TrimRight(h, "）)")
	if len(t) == len(h) {
		// "评论 8", "评论　8"
		i := strings.LastIndexFunc(h, unicode.IsSpace)
		if i < 0 {
			return h, false
		}
		_, size := utf8.DecodeRuneInString(h[i:])
		if !isCJKCount(h[i+size:]) {
			return h, false
		}
		return strings.TrimSpace(h[:i]), true
	}
	i := strings.LastIndexAny(t, "（(")
	if i < 0 {
		return h, false
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	if !isCJKCount(t[i+size:]) {
		return h, false
	}
	return strings.TrimSpace(t[:i]), true
}

// cjkMaxCountDigits is the most digits of a comment count.
const cjkMaxCountDigits = 5

// isCJKCount reports 1 to cjkMaxCountDigits ASCII or full-width digits,
// and not a year (four digits from 1900 to 2099: "评论 2024").
func isCJKCount(s string) bool {
	var d [cjkMaxCountDigits]byte
	n := 0
	for _, r := range s {
		if '０' <= r && r <= '９' {
			r = '0' + (r - '０')
		}
		if r < '0' || r > '9' || n == cjkMaxCountDigits {
			return false
		}
		d[n] = byte(r)
		n++
	}
	year := n == 4 && (d[0] == '1' && d[1] == '9' || d[0] == '2' && d[1] == '0')
	return n >= 1 && !year
}

// cjkCountedHeading reports a comment heading with its count: "网友评论（26）",
// "评论 8".
func cjkCountedHeading(h string) bool {
	u, counted := cjkUncounted(h)
	return counted && (slices.Contains(cjkCommentHeadings, u) || slices.Contains(cjkCountedCommentHeadings, u))
}

func hasAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// cjkCaption reports a photo caption that ends in its credit: the last
// sentence (after the last "。") is a short credit ending in "摄" or
// "撮影", perhaps in brackets, e.g. "观众在展厅内参观。本报记者 张华 摄",
// "…=石川県内、佐藤美咲撮影", "…街屋。（記者陳怡婷攝）", or
// a short caption that ends so without a full stop ("去年冬季庆元县百山祖镇的
// 积雪景象（资料图） 吴海涛 摄").
func cjkCaption(s string) bool {
	// The credit may stand in brackets: "…街屋。（記者陳怡婷攝）".
	s = strings.TrimSuffix(strings.TrimSuffix(s, "）"), ")")
	if !strings.HasSuffix(s, "摄") && !strings.HasSuffix(s, "撮影") && !strings.HasSuffix(s, "攝") {
		return false
	}
	if utf8.RuneCountInString(s) <= cjkCaptionMaxRunes && !strings.ContainsAny(s, "。！？") {
		return true
	}
	last := s
	if i := strings.LastIndexAny(s, "。=＝"); i >= 0 {
		last = s[i:]
	}
	return utf8.RuneCountInString(last) <= 20
}

// cjkCaptionMaxRunes is the longest caption without a full stop that
// cjkCaption takes by its credit alone.
const cjkCaptionMaxRunes = 40

// cjkMenu reports a line of short items between bars or dashes: "首页 | 本地
// | 民生", "关于我们 | 法律声明 | 联系方式", "网站简介 - 广告服务 - 联系方式",
// or two footer links (cjkChromeLines).
func cjkMenu(s string) bool {
	// Counted over the parts as they come (strings.FieldsFuncSeq,
	// strings.SplitSeq): the slices of strings.FieldsFunc and
	// strings.Split were most of the classifier's allocations.
	bar := func(r rune) bool { return r == '|' || r == '｜' }
	items, short, chrome := 0, true, true
	for it := range strings.FieldsFuncSeq(s, bar) {
		it = strings.TrimSpace(it)
		items++
		short = short && utf8.RuneCountInString(it) <= 8
		chrome = chrome && slices.Contains(cjkChromeLines, it)
	}
	if items == 2 {
		// Two footer links ("關於我們 | 隱私權政策").
		return chrome
	}
	if items >= 3 {
		return short
	}
	items, short = 0, true // "网站简介 - 广告服务 - 联系方式"
	for it := range strings.SplitSeq(s, " - ") {
		items++
		short = short && utf8.RuneCountInString(strings.TrimSpace(it)) <= 8
	}
	return items >= 3 && short
}

// cjkLine classifies one line of a Chinese or Japanese page.
func cjkLine(text string) cjkKind {
	s := strings.TrimSpace(text)
	if !hasCJK(s) {
		return cjkNone
	}
	n := utf8.RuneCountInString(s)
	h := cjkHeading(s)
	switch {
	case slices.Contains(cjkPromoHeadings, h) || isCJKMoreHeading(h):
		return cjkPromoHeading
	case slices.Contains(cjkCommentHeadings, h) || isCommentCount(h) || cjkCountedHeading(h):
		return cjkCommentHeading
	case slices.Contains(cjkCommentFurniture, h) || strings.HasSuffix(h, " 回复"):
		return cjkCommentLine
	case hasAny(s, cjkLegal), cjkCaption(s), strings.HasPrefix(s, "图为") && n <= 80,
		hasAny(s, cjkCaptionParts) && n <= 80, slices.Contains(cjkChromeLines, h),
		hasPrefixAny(s, cjkChromePrefixes) && n <= 40 && !endsCJKSentence(s), n <= 60 && cjkMenu(s),
		strings.HasPrefix(s, "この記事をシェア"):
		return cjkChrome
	case hasPrefixAny(strings.TrimLeft(s, cjkOpenBrackets), cjkBioPrefixes) && n <= 40 && !strings.ContainsAny(s, cjkSentenceEnds),
		strings.HasPrefix(s, "来源：") && (strings.Contains(s, "作者") || strings.Contains(s, "记者")) && n <= 40,
		n <= cjkMaxShort && cjkByline(s):
		return cjkBio
	case strings.HasPrefix(s, "来源：") && n <= 30:
		return cjkChrome
	case n <= cjkBoxMaxRunes && hasAny(s, cjkReporterWords) && (strings.Contains(s, "@") || hasAny(s, cjkMailWords)):
		// An author's box: "季雅琴 温州都市报记者，长期关注山区教育。邮箱：…".
		return cjkBio
	case n <= cjkBoxMaxRunes && hasAny(s, cjkSubscribeWords) && hasYuanPrice(s):
		// A subscription's offer: "订阅《温州都市报》…全年只需360元。在线订阅".
		return cjkPromo
	case strings.Contains(s, "爆料热线"), hasPrefixAny(s, cjkAdLabels) && n <= 120, hasAny(s, cjkPromoParts) && hasAny(s, cjkPromoVerbs) && n <= 60,
		n <= 80 && cjkInlinePromo(s):
		return cjkPromo
	}
	return cjkNone
}

// cjkBoxMaxRunes bounds an author's box or an offer that cjkLine reads
// by its words.
const cjkBoxMaxRunes = 80

var (
	// cjkReporterWords name a reporter or an editor.
	cjkReporterWords = []string{"记者", "記者", "编辑", "編輯"}
	// cjkMailWords name an e-mail address.
	cjkMailWords = []string{"邮箱", "郵箱", "信箱", "电邮", "電郵"}
	// cjkSubscribeWords ask to subscribe.
	cjkSubscribeWords = []string{"订阅", "訂閱"}
)

// hasYuanPrice reports a price in yuan: a digit before "元".
func hasYuanPrice(s string) bool {
	for k := strings.Index(s, "元"); k >= 0; {
		if k > 0 && isDigit(s[k-1]) {
			return true
		}
		next := strings.Index(s[k+len("元"):], "元")
		if next < 0 {
			return false
		}
		k += len("元") + next
	}
	return false
}

// isCJKMoreHeading reports a heading of "more" and a short kind of story
// ("更多直播", "更多視頻", "更多精彩"): a list of other stories under it. A
// lone "更多" is a link, and "更多新闻" is in cjkPromoHeadings.
func isCJKMoreHeading(h string) bool {
	rest, ok := strings.CutPrefix(h, "更多")
	if !ok {
		return false
	}
	n := utf8.RuneCountInString(rest)
	return n >= 2 && n <= 4 && !strings.ContainsAny(rest, "，。！？：:>›»") && hasCJK(rest)
}

// endsCJKSentence reports a line that ends in a full stop, question or
// exclamation mark of the wide forms ("点赞！昨晚家里才12度，终于可以不开空调
// 了。"): a reader's sentence that starts with a furniture word ("点赞",
// "like"), not the furniture line itself ("点赞 36").
func endsCJKSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '。' || r == '！' || r == '？'
}

// cjkByline reports a byline's shape: a reporter's or newsroom's title
// followed by a space and names ("晨光都市报记者 陈雨萱", "记者 李明 通讯员
// 赵静", "北陸ニュースネット編集部 山田 健太"), or a name followed by the
// title ("佐藤 美咲 記者"). A headline that speaks of reporters ("美国记者在
// 加沙遇难", "记者手记") has no such space.
func cjkByline(s string) bool {
	if strings.ContainsAny(s, cjkSentenceEnds) {
		return false
	}
	for _, title := range []string{"记者", "記者", "编辑部", "編集部"} {
		if strings.Contains(s, title+" ") || strings.Contains(s, title+"：") || strings.HasSuffix(s, " "+title) {
			return true
		}
	}
	return false
}

// isCommentCount reports comment counters: "评论（8）", "12条评论",
// "已有35人参与", "コメント（3）".
func isCommentCount(h string) bool {
	for _, p := range []string{"评论（", "评论(", "評論（", "コメント（", "コメント("} {
		if strings.HasPrefix(h, p) && utf8.RuneCountInString(h) <= 12 {
			return true
		}
	}
	return (strings.HasSuffix(h, "条评论") || strings.HasSuffix(h, "人参与") || strings.HasSuffix(h, "件のコメント")) && utf8.RuneCountInString(h) <= 12
}

// cjkFurniture relabels the furniture lines of a Chinese or Japanese page
// (see cjkLine) in out, the model's labels of paras, whose features are fs.
// Under a related-story heading, the headlines that follow (short lines
// without a full stop) are promo; under a comment heading below the
// article, everything down to the next chrome or related-story line is
// comment (a line with a chrome cue phrase, cues[i], ends it). Pages
// without Han or kana are left alone at the cost of one look at each
// paragraph's features.
func cjkFurniture(paras []corpus.Paragraph, fs []features.Features, cues []int8, out []Scored) {
	const score = 0.8
	cjk := false
	for i := range fs {
		if fs[i].CJK >= 2 {
			cjk = true
			break
		}
	}
	if !cjk {
		return
	}
	// A comment section starts only below cjkCommentAfter body paragraphs
	// of the model's, and the pass never leaves a page without body.
	before := slices.Clone(out)
	bodySeen := 0
	inPromo, inComments := false, false
	for i := range paras {
		if before[i].Label == corpus.Body {
			bodySeen++
		}
		text := strings.TrimSpace(paras[i].Text)
		kind := cjkLine(text)
		if kind == cjkNone && i+1 < len(paras) && slices.Contains(cjkCountedCommentHeadings, cjkHeading(text)) {
			// A bare "留言", "评论" or "評論" above "写留言" or "精选留言",
			// or above a reader's name and a stamp ("重庆 11-28",
			// "萍水人家 2026-12-03 21:15") within three lines: WeChat's and
			// news sites' comment areas. Among footer links "留言" is a
			// guestbook link; over a column, "评论" heads commentary.
			if k := cjkLine(strings.TrimSpace(paras[i+1].Text)); k == cjkCommentHeading || k == cjkCommentLine || cjkStampBelow(paras, i) {
				kind = cjkCommentHeading
			}
		}
		if kind == cjkNone && cjkHeadingOverStamp(text) {
			kind = cjkCommentHeading
		}
		if (kind == cjkNone || kind == cjkPromoHeading) && bodySeen >= cjkCommentAfter && i+1 < len(paras) && endsWithCJKCommentHeading(text) &&
			(cjkStampLine(paras[i+1].Text) || i+2 < len(paras) && cjkLine(strings.TrimSpace(paras[i+1].Text)) != cjkPromoHeading && cjkStampLine(paras[i+2].Text)) {
			// "… 榆林发布今冬首个寒潮预警 留言区" over "榆阳区老张 12-10
			// 10:23", or over a line (a notice: "登录后才能发表评论。") over
			// it: the comment section's heading run into the end of the
			// last line above it, which keeps its label (a list's
			// item under a promo heading, or a promo heading and its
			// list on one line, promo).
			if inPromo || kind == cjkPromoHeading {
				out[i] = Scored{Label: corpus.Promo, Score: score}
			}
			inPromo, inComments = false, true
			continue
		}
		switch kind {
		case cjkPromoHeading:
			out[i] = Scored{Label: corpus.Promo, Score: score}
			inPromo, inComments = true, false
			continue
		case cjkCommentHeading:
			if bodySeen >= cjkCommentAfter {
				out[i] = Scored{Label: corpus.Comment, Score: score}
				inPromo, inComments = false, true
				continue
			}
		case cjkCommentLine:
			if inComments {
				out[i] = Scored{Label: corpus.Comment, Score: score}
				continue
			}
		case cjkChrome:
			out[i] = Scored{Label: corpus.Chrome, Score: score}
			inPromo, inComments = false, false
			continue
		case cjkBio:
			if !inComments {
				out[i] = Scored{Label: corpus.Bio, Score: score}
				inPromo = false
				continue
			}
		case cjkPromo:
			out[i] = Scored{Label: corpus.Promo, Score: score}
			inComments = false
			continue
		}
		switch {
		case inComments && cues[i] == int8(corpus.Chrome):
			// A footer line in another script ("Copyright © …") ends
			// the comment section.
			out[i] = Scored{Label: corpus.Chrome, Score: score}
			inComments = false
		case inComments:
			out[i] = Scored{Label: corpus.Comment, Score: score}
		case inPromo && hasCJK(text) && utf8.RuneCountInString(text) <= cjkMaxHeadline && !strings.ContainsAny(text, "。."):
			out[i] = Scored{Label: corpus.Promo, Score: score}
		default:
			inPromo = false
		}
	}
	if !hasBody(out) {
		copy(out, before)
		return
	}
	cjkClosingProse(paras, out)
	cjkResumedArticle(paras, cues, out)
	cjkAuthorBox(paras, out)
}

// cjkHeadingOverStamp reports a comment heading with its count run into
// the first comment's stamp by a converter that drops the break after a
// heading ("网友评论（2） 辽西老食客 2026-12-03 08:12").
func cjkHeadingOverStamp(text string) bool {
	head, rest, ok := strings.Cut(text, " ")
	// A count closes the heading ("网友评论（2）"): most lines are told
	// apart by their first word's last byte.
	return ok && len(head) <= 40 && (strings.HasSuffix(head, "）") || strings.HasSuffix(head, ")")) &&
		cjkLine(head) == cjkCommentHeading && cjkNamedDate(strings.TrimSpace(rest))
}

// endsWithCJKCommentHeading reports a line whose last word, after a
// space, is a comment section's heading (cjkCommentHeadings: "留言区",
// "网友评论"; with its count, a bare "评论" too, cjkCountedCommentHeadings),
// perhaps with an ATX heading's closing marks ("… 四平戏进校园活动启动## 评论（3） ##"),
// or, with its count, over a short notice after it on the line.
func endsWithCJKCommentHeading(text string) bool {
	text = trimClosingMarks(text)
	// The heading is the last word, or one of the last three before a
	// short notice run into the line with it ("… 网友评论（4）
	// 文明上网，理性发言。登录后可发表评论。", Hugo's plainify).
	end := len(text)
	for range 3 {
		k := strings.LastIndexByte(text[:end], ' ')
		if k <= 0 || len(text)-k > cjkNoticeMaxBytes {
			return false
		}
		word := strings.TrimSpace(text[k+1 : end])
		if len(word) > 40 {
			end = k
			continue
		}
		bare := trimCount(word)
		h := cjkHeading(bare)
		if slices.Contains(cjkCommentHeadings, h) || len(bare) < len(word) && slices.Contains(cjkCountedCommentHeadings, h) {
			return end == len(text) || len(bare) < len(word) && len(text)-end <= cjkNoticeMaxBytes
		}
		end = k
	}
	return false
}

// cjkNoticeMaxBytes bounds the notice run into a line after a counted
// comment heading (endsWithCJKCommentHeading).
const cjkNoticeMaxBytes = 120

// trimCount returns text without a count in brackets at its end, full
// width or not ("评论（3）", "评论 (3)").
func trimCount(text string) string {
	for _, b := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		rest, ok := strings.CutSuffix(text, b[1])
		if !ok {
			continue
		}
		open := strings.LastIndex(rest, b[0])
		if open < 0 || open == len(rest)-len(b[0]) {
			continue
		}
		for i := open + len(b[0]); i < len(rest); i++ {
			if !isDigit(rest[i]) {
				return text
			}
		}
		return strings.TrimRight(rest[:open], " ")
	}
	return text
}

// cjkStampLine reports a reader's name and a stamp on one line, with the
// year or without it ("辽西老食客 2026-12-03 08:12", "榆阳区老张 12-10 10:23").
func cjkStampLine(text string) bool {
	if cjkNamedDate(text) {
		return true
	}
	name, date, ok := strings.Cut(strings.TrimSpace(text), " ")
	return ok && hasCJK(name) && utf8.RuneCountInString(name) <= cjkMaxNameRunes && len(date) <= 16 && date != "" && isDigit(date[0]) && hasClockTime(date)
}

// cjkStampBelow reports a comment's stamp within three lines under line
// i: a bare stamp under the reader's name ("重庆 11-28") or a name and a
// dated stamp on one line ("萍水人家 2026-12-03 21:15", cjkNamedDate).
func cjkStampBelow(paras []corpus.Paragraph, i int) bool {
	for k := i + 1; k < len(paras) && k <= i+3; k++ {
		if k >= i+2 && cjkStamp(paras[k].Text) || cjkNamedDate(paras[k].Text) {
			return true
		}
	}
	return false
}

// cjkResumeMaxGap is the most lines of furniture (an advertisement label, a
// "相关阅读" link) after which cjkResumedArticle takes the article up again.
const cjkResumeMaxGap = 3

// cjkResumeMaxRun is the longest run of lines cjkResumedArticle gives back
// to the body.
const cjkResumeMaxRun = 15

// cjkResumedArticle gives back to the body the end of a Chinese article
// that resumes after an interruption and that the chain did not take up
// again: the lines right above the editor's line that closes the article
// ("（责任编辑：沈一鸣）"), back to at most cjkResumeMaxGap lines of furniture
// with body above them ("……没想到范围这么大。" / "相关阅读：…" / "广告" /
// "多方提供再就业支持" / "苏州工业园区人力资源部门表示……" / "时间：…" / …
// / "（责任编辑：…）"), when the run holds a sentence of prose
// (cjkMinClosing runes or more ending a sentence) and no line with a cue
// phrase or of a kind cjkLine knows. Chinese news sites close the article
// with the editor's line; what stands between the body above and it is the
// rest of the article.
func cjkResumedArticle(paras []corpus.Paragraph, cues []int8, out []Scored) {
	for e := 1; e < len(out); e++ {
		text := strings.TrimSpace(paras[e].Text)
		if out[e].Label != corpus.Bio || !(strings.Contains(text, "编辑") || strings.Contains(text, "編輯")) || cjkLine(text) != cjkBio {
			continue
		}
		j := e - 1
		prose := false
		for ; j >= 0 && e-j <= cjkResumeMaxRun && out[j].Label != corpus.Body; j-- {
			t := strings.TrimSpace(paras[j].Text)
			if cues[j] >= 0 || cjkLine(t) != cjkNone || out[j].Label == corpus.Comment || out[j].Label == corpus.Bio {
				break
			}
			if end := strings.TrimRight(t, "”」』）)\""); utf8.RuneCountInString(t) >= cjkMinClosing && strings.ContainsAny(lastRuneOf(end), "。！？") {
				prose = true
			}
		}
		if j < 0 || j == e-1 || !prose || out[j].Label == corpus.Body || e-j > cjkResumeMaxRun {
			continue
		}
		// Lines j+1 … e-1 are the run; j and up to cjkResumeMaxGap-1 lines
		// above it are the interruption, with body above.
		k := j
		for k >= 0 && j-k < cjkResumeMaxGap && out[k].Label != corpus.Body && out[k].Label != corpus.Comment {
			k--
		}
		if k < 0 || out[k].Label != corpus.Body {
			continue
		}
		for i := j + 1; i < e; i++ {
			out[i] = Scored{Label: corpus.Body, Score: 0.6}
		}
	}
}

// lastRuneOf returns the last rune of s as a string ("" for "").
func lastRuneOf(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// cjkAuthorRoles are a journalist's roles in a Chinese author box.
var cjkAuthorRoles = []string{"记者", "記者", "编辑", "編輯", "作者", "评论员", "評論員", "主笔", "主筆", "撰稿人", "通讯员", "專欄作家", "专栏作家", "主编", "主編"}

// cjkAuthorBoxMax bounds an author box in runes.
const cjkAuthorBoxMax = 120

// cjkAuthorBox labels bio the author box that closes a Chinese article and
// that the model left in the body: the last body paragraph (the next
// paragraph is not body), of at most cjkAuthorBoxMax runes, that opens with
// a name of two to four Han characters, a comma and words that end in a
// journalist's role at the next comma ("沈嘉言，本报财经记者，长期关注浙江制造业……",
// "周书白，极测科技资深编辑，专注电子阅读器……"). A source quoted by name
// and trade ("王芳，某大学教授，认为……") has no journalist's role.
func cjkAuthorBox(paras []corpus.Paragraph, out []Scored) {
	first := firstBody(out)
	for i := range out {
		if out[i].Label != corpus.Body || i+1 < len(out) && out[i+1].Label == corpus.Body || i == first {
			continue
		}
		text := strings.TrimSpace(paras[i].Text)
		name, rest, ok := strings.Cut(text, "，")
		if !ok {
			continue
		}
		k := utf8.RuneCountInString(name)
		if k < 2 || k > 4 || utf8.RuneCountInString(text) > cjkAuthorBoxMax || !allHan(name) {
			continue
		}
		role, _, _ := strings.Cut(rest, "，")
		if hasSuffixAny(role, cjkAuthorRoles) {
			out[i] = Scored{Label: corpus.Bio, Score: 0.7}
		}
	}
}

// hasSuffixAny reports whether s ends with one of suffixes.
func hasSuffixAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// allHan reports whether every rune of s is a Han character.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// cjkBioRoles are words of an author's bio: a role, a career.
var cjkBioRoles = []string{
	"作者", "记者", "記者", "编辑", "編輯", "评论员", "評論員", "专栏", "專欄", "简介", "簡介", "教授", "研究员", "研究員",
	"博士", "毕业", "畢業", "现任", "現任", "曾任", "通讯员", "主笔", "撰稿", "博主", "创始人", "著有", "擅长", "ライター", "執筆",
	"媒体人", "媒體人", "律师", "律師", "作家", "学者", "學者", "分析师", "分析師", "生于", "生於", "生まれ", "卒業", "著書", "経て",
}

// cjkMinClosing is the least number of runes of a sentence cjkClosingProse
// gives back to the body.
const cjkMinClosing = 15

// cjkClosingProse gives back to the body the sentences of Chinese or
// Japanese prose that close the article and that the model called bio
// because the editor's line ("责任编辑：刘畅") comes next: a paragraph
// labelled bio right under the body, of cjkMinClosing runes or more ending
// a sentence, that is no furniture, no byline and names no role or career
// (cjkBioRoles: an author's bio is "宋清和，教育评论员，长期关注基础教育政策。").
func cjkClosingProse(paras []corpus.Paragraph, out []Scored) {
	for i := 1; i < len(out); i++ {
		if out[i].Label != corpus.Bio || out[i-1].Label != corpus.Body {
			continue
		}
		text := strings.TrimSpace(paras[i].Text)
		t := strings.TrimRight(text, "”」』）)\"")
		if !(strings.HasSuffix(t, "。") || strings.HasSuffix(t, "！") || strings.HasSuffix(t, "？")) ||
			utf8.RuneCountInString(text) < cjkMinClosing || cjkLine(text) != cjkNone || cjkByline(text) || hasAny(text, cjkBioRoles) {
			continue
		}
		out[i] = Scored{Label: corpus.Body, Score: 0.6}
	}
}

// cjkStamp reports a comment's short stamp line: a place or nothing and a
// date or time at its end ("重庆 11-28", "11-29 11:42", "11月28日").
func cjkStamp(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || utf8.RuneCountInString(t) > 16 {
		return false
	}
	t = strings.TrimSuffix(t, "日")
	k := len(t)
	for k > 0 && isDigit(t[k-1]) {
		k--
	}
	if k == len(t) || len(t)-k > 2 || k == 0 {
		return false
	}
	sep := t[k-1]
	if sep != '-' && sep != ':' && !strings.HasSuffix(t[:k], "月") {
		return false
	}
	return k >= 2 && (isDigit(t[k-2]) || strings.HasSuffix(t[:k], "月"))
}

// cjkInlinePromo reports a link to another story inside or under the
// article: a related-story heading, a colon and the story's headline
// ("相关阅读：新能源汽车退役电池迎来高峰", "延伸阅读：今冬首场寒潮来袭").
func cjkInlinePromo(s string) bool {
	for _, h := range cjkPromoHeadings {
		if rest, ok := strings.CutPrefix(s, h); ok {
			for _, colon := range []string{"：", ":", "｜", "|"} {
				if t, ok := strings.CutPrefix(rest, colon); ok && utf8.RuneCountInString(strings.TrimSpace(t)) >= 4 {
					return true
				}
			}
		}
	}
	return false
}
