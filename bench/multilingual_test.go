package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/filter"
)

// A check set: pages written by the project in several languages, held out
// from training and tuning, with gold labels for every paragraph (see the
// README.md in each directory and docs/multilingual.md).
type checkSet struct {
	name     string // subtest name
	dir      string
	idPrefix string // every document id starts with it; the page is pages/<id without prefix>.txt
	// minPages is how many pages each required language must have.
	minPages map[string]int
	// extracts marks a set of article extracts (seeds style): 10–45
	// paragraphs, body a third to two thirds of them, the headline near the
	// top.
	extracts bool
	// minDocs is how many pages the set must have.
	minDocs int
	// everyPageBio requires a bio paragraph (a byline) on every page.
	everyPageBio bool
	// minBody is the fewest body paragraphs a page may have (0: 6); the
	// English layouts set has a paywalled story, a brief and a gallery.
	minBody int
	floors  map[string]map[string]mlFloor
	// titleFloors holds, per classifier, the least share of the pages whose
	// headline filter.Headline must find exactly (sets whose gold gives
	// titles).
	titleFloors map[string]float64
	// pending marks a blind set that has not had its one scoring run: it
	// lands in the repository (a branch is lost between sessions) and its
	// pages are checked against the splitter, but no classifier is run on
	// it until a session scores it once, sets its floors and clears the
	// mark.
	pending bool
}

