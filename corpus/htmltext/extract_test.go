package htmltext

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/winnowhq/winnow/corpus"
)

// para is the part of a paragraph a table test checks.
type para struct {
	Text  string
	Tag   string
	Block int
}

func paras(p *Page) []para {
	out := make([]para, 0, len(p.Paragraphs))
	for _, q := range p.Paragraphs {
		out = append(out, para{q.Text, q.Structure.Tag, q.Block})
	}
	return out
}

func extract(t testing.TB, html string, opts Options) *Page {
	t.Helper()
	p, err := Extract(context.Background(), []byte(html), "text/html", opts)
	require.NoError(t, err)
	checkPage(t, p, opts.withDefaults())
	return p
}

// checkPage asserts the invariants every Page holds. It avoids testify in
// its loop: pages with 100,000 paragraphs go through it.
func checkPage(t testing.TB, p *Page, opts Options) {
	t.Helper()
	if err := pageError(p, opts); err != "" {
		t.Fatal(err)
	}
}

// pageError returns what is wrong with a Page, or "".
func pageError(p *Page, opts Options) string {
	if !utf8.ValidString(p.Text) {
		return "text is not valid UTF-8"
	}
	if !norm.NFC.IsNormalString(p.Text) {
		return "text is not NFC"
	}
	if len(p.Paragraphs) == 0 {
		if p.Text != "" {
			return "text without paragraphs"
		}
		return ""
	}
	if first := p.Paragraphs[0]; first.Start != 0 || first.Block != 0 {
		return fmt.Sprintf("first paragraph at %d, block %d", first.Start, first.Block)
	}
	if last := p.Paragraphs[len(p.Paragraphs)-1]; last.End != len(p.Text) {
		return fmt.Sprintf("last paragraph ends at %d of %d", last.End, len(p.Text))
	}
	for i, q := range p.Paragraphs {
		switch {
		case q.Start >= q.End:
			return fmt.Sprintf("paragraph %d is empty", i)
		case p.Text[q.Start:q.End] != q.Text:
			return fmt.Sprintf("paragraph %d text is not its slice of the text", i)
		case strings.Contains(q.Text, "\n"), strings.Contains(q.Text, "  "), strings.TrimSpace(q.Text) != q.Text:
			return fmt.Sprintf("paragraph %d has untidy white space: %q", i, q.Text)
		}
		for _, r := range q.Text {
			if r < 0x20 || r == 0x7f || invisible(r) || unicode.IsSpace(r) && r != ' ' {
				return fmt.Sprintf("paragraph %d has %U", i, r)
			}
		}
		if i > 0 {
			prev := p.Paragraphs[i-1]
			sep := p.Text[prev.End:q.Start]
			switch q.Block - prev.Block {
			case 0:
				if sep != "\n" {
					return fmt.Sprintf("lines %d and %d of a block are separated by %q", i-1, i, sep)
				}
			case 1:
				if sep != "\n\n" {
					return fmt.Sprintf("blocks at paragraphs %d and %d are separated by %q", i-1, i, sep)
				}
			default:
				return fmt.Sprintf("block index jumps from %d to %d", prev.Block, q.Block)
			}
		}
		st := q.Structure
		switch {
		case st == nil:
			return fmt.Sprintf("paragraph %d has no structure", i)
		case st.Tag == "":
			return fmt.Sprintf("paragraph %d has no tag", i)
		case st.Path != "body" && !strings.HasPrefix(st.Path, "body/"):
			return fmt.Sprintf("paragraph %d path %q", i, st.Path)
		case !strings.HasSuffix(st.Path, "/"+st.Tag) && !(st.Path == "body" && st.Tag == "body"):
			return fmt.Sprintf("paragraph %d path %q does not end in %q", i, st.Path, st.Tag)
		case strings.Count(st.Path, "/") > MaxPathElements+1:
			return fmt.Sprintf("paragraph %d path too long: %q", i, st.Path)
		case st.Depth < 0 || st.Depth > opts.MaxDepth:
			return fmt.Sprintf("paragraph %d depth %d", i, st.Depth)
		case st.LinkRunes < 0 || st.LinkRunes > utf8.RuneCountInString(q.Text):
			return fmt.Sprintf("paragraph %d link runes %d of %q", i, st.LinkRunes, q.Text)
		case len(st.Hints) > MaxHints:
			return fmt.Sprintf("paragraph %d has %d hints", i, len(st.Hints))
		}
		var seen uint64
		for _, h := range st.Hints {
			bit, ok := hintBitOf[h]
			if !ok || seen&bit != 0 {
				return fmt.Sprintf("paragraph %d hints %v", i, st.Hints)
			}
			seen |= bit
		}
	}
	return ""
}

