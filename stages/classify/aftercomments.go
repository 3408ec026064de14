package classify

import "github.com/winnowhq/winnow/corpus"

// commentSectionMinLines is the shortest run of comment labels that
// afterComments takes for a page's comment section.
const commentSectionMinLines = 10

// afterComments gives the body that follows a page's comment section its
// likeliest other label: a comment section ends the article. On the
// benchmark's 181 pages (15 with a run of ten or more comment lines below
// the article) and the check sets written for winnow (26 such pages), no
// gold body line follows such a run; what the model took for body there is
// a box of guides or other stories. The section is the first run of at
// least commentSectionMinLines paragraphs labelled comment below body
// (commentIslands, which runs before, has given back to the article the
// short runs the article goes on after), and the pass keeps its hands off
// when more body bytes follow the run than precede it: then the run is
// likelier the one mistaken.
func afterComments(paras []corpus.Paragraph, logp []float32, out []Scored) {
	n := len(out)
	above := 0 // body bytes above i
	for i := 0; i < n; i++ {
		if out[i].Label == corpus.Body {
			above += len(paras[i].Text)
			continue
		}
		if out[i].Label != corpus.Comment || above == 0 {
			continue
		}
		j := i
		for j < n && out[j].Label == corpus.Comment {
			j++
		}
		if j-i < commentSectionMinLines {
			i = j - 1
			continue
		}
		below := 0
		for k := j; k < n; k++ {
			if out[k].Label == corpus.Body {
				below += len(paras[k].Text)
			}
		}
		if below > above {
			return
		}
		for k := j; k < n; k++ {
			if out[k].Label == corpus.Body {
				l, p := likeliestOther(logp[k*corpus.NumLabels : (k+1)*corpus.NumLabels])
				out[k] = Scored{Label: l, Score: p}
			}
		}
		return
	}
}