var checkSets = []checkSet{
	// testdata/multilingual: whole-page dumps (site name, navigation, ...,
	// then the article) in nine languages.
	{
		name:         "multilingual",
		dir:          "testdata/multilingual",
		idPrefix:     "ml-",
		minPages:     map[string]int{"de": 4, "es": 4, "fr": 4, "pl": 4, "zh": 4},
		minDocs:      20,
		everyPageBio: true,
		floors:       mlFloors,
	},
	// testdata/articles: article extracts as a scraper saves them (headline
	// first, no navigation), like the seeds in ../shared/seeds, in nine
	// languages.
	{
		name:         "articles",
		dir:          "testdata/articles",
		idPrefix:     "art-",
		minPages:     map[string]int{"de": 4, "es": 4, "fr": 4, "pl": 4, "zh": 4},
		extracts:     true,
		minDocs:      20,
		everyPageBio: true,
		floors:       artFloors,
	},
	// testdata/cjk: whole-page dumps in Chinese (simplified and
	// traditional) and Japanese, written blind to the classifiers after
	// the CJK pass (cjkFurniture) was frozen.
	{
		name:     "cjk",
		dir:      "testdata/cjk",
		idPrefix: "cjk-",
		minPages: map[string]int{"zh": 8, "ja": 4},
		minDocs:  12,
		floors:   cjkFloors,
	},
	// testdata/eu: whole-page dumps in German, Spanish, French and Polish,
	// written blind to the classifiers after the other sets had become
	// development sets.
	{
		name:     "eu",
		dir:      "testdata/eu",
		idPrefix: "eu-",
		minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3},
		minDocs:  12,
		floors:   euFloors,
	},
	// testdata/en: English page dumps in layouts unlike an ordinary
	// article page (a forum thread, a recipe, a live blog, a listicle, a
	// press release, a paywall, a gallery, a match report, a short brief in
	// a huge menu, an opinion column, a Q&A interview, an obituary), written
	// blind to the classifiers.
	{
		name:     "en",
		dir:      "testdata/en",
		idPrefix: "en-",
		minPages: map[string]int{"en": 12},
		minDocs:  12,
		minBody:  3,
		floors:   enFloors,
	},
	// testdata/xa: a second set of article extracts (seeds style) in eight
	// languages, written blind to the classifiers.
	{name: "xa", dir: "testdata/xa", idPrefix: "xa-", minPages: map[string]int{"de": 4, "es": 4, "fr": 4, "pl": 4, "zh": 4}, extracts: true, minDocs: 20, everyPageBio: true, floors: xaFloors},
	// testdata/xb: article extracts and whole-page dumps mixed, in five
	// languages, written blind to the classifiers.
	{name: "xb", dir: "testdata/xb", idPrefix: "xb-", minPages: map[string]int{"zh": 3, "de": 3, "es": 3, "fr": 3, "pl": 3}, minDocs: 15, minBody: 6, everyPageBio: true, floors: xbFloors},
	// testdata/xc: a development set of extracts and page dumps mixed, in
	// five languages, written blind to the classifiers.
	{name: "xc", dir: "testdata/xc", idPrefix: "xc-", minPages: map[string]int{"pl": 4, "zh": 4, "de": 3, "es": 2, "fr": 3}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xcFloors},
	// testdata/xe: a development set of page dumps and extracts mixed, in
	// Polish and simplified Chinese, written blind to the classifiers.
	{name: "xe", dir: "testdata/xe", idPrefix: "xe-", minPages: map[string]int{"pl": 6, "zh": 6}, minDocs: 12, minBody: 6, everyPageBio: true, floors: xeFloors},
	// testdata/xd: a second mixed set of extracts and page dumps, in five
	// languages, written blind to the classifiers.
	{name: "xd", dir: "testdata/xd", idPrefix: "xd-", minPages: map[string]int{"zh": 3, "de": 3, "es": 3, "fr": 3, "pl": 3}, minDocs: 15, minBody: 6, everyPageBio: true, floors: xdFloors},
	// testdata/xf: a third mixed set of extracts and page dumps, in nine
	// languages, written blind to the classifiers.
	{name: "xf", dir: "testdata/xf", idPrefix: "xf-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "it": 1, "pt": 1, "nl": 1, "cs": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: xfFloors},
	// testdata/xg: a fourth mixed set of page dumps and extracts, in ten
	// languages (traditional Chinese counted as zh), written blind to the
	// classifiers.
	{name: "xg", dir: "testdata/xg", idPrefix: "xg-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "it": 1, "pt": 1, "sv": 1, "ru": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: xgFloors},
	// testdata/xh: a fifth mixed set of page dumps and extracts, in seven
	// languages, written blind to the classifiers.
	{name: "xh", dir: "testdata/xh", idPrefix: "xh-", minPages: map[string]int{"de": 3, "es": 3, "fr": 4, "pl": 3, "zh": 3, "it": 1, "pt": 1}, minDocs: 18, minBody: 6, everyPageBio: true, floors: xhFloors},
	// testdata/xi: whole-page dumps in the html-text layout (the <title>
	// line first), in five languages, written blind to the classifiers.
	{name: "xi", dir: "testdata/xi", idPrefix: "xi-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 3}, minDocs: 15, minBody: 6, everyPageBio: true, floors: xiFloors},
	// testdata/xj: whole-page dumps in the html-text layout (the <title>
	// line first), in eight languages, rich in bylines, author boxes,
	// comment sections and promos, each gold line naming the on-page
	// headline ("title"); written blind to the classifiers.
	{name: "xj", dir: "testdata/xj", idPrefix: "xj-", minPages: map[string]int{"en": 4, "de": 2, "es": 2, "fr": 2, "pl": 2, "zh": 2, "it": 1, "pt": 1}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xjFloors, titleFloors: xjTitleFloors},
	// testdata/xk: whole-page dumps in the html-text layout (the <title>
	// line first), in six languages, rich in teaser lists, bylines, author
	// boxes, comment threads and promos, each gold line naming the on-page
	// headline ("title"); written blind to the classifiers.
	{name: "xk", dir: "testdata/xk", idPrefix: "xk-", minPages: map[string]int{"en": 4, "de": 2, "es": 2, "fr": 2, "pl": 2, "zh": 2}, minDocs: 14, minBody: 6, everyPageBio: true, floors: xkFloors, titleFloors: xkTitleFloors},
	// testdata/xm: whole news pages in six languages and three crawler
	// layouts (the html-text layout with its <title> line, one paragraph per
	// block with navigation joined on one line, and reader extracts with a
	// little boilerplate at the end), many kinds of news story (council,
	// courts, transport, weather warning, live blog, obituary, interview,
	// review, results), each gold line naming the on-page headline
	// ("title"); written blind to the classifiers.
	{name: "xm", dir: "testdata/xm", idPrefix: "xm-", minPages: map[string]int{"en": 3, "de": 3, "es": 2, "fr": 2, "pl": 3, "zh": 3}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xmFloors, titleFloors: xmTitleFloors},
	// testdata/xl: whole-page dumps in nine languages and two crawler
	// layouts (the html-text layout with its <title> line, and a layout with
	// one paragraph per block and navigation joined on one line), with varied
	// article types (interview, obituary, explainer, live blog, match report,
	// court report, recall, ...), each gold line naming the on-page headline
	// ("title"); written blind to the classifiers.
	{name: "xl", dir: "testdata/xl", idPrefix: "xl-", minPages: map[string]int{"en": 3, "de": 2, "es": 2, "fr": 2, "pl": 2, "zh": 2, "it": 1, "pt": 1, "nl": 1}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xlFloors, titleFloors: xlTitleFloors},
	// testdata/xn: 15 whole news pages, three each in German, Spanish,
	// French, Polish and simplified Chinese, in three crawler layouts (nine
	// html-text dumps with their <title> line, three "one paragraph per
	// block" pages with navigation joined on one line, three reader
	// extracts), with a live blog, an interview and an obituary among
	// ordinary news; each gold line names the on-page headline ("title");
	// written blind to the classifiers.
	{name: "xn", dir: "testdata/xn", idPrefix: "xn-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 3}, minDocs: 15, minBody: 6, everyPageBio: true, floors: xnFloors, titleFloors: xnTitleFloors},
	// testdata/xo: 16 news pages in German, Spanish, French, Polish and
	// Chinese in four crawler layouts (six html-text dumps with the <title>
	// line, four WET-style pages with no blank line at all, three "one
	// paragraph per block" pages, three reader extracts), with an election
	// table, a product recall, a consumer guide and a tennis final among
	// them; each gold line names the on-page headline ("title"); written
	// blind to the classifiers by a helper in the tenth session of
	// 2026-12-02 and scored once, with that session's final classifiers.
	{name: "xo", dir: "testdata/xo", idPrefix: "xo-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xoFloors, titleFloors: xoTitleFloors},
	// testdata/xp: 16 news pages in German, Spanish, French, Polish and
	// Chinese (one of them in traditional characters) in four crawler
	// layouts (five html-text dumps with the <title> line, four Markdown
	// conversions as html-to-markdown crawlers emit them, three WET-style
	// pages with no blank line at all, four reader extracts), with a court
	// verdict, a timetable table, a transfer rumour, a festival programme, a
	// missing person appeal, a concert review, an opinion column, a Q&A
	// interview and a stock market report among them; each gold line names
	// the on-page headline ("title"); written blind to the classifiers by a
	// helper on 2026-12-02 and scored once, with the eleventh session's
	// final classifiers (its starting code scored 0.832, macro 0.796).
	{name: "xp", dir: "testdata/xp", idPrefix: "xp-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xpFloors, titleFloors: xpTitleFloors},
	// testdata/xq: 16 news pages in German, Spanish, French, Polish and
	// Chinese in four crawler layouts (four html-text dumps with the <title>
	// line, four WET-style pages with no blank line at all, four whole-page
	// Markdown conversions as turndown writes them, four lynx -dump pages
	// with [n] link markers and their References list), with an airport
	// strike, a data-privacy fine, an exam-results table and a storm damage
	// report among them; each gold line names the on-page headline
	// ("title"); written blind to the classifiers by a helper on 2026-12-02
	// and scored once at the start of the twelfth session (xqFloors).
	{name: "xq", dir: "testdata/xq", idPrefix: "xq-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xqFloors, titleFloors: xqTitleFloors},
	// testdata/xr: 16 news pages in the five languages written as HTML and
	// converted by real tools (lynx -dump, w3m -dump, pandoc -t plain, a
	// WET-like script); each gold line names the on-page headline ("title");
	// written blind by a helper in the twelfth session and scored once at its
	// end (xrFloors).
	{name: "xr", dir: "testdata/xr", idPrefix: "xr-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xrFloors, titleFloors: xrTitleFloors},
	// testdata/xs: 16 news pages in German, Spanish, French, Polish and
	// Chinese written as HTML and printed by other real converters (ELinks,
	// Links, Debian's html2text) or by a reader extract that leaves page
	// furniture in; each gold line names the on-page headline ("title");
	// written blind to the classifiers by a helper on 2026-12-02 and scored
	// once at the start of the thirteenth session (xsFloors).
	{name: "xs", dir: "testdata/xs", idPrefix: "xs-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xsFloors, titleFloors: xsTitleFloors},
	// testdata/xt: 16 news pages in the five languages written as HTML and
	// converted by four other real tools (npm html-to-text with its
	// upper-cased headings and bracketed link URLs, Python html2text's
	// Markdown, Mozilla Readability's textContent, BeautifulSoup's
	// get_text() of the whole page), with a live blog, a paywalled teaser,
	// an interview, a photo gallery, a results table, a correction notice
	// and an opinion column with a long author bio among them; each gold
	// line names the on-page headline ("title"); written blind to the
	// classifiers by a helper on 2026-12-02 and scored once in the thirteenth
	// session (xtFloors).
	{name: "xt", dir: "testdata/xt", idPrefix: "xt-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4}, minDocs: 16, minBody: 6, everyPageBio: true, floors: xtFloors, titleFloors: xtTitleFloors},
	// testdata/xu: 20 news pages in nine languages (German, Spanish, French,
	// Polish, Chinese, one page each in Italian, Portuguese, Dutch and
	// Russian) written as HTML and converted by four other real tools
	// (scrapinghub's html-text on the whole page, readability-lxml's summary
	// as lxml text_content(), the Mercury parser's text content, and
	// node-html-markdown's Markdown of the whole page), with a live ticker,
	// a results list, a waiting-times table and a long comment thread among
	// them; each gold line names the on-page headline ("title"); written
	// blind to the classifiers by a helper on 2026-12-02 and scored once at
	// the end of the thirteenth session (xuFloors).
	{name: "xu", dir: "testdata/xu", idPrefix: "xu-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "it": 1, "pt": 1, "nl": 1, "ru": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: xuFloors, titleFloors: xuTitleFloors},
	// testdata/xv: 20 news pages in nine languages (German, Spanish, French,
	// Polish, Chinese, one page each in Italian, Czech, Swedish and
	// Japanese) written as HTML and converted by four other real tools and
	// configurations (pandoc's own Markdown of the whole page, Mozilla
	// Readability's article content as turndown Markdown after its title,
	// lynx -dump -nolist at 100 columns, and w3m -dump at 120 columns after
	// the <title>), with a product recall, a weather warning, a live ticker,
	// a price table, a numbered list, an obituary, a match report and a long
	// comment thread among them; each gold line names the on-page headline
	// ("title"); written blind to the classifiers by a helper on 2026-12-02
	// and scored once at the start of the fourteenth session (xvFloors).
	{name: "xv", dir: "testdata/xv", idPrefix: "xv-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "it": 1, "cs": 1, "sv": 1, "ja": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: xvFloors, titleFloors: xvTitleFloors},
	// testdata/xw: 20 news pages in nine languages (German, Spanish, French,
	// Polish, Chinese, one page each in Hungarian, Turkish, Danish and
	// Korean) written as HTML and converted by four other real tools and
	// configurations (pandoc -t gfm of the whole page, html-to-markdown v2
	// of the whole page, w3m -dump with link numbers and its References
	// list, and lynx -dump at 200 columns with its link list), with two
	// court cases, two budgets, a match report and a league table, a live
	// blog, two question-and-answer interviews, a review and a story with a
	// correction notice, an obituary with condolences, a short brief, a long
	// feature and a thread of 16 comments among them; each gold line names
	// the on-page headline ("title"); written blind to the classifiers by a
	// helper on 2026-12-02 and scored once later in the fourteenth session
	// (xwFloors).
	{name: "xw", dir: "testdata/xw", idPrefix: "xw-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "hu": 1, "tr": 1, "da": 1, "ko": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: xwFloors, titleFloors: xwTitleFloors},
	// testdata/xx: 20 news pages in nine languages (German, Spanish, French,
	// Polish, Chinese, one page each in Romanian, Ukrainian, Finnish and
	// Greek) written as HTML and converted by four other real tools and
	// configurations (pandoc -t rst of the whole page, ELinks -dump at 100
	// columns without link numbers or references, Links -dump at 120
	// columns, and the Go library jaytaylor/html2text), with an election
	// result and its table, a hospital waiting list, a crash brief, a
	// restaurant review, a long feature, a storm live blog, a
	// question-and-answer interview, a court ruling, a school reform, an
	// obituary with a condolence book, a football transfer, a festival
	// programme list and a thread of 18 comments among them; each gold line
	// names the on-page headline ("title"); written blind to the
	// classifiers by a helper on 2026-12-02 and scored once at the start of
	// the fifteenth session (xxFloors).
	{name: "xx", dir: "testdata/xx", idPrefix: "xx-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "ro": 1, "uk": 1, "fi": 1, "el": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: xxFloors, titleFloors: xxTitleFloors},
	// testdata/xy: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Norwegian Bokmål, Slovak, Indonesian and Vietnamese) written as HTML
	// and converted by four other real tools and configurations (what the
	// Go extractor go-trafilatura keeps of the page with comments and
	// tables, one line per block; goquery's Selection.Text() of <body> with
	// the HTML source's own whitespace; pandoc -t asciidoc and pandoc -t org
	// of the whole page), with a court report, a football match report and
	// its table, a weather warning, a science story, a council vote, a
	// strike live blog, a business story with a correction notice, a theatre
	// review, a question-and-answer interview, an obituary with a condolence
	// book, a flood live blog and a thread of 17 comments among them; each
	// gold line names the on-page headline ("title"); written blind to the
	// classifiers by a helper on 2026-12-02 and scored once during the
	// fifteenth session (xyFloors).
	{name: "xy", dir: "testdata/xy", idPrefix: "xy-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "nb": 1, "sk": 1, "id": 1, "vi": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: xyFloors, titleFloors: xyTitleFloors},
	// testdata/xz: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Italian, Portuguese, Croatian and Bulgarian) written as HTML and
	// converted by four other real tools and configurations (lynx -dump
	// -list_inline with each link's target in brackets before its text;
	// github.com/k3a/html2text's HTML2Text of the whole page, which prints a
	// link's target in place of its text; what the Go port of Readability,
	// codeberg.org/readeck/go-readability/v2, keeps of the page, title and
	// byline first; pandoc -t mediawiki of the whole page), with a court
	// report, a football match report and its table, an obituary with a
	// condolence book, a snow warning, a council vote, a fire live blog, a
	// business story with a correction notice, a question-and-answer
	// interview, a restaurant review, a theatre review, a science story, a
	// wind warning and a thread of 16 comments with reply/like bars among
	// them; each gold line names the on-page headline ("title"); written
	// blind to the classifiers by a helper on 2026-12-02 and scored once at
	// the start of the sixteenth session (xzFloors).
	{name: "xz", dir: "testdata/xz", idPrefix: "xz-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "it": 1, "pt": 1, "hr": 1, "bg": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: xzFloors, titleFloors: xzTitleFloors},
	// testdata/ya: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Catalan, Lithuanian, Slovenian and Estonian) written as HTML and
	// converted by four other real tools and configurations (what
	// boilerpipe's ArticleExtractor keeps of the page, one block per line;
	// github.com/mattn/godown's Markdown of the whole page, inline blocks
	// run together; Perl's HTML::FormatText of the whole page, wrapped at
	// 72 columns and indented; pandoc -t dokuwiki of the whole page), with a
	// court report, a football match report and its table, an obituary
	// with a condolence book, a fog warning, a council vote, a power-cut
	// live blog, a business story with a correction notice, a
	// question-and-answer interview, a thread of 17 comments with
	// reply/like bars, a science story, a concert review and a theatre
	// review with ratings, a volleyball report with its table and a storm
	// warning among them; each gold line names the on-page headline
	// ("title"); written blind to the classifiers by a helper on 2026-12-02
	// and scored once after the sixteenth session's last classifier change
	// (yaFloors).
	{name: "ya", dir: "testdata/ya", idPrefix: "ya-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "ca": 1, "lt": 1, "sl": 1, "et": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yaFloors, titleFloors: yaTitleFloors},
	// testdata/yb: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Latvian, Serbian in Latin script, Hungarian and Danish) written as HTML
	// and converted by four other real tools and configurations (pandoc -t
	// textile of the whole page, with raw <div> lines, h2(#id). headings
	// and "text":link syntax; string-strip-html's stripHtml of the whole
	// page, one block per line; what github.com/markusmobius/go-domdistiller,
	// the Go port of Chromium's DOM Distiller, keeps of the page, title
	// first; github.com/JohannesKaufmann/html-to-markdown v1's Markdown of
	// the whole page), with a court report, a football match report and its
	// table, an obituary with a condolence book, a sandstorm warning, three
	// council votes, a flood live blog, a business story with a correction
	// notice, a question-and-answer interview, a thread of 17 comments with
	// reply/like bars, a photo gallery with captions, a theatre review with
	// a rating, two science stories, an opinion column, an ice-rain warning
	// and a ferry timetable cut among them; each gold line names the on-page
	// headline ("title"); written blind to the classifiers by a helper on
	// 2026-12-03 and scored once at the start of the seventeenth session
	// (ybFloors).
	{name: "yb", dir: "testdata/yb", idPrefix: "yb-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "lv": 1, "sr": 1, "hu": 1, "da": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ybFloors, titleFloors: ybTitleFloors},
	// testdata/yc: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Arabic, Icelandic, Macedonian and Malay) written as HTML and converted
	// by four other real tools and configurations (pandoc -t jira of the
	// whole page, with h1. headings, [text|link] syntax and {panel} lines;
	// hast-util-to-text, the innerText algorithm, of the whole page; what
	// the defuddle extractor keeps of the page, as Markdown with its YAML
	// front matter; github.com/microcosm-cc/bluemonday's StrictPolicy, every
	// tag stripped, the source's lines and indentation kept and the text
	// HTML-escaped), with a mayoral election with its results table, a
	// court ruling and a criminal sentence, a comment thread of 13 comments
	// with replies and like counts and another of 9, a snowstorm live blog,
	// an obituary with a condolence book, a recipe-like service piece, a bus
	// strike with a correction note and a rail closure, a football and a
	// handball report, an interview, a business story and a grape-price
	// table with correction notices, a photo gallery with captions and
	// credits, an opinion column with an author box, a budget vote, a
	// fossil find and a flood with its evacuation table among them; each
	// gold line names the on-page headline ("title"); written blind to the
	// classifiers by a helper on 2026-12-03 and scored once after the
	// seventeenth session's last classifier change before the run (ycFloors).
	{name: "yc", dir: "testdata/yc", idPrefix: "yc-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "ar": 1, "is": 1, "mk": 1, "ms": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ycFloors, titleFloors: ycTitleFloors},
	// testdata/yd: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Thai, Galician, Albanian and Afrikaans) written as HTML and converted
	// by four other real tools and configurations (pandoc -t muse of the
	// whole page, wrapped at 72 columns, with * headings, [[link][text]]
	// syntax and <verbatim> escapes; Links' dump at 60 columns, headings
	// centred; node-html-parser's structuredText of the whole page, the
	// doctype and <title> on its first line, one block a line; Ruby's
	// reverse_markdown of the whole page, unknown tags bypassed), with a
	// product recall with a correction, a weather warning and a storm
	// warning, a timetable change with a correction note, a fog live blog
	// and a rail-disruption live blog, a court sentence, a consumer court
	// ruling and an annulled wind-farm permit, a comment thread of 13 (of
	// 17) with replies and like counts and another of 10, an interview, a
	// football report with line-ups, an opinion column with an author box,
	// a photo gallery with captions and credits, an obituary with a
	// condolence book, a business story with a correction notice, a
	// water-supply timetable, a referendum and a mayoral election with
	// their tables and an electricity-tariff rise with a correction among
	// them; each gold
	// line names the on-page headline ("title"); written blind to the
	// classifiers by a helper on 2026-12-03 and scored once at the start of
	// the eighteenth session, before any change (ydFloors).
	{name: "yd", dir: "testdata/yd", idPrefix: "yd-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "th": 1, "gl": 1, "sq": 1, "af": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ydFloors, titleFloors: ydTitleFloors},
	// testdata/ye: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Hebrew, Hindi, Basque and Swahili) written as HTML and converted by
	// four other real tools and configurations (pandoc -t zimwiki of the
	// whole page, unwrapped, with ====== headings, [[target|text]] links
	// and {{src| caption}} images; html2wiki's Markdown dialect (Perl's
	// HTML::WikiConverter), reference-style links with the link list at the
	// end and tables kept as raw HTML; jsdom's textContent of the <body>,
	// one text node a line with the source's indentation; Emacs shr, eww's
	// renderer, at 70 columns, the <title> first), with a bridge closure
	// with its bus table and a thread with replies, a hail-damage story
	// with a table by vineyard area, a school-canteen price rise with a
	// tariff table and a correction note, a lift-retrofit story and a
	// flood-wall story with threads with replies, a barn fire with a
	// thread of nine (of 11) comments and replies (one removed), an opinion column
	// with an author box, a photo gallery of eight captions, a Q&A
	// explainer, market prices with a table kept as raw HTML, a rugby
	// report with its match facts, a court sentence with its penalties, a
	// festival programme, a logistics story with a correction notice, a
	// greenway extension, a black-ice live blog of five entries, a
	// maternity-ward closure with a thread with replies, road works with a
	// bus-route table, typhoon crop damage with a table and a maize-price
	// story with a thread among them; each gold line names the on-page
	// headline ("title"); written blind to the classifiers by a helper on
	// 2026-12-03 and scored once after the eighteenth session's last
	// classifier change before the run (yeFloors).
	{name: "ye", dir: "testdata/ye", idPrefix: "ye-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "he": 1, "hi": 1, "eu": 1, "sw": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yeFloors, titleFloors: yeTitleFloors},
	// testdata/yf: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Persian, Georgian, Tagalog and Welsh) written as HTML and converted by
	// four other real tools and configurations (pandoc -t xwiki of the whole
	// page, unwrapped, with = headings and {{id}} anchors, [[text>>target]]
	// links and [[image:src||alt=...]] images; rehype-remark's Markdown
	// (unified's rehype-parse, rehype-remark, remark-gfm and
	// remark-stringify), pipe tables and inline links; makeinfo --plaintext
	// of pandoc's Texinfo, the <title> first, numbered headings underlined,
	// paragraphs filled at 72 columns and the blocks of one container run
	// together, link targets in parentheses; LibreOffice Writer's text
	// export, one block a line with no blank lines and every table cell on
	// a line of its own), with a swimming-pool closure with a table of
	// other pools and a thread with replies, a flood live blog of seven
	// timed entries, a new GP practice with a table and a thread, a water
	// restriction with a timetable and a correction note, an interview in
	// questions and answers with a thread with replies, a photo gallery of
	// eight captions (and a second of eight), a reopened market hall with
	// its hours and a thread with replies, a town budget with a table and an
	// update note, a court report with a box of advice and a thread with
	// replies, waiting times with a table and a correction, heating
	// subsidies with a table and a nested thread, a canteen for the elderly,
	// new bus lines, an insurance Q&A with a correction notice, day-care
	// centres with a table, a river reopened for irrigation, new city
	// buses, rice prices and rural bus cuts among them; each gold line names
	// the on-page headline ("title"); written blind to the classifiers by a
	// helper on 2026-12-03 and scored once after the eighteenth
	// session's last classifier change before the run (yfFloors).
	{name: "yf", dir: "testdata/yf", idPrefix: "yf-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "fa": 1, "ka": 1, "tl": 1, "cy": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yfFloors, titleFloors: yfTitleFloors},
	// testdata/yg: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Bengali, Amharic, Yoruba and Kazakh) written as HTML and converted by
	// four other real tools and configurations (pandoc -t haddock of the
	// whole page, wrapped at 72 columns, with = headings and their #anchor#
	// lines, </path text> links, <<src caption>> images and grid tables;
	// html-to-md's Markdown (npm), inline links, pipe tables and the blocks
	// of neighbouring containers run onto one line; pandoc -s -t man
	// rendered by mandoc -Tutf8 and col -bx, the man page's title (the
	// <title>) as header and footer, headings out-dented with no blank line
	// under them, paragraphs filled at 78 columns and indented, tables as
	// columns under a rule; kramdown's HTML-to-kramdown conversion (Ruby),
	// containers kept as raw <div markdown="1"> tag lines, {: .class}
	// attribute lists under paragraphs, the <html><head><title> run onto
	// the first line), with a library opening without staff with its hours
	// and a thread with replies, a live blog of eight timed entries from a
	// wartime bomb's defusal, a bat count with a table by winter and a
	// nested thread, a cannery's expansion with a production table, a wind
	// farm appeal with a thread with replies, a snowfall photo gallery of
	// eight captions, a reuse shop with its hours, a belfry restoration
	// with a cost table and a correction notice, a station car park with a
	// fee table and a thread with replies, a canal drained for repairs, a
	// new train timetable with an update note, an ice rink with a price
	// table and a nested thread, a craft taught in schools, silk sold by
	// live stream, herb market prices with a correction notice, an onion
	// harvest with a nested thread, yarn prices, a festival's preparations,
	// a women's cooperative and a grain surplus among them; each gold line
	// names the on-page headline ("title"); written blind to the
	// classifiers by a helper on 2026-12-03 and scored once at the start of
	// the nineteenth session (ygFloors).
	{name: "yg", dir: "testdata/yg", idPrefix: "yg-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "bn": 1, "am": 1, "yo": 1, "kk": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ygFloors, titleFloors: ygTitleFloors},
	// testdata/yh: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Somali, Tamil, Armenian and Mongolian) written as HTML and converted by
	// four other real tools and configurations (pandoc -t latex of the whole
	// page, wrapped at 72 columns, with \hypertarget/\section/\label
	// headings, \href links, itemize lists, longtable tables and figure
	// environments; html2bbcode's BBCode (npm), one block a line with
	// [url=…] links, [h1] headings and [ul][li] lists, no wrapping; pandoc -s
	// -t ms rendered by groff -ms -mpdfmark -Tutf8 and col -bx, the <title>
	// first, paragraphs filled at 55 columns with no blank line between
	// them, hyphenated, a "|" after every link, page numbers at the foot of
	// every page; pandoc -t odt printed by odt2txt, wrapped at 63 columns,
	// every table cell a paragraph of its own, the <title> first), with a
	// fire brigade's record year with a table by kind of call-out and a
	// thread with a reply from the paper, a live blog of a power cut, a
	// property-tax Q&A with a table of examples and a nested thread, a
	// wetland's water with a table by month, an interview with a cooper, a
	// horse fair gallery with a correction, a cycle path with a table of
	// sections and an update note, seasonal workers' housing with a box of
	// key figures, a live blog of a school-bus strike, roses planted for a
	// festival, a waste-fee Q&A with a rate table, a roundabout's schedule
	// with a table and a nested thread with a reply from the paper, oyster
	// prices, a bird count, a waterfall ticket Q&A, a soy-sauce festival,
	// grain prices after rains, paddy procurement centres, a music school
	// reopened and fuel prices among them; each gold line names the on-page
	// headline ("title"); written blind to the classifiers by a helper on
	// 2026-12-03 and scored once after the nineteenth session's last
	// classifier change before the run (yhFloors).
	{name: "yh", dir: "testdata/yh", idPrefix: "yh-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "so": 1, "ta": 1, "hy": 1, "mn": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yhFloors, titleFloors: yhTitleFloors},
	// testdata/yi: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Sinhala, Khmer, Hausa and Uzbek) written as HTML and converted by four
	// other real tools and configurations (pandoc -t context of the whole
	// page, wrapped at 72 columns, with \section[title={…},reference={…}]
	// headings, \useURL[…]\from[…] links, \startitemize lists, xtable
	// tables with one \startxcell line a cell and \placefigure captions;
	// sanitize-html (npm) with no tag allowed, the markup taken out and the
	// template's lines and indentation kept, the <title> first;
	// LibreOffice's Word 97 .doc printed by catdoc, wrapped at 72 columns,
	// links as HYPERLINK "../../path" field codes, table rows with tabs;
	// pandoc -t docx printed by docx2txt, one paragraph a line with no blank
	// line between, every table cell a line of its own, the <title> first,
	// © as (C) and apostrophes as &#39;), with school lunch prices with a
	// table and a thread, a mayoral run-off live blog, a beekeeper's trial
	// with a correction, specialist waiting times with a table and a
	// correction, a bus-card Q&A, a rice harvest gallery with a correction,
	// walnut prices with a table, a projectionist's retirement with a pull
	// quote, a night-market Q&A with a fee table and a nested thread, a
	// footbridge reopened with an update note, heating-fuel prices with a
	// table, a centenarian with a correction, fish prices after the fishing
	// ban with a table and a reply from the site, a cold-wave live blog, a
	// rural bus Q&A, a herb-jelly festival with a programme table, a
	// children's ward opened, a bamboo train reopened, solar boreholes and a
	// flower festival among them; each gold line names the on-page headline
	// ("title"); written blind to the classifiers by a helper on 2026-12-03
	// and scored once after the nineteenth session's changes read off yh
	// (yiFloors).
	{name: "yi", dir: "testdata/yi", idPrefix: "yi-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "si": 1, "km": 1, "ha": 1, "uz": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yiFloors, titleFloors: yiTitleFloors},
	// testdata/yj: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Nepali, Azerbaijani, Zulu and Kyrgyz) written as HTML and converted by
	// four other real tools and configurations (pandoc -t tei of the whole
	// page, wrapped at 72 columns, printed as is: <p>, <ref target="…">,
	// <hi rendition="simple:bold">, <list>/<item> and <table>/<row>/<cell>
	// lines, headings as <div type="levelN" xml:id="…"> <head>…</head> with
	// the section's </div> alone on a line after it, figures as <figure>
	// with <head> and <graphic>; textversionjs (npm), the HTML e-mail
	// text-part converter, one block a line, links as "[text] (target)",
	// list items as "---", headings underlined with = or -; sanitize.HTML
	// of the Go module github.com/kennygrant/sanitize, the page's own line
	// breaks dropped and one line a </p>, so a heading, list or table runs
	// into the paragraph after it, the <title> first on the cookie banner's
	// line; Loofah's to_text (Ruby), one block a paragraph with a blank line
	// between), with a village shop saved by a co-operative with a table
	// and a thread, a bomb-disposal live blog, a boil-water Q&A with a
	// correction, a horse fair with a table, a pilgrims' hostel Q&A with a
	// reply from the reporter, a cheesemaker's interview with a correction,
	// a swimming pool reopened with a price table, a bookseller's
	// retirement with a pull quote, a bakery taken over with a correction,
	// a skatepark opened with an update note, a waste-fee Q&A with a table,
	// a fair's photo gallery with a correction, spring tea prices with a
	// table and a reply from the site, a fireworks live blog, a barbecue
	// rules Q&A with a subsidy table, a rice harvest with a correction, a
	// bus park opened, a halva masters' contest, a school library and a ski
	// season's start among them; each gold line names the on-page headline
	// ("title"); written blind to the classifiers by a helper on 2026-12-03
	// and scored once at the start of the twentieth session (yjFloors).
	{name: "yj", dir: "testdata/yj", idPrefix: "yj-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "ne": 1, "az": 1, "zu": 1, "ky": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yjFloors, titleFloors: yjTitleFloors},
	// testdata/yk: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Maltese, Belarusian, Urdu and Irish) written as HTML and converted by
	// four other real tools and configurations (pandoc -t opendocument
	// --wrap=none of the whole page, printed as is: one <text:p …>,
	// <text:h …> (with its <text:bookmark-start …/>) or list, table and
	// <draw:frame> markup line a block, links as <text:a xlink:href=…>;
	// PHP's strip_tags, the page's own lines and indentation kept, the
	// <title> first; html-to-formatted-text (npm), a line break at every
	// block tag and the template's indentation left on lines of their own,
	// the <title> first; the Rust crate html2text, Markdown-like text
	// wrapped at 80 columns with reference links, a list item's "[1]:"
	// reference under it, tables drawn with box characters), with a Weser
	// ferry back in service with a fare table and a thread, a library
	// makerspace with a poll and an update note, a choir's 150th
	// anniversary with a gallery, a paywall and an editor's note, a
	// lavender season's balance with a table, a snowstorm live blog, a
	// cinema's closure with a paywall and an event box, parents against a
	// class closure with a key-facts box, a garden-waste burning ban Q&A
	// with a table of opening hours, a chestnut festival with a gallery and
	// an update note, a bridge closed with detours, an update and a poll, a
	// watchmaker's interview, a football club's autumn title with a league
	// table, a correction and a poll, an arcade street restored, a village
	// football final live blog, an elderly canteen Q&A with a subsidy
	// table, a tobacco barn museum, a fish market reopened, a museum's new
	// crafts hall, a pottery exhibition and a community centre opened among
	// them; each gold line names the on-page headline ("title"); written
	// blind to the classifiers by a helper on 2026-12-03 and scored once
	// after the twentieth session's changes read off yj (ykFloors).
	{name: "yk", dir: "testdata/yk", idPrefix: "yk-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "mt": 1, "be": 1, "ur": 1, "ga": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ykFloors, titleFloors: ykTitleFloors},
	// testdata/yl: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Luxembourgish, Esperanto, Marathi and Scottish Gaelic) written as HTML
	// and converted by four other real tools and configurations (Perl's
	// HTML::FormatMarkdown at its default 72 columns: "# heading #" lines,
	// [text](target) links, "*" list items, bold table headers, images as
	// ![alt](src) run into their captions; Java Swing's HTMLEditorKit text,
	// one block a line and no blank lines, no <title>; npm html2plaintext,
	// the <title> first, blocks parted by blank lines but a heading run into
	// the block before it and a table into one line; Ruby's Premailer
	// to_plain_text wrapped at 65 columns, links as "text ( /target )",
	// h1 between rules of asterisks and h2 underlined with dashes), with a
	// bison herd's calves with a key-facts box and a table, a dam road
	// closure Q&A with an update note and a poll, an open-air festival's
	// balance with a table, a paywall, a correction and a gallery, an olive
	// harvest with a price table, a wine fair live blog, a cooper's
	// interview with a paywall and an event box, a market hall reopened
	// with an update note, a winter drought Q&A with a table of restriction
	// levels, storytelling evenings with a paywall, a correction and a
	// gallery, a castle museum with an update note and a poll, a nursery
	// with a fee table, a Christmas fair live blog, apple cold stores with
	// a table, a marathon live blog, a heating Q&A in six questions with a
	// subsidy table, an old street's shophouses restored with a gallery, a
	// paywall, a correction and a poll, a cycle path on an old railway, an
	// Esperanto town's jubilee, a jaggery season's first auction with a
	// table and a pier extension with a correction among them; each gold
	// line names the on-page headline ("title"); written blind to the
	// classifiers by a helper on 2026-12-03 and scored once after the
	// twentieth session's changes read off yk (ylFloors).
	{name: "yl", dir: "testdata/yl", idPrefix: "yl-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "lb": 1, "eo": 1, "mr": 1, "gd": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ylFloors, titleFloors: ylTitleFloors},
	// testdata/ym: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Occitan, Bosnian, Telugu and West Frisian) written as HTML and
	// converted by four other real tools and configurations (Perl's
	// HTML::FormatText::WithLinks::AndTables at its defaults: the <title>
	// first, text indented three spaces and wrapped at 72 columns, links as
	// "[n]" marks with the numbered list of targets at the end, headings
	// underlined with "=" and "-", tables laid out in columns; the Jericho
	// HTML Parser's Renderer (Java) wrapped at 76 columns, links as
	// "text </target>", images as "[alt]", buttons dropped, no <title>;
	// Chromium's innerText of the body (headless, driven by playwright-core),
	// blocks parted by blank lines, list items and table rows one a line,
	// cells parted by tabs; calibre's ebook-convert to TXT, blocks parted by
	// blank lines, unwrapped, a figure's caption run into the paragraph
	// after it and a gallery's captions into one line), with a medical
	// centre opening with a table, an update note and a key-facts box, a
	// town council's budget live blog with a summary list, a distillery's
	// 250th anniversary with a paywall, a correction, a gallery and a poll,
	// a medieval bridge reopened with a table of works and a poll, a wolf
	// attack compensation Q&A with a table and a poll, a cheesemaker's
	// interview with a paywall and an event box, a cattle show's results
	// table, a salt harvest Q&A with a price table, a carnival cattle parade
	// with a paywall, a correction and a gallery, a bypass opened with an
	// update note, a facts box and a poll, parents against a school merger
	// with a table of pupils, a border footbridge's opening live blog with a
	// programme box, a vinegar workshop opened to visitors with a fee table,
	// a rapeseed flower festival live blog, a heritage train Q&A in five
	// questions with a fare table, banana exports revived with a paywall, a
	// correction, a gallery and a poll, an Occitan school's new building, a
	// fortress reopened with an update note, a river fish season with a
	// price table and a windmill restored with a correction among them;
	// each gold line names the on-page headline ("title"); written blind to
	// the classifiers by a helper on 2026-12-03 and scored once
	// after the twentieth session's changes read off yl (ymFloors).
	{name: "ym", dir: "testdata/ym", idPrefix: "ym-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "oc": 1, "bs": 1, "te": 1, "fy": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ymFloors, titleFloors: ymTitleFloors},
	// testdata/yn: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Breton, Javanese, Malayalam and Maori) written as HTML and converted
	// by four other real tools and configurations (edbrowse's rendering of
	// the page, written out of its buffer: links in braces, buttons and
	// fields in angle brackets, headings marked "h1"/"h2"/"h3", table cells
	// parted by "|", an image's alt text in brackets run into its caption,
	// lines cut at sentence and clause ends; MuPDF's mutool draw -F txt,
	// the page laid out in pages at its default size and its text printed
	// line by line, blocks parted by blank lines, table cells one a line,
	// a figure's image mark and caption and a form's labels moved up;
	// happy-dom's innerText (npm), the source's line breaks and indentation
	// kept, a list's items and a table's cells run into one line;
	// WeasyPrint's PDF read by poppler's pdftotext, the A4 page's wrapped
	// lines one a line with few blank lines), with an open-air pool saved
	// by a cooperative with a price table, an update note and a key-facts
	// box, a half marathon's live blog with a results table, a horse
	// market's 400th edition with a paywall, a correction, a gallery and a
	// poll, a new direct bus line with a timetable and a poll, a water
	// tariff Q&A with a price table and a poll, a net-mender's interview
	// with a paywall and an event box, a market hall reopened with a table
	// of stalls, a beach parking Q&A with a fee table, a Mexican fiesta's
	// 40th year with a paywall, a correction and a gallery, an observation
	// tower opened with an update note and a poll, a lake beach closed by
	// cyanobacteria with a table of water tests, a storm's live blog with
	// a warnings box, a batik workshop's courses with a fee table, a tidal
	// flats photo festival's live blog, a waste sorting Q&A in five
	// questions with a bin table, a wood-fired kiln relit with a paywall, a
	// correction, a gallery and a poll, a Breton bookshop opened, a fish
	// market opened with an update note and a price table, a teak museum
	// reopened with a fee table and a harbour opened with a correction
	// among them; each gold line names the on-page headline ("title", its
	// first line where the splitter cut it); written blind to the
	// classifiers by a helper on 2026-12-03 and scored once at the start of
	// the twenty-first session (ynFloors).
	{name: "yn", dir: "testdata/yn", idPrefix: "yn-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "br": 1, "jv": 1, "ml": 1, "mi": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ynFloors, titleFloors: ynTitleFloors},
	// testdata/yo: 20 more whole news pages (German, Spanish, French, Polish
	// and Chinese, one in traditional characters, and one page each in
	// Asturian, Gujarati, Haitian Creole and Norwegian Nynorsk) written as
	// HTML and converted by four other real tools and configurations
	// (kreuzberg's html-to-markdown, the Rust crate through its npm
	// binding: YAML front matter with the <title>, Markdown headings, links
	// and pipe tables, the menu and the forms' fields and buttons dropped;
	// Qt's QTextDocument toPlainText through PyQt6: one line a block with no
	// blank lines, table cells one a line, an image an object mark run into
	// the lines around it; grokify's html-strip-tags-go (Go): the source with
	// its tags taken out, its indentation and empty lines kept, the
	// doctype and the <title> first; wkhtmltopdf's PDF read by pdfminer.six's
	// pdf2txt: the A4 page's lines, words parted by tabs, Chinese read as
	// Kangxi radicals), with ride-sharing benches with a table of sites, an
	// update note and a key-facts box, a cabbage festival's live blog with a
	// results table, a church organ consecrated with a paywall, a correction,
	// a programme box, a gallery and a poll, a communal bread oven restored
	// with a timetable and a poll, a Q&A on farm burning rules with a table
	// of dates and a poll, a canoeist's interview with a paywall, a climbing
	// wall in a chapel with a fee table, a school canteen Q&A with a price
	// table, a restored carousel with a paywall, a correction and a gallery,
	// a castle armoury opened with an update note and a poll, an ambulance
	// base with a table of response times, a forest fire's live blog, a
	// night tour of an old town with a fee table, a dragon boat race's live
	// blog with a results table, a health insurance Q&A in five questions
	// with a table, a woodwork class with a paywall, a correction, a gallery
	// and a poll, a bear-watching hide, a step-well's light show with a
	// ticket table, solar lights for a market and a fjord sauna with a
	// correction among them; each gold line names the on-page headline
	// ("title", its first line where the splitter cut it); written blind to
	// the classifiers by a helper in the twenty-first session and scored
	// once after that session's changes read off yn (yoFloors).
	{name: "yo", dir: "testdata/yo", idPrefix: "yo-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "ast": 1, "gu": 1, "ht": 1, "nn": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yoFloors, titleFloors: yoTitleFloors},
	// yp: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used
	// (league/html-to-markdown in PHP with strip_tags and its table
	// converter, agentmarkdown from npm, antchfx/htmlquery's InnerText in Go
	// and WebKitGTK's innerText), in de, es, fr, pl, zh (one page in
	// traditional characters) and Corsican, Punjabi, Kannada and Tatar; a
	// volunteer-run village shop, a crafts night's live blog, a spa park
	// bandstand with a paywall, a correction, a gallery and a poll, a cheese
	// cave opened to visitors, a ski pass Q&A, a potter's interview with a
	// paywall, a lifeboat station's new boat, a swimming pool Q&A, a
	// footbridge reopened with a correction, a Vistula ferry with an update
	// note, a bike path with a table of sections, a snowstorm live blog, a
	// bamboo raft booking reform, a village basketball final's live blog, an
	// old house rent subsidy Q&A, a coal miners' dormitory restored with a
	// correction, an olive mill, a village library, a Yakshagana school and
	// a riverside promenade with a correction among them; each gold line
	// names the on-page headline ("title"); written blind to the
	// classifiers by a helper in the twenty-first session and scored once
	// after that session's changes read off yo (ypFloors).
	{name: "yp", dir: "testdata/yp", idPrefix: "yp-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "co": 1, "pa": 1, "kn": 1, "tt": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ypFloors, titleFloors: ypTitleFloors},
	// yq: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used (Hugo's
	// plainify, the HTML Parser project's StringBean in Java, Chromium's
	// print to PDF read back by pdf-parse, and newsboat's saved article of
	// a full-content feed item), in de, es, fr, pl, zh (one page in
	// traditional characters) and Faroese, Tajik, Malagasy and Lao; a
	// repair café in an old station, a chimney demolition's live blog, a
	// water tower opened as a lookout with a paywall, a correction, a
	// gallery and a poll, a summer cinema, a waste tax Q&A, an espadrille
	// maker's interview with a paywall, a communal bakehouse, a district
	// heating Q&A, a market hall restored with a correction, a gold mine
	// gallery reopened with an update note, an ice rink, a power cut's live
	// blog, a night bus line, a village music festival's live blog, an
	// e-bike charging Q&A, a rice mill restored with a correction, a rowing
	// boat restored, an apricot drying cooperative, village water pumps and
	// a coffee roastery among them; each gold line names the on-page
	// headline ("title"); written blind to the classifiers by a helper in
	// the twenty-first session and scored once after that session's
	// changes read off yp (yqFloors).
	{name: "yq", dir: "testdata/yq", idPrefix: "yq-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "fo": 1, "tg": 1, "mg": 1, "lo": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yqFloors, titleFloors: yqTitleFloors},
	// yr: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used
	// (Liquid's strip_html filter in Ruby, as Jekyll sites print a page's
	// text; Playwright's ARIA snapshot of Chromium's accessibility tree;
	// Chromium's printed PDF read by Apache PDFBox's PDFTextStripper; Alpine's
	// export of the page mailed as an HTML message), five pages a layout, in
	// German, Spanish, French, Polish, Chinese (one page in traditional
	// characters) and four languages no earlier set used (Latin, Romansh,
	// Kurmanji Kurdish, Turkmen), no English: a village citizens' bus, a
	// church spire cross's live blog, a watermill restored with a paywall, a
	// correction, a gallery and a poll, a library in an old seminary, a
	// low-emission zone Q&A, a basket weaver's interview with a paywall, a
	// travelling grocery van, a food waste collection Q&A, a bandstand
	// restored with a correction, a library café with an update note, a
	// graduation tower, a dumpling festival's live blog, a night river boat
	// line, a rice terrace planting ceremony's live blog, a lift subsidy Q&A,
	// a tea factory opened to visitors with a correction, a Roman mosaic, a
	// men's choir's jubilee, a honey festival and a carpet weaving school
	// among them; each gold line names the on-page headline ("title");
	// written blind to the classifiers by a helper in the twenty-first
	// session and scored once at the start of the twenty-second session
	// (yrFloors).
	{name: "yr", dir: "testdata/yr", idPrefix: "yr-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "la": 1, "rm": 1, "ku": 1, "tk": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yrFloors, titleFloors: yrTitleFloors},
	// ys: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used
	// (Crawlee's htmlToText, as Crawlee's crawlers turn a fetched page into
	// text; LangChainGo's HTML document loader, as a Go RAG pipeline loads a
	// web page; pyquery's text() of the body; Chromium's printed PDF read by
	// Ghostscript's txtwrite device), five pages a layout, in German,
	// Spanish, French, Polish, Chinese (one page in traditional characters)
	// and four languages no earlier set used (Yiddish, Sardinian, Burmese,
	// Interlingua), no English: a village shop cooperative in an old bank, a
	// river bridge's live blog, a recycling-centre fees Q&A with a paywall
	// and a correction, a town bus service with a timetable and a poll, a
	// lighthouse keeper's interview, an almond blossom festival with a
	// correction and a gallery, a small-town cinema reopened with a paywall,
	// a transhumance live blog, a parking rules Q&A with a fares table, a
	// tram extension with an update note, a beekeeper's interview with a
	// paywall, a fire brigade jubilee's live blog with a correction, a
	// community canteen for the elderly, a dragon boat race's live blog, a
	// charging-point Q&A, a cycle path opened with a paywall, a Yiddish
	// library, a cheese festival, a village water supply and a cycle bridge
	// among them; each gold line names the on-page headline ("title");
	// written blind to the classifiers by a helper in the twenty-second
	// session and scored once after that session's changes read off yr
	// (ysFloors).
	{name: "ys", dir: "testdata/ys", idPrefix: "ys-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "yi": 1, "sc": 1, "my": 1, "ia": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ysFloors, titleFloors: ysTitleFloors},
	// yt: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used
	// (upndown's Markdown, an npm HTML-to-Markdown converter as LLM
	// pipelines use; docconv's ConvertHTML, the Go document converter behind
	// the docd server, with Debian's tidy; Mojo::DOM's all_text of the body,
	// as a Perl Mojolicious scraper takes it; Chromium's printed PDF read by
	// pypdf's extract_text, as RAG PDF loaders read it), five pages a
	// layout, in German, Spanish, French, Polish, Chinese (one page in
	// traditional characters) and four languages no earlier set used
	// (Pashto, Odia, Quechua, Upper Sorbian), no English: a village
	// blacksmith's obituary, a handball derby with a results table, weekend
	// tips with a paywall and a correction, a water tariff Q&A with a poll, a
	// football match report with a league table, a cake fair with a gallery,
	// a poll and a correction, a bike-sharing scheme with a paywall, a
	// municipal by-election with a results table, a trail race with a
	// results table, a storm live blog, a waste fee Q&A with a fee table, a
	// volleyball promotion with a correction, a summer events listing, a
	// county games with a points table, a village teacher's obituary, a rice
	// harvest festival with a paywall and a poll, a pomegranate cold store, a
	// bus station, a potato festival and a village hall among them; each
	// gold line names the on-page headline ("title"); written blind to the
	// classifiers by a helper in the twenty-second session and scored once
	// after that session's changes read off ys (ytFloors).
	{name: "yt", dir: "testdata/yt", idPrefix: "yt-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "ps": 1, "or": 1, "qu": 1, "hsb": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ytFloors, titleFloors: ytTitleFloors},
	// yu: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used
	// (breakdance's Markdown, an npm HTML-to-Markdown converter; PHP DOM's
	// textContent of the body, as a PHP crawler takes a page's text;
	// Chromium's printed PDF read by PDFium's text API through go-pdfium's
	// WebAssembly build; Chromium's printed PDF read by Ruby's pdf-reader,
	// as Ruby PDF loaders read it), five pages a layout, in German, Spanish,
	// French, Polish, Chinese (one page in traditional characters) and four
	// languages no earlier set used (Low German, Cebuano, Sicilian,
	// Assamese), no English: a storm live blog, a court report, a festival
	// programme with a paywall and a correction, a miner's obituary, a
	// school-meal grant Q&A with a poll, a basketball promotion with a table
	// and a correction, a cable-theft trial, a market hall with a gallery
	// and a poll, a teacher's obituary, a civic budget vote with a results
	// table, a heat warning, a football derby with a paywall and a
	// correction, summer event listings, a tea contract case, a paper
	// festival with a gallery and a poll, a typhoon evacuation with a
	// paywall, a river ferry, a public market, a ricotta festival and flood
	// relief camps among them; each gold line names the on-page headline
	// ("title"); written blind to the classifiers by a helper in the
	// twenty-second session and scored once after that session's changes
	// read off yt (yuFloors).
	{name: "yu", dir: "testdata/yu", idPrefix: "yu-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "nds": 1, "ceb": 1, "scn": 1, "as": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yuFloors, titleFloors: yuTitleFloors},
	// yv: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used (h2m's
	// Markdown, an npm HTML-to-Markdown converter on htmlparser2; Horde's
	// Html2text filter, as the Horde IMP webmail shows an HTML message as
	// plain text; tDOM's HTML parser keeping the source's whitespace, then
	// the body's asText, as a Tcl scraper takes a page's text; boilerpipe's
	// KeepEverythingExtractor, every text block a line), five pages a
	// layout, in German, Spanish, French, Polish, Chinese (one page in
	// traditional characters) and four languages no earlier set used
	// (Friulian, Aragonese, Venetian, Kashubian), no English: an ice-storm
	// live blog, a court report with a sentence box, a recipe, a shepherd's
	// obituary, a bridge roadworks traffic report with a table and a poll, a
	// football derby with a match sheet, standings, a correction and a
	// gallery, weekend event listings, a water-meter Q&A with a poll, a
	// restored tower with a correction and a gallery, a sawmill fire trial,
	// a storm warning with key facts, a civic budget vote with a results
	// table, a paywall and a correction, a motorway closure with a table, a
	// tofu recipe, a dragon-boat race with results and a poll, a craftsman's
	// obituary with a paywall, an Epiphany bonfire, a costume festival, a
	// market's return and a harbour centenary among them; each gold line
	// names the on-page headline ("title"); written blind to the classifiers
	// by a helper in the twenty-second session and scored once after that
	// session's changes read off yu (yvFloors).
	{name: "yv", dir: "testdata/yv", idPrefix: "yv-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "fur": 1, "an": 1, "vec": 1, "csb": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yvFloors, titleFloors: yvTitleFloors},
	// yw: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used (the
	// npm sanitizer js-xss with an empty allow-list, as a Node CMS keeps a
	// plain-text copy of a page; the Ruby html2text gem, as a Ruby mailer
	// renders the plain-text part of an HTML message; Django's strip_tags,
	// as a Django site exports a page as text; xsltproc's HTML parser with
	// XSLT's built-in rules and text output), five pages a layout, in
	// German, Spanish, French, Polish, Chinese (one page in traditional
	// characters) and four languages no earlier set used (Piedmontese,
	// Neapolitan, Ligurian, Limburgish), no English: a storm-surge live
	// blog, an interview, an obituary with condolences, a theatre festival
	// with a programme table, a heat warning with a poll, a rental-fraud
	// court report with a correction, a rugby derby with standings, an
	// opinion column, a reopened belfry with a correction and a gallery, a
	// recipe, weekend listings, a road race with results and a correction,
	// a heating-subsidy Q&A, a fish-pond lease case with a correction, a song
	// festival with a gallery and a poll, a harvest season with a fact box
	// and a paywall, a mayoral election with results, a pasta festival with
	// a poll, storm damage with a fact box and a band contest with results
	// among them; each gold line names the on-page headline ("title");
	// written blind to the classifiers by a helper in the twenty-second
	// and twenty-third sessions and scored once after the twenty-third
	// session's changes (ywFloors).
	{name: "yw", dir: "testdata/yw", idPrefix: "yw-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "pms": 1, "nap": 1, "lij": 1, "li": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: ywFloors, titleFloors: ywTitleFloors},
	// yx: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used, each
	// printing a layout of its own (html2pug's Pug template, a line a node
	// under its tag; html-to-docx's Word document read back by mammoth, a
	// paragraph a block; cli-html's terminal rendering, wrapped at 80
	// columns with bullets, boxes and "#" headings; xml2's html2, a
	// "/path/of/tags=text" line a node), five pages a layout, in German,
	// Spanish, French, Polish, Chinese (one page in traditional characters)
	// and four languages no earlier set used (Swiss German, Lombard,
	// Silesian, Extremaduran), no English: a power-cut live blog with a
	// correction, a property-tax Q&A with a table and a paywall, a chess
	// open with results, a crop-price report with a table, a library
	// reopening with a correction and a poll, a cross-country race with
	// results, a school-canteen vote with a fact box, a transhumance live
	// blog with a Q&A and a gallery, a cheese contest with a correction and
	// a paywall, a cycle path with a fact box and a poll, a waste-fee Q&A, a
	// volleyball derby with a table, a correction, a gallery and a paywall,
	// a tea harvest with a price table, a bridge repair with a correction, a
	// recipe with a poll, a temple procession with a fact box and a paywall,
	// a cattle show with results, a ferry's return with a poll, a mine
	// tower's reopening with a Q&A and a cherry harvest with a fact box
	// among them; each gold line names the on-page headline ("title");
	// written blind to the classifiers by a helper in the twenty-third
	// session and scored once at the start of the twenty-fourth, with the
	// code of c297f59; a development set since markupdump.go was read off
	// it (yxFloors).
	{name: "yx", dir: "testdata/yx", idPrefix: "yx-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "gsw": 1, "lmo": 1, "szl": 1, "ext": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yxFloors, titleFloors: yxTitleFloors},
	// yy: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used, each
	// printing a layout of its own (html-xml-utils' hxpipe, an ESIS-like
	// event stream, a line an event: "(tag", ")tag", "Aname CDATA value",
	// "-text"; LibreOffice Writer's Word 97 file read back by antiword, a
	// paragraph a block wrapped at 80 columns with "|" tables; LibreOffice
	// Calc's import of the page saved as CSV, a row a block; recoll's index
	// of the page printed by recollq -d, the result header and a line a
	// block), five pages a layout, in German, Spanish, French, Polish,
	// Chinese (one page in traditional characters) and four languages no
	// earlier set used (Bavarian, Walloon, Lower Sorbian, Picard), no
	// English: a rockfall live blog with a correction, a water-fee Q&A with
	// a table and a paywall, a handball derby with standings, a correction
	// and a gallery, a chestnut harvest with a fact box and a poll, a
	// rain-record live blog with a correction, a wine contest with a prize
	// table and a paywall, a lake-bathing ban Q&A with a fact box, a canoe
	// season with a gallery and a poll, a pelota final with a table, a
	// paywall and a correction, a dam drill live blog with a fact box and a
	// poll, a market-square reopening with a gallery and a poll, a football
	// derby with standings, a paywall and a correction, a tulou holiday
	// with a fact box and a poll, a city-wall repair with a correction, a
	// dragon-boat race with results and a gallery, a pedestrian-zone Q&A
	// with a paywall and a correction, a Whitsun horse procession with a
	// fact box and a gallery, a carnival with a correction and a poll, a
	// carp harvest with a Q&A and a catch table and a seal count with a
	// fact box and a paywall among them; each gold line names the on-page
	// headline ("title"); written blind to the classifiers by a helper of
	// the twenty-fourth session and scored once in it, after its changes,
	// with the code of 081b4b6; a development set since hxpipedump.go and
	// csvdump.go were read off it (yyFloors).
	{name: "yy", dir: "testdata/yy", idPrefix: "yy-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "bar": 1, "wa": 1, "dsb": 1, "pcd": 1}, minDocs: 20, minBody: 6, everyPageBio: true, floors: yyFloors, titleFloors: yyTitleFloors},
	// yz: 20 whole news pages written as HTML with all their furniture and
	// converted by four converter configurations no earlier set used, each
	// printing a layout of its own (htmltojsx, the page as React JSX, a
	// line a tag or a block with its inline tags; LibreOffice Writer's Word
	// 97 file read back by wv's wvWare with wvText.xml, a paragraph a line,
	// links as <a href> tags; xmlstarlet's HTML parse with every text node
	// that is not only whitespace on a line of its own; rspamd's text of
	// the page sent as an HTML mail (rspamadm mime extract -H), a "File:"
	// header and a block a line, list items run together), five pages a
	// layout, in German, Spanish, French, Polish, Chinese (one page in
	// traditional characters) and four languages no earlier set used
	// (Aromanian, Ladin, Mirandese, Franco-Provençal), no English: a
	// hailstorm live blog with a correction, a school-bus Q&A with a
	// timetable and a paywall, a town run with results, a correction and a
	// gallery, a forge fair with a fact box and a poll, a medieval-fair
	// live blog with a correction, a cheese contest with a prize table and
	// a paywall, a swimming-pool Q&A with a fact box, a trout festival with
	// a gallery and a poll, a sausage contest with a table, a paywall and a
	// correction, a bridge-building live blog with a fact box and a poll, a
	// park reopening with a gallery, a poll and the newsroom's reply, a
	// football derby with standings, a paywall and a correction, a
	// fermented-bean festival with a fact box and a poll, a mine night tour
	// with a correction, a lantern festival with results and a gallery, a
	// night-market Q&A with a paywall and a correction, a cheese fair with
	// a fact box and a gallery, a woodcarving fair with a correction and a
	// poll, a knife fair Q&A with a table and a lace festival with a fact
	// box and a paywall among them; each gold line names the on-page
	// headline ("title"); written blind to the classifiers by a helper in
	// the twenty-fourth session of 2026-12-03 and pending: no classifier
	// has run on it; the next session scores it once, at its start.
	{name: "yz", dir: "testdata/yz", idPrefix: "yz-", minPages: map[string]int{"de": 3, "es": 3, "fr": 3, "pl": 3, "zh": 4, "rup": 1, "lld": 1, "mwl": 1, "frp": 1}, minDocs: 20, minBody: 6, everyPageBio: true, pending: true},
}

// xeFloors holds the floors of the development set of Polish and Chinese
// page dumps and extracts (testdata/xe), written blind to the classifiers
// in the fifth session of 2026-12-01: the scores of its first run (the
// classifiers of 6ee1706; docs/multilingual.md), less 0.03 on the whole set
// and 0.05 per six-page language, rounded down to 0.01. The set is a
// development set since that run.
var xeFloors = map[string]map[string]mlFloor{
	"model": {
		"pl":  {0.91, 0.66, 0.77}, // measured 0.961 0.714 0.829
		"zh":  {0.77, 0.68, 0.73}, // measured 0.825 0.738 0.780
		"all": {0.86, 0.70, 0.77}, // measured 0.894 0.733 0.805
	},
	"rules": {
		"pl":  {0.86, 0.56, 0.71}, // measured 0.911 0.618 0.764
		"zh":  {0.74, 0.24, 0.54}, // measured 0.797 0.293 0.596
		"all": {0.82, 0.46, 0.65}, // measured 0.854 0.490 0.681
	},
}

// xcFloors holds the floors of the development set of extracts and page
// dumps (testdata/xc), written blind to the classifiers in the fifth
// session of 2026-12-01: the scores of its first run (the classifiers of
// 76e0571; docs/multilingual.md), less 0.03 on the whole set and 0.07 per
// language, rounded down to 0.01. The set is a development set since that
// run: the classifiers' errors on it were read and fixed.
var xcFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.83, 0.76, 0.76}, // measured 0.905 0.831 0.836
		"es":  {0.85, 0.69, 0.74}, // measured 0.929 0.763 0.819
		"fr":  {0.85, 0.62, 0.68}, // measured 0.923 0.695 0.756
		"pl":  {0.81, 0.53, 0.63}, // measured 0.883 0.605 0.707
		"zh":  {0.89, 0.70, 0.74}, // measured 0.966 0.777 0.810
		"all": {0.89, 0.69, 0.74}, // measured 0.921 0.724 0.779
	},
	"rules": {
		"de":  {0.82, 0.55, 0.64}, // measured 0.892 0.626 0.718
		"es":  {0.81, 0.54, 0.61}, // measured 0.886 0.611 0.687
		"fr":  {0.84, 0.55, 0.64}, // measured 0.911 0.622 0.717
		"pl":  {0.74, 0.43, 0.50}, // measured 0.819 0.507 0.573
		"zh":  {0.80, 0.21, 0.48}, // measured 0.870 0.287 0.552
		"all": {0.84, 0.49, 0.60}, // measured 0.873 0.522 0.635
	},
}

// xdFloors holds the floors of the second mixed set of extracts and page
// dumps (testdata/xd), written blind to the classifiers in the fifth session
// of 2026-12-01 and scored once, with that session's final classifiers
// (ade5b5b): the scores of that run, less 0.03 on the whole set and 0.07
// per three-page language, rounded down to 0.01. (The classifiers of the
// session's start, 76e0571, scored model 0.845 / 0.682 and rules 0.799 /
// 0.502 on it; docs/multilingual.md.)
var xdFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.89, 0.72, 0.79}, // measured 0.967 0.792 0.863
		"es":  {0.88, 0.64, 0.68}, // measured 0.951 0.711 0.754
		"fr":  {0.88, 0.72, 0.75}, // measured 0.959 0.795 0.822
		"pl":  {0.88, 0.76, 0.77}, // measured 0.957 0.835 0.845
		"zh":  {0.81, 0.69, 0.71}, // measured 0.883 0.760 0.789
		"all": {0.91, 0.74, 0.78}, // measured 0.944 0.775 0.813
	},
	"rules": {
		"de":  {0.86, 0.54, 0.66}, // measured 0.938 0.611 0.734
		"es":  {0.70, 0.42, 0.48}, // measured 0.771 0.499 0.558
		"fr":  {0.85, 0.65, 0.67}, // measured 0.922 0.727 0.748
		"pl":  {0.86, 0.61, 0.71}, // measured 0.938 0.682 0.782
		"zh":  {0.65, 0.18, 0.41}, // measured 0.724 0.250 0.487
		"all": {0.83, 0.54, 0.62}, // measured 0.865 0.573 0.653
	},
}

// xfFloors holds the floors of the third mixed set of extracts and page
// dumps (testdata/xf), written blind to the classifiers at the start of the
// sixth session of 2026-12-01 and scored once, with that session's final
// classifiers (72ce6e0): the scores of that run, less 0.03 on the whole
// set, 0.06 for the four Chinese pages, 0.07 per three-page language and
// 0.10 per one-page language, rounded down to 0.01 (docs/multilingual.md).
var xfFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.84, 0.68, 0.77}, // measured 0.913 0.758 0.843
		"es":  {0.90, 0.77, 0.85}, // measured 0.973 0.847 0.920
		"fr":  {0.87, 0.64, 0.79}, // measured 0.947 0.713 0.868
		"pl":  {0.88, 0.80, 0.81}, // measured 0.959 0.875 0.887
		"zh":  {0.83, 0.69, 0.74}, // measured 0.897 0.753 0.804
		"it":  {0.74, 0.60, 0.53}, // measured 0.844 0.700 0.635
		"pt":  {0.90, 0.80, 0.83}, // measured 1.000 0.909 0.931
		"nl":  {0.79, 0.47, 0.63}, // measured 0.891 0.578 0.733
		"cs":  {0.78, 0.56, 0.59}, // measured 0.884 0.664 0.697
		"all": {0.90, 0.74, 0.80}, // measured 0.932 0.772 0.837
	},
	"rules": {
		"de":  {0.77, 0.70, 0.71}, // measured 0.841 0.770 0.785
		"es":  {0.81, 0.63, 0.73}, // measured 0.885 0.706 0.800
		"fr":  {0.85, 0.67, 0.80}, // measured 0.923 0.742 0.874
		"pl":  {0.85, 0.62, 0.69}, // measured 0.925 0.692 0.768
		"zh":  {0.78, 0.21, 0.46}, // measured 0.840 0.273 0.524
		"it":  {0.69, 0.42, 0.48}, // measured 0.796 0.520 0.587
		"pt":  {0.80, 0.62, 0.69}, // measured 0.901 0.721 0.793
		"nl":  {0.81, 0.35, 0.53}, // measured 0.911 0.456 0.633
		"cs":  {0.74, 0.34, 0.52}, // measured 0.842 0.446 0.621
		"all": {0.85, 0.58, 0.69}, // measured 0.882 0.616 0.724
	},
}

// xgFloors holds the floors of the fourth mixed set of extracts and page
// dumps (testdata/xg), written blind to the classifiers in the sixth
// session of 2026-12-01/02 and scored once, with that session's final
// classifiers (e6fc2b2): the scores of that run, less 0.03 on the whole
// set, 0.06 for the four Chinese pages, 0.07 per three-page language and
// 0.10 per one-page language, rounded down to 0.01 (docs/multilingual.md).
var xgFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.90, 0.81, 0.87}, // measured 0.973 0.889 0.942
		"es":  {0.90, 0.82, 0.85}, // measured 0.973 0.890 0.928
		"fr":  {0.67, 0.78, 0.78}, // measured 0.746 0.853 0.854
		"pl":  {0.93, 0.86, 0.88}, // measured 1.000 0.939 0.956
		"zh":  {0.84, 0.80, 0.82}, // measured 0.904 0.865 0.884
		"it":  {0.82, 0.72, 0.77}, // measured 0.920 0.829 0.879
		"pt":  {0.87, 0.68, 0.78}, // measured 0.970 0.789 0.880
		"sv":  {0.87, 0.60, 0.73}, // measured 0.977 0.704 0.833
		"ru":  {0.76, 0.58, 0.66}, // measured 0.860 0.687 0.768
		"all": {0.89, 0.83, 0.86}, // measured 0.922 0.864 0.896
	},
	"rules": {
		"de":  {0.87, 0.71, 0.78}, // measured 0.944 0.785 0.856
		"es":  {0.73, 0.63, 0.69}, // measured 0.801 0.703 0.768
		"fr":  {0.61, 0.69, 0.72}, // measured 0.682 0.763 0.792
		"pl":  {0.82, 0.65, 0.74}, // measured 0.895 0.722 0.815
		"zh":  {0.67, 0.21, 0.50}, // measured 0.739 0.277 0.561
		"it":  {0.79, 0.61, 0.76}, // measured 0.891 0.711 0.862
		"pt":  {0.80, 0.63, 0.72}, // measured 0.901 0.731 0.820
		"sv":  {0.68, 0.08, 0.23}, // measured 0.789 0.185 0.333
		"ru":  {0.76, 0.32, 0.57}, // measured 0.863 0.428 0.679
		"all": {0.78, 0.61, 0.70}, // measured 0.819 0.641 0.738
	},
}

// xhFloors holds the floors of the fifth mixed set of page dumps and
// extracts (testdata/xh), written blind to the classifiers on 2026-12-02
// and scored once, with the seventh session's final classifiers (e844b17):
// the scores of that run, less 0.03 on the whole set, 0.06 for the three
// Chinese pages and the four French ones, 0.07 per three-page language and
// 0.10 per one-page language, rounded down to 0.01 (docs/multilingual.md).
var xhFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.91, 0.87, 0.86}, // measured 0.980 0.945 0.938
		"es":  {0.83, 0.80, 0.79}, // measured 0.907 0.871 0.866
		"fr":  {0.85, 0.77, 0.82}, // measured 0.912 0.835 0.880
		"pl":  {0.90, 0.86, 0.86}, // measured 0.979 0.936 0.935
		"zh":  {0.91, 0.83, 0.87}, // measured 0.976 0.899 0.939
		"it":  {0.87, 0.78, 0.83}, // measured 0.975 0.881 0.933
		"pt":  {0.90, 0.83, 0.86}, // measured 1.000 0.933 0.962
		"all": {0.92, 0.86, 0.88}, // measured 0.953 0.890 0.913
	},
	"rules": {
		"de":  {0.82, 0.67, 0.70}, // measured 0.890 0.745 0.771
		"es":  {0.82, 0.60, 0.67}, // measured 0.892 0.673 0.740
		"fr":  {0.80, 0.63, 0.65}, // measured 0.867 0.695 0.718
		"pl":  {0.76, 0.56, 0.64}, // measured 0.835 0.637 0.710
		"zh":  {0.76, 0.24, 0.52}, // measured 0.820 0.302 0.588
		"it":  {0.77, 0.55, 0.71}, // measured 0.870 0.650 0.817
		"pt":  {0.78, 0.52, 0.59}, // measured 0.885 0.623 0.692
		"all": {0.83, 0.59, 0.68}, // measured 0.865 0.629 0.712
	},
}

// xbFloors holds the floors of the mixed set of extracts and page dumps
// (testdata/xb), written blind to the classifiers at the end of the fourth
// session of 2026-12-01: the scores of its first run (commit 4da3d31's
// classifiers; docs/multilingual.md), less 0.03 on the whole set and 0.07
// per three-page language, rounded down to 0.01.
var xbFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.80, 0.64, 0.73}, // measured 0.875 0.710 0.806
		"es":  {0.81, 0.71, 0.74}, // measured 0.883 0.787 0.816
		"fr":  {0.80, 0.55, 0.59}, // measured 0.873 0.627 0.660
		"pl":  {0.47, 0.52, 0.50}, // measured 0.546 0.597 0.577
		"zh":  {0.70, 0.76, 0.74}, // measured 0.777 0.833 0.814
		"all": {0.77, 0.67, 0.70}, // measured 0.806 0.707 0.733
	},
	"rules": {
		"de":  {0.72, 0.43, 0.57}, // measured 0.790 0.509 0.641
		"es":  {0.79, 0.49, 0.56}, // measured 0.869 0.560 0.633
		"fr":  {0.76, 0.48, 0.52}, // measured 0.835 0.558 0.598
		"pl":  {0.55, 0.40, 0.48}, // measured 0.624 0.477 0.558
		"zh":  {0.54, 0.18, 0.45}, // measured 0.617 0.250 0.526
		"all": {0.71, 0.47, 0.56}, // measured 0.749 0.502 0.591
	},
}

// xaFloors holds the floors of the second set of article extracts
// (testdata/xa), written blind to the classifiers: the scores of its first
// run (the embedded model and rules of 16bd3e5, at the commit after
// cf524e1; docs/multilingual.md), less 0.03 on the whole set, 0.07 per
// four-page language and 0.10 per one-page language, rounded down to 0.01.
var xaFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.83, 0.64, 0.68}, // measured 0.909 0.717 0.755
		"es":  {0.86, 0.68, 0.69}, // measured 0.938 0.751 0.763
		"fr":  {0.86, 0.59, 0.68}, // measured 0.933 0.662 0.755
		"pl":  {0.84, 0.60, 0.69}, // measured 0.912 0.671 0.762
		"zh":  {0.79, 0.52, 0.67}, // measured 0.863 0.597 0.744
		"it":  {0.77, 0.54, 0.63}, // measured 0.871 0.645 0.739
		"pt":  {0.86, 0.40, 0.56}, // measured 0.963 0.506 0.667
		"nl":  {0.84, 0.43, 0.60}, // measured 0.944 0.534 0.708
		"all": {0.88, 0.67, 0.72}, // measured 0.916 0.703 0.751
	},
	"rules": {
		"de":  {0.81, 0.41, 0.52}, // measured 0.884 0.488 0.594
		"es":  {0.86, 0.49, 0.54}, // measured 0.936 0.564 0.613
		"fr":  {0.82, 0.46, 0.54}, // measured 0.891 0.538 0.617
		"pl":  {0.81, 0.37, 0.50}, // measured 0.880 0.449 0.571
		"zh":  {0.68, 0.14, 0.40}, // measured 0.754 0.218 0.476
		"it":  {0.78, 0.55, 0.63}, // measured 0.887 0.656 0.739
		"pt":  {0.86, 0.49, 0.70}, // measured 0.963 0.590 0.800
		"nl":  {0.83, 0.40, 0.65}, // measured 0.937 0.508 0.750
		"all": {0.84, 0.46, 0.56}, // measured 0.877 0.494 0.598
	},
}

// enFloors holds the floors of the English page dumps in other layouts
// (testdata/en): the scores of its first run, blind (the commit after
// 9ef601a; docs/multilingual.md), less 0.03, rounded down to 0.01. "en"
// and "all" are the same twelve pages.
var enFloors = map[string]map[string]mlFloor{
	"model": {
		"en":  {0.85, 0.72, 0.79}, // measured 0.882 0.754 0.822 after the fixed passes of the fourth session (first run 0.837 0.715 0.764)
		"all": {0.85, 0.72, 0.79}, // measured 0.882 0.754 0.822 after the fixed passes of the fourth session (raised from 0.80 0.68 0.73)
	},
	"rules": {
		"en":  {0.83, 0.57, 0.66}, // measured 0.860 0.602 0.691
		"all": {0.83, 0.57, 0.66},
	},
}

// euFloors holds the floors of the German, Spanish, French and Polish page
// dumps (testdata/eu): the scores of its one blind run (commit 45ede2b;
// docs/multilingual.md) less 0.07 per three-page language and 0.03 on the
// whole set, rounded down to 0.01.
var euFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.66, 0.62, 0.72}, // measured 0.735 0.690 0.791
		"es":  {0.74, 0.59, 0.59}, // measured 0.815 0.660 0.667
		"fr":  {0.83, 0.47, 0.59}, // measured 0.904 0.547 0.667
		"pl":  {0.73, 0.51, 0.60}, // measured 0.802 0.589 0.671
		"all": {0.90, 0.75, 0.82}, // measured 0.930 0.789 0.858 after the fixed passes of the fourth session (raised from 0.78 0.60 0.67)
	},
	"rules": {
		"de":  {0.80, 0.62, 0.72}, // measured 0.870 0.694 0.791
		"es":  {0.86, 0.48, 0.59}, // measured 0.930 0.556 0.667
		"fr":  {0.88, 0.43, 0.56}, // measured 0.957 0.506 0.636
		"pl":  {0.81, 0.54, 0.65}, // measured 0.881 0.614 0.727
		"all": {0.88, 0.57, 0.68}, // measured 0.910 0.604 0.711
	},
}

// mlDoc is one page of the set: its gold document, language and raw dump.
type mlDoc struct {
	Gold corpus.GoldDoc
	Lang string
	Page string
	// Title is the page's on-page headline when the set's gold gives it (a
	// "title" member), for scoring the records' titles.
	Title string
}

// body returns the gold body: the body paragraphs separated by blank lines.
func (d *mlDoc) body() string {
	var b []string
	for _, p := range d.Gold.Paragraphs {
		if p.Label == corpus.Body {
			b = append(b, p.Text)
		}
	}
	return strings.Join(b, "\n\n")
}

// evalDoc is the page as winnow clean sees it: the raw dump, split by the
// pipeline's splitter. Its gold body has the headline (labelled body by the
// taxonomy).
func (d *mlDoc) evalDoc() EvalDoc {
	return EvalDoc{ID: d.Gold.ID, Text: d.Page, Gold: labeled(d.Gold.Paragraphs), GoldBody: d.body()}
}

// load reads the set's gold.jsonl with corpus.ReadGoldFile (which checks
// the labels), the "lang" and "source" members the gold format does not
// carry, and each page's dump.
func (s *checkSet) load(t *testing.T) []mlDoc {
	t.Helper()
	path := filepath.Join(s.dir, "gold.jsonl")
	golds, err := corpus.ReadGoldFile(path)
	require.NoError(t, err)

	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	type extra struct {
		ID     string `json:"id"`
		Lang   string `json:"lang"`
		Source string `json:"source"`
		Title  string `json:"title"`
	}
	var extras []extra
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var e extra
		require.NoError(t, json.Unmarshal(sc.Bytes(), &e))
		extras = append(extras, e)
	}
	require.NoError(t, sc.Err())
	require.Len(t, extras, len(golds))

	docs := make([]mlDoc, len(golds))
	for i, g := range golds {
		e := extras[i]
		require.Equal(t, g.ID, e.ID)
		require.NotEmpty(t, e.Lang, "document %s has no lang", g.ID)
		require.True(t, strings.HasPrefix(g.ID, s.idPrefix), "document %s does not start with %s", g.ID, s.idPrefix)
		require.Equal(t, "pages/"+strings.TrimPrefix(g.ID, s.idPrefix)+".txt", e.Source, "document %s", g.ID)
		page, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(e.Source)))
		require.NoError(t, err)
		docs[i] = mlDoc{Gold: g, Lang: e.Lang, Page: string(page), Title: e.Title}
	}
	return docs
}

// mlLangs returns the set's languages: the required ones first, then the
// others in order of appearance.
func mlLangs(docs []mlDoc) []string {
	var langs []string
	for _, l := range []string{"de", "es", "fr", "pl", "zh"} {
		if slices.ContainsFunc(docs, func(d mlDoc) bool { return d.Lang == l }) {
			langs = append(langs, l)
		}
	}
	for _, d := range docs {
		if !slices.Contains(langs, d.Lang) {
			langs = append(langs, d.Lang)
		}
	}
	return langs
}

func TestMultilingualSetSplitsAsGold(t *testing.T) {
	for _, set := range checkSets {
		t.Run(set.name, func(t *testing.T) {
			testSetSplitsAsGold(t, &set)
		})
	}
}

func testSetSplitsAsGold(t *testing.T, set *checkSet) {
	docs := set.load(t)

	t.Run("coverage", func(t *testing.T) {
		pages := map[string]int{}
		ids := map[string]bool{}
		for _, d := range docs {
			pages[d.Lang]++
			assert.False(t, ids[d.Gold.ID], "duplicate id %s", d.Gold.ID)
			ids[d.Gold.ID] = true
			// "cjk-zhtw-1" is Chinese too (traditional characters); a set of
			// one language named after it ("en-forum") needs no second code.
			prefix := set.idPrefix + d.Lang
			assert.True(t, strings.HasPrefix(d.Gold.ID, prefix+"-") || d.Lang == "zh" && strings.HasPrefix(d.Gold.ID, prefix+"tw-") || set.idPrefix == d.Lang+"-",
				"id %s does not match lang %s", d.Gold.ID, d.Lang)
		}
		for lang, n := range set.minPages {
			assert.GreaterOrEqual(t, pages[lang], n, "pages in %s", lang)
		}
		assert.GreaterOrEqual(t, len(docs), set.minDocs)
	})

	for _, d := range docs {
		t.Run(d.Gold.ID, func(t *testing.T) {
			gold := make([]string, len(d.Gold.Paragraphs))
			labels := map[corpus.Label]int{}
			firstBody := -1
			for i, p := range d.Gold.Paragraphs {
				gold[i] = p.Text
				labels[p.Label]++
				if p.Label == corpus.Body && firstBody < 0 {
					firstBody = i
				}
			}
			// Every page is a scraped page: an article with furniture.
			minBody := 6
			if set.minBody > 0 {
				minBody = set.minBody
			}
			assert.GreaterOrEqual(t, labels[corpus.Body], minBody, "body paragraphs")
			if set.everyPageBio {
				assert.Positive(t, labels[corpus.Bio], "bio paragraphs")
			}
			assert.Positive(t, labels[corpus.Chrome], "chrome paragraphs")
			if set.extracts {
				// An article extract: the headline within the first two
				// paragraphs (after a kicker or date line at most), a
				// seeds-like length and share of body.
				n := len(d.Gold.Paragraphs)
				assert.Less(t, firstBody, 2, "first body paragraph")
				assert.GreaterOrEqual(t, n, 10, "paragraphs")
				assert.LessOrEqual(t, n, 45, "paragraphs")
				assert.GreaterOrEqual(t, 3*labels[corpus.Body], n, "body share ≥ 1/3")
				assert.LessOrEqual(t, 3*labels[corpus.Body], 2*n, "body share ≤ 2/3")
			}

			// The raw dump, split as winnow clean splits it, yields exactly
			// the gold paragraphs in order.
			got := paragraphTexts(Paragraphs(d.Page))
			require.Equal(t, gold, got, "split of %s", d.Gold.ID)

			// So does the text winnow eval --gold builds from the gold file
			// (paragraphs separated by blank lines).
			ev := EvalDocsFromGold([]corpus.GoldDoc{d.Gold})[0]
			require.Equal(t, gold, paragraphTexts(ev.paragraphs()), "split of the gold text of %s", d.Gold.ID)
		})
	}
}

func paragraphTexts(ps []corpus.Paragraph) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

// mlFloor is a regression floor for one classifier on one language, set
// below the scores measured when the set was made (docs/multilingual.md).
type mlFloor struct {
	shingleF1, macroF1, accuracy float64
}

// mlFloors holds the floors per classifier and language ("all" is the whole
// set): body shingle F1, label macro F1 and label accuracy on the raw page
// dumps. Each is the score measured (the rules' at commit 9e95854, the
// model's when it stopped reading words in languages it has too few pages
// of; docs/multilingual.md) less a margin, rounded down:
// 0.03 on the whole set, 0.05 (shingle F1) and 0.07 (macro F1, accuracy) per
// four-page language, 0.10 per one-page language, so that noise from a
// retrained model passes and a real regression on a language fails. Raise
// them when the classifiers improve; never lower them to make a change pass
// without saying so in docs/multilingual.md.
var mlFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.79, 0.53, 0.59}, // measured 0.840 0.608 0.667
		"es":  {0.86, 0.40, 0.60}, // measured 0.914 0.472 0.671
		"fr":  {0.84, 0.36, 0.57}, // measured 0.897 0.526 0.649; macro lowered at 0.885 0.433 0.611 (docs/multilingual.md)
		"pl":  {0.84, 0.46, 0.60}, // measured 0.891 0.534 0.674
		"zh":  {0.79, 0.27, 0.48}, // measured 0.840 0.341 0.558
		"it":  {0.80, 0.52, 0.61}, // measured 0.906 0.629 0.714
		"pt":  {0.83, 0.23, 0.63}, // measured 0.936 0.338 0.737
		"cs":  {0.83, 0.39, 0.55}, // measured 0.933 0.496 0.658
		"ja":  {0.78, 0.33, 0.70}, // measured 0.882 0.435 0.800
		"all": {0.91, 0.73, 0.79}, // measured 0.944 0.769 0.825 after the fixed passes of the fourth session (raised from 0.85 0.48 0.63)
	},
	"rules": {
		"de":  {0.80, 0.35, 0.54}, // measured 0.854 0.424 0.615
		"es":  {0.87, 0.45, 0.57}, // measured 0.924 0.521 0.646
		"fr":  {0.89, 0.39, 0.64}, // measured 0.942 0.468 0.710
		"pl":  {0.85, 0.44, 0.58}, // measured 0.901 0.513 0.652
		"zh":  {0.77, 0.20, 0.51}, // measured 0.823 0.279 0.583
		"it":  {0.84, 0.48, 0.61}, // measured 0.947 0.580 0.714
		"pt":  {0.83, 0.40, 0.68}, // measured 0.937 0.503 0.789
		"cs":  {0.76, 0.34, 0.61}, // measured 0.864 0.443 0.711
		"ja":  {0.78, 0.33, 0.70}, // measured 0.882 0.435 0.800
		"all": {0.86, 0.45, 0.62}, // measured 0.892 0.485 0.658
	},
}

// cjkFloors holds the floors of the Chinese and Japanese page dumps
// (testdata/cjk): the first run's scores (commit after 29259f5, the set's
// only blind run; docs/multilingual.md) less 0.05 per language and 0.03 on
// the whole set, rounded down to 0.01.
var cjkFloors = map[string]map[string]mlFloor{
	"model": {
		"zh":  {0.81, 0.59, 0.67}, // measured 0.861 0.640 0.721
		"ja":  {0.73, 0.56, 0.64}, // measured 0.783 0.610 0.690
		"all": {0.84, 0.73, 0.78}, // measured 0.870 0.764 0.817 after the fixed passes of the fourth session (raised from 0.80 0.61 0.68)
	},
	"rules": {
		"zh":  {0.78, 0.24, 0.57}, // measured 0.837 0.298 0.623
		"ja":  {0.72, 0.21, 0.51}, // measured 0.779 0.268 0.562
		"all": {0.78, 0.25, 0.57}, // measured 0.819 0.288 0.602
	},
}

// namedClassifier is a classifier with the name its floors are kept under.
type namedClassifier struct {
	name string
	c    classify.Classifier
}

// artFloors holds the floors of the article extracts (testdata/articles),
// measured on the embedded model and rules of the commit that added the set
// (docs/multilingual.md) less a margin, rounded down to 0.01: 0.03 on the
// whole set, 0.07 per four-page language and 0.10 per one-page language, on
// all three scores.
var artFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.75, 0.53, 0.58}, // measured 0.826 0.609 0.653
		"es":  {0.86, 0.53, 0.61}, // measured 0.938 0.601 0.688
		"fr":  {0.78, 0.45, 0.48}, // measured 0.859 0.526 0.556
		"pl":  {0.86, 0.58, 0.69}, // measured 0.935 0.652 0.763
		"zh":  {0.59, 0.22, 0.39}, // measured 0.668 0.296 0.463
		"it":  {0.55, 0.27, 0.35}, // measured 0.658 0.372 0.452
		"pt":  {0.81, 0.57, 0.58}, // measured 0.918 0.675 0.684
		"nl":  {0.81, 0.23, 0.42}, // measured 0.912 0.333 0.524
		"ja":  {0.70, 0.43, 0.55}, // measured 0.806 0.533 0.650
		"all": {0.93, 0.77, 0.82}, // measured 0.965 0.803 0.858 after the fixed passes of the fourth session (raised from 0.81 0.52 0.58)
	},
	"rules": {
		"de":  {0.83, 0.39, 0.47}, // measured 0.903 0.468 0.547
		"es":  {0.83, 0.43, 0.52}, // measured 0.906 0.500 0.594
		"fr":  {0.83, 0.41, 0.55}, // measured 0.902 0.482 0.626
		"pl":  {0.81, 0.48, 0.55}, // measured 0.880 0.555 0.624
		"zh":  {0.70, 0.17, 0.44}, // measured 0.774 0.247 0.512
		"it":  {0.76, 0.32, 0.38}, // measured 0.865 0.424 0.484
		"pt":  {0.84, 0.74, 0.74}, // measured 0.944 0.842 0.842
		"nl":  {0.83, 0.14, 0.37}, // measured 0.937 0.246 0.476
		"ja":  {0.71, 0.22, 0.45}, // measured 0.817 0.324 0.550
		"all": {0.84, 0.46, 0.55}, // measured 0.877 0.497 0.581
	},
}

func TestMultilingualClassifiers(t *testing.T) {
	model, err := classify.DefaultModel()
	require.NoError(t, err)
	rules, err := classify.DefaultRules()
	require.NoError(t, err)
	classifiers := []namedClassifier{{"model", model}, {"rules", rules}}

	for _, set := range checkSets {
		t.Run(set.name, func(t *testing.T) {
			if set.pending {
				t.Skipf("%s is a blind set not yet scored (pending): no classifier runs on it before its one scoring run", set.name)
			}
			// The set is held out: the model was never trained on it.
			for _, k := range model.Info.Pages {
				require.False(t, strings.HasPrefix(k, set.idPrefix), "the default model was trained on %s", k)
			}
			testSetClassifiers(t, &set, classifiers)
		})
	}
}

func testSetClassifiers(t *testing.T, set *checkSet, classifiers []namedClassifier) {
	docs := set.load(t)
	langs := append(mlLangs(docs), "all")
	ctx := context.Background()

	// Two layouts of the same pages: "page" is the raw dump as winnow clean
	// reads it (scored against the floors); "gold" is the text winnow eval
	// --gold builds from gold.jsonl, every paragraph its own blank-line block
	// (logged only: it shows what the layout alone changes).
	layouts := []struct {
		name  string
		docs  func(d *mlDoc) EvalDoc
		floor bool
	}{
		{"page", (*mlDoc).evalDoc, true},
		{"gold", func(d *mlDoc) EvalDoc { return EvalDocsFromGold([]corpus.GoldDoc{d.Gold})[0] }, false},
	}

	var table strings.Builder
	fmt.Fprintf(&table, "%-6s %-6s %-5s %5s %6s | %6s %6s %6s | %6s %6s\n", "layout", "clf", "lang", "pages", "paras", "sh P", "sh R", "sh F1", "macro", "acc")
	for _, layout := range layouts {
		for _, c := range classifiers {
			for _, lang := range langs {
				var pages []EvalDoc
				for i := range docs {
					if lang == "all" || docs[i].Lang == lang {
						pages = append(pages, layout.docs(&docs[i]))
					}
				}
				r, err := Evaluate(ctx, pages, ClassifierLabeler{N: c.name, C: c.c})
				require.NoError(t, err)
				// Every gold paragraph was paired with exactly one prediction.
				require.Zero(t, r.Labels.Coverage.Missing, "%s %s", c.name, lang)
				require.Zero(t, r.Labels.Coverage.Extra, "%s %s", c.name, lang)
				fmt.Fprintf(&table, "%-6s %-6s %-5s %5d %6d | %6.3f %6.3f %6.3f | %6.3f %6.3f\n",
					layout.name, c.name, lang, len(pages), r.Labels.Total,
					r.Shingle.Precision, r.Shingle.Recall, r.Shingle.F1, r.Labels.MacroF1, r.Labels.Accuracy)
				if !layout.floor {
					continue
				}
				if lang == "all" {
					t.Logf("%s on all %d raw pages of %s:\n%s", c.name, len(pages), set.name, r.Confusion())
				}
				floor, ok := set.floors[c.name][lang]
				if !assert.True(t, ok, "no floor for %s %s", c.name, lang) {
					continue
				}
				assert.GreaterOrEqual(t, r.Shingle.F1, floor.shingleF1, "%s %s body shingle F1", c.name, lang)
				assert.GreaterOrEqual(t, r.Labels.MacroF1, floor.macroF1, "%s %s label macro F1", c.name, lang)
				assert.GreaterOrEqual(t, r.Labels.Accuracy, floor.accuracy, "%s %s label accuracy", c.name, lang)
			}
		}
	}
	t.Logf("%s check set (page: raw pages as winnow clean reads them; gold: the text winnow eval --gold builds):\n%s", set.name, table.String())
	for _, c := range classifiers {
		ts, ok := scoreSetTitles(docs, c.c)
		if !ok {
			break // the set's gold gives no titles
		}
		t.Logf("%s titles (filter.Headline on %s's labels): found on %d of %d pages, %d exactly the gold headline (precision %.3f, recall %.3f)",
			set.name, c.name, ts.Found, ts.Pages, ts.Match, ts.Precision(), ts.Recall())
		if floor, ok := set.titleFloors[c.name]; ok {
			assert.GreaterOrEqual(t, ts.Recall(), floor, "%s title recall", c.name)
		}
	}
}

// scoreSetTitles runs the classifier and filter.Headline on every page of a
// set whose gold gives the headline ("title") and counts the headlines found
// and those that are the gold headline word for word (case and spacing
// aside). ok is false when no page has a gold title.
func scoreSetTitles(docs []mlDoc, c classify.Classifier) (s TitleScore, ok bool) {
	for i := range docs {
		d := &docs[i]
		if d.Title == "" {
			continue
		}
		s.Pages++
		paras := Paragraphs(d.Page)
		for j, l := range c.Classify(paras) {
			paras[j].Label = l.Label
		}
		h, _ := filter.Headline(paras, "")
		if h < 0 {
			continue
		}
		s.Found++
		if strings.EqualFold(strings.Join(strings.Fields(paras[h].Text), " "), strings.Join(strings.Fields(d.Title), " ")) {
			s.Match++
		}
	}
	return s, s.Pages > 0
}

// xiFloors holds the floors of the set of page dumps in the html-text
// layout, the page's <title> line first (testdata/xi), written blind to the
// classifiers on 2026-12-02 and scored once, with the seventh session's
// final classifiers (e844b17): the scores of that run, less 0.03 on the
// whole set, 0.06 for the three Chinese pages and 0.07 per three-page
// language, rounded down to 0.01 (docs/multilingual.md).
var xiFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.86, 0.82, 0.85}, // measured 0.934 0.898 0.922
		"es":  {0.89, 0.77, 0.84}, // measured 0.967 0.849 0.916
		"fr":  {0.88, 0.83, 0.86}, // measured 0.952 0.908 0.936
		"pl":  {0.90, 0.84, 0.87}, // measured 0.972 0.912 0.940
		"zh":  {0.92, 0.85, 0.88}, // measured 0.980 0.919 0.945
		"all": {0.93, 0.86, 0.90}, // measured 0.962 0.897 0.932
	},
	"rules": {
		"de":  {0.82, 0.68, 0.76}, // measured 0.897 0.758 0.839
		"es":  {0.86, 0.57, 0.74}, // measured 0.932 0.641 0.818
		"fr":  {0.83, 0.75, 0.79}, // measured 0.907 0.820 0.860
		"pl":  {0.83, 0.66, 0.76}, // measured 0.903 0.732 0.833
		"zh":  {0.88, 0.27, 0.62}, // measured 0.945 0.332 0.685
		"all": {0.88, 0.66, 0.78}, // measured 0.918 0.695 0.811
	},
}

// xjFloors holds the floors of the set of page dumps in the html-text
// layout in eight languages (testdata/xj), written blind to the classifiers
// on 2026-12-02 by a helper and scored once, with the eighth session's final
// classifiers (8349f1f): the scores of that run, less 0.03 on the whole set,
// 0.06 for the four English pages, 0.08 per two-page language and 0.10 per
// one-page language, rounded down to 0.01 (docs/multilingual.md). Its titles
// (the gold's on-page headlines): the model's labels found all 16 exactly,
// the rules' 13 (xjTitleFloors).
var xjFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.81, 0.66, 0.77}, // measured 0.892 0.742 0.851
		"es":  {0.84, 0.78, 0.82}, // measured 0.928 0.867 0.904
		"fr":  {0.82, 0.75, 0.79}, // measured 0.900 0.830 0.875
		"pl":  {0.85, 0.80, 0.83}, // measured 0.932 0.881 0.913
		"zh":  {0.84, 0.82, 0.86}, // measured 0.922 0.903 0.948
		"it":  {0.86, 0.87, 0.86}, // measured 0.967 0.974 0.967
		"pt":  {0.71, 0.56, 0.61}, // measured 0.817 0.660 0.714
		"en":  {0.84, 0.73, 0.77}, // measured 0.904 0.791 0.832
		"all": {0.88, 0.78, 0.84}, // measured 0.910 0.819 0.872
	},
	"rules": {
		"de":  {0.72, 0.48, 0.63}, // measured 0.807 0.563 0.719
		"es":  {0.76, 0.60, 0.71}, // measured 0.843 0.685 0.791
		"fr":  {0.77, 0.67, 0.74}, // measured 0.858 0.754 0.820
		"pl":  {0.72, 0.59, 0.68}, // measured 0.803 0.671 0.762
		"zh":  {0.70, 0.23, 0.53}, // measured 0.781 0.316 0.612
		"it":  {0.77, 0.52, 0.70}, // measured 0.876 0.627 0.803
		"pt":  {0.68, 0.43, 0.58}, // measured 0.784 0.537 0.683
		"en":  {0.76, 0.62, 0.67}, // measured 0.820 0.680 0.736
		"all": {0.79, 0.60, 0.71}, // measured 0.825 0.636 0.741
	},
}

// xjTitleFloors holds the floors of xj's title recall (the share of pages
// whose gold headline filter.Headline found exactly): measured 1.000 with
// the model's labels and 0.812 with the rules', less 0.1 (two pages).
var xjTitleFloors = map[string]float64{"model": 0.90, "rules": 0.71}

// xkFloors holds the floors of the second set of page dumps in the
// html-text layout made for the weak labels (testdata/xk), written blind to
// the classifiers on 2026-12-02 by a helper and scored once, with the
// classifiers of 8e54e96: the scores of that run, less 0.03 on the whole
// set, 0.06 for the four English pages and 0.08 per two-page language,
// rounded down to 0.01 (docs/multilingual.md). Its titles: the model's
// labels found all 14 exactly, the rules' 13 (xkTitleFloors).
var xkFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.83, 0.76, 0.82}, // measured 0.910 0.846 0.907
		"es":  {0.78, 0.77, 0.82}, // measured 0.865 0.856 0.904
		"fr":  {0.86, 0.70, 0.75}, // measured 0.940 0.786 0.839
		"pl":  {0.83, 0.83, 0.86}, // measured 0.911 0.911 0.940
		"zh":  {0.67, 0.75, 0.77}, // measured 0.751 0.831 0.856
		"en":  {0.82, 0.69, 0.73}, // measured 0.881 0.758 0.790
		"all": {0.85, 0.79, 0.82}, // measured 0.881 0.820 0.857
	},
	"rules": {
		"de":  {0.67, 0.56, 0.66}, // measured 0.758 0.644 0.746
		"es":  {0.68, 0.45, 0.55}, // measured 0.765 0.537 0.632
		"fr":  {0.71, 0.45, 0.56}, // measured 0.799 0.538 0.644
		"pl":  {0.70, 0.67, 0.71}, // measured 0.786 0.758 0.793
		"zh":  {0.44, 0.17, 0.38}, // measured 0.529 0.253 0.464
		"en":  {0.74, 0.54, 0.61}, // measured 0.800 0.607 0.674
		"all": {0.72, 0.56, 0.63}, // measured 0.751 0.598 0.660
	},
}

