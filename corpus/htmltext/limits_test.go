package htmltext

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deepPages are pathological pages, nested n elements deep in various ways.
var deepPages = []struct {
	name string
	page func(n int) string
}{
	{"div", func(n int) string { return strings.Repeat("<div>", n) + "deep" + strings.Repeat("</div>", n) }},
	{"div with text at every level", func(n int) string {
		return strings.Repeat("<div class=\"author-bio\">x", n) + strings.Repeat("</div>", n)
	}},
	{"unclosed span", func(n int) string { return strings.Repeat("<span class=share>a ", n) }},
	{"unclosed b then blocks", func(n int) string {
		return "<p>" + strings.Repeat("<b>", n) + strings.Repeat("<div>x</div>", n)
	}},
	{"table in button", func(n int) string {
		return "<p><button>" + strings.Repeat("<b>", n) + strings.Repeat("<p>y", n)
	}},
	{"unclosed p", func(n int) string { return strings.Repeat("<p>para ", n) }},
	{"unclosed li", func(n int) string { return "<ul>" + strings.Repeat("<li>item ", n) }},
	{"nested lists", func(n int) string { return strings.Repeat("<ul><li>i", n) }},
	{"nested tables", func(n int) string { return strings.Repeat("<table><tr><td>c", n) }},
	{"nested links", func(n int) string { return strings.Repeat("<a href=x>l", n) }},
	{"hidden deep", func(n int) string {
		return strings.Repeat("<div>", 600) + strings.Repeat("<div hidden><span>h", n) + strings.Repeat("</span></div>", n) + "<p>after"
	}},
	{"svg deep", func(n int) string { return "<svg>" + strings.Repeat("<g>", n) + "</svg><p>after" }},
	{"svg deeper than the cap", func(n int) string {
		return strings.Repeat("<div>", 600) + "<svg>" + strings.Repeat("<g>", n) + "</svg><p>after"
	}},
	{"unclosed li beyond the cap", func(n int) string {
		return strings.Repeat("<div>", 600) + "<ul>" + strings.Repeat("<li>item ", n) + "</ul><p>after"
	}},
	{"stray end tags", func(n int) string { return "<div><p>x" + strings.Repeat("</nomatch></b>", n) }},
	{"end tags out of scope", func(n int) string {
		return "<div>" + strings.Repeat("<table><td>", 400) + strings.Repeat("</div>x", n)
	}},
	{"headings", func(n int) string { return strings.Repeat("<h2><h3>t", n) + strings.Repeat("</h1>", n) }},
	{"custom elements", func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "<x-e%d>t", i%5000)
		}
		return b.String()
	}},
}

// TestDeepNesting reads pages nested 100,000 elements deep: each finishes,
// holds the invariants and takes time linear in its size (a page four
// times deeper does not take sixteen times as long).
func TestDeepNesting(t *testing.T) {
	const n = 100_000
	for _, tt := range deepPages {
		t.Run(tt.name, func(t *testing.T) {
			page := tt.page(n)
			p := extract(t, page, Options{})
			if strings.Contains(page, "after") {
				assert.True(t, strings.HasSuffix(p.Text, "after"), "text after the deep part is read: %q", tail(p.Text))
			}
			if raceEnabled || testing.Short() {
				return // timing is meaningless under the race detector
			}
			small, large := timeExtract(t, tt.page(n/4)), timeExtract(t, page)
			ratio := float64(large) / float64(max(small, time.Millisecond/10))
			t.Logf("%d elements: %v (%d/4: %v, ratio %.1f)", n, large, n, small, ratio)
			// Linear time gives a ratio near 4, quadratic near 16 (and
			// seconds of work). Timings of a few milliseconds are noisy, so
			// only a high ratio on a slow run fails.
			if ratio > 12 && large > 200*time.Millisecond {
				t.Errorf("time grows faster than the page: ratio %.1f", ratio)
			}
		})
	}
}

func tail(s string) string {
	if len(s) > 40 {
		return "…" + s[len(s)-40:]
	}
	return s
}

// timeExtract returns the least CPU time of two runs.
func timeExtract(t testing.TB, page string) time.Duration {
	best := time.Duration(1 << 62)
	for range 2 {
		var err error
		d := onCPU(func() { _, err = Extract(context.Background(), []byte(page), "", Options{}) })
		require.NoError(t, err)
		best = min(best, d)
	}
	return best
}

// bigPage returns a page of about size bytes: realistic article markup
// repeated.
func bigPage(size int) []byte {
	unit := `<div class="story"><h2>Heading</h2><p class="lede">Some <a href="/x">linked</a> text, with &amp; entities &#8217; and
	<b>bold</b> words. Grüße aus Köln.</p><ul class="related"><li><a href="/a">Related one</a></li><li>Two</li></ul>
	<script>var x = "<p>not text</p>";</script><div class="byline">By Jane Doe<br>May 2</div></div>` + "\n"
	var b strings.Builder
	b.Grow(size + len(unit))
	b.WriteString("<html><head><meta charset=utf-8><title>Big</title></head><body>")
	for b.Len() < size {
		b.WriteString(unit)
	}
	return []byte(b.String())
}

// TestHugePage reads a 50 MB page: the default limit rejects it at once
// with a clear error; with the limit raised it is read in linear time.
func TestHugePage(t *testing.T) {
	page := bigPage(50 << 20)
	start := time.Now()
	_, err := Extract(context.Background(), page, "", Options{})
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Less(t, time.Since(start), time.Second)
	assert.Equal(t, fmt.Sprintf("htmltext: page too large: %d bytes, limit %d", len(page), DefaultMaxBytes), err.Error())

	if testing.Short() || raceEnabled {
		t.Skip("-short or -race: not reading the 50 MB page")
	}
	var ps, p *Page
	dSmall := onCPU(func() { ps, err = Extract(context.Background(), page[:5<<20], "", Options{}) })
	require.NoError(t, err)
	dBig := onCPU(func() { p, err = Extract(context.Background(), page, "", Options{MaxBytes: 64 << 20}) })
	require.NoError(t, err)
	t.Logf("CPU time: 5 MB in %v, 50 MB in %v (%.0f MB/s), %d paragraphs", dSmall, dBig, 50/dBig.Seconds(), len(p.Paragraphs))
	assert.Greater(t, len(p.Paragraphs), 9*len(ps.Paragraphs))
	assert.Less(t, float64(dBig)/float64(dSmall), 25.0, "time grows faster than the page")
	checkPage(t, p, Options{MaxBytes: 64 << 20}.withDefaults())
}

// TestDeadline stops a slow read with the context.
func TestDeadline(t *testing.T) {
	page := bigPage(20 << 20)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := Extract(ctx, page, "", Options{})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "htmltext: stopped after")
	assert.Less(t, time.Since(start), 2*time.Second)
}