func TestExtractLayout(t *testing.T) {
	tests := []struct {
		name string
		html string
		want []para
	}{
		{"paragraphs", "<p>Hello   world</p>\n<p>Two\n lines</p>",
			[]para{{"Hello world", "p", 0}, {"Two lines", "p", 1}}},
		{"br splits lines of one block", "<p>By Jane Doe<br>April 2, 2020<br/>Updated</p><p>Text</p>",
			[]para{{"By Jane Doe", "p", 0}, {"April 2, 2020", "p", 0}, {"Updated", "p", 0}, {"Text", "p", 1}}},
		{"two br end a block", "<div>one<br><br>two<br> <br>three</div>",
			[]para{{"one", "div", 0}, {"two", "div", 1}, {"three", "div", 2}}},
		{"leading br", "<p><br>one</p>", []para{{"one", "p", 0}}},
		{"list items", "<ul><li>a</li><li>b <b>bold</b></li></ul><ol><li>c</ol>",
			[]para{{"a", "li", 0}, {"b bold", "li", 1}, {"c", "li", 2}}},
		{"implicit p close", "<p>one<p>two<div>three</div>four",
			[]para{{"one", "p", 0}, {"two", "p", 1}, {"three", "div", 2}, {"four", "body", 3}}},
		{"implicit li close", "<ul><li>a<li>b<ul><li>c</ul><li>d</ul>",
			[]para{{"a", "li", 0}, {"b", "li", 1}, {"c", "li", 2}, {"d", "li", 3}}},
		{"tables", "<table><tr><th>h<td>a<tr><td>b<td>c</table>after",
			[]para{{"h", "th", 0}, {"a", "td", 1}, {"b", "td", 2}, {"c", "td", 3}, {"after", "body", 4}}},
		{"inline runs join", "<p>Hello <b>big</b><i>gest</i> <a href=x>world</a>!</p>",
			[]para{{"Hello biggest world!", "p", 0}}},
		{"block inside inline", "<span>a<div>b</div>c</span>",
			[]para{{"a", "body", 0}, {"b", "div", 1}, {"c", "body", 2}}},
		{"headings", "<h1>Title<h2>Sub</h2><h3>x</h4>y",
			[]para{{"Title", "h1", 0}, {"Sub", "h2", 1}, {"x", "h3", 2}, {"y", "body", 3}}},
		{"entities and nbsp", "<p>A&amp;B&nbsp;&nbsp;C &#8217;&quot;</p>", []para{{"A&B C ’\"", "p", 0}}},
		{"invisible characters", "<p>zero\u200bwidth soft\u00adhyphen\u0007bell \ufeffbom</p>", []para{{"zerowidth softhyphenbell bom", "p", 0}}},
		{"nfc", "<p>cafe\u0301</p>", []para{{"café", "p", 0}}},
		{"unicode spaces", "<p>a\u2003b\u2028c\u3000d</p>", []para{{"a b c d", "p", 0}}},
		{"pre keeps lines", "<pre>line 1\nline  2\n\n  indented\n</pre>",
			[]para{{"line 1", "pre", 0}, {"line 2", "pre", 0}, {"indented", "pre", 1}}},
		{"buttons and images separate words", "<p><button>Share</button><button>Tweet</button>word<img src=x>word</p>",
			[]para{{"Share Tweet word word", "p", 0}}},
		{"text without elements", "just text", []para{{"just text", "body", 0}}},
		{"stray end tags", "</div></p>a</span></li>b", []para{{"ab", "body", 0}}},
		{"hr", "a<hr>b", []para{{"a", "body", 0}, {"b", "body", 1}}},
		{"whitespace only", "<p> \n\t </p><div>&nbsp;</div>", nil},
		{"empty", "", nil},
		{"head content is not text", "<html><head><title>T</title><meta name=x content=y><style>p{}</style></head><body><p>b</p></body></html>",
			[]para{{"b", "p", 0}}},
		{"text after body", "<body><p>a</p></body>tail</html>more", []para{{"a", "p", 0}, {"tailmore", "body", 1}}},
		{"xmp is verbatim", "<xmp><b>x</b></xmp>", []para{{"<b>x</b>", "body", 0}}},
		{"self-closing div is open (as in browsers)", "<div/>a<p>b</p>", []para{{"a", "div", 0}, {"b", "p", 1}}},
		{"definition lists", "<dl><dt>term<dd>def<dt>t2</dl>", []para{{"term", "dt", 0}, {"def", "dd", 1}, {"t2", "dt", 2}}},
		{"option closes option", "<p>x<optgroup><option>a<option>b</optgroup></p>",
			[]para{{"x", "p", 0}, {"a", "option", 1}, {"b", "option", 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := extract(t, tt.html, Options{})
			if tt.want == nil {
				assert.Empty(t, p.Paragraphs)
				assert.Equal(t, "", p.Text)
				return
			}
			assert.Equal(t, tt.want, paras(p))
		})
	}
}

func TestExtractDropped(t *testing.T) {
	tests := []struct {
		name string
		html string
		want string // the page text
	}{
		{"script", "<p>a<script>var x = '<p>no</p>';</script>b</p>", "ab"},
		{"script self-closing", "<p>a<script/>var x;</script>b</p>", "ab"},
		{"style", "<style>p { color: red }</style><p>a</p>", "a"},
		{"noscript", "<noscript><p>Enable JavaScript</p></noscript><p>a</p>", "a"},
		{"template", "<template><p>tpl</p></template><p>a</p>", "a"},
		{"svg", "<p>a<svg><title>icon</title><text>t</text><path/></svg>b</p>", "ab"},
		{"math is text", "<p>a <math><mi>x</mi><mo>=</mo><mn>1</mn></math> b</p>", "a x=1 b"},
		{"select", "<form>Sort <select><option>New<option>Old</select> now</form>", "Sort now"},
		{"iframe and textarea", "<iframe>x</iframe><textarea>y</textarea>z", "z"},
		{"media", "<video>Your browser cannot play video</video><audio>no</audio><canvas>c</canvas>z", "z"},
		{"hidden attribute", "<div hidden><p>h</p></div><p>v</p>", "v"},
		{"aria-hidden", "<p>a<span aria-hidden=\"true\">×</span><span aria-hidden=false>b</span></p>", "ab"},
		{"display none", "<div style=\"color:red; DISPLAY : none\"><p>h</p></div><p style=\"display:block\">v</p>", "v"},
		{"visibility hidden", "<p style='visibility:hidden'>h</p>v", "v"},
		{"closed dialog", "<dialog><p>modal</p></dialog><dialog open><p>shown</p></dialog>", "shown"},
		{"a hidden block does not split the line", "<div>one<div hidden>x</div> two</div>", "one two"},
		{"comments", "<p>a<!-- <p>no</p> -->b</p>", "ab"},
		{"title is not body text", "<title>T</title>x", "x"},
		{"svg self-closing inside skip", "<svg><g/><g/><g/></svg><p>a</p>", "a"},
		{"unclosed hidden swallows the rest", "<p>a</p><div hidden><p>b", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extract(t, tt.html, Options{}).Text)
		})
	}
}

