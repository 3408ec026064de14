// distill prints what github.com/markusmobius/go-domdistiller (the Go port of
// Chromium's DOM Distiller) keeps of an HTML page: the result's Title, a
// blank line, and its Text (the library's own text output), then a newline.
// Used by ../../convert.sh.
package main

import (
	"fmt"
	"net/url"
	"os"

	distiller "github.com/markusmobius/go-domdistiller"
)

func main() {
	u, _ := url.Parse("https://example.org/")
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer f.Close()
	res, err := distiller.ApplyForReader(f, &distiller.Options{OriginalURL: u, SkipPagination: true})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s\n\n%s\n", res.Title, res.Text)
}
