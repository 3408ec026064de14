package classify

import (
	"slices"
	"strings"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/htmltext"
)

// Markdown converters that keep what Markdown has no markup for as raw
// HTML (kramdown's <div markdown="1"> containers, GitHub Markdown's
// <div> lines) and the MediaWiki and Textile writers leave a page's
// sections between tag lines that name them: "<aside class="author">",
// "<section id="comments">". The HTML reader reads the same class and id
// words as hints (corpus/htmltext); sectionHints reads them on a text dump.

// sectionHints labels the lines of text inside a section whose opening tag
// line names a comment section (the hint "comment") comment, and those
// inside one that names an author's box ("author", "bio") bio, whatever the
// model called them: the model took an author's box for a newsletter's and
// a comment section's heading and form for furniture. The innermost named
// section counts. A section that holds half of the page's body lines or
// more is the article's container ("post has-comments") and names
// nothing. paras are the page's own lines, kinds what they are (mwKinds);
// every tag of a line opens or closes a section, a line's own text inside
// the sections its tags open ("<div class="comment"> **Jens P.** · …").
func sectionHints(paras []corpus.Paragraph, kinds []mwLine, out []Scored) {
	type section struct {
		open  int
		label corpus.Label
		named bool
	}
	var (
		stack []section
		hints []string
		spans [][3]int // open, close, label of each named section
	)
	for i := range paras {
		line := strings.TrimSpace(paras[i].Text)
		for k := strings.IndexByte(line, '<'); k >= 0; {
			n := mwTagEnd(line, k)
			if n == 0 {
				k++
			} else {
				tag := line[k : k+n]
				switch {
				case tag[1] == '/':
					if m := len(stack); m > 0 {
						if s := stack[m-1]; s.named {
							spans = append(spans, [3]int{s.open, i, int(s.label)})
						}
						stack = stack[:m-1]
					}
				case !isVoidTag(tag):
					hints = tagHints(hints[:0], tag)
					s := section{open: i}
					switch {
					case slices.Contains(hints, "comment"):
						s.label, s.named = corpus.Comment, true
					case slices.Contains(hints, "author") || slices.Contains(hints, "bio"):
						s.label, s.named = corpus.Bio, true
					}
					stack = append(stack, s)
				}
				k += n
			}
			j := strings.IndexByte(line[k:], '<')
			if j < 0 {
				break
			}
			k += j
		}
	}
	if len(spans) == 0 {
		return
	}
	body := 0
	for i := range out {
		if out[i].Label == corpus.Body {
			body++
		}
	}
	// Outer sections first, so that the innermost one's label stays.
	slices.SortFunc(spans, func(a, b [3]int) int { return a[0] - b[0] })
	for _, sp := range spans {
		inBody := 0
		for k := sp[0] + 1; k < sp[1]; k++ {
			if out[k].Label == corpus.Body {
				inBody++
			}
		}
		if 2*inBody >= body && inBody > 0 {
			continue // the article's container
		}
		for k := sp[0]; k < sp[1]; k++ {
			if kinds[k] == mwText {
				out[k] = Scored{Label: corpus.Label(sp[2]), Score: 0.6}
			}
		}
	}
}

// voidTags are the HTML elements without content, which open no section.
var voidTags = []string{"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

// isVoidTag reports a tag that opens no section: a void element ("<br>",
// "<input …>") or one closed in itself ("<div/>").
func isVoidTag(tag string) bool {
	if strings.HasSuffix(tag, "/>") {
		return true
	}
	name := tag[1:]
	if k := strings.IndexAny(name, " \t/>"); k >= 0 {
		name = name[:k]
	}
	return slices.Contains(voidTags, strings.ToLower(name))
}

// tagHints appends to dst the hints (htmltext.AttrHints) of the class and
// id attributes of the tags of a tag line ("<aside class="bio"
// markdown="1">").
func tagHints(dst []string, line string) []string {
	for _, attr := range [...]string{"class=", "id="} {
		for rest := line; ; {
			k := strings.Index(rest, attr)
			if k < 0 {
				break
			}
			rest = rest[k+len(attr):]
			if rest == "" || rest[0] != '"' && rest[0] != '\'' {
				continue
			}
			end := strings.IndexByte(rest[1:], rest[0])
			if end < 0 {
				break
			}
			dst = htmltext.AttrHints(dst, rest[1:1+end])
			rest = rest[1+end:]
		}
	}
	return dst
}
