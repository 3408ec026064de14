package classify

import "github.com/winnowhq/winnow/corpus"

// PlainTexts returns the texts of a plain-text document's paragraphs
// without the markup a converter left in them, as the model reads them
// (textView): a Markdown page's lines without heading, quote and list
// markers, emphasis and link targets (demarkdown); a lynx or ELinks dump's
// without link numbers and bullets, a w3m dump's without bullets, an
// html2text dump's without heading marks and with spaces for the
// underscores of its links, an html-to-text dump's without bracketed link
// targets (delynx); a MediaWiki, Textile or Jira page's without its tags,
// link targets, heading marks and entities (demwLine, detextileLine,
// dejiraLine); a Haddock, LaTeX, ConTeXt or BBCode page's through the
// Markdown it stands for, and a page with Word's field codes without them
// (markupMarkdown); an ARIA snapshot's blocks on the lines they were
// written from, the other lines empty (ariaView); a page of markup a
// node a line (html2, Pug, hxpipe) each line's own text, the lines
// without text empty (markupPlainTexts); a spreadsheet's CSV of a page
// its records' cells, between bars (csvPlainTexts). A
// document in none of these layouts, or one read from
// HTML (its paragraphs carry Structure), gets its paragraphs' own texts.
// The result has one text per paragraph, in order; a line of nothing but
// markup may come out empty.
func PlainTexts(paras []corpus.Paragraph) []string {
	if out, ok := markupPlainTexts(paras); ok {
		return out
	}
	if out, ok := csvPlainTexts(paras); ok {
		return out
	}
	out := make([]string, len(paras))
	if view, _, first, ok := ariaView(paras); ok {
		// An ARIA snapshot's block on the line it was written from.
		var text []byte
		for u, i := range first {
			text = demarkLine(text[:0], view[u].Text)
			out[i] = string(text)
		}
		return out
	}
	var mdBuf, dumpBuf, markupBuf []corpus.Paragraph
	var view []corpus.Paragraph
	paras, _ = markupMarkdown(paras, &markupBuf)
	switch {
	case isMWDump(paras):
		view = rewriteTexts(paras, &dumpBuf, demwLine)
	case isTextileDump(paras):
		view = rewriteTexts(paras, &dumpBuf, detextileLine)
	case isJiraDump(paras):
		view = rewriteTexts(paras, &dumpBuf, dejiraLine)
	default:
		var markdown bool
		view, markdown = demarkdown(paras, &mdBuf)
		if !markdown {
			view, _ = delynx(view, &dumpBuf)
		}
	}
	for i := range view {
		out[i] = view[i].Text
	}
	return out
}