// xkTitleFloors holds the floors of xk's title recall: measured 1.000 with
// the model's labels and 0.929 with the rules', less 0.1.
var xkTitleFloors = map[string]float64{"model": 0.90, "rules": 0.82}

// xmFloors holds the floors of the set of news pages in three crawler
// layouts (testdata/xm), written blind to the classifiers on 2026-12-02 by
// a helper and scored once, with the classifiers of 27965f5 (unchanged in
// the ninth session, which added the set as bf04e5c): the scores of that
// run, less 0.03 on the whole set, 0.06 per three-page language and 0.08
// per two-page language, rounded down to 0.01 (docs/multilingual.md). Its
// titles: the model's labels found 12 of the 16 gold headlines exactly, the
// rules' 7 (xmTitleFloors).
var xmFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.91, 0.77, 0.84}, // measured 0.974 0.836 0.906
		"es":  {0.82, 0.64, 0.73}, // measured 0.907 0.729 0.814
		"fr":  {0.90, 0.74, 0.82}, // measured 0.981 0.826 0.901
		"pl":  {0.72, 0.65, 0.71}, // measured 0.787 0.713 0.771
		"zh":  {0.63, 0.67, 0.71}, // measured 0.698 0.733 0.777
		"en":  {0.93, 0.75, 0.83}, // measured 0.990 0.810 0.893
		"all": {0.85, 0.73, 0.81}, // measured 0.884 0.767 0.843
	},
	"rules": {
		"de":  {0.80, 0.59, 0.67}, // measured 0.866 0.659 0.732
		"es":  {0.78, 0.50, 0.56}, // measured 0.867 0.581 0.640
		"fr":  {0.86, 0.61, 0.73}, // measured 0.945 0.695 0.815
		"pl":  {0.73, 0.53, 0.59}, // measured 0.792 0.596 0.650
		"zh":  {0.60, 0.19, 0.49}, // measured 0.661 0.259 0.553
		"en":  {0.79, 0.71, 0.71}, // measured 0.857 0.771 0.779
		"all": {0.79, 0.59, 0.66}, // measured 0.823 0.625 0.694
	},
}

