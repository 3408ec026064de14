// hq PAGE.html: print the text of the whole page by
// github.com/antchfx/htmlquery (XPath over golang.org/x/net/html):
// htmlquery.InnerText of the document node the file parses into, and a
// newline, nothing else done to it.
package main

import (
	"fmt"
	"os"

	"github.com/antchfx/htmlquery"
)

func main() {
	doc, err := htmlquery.LoadDoc(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(htmlquery.InnerText(doc))
}
