package classify

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// linesOf makes a paragraph of every non-empty line, as the splitter does
// on these layouts; trim drops the indentation, as the normaliser does.
func linesOf(s string, trim bool) []corpus.Paragraph {
	var ps []corpus.Paragraph
	for l := range strings.SplitSeq(s, "\n") {
		if trim {
			l = strings.TrimSpace(l)
		}
		if strings.TrimSpace(l) != "" {
			ps = append(ps, corpus.Paragraph{Text: l})
		}
	}
	return ps
}

// markupArticleHTML2 is a small news page as xml2's html2 prints it: a menu, an article of a headline and
// four paragraphs, a comment and a footer.
const markupArticleHTML2 = `/html/@lang=en
/html= 
/html/head/title=Harbour reopens after storm | Coast Gazette
/html/body= 
/html/body/header/nav/ul/li/a/@href=/news
/html/body/header/nav/ul/li/a=News
/html/body/header/nav/ul= 
/html/body/header/nav/ul/li/a/@href=/sport
/html/body/header/nav/ul/li/a=Sport
/html/body/header/nav/ul= 
/html/body/header/nav/ul/li/a/@href=/weather
/html/body/header/nav/ul/li/a=Weather
/html/body= 
/html/body/main/article/h1=Harbour reopens three weeks after the storm
/html/body/main/article= 
/html/body/main/article/p=The harbour of Port Ellen reopened to fishing boats on Monday morning, three weeks after the storm tore away part of the outer breakwater and sank two moored trawlers.
/html/body/main/article= 
/html/body/main/article/p=Divers from the council worked through the weekend to clear the channel. The harbour master said the first boats left at dawn and returned with a full catch before noon.
/html/body/main/article= 
/html/body/main/article/p=Repairs to the breakwater will take until the spring, and larger vessels must wait for the tide before they enter. The council has asked the government for emergency funds to pay for the work.
/html/body/main/article= 
/html/body/main/article/p=Fishermen welcomed the news but said the weeks without work had cost many families their savings. A meeting on compensation is planned for Thursday evening in the village hall.
/html/body= 
/html/body/footer/p=© 2026 Coast Gazette · Privacy · Terms
`

// markupArticlePug is the same page as html2pug prints it.
const markupArticlePug = `doctype html
html(lang='en')
  head
    title Harbour reopens after storm | Coast Gazette
  body
    header
      nav
        ul
          li
            a(href='/news') News
          li
            a(href='/sport') Sport
          li
            a(href='/weather') Weather
    main
      article
        h1 Harbour reopens three weeks after the storm
        p The harbour of Port Ellen reopened to fishing boats on Monday morning, three weeks after the storm tore away part of the outer breakwater and sank two moored trawlers.
        p Divers from the council worked through the weekend to clear the channel. The harbour master said the first boats left at dawn and returned with a full catch before noon.
        p Repairs to the breakwater will take until the spring, and larger vessels must wait for the tide before they enter. The council has asked the government for emergency funds to pay for the work.
        p Fishermen welcomed the news but said the weeks without work had cost many families their savings. A meeting on compensation is planned for Thursday evening in the village hall.
    footer
      p © 2026 Coast Gazette · Privacy · Terms
`

