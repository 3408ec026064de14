// Command traf prints what github.com/markusmobius/go-trafilatura keeps of an
// HTML page as plain text, one line per block, the way the Python
// trafilatura's txt output lays it out: the library's ContentText is the
// whole extract run into one line, so the driver walks the extracted tree
// (ContentNode, then CommentsNode when the extractor found a comment
// section) and prints every block element (p, h1-h6, li, tr, blockquote,
// pre, dt, dd, ...) on a line of its own, whitespace collapsed to single
// spaces, list items after "- ", table cells joined with " | ", and a newline
// at the end. Options: comments and tables included (the library's
// defaults), fallback extractors enabled (the library's command line does so
// by default), Balanced focus, no links, no images.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

var block = map[string]bool{
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "tr": true, "blockquote": true, "pre": true, "dt": true, "dd": true,
	"div": true, "ul": true, "ol": true, "table": true, "section": true, "article": true,
	"figure": true, "figcaption": true, "br": true, "hr": true, "dl": true, "thead": true,
	"tbody": true, "body": true, "main": true, "aside": true, "header": true, "footer": true,
}

type printer struct {
	w   *bufio.Writer
	buf strings.Builder
	pre string
}

func (p *printer) flush() {
	s := strings.Join(strings.Fields(p.buf.String()), " ")
	if s != "" {
		p.w.WriteString(p.pre + s + "\n")
	}
	p.buf.Reset()
	p.pre = ""
}

func (p *printer) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			p.buf.WriteString(c.Data)
		case html.ElementNode:
			if !block[c.Data] {
				p.walk(c)
				continue
			}
			p.flush()
			switch c.Data {
			case "li":
				p.pre = "- "
				p.walk(c)
			case "tr":
				var cells []string
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode {
						cells = append(cells, strings.Join(strings.Fields(text(td)), " "))
					}
				}
				p.buf.WriteString(strings.Join(cells, " | "))
			default:
				p.walk(c)
			}
			p.flush()
		}
	}
}

func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sb.WriteString(text(c))
		if c.Type == html.ElementNode && block[c.Data] {
			sb.WriteString(" ")
		}
	}
	return sb.String()
}

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	res, err := trafilatura.Extract(f, trafilatura.Options{EnableFallback: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	p := &printer{w: bufio.NewWriter(os.Stdout)}
	for _, n := range []*html.Node{res.ContentNode, res.CommentsNode} {
		if n != nil {
			p.walk(n)
			p.flush()
		}
	}
	p.w.Flush()
}