func TestExtractStructure(t *testing.T) {
	tests := []struct {
		name string
		html string
		text string // the paragraph to look at
		want corpus.Structure
	}{
		{"path and depth", "<div><article><p>x</p></article></div>", "x",
			corpus.Structure{Tag: "p", Path: "body/div/article/p", Depth: 3}},
		{"inline ancestors are in the path", "<div><a href=/><div>x</div></a></div>", "x",
			corpus.Structure{Tag: "div", Path: "body/div/a/div", Depth: 3, LinkRunes: 1}},
		{"hints nearest first", "<div class=\"site-footer\"><div id=\"author-bio\"><p>James writes.</p></div></div>", "James writes.",
			corpus.Structure{Tag: "p", Path: "body/div/div/p", Depth: 3, Hints: []string{"author", "bio", "footer"}}},
		{"hints from inline children", "<p class=meta>By <a class=\"author-name\" rel=author href=/a>Jane Doe</a> <time class=published>May 2</time></p>", "By Jane Doe May 2",
			corpus.Structure{Tag: "p", Path: "body/p", Depth: 1, LinkRunes: 8, Hints: []string{"meta", "author", "date"}}},
		{"camel case and compounds", "<div class=\"ArticleBody_byline__x1b2 sharedaddy\"><span>x</span></div>", "x",
			corpus.Structure{Tag: "div", Path: "body/div", Depth: 1, Hints: []string{"article", "byline", "share"}}},
		{"roles and itemprop", "<nav role=navigation><ul><li itemprop=\"articleBody\">x</li></ul></nav>", "x",
			corpus.Structure{Tag: "li", Path: "body/nav/ul/li", Depth: 3, Hints: []string{"article", "nav"}}},
		{"utility classes are not hints", "<div class=\"col-md-8 text-center card-body clearfix\"><p>x</p></div>", "x",
			corpus.Structure{Tag: "p", Path: "body/div/p", Depth: 2}},
		{"link runes", "<p>Read <a href=/a>more stories</a> <a href=/b>here</a></p>", "Read more stories here",
			corpus.Structure{Tag: "p", Path: "body/p", Depth: 1, LinkRunes: 16}},
		{"anchors without href are not links", "<p><a name=top>Top</a></p>", "Top",
			corpus.Structure{Tag: "p", Path: "body/p", Depth: 1}},
		{"links do not nest", "<p><a href=1>one<a href=2>two</a> three</p>", "onetwo three",
			corpus.Structure{Tag: "p", Path: "body/p", Depth: 1, LinkRunes: 6}},
		{"body level", "<span class=cookie-notice>We use cookies</span>", "We use cookies",
			corpus.Structure{Tag: "body", Path: "body", Hints: []string{"cookie"}}},
		{"table cell", "<table class=data><tbody><tr><td>1</td></tr></tbody></table>", "1",
			corpus.Structure{Tag: "td", Path: "body/table/tbody/tr/td", Depth: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := extract(t, tt.html, Options{})
			for _, q := range p.Paragraphs {
				if q.Text == tt.text {
					got := *q.Structure
					assert.Len(t, got.Ancestors, min(got.Depth, corpus.MaxAncestors), "one ancestor per level")
					got.Ancestors = nil
					assert.Equal(t, tt.want, got)
					return
				}
			}
			t.Fatalf("no paragraph %q in %q", tt.text, p.Text)
		})
	}
}

