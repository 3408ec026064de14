package htmltext

import "golang.org/x/net/html/atom"

// tagFlags says how an element takes part in text extraction.
type tagFlags uint32

const (
	// fBlock elements start and end a block: text before and after them
	// never shares a paragraph.
	fBlock tagFlags = 1 << iota
	// fClosesP start tags close an open p element (HTML's "close a p
	// element" rule for block-level start tags).
	fClosesP
	// fVoid elements have no content and no end tag.
	fVoid
	// fSkip elements are dropped with everything inside them.
	fSkip
	// fRaw elements hold raw text (the tokenizer gives one text token and
	// the end tag); with fSkip it is dropped.
	fRaw
	// fScope elements bound the search for an open element to close
	// (HTML's "has an element in scope", including button scope).
	fScope
	// fListScope elements also bound the search for an open li, dd or dt.
	fListScope
	// fTableScope elements bound the search for an open table part.
	fTableScope
	// fSpace elements separate the text around them with a space, as a
	// browser lays them out (buttons, labels, form fields, images).
	fSpace
	// fHeading is h1 to h6.
	fHeading
	// fPre elements keep their line breaks.
	fPre
	// fIgnore elements are not put on the stack: html, head and body, whose
	// content is the whole page.
	fIgnore
)

// flagsOf returns the flags of a known element; unknown and custom
// elements are inline (zero flags).
func flagsOf(a atom.Atom) tagFlags {
	switch a {
	case atom.Html:
		return fIgnore | fScope | fListScope | fTableScope
	case atom.Head, atom.Body:
		return fIgnore

	case atom.P, atom.Div, atom.Article, atom.Section, atom.Aside, atom.Nav,
		atom.Header, atom.Footer, atom.Main, atom.Blockquote, atom.Address,
		atom.Center, atom.Details, atom.Summary, atom.Dir, atom.Fieldset,
		atom.Figure, atom.Figcaption, atom.Hgroup, atom.Menu, atom.Search, atom.Form,
		atom.Dl:
		return fBlock | fClosesP
	case atom.Ul, atom.Ol:
		return fBlock | fClosesP | fListScope
	case atom.Li, atom.Dd, atom.Dt:
		return fBlock | fClosesP
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return fBlock | fClosesP | fHeading
	case atom.Pre, atom.Listing:
		return fBlock | fClosesP | fPre
	case atom.Hr:
		return fBlock | fClosesP | fVoid
	case atom.Table:
		return fBlock | fClosesP | fScope | fListScope | fTableScope
	case atom.Td, atom.Th, atom.Caption:
		return fBlock | fScope | fListScope
	case atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot, atom.Legend, atom.Optgroup, atom.Option:
		return fBlock
	case atom.Dialog:
		return fBlock | fClosesP // skipped unless it has the open attribute
	case atom.Frameset:
		return fBlock

	case atom.Xmp, atom.Plaintext:
		return fBlock | fClosesP | fRaw | fPre
	case atom.Title:
		return fRaw
	case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Noembed,
		atom.Noframes, atom.Textarea:
		return fRaw | fSkip

	case atom.Template:
		return fSkip | fScope | fListScope | fTableScope
	case atom.Svg:
		return fSkip | fScope | fListScope
	case atom.Math:
		return fScope | fListScope
	case atom.Select, atom.Datalist, atom.Video, atom.Audio, atom.Canvas, atom.Map:
		return fSkip
	case atom.Object, atom.Applet, atom.Marquee:
		return fSkip | fScope | fListScope

	case atom.Button:
		return fSpace | fScope | fListScope
	case atom.Label:
		return fSpace
	case atom.Br, atom.Wbr, atom.Meta, atom.Link, atom.Base, atom.Col, atom.Embed,
		atom.Param, atom.Source, atom.Track, atom.Area, atom.Keygen, atom.Frame:
		return fVoid
	case atom.Img, atom.Input, atom.Image:
		return fVoid | fSpace
	}
	return 0
}