// xmTitleFloors holds the floors of xm's title recall: measured 0.750 with
// the model's labels and 0.438 with the rules', less 0.1.
var xmTitleFloors = map[string]float64{"model": 0.65, "rules": 0.33}

// xlFloors holds the floors of the set of page dumps in two crawler layouts
// (testdata/xl), written blind to the classifiers on 2026-12-02 by a helper
// and scored first with the classifiers of 27965f5 (the ninth session's
// starting code, whose classifiers that session kept): the scores of that
// run, less 0.03 on the whole set, 0.06 for the three English pages, 0.08
// per two-page language and 0.10 per one-page language, rounded down to
// 0.01 (docs/multilingual.md). Its titles: the model's labels found 12 of
// the 16 gold headlines exactly, the rules' 6 (xlTitleFloors).
var xlFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.79, 0.70, 0.75}, // measured 0.878 0.786 0.833
		"es":  {0.86, 0.75, 0.80}, // measured 0.944 0.830 0.882
		"fr":  {0.79, 0.68, 0.72}, // measured 0.879 0.765 0.800
		"pl":  {0.67, 0.67, 0.70}, // measured 0.754 0.758 0.789
		"zh":  {0.68, 0.76, 0.80}, // measured 0.761 0.849 0.882
		"it":  {0.84, 0.76, 0.83}, // measured 0.943 0.865 0.935
		"pt":  {0.83, 0.80, 0.81}, // measured 0.931 0.909 0.918
		"nl":  {0.90, 0.58, 0.58}, // measured 1.000 0.686 0.689
		"en":  {0.90, 0.89, 0.91}, // measured 0.961 0.950 0.976
		"all": {0.86, 0.80, 0.83}, // measured 0.891 0.831 0.869
	},
	"rules": {
		"de":  {0.75, 0.59, 0.65}, // measured 0.833 0.673 0.735
		"es":  {0.78, 0.58, 0.65}, // measured 0.862 0.664 0.735
		"fr":  {0.73, 0.58, 0.61}, // measured 0.819 0.669 0.691
		"pl":  {0.64, 0.56, 0.61}, // measured 0.725 0.645 0.697
		"zh":  {0.36, 0.12, 0.32}, // measured 0.448 0.201 0.409
		"it":  {0.57, 0.42, 0.57}, // measured 0.671 0.522 0.677
		"pt":  {0.68, 0.35, 0.44}, // measured 0.787 0.453 0.541
		"nl":  {0.68, 0.24, 0.36}, // measured 0.780 0.344 0.467
		"en":  {0.74, 0.64, 0.64}, // measured 0.805 0.700 0.707
		"all": {0.73, 0.56, 0.61}, // measured 0.760 0.599 0.646
	},
}

