// Command jh2t prints the text of an HTML page as github.com/jaytaylor/html2text
// makes it (default options: links kept as "text ( url )", no pretty tables)
// followed by a newline.
package main

import (
	"fmt"
	"os"

	"github.com/jaytaylor/html2text"
)

func main() {
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	text, err := html2text.FromString(string(b), html2text.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(text)
}
