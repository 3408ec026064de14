// Command san is the driver of the yj check set's sanitize layout: it prints
// what sanitize.HTML of the Go module github.com/kennygrant/sanitize makes of
// a page (it drops the page's own line breaks, turns </p> and <br> into line
// breaks, strips every tag and prints the text), with no option to set.
// Usage:
//
//	san PAGE.html > PAGE.txt
package main

import (
	"fmt"
	"os"

	"github.com/kennygrant/sanitize"
)

func main() {
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(sanitize.HTML(string(b)))
}
