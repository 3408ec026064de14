package classify

import "github.com/winnowhq/winnow/corpus"

// htmlCaptions gives a figure's caption on an HTML page that the model
// called bio back to chrome: a caption's photo credit ("Foto: Frauke
// Dirksen") looks like a byline, but the taxonomy calls captions chrome,
// and the page's markup says what it is (a figcaption). On the labelled
// HTML of the check sets the HTML model called 127 captions bio; the
// caption, credit and tags hints as well cost article-extraction's HTML
// CV 0.012 of macro F1 (real author boxes carry them), figcaption alone
// nothing.
func htmlCaptions(paras []corpus.Paragraph, out []Scored) {
	for i := range paras {
		if st := paras[i].Structure; st != nil && st.Tag == "figcaption" && out[i].Label == corpus.Bio {
			out[i].Label = corpus.Chrome
		}
	}
}