// xlTitleFloors holds the floors of xl's title recall: measured 0.750 with
// the model's labels and 0.375 with the rules', less 0.1.
var xlTitleFloors = map[string]float64{"model": 0.65, "rules": 0.27}

// xnFloors holds the floors of xn, the blind set of 15 news pages in five
// languages and three layouts (testdata/xn), written blind to the
// classifiers on 2026-12-02 by a helper and scored once, with the ninth
// session's final classifiers (the set added as df335a6): the scores of
// that run, less 0.03 on the whole set and 0.06 per three-page language,
// rounded down to 0.01 (docs/multilingual.md). Its titles: the model's
// labels found 13 of the 15 gold headlines exactly, the rules' 8
// (xnTitleFloors).
var xnFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.90, 0.76, 0.83}, // measured 0.963 0.826 0.897
		"es":  {0.83, 0.77, 0.81}, // measured 0.898 0.835 0.877
		"fr":  {0.87, 0.80, 0.86}, // measured 0.939 0.860 0.924
		"pl":  {0.90, 0.82, 0.85}, // measured 0.965 0.882 0.915
		"zh":  {0.73, 0.78, 0.82}, // measured 0.796 0.846 0.886
		"all": {0.88, 0.82, 0.87}, // measured 0.914 0.851 0.900
	},
	"rules": {
		"de":  {0.86, 0.66, 0.74}, // measured 0.924 0.721 0.802
		"es":  {0.77, 0.53, 0.62}, // measured 0.836 0.594 0.688
		"fr":  {0.81, 0.63, 0.71}, // measured 0.870 0.691 0.771
		"pl":  {0.76, 0.64, 0.67}, // measured 0.829 0.706 0.739
		"zh":  {0.61, 0.21, 0.48}, // measured 0.675 0.271 0.543
		"all": {0.79, 0.59, 0.67}, // measured 0.829 0.625 0.707
	},
}

// xnTitleFloors holds the floors of xn's title recall: measured 0.867 with
// the model's labels and 0.533 with the rules', less 0.1.
var xnTitleFloors = map[string]float64{"model": 0.76, "rules": 0.43}

// xoFloors holds the floors of xo, the blind set of 16 news pages in five
// languages and four crawler layouts (testdata/xo), written blind to the
// classifiers on 2026-12-02 by a helper and scored once, with the tenth
// session's final classifiers (a3276a4; the session's starting code,
// 50211bc, scored it 0.900, macro 0.821): the scores of that run, less 0.03
// on the whole set and 0.06 per language, rounded down to 0.01
// (docs/multilingual.md). Its titles: the model's labels found 14 of the 16
// gold headlines exactly, the rules' 7 (xoTitleFloors).
var xoFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.89, 0.78, 0.81}, // measured 0.955 0.841 0.871
		"es":  {0.82, 0.80, 0.82}, // measured 0.886 0.864 0.880
		"fr":  {0.84, 0.78, 0.81}, // measured 0.908 0.841 0.877
		"pl":  {0.88, 0.86, 0.87}, // measured 0.942 0.924 0.933
		"zh":  {0.81, 0.86, 0.86}, // measured 0.875 0.924 0.925
		"all": {0.88, 0.85, 0.87}, // measured 0.912 0.881 0.900
	},
	"rules": {
		"de":  {0.79, 0.57, 0.64}, // measured 0.857 0.635 0.700
		"es":  {0.76, 0.59, 0.61}, // measured 0.827 0.657 0.676
		"fr":  {0.71, 0.65, 0.63}, // measured 0.770 0.711 0.697
		"pl":  {0.73, 0.62, 0.67}, // measured 0.794 0.683 0.739
		"zh":  {0.53, 0.19, 0.44}, // measured 0.591 0.250 0.503
		"all": {0.72, 0.55, 0.61}, // measured 0.757 0.587 0.649
	},
}

// xoTitleFloors: the title recall of xo's run (model 14 of 16, rules 7 of
// 16) less 0.1, rounded down.
var xoTitleFloors = map[string]float64{"model": 0.77, "rules": 0.33}

// xpFloors holds the floors of xp, the blind set of 16 news pages in five
// languages and four crawler layouts (testdata/xp: html-text, Markdown,
// WET, reader extracts), written blind to the classifiers by a helper in
// the tenth session of 2026-12-02 and scored once, with the eleventh
// session's final classifiers: the scores of that run less 0.03 on the whole
// set and 0.06 per language, rounded down to 0.01. The session's starting
// code (66377c5) scored 0.832, macro 0.796 (Markdown pages 0.504, WET 0.869,
// html-text 0.940, reader extracts 0.985); the final code 0.912, macro 0.888
// (Markdown 0.777, WET 0.877 with macro 0.939 -> 0.865, html-text 0.968,
// reader extracts 0.985). The model found 13 of 16 gold headlines exactly,
// the rules 6 (xpTitleFloors).
var xpFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.82, 0.82, 0.83}, // measured 0.889 0.889 0.897
		"es":  {0.74, 0.77, 0.79}, // measured 0.801 0.835 0.856
		"fr":  {0.90, 0.80, 0.83}, // measured 0.967 0.870 0.895
		"pl":  {0.93, 0.90, 0.91}, // measured 1.000 0.965 0.978
		"zh":  {0.82, 0.83, 0.84}, // measured 0.884 0.895 0.907
		"all": {0.88, 0.85, 0.87}, // measured 0.912 0.888 0.903
	},
	"rules": {
		"de":  {0.72, 0.44, 0.56}, // measured 0.788 0.508 0.628
		"es":  {0.79, 0.59, 0.66}, // measured 0.851 0.658 0.722
		"fr":  {0.84, 0.61, 0.66}, // measured 0.907 0.671 0.730
		"pl":  {0.81, 0.60, 0.66}, // measured 0.873 0.670 0.727
		"zh":  {0.69, 0.22, 0.48}, // measured 0.751 0.283 0.544
		"all": {0.80, 0.55, 0.63}, // measured 0.831 0.587 0.665
	},
}

// xpTitleFloors: the title recall of xp's run (model 13 of 16, rules 6 of
// 16), less 0.1.
var xpTitleFloors = map[string]float64{"model": 0.71, "rules": 0.27}

// xqFloors holds the floors of xq, the blind set of 16 news pages in five
// languages and four crawler layouts (testdata/xq: html-text, WET, whole-page
// Markdown, lynx -dump), written blind to the classifiers by a helper in the
// eleventh session of 2026-12-02, landed pending and scored once at the
// start of the twelfth session with the classifiers of d257373: the scores
// of that run less 0.03 on the whole set and 0.06 per language, rounded
// down to 0.01. By layout (model body F1 / macro F1): html-text 0.843 /
// 0.883, WET 0.983 / 0.940, Markdown 0.959 / 0.921, lynx 0.746 / 0.558.
// The model found 8 of 16 gold headlines exactly, the rules 2
// (xqTitleFloors).
var xqFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.83, 0.74, 0.71}, // measured 0.894 0.805 0.776
		"es":  {0.77, 0.80, 0.83}, // measured 0.834 0.868 0.893
		"fr":  {0.88, 0.72, 0.67}, // measured 0.943 0.789 0.739
		"pl":  {0.91, 0.71, 0.68}, // measured 0.974 0.778 0.750
		"zh":  {0.76, 0.78, 0.77}, // measured 0.829 0.841 0.834
		"all": {0.86, 0.77, 0.76}, // measured 0.894 0.804 0.798
	},
	"rules": {
		"de":  {0.76, 0.58, 0.71}, // measured 0.825 0.646 0.776
		"es":  {0.72, 0.61, 0.66}, // measured 0.790 0.677 0.722
		"fr":  {0.74, 0.52, 0.51}, // measured 0.805 0.583 0.578
		"pl":  {0.76, 0.49, 0.50}, // measured 0.830 0.560 0.570
		"zh":  {0.71, 0.21, 0.53}, // measured 0.775 0.280 0.591
		"all": {0.77, 0.53, 0.61}, // measured 0.807 0.568 0.646
	},
}

// xqTitleFloors: the title recall of xq's run (model 8 of 16, rules 2 of
// 16), less 0.1.
var xqTitleFloors = map[string]float64{"model": 0.39, "rules": 0.02}

// xrFloors holds the floors of xr, the blind set of 16 news pages in five
// languages written as HTML and converted by real tools (testdata/xr: lynx
// -dump, w3m -dump, pandoc -t plain and a WET-like script), written by a
// helper in the twelfth session of 2026-12-02 and scored once, with that
// session's final classifiers (4fa7f1a): the scores of that run less 0.03 on
// the whole set and 0.06 per language, rounded down to 0.01. The session's
// starting code (d257373) scored 0.853, macro 0.719 (lynx pages 0.808 /
// 0.588, w3m 0.742 / 0.689, pandoc 0.944 / 0.769, WET 0.883 / 0.906); the
// final code 0.869, macro 0.804 (lynx 0.902 / 0.844, w3m 0.734 / 0.688,
// pandoc and WET the same). Titles: the model found 5 of 16 gold headlines
// exactly (3 at the start), the rules 3 (xrTitleFloors).
var xrFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.70, 0.70, 0.75}, // measured 0.770 0.769 0.811
		"es":  {0.86, 0.73, 0.80}, // measured 0.930 0.796 0.867
		"fr":  {0.86, 0.73, 0.75}, // measured 0.927 0.792 0.811
		"pl":  {0.87, 0.83, 0.83}, // measured 0.934 0.895 0.900
		"zh":  {0.72, 0.73, 0.77}, // measured 0.789 0.796 0.831
		"all": {0.83, 0.77, 0.81}, // measured 0.869 0.804 0.842
	},
	"rules": {
		"de":  {0.69, 0.38, 0.45}, // measured 0.756 0.445 0.513
		"es":  {0.77, 0.48, 0.53}, // measured 0.840 0.541 0.592
		"fr":  {0.77, 0.41, 0.47}, // measured 0.840 0.472 0.532
		"pl":  {0.79, 0.54, 0.64}, // measured 0.854 0.606 0.705
		"zh":  {0.66, 0.20, 0.46}, // measured 0.724 0.263 0.529
		"all": {0.77, 0.44, 0.53}, // measured 0.801 0.475 0.568
	},
}

// xrTitleFloors: the title recall of xr's run (model 5 of 16, rules 3 of
// 16), less 0.1.
var xrTitleFloors = map[string]float64{"model": 0.21, "rules": 0.08}

// xsFloors holds the floors of xs, the blind set of 16 news pages in five
// languages written as HTML and printed by ELinks, Links, Debian's
// html2text or a leaky reader extract (testdata/xs), written by a helper in
// the twelfth session of 2026-12-02 and scored once at the start of the
// thirteenth with the classifiers of 654915b: the scores of that run less
// 0.03 on the whole set and 0.06 per language, rounded down to 0.01. By
// layout (model body F1 / macro F1): ELinks 0.925 / 0.875, Links 0.871 /
// 0.812, html2text 0.379 / 0.591, reader 0.877 / 0.840. Titles: the model
// found 8 of 16 gold headlines exactly, the rules none (xsTitleFloors).
var xsFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.88, 0.80, 0.85}, // measured 0.942 0.867 0.919
		"es":  {0.65, 0.71, 0.71}, // measured 0.719 0.772 0.780
		"fr":  {0.75, 0.75, 0.76}, // measured 0.819 0.815 0.829
		"pl":  {0.60, 0.64, 0.70}, // measured 0.664 0.704 0.767
		"zh":  {0.64, 0.72, 0.72}, // measured 0.702 0.787 0.790
		"all": {0.73, 0.76, 0.78}, // measured 0.767 0.794 0.818
	},
	"rules": {
		"de":  {0.60, 0.35, 0.43}, // measured 0.664 0.412 0.495
		"es":  {0.61, 0.32, 0.36}, // measured 0.680 0.382 0.424
		"fr":  {0.62, 0.49, 0.50}, // measured 0.686 0.553 0.561
		"pl":  {0.55, 0.38, 0.42}, // measured 0.613 0.450 0.483
		"zh":  {0.48, 0.16, 0.42}, // measured 0.546 0.230 0.489
		"all": {0.60, 0.39, 0.45}, // measured 0.633 0.423 0.489
	},
}

// xsTitleFloors: the title recall of xs's run (model 8 of 16, rules 0 of
// 16), less 0.1 (the rules' floor is zero).
var xsTitleFloors = map[string]float64{"model": 0.39, "rules": 0}

// xtFloors holds the floors of xt, the blind set of 16 news pages in five
// languages written as HTML and turned into text by html-to-text (npm),
// Python's html2text, Mozilla Readability's textContent or BeautifulSoup's
// get_text() (testdata/xt), written by a helper in the thirteenth session
// of 2026-12-02 and scored once during it, with the session's code at
// 496ed09 and at its start (2ff56bc): the same scores, less 0.03 on the
// whole set and 0.06 per language, rounded down to 0.01. By layout (model
// body F1 / macro F1): html-to-text 0.660 / 0.649, Python html2text 0.674 /
// 0.735, Readability 0.981 / 0.713, BeautifulSoup 0.966 / 0.854. Titles:
// the model found 11 of 16 gold headlines exactly, the rules 4
// (xtTitleFloors).
var xtFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.67, 0.67, 0.65}, // measured 0.733 0.731 0.714
		"es":  {0.86, 0.76, 0.77}, // measured 0.923 0.830 0.833
		"fr":  {0.87, 0.70, 0.77}, // measured 0.938 0.770 0.833
		"pl":  {0.76, 0.65, 0.66}, // measured 0.827 0.720 0.721
		"zh":  {0.66, 0.74, 0.78}, // measured 0.722 0.805 0.845
		"all": {0.79, 0.73, 0.75}, // measured 0.824 0.770 0.790
	},
	"rules": {
		"de":  {0.72, 0.58, 0.62}, // measured 0.787 0.642 0.684
		"es":  {0.83, 0.59, 0.67}, // measured 0.900 0.651 0.738
		"fr":  {0.80, 0.43, 0.60}, // measured 0.864 0.493 0.667
		"pl":  {0.77, 0.48, 0.52}, // measured 0.831 0.542 0.587
		"zh":  {0.58, 0.19, 0.46}, // measured 0.647 0.255 0.522
		"all": {0.76, 0.51, 0.60}, // measured 0.799 0.544 0.636
	},
}

// xtTitleFloors: the title recall of xt's run (model 11 of 16, rules 4 of
// 16), less 0.1.
var xtTitleFloors = map[string]float64{"model": 0.58, "rules": 0.14}

// xuFloors holds the floors of xu, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Italian, Portuguese, Dutch,
// Russian) written as HTML and turned into text by html-text's
// extract_text, readability-lxml, the Mercury parser or node-html-markdown
// (testdata/xu), written by a helper in the thirteenth session of
// 2026-12-02 and scored once at its end, with the session's final
// classifiers (98cfa53): the scores of that run less 0.03 on the whole set
// and 0.06 per language, rounded down to 0.01. The session's starting code
// (2ff56bc) scored 0.973, macro 0.854. By layout (model body F1 / macro
// F1): html-text 0.973 / 0.831, readability-lxml 0.988 / 0.947, Mercury
// 0.988 / 0.877, node-html-markdown 0.950 / 0.814. Titles: the model found
// 16 of 20 gold headlines exactly, the rules 7 (xuTitleFloors).
var xuFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.92, 0.79, 0.87}, // measured 0.988 0.855 0.938
		"es":  {0.92, 0.84, 0.89}, // measured 0.990 0.907 0.952
		"fr":  {0.92, 0.81, 0.86}, // measured 0.987 0.871 0.925
		"pl":  {0.88, 0.71, 0.76}, // measured 0.944 0.771 0.830
		"zh":  {0.90, 0.82, 0.86}, // measured 0.963 0.883 0.926
		"it":  {0.91, 0.82, 0.89}, // measured 0.976 0.881 0.951
		"pt":  {0.93, 0.85, 0.91}, // measured 1.000 0.914 0.975
		"nl":  {0.92, 0.82, 0.89}, // measured 0.985 0.882 0.953
		"ru":  {0.89, 0.50, 0.81}, // measured 0.955 0.569 0.878
		"all": {0.94, 0.82, 0.88}, // measured 0.975 0.858 0.920
	},
	"rules": {
		"de":  {0.76, 0.47, 0.54}, // measured 0.828 0.539 0.603
		"es":  {0.83, 0.47, 0.66}, // measured 0.896 0.532 0.721
		"fr":  {0.84, 0.62, 0.69}, // measured 0.903 0.681 0.754
		"pl":  {0.84, 0.46, 0.59}, // measured 0.901 0.522 0.660
		"zh":  {0.74, 0.24, 0.57}, // measured 0.810 0.301 0.640
		"it":  {0.86, 0.39, 0.71}, // measured 0.924 0.453 0.780
		"pt":  {0.90, 0.59, 0.78}, // measured 0.962 0.651 0.850
		"nl":  {0.87, 0.38, 0.73}, // measured 0.936 0.446 0.791
		"ru":  {0.90, 0.49, 0.79}, // measured 0.962 0.551 0.854
		"all": {0.85, 0.49, 0.66}, // measured 0.882 0.524 0.692
	},
}

// xuTitleFloors: the title recall of xu's run (model 16 of 20, rules 7 of
// 20), less 0.1.
var xuTitleFloors = map[string]float64{"model": 0.69, "rules": 0.24}

// xvFloors holds the floors of xv, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Italian, Czech, Swedish,
// Japanese) written as HTML and turned into text by pandoc's Markdown,
// Readability with turndown, lynx -dump -nolist or a title line and w3m
// -dump (testdata/xv), written by a helper at the end of the thirteenth
// session of 2026-12-02 and scored once at the start of the fourteenth,
// with the classifiers of 3908ac3: the scores of that run less 0.03 on the
// whole set and 0.06 per language, rounded down to 0.01. By layout (model
// body F1 / macro F1): pandoc Markdown 0.935 / 0.787, Readability +
// turndown 0.958 / 0.696, lynx -nolist 0.968 / 0.751, w3m 0.927 / 0.774.
// Titles: the model found 15 of 20 gold headlines exactly, the rules 7
// (xvTitleFloors).
var xvFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.81, 0.73, 0.80}, // measured 0.878 0.798 0.867
		"es":  {0.93, 0.75, 0.82}, // measured 0.993 0.816 0.881
		"fr":  {0.86, 0.71, 0.77}, // measured 0.930 0.776 0.832
		"pl":  {0.89, 0.78, 0.82}, // measured 0.955 0.843 0.889
		"zh":  {0.90, 0.69, 0.74}, // measured 0.964 0.753 0.804
		"it":  {0.90, 0.80, 0.87}, // measured 0.964 0.870 0.935
		"cs":  {0.90, 0.56, 0.62}, // measured 0.966 0.626 0.689
		"sv":  {0.89, 0.52, 0.79}, // measured 0.953 0.590 0.857
		"ja":  {0.84, 0.58, 0.72}, // measured 0.902 0.647 0.787
		"all": {0.91, 0.75, 0.81}, // measured 0.947 0.790 0.846
	},
	"rules": {
		"de":  {0.68, 0.50, 0.50}, // measured 0.747 0.563 0.567
		"es":  {0.87, 0.70, 0.76}, // measured 0.932 0.762 0.830
		"fr":  {0.79, 0.61, 0.67}, // measured 0.854 0.671 0.731
		"pl":  {0.74, 0.53, 0.58}, // measured 0.808 0.598 0.648
		"zh":  {0.69, 0.33, 0.55}, // measured 0.757 0.393 0.617
		"it":  {0.81, 0.38, 0.52}, // measured 0.875 0.449 0.587
		"cs":  {0.83, 0.41, 0.52}, // measured 0.894 0.475 0.590
		"sv":  {0.84, 0.45, 0.65}, // measured 0.909 0.512 0.714
		"ja":  {0.65, 0.22, 0.53}, // measured 0.719 0.290 0.596
		"all": {0.79, 0.54, 0.63}, // measured 0.826 0.579 0.661
	},
}

// xvTitleFloors: the title recall of xv's run (model 15 of 20, rules 7 of
// 20), less 0.1.
var xvTitleFloors = map[string]float64{"model": 0.64, "rules": 0.24}

// xwFloors holds the floors of xw, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Hungarian, Turkish, Danish,
// Korean) written as HTML and turned into text by pandoc -t gfm,
// html-to-markdown v2, w3m -dump with link numbers and lynx -dump at 200
// columns (testdata/xw), written by a helper in the fourteenth session of
// 2026-12-02 and scored once later in it, with the session's classifiers
// at e7ba7d0: the scores of that run less 0.03 on the whole set
// and 0.06 per language, rounded down to 0.01. The session's starting code
// (3908ac3) scored 0.815, macro 0.675. By layout (model body F1 / macro
// F1): pandoc GFM 0.959 / 0.876, html-to-markdown 0.872 / 0.601, w3m with
// link numbers 0.612 / 0.641, lynx at 200 columns 0.882 / 0.769. Titles:
// the model found 10 of 20 gold headlines exactly, the rules 2
// (xwTitleFloors).
var xwFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.89, 0.83, 0.85}, // measured 0.955 0.900 0.916
		"es":  {0.89, 0.70, 0.81}, // measured 0.953 0.765 0.871
		"fr":  {0.80, 0.64, 0.69}, // measured 0.866 0.708 0.759
		"pl":  {0.71, 0.68, 0.70}, // measured 0.771 0.749 0.763
		"zh":  {0.71, 0.73, 0.76}, // measured 0.780 0.798 0.826
		"hu":  {0.73, 0.34, 0.49}, // measured 0.792 0.403 0.556
		"tr":  {0.68, 0.39, 0.69}, // measured 0.745 0.459 0.753
		"da":  {0.49, 0.24, 0.35}, // measured 0.560 0.308 0.413
		"ko":  {0.75, 0.50, 0.60}, // measured 0.813 0.570 0.667
		"all": {0.81, 0.70, 0.75}, // measured 0.842 0.731 0.787
	},
	"rules": {
		"de":  {0.74, 0.46, 0.62}, // measured 0.804 0.521 0.688
		"es":  {0.82, 0.44, 0.58}, // measured 0.884 0.509 0.647
		"fr":  {0.79, 0.40, 0.50}, // measured 0.851 0.463 0.561
		"pl":  {0.73, 0.55, 0.67}, // measured 0.796 0.615 0.733
		"zh":  {0.65, 0.24, 0.55}, // measured 0.717 0.305 0.618
		"hu":  {0.76, 0.20, 0.45}, // measured 0.829 0.269 0.519
		"tr":  {0.73, 0.23, 0.62}, // measured 0.798 0.300 0.688
		"da":  {0.63, 0.24, 0.60}, // measured 0.694 0.303 0.667
		"ko":  {0.00, 0.12, 0.42}, // measured 0.000 0.186 0.489
		"all": {0.75, 0.45, 0.61}, // measured 0.783 0.489 0.642
	},
}

// xwTitleFloors: the title recall of xw's run (model 10 of 20, rules 2 of
// 20), less 0.1.
var xwTitleFloors = map[string]float64{"model": 0.39, "rules": 0.0}

// xxFloors holds the floors of xx, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Romanian, Ukrainian, Finnish,
// Greek) written as HTML and turned into text by pandoc -t rst, ELinks
// -dump at 100 columns without references, Links -dump at 120 columns and
// the Go library jaytaylor/html2text (testdata/xx), written by a helper in
// the fourteenth session of 2026-12-02 and scored once at the start of the
// fifteenth, with that session's starting code (4f6a919): the scores of
// that run less 0.03 on the whole set and 0.06 per language, rounded down
// to 0.01. By layout (model body F1 / macro F1): pandoc rst 0.832 / 0.576,
// ELinks 0.916 / 0.735, Links 0.946 / 0.845, jaytaylor/html2text 0.815 /
// 0.548. Titles: the model found 7 of 20 gold headlines exactly, the rules
// 1 (xxTitleFloors).
var xxFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.82, 0.57, 0.66}, // measured 0.889 0.637 0.721
		"es":  {0.86, 0.59, 0.66}, // measured 0.921 0.652 0.721
		"fr":  {0.82, 0.55, 0.59}, // measured 0.887 0.618 0.657
		"pl":  {0.87, 0.67, 0.71}, // measured 0.935 0.732 0.773
		"zh":  {0.72, 0.72, 0.73}, // measured 0.784 0.783 0.797
		"ro":  {0.85, 0.64, 0.68}, // measured 0.913 0.710 0.744
		"uk":  {0.84, 0.56, 0.73}, // measured 0.901 0.623 0.795
		"fi":  {0.84, 0.51, 0.66}, // measured 0.906 0.575 0.729
		"el":  {0.75, 0.43, 0.54}, // measured 0.815 0.498 0.607
		"all": {0.84, 0.66, 0.70}, // measured 0.880 0.691 0.734
	},
	"rules": {
		"de":  {0.79, 0.47, 0.58}, // measured 0.860 0.538 0.645
		"es":  {0.81, 0.49, 0.62}, // measured 0.876 0.560 0.685
		"fr":  {0.86, 0.51, 0.64}, // measured 0.924 0.576 0.703
		"pl":  {0.86, 0.50, 0.60}, // measured 0.926 0.563 0.670
		"zh":  {0.61, 0.17, 0.37}, // measured 0.679 0.231 0.435
		"ro":  {0.78, 0.40, 0.56}, // measured 0.850 0.470 0.628
		"uk":  {0.78, 0.23, 0.58}, // measured 0.843 0.299 0.641
		"fi":  {0.78, 0.21, 0.48}, // measured 0.846 0.277 0.542
		"el":  {0.82, 0.25, 0.43}, // measured 0.885 0.316 0.500
		"all": {0.81, 0.44, 0.57}, // measured 0.846 0.474 0.605
	},
}

// xxTitleFloors: the title recall of xx's run (model 7 of 20, rules 1 of
// 20), less 0.1.
var xxTitleFloors = map[string]float64{"model": 0.24, "rules": 0.0}

