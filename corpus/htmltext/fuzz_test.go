package htmltext

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// fuzzSeeds are the committed seed corpus of FuzzExtract (see
// TestWriteFuzzSeeds) and its f.Add inputs.
var fuzzSeeds = []struct {
	page        string
	contentType string
	depth       uint8
}{
	{"<p>Hello <b>world</b></p><p>two<br>lines</p>", "", 0},
	{`<html lang=en><head><meta charset="windows-1252"><title>T</title><meta property="og:title" content="OG"></head>
<body><div class="author-bio" role=complementary><p>By <a href=/a rel=author>Jane</a> <time datetime=2020-01-01>Jan 1</time></p></div>
<ul class=related><li>a<li>b</ul><table><tr><td>1<td>2</table><script>x="<p>"</script><pre>a
b</pre></body></html>`, "", 0},
	{"<div><div><div><span hidden>h</span><p>deep</p></div></div></div><svg><g/><title>x</title></svg>", "", 2},
	{"<p>caf\xe9 \x93q\x94</p>", "text/html; charset=iso-8859-1", 0},
	{"\xff\xfe<\x00p\x00>\x00x\x00", "", 0},
	{"\xef\xbb\xbf<meta http-equiv=content-type content='text/html;charset=shift_jis'><p>\x82\xa0</p>", "", 0},
	{"<p>a<p>b<li>c<dd>d<td>e<tr><h1>f<h2>g</h3><option>h<a href=1>i<a href=2>j", "", 3},
	{"</p></div><br></br><dialog>x</dialog><dialog open>y</dialog><xmp><b></xmp><plaintext><p>z", "", 0},
	{"<template><p>t</template><noscript><p>n</noscript><textarea><p></textarea><iframe>i</iframe>ok", "", 0},
	{"<div style='display:none'><div>a</div></div><p aria-hidden=true>b</p><p style='VISIBILITY: hidden'>c</p>d", "", 1},
	{"a\u200b\u00adb\u2028c\u3000d\u0007e cafe\u0301 &amp;&nbsp;&#0;&#x110000;", "", 0},
}

// FuzzExtract reads arbitrary bytes as a page: it must not fail or panic,
// must hold the Page invariants, and must be deterministic.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s.page), s.contentType, s.depth)
	}
	f.Fuzz(func(t *testing.T, page []byte, contentType string, depth uint8) {
		opts := Options{MaxDepth: int(depth % 64)}
		p, err := Extract(context.Background(), page, contentType, opts)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		if msg := pageError(p, opts.withDefaults()); msg != "" {
			t.Fatalf("%s\npage: %q\ntext: %q", msg, page, p.Text)
		}
		again, err := Extract(context.Background(), page, contentType, opts)
		if err != nil || !reflect.DeepEqual(p, again) {
			t.Fatalf("not deterministic")
		}
	})
}

// TestWriteFuzzSeeds rewrites testdata/fuzz/FuzzExtract from fuzzSeeds when
// HTMLTEXT_WRITE_SEEDS=1; otherwise it checks that the files are there.
func TestWriteFuzzSeeds(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzExtract")
	if os.Getenv("HTMLTEXT_WRITE_SEEDS") != "1" {
		entries, err := os.ReadDir(dir)
		require.NoError(t, err, "seed corpus missing: run HTMLTEXT_WRITE_SEEDS=1 go test -run TestWriteFuzzSeeds")
		require.GreaterOrEqual(t, len(entries), len(fuzzSeeds))
		return
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for i, s := range fuzzSeeds {
		content := fmt.Sprintf("go test fuzz v1\n[]byte(%s)\nstring(%s)\nbyte(%s)\n",
			strconv.Quote(s.page), strconv.Quote(s.contentType), strconv.QuoteRune(rune(s.depth)))
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("seed-%02d", i)), []byte(content), 0o644))
	}
}
