// Command gqtext prints the text of an HTML page's <body> as a naive
// goquery scraper gets it: the page is parsed with
// github.com/PuerkitoBio/goquery, its <script>, <style> and <noscript>
// elements are removed (as such scrapers do, so that no code is printed), and
// doc.Find("body").Text() — every text node concatenated, with the HTML
// source's own whitespace and newlines — is printed as it is, then a newline.
package main

import (
	"fmt"
	"os"

	"github.com/PuerkitoBio/goquery"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	doc, err := goquery.NewDocumentFromReader(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	doc.Find("script, style, noscript").Remove()
	fmt.Println(doc.Find("body").Text())
}
