package classify

import (
	"strings"
	"unicode"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// A comment form ends the comment section with its field names and its
// send button, each a word or two on a line of its own ("Nombre /
// Enviar", "Name E-Mail / Veröffentlichen", "Nomen / Commentarius /
// Mitte"), in whatever language the page is; formButtons knows the
// buttons of the languages it has words for. formTails reads the shape:
// under a line labelled comment, formTailMaxLines short lines or fewer
// (formTailMaxWords words, no digit, no sentence, no cue), the last of
// one or two words, and then the page's footer or nothing. The footer's
// first line would be a cue ("Impressum", "Kontakt · Datenschutz").
const (
	formTailMaxLines = 3
	formTailMaxWords = 3
	formTailMaxBytes = 40
)

// formTails labels comment the short lines that end a comment form (see
// above) that the model took for promo or chrome.
func formTails(paras []corpus.Paragraph, fs []features.Features, out []Scored) {
	n := len(out)
	for i := 1; i < n; i++ {
		if out[i].Label == corpus.Comment {
			continue
		}
		if k := prevText(paras, i); k < 0 || out[k].Label != corpus.Comment {
			continue
		}
		j := i
		for j < n && j-i < formTailMaxLines && formTailLine(paras[j].Text, &fs[j]) {
			j++
		}
		if j == i || fs[j-1].Words > 2 || j < n && formTailLine(paras[j].Text, &fs[j]) {
			continue // no button, or a menu of more items
		}
		if j < n && (out[j].Label != corpus.Chrome || !isFooterLine(paras[j].Text)) {
			continue // the furniture under a form is the footer's
		}
		for k := i; k < j; k++ {
			out[k] = Scored{Label: corpus.Comment, Score: 0.6}
		}
		i = j
	}
}

// footerItems are the footer's links that are no legal links (legalLinks)
// in the languages whose footers the check sets show most, folded: a
// footer's first items stand under a comment section as a form's field
// names and button do ("About / Contact / Privacy", "关于我们 / 联系我们").
var footerItems = map[string]bool{
	"about": true, "about us": true, "contact": true, "contact us": true, "contacts": true, "privacy": true, "legal": true,
	"advertise": true, "careers": true, "impressum": true, "kontakt": true, "über uns": true, "redaktion": true,
	"mediadaten": true, "contacto": true, "contactos": true, "quiénes somos": true, "publicidad": true, "nous contacter": true,
	"qui sommes-nous": true, "contactez-nous": true, "publicité": true, "o nas": true, "redakcja": true, "reklama": true,
	"redazione": true, "contatti": true, "chi siamo": true, "pubblicità": true, "sobre nós": true, "contato": true,
	"关于我们": true, "联系我们": true, "联系方式": true, "版权声明": true, "网站地图": true, "广告服务": true, "返回顶部": true,
	"關於我們": true, "聯絡我們": true, "联系": true, "контакты": true, "о нас": true, "о проекте": true, "редакция": true,
	"реклама": true,
}

// formTailLine reports a line that may be a comment form's field name or
// button: a word or a few, no digit, no sentence, no cue of any label.
func formTailLine(t string, f *features.Features) bool {
	return t != "" && len(t) <= formTailMaxBytes && f.Words <= formTailMaxWords && f.Digits == 0 && !f.EndsSentence &&
		f.Cues == [corpus.NumLabels]bool{} && !f.HasURL && !f.HasEmail && !f.HasHandle && strings.IndexFunc(t, unicode.IsLetter) >= 0 && !isFurnitureLine(t) &&
		!isFooterItem(t) && !isPromoHeading(t, f)
}

// isFooterLine reports a line of the page's footer: a legal link, a
// copyright line or another furniture line (isFurnitureLine), a menu of
// links (isFooterMenu) or one of footerItems.
func isFooterLine(t string) bool {
	return isFurnitureLine(t) || isFooterMenu(t) || isFooterItem(t)
}

// isFooterItem reports a line that is one of footerItems.
func isFooterItem(t string) bool {
	var buf [foldMax]byte
	b, ok := foldLine(&buf, t, "")
	return ok && footerItems[string(b)]
}
