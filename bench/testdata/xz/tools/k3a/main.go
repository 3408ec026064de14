// k3a prints github.com/k3a/html2text's HTML2Text of a whole HTML file
// (the library's defaults), then a newline.
package main

import (
	"fmt"
	"os"

	"github.com/k3a/html2text"
)

func main() {
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(html2text.HTML2Text(string(b)))
}