// markupArticleHXPipe is the same page as hxpipe prints it.
const markupArticleHXPipe = `!html ""
Alang CDATA en
(html
(head
(title
-Harbour reopens after storm | Coast Gazette
)title
)head
-\n
(body
(header
(nav
(ul
(li
Ahref CDATA /news
(a
-News
)a
)li
(li
Ahref CDATA /sport
(a
-Sport
)a
)li
(li
Ahref CDATA /weather
(a
-Weather
)a
)li
)ul
)nav
)header
-\n
(main
(article
(h1
-Harbour reopens three weeks after the storm
)h1
(p
-The harbour of Port Ellen reopened to fishing boats on Monday morning, three weeks after the storm tore away part of the outer breakwater and sank two moored trawlers.
)p
(p
-Divers from the council worked through the weekend to clear the channel. The harbour master said the first boats left at dawn and returned with a full catch before noon.
)p
(p
-Repairs to the breakwater will take until the spring, and larger vessels must wait for the tide before they enter. The council has asked the government for emergency funds to pay for the work.
)p
(figure
Asrc CDATA /harbour.jpg
(img
(figcaption
-The outer breakwater on Monday. Photo: Coast Gazette
)figcaption
)figure
(p
-Fishermen welcomed the news but said the weeks without work had cost many families their savings. A meeting on compensation is planned for Thursday evening in the village hall.
)p
)article
)main
(footer
(p
-© 2026 Coast Gazette · Privacy · Terms
)p
)footer
)body
)html
`

func TestMarkupDumpOf(t *testing.T) {
	tests := []struct {
		name string
		text string
		trim bool
		want markupDumpKind
	}{
		{"html2", markupArticleHTML2, false, html2Dump},
		{"pug", markupArticlePug, false, pugDump},
		{"pug without indentation", markupArticlePug, true, pugDump},
		{"hxpipe", markupArticleHXPipe, false, hxpipeDump},
		{"dashes and brackets", "(see below)\n- one\n- two\n- three\n- four\n- five\n- six\n- seven\n- eight", false, notMarkupDump},
		{"prose", "The harbour reopened.\nBoats left at dawn.\nRepairs take until spring.\nA meeting is planned.\nMore text.\nAnd more.\nAnd more still.\nThe end.", false, notMarkupDump},
		{"file paths", strings.Repeat("/usr/bin/ls\n/usr/lib/x=1\n", 10), false, notMarkupDump},
		{"a doctype over prose", "doctype html\n" + strings.Repeat("Boats left at dawn, and the harbour master waved.\n", 10), false, notMarkupDump},
		{"too short", "/html/body/p=One\n/html/body/p=Two", false, notMarkupDump},
		{"empty", "", false, notMarkupDump},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, markupDumpOf(linesOf(tt.text, tt.trim)))
		})
	}
}

func TestHTML2Path(t *testing.T) {
	tests := []struct {
		line     string
		names    []string
		attr     string
		value    string
		hasValue bool
		ok       bool
	}{
		{"/html/body/p=Hello = world", []string{"html", "body", "p"}, "", "Hello = world", true, true},
		{"/html/body/p/@class=byline", []string{"html", "body", "p"}, "class", "byline", true, true},
		{"/html/body/ul/li", []string{"html", "body", "ul", "li"}, "", "", false, true},
		{"/html/body/!=a comment", []string{"html", "body", "!"}, "", "a comment", true, true},
		{"/html/body/p/@class/x=y", nil, "", "", false, false},
		{"/html//p=x", nil, "", "", false, false},
		{"/", nil, "", "", false, false},
		{"html/body=x", nil, "", "", false, false},
		{"/html/bo dy=x", nil, "", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			names, attr, value, hasValue, ok := html2Path(tt.line)
			require.Equal(t, tt.ok, ok)
			if !ok {
				return
			}
			assert.Equal(t, tt.names, names)
			assert.Equal(t, tt.attr, attr)
			assert.Equal(t, tt.value, value)
			assert.Equal(t, tt.hasValue, hasValue)
		})
	}
}