// xyFloors holds the floors of xy, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Norwegian, Slovak, Indonesian,
// Vietnamese) written as HTML and turned into text by go-trafilatura (its
// extract, comments and tables kept), goquery's Text() of the body, pandoc
// -t asciidoc and pandoc -t org (testdata/xy), written by a helper in the
// fifteenth session of 2026-12-02 and scored once during it, with its
// code at ddfab83: the scores of that run less 0.03 on the whole set
// and 0.06 per language, rounded down to 0.01. The session's starting code
// (4f6a919) scored 0.915, macro 0.744 (21 labels fewer right, none more).
// By layout (model body F1 / macro F1): go-trafilatura 0.986 / 0.892,
// goquery 0.958 / 0.865, AsciiDoc 0.923 / 0.732, Org 0.807 / 0.573.
// Titles: the model found 11 of 20 gold headlines exactly, the rules 3
// (xyTitleFloors).
var xyFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.87, 0.75, 0.74}, // measured 0.933 0.814 0.802
		"es":  {0.89, 0.71, 0.79}, // measured 0.958 0.776 0.852
		"fr":  {0.89, 0.68, 0.76}, // measured 0.954 0.749 0.825
		"pl":  {0.75, 0.63, 0.62}, // measured 0.812 0.693 0.685
		"zh":  {0.85, 0.75, 0.83}, // measured 0.911 0.814 0.896
		"nb":  {0.90, 0.73, 0.88}, // measured 0.963 0.791 0.947
		"sk":  {0.91, 0.70, 0.78}, // measured 0.973 0.764 0.846
		"id":  {0.85, 0.45, 0.62}, // measured 0.913 0.511 0.689
		"vi":  {0.77, 0.33, 0.54}, // measured 0.834 0.396 0.603
		"all": {0.88, 0.73, 0.77}, // measured 0.918 0.764 0.804
	},
	"rules": {
		"de":  {0.80, 0.62, 0.64}, // measured 0.867 0.687 0.706
		"es":  {0.85, 0.38, 0.56}, // measured 0.917 0.446 0.627
		"fr":  {0.78, 0.53, 0.56}, // measured 0.845 0.593 0.625
		"pl":  {0.59, 0.35, 0.45}, // measured 0.657 0.416 0.511
		"zh":  {0.75, 0.40, 0.71}, // measured 0.820 0.470 0.773
		"nb":  {0.83, 0.30, 0.57}, // measured 0.899 0.369 0.632
		"sk":  {0.80, 0.33, 0.61}, // measured 0.865 0.400 0.673
		"id":  {0.80, 0.24, 0.56}, // measured 0.868 0.301 0.622
		"vi":  {0.68, 0.13, 0.35}, // measured 0.750 0.200 0.414
		"all": {0.79, 0.54, 0.61}, // measured 0.830 0.572 0.646
	},
}

// xyTitleFloors: the title recall of xy's run (model 11 of 20, rules 3 of
// 20), less 0.1.
var xyTitleFloors = map[string]float64{"model": 0.44, "rules": 0.04}

// xzFloors holds the floors of xz, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Italian, Portuguese, Croatian,
// Bulgarian) written as HTML and turned into text by lynx -dump
// -list_inline, github.com/k3a/html2text, the Go port of Readability
// (codeberg.org/readeck/go-readability/v2) and pandoc -t mediawiki
// (testdata/xz), written by a helper in the fifteenth session of 2026-12-02
// and scored once at the start of the sixteenth, with the code of cdbeca8:
// the scores of that run less 0.03 on the whole set and 0.06 per language,
// rounded down to 0.01. By layout (model body F1 / macro F1): lynx
// -list_inline 0.958 / 0.874, k3a/html2text 0.953 / 0.834, go-readability
// 0.980 / 0.805, MediaWiki 0.865 / 0.686. Titles: the model found 11 of 20
// gold headlines exactly, the rules 6 (xzTitleFloors).
var xzFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.86, 0.77, 0.79}, // measured 0.925 0.831 0.856
		"es":  {0.89, 0.77, 0.78}, // measured 0.958 0.835 0.846
		"fr":  {0.89, 0.71, 0.75}, // measured 0.959 0.780 0.820
		"pl":  {0.88, 0.77, 0.79}, // measured 0.948 0.834 0.857
		"zh":  {0.86, 0.79, 0.80}, // measured 0.928 0.857 0.863
		"it":  {0.92, 0.85, 0.87}, // measured 0.985 0.919 0.939
		"pt":  {0.89, 0.68, 0.77}, // measured 0.959 0.748 0.840
		"hr":  {0.88, 0.28, 0.68}, // measured 0.941 0.345 0.750
		"bg":  {0.75, 0.41, 0.59}, // measured 0.814 0.480 0.656
		"all": {0.90, 0.78, 0.80}, // measured 0.939 0.814 0.839
	},
	"rules": {
		"de":  {0.81, 0.62, 0.69}, // measured 0.874 0.681 0.757
		"es":  {0.81, 0.38, 0.49}, // measured 0.877 0.441 0.558
		"fr":  {0.85, 0.69, 0.72}, // measured 0.911 0.755 0.789
		"pl":  {0.87, 0.62, 0.69}, // measured 0.935 0.683 0.754
		"zh":  {0.68, 0.20, 0.39}, // measured 0.748 0.264 0.452
		"it":  {0.87, 0.56, 0.73}, // measured 0.934 0.625 0.796
		"pt":  {0.79, 0.46, 0.49}, // measured 0.855 0.522 0.560
		"hr":  {0.85, 0.15, 0.62}, // measured 0.919 0.212 0.688
		"bg":  {0.81, 0.22, 0.47}, // measured 0.878 0.289 0.531
		"all": {0.83, 0.52, 0.61}, // measured 0.870 0.554 0.648
	},
}

// xzTitleFloors: the title recall of xz's run (model 11 of 20, rules 6 of
// 20), less 0.1.
var xzTitleFloors = map[string]float64{"model": 0.44, "rules": 0.19}

// yaFloors holds the floors of ya, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Catalan, Lithuanian, Slovenian,
// Estonian) written as HTML and turned into text by boilerpipe's
// ArticleExtractor, github.com/mattn/godown, Perl's HTML::FormatText and
// pandoc -t dokuwiki (testdata/ya), written by a helper at the start of the
// sixteenth session of 2026-12-02 and scored once after its last classifier
// change, with the code of edbfc98: the scores of that run less 0.03 on the whole set and 0.06
// per language, rounded down to 0.01. The session's starting code
// (cdbeca8) scored 0.941 / 0.747 on the same gold. By layout (model body
// F1 / macro F1): boilerpipe 0.988 / 0.725, godown 0.938 / 0.823,
// HTML::FormatText 0.914 / 0.708, DokuWiki 0.946 / 0.839. Titles: the
// model found 16 of 20 gold headlines exactly, the rules 0 (yaTitleFloors).
var yaFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.93, 0.90, 0.91}, // measured 1.000 0.964 0.972
		"es":  {0.93, 0.83, 0.86}, // measured 0.992 0.900 0.929
		"fr":  {0.89, 0.74, 0.78}, // measured 0.953 0.801 0.845
		"pl":  {0.84, 0.67, 0.66}, // measured 0.904 0.739 0.727
		"zh":  {0.86, 0.74, 0.80}, // measured 0.929 0.802 0.869
		"ca":  {0.92, 0.37, 0.80}, // measured 0.987 0.439 0.867
		"lt":  {0.75, 0.47, 0.61}, // measured 0.811 0.536 0.676
		"sl":  {0.88, 0.60, 0.67}, // measured 0.942 0.664 0.732
		"et":  {0.83, 0.52, 0.62}, // measured 0.894 0.584 0.689
		"all": {0.91, 0.77, 0.80}, // measured 0.947 0.808 0.834
	},
	"rules": {
		"de":  {0.84, 0.61, 0.67}, // measured 0.902 0.672 0.731
		"es":  {0.81, 0.52, 0.54}, // measured 0.878 0.589 0.606
		"fr":  {0.80, 0.45, 0.55}, // measured 0.869 0.520 0.612
		"pl":  {0.78, 0.36, 0.42}, // measured 0.841 0.424 0.482
		"zh":  {0.62, 0.15, 0.30}, // measured 0.689 0.211 0.369
		"ca":  {0.87, 0.35, 0.67}, // measured 0.938 0.411 0.733
		"lt":  {0.00, 0.03, 0.23}, // measured 0.000 0.092 0.297
		"sl":  {0.77, 0.16, 0.35}, // measured 0.840 0.225 0.415
		"et":  {0.00, 0.02, 0.22}, // measured 0.000 0.090 0.289
		"all": {0.74, 0.40, 0.47}, // measured 0.773 0.438 0.507
	},
}

// yaTitleFloors: the title recall of ya's run (model 16 of 20, rules 0 of
// 20), less 0.1.
var yaTitleFloors = map[string]float64{"model": 0.69, "rules": 0.0}

// ybFloors holds the floors of yb, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Latvian, Serbian, Hungarian,
// Danish) written as HTML and turned into text by pandoc -t textile, npm's
// string-strip-html, go-domdistiller and html-to-markdown v1
// (testdata/yb), written by a helper in the sixteenth session of
// 2026-12-02, landed pending and scored once at the start of the
// seventeenth with the classifiers of 53eecae: the scores of that run less
// 0.03 on the whole set and 0.06 per language, rounded down to 0.01. By
// layout (model body F1 / macro F1): Textile 0.878 / 0.561,
// string-strip-html 0.989 / 0.948, DOM Distiller 0.986 / 0.658,
// html-to-markdown 0.969 / 0.869. Titles: the model found 14 of 20 gold
// headlines exactly, the rules 13 (ybTitleFloors).
var ybFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.91, 0.78, 0.82}, // measured 0.977 0.845 0.888
		"es":  {0.89, 0.68, 0.74}, // measured 0.957 0.746 0.810
		"fr":  {0.89, 0.71, 0.74}, // measured 0.954 0.777 0.801
		"pl":  {0.91, 0.83, 0.86}, // measured 0.980 0.892 0.924
		"zh":  {0.89, 0.77, 0.79}, // measured 0.957 0.837 0.859
		"lv":  {0.74, 0.27, 0.44}, // measured 0.806 0.335 0.507
		"sr":  {0.93, 0.84, 0.86}, // measured 1.000 0.901 0.930
		"hu":  {0.90, 0.52, 0.79}, // measured 0.969 0.584 0.857
		"da":  {0.82, 0.61, 0.62}, // measured 0.890 0.677 0.686
		"all": {0.92, 0.76, 0.80}, // measured 0.957 0.797 0.832
	},
	"rules": {
		"de":  {0.81, 0.56, 0.64}, // measured 0.873 0.621 0.710
		"es":  {0.80, 0.55, 0.65}, // measured 0.869 0.618 0.718
		"fr":  {0.79, 0.40, 0.53}, // measured 0.851 0.463 0.596
		"pl":  {0.86, 0.47, 0.58}, // measured 0.924 0.531 0.649
		"zh":  {0.69, 0.20, 0.41}, // measured 0.754 0.264 0.479
		"lv":  {0.00, 0.13, 0.35}, // measured 0.000 0.196 0.418
		"sr":  {0.86, 0.25, 0.57}, // measured 0.926 0.314 0.634
		"hu":  {0.85, 0.21, 0.65}, // measured 0.916 0.278 0.714
		"da":  {0.72, 0.22, 0.42}, // measured 0.781 0.289 0.490
		"all": {0.80, 0.45, 0.57}, // measured 0.834 0.488 0.606
	},
}

// ybTitleFloors: the title recall of yb's run (model 14 of 20, rules 13 of
// 20), less 0.1.
var ybTitleFloors = map[string]float64{"model": 0.59, "rules": 0.54}

// ycFloors holds the floors of yc, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Arabic, Icelandic, Macedonian,
// Malay) written as HTML and turned into text by pandoc -t jira,
// hast-util-to-text, defuddle and bluemonday's StrictPolicy (testdata/yc),
// written by a helper in the seventeenth session of 2026-12-03 and scored
// once after that session's last classifier change before the run, with
// the code of 65673bd: the scores of that run less 0.03 on the whole set
// and 0.06 per language, rounded down to 0.01. The session's starting
// code (b332c97) scored 0.935 / 0.774 on the same gold. By layout (model
// body F1 / macro F1): Jira 0.931 / 0.804, hast-util-to-text 0.942 /
// 0.817, defuddle 0.967 / 0.754, bluemonday 0.878 / 0.734. Titles: the
// model found 13 of 20 gold headlines exactly, the rules 3
// (ycTitleFloors).
var ycFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.87, 0.75, 0.76}, // measured 0.939 0.812 0.829
		"es":  {0.92, 0.77, 0.84}, // measured 0.989 0.831 0.904
		"fr":  {0.92, 0.82, 0.84}, // measured 0.984 0.889 0.903
		"pl":  {0.91, 0.82, 0.87}, // measured 0.975 0.881 0.936
		"zh":  {0.86, 0.79, 0.85}, // measured 0.928 0.852 0.918
		"ar":  {0.73, 0.45, 0.61}, // measured 0.794 0.518 0.673
		"is":  {0.67, 0.32, 0.49}, // measured 0.738 0.385 0.553
		"mk":  {0.85, 0.38, 0.76}, // measured 0.911 0.443 0.821
		"ms":  {0.65, 0.32, 0.40}, // measured 0.720 0.381 0.461
		"all": {0.90, 0.74, 0.80}, // measured 0.931 0.780 0.832
	},
	"rules": {
		"de":  {0.79, 0.55, 0.64}, // measured 0.858 0.619 0.708
		"es":  {0.82, 0.47, 0.61}, // measured 0.882 0.538 0.674
		"fr":  {0.80, 0.55, 0.59}, // measured 0.868 0.620 0.655
		"pl":  {0.77, 0.36, 0.54}, // measured 0.834 0.422 0.603
		"zh":  {0.65, 0.26, 0.41}, // measured 0.719 0.327 0.473
		"ar":  {0.58, 0.16, 0.42}, // measured 0.646 0.221 0.481
		"is":  {0.00, 0.06, 0.38}, // measured 0.000 0.125 0.447
		"mk":  {0.66, 0.16, 0.36}, // measured 0.730 0.225 0.429
		"ms":  {0.58, 0.09, 0.30}, // measured 0.647 0.158 0.368
		"all": {0.73, 0.47, 0.55}, // measured 0.763 0.501 0.583
	},
}

// ycTitleFloors: the title recall of yc's run (model 13 of 20, rules 3 of
// 20), less 0.1.
var ycTitleFloors = map[string]float64{"model": 0.54, "rules": 0.04}

// ydFloors holds the floors of yd, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Thai, Galician, Albanian,
// Afrikaans) written as HTML and turned into text by pandoc -t muse, Links
// at 60 columns, node-html-parser's structuredText and Ruby's
// reverse_markdown (testdata/yd), written by a helper in the seventeenth
// session of 2026-12-03 and scored once at the start of the eighteenth
// session, before any change, with the code of 525c1e7: the scores of that
// run less 0.03 on the whole set and 0.06 per language, rounded down to
// 0.01. By layout (model body F1 / macro F1): Muse 0.830 / 0.751, Links
// at 60 columns 0.951 / 0.882, node-html-parser 0.933 / 0.810,
// reverse_markdown 0.995 / 0.920. Titles: the model found 16 of 20 gold
// headlines exactly, the rules 5 (ydTitleFloors).
var ydFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.86, 0.81, 0.83}, // measured 0.929 0.877 0.899
		"es":  {0.81, 0.71, 0.75}, // measured 0.879 0.771 0.818
		"fr":  {0.90, 0.76, 0.83}, // measured 0.969 0.828 0.894
		"pl":  {0.89, 0.77, 0.84}, // measured 0.957 0.831 0.908
		"zh":  {0.93, 0.91, 0.92}, // measured 1.000 0.974 0.985
		"th":  {0.37, 0.20, 0.31}, // measured 0.433 0.268 0.377
		"gl":  {0.93, 0.82, 0.82}, // measured 1.000 0.883 0.881
		"sq":  {0.87, 0.68, 0.76}, // measured 0.931 0.750 0.821
		"af":  {0.91, 0.81, 0.83}, // measured 0.980 0.879 0.899
		"all": {0.89, 0.80, 0.84}, // measured 0.929 0.831 0.874
	},
	"rules": {
		"de":  {0.61, 0.38, 0.35}, // measured 0.677 0.446 0.416
		"es":  {0.77, 0.47, 0.60}, // measured 0.836 0.535 0.661
		"fr":  {0.81, 0.58, 0.63}, // measured 0.871 0.642 0.695
		"pl":  {0.77, 0.50, 0.59}, // measured 0.840 0.562 0.652
		"zh":  {0.63, 0.21, 0.45}, // measured 0.698 0.272 0.515
		"th":  {0.75, 0.23, 0.54}, // measured 0.812 0.295 0.604
		"gl":  {0.62, 0.29, 0.26}, // measured 0.690 0.352 0.328
		"sq":  {0.18, 0.07, 0.29}, // measured 0.248 0.140 0.357
		"af":  {0.77, 0.45, 0.72}, // measured 0.837 0.515 0.783
		"all": {0.74, 0.45, 0.52}, // measured 0.771 0.485 0.558
	},
}

// ydTitleFloors: the title recall of yd's run (model 16 of 20, rules 5 of
// 20), less 0.1.
var ydTitleFloors = map[string]float64{"model": 0.69, "rules": 0.14}

// yeFloors holds the floors of ye, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Hebrew, Hindi, Basque, Swahili)
// written as HTML and turned into text by pandoc -t zimwiki, html2wiki's
// Markdown (Perl's HTML::WikiConverter), jsdom's textContent and Emacs
// shr (testdata/ye), written by a helper in the eighteenth session of
// 2026-12-03 and scored once after that session's last classifier change
// before the run, with the code of 7614983 (one page's gold re-split by
// script to the splitter of that commit first): the scores of that run
// less 0.03 on the whole set and 0.06 per language, rounded down to 0.01.
// The session's starting code (525c1e7) scored 0.928 / 0.815 on the same
// gold. By layout (model body F1 / macro F1): ZimWiki 0.900 / 0.852,
// html2wiki Markdown 0.900 / 0.717, jsdom 0.974 / 0.888, shr 0.960 /
// 0.896. Titles: the model found 12 of 20 gold headlines exactly, the
// rules 5 (yeTitleFloors).
var yeFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.84, 0.83, 0.85}, // measured 0.909 0.894 0.915
		"es":  {0.90, 0.66, 0.68}, // measured 0.966 0.725 0.743
		"fr":  {0.91, 0.90, 0.91}, // measured 0.978 0.962 0.975
		"pl":  {0.88, 0.65, 0.63}, // measured 0.947 0.719 0.695
		"zh":  {0.85, 0.85, 0.86}, // measured 0.912 0.915 0.929
		"he":  {0.82, 0.65, 0.81}, // measured 0.881 0.719 0.875
		"hi":  {0.78, 0.60, 0.76}, // measured 0.850 0.661 0.822
		"eu":  {0.84, 0.68, 0.73}, // measured 0.910 0.747 0.800
		"sw":  {0.91, 0.73, 0.80}, // measured 0.978 0.797 0.870
		"all": {0.90, 0.79, 0.81}, // measured 0.935 0.824 0.849
	},
	"rules": {
		"de":  {0.79, 0.53, 0.59}, // measured 0.855 0.595 0.659
		"es":  {0.87, 0.45, 0.52}, // measured 0.932 0.517 0.587
		"fr":  {0.81, 0.61, 0.66}, // measured 0.878 0.677 0.723
		"pl":  {0.83, 0.44, 0.49}, // measured 0.891 0.503 0.553
		"zh":  {0.71, 0.23, 0.52}, // measured 0.777 0.292 0.585
		"he":  {0.00, 0.03, 0.27}, // measured 0.000 0.100 0.333
		"hi":  {0.00, 0.05, 0.35}, // measured 0.000 0.117 0.416
		"eu":  {0.00, 0.05, 0.35}, // measured 0.000 0.118 0.418
		"sw":  {0.00, 0.03, 0.27}, // measured 0.000 0.100 0.333
		"all": {0.73, 0.42, 0.53}, // measured 0.767 0.460 0.569
	},
}

// yeTitleFloors: the title recall of ye's run (model 12 of 20, rules 5 of
// 20), less 0.1.
var yeTitleFloors = map[string]float64{"model": 0.49, "rules": 0.14}

// yfFloors holds the floors of yf, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Persian, Georgian, Tagalog,
// Welsh) written as HTML and turned into text by pandoc -t xwiki,
// rehype-remark's Markdown, makeinfo's plain text (pandoc -t texinfo) and
// LibreOffice's text export (testdata/yf), written by a helper in the
// eighteenth session of 2026-12-03 and scored once after that session's
// last classifier change before the run, with the code of 0e6a829: the
// scores of that run less 0.03 on the whole set and 0.06 per language,
// rounded down to 0.01. The session's starting code (525c1e7) scored
// 0.897 / 0.705 on the same gold. By layout (model body F1 / macro F1):
// XWiki 0.866 / 0.635, rehype-remark 0.907 / 0.780, makeinfo 0.905 /
// 0.638, LibreOffice 0.903 / 0.766. Titles: the model found 12 of 20
// gold headlines exactly, the rules 3 (yfTitleFloors).
var yfFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.87, 0.73, 0.81}, // measured 0.938 0.792 0.874
		"es":  {0.87, 0.68, 0.73}, // measured 0.937 0.745 0.800
		"fr":  {0.89, 0.68, 0.76}, // measured 0.952 0.747 0.828
		"pl":  {0.82, 0.72, 0.74}, // measured 0.890 0.784 0.801
		"zh":  {0.77, 0.61, 0.63}, // measured 0.840 0.671 0.699
		"fa":  {0.78, 0.34, 0.51}, // measured 0.848 0.402 0.571
		"ka":  {0.71, 0.21, 0.42}, // measured 0.773 0.280 0.490
		"tl":  {0.74, 0.39, 0.53}, // measured 0.806 0.460 0.593
		"cy":  {0.84, 0.57, 0.75}, // measured 0.905 0.631 0.814
		"all": {0.86, 0.67, 0.73}, // measured 0.897 0.707 0.767
	},
	"rules": {
		"de":  {0.84, 0.54, 0.62}, // measured 0.901 0.602 0.686
		"es":  {0.83, 0.51, 0.64}, // measured 0.900 0.576 0.703
		"fr":  {0.79, 0.39, 0.46}, // measured 0.854 0.451 0.522
		"pl":  {0.75, 0.44, 0.51}, // measured 0.820 0.502 0.577
		"zh":  {0.57, 0.11, 0.29}, // measured 0.633 0.179 0.358
		"fa":  {0.00, 0.05, 0.34}, // measured 0.000 0.116 0.408
		"ka":  {0.00, 0.02, 0.19}, // measured 0.000 0.081 0.255
		"tl":  {0.25, 0.05, 0.19}, // measured 0.314 0.112 0.259
		"cy":  {0.00, 0.02, 0.21}, // measured 0.000 0.087 0.271
		"all": {0.67, 0.38, 0.48}, // measured 0.705 0.420 0.512
	},
}

// yfTitleFloors: the title recall of yf's run (model 12 of 20, rules 3 of
// 20), less 0.1.
var yfTitleFloors = map[string]float64{"model": 0.49, "rules": 0.04}

// ygFloors holds the floors of yg, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Bengali, Amharic, Yoruba,
// Kazakh) written as HTML and turned into text by pandoc -t haddock, npm
// html-to-md, pandoc's man page rendered by mandoc and kramdown
// (testdata/yg), written by a helper in the eighteenth session of
// 2026-12-03 and scored once at the start of the nineteenth session, with
// the code of 405eecd: the scores of that run less 0.03 on the whole set
// and 0.06 per language, rounded down to 0.01. By layout (model body F1 /
// macro F1): Haddock 0.829 / 0.638, html-to-md 0.894 / 0.827, mandoc
// 0.983 / 0.801, kramdown 0.958 / 0.730. Titles: the model found 11 of 20
// gold headlines exactly, the rules 7 (ygTitleFloors).
var ygFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.63, 0.61, 0.66}, // measured 0.696 0.674 0.725
		"es":  {0.90, 0.73, 0.76}, // measured 0.965 0.795 0.830
		"fr":  {0.88, 0.70, 0.75}, // measured 0.944 0.769 0.818
		"pl":  {0.92, 0.81, 0.84}, // measured 0.988 0.878 0.910
		"zh":  {0.86, 0.73, 0.77}, // measured 0.923 0.797 0.837
		"bn":  {0.70, 0.27, 0.40}, // measured 0.767 0.335 0.463
		"am":  {0.90, 0.41, 0.69}, // measured 0.968 0.477 0.755
		"yo":  {0.88, 0.38, 0.60}, // measured 0.947 0.448 0.667
		"kk":  {0.93, 0.57, 0.71}, // measured 0.995 0.639 0.776
		"all": {0.88, 0.70, 0.76}, // measured 0.918 0.738 0.791
	},
	"rules": {
		"de":  {0.75, 0.35, 0.45}, // measured 0.813 0.417 0.520
		"es":  {0.88, 0.48, 0.62}, // measured 0.946 0.546 0.681
		"fr":  {0.85, 0.53, 0.61}, // measured 0.911 0.598 0.673
		"pl":  {0.84, 0.44, 0.47}, // measured 0.909 0.504 0.538
		"zh":  {0.74, 0.17, 0.41}, // measured 0.805 0.239 0.479
		"bn":  {0.00, 0.02, 0.22}, // measured 0.000 0.088 0.284
		"am":  {0.00, 0.03, 0.26}, // measured 0.000 0.098 0.327
		"yo":  {0.28, 0.10, 0.36}, // measured 0.347 0.167 0.422
		"kk":  {0.00, 0.11, 0.36}, // measured 0.000 0.176 0.430
		"all": {0.74, 0.39, 0.50}, // measured 0.778 0.426 0.532
	},
}

// ygTitleFloors: the title recall of yg's run (model 11 of 20, rules 7 of
// 20), less 0.1.
var ygTitleFloors = map[string]float64{"model": 0.44, "rules": 0.24}

