// Command h2m prints the Markdown of a whole HTML page as
// github.com/JohannesKaufmann/html-to-markdown/v2 converts it (default
// options: the base and commonmark plugins), followed by a newline.
//
// Usage: h2m PAGE.html > PAGE.txt
package main

import (
	"fmt"
	"os"

	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: h2m PAGE.html")
		os.Exit(2)
	}
	in, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	md, err := htmltomarkdown.ConvertString(string(in))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(md)
}