func TestParsePugLine(t *testing.T) {
	tests := []struct {
		line string
		want pugNode
		ok   bool
	}{
		{"p.byline Von Hauke Ennen", pugNode{tag: "p", attrs: []string{"class", "byline"}, text: "Von Hauke Ennen"}, true},
		{"    a(href='/sport', title=\"Sport (all)\") Sport", pugNode{indent: 4, tag: "a", attrs: []string{"href", "/sport", "title", "Sport (all)"}, text: "Sport"}, true},
		{".cookie", pugNode{tag: "div", attrs: []string{"class", "cookie"}}, true},
		{"section#comments.comments", pugNode{tag: "section", attrs: []string{"id", "comments", "class", "comments"}}, true},
		{"| Teilen:", pugNode{text: "Teilen:"}, true},
		{"|", pugNode{}, true},
		{"input(type='email' placeholder='Ihre E-Mail')", pugNode{tag: "input", attrs: []string{"type", "email", "placeholder", "Ihre E-Mail"}}, true},
		{"script.", pugNode{tag: "script", block: true}, true},
		{"doctype html", pugNode{tag: "!"}, true},
		{"// a comment", pugNode{tag: "!"}, true},
		{"Harbour reopens", pugNode{}, false},   // not an HTML tag
		{"a(href='/x' Sport", pugNode{}, false}, // unclosed attributes
		{"p:x", pugNode{}, false},
		{"", pugNode{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, ok := parsePugLine(tt.line)
			require.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.want, got)
			}
		})
	}
}

func TestMarkupDumpHTML(t *testing.T) {
	tests := []struct {
		name string
		text string
		trim bool
		want string
	}{
		{
			// Whitespace lines between siblings, and an attribute of an
			// element that already has content, start a new sibling.
			name: "html2 siblings",
			text: "/html/body/ul/li/a/@href=/a\n/html/body/ul/li/a=A\n/html/body/ul= \n/html/body/ul/li/a/@href=/b\n/html/body/ul/li/a=B\n/html/body/p/@class=x\n/html/body/p=One\n/html/body/p/@class=y\n/html/body/p=Two\n/html/body/p=<&>",
			want: "<html><body><ul><li><a href=\"/a\">A\n</a></li> \n<li><a href=\"/b\">B\n</a></li></ul><p class=\"x\">One\n</p><p class=\"y\">Two\n&lt;&amp;&gt;\n</p></body></html>",
		},
		{
			name: "pug indented",
			text: "doctype html\nhtml\n  body\n    .box\n      p\n        | Hi\n        a(href='/x') there\n    p.after Bye",
			want: "<html><body><div class=\"box\"><p>Hi\n<a href=\"/x\">there\n</a></p></div><p class=\"after\">Bye\n</p></body></html>",
		},
		{
			// Without indentation, a section closes the one before it, a
			// list item the one before it, and an element with its text on
			// its line is whole.
			name: "pug trimmed",
			text: "doctype html\nhtml\nbody\nheader\nnav\nul\nli\na(href='/a') A\nli\na(href='/b') B\nmain\narticle\nh1 Title\np Text\nfigure\nimg(src='/i.jpg')\nfigcaption Caption\nfooter\np Legal",
			trim: true,
			want: "<html><body><header><nav><ul><li><a href=\"/a\">A\n</a></li><li><a href=\"/b\">B\n</a></li></ul></nav></header><main><article><h1>Title\n</h1><p>Text\n</p><figure><img src=\"/i.jpg\"><figcaption>Caption\n</figcaption></figure></article></main><footer><p>Legal\n</p></footer></body></html>",
		}, {
			// Attributes go to the element the next line opens, a void
			// element holds nothing, a closing tag closes the elements
			// left open inside it, escapes are undone.
			name: "hxpipe",
			text: "(html\n(body\nAclass CDATA box\n(div\n(p\n-Hi\\nthere \\\\ x\n(img\n(b\n-bold\n)div\n(p\n-Bye\n)p\n)body\n)html",
			want: "<html><body><div class=\"box\"><p>Hi there \\ x\n<img><b>bold\n</b></p></div><p>Bye\n</p></body></html>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := linesOf(tt.text, tt.trim)
			var tree *markupTree
			switch {
			case strings.HasPrefix(tt.text, "/"):
				tree, _ = readHTML2(paras)
			case strings.HasPrefix(tt.text, "("):
				tree, _ = readHXPipe(paras)
			default:
				tree, _ = readPug(paras)
			}
			var b strings.Builder
			tree.writeHTML(&b)
			assert.Equal(t, tt.want, b.String())
		})
	}
}