func TestExtractAncestors(t *testing.T) {
	page := `<div id=a><p>one</p><p>two</p></div><div id=b><ul><li>three</li><li>four</li></ul></div>` +
		strings.Repeat("<div>", 20) + "<p>deep</p>" + strings.Repeat("</div>", 20)
	p := extract(t, page, Options{})
	anc := map[string][]int32{}
	for _, q := range p.Paragraphs {
		require.NotNil(t, q.Structure, q.Text)
		anc[q.Text] = q.Structure.Ancestors
	}
	require.Len(t, anc, 5)
	tests := []struct {
		name   string
		a, b   string
		level  int // the ancestor level both share (0: the block itself)
		shared bool
	}{
		{"siblings differ in themselves", "one", "two", 0, false},
		{"siblings share their parent", "one", "two", 1, true},
		{"list items share the list", "three", "four", 1, true},
		{"list items share the div", "three", "four", 2, true},
		{"separate divs differ", "one", "three", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := anc[tt.a], anc[tt.b]
			require.Greater(t, len(a), tt.level)
			require.Greater(t, len(b), tt.level)
			assert.Equal(t, tt.shared, a[tt.level] == b[tt.level])
		})
	}
	assert.Len(t, anc["deep"], corpus.MaxAncestors, "capped")
}