// yhFloors holds the floors of yh, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Somali, Tamil, Armenian,
// Mongolian) written as HTML and turned into text by pandoc -t latex, npm
// html2bbcode, groff's rendering of pandoc's ms and odt2txt of pandoc's
// OpenDocument (testdata/yh), written by a helper in the nineteenth
// session of 2026-12-03 and scored once after that session's last
// classifier change before the run, with the code of d881e75: the scores
// of that run less 0.03 on the whole set and 0.06 per language, rounded
// down to 0.01. The session's starting code (8c72232) scored 0.806 /
// 0.620 on the same gold. By layout (model body F1 / macro F1): LaTeX
// 0.754 / 0.521, BBCode 0.774 / 0.628, groff 0.912 / 0.741, odt2txt
// 0.777 / 0.648. Titles: the model found 9 of 20 gold headlines exactly,
// the rules 8 (yhTitleFloors).
var yhFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.72, 0.56, 0.61}, // measured 0.787 0.626 0.680
		"es":  {0.83, 0.55, 0.66}, // measured 0.892 0.614 0.724
		"fr":  {0.81, 0.53, 0.62}, // measured 0.871 0.599 0.689
		"pl":  {0.77, 0.63, 0.70}, // measured 0.832 0.699 0.761
		"zh":  {0.66, 0.58, 0.64}, // measured 0.730 0.647 0.705
		"ta":  {0.46, 0.19, 0.43}, // measured 0.522 0.252 0.500
		"so":  {0.84, 0.58, 0.75}, // measured 0.901 0.644 0.814
		"hy":  {0.93, 0.38, 0.63}, // measured 0.995 0.445 0.692
		"mn":  {0.51, 0.43, 0.52}, // measured 0.576 0.491 0.587
		"all": {0.78, 0.59, 0.67}, // measured 0.811 0.622 0.702
	},
	"rules": {
		"de":  {0.66, 0.43, 0.48}, // measured 0.722 0.493 0.548
		"es":  {0.80, 0.39, 0.54}, // measured 0.866 0.453 0.602
		"fr":  {0.83, 0.50, 0.57}, // measured 0.893 0.561 0.634
		"pl":  {0.67, 0.52, 0.49}, // measured 0.737 0.582 0.553
		"zh":  {0.47, 0.15, 0.40}, // measured 0.536 0.217 0.461
		"ta":  {0.00, 0.04, 0.28}, // measured 0.000 0.104 0.350
		"so":  {0.00, 0.03, 0.26}, // measured 0.000 0.099 0.322
		"hy":  {0.80, 0.22, 0.50}, // measured 0.868 0.286 0.564
		"mn":  {0.00, 0.03, 0.24}, // measured 0.000 0.093 0.304
		"all": {0.63, 0.40, 0.49}, // measured 0.668 0.434 0.528
	},
}

// yhTitleFloors: the title recall of yh's run (model 9 of 20, rules 8 of
// 20), less 0.1.
var yhTitleFloors = map[string]float64{"model": 0.34, "rules": 0.29}

// yiFloors holds the floors of yi, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Sinhala, Khmer, Hausa, Uzbek)
// written as HTML and turned into text by pandoc -t context, npm
// sanitize-html with no tag allowed, catdoc of LibreOffice's Word 97 file
// and docx2txt of pandoc's Word file (testdata/yi), written by a helper in
// the nineteenth session of 2026-12-03 and scored once after that
// session's changes read off yh, with the code of e97e9d7: the scores of
// that run less 0.03 on the whole set and 0.06 per language, rounded down
// to 0.01. The session's starting code (8c72232) gave the same labels.
// By layout (model body F1 / macro F1): ConTeXt 0.497 / 0.310,
// sanitize-html 0.981 / 0.897, catdoc 0.886 / 0.692, docx2txt 0.904 /
// 0.805. Titles: the model found 11 of 20 gold headlines exactly, the
// rules 7 (yiTitleFloors).
var yiFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.76, 0.54, 0.55}, // measured 0.826 0.604 0.617
		"es":  {0.76, 0.52, 0.50}, // measured 0.821 0.581 0.566
		"fr":  {0.73, 0.46, 0.45}, // measured 0.798 0.521 0.518
		"pl":  {0.93, 0.87, 0.88}, // measured 0.994 0.937 0.944
		"zh":  {0.55, 0.49, 0.49}, // measured 0.614 0.557 0.559
		"si":  {0.67, 0.17, 0.37}, // measured 0.735 0.237 0.431
		"km":  {0.86, 0.48, 0.67}, // measured 0.926 0.541 0.737
		"ha":  {0.75, 0.43, 0.58}, // measured 0.819 0.499 0.650
		"uz":  {0.87, 0.63, 0.81}, // measured 0.938 0.697 0.872
		"all": {0.78, 0.57, 0.59}, // measured 0.819 0.608 0.623
	},
	"rules": {
		"de":  {0.82, 0.51, 0.54}, // measured 0.881 0.576 0.602
		"es":  {0.83, 0.45, 0.51}, // measured 0.896 0.520 0.571
		"fr":  {0.73, 0.44, 0.47}, // measured 0.792 0.502 0.538
		"pl":  {0.87, 0.58, 0.63}, // measured 0.933 0.648 0.692
		"zh":  {0.38, 0.10, 0.31}, // measured 0.444 0.161 0.374
		"si":  {0.00, 0.04, 0.29}, // measured 0.000 0.105 0.354
		"km":  {0.65, 0.20, 0.49}, // measured 0.714 0.267 0.553
		"ha":  {0.46, 0.16, 0.41}, // measured 0.528 0.223 0.475
		"uz":  {0.00, 0.06, 0.37}, // measured 0.000 0.121 0.436
		"all": {0.68, 0.42, 0.49}, // measured 0.719 0.453 0.525
	},
}

// yiTitleFloors: the title recall of yi's run (model 11 of 20, rules 7 of
// 20), less 0.1.
var yiTitleFloors = map[string]float64{"model": 0.44, "rules": 0.24}

// yjFloors holds the floors of yj, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Nepali, Azerbaijani, Zulu,
// Kyrgyz) written as HTML and turned into text by pandoc -t tei, npm
// textversionjs, Go's kennygrant/sanitize and Ruby's Loofah to_text
// (testdata/yj), written by a helper in the nineteenth session of
// 2026-12-03 and scored once at the start of the twentieth session, with
// the code of 0575b55: the scores of that run less 0.03 on the whole set
// and 0.06 per language, rounded down to 0.01. By layout (model body F1 /
// macro F1): TEI 0.618 / 0.377, textversionjs 0.951 / 0.844, sanitize
// 0.892 / 0.669, Loofah 0.975 / 0.813. Titles: the model found 8 of 20
// gold headlines exactly, the rules 1 (yjTitleFloors).
var yjFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.80, 0.42, 0.54}, // measured 0.864 0.489 0.601
		"es":  {0.79, 0.51, 0.62}, // measured 0.856 0.580 0.682
		"fr":  {0.77, 0.54, 0.60}, // measured 0.836 0.601 0.662
		"pl":  {0.88, 0.83, 0.84}, // measured 0.948 0.892 0.901
		"zh":  {0.79, 0.52, 0.62}, // measured 0.857 0.590 0.685
		"ne":  {0.49, 0.16, 0.40}, // measured 0.551 0.222 0.468
		"az":  {0.86, 0.44, 0.71}, // measured 0.928 0.503 0.774
		"zu":  {0.73, 0.30, 0.53}, // measured 0.800 0.368 0.591
		"ky":  {0.93, 0.57, 0.72}, // measured 1.000 0.638 0.786
		"all": {0.83, 0.57, 0.63}, // measured 0.864 0.601 0.668
	},
	"rules": {
		"de":  {0.68, 0.36, 0.43}, // measured 0.746 0.429 0.491
		"es":  {0.70, 0.38, 0.44}, // measured 0.761 0.450 0.507
		"fr":  {0.70, 0.37, 0.42}, // measured 0.767 0.437 0.482
		"pl":  {0.85, 0.56, 0.62}, // measured 0.912 0.630 0.683
		"zh":  {0.63, 0.14, 0.36}, // measured 0.695 0.203 0.429
		"ne":  {0.00, 0.05, 0.34}, // measured 0.000 0.115 0.403
		"az":  {0.26, 0.09, 0.35}, // measured 0.326 0.159 0.419
		"zu":  {0.00, 0.03, 0.25}, // measured 0.000 0.097 0.318
		"ky":  {0.00, 0.05, 0.33}, // measured 0.000 0.113 0.393
		"all": {0.66, 0.38, 0.45}, // measured 0.692 0.420 0.486
	},
}

// yjTitleFloors: the title recall of yj's run (model 8 of 20, rules 1 of
// 20), less 0.1.
var yjTitleFloors = map[string]float64{"model": 0.29, "rules": 0.00}

// ykFloors holds the floors of yk, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Maltese, Belarusian, Urdu,
// Irish) written as HTML and turned into text by pandoc -t opendocument
// --wrap=none, PHP's strip_tags, npm html-to-formatted-text and the Rust
// crate html2text (testdata/yk), written by a helper in the twentieth
// session of 2026-12-03 and scored once after that session's changes read
// off yj, with the code of b4f4442: the scores of that run less 0.03 on
// the whole set and 0.06 per language, rounded down to 0.01. By layout
// (model body F1 / macro F1): OpenDocument 0.728 / 0.705 (the session's
// XML view, read off yj's TEI pages, already named OpenDocument's
// elements; the session's starting code: 0.569 / 0.179), strip_tags 0.938
// / 0.843, html-to-formatted-text 0.888 / 0.761, Rust html2text 0.950 /
// 0.873; the starting code 0.851 / 0.623 on the whole set. Titles: the
// model found 14 of 20 gold headlines exactly, the rules 5
// (ykTitleFloors).
var ykFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.77, 0.66, 0.62}, // measured 0.838 0.724 0.683
		"es":  {0.77, 0.68, 0.60}, // measured 0.837 0.745 0.667
		"fr":  {0.81, 0.73, 0.77}, // measured 0.878 0.794 0.838
		"pl":  {0.93, 0.87, 0.87}, // measured 0.991 0.935 0.939
		"zh":  {0.73, 0.68, 0.71}, // measured 0.795 0.741 0.772
		"mt":  {0.81, 0.66, 0.68}, // measured 0.872 0.728 0.750
		"be":  {0.90, 0.76, 0.82}, // measured 0.963 0.829 0.884
		"ur":  {0.90, 0.59, 0.63}, // measured 0.966 0.657 0.696
		"ga":  {0.93, 0.80, 0.87}, // measured 1.000 0.864 0.940
		"all": {0.85, 0.74, 0.74}, // measured 0.885 0.772 0.775
	},
	"rules": {
		"de":  {0.56, 0.23, 0.26}, // measured 0.628 0.292 0.328
		"es":  {0.68, 0.33, 0.33}, // measured 0.742 0.398 0.395
		"fr":  {0.72, 0.29, 0.36}, // measured 0.781 0.355 0.426
		"pl":  {0.89, 0.52, 0.62}, // measured 0.955 0.583 0.683
		"zh":  {0.51, 0.11, 0.32}, // measured 0.580 0.176 0.388
		"mt":  {0.19, 0.00, 0.00}, // measured 0.259 0.033 0.069
		"be":  {0.40, 0.16, 0.40}, // measured 0.466 0.223 0.465
		"ur":  {0.00, 0.04, 0.28}, // measured 0.000 0.103 0.348
		"ga":  {0.19, 0.08, 0.40}, // measured 0.255 0.145 0.463
		"all": {0.64, 0.29, 0.37}, // measured 0.675 0.322 0.407
	},
}

// ykTitleFloors: the title recall of yk's run (model 14 of 20, rules 5 of
// 20), less 0.1.
var ykTitleFloors = map[string]float64{"model": 0.59, "rules": 0.14}

// ylFloors holds the floors of yl, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Luxembourgish, Esperanto,
// Marathi, Scottish Gaelic) written as HTML and turned into text by Perl's
// HTML::FormatMarkdown, Java Swing's HTMLEditorKit, npm html2plaintext and
// Ruby's Premailer to_plain_text (testdata/yl), written by a helper in the
// twentieth session of 2026-12-03 and scored once after that session's
// changes read off yk, with the code of 85a8fbb: the scores of that run
// less 0.03 on the whole set and 0.06 per language, rounded down to 0.01.
// The session's starting code gave the same scores. By layout (model body
// F1 / macro F1): FormatMarkdown 0.862 / 0.723, Swing 0.916 / 0.840,
// html2plaintext 0.942 / 0.724, Premailer 0.831 / 0.673. Titles: the model
// found 14 of 20 gold headlines exactly, the rules 2 (ylTitleFloors).
var ylFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.71, 0.62, 0.59}, // measured 0.774 0.682 0.651
		"es":  {0.80, 0.64, 0.68}, // measured 0.862 0.709 0.750
		"fr":  {0.90, 0.76, 0.80}, // measured 0.970 0.827 0.868
		"pl":  {0.77, 0.67, 0.69}, // measured 0.835 0.739 0.760
		"zh":  {0.84, 0.69, 0.77}, // measured 0.905 0.755 0.833
		"lb":  {0.87, 0.75, 0.81}, // measured 0.931 0.811 0.875
		"eo":  {0.90, 0.79, 0.84}, // measured 0.970 0.858 0.909
		"mr":  {0.84, 0.35, 0.55}, // measured 0.907 0.414 0.611
		"gd":  {0.90, 0.66, 0.73}, // measured 0.965 0.724 0.796
		"all": {0.85, 0.70, 0.74}, // measured 0.890 0.736 0.774
	},
	"rules": {
		"de":  {0.61, 0.51, 0.50}, // measured 0.677 0.576 0.567
		"es":  {0.75, 0.51, 0.56}, // measured 0.819 0.571 0.625
		"fr":  {0.81, 0.47, 0.56}, // measured 0.876 0.536 0.623
		"pl":  {0.66, 0.48, 0.53}, // measured 0.722 0.543 0.591
		"zh":  {0.50, 0.17, 0.39}, // measured 0.562 0.234 0.459
		"lb":  {0.66, 0.18, 0.35}, // measured 0.727 0.248 0.417
		"eo":  {0.66, 0.13, 0.32}, // measured 0.725 0.192 0.386
		"mr":  {0.00, 0.04, 0.30}, // measured 0.000 0.106 0.361
		"gd":  {0.85, 0.14, 0.32}, // measured 0.911 0.204 0.389
		"all": {0.68, 0.42, 0.50}, // measured 0.717 0.457 0.537
	},
}

// ylTitleFloors: the title recall of yl's run (model 14 of 20, rules 2 of
// 20), less 0.1.
var ylTitleFloors = map[string]float64{"model": 0.59, "rules": 0.00}

// ymFloors holds the floors of ym, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Occitan, Bosnian, Telugu, West
// Frisian) written as HTML and turned into text by Perl's
// HTML::FormatText::WithLinks::AndTables, the Jericho HTML Parser's
// Renderer, Chromium's innerText and calibre's ebook-convert TXT
// (testdata/ym), written by a helper in the twentieth session of
// 2026-12-03 and scored once after that session's changes read off yl,
// with the code of 9d9bfeb: the scores of that run less 0.03 on the whole
// set and 0.06 per language, rounded down to 0.01. The session's starting
// code: 0.896 / 0.758. By layout (model body F1 / macro F1): WithLinks
// 0.909 / 0.689, Jericho 0.887 / 0.798, Chromium 0.949 / 0.866, calibre
// 0.837 / 0.780. Titles: the model found 14 of 20 gold headlines exactly,
// the rules 2 (ymTitleFloors).
var ymFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.84, 0.69, 0.70}, // measured 0.906 0.760 0.761
		"es":  {0.87, 0.74, 0.72}, // measured 0.936 0.807 0.789
		"fr":  {0.80, 0.66, 0.62}, // measured 0.869 0.722 0.685
		"pl":  {0.88, 0.77, 0.81}, // measured 0.947 0.838 0.877
		"zh":  {0.77, 0.73, 0.80}, // measured 0.833 0.793 0.870
		"oc":  {0.83, 0.59, 0.80}, // measured 0.896 0.656 0.870
		"bs":  {0.79, 0.60, 0.76}, // measured 0.858 0.669 0.822
		"te":  {0.81, 0.47, 0.61}, // measured 0.876 0.534 0.674
		"fy":  {0.88, 0.77, 0.82}, // measured 0.948 0.837 0.881
		"all": {0.86, 0.73, 0.76}, // measured 0.896 0.767 0.799
	},
	"rules": {
		"de":  {0.67, 0.39, 0.41}, // measured 0.737 0.452 0.478
		"es":  {0.72, 0.45, 0.48}, // measured 0.781 0.517 0.541
		"fr":  {0.67, 0.48, 0.45}, // measured 0.734 0.541 0.517
		"pl":  {0.67, 0.33, 0.43}, // measured 0.734 0.395 0.500
		"zh":  {0.53, 0.17, 0.46}, // measured 0.593 0.235 0.528
		"oc":  {0.63, 0.16, 0.50}, // measured 0.694 0.229 0.565
		"bs":  {0.64, 0.16, 0.40}, // measured 0.705 0.227 0.467
		"te":  {0.66, 0.11, 0.33}, // measured 0.730 0.176 0.391
		"fy":  {0.77, 0.14, 0.34}, // measured 0.839 0.205 0.405
		"all": {0.69, 0.38, 0.47}, // measured 0.724 0.417 0.505
	},
}

// ymTitleFloors: the title recall of ym's run (model 14 of 20, rules 2 of
// 20), less 0.1.
var ymTitleFloors = map[string]float64{"model": 0.59, "rules": 0.00}

// ynFloors holds the floors of yn, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Breton, Javanese, Malayalam,
// Maori) written as HTML and turned into text by edbrowse, MuPDF's mutool,
// happy-dom's innerText and WeasyPrint with poppler's pdftotext
// (testdata/yn), written by a helper in the twentieth session of
// 2026-12-03 and scored once at the start of the twenty-first session,
// with the code of daffbdc: the scores of that run less 0.03 on the whole
// set and 0.06 per language, rounded down to 0.01. By layout (model body
// F1 / macro F1): edbrowse 0.873 / 0.653, mutool 0.815 / 0.775, happy-dom
// 0.958 / 0.900, WeasyPrint 0.757 / 0.696. Titles: the model found 8 of 20
// gold headlines exactly, the rules 2 (ynTitleFloors).
var ynFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.64, 0.65, 0.67}, // measured 0.707 0.711 0.731
		"es":  {0.84, 0.67, 0.77}, // measured 0.906 0.740 0.834
		"fr":  {0.80, 0.70, 0.74}, // measured 0.869 0.765 0.806
		"pl":  {0.80, 0.72, 0.76}, // measured 0.861 0.788 0.822
		"zh":  {0.76, 0.68, 0.71}, // measured 0.821 0.749 0.776
		"br":  {0.79, 0.57, 0.76}, // measured 0.852 0.639 0.830
		"jv":  {0.88, 0.79, 0.83}, // measured 0.941 0.860 0.893
		"ml":  {0.88, 0.71, 0.76}, // measured 0.941 0.777 0.829
		"mi":  {0.80, 0.43, 0.63}, // measured 0.864 0.497 0.700
		"all": {0.82, 0.71, 0.76}, // measured 0.853 0.742 0.793
	},
	"rules": {
		"de":  {0.48, 0.43, 0.44}, // measured 0.544 0.498 0.502
		"es":  {0.73, 0.47, 0.53}, // measured 0.793 0.531 0.591
		"fr":  {0.58, 0.38, 0.44}, // measured 0.644 0.446 0.503
		"pl":  {0.68, 0.40, 0.46}, // measured 0.747 0.466 0.522
		"zh":  {0.49, 0.14, 0.37}, // measured 0.557 0.205 0.438
		"br":  {0.51, 0.14, 0.36}, // measured 0.574 0.208 0.426
		"jv":  {0.15, 0.04, 0.22}, // measured 0.219 0.102 0.286
		"ml":  {0.00, 0.02, 0.22}, // measured 0.000 0.089 0.286
		"mi":  {0.50, 0.11, 0.32}, // measured 0.568 0.180 0.383
		"all": {0.58, 0.37, 0.45}, // measured 0.620 0.404 0.481
	},
}

// ynTitleFloors: the title recall of yn's run (model 8 of 20, rules 2 of
// 20), less 0.1.
var ynTitleFloors = map[string]float64{"model": 0.29, "rules": 0.00}

// yoFloors holds the floors of yo, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Asturian, Gujarati, Haitian
// Creole, Norwegian Nynorsk) written as HTML and turned into text by
// kreuzberg's html-to-markdown, Qt's QTextDocument, html-strip-tags-go
// and wkhtmltopdf with pdfminer (testdata/yo), written by a helper in the
// twenty-first session of 2026-12-03 and scored once after that session's
// changes read off yn, with the code of e62f172: the scores of that run
// less 0.03 on the whole set and 0.06 per language, rounded down to 0.01.
// The session's starting code: 0.864 / 0.814. By layout (model body F1 /
// macro F1): kreuzberg 0.976 / 0.872, Qt 0.698 / 0.773, strip-tags 0.867 /
// 0.875, pdfminer 0.928 / 0.817. Titles: the model found 12 of 20 gold
// headlines exactly, the rules 3 (yoTitleFloors).
var yoFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.88, 0.82, 0.86}, // measured 0.941 0.883 0.927
		"es":  {0.85, 0.83, 0.80}, // measured 0.917 0.893 0.865
		"fr":  {0.89, 0.83, 0.84}, // measured 0.952 0.896 0.909
		"pl":  {0.84, 0.83, 0.86}, // measured 0.905 0.892 0.927
		"zh":  {0.70, 0.69, 0.67}, // measured 0.769 0.760 0.731
		"ast": {0.93, 0.60, 0.69}, // measured 1.000 0.661 0.756
		"gu":  {0.24, 0.28, 0.42}, // measured 0.305 0.348 0.490
		"ht":  {0.81, 0.71, 0.74}, // measured 0.877 0.772 0.804
		"nn":  {0.88, 0.79, 0.81}, // measured 0.950 0.860 0.878
		"all": {0.83, 0.79, 0.81}, // measured 0.870 0.830 0.841
	},
	"rules": {
		"de":  {0.63, 0.35, 0.43}, // measured 0.692 0.414 0.494
		"es":  {0.73, 0.45, 0.55}, // measured 0.799 0.520 0.612
		"fr":  {0.69, 0.34, 0.42}, // measured 0.756 0.403 0.485
		"pl":  {0.77, 0.44, 0.50}, // measured 0.833 0.503 0.564
		"zh":  {0.55, 0.14, 0.37}, // measured 0.612 0.209 0.431
		"ast": {0.70, 0.30, 0.45}, // measured 0.767 0.370 0.511
		"gu":  {0.00, 0.02, 0.22}, // measured 0.000 0.089 0.286
		"ht":  {0.11, 0.06, 0.29}, // measured 0.177 0.128 0.353
		"nn":  {0.59, 0.14, 0.34}, // measured 0.660 0.201 0.408
		"all": {0.66, 0.35, 0.45}, // measured 0.696 0.386 0.490
	},
}

// yoTitleFloors: the title recall of yo's run (model 12 of 20, rules 3 of
// 20), less 0.1.
var yoTitleFloors = map[string]float64{"model": 0.49, "rules": 0.04}

// ypFloors holds the floors of yp, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Corsican, Punjabi, Kannada,
// Tatar) written as HTML and turned into text by league/html-to-markdown
// (PHP), agentmarkdown (npm), antchfx/htmlquery's InnerText (Go) and
// WebKitGTK's innerText (testdata/yp), written by a helper in the
// twenty-first session of 2026-12-03 and scored once after that session's
// changes read off yo, with the code of ddcf08a: the scores of that run
// less 0.03 on the whole set and 0.06 per language, rounded down to 0.01.
// The session's starting code: 0.856 / 0.817. By layout (model body F1 /
// macro F1): league 0.839 / 0.911, agentmarkdown 0.872 / 0.757, htmlquery
// 0.844 / 0.829, WebKit 0.940 / 0.871. Titles: the model found 17 of 20
// gold headlines exactly, the rules 4 (ypTitleFloors).
var ypFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.77, 0.80, 0.81}, // measured 0.839 0.863 0.871
		"es":  {0.85, 0.83, 0.85}, // measured 0.916 0.897 0.911
		"fr":  {0.85, 0.83, 0.81}, // measured 0.917 0.895 0.878
		"pl":  {0.92, 0.89, 0.89}, // measured 0.985 0.957 0.959
		"zh":  {0.68, 0.69, 0.71}, // measured 0.746 0.755 0.776
		"co":  {0.76, 0.79, 0.77}, // measured 0.828 0.856 0.833
		"pa":  {0.85, 0.53, 0.67}, // measured 0.915 0.593 0.732
		"kn":  {0.73, 0.43, 0.53}, // measured 0.792 0.496 0.600
		"tt":  {0.92, 0.79, 0.84}, // measured 0.989 0.856 0.909
		"all": {0.84, 0.81, 0.82}, // measured 0.876 0.844 0.852
	},
	"rules": {
		"de":  {0.71, 0.51, 0.52}, // measured 0.778 0.579 0.587
		"es":  {0.74, 0.39, 0.51}, // measured 0.801 0.456 0.575
		"fr":  {0.70, 0.49, 0.50}, // measured 0.763 0.553 0.561
		"pl":  {0.71, 0.35, 0.42}, // measured 0.775 0.413 0.486
		"zh":  {0.48, 0.14, 0.35}, // measured 0.546 0.204 0.413
		"co":  {0.77, 0.17, 0.39}, // measured 0.836 0.233 0.458
		"pa":  {0.00, 0.03, 0.25}, // measured 0.000 0.096 0.317
		"kn":  {0.00, 0.03, 0.23}, // measured 0.000 0.092 0.300
		"tt":  {0.00, 0.03, 0.25}, // measured 0.000 0.097 0.318
		"all": {0.64, 0.36, 0.45}, // measured 0.673 0.399 0.487
	},
}

// ypTitleFloors: the title recall of yp's run (model 17 of 20, rules 4 of
// 20), less 0.1.
var ypTitleFloors = map[string]float64{"model": 0.74, "rules": 0.09}

// yqFloors holds the floors of yq, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Faroese, Tajik, Malagasy, Lao)
// written as HTML and turned into text by Hugo's plainify, the HTML
// Parser's StringBean, Chromium's print to PDF read back by pdf-parse, and
// newsboat's saved article (testdata/yq), written by a helper in the
// twenty-first session of 2026-12-03 and scored once after that session's
// changes read off yp, with the code of f7827d5: the scores of that run
// less 0.03 on the whole set and 0.06 per language, rounded down to 0.01.
// The session's starting code: 0.820 / 0.767 (its zh-3 text unfolded).
// By layout (model body F1 / macro F1): Hugo 0.935 / 0.659, StringBean
// 0.820 / 0.732, pdf-parse 0.687 / 0.793, newsboat 0.933 / 0.861. Titles:
// the model found 6 of 20 gold headlines exactly, the rules none
// (yqTitleFloors).
var yqFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.87, 0.79, 0.80}, // measured 0.938 0.858 0.870
		"es":  {0.82, 0.68, 0.68}, // measured 0.888 0.743 0.750
		"fr":  {0.87, 0.80, 0.82}, // measured 0.940 0.866 0.885
		"pl":  {0.74, 0.79, 0.81}, // measured 0.809 0.852 0.873
		"zh":  {0.64, 0.67, 0.70}, // measured 0.710 0.731 0.763
		"fo":  {0.87, 0.56, 0.68}, // measured 0.931 0.624 0.750
		"tg":  {0.68, 0.46, 0.56}, // measured 0.747 0.528 0.621
		"mg":  {0.66, 0.53, 0.61}, // measured 0.730 0.597 0.672
		"lo":  {0.84, 0.67, 0.77}, // measured 0.909 0.734 0.831
		"all": {0.82, 0.75, 0.77}, // measured 0.851 0.782 0.806
	},
	"rules": {
		"de":  {0.71, 0.47, 0.51}, // measured 0.779 0.538 0.573
		"es":  {0.76, 0.40, 0.49}, // measured 0.830 0.461 0.551
		"fr":  {0.73, 0.44, 0.47}, // measured 0.795 0.510 0.540
		"pl":  {0.65, 0.39, 0.51}, // measured 0.711 0.451 0.577
		"zh":  {0.41, 0.15, 0.43}, // measured 0.480 0.219 0.492
		"fo":  {0.11, 0.06, 0.22}, // measured 0.173 0.122 0.286
		"tg":  {0.00, 0.01, 0.18}, // measured 0.000 0.078 0.241
		"mg":  {0.05, 0.03, 0.22}, // measured 0.112 0.100 0.284
		"lo":  {0.00, 0.07, 0.46}, // measured 0.000 0.137 0.523
		"all": {0.61, 0.37, 0.47}, // measured 0.649 0.401 0.506
	},
}