func TestClassifyMarkupDump(t *testing.T) {
	m, err := DefaultModel()
	require.NoError(t, err)
	for _, tt := range []struct {
		name string
		text string
		trim bool
	}{
		{"html2", markupArticleHTML2, false},
		{"pug", markupArticlePug, false},
		{"pug without indentation", markupArticlePug, true},
		{"hxpipe", markupArticleHXPipe, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			paras := linesOf(tt.text, tt.trim)
			out, ok := m.classifyMarkupDump(paras)
			require.True(t, ok)
			require.Len(t, out, len(paras))
			require.Equal(t, out, m.Classify(paras), "Classify reads the page as markup")
			labelOf := func(sub string) corpus.Label {
				for i := range paras {
					if strings.Contains(paras[i].Text, sub) {
						return out[i].Label
					}
				}
				t.Fatalf("no line holds %q", sub)
				return 0
			}
			assert.Equal(t, corpus.Chrome, labelOf("Harbour reopens after storm | Coast Gazette"), "the <title>, in the head")
			assert.Equal(t, corpus.Chrome, labelOf("Sport"), "a menu item")
			assert.Equal(t, corpus.Chrome, labelOf("/sport"), "a menu item's link, a line without text")
			assert.Equal(t, corpus.Body, labelOf("Harbour reopens three weeks after the storm"), "the headline")
			for _, s := range []string{"Port Ellen reopened", "Divers from the council", "Repairs to the breakwater", "Fishermen welcomed"} {
				assert.Equal(t, corpus.Body, labelOf(s), s)
			}
			assert.Equal(t, corpus.Chrome, labelOf("Privacy · Terms"), "the footer")
		})
	}
}

// FuzzMarkupDump feeds any text to the markup-dump reader: it never
// panics, labels every paragraph when it reads the page, and writes valid
// UTF-8 HTML of valid UTF-8 input.
func FuzzMarkupDump(f *testing.F) {
	f.Add(markupArticleHTML2)
	f.Add(markupArticlePug)
	f.Add(markupArticleHXPipe)
	f.Add("(html\n(body\n(p\n(img\n-x\\ny\n)html\n)p\nAx CDATA y z\n" + strings.Repeat("(div\n", 20))
	f.Add("doctype html\nhtml\nbody\np\n| x\na(href='/' x) y\ntable\ntr\ntd 1\ntd 2\n" + strings.Repeat("li\n", 10))
	f.Add(strings.Repeat("/html/body/div", 50) + "=x\n" + strings.Repeat("/html/body/p/@a=b\n", 10))
	m, err := DefaultModel()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<16 {
			return
		}
		paras := linesOf(s, false)
		page, lines, ok := markupDumpHTML(paras)
		if !ok {
			return
		}
		if utf8.ValidString(s) {
			require.True(t, utf8.ValidString(page))
		}
		for _, l := range lines {
			require.Less(t, l.para, len(paras))
		}
		out, ok := m.classifyMarkupDump(paras)
		if ok {
			require.Len(t, out, len(paras))
		}
	})
}

func TestMarkupPlainTexts(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		trim bool
	}{
		{"html2", markupArticleHTML2, false},
		{"pug", markupArticlePug, true},
		{"hxpipe", markupArticleHXPipe, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			paras := linesOf(tt.text, tt.trim)
			texts := PlainTexts(paras)
			require.Len(t, texts, len(paras))
			var kept []string
			for _, s := range texts {
				if s != "" {
					kept = append(kept, s)
				}
			}
			assert.Equal(t, []string{"News", "Sport", "Weather", "Harbour reopens three weeks after the storm"}, kept[:4], "the head's title and the lines without text are empty")
			assert.Equal(t, "© 2026 Coast Gazette · Privacy · Terms", kept[len(kept)-1])
		})
	}
}