func TestExtractMeta(t *testing.T) {
	tests := []struct {
		name string
		html string
		want map[string]string
	}{
		{"none", "<p>x</p>", nil},
		{"title tag", "<title> My  page | Site </title><p>x</p>", map[string]string{"title": "My page | Site"}},
		{"og title wins", `<title>T | Site</title><meta property="og:title" content="T"><h1>H</h1>`, map[string]string{"title": "T"}},
		{"h1 when nothing else", "<h1>First <b>head</b></h1><h1>Second</h1>", map[string]string{"title": "First head"}},
		{"full", `<html lang="en-GB"><head>
			<meta charset="utf-8">
			<meta name="author" content="Jane Doe">
			<meta property="article:published_time" content="2020-04-02T10:00:00Z">
			<meta name="date" content="2020-01-01">
			<meta property="article:modified_time" content="2020-04-03">
			<meta property="og:site_name" content="The Paper">
			<meta name="description" content="What happened.">
			<meta property="og:type" content="article">
			<link rel="canonical" href="https://example.com/a">
			<meta property="og:url" content="https://example.com/a?utm=1">
			</head><body><p>x</p></body></html>`,
			map[string]string{"lang": "en-GB", "author": "Jane Doe", "date": "2020-04-02T10:00:00Z", "modified": "2020-04-03",
				"site": "The Paper", "description": "What happened.", "type": "article", "url": "https://example.com/a"}},
		{"author url skipped, byl cleaned", `<meta property="article:author" content="https://fb.com/x"><meta name="byl" content="By JOHN SMITH">`,
			map[string]string{"author": "JOHN SMITH"}},
		{"itemprop and time", `<meta itemprop="datePublished" content="2021-05-05"><time datetime="2000-01-01">old</time>`,
			map[string]string{"date": "2021-05-05"}},
		{"time element as last resort", `<p><time datetime=" 2019-09-09 ">Sept 9</time></p>`, map[string]string{"date": "2019-09-09"}},
		{"content-language", `<meta http-equiv="Content-Language" content="fr">`, map[string]string{"lang": "fr"}},
		{"svg title is not the title", `<svg><title>icon</title></svg><title>Real</title>`, map[string]string{"title": "Real"}},
		{"case-insensitive names", `<META NAME="Author" CONTENT="A B">`, map[string]string{"author": "A B"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extract(t, tt.html, Options{}).Meta)
		})
	}
}

func TestApply(t *testing.T) {
	p := extract(t, `<title>T</title><meta name=author content=A><p>body</p>`, Options{})
	d := &corpus.Document{ID: "x", Raw: []byte("<p>body</p>"), Meta: map[string]string{"title": "from reader"}}
	p.Apply(d)
	assert.Equal(t, "body", d.Text)
	assert.Equal(t, p.Paragraphs, d.Paragraphs)
	assert.Equal(t, map[string]string{"title": "from reader", "author": "A"}, d.Meta)
	d = &corpus.Document{}
	extract(t, "<p>a</p>", Options{}).Apply(d)
	assert.Nil(t, d.Meta)
}

