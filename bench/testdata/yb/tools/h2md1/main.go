// h2md1 prints the Markdown that github.com/JohannesKaufmann/html-to-markdown
// v1 makes of a whole HTML page with the library's defaults
// (md.NewConverter("", true, nil).ConvertString), then a newline.
// Used by ../../convert.sh.
package main

import (
	"fmt"
	"os"

	md "github.com/JohannesKaufmann/html-to-markdown"
)

func main() {
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	out, err := md.NewConverter("", true, nil).ConvertString(string(b))
	if err != nil {
		panic(err)
	}
	fmt.Println(out)
}