// yqTitleFloors: the title recall of yq's run (model 6 of 20, rules 0 of
// 20), less 0.1.
var yqTitleFloors = map[string]float64{"model": 0.19, "rules": 0.00}

// yrFloors holds the floors of yr, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Latin, Romansh, Kurdish, Turkmen)
// written as HTML and turned into text by Liquid's strip_html, Playwright's
// ARIA snapshot, Chromium's print to PDF read back by PDFBox's
// PDFTextStripper, and Alpine's saved message (testdata/yr), written by a
// helper in the twenty-first session of 2026-12-03 and scored once at the
// start of the twenty-second session, with the code of ff59c95: the scores
// of that run less 0.03 on the whole set and 0.06 per language, rounded
// down to 0.01. By layout (model body F1 / macro F1): Liquid 0.894 /
// 0.762, ARIA snapshot 0.700 / 0.248, PDFBox 0.861 / 0.828, Alpine 0.824 /
// 0.802. Titles: the model found 10 of 20 gold headlines exactly, the
// rules 2 (yrTitleFloors).
var yrFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.79, 0.48, 0.53}, // measured 0.856 0.543 0.593
		"es":  {0.74, 0.42, 0.45}, // measured 0.808 0.484 0.515
		"fr":  {0.84, 0.74, 0.75}, // measured 0.910 0.802 0.818
		"pl":  {0.73, 0.47, 0.50}, // measured 0.800 0.533 0.566
		"zh":  {0.62, 0.63, 0.69}, // measured 0.683 0.691 0.754
		"la":  {0.91, 0.46, 0.61}, // measured 0.975 0.529 0.674
		"rm":  {0.61, 0.10, 0.28}, // measured 0.675 0.164 0.342
		"ku":  {0.82, 0.63, 0.78}, // measured 0.881 0.695 0.848
		"tk":  {0.93, 0.85, 0.91}, // measured 1.000 0.911 0.976
		"all": {0.79, 0.55, 0.60}, // measured 0.827 0.587 0.634
	},
	"rules": {
		"de":  {0.65, 0.26, 0.47}, // measured 0.712 0.330 0.534
		"es":  {0.75, 0.26, 0.48}, // measured 0.813 0.327 0.550
		"fr":  {0.78, 0.46, 0.51}, // measured 0.843 0.522 0.571
		"pl":  {0.72, 0.32, 0.50}, // measured 0.784 0.383 0.562
		"zh":  {0.43, 0.13, 0.38}, // measured 0.491 0.193 0.446
		"la":  {0.00, 0.03, 0.24}, // measured 0.000 0.095 0.304
		"rm":  {0.57, 0.15, 0.49}, // measured 0.638 0.220 0.559
		"ku":  {0.00, 0.02, 0.20}, // measured 0.000 0.083 0.261
		"tk":  {0.15, 0.05, 0.22}, // measured 0.219 0.115 0.286
		"all": {0.61, 0.30, 0.47}, // measured 0.649 0.332 0.506
	},
}

// yrTitleFloors: the title recall of yr's run (model 10 of 20, rules 2 of
// 20), less 0.1.
var yrTitleFloors = map[string]float64{"model": 0.39, "rules": 0.00}

// ysFloors holds the floors of ys, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Yiddish, Sardinian, Burmese,
// Interlingua) written as HTML and turned into text by Crawlee's
// htmlToText, LangChainGo's HTML loader, pyquery's text() and Chromium's
// print to PDF read back by Ghostscript's txtwrite (testdata/ys), written
// by a helper in the twenty-second session of 2026-12-03 and scored once
// after that session's changes read off yr, with the code of ed58ad7: the
// scores of that run less 0.03 on the whole set and 0.06 per language,
// rounded down to 0.01. The session's starting code: 0.907 / 0.819. By
// layout (model body F1 / macro F1): Crawlee 0.938 / 0.858, LangChainGo
// 0.919 / 0.808, pyquery 0.916 / 0.813, Ghostscript 0.897 / 0.822. Titles:
// the model found 16 of 20 gold headlines exactly, the rules 1
// (ysTitleFloors).
var ysFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.87, 0.82, 0.84}, // measured 0.932 0.888 0.907
		"es":  {0.91, 0.79, 0.83}, // measured 0.972 0.858 0.898
		"fr":  {0.86, 0.84, 0.85}, // measured 0.930 0.901 0.917
		"pl":  {0.91, 0.86, 0.89}, // measured 0.973 0.922 0.956
		"zh":  {0.75, 0.80, 0.78}, // measured 0.820 0.862 0.849
		"yi":  {0.76, 0.40, 0.61}, // measured 0.828 0.461 0.679
		"sc":  {0.91, 0.30, 0.60}, // measured 0.971 0.364 0.667
		"my":  {0.76, 0.23, 0.55}, // measured 0.827 0.293 0.615
		"ia":  {0.93, 0.40, 0.66}, // measured 1.000 0.469 0.727
		"all": {0.88, 0.79, 0.83}, // measured 0.918 0.824 0.866
	},
	"rules": {
		"de":  {0.70, 0.57, 0.60}, // measured 0.766 0.640 0.667
		"es":  {0.83, 0.58, 0.68}, // measured 0.895 0.647 0.741
		"fr":  {0.72, 0.58, 0.60}, // measured 0.789 0.647 0.667
		"pl":  {0.65, 0.45, 0.51}, // measured 0.712 0.516 0.575
		"zh":  {0.33, 0.15, 0.39}, // measured 0.394 0.216 0.460
		"yi":  {0.74, 0.20, 0.51}, // measured 0.804 0.266 0.571
		"sc":  {0.64, 0.13, 0.37}, // measured 0.701 0.195 0.433
		"my":  {0.66, 0.17, 0.47}, // measured 0.721 0.239 0.538
		"ia":  {0.85, 0.22, 0.54}, // measured 0.915 0.289 0.606
		"all": {0.69, 0.49, 0.57}, // measured 0.723 0.526 0.602
	},
}

// ysTitleFloors: the title recall of ys's run (model 16 of 20, rules 1 of
// 20), less 0.1.
var ysTitleFloors = map[string]float64{"model": 0.69, "rules": 0.00}

// ytFloors holds the floors of yt, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Pashto, Odia, Quechua, Upper
// Sorbian) written as HTML and turned into text by upndown's Markdown,
// docconv's ConvertHTML (through tidy), Mojo::DOM's all_text and
// Chromium's print to PDF read back by pypdf (testdata/yt), written by a
// helper in the twenty-second session of 2026-12-03 and scored once after
// that session's changes read off ys, with the code of de59d1a: the scores
// of that run less 0.03 on the whole set and 0.06 per language, rounded
// down to 0.01. The session's starting code: 0.858 / 0.787. By layout
// (model body F1 / macro F1): upndown 0.899 / 0.845, docconv 0.849 /
// 0.709, Mojo::DOM 0.832 / 0.816, pypdf 0.848 / 0.783. Titles: the model
// found 15 of 20 gold headlines exactly, the rules 8 (ytTitleFloors).
var ytFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.77, 0.72, 0.72}, // measured 0.840 0.788 0.789
		"es":  {0.86, 0.72, 0.72}, // measured 0.921 0.782 0.781
		"fr":  {0.74, 0.72, 0.75}, // measured 0.808 0.786 0.820
		"pl":  {0.85, 0.79, 0.85}, // measured 0.917 0.856 0.913
		"zh":  {0.77, 0.82, 0.86}, // measured 0.838 0.886 0.924
		"ps":  {0.69, 0.38, 0.59}, // measured 0.752 0.444 0.655
		"or":  {0.86, 0.60, 0.72}, // measured 0.924 0.663 0.781
		"qu":  {0.59, 0.32, 0.53}, // measured 0.651 0.383 0.600
		"hsb": {0.85, 0.43, 0.66}, // measured 0.914 0.492 0.727
		"all": {0.82, 0.75, 0.79}, // measured 0.858 0.788 0.821
	},
	"rules": {
		"de":  {0.69, 0.43, 0.48}, // measured 0.758 0.492 0.544
		"es":  {0.77, 0.55, 0.60}, // measured 0.840 0.615 0.664
		"fr":  {0.59, 0.47, 0.48}, // measured 0.655 0.535 0.549
		"pl":  {0.62, 0.50, 0.53}, // measured 0.688 0.570 0.595
		"zh":  {0.39, 0.15, 0.39}, // measured 0.452 0.216 0.455
		"ps":  {0.00, 0.06, 0.42}, // measured 0.000 0.130 0.483
		"or":  {0.85, 0.25, 0.59}, // measured 0.912 0.318 0.656
		"qu":  {0.00, 0.04, 0.30}, // measured 0.000 0.107 0.367
		"hsb": {0.33, 0.12, 0.39}, // measured 0.394 0.185 0.455
		"all": {0.60, 0.44, 0.51}, // measured 0.633 0.474 0.549
	},
}

// ytTitleFloors: the title recall of yt's run, less 0.1.
var ytTitleFloors = map[string]float64{"model": 0.64, "rules": 0.29}

// yuFloors holds the floors of yu, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Low German, Cebuano, Sicilian,
// Assamese) written as HTML and turned into text by breakdance's Markdown,
// PHP DOM's textContent, and Chromium's print to PDF read back by PDFium
// (go-pdfium) and by Ruby's pdf-reader (testdata/yu), written by a helper
// in the twenty-second session of 2026-12-03 and scored once after that
// session's changes read off yt, with the code of 5e11d71: the scores of
// that run less 0.03 on the whole set and 0.06 per language, rounded down
// to 0.01. The session's starting code: 0.941 / 0.839. By layout (model
// body F1 / macro F1): breakdance 0.947 / 0.710, PHP DOM 0.948 / 0.864,
// PDFium 0.947 / 0.852, pdf-reader 0.921 / 0.835. Titles: the model found
// 17 of 20 gold headlines exactly, the rules none (yuTitleFloors).
var yuFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.84, 0.72, 0.77}, // measured 0.906 0.789 0.832
		"es":  {0.88, 0.81, 0.82}, // measured 0.944 0.871 0.886
		"fr":  {0.90, 0.83, 0.85}, // measured 0.964 0.896 0.913
		"pl":  {0.84, 0.80, 0.81}, // measured 0.907 0.862 0.877
		"zh":  {0.90, 0.86, 0.89}, // measured 0.962 0.926 0.959
		"nds": {0.93, 0.71, 0.89}, // measured 1.000 0.771 0.955
		"ceb": {0.83, 0.77, 0.83}, // measured 0.891 0.840 0.897
		"scn": {0.90, 0.61, 0.69}, // measured 0.967 0.675 0.758
		"as":  {0.86, 0.52, 0.67}, // measured 0.926 0.584 0.733
		"all": {0.91, 0.81, 0.85}, // measured 0.941 0.847 0.882
	},
	"rules": {
		"de":  {0.75, 0.51, 0.55}, // measured 0.813 0.572 0.616
		"es":  {0.66, 0.52, 0.56}, // measured 0.727 0.590 0.621
		"fr":  {0.86, 0.67, 0.68}, // measured 0.921 0.732 0.748
		"pl":  {0.67, 0.49, 0.48}, // measured 0.732 0.557 0.546
		"zh":  {0.45, 0.16, 0.42}, // measured 0.520 0.223 0.488
		"nds": {0.76, 0.27, 0.53}, // measured 0.827 0.333 0.591
		"ceb": {0.37, 0.11, 0.31}, // measured 0.435 0.180 0.379
		"scn": {0.19, 0.05, 0.24}, // measured 0.260 0.116 0.303
		"as":  {0.35, 0.09, 0.33}, // measured 0.419 0.154 0.400
		"all": {0.67, 0.47, 0.54}, // measured 0.702 0.509 0.571
	},
}

// yuTitleFloors: the title recall of yu's run, less 0.1.
var yuTitleFloors = map[string]float64{"model": 0.74, "rules": 0.00}

// yvFloors holds the floors of yv, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Friulian, Aragonese, Venetian,
// Kashubian) written as HTML and turned into text by h2m's Markdown,
// Horde's Html2text filter, tDOM's asText and boilerpipe's
// KeepEverythingExtractor (testdata/yv), written by a helper in the
// twenty-second session of 2026-12-03 and scored once after that session's
// changes read off yu, with the code of 190c625: the scores of that run
// less 0.03 on the whole set and 0.06 per language, rounded down to 0.01.
// The session's starting code: 0.948 / 0.832. By layout (model body F1 /
// macro F1): h2m 0.958 / 0.903, Horde 0.951 / 0.734, tDOM 0.951 / 0.869,
// boilerpipe 0.964 / 0.841. Titles: the model found 19 of 20 gold
// headlines exactly, the rules none (yvTitleFloors).
var yvFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.81, 0.72, 0.78}, // measured 0.880 0.785 0.844
		"es":  {0.91, 0.77, 0.80}, // measured 0.978 0.839 0.864
		"fr":  {0.93, 0.83, 0.84}, // measured 0.991 0.894 0.910
		"pl":  {0.90, 0.79, 0.82}, // measured 0.970 0.852 0.887
		"zh":  {0.90, 0.85, 0.87}, // measured 0.961 0.912 0.931
		"fur": {0.89, 0.80, 0.79}, // measured 0.958 0.870 0.857
		"an":  {0.89, 0.54, 0.66}, // measured 0.957 0.610 0.730
		"vec": {0.87, 0.76, 0.82}, // measured 0.935 0.829 0.889
		"csb": {0.89, 0.63, 0.72}, // measured 0.957 0.692 0.786
		"all": {0.92, 0.81, 0.84}, // measured 0.956 0.842 0.873
	},
	"rules": {
		"de":  {0.65, 0.39, 0.51}, // measured 0.720 0.455 0.578
		"es":  {0.82, 0.44, 0.49}, // measured 0.883 0.502 0.551
		"fr":  {0.83, 0.61, 0.67}, // measured 0.896 0.680 0.740
		"pl":  {0.77, 0.44, 0.48}, // measured 0.832 0.503 0.548
		"zh":  {0.57, 0.19, 0.46}, // measured 0.631 0.257 0.527
		"fur": {0.74, 0.17, 0.40}, // measured 0.810 0.240 0.464
		"an":  {0.91, 0.45, 0.50}, // measured 0.971 0.520 0.568
		"vec": {0.81, 0.29, 0.45}, // measured 0.876 0.354 0.519
		"csb": {0.69, 0.17, 0.40}, // measured 0.754 0.240 0.464
		"all": {0.76, 0.44, 0.53}, // measured 0.799 0.475 0.570
	},
}

// yvTitleFloors: the title recall of yv's run, less 0.1.
var yvTitleFloors = map[string]float64{"model": 0.84, "rules": 0.00}

// ywFloors holds the floors of yw, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Piedmontese, Neapolitan,
// Ligurian, Limburgish) written as HTML and turned into text by js-xss
// with an empty allow-list, the Ruby html2text gem, Django's strip_tags
// and xsltproc's built-in rules (testdata/yw), written by a helper in the
// twenty-second and twenty-third sessions of 2026-12-03 and scored once
// after the twenty-third session's changes, with the code of a26f33c: the
// scores of that run less 0.03 on the whole set and 0.06 per language,
// rounded down to 0.01. The session's starting code (ff12ada): 0.916 /
// 0.844. By layout (model body F1 / macro F1): js-xss 0.952 / 0.898,
// html2text 0.969 / 0.925, strip_tags 0.898 / 0.756, xsltproc 0.871 /
// 0.851. Titles: the model found 13 of 20 gold headlines exactly, the
// rules 2 (ywTitleFloors).
var ywFloors = map[string]map[string]mlFloor{
	"model": {
		"de":  {0.88, 0.83, 0.85}, // measured 0.942 0.894 0.919
		"es":  {0.93, 0.81, 0.88}, // measured 0.991 0.875 0.946
		"fr":  {0.88, 0.70, 0.81}, // measured 0.941 0.760 0.873
		"pl":  {0.74, 0.73, 0.76}, // measured 0.809 0.792 0.829
		"zh":  {0.82, 0.84, 0.85}, // measured 0.887 0.909 0.919
		"pms": {0.84, 0.70, 0.81}, // measured 0.906 0.765 0.872
		"nap": {0.90, 0.80, 0.89}, // measured 0.960 0.863 0.952
		"lij": {0.89, 0.81, 0.86}, // measured 0.952 0.873 0.925
		"li":  {0.94, 0.94, 0.94}, // measured 1.000 1.000 1.000
		"all": {0.89, 0.83, 0.87}, // measured 0.923 0.862 0.904
	},
	"rules": {
		"de":  {0.73, 0.59, 0.59}, // measured 0.795 0.658 0.658
		"es":  {0.78, 0.50, 0.51}, // measured 0.844 0.564 0.571
		"fr":  {0.80, 0.53, 0.55}, // measured 0.862 0.597 0.618
		"pl":  {0.78, 0.39, 0.44}, // measured 0.845 0.454 0.507
		"zh":  {0.67, 0.21, 0.47}, // measured 0.734 0.270 0.537
		"pms": {0.76, 0.10, 0.28}, // measured 0.820 0.164 0.340
		"nap": {0.77, 0.19, 0.46}, // measured 0.830 0.250 0.524
		"lij": {0.73, 0.16, 0.39}, // measured 0.792 0.221 0.450
		"li":  {0.51, 0.09, 0.28}, // measured 0.579 0.150 0.340
		"all": {0.77, 0.41, 0.50}, // measured 0.807 0.449 0.535
	},
}

// ywTitleFloors: the title recall of yw's run, less 0.1.
var ywTitleFloors = map[string]float64{"model": 0.55, "rules": 0.00}

// yxFloors holds the floors of yx, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Swiss German, Lombard, Silesian,
// Extremaduran) written as HTML and turned into text by html2pug, by
// html-to-docx read back by mammoth, by cli-html and by xml2's html2
// (testdata/yx), written by a helper in the twenty-third session of
// 2026-12-03 and scored once at the start of the twenty-fourth, with the
// code of c297f59: the scores of that run less 0.03 on the whole set and
// 0.06 per language, rounded down to 0.01. By layout (model body F1 /
// macro F1): html2pug 0.867 / 0.535, html-to-docx + mammoth 0.992 / 0.841,
// cli-html 0.929 / 0.914, xml2's html2 0.616 / 0.309: the two layouts of
// a line a node with its markup before the text were read as prose (their
// lines with no text of their own, which take the label of the next
// paragraph, 189 and 572 of them: accuracy 0.598 and 0.421; their lines
// with text 0.672 and 0.570; the other two layouts 0.901). Titles: the
// model found 10 of 20 gold headlines exactly, the rules 5
// (yxTitleFloors). The model's floors were raised in the same session
// after markupdump.go, read off the run (html2 0.975 / 0.940, Pug 0.982 /
// 0.890; titles 16 of 20): yx is a development set since.
var yxFloors = map[string]map[string]mlFloor{
	"model": {
		// Raised after markupdump.go (html2's and Pug's pages read as the
		// HTML they stand for): the blind run's scores after "blind".
		"de":  {0.91, 0.87, 0.89}, // measured 0.974 0.937 0.956; blind 0.859 0.522 0.616
		"es":  {0.92, 0.88, 0.87}, // measured 0.988 0.941 0.933; blind 0.960 0.759 0.804
		"fr":  {0.92, 0.88, 0.88}, // measured 0.984 0.944 0.949; blind 0.846 0.470 0.549
		"pl":  {0.92, 0.87, 0.89}, // measured 0.989 0.935 0.951; blind 0.919 0.576 0.655
		"zh":  {0.86, 0.85, 0.85}, // measured 0.923 0.916 0.914; blind 0.794 0.500 0.578
		"gsw": {0.94, 0.69, 0.82}, // measured 1.000 0.759 0.885; blind 0.913 0.566 0.667
		"lmo": {0.89, 0.66, 0.76}, // measured 0.959 0.726 0.829 (blind, unchanged)
		"szl": {0.89, 0.80, 0.86}, // measured 0.953 0.868 0.923 (blind, unchanged)
		"ext": {0.90, 0.79, 0.83}, // measured 0.969 0.850 0.899; blind 0.571 0.173 0.353
		"all": {0.94, 0.88, 0.90}, // measured 0.970 0.914 0.931; blind 0.871 0.548 0.615
	},
	"rules": {
		"de":  {0.48, 0.35, 0.45}, // measured 0.542 0.417 0.514
		"es":  {0.85, 0.50, 0.57}, // measured 0.915 0.567 0.638
		"fr":  {0.80, 0.36, 0.44}, // measured 0.860 0.423 0.505
		"pl":  {0.66, 0.30, 0.38}, // measured 0.720 0.365 0.443
		"zh":  {0.61, 0.17, 0.44}, // measured 0.670 0.238 0.502
		"gsw": {0.25, 0.26, 0.42}, // measured 0.317 0.329 0.483
		"lmo": {0.81, 0.38, 0.56}, // measured 0.876 0.440 0.629
		"szl": {0.71, 0.16, 0.37}, // measured 0.773 0.222 0.436
		"ext": {0.78, 0.12, 0.19}, // measured 0.842 0.184 0.252
		"all": {0.71, 0.35, 0.45}, // measured 0.743 0.380 0.488
	},
}

// yxTitleFloors: the title recall of yx's runs, less 0.1 (the model's
// after markupdump.go; blind 0.50).
var yxTitleFloors = map[string]float64{"model": 0.70, "rules": 0.15}

// yyFloors holds the floors of yy, the blind set of 20 news pages (German,
// Spanish, French, Polish ×3, Chinese ×4, Bavarian, Walloon, Lower
// Sorbian, Picard) written as HTML and turned into text by hxpipe
// (html-xml-utils), by LibreOffice Writer's Word 97 file read back by
// antiword, by LibreOffice Calc's CSV and by recoll's query output
// (testdata/yy), written by a helper in the twenty-fourth session of
// 2026-12-03 and scored once in it, after its changes, with the code of
// 081b4b6: the scores of that run less 0.03 on the whole set and 0.06 per
// language, rounded down to 0.01. The session's starting code (c297f59)
// scores the same on these pages (its changes touch other layouts and
// HTML). By layout (model body F1 / macro F1): hxpipe 0.688 / 0.423 (a
// line a node again: 1,607 of its 1,869 lines have no text of their own,
// accuracy 0.646; its lines with text 0.744), Writer + antiword 0.942 /
// 0.905, Calc's CSV 0.954 / 0.663, recoll 0.929 / 0.924. Titles: the model
// found 13 of 20 gold headlines exactly, the rules 2 (yyTitleFloors).
// yy's HTML pages, read as winnow reads HTML (TestHTMLCheckSets), scored
// 0.922 / 0.809 / 0.857 in the same run (the starting code 0.880 / 0.672
// / 0.754). The model's floors were raised in the same session after
// hxpipe's events and Calc's CSV were read as what they stand for
// (hxpipedump.go, csvdump.go; hxpipe 0.973 / 0.867, CSV 0.974 / 0.890):
// yy is a development set since. Titles fell to 11 of 20 (hxpipe's
// element lines without text, body by the next-line rule, stand before
// the headline's text).
var yyFloors = map[string]map[string]mlFloor{
	"model": {
		// Raised after csvdump.go and hxpipedump.go, read off the run: the
		// blind run's scores after "blind".
		"de":  {0.84, 0.87, 0.88}, // measured 0.905 0.930 0.947; blind 0.813 0.579 0.714
		"es":  {0.92, 0.86, 0.88}, // measured 0.987 0.925 0.946; blind 0.884 0.546 0.723
		"fr":  {0.93, 0.90, 0.91}, // measured 0.998 0.963 0.973; blind 0.935 0.586 0.690
		"pl":  {0.92, 0.83, 0.86}, // measured 0.986 0.893 0.923 (blind, unchanged)
		"zh":  {0.89, 0.79, 0.81}, // measured 0.953 0.856 0.872; blind 0.865 0.550 0.692
		"bar": {0.88, 0.68, 0.76}, // measured 0.942 0.740 0.829; blind 0.684 0.424 0.682
		"wa":  {0.89, 0.72, 0.76}, // measured 0.954 0.789 0.825 (blind, unchanged)
		"dsb": {0.84, 0.73, 0.76}, // measured 0.905 0.795 0.829; blind 0.807 0.411 0.579
		"pcd": {0.76, 0.56, 0.70}, // measured 0.824 0.626 0.762 (blind, unchanged)
		"all": {0.92, 0.84, 0.88}, // measured 0.955 0.878 0.911; blind 0.885 0.584 0.712
	},
	"rules": {
		"de":  {0.66, 0.52, 0.64}, // measured 0.721 0.581 0.708
		"es":  {0.74, 0.54, 0.66}, // measured 0.809 0.605 0.727
		"fr":  {0.77, 0.55, 0.64}, // measured 0.832 0.611 0.708
		"pl":  {0.79, 0.43, 0.59}, // measured 0.858 0.496 0.654
		"zh":  {0.39, 0.15, 0.47}, // measured 0.459 0.211 0.533
		"bar": {0.69, 0.28, 0.54}, // measured 0.757 0.347 0.606
		"wa":  {0.58, 0.19, 0.49}, // measured 0.640 0.256 0.550
		"dsb": {0.00, 0.03, 0.26}, // measured 0.000 0.099 0.329
		"pcd": {0.23, 0.20, 0.36}, // measured 0.298 0.260 0.429
		"all": {0.66, 0.48, 0.61}, // measured 0.690 0.510 0.642
	},
}

// yyTitleFloors: the title recall of yy's run, less 0.1.
var yyTitleFloors = map[string]float64{"model": 0.55, "rules": 0.00}