func TestExtractLimits(t *testing.T) {
	_, err := Extract(context.Background(), []byte(strings.Repeat("x", 101)), "", Options{MaxBytes: 100})
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "101 bytes, limit 100")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Extract(ctx, []byte("<p>x</p>"), "", Options{})
	require.ErrorIs(t, err, context.Canceled)
	_, err = Extract(ctx, []byte(strings.Repeat("<b>x</b>", 10000)), "", Options{})
	require.ErrorIs(t, err, context.Canceled)
}

func TestExtractMaxDepth(t *testing.T) {
	html := "<div class=a><div class=nav><div><section><p>deep <b>text</b></p><p>two</p></section></div></div></div><p>after</p>"
	p := extract(t, html, Options{MaxDepth: 2})
	assert.Equal(t, []para{{"deep text", "div", 0}, {"two", "div", 1}, {"after", "p", 2}}, paras(p))
	assert.Equal(t, "body/div/div", p.Paragraphs[0].Structure.Path)
	assert.Equal(t, []string{"nav"}, p.Paragraphs[0].Structure.Hints)

	// A skipped element beyond the cap is skipped with all it holds.
	p = extract(t, "<div><div><div hidden><div><p>no</p></div>x</div>yes</div></div>", Options{MaxDepth: 2})
	assert.Equal(t, "yes", p.Text)
}

func TestExtractLongPath(t *testing.T) {
	html := strings.Repeat("<div>", 30) + "<p>x</p>"
	p := extract(t, html, Options{})
	st := p.Paragraphs[0].Structure
	assert.Equal(t, 31, st.Depth)
	assert.Equal(t, "body/…"+strings.Repeat("/div", MaxPathElements-1)+"/p", st.Path)
}

func TestExtractDeterministic(t *testing.T) {
	html := `<html lang=en><title>t</title><div class="post author"><p>a<br>b</p><ul class=related><li><a href=/>c</a></ul></div>`
	a := extract(t, html, Options{})
	b := extract(t, html, Options{})
	assert.Equal(t, a, b)
}

func TestAttrMask(t *testing.T) {
	names := func(m uint64) []string { return appendHintNames(nil, m, 0, 64) }
	for in, want := range map[string][]string{
		"":                                nil,
		"comments-area":                   {"comment"},
		"td-post-author-name":             {"article", "author"},
		"c-byline__item":                  {"byline"},
		"ArticleBody-byline":              {"article", "byline"},
		"HTMLContent":                     {"content"},
		"sharedaddy sd-sharing-enabled":   {"share"},
		"mainNav navbar-top":              {"content", "nav"},
		"adsbygoogle":                     {"ad"},
		"addthis_toolbox":                 {"share"},
		"col-md-8 text-center card-body":  nil,
		"navy-blue address admin":         nil, // short words do not match by prefix
		"newsletter-signup":               {"newsletter", "subscribe"},
		"sr-only screen-reader-text":      {"hidden"},
		"x" + strings.Repeat("a", 100):    nil,
		"cookie-consent gdpr":             {"cookie"},
		"wp-caption-text photo-credit":    {"caption", "credit"},
		"related-posts mostRead trending": {"related"},
	} {
		assert.Equal(t, want, names(attrMask([]byte(in), nil)), in)
	}
	assert.Equal(t, []string{"nav", "footer"}, appendHintNames(nil, roleMask([]byte("navigation CONTENTINFO bogus")), 0, 10))
}

func TestAttrHints(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"comments", []string{"comment"}},
		{"ArticleByline author-box", []string{"article", "byline", "author"}},
		{"k antwort", []string{"comment"}}, // German: a reply
		{"k xyz", nil},
		{"entradilla firma", []string{"summary", "byline"}},
		{"komentarze pinglun", []string{"comment"}},
		{"c-autor udostepnij", []string{"author", "share"}},
		{"", nil},
	} {
		assert.Equal(t, tc.want, AttrHints(nil, tc.in), "%q", tc.in)
	}
}
