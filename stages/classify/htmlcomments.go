package classify

import (
	"slices"

	"github.com/winnowhq/winnow/corpus"
)

// htmlComments labels an HTML page's comment section comment when its
// heading says so in any language ("Kommentare (2)", "Komentarze",
// "评论"; isCommentHeading) and the heading opens the element that holds
// it: the paragraphs of that element, the heading first, are the section
// (readers' names, stamps, their comments, the form). The HTML model,
// which reads no words of these languages and few such sections in its
// training pages, called most of them promo or bio on the check sets'
// HTML. A heading with paragraphs of its element above it (an article
// whose subheading speaks of comments) opens nothing.
func htmlComments(paras []corpus.Paragraph, out []Scored) {
	for h := 0; h < len(paras); h++ {
		st := paras[h].Structure
		if st == nil || len(st.Ancestors) < 2 || !isCommentHeading(paras[h].Text) {
			continue
		}
		box := st.Ancestors[1]
		if h > 0 && inElement(&paras[h-1], box) {
			continue
		}
		end := h + 1
		for end < len(paras) && inElement(&paras[end], box) {
			end++
		}
		for i := h; i < end; i++ {
			if out[i].Label != corpus.Body {
				out[i].Label = corpus.Comment
			}
		}
		h = end - 1
	}
}

// inElement reports whether p stands in the element of the given number.
func inElement(p *corpus.Paragraph, id int32) bool {
	return p.Structure != nil && slices.Contains(p.Structure.Ancestors, id)
}
