// Command godown prints github.com/mattn/godown's Markdown of an HTML page
// (the library's defaults, nil options), as a Go pipeline that stores pages
// as Markdown does: godown P.html > P.txt.
package main

import (
	"os"

	"github.com/mattn/godown"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer f.Close()
	if err := godown.Convert(os.Stdout, f, nil); err != nil {
		panic(err)
	}
}
