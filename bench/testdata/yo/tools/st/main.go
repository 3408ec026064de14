// st PAGE.html: print the page with its tags stripped by
// github.com/grokify/html-strip-tags-go (a Go port of PHP's strip_tags),
// StripTags of the whole file, nothing else done to it.
package main

import (
	"fmt"
	"os"

	strip "github.com/grokify/html-strip-tags-go"
)

func main() {
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(strip.StripTags(string(b)))
}
