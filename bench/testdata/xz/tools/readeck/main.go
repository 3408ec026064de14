// readeck prints what codeberg.org/readeck/go-readability/v2 extracts from
// an HTML file, as a reader app saves an article: the article's title on a
// line, a blank line, its byline and a blank line when it found one, then
// the article's content as the library's own text output
// (Article.RenderText, its innerText rendering), then a newline. The page
// URL given to the library is https://example.org/ (the pages' links are
// site-relative).
package main

import (
	"fmt"
	"net/url"
	"os"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	u, _ := url.Parse("https://example.org/")
	a, err := readability.FromReader(f, u)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var b strings.Builder
	if err := a.RenderText(&b); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(a.Title())
	fmt.Println()
	if by := strings.TrimSpace(a.Byline()); by != "" {
		fmt.Println(by)
		fmt.Println()
	}
	fmt.Println(b.String())
}
