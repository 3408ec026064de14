// strict prints what github.com/microcosm-cc/bluemonday's StrictPolicy (the
// policy that allows no element at all: every tag is stripped, the text is
// kept as the source has it, HTML-escaped) makes of a whole HTML page.
// Used by ../../convert.sh.
package main

import (
	"os"

	"github.com/microcosm-cc/bluemonday"
)

func main() {
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	os.Stdout.Write(bluemonday.StrictPolicy().SanitizeBytes(b))
}
