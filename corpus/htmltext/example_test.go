package htmltext_test

import (
	"context"
	"fmt"

	"github.com/winnowhq/winnow/corpus/htmltext"
)

func ExampleExtract() {
	page := []byte(`<html lang="en"><head><title>Rain again | The Paper</title>
<meta name="author" content="Jane Doe"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Rain again</h1>
<p class="byline">By Jane Doe<br>May 2, 2024</p>
<p>It rained all day.</p></article>
<script>track()</script></body></html>`)
	p, err := htmltext.Extract(context.Background(), page, "text/html; charset=utf-8", htmltext.Options{})
	if err != nil {
		panic(err)
	}
	for _, q := range p.Paragraphs {
		fmt.Printf("block %d %-20q %-16s hints=%v links=%d\n", q.Block, q.Text, q.Structure.Path, q.Structure.Hints, q.Structure.LinkRunes)
	}
	fmt.Println(p.Meta["title"], "/", p.Meta["author"], "/", p.Meta["lang"], "/", p.Charset, "from", p.CharsetFrom)
	// Output:
	// block 0 "Home News"          body/nav         hints=[] links=8
	// block 1 "Rain again"         body/article/h1  hints=[] links=0
	// block 2 "By Jane Doe"        body/article/p   hints=[byline] links=0
	// block 2 "May 2, 2024"        body/article/p   hints=[byline] links=0
	// block 3 "It rained all day." body/article/p   hints=[] links=0
	// Rain again | The Paper / Jane Doe / en / utf-8 from http
}
