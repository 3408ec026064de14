// Package htmltext turns an HTML page into winnow's document text: the
// page's visible text as paragraphs, in reading order, each with its place
// in the markup (corpus.Structure: block tag, tag path, class/id hints, link
// characters, depth), plus the page's metadata (title, date, author, lang,
// ...).
//
// Extract is a pure function: the same bytes and options always give the
// same Page. It streams the page through the golang.org/x/net/html
// tokenizer and keeps its own light stack of open elements (no DOM tree),
// applying the HTML rules that matter for text (implicitly closed p, li,
// td, ...). Time and memory are linear in the page size: the stack is
// capped at Options.MaxDepth (deeper elements are flattened into the
// deepest one kept, as browsers do), tag paths and hint lists are capped
// and computed once per element, and no step looks back over the stack.
//
// What is dropped: script, style, template, noscript, iframe, textarea,
// svg, select, datalist, video, audio, canvas, object, map, a closed
// dialog, and any element with the hidden attribute, aria-hidden="true" or
// an inline style with display:none or visibility:hidden, with everything
// inside them. Comments, image alt text and attribute values are not text.
//
// Layout of the text: each block-level element (p, div, li, h1-h6, td,
// blockquote, ...; see tags.go) starts a new block; blocks are separated by
// a blank line ("\n\n"). Inside a block, <br> (and a line break in pre)
// starts a new line ("\n"), and two <br> in a row start a new block. Every
// non-empty line is one corpus.Paragraph whose Text is Text[Start:End] and
// whose Block is its block's index. Whitespace is collapsed as a browser
// does; the text is already in the form stages/normalize produces (NFC, no
// control or zero-width characters, single spaces, trimmed lines), so
// normalising it again changes nothing.
package htmltext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"

	"github.com/winnowhq/winnow/corpus"
)

// Defaults and fixed caps.
const (
	// DefaultMaxBytes is the default Options.MaxBytes (32 MiB).
	DefaultMaxBytes = 32 << 20
	// DefaultMaxDepth is the default Options.MaxDepth: 512 open elements,
	// the depth at which Chromium's parser also stops nesting.
	DefaultMaxDepth = 512
	// MaxPathElements caps Structure.Path: deeper paths keep their last
	// elements after "body/…/".
	MaxPathElements = 16
	// MaxHints caps Structure.Hints.
	MaxHints = 12
	// maxMetaBytes caps one metadata value.
	maxMetaBytes = 1000
	// ctxEvery is how many tokens pass between checks of the context.
	ctxEvery = 1024
)

// ErrTooLarge is wrapped by the error Extract returns for a page larger
// than Options.MaxBytes.
var ErrTooLarge = errors.New("htmltext: page too large")

// Options limits Extract. The zero value takes the defaults.
type Options struct {
	// MaxBytes rejects larger pages (bytes as given, before decoding) with
	// an error wrapping ErrTooLarge (default DefaultMaxBytes).
	MaxBytes int
	// MaxDepth caps the stack of open elements (default DefaultMaxDepth).
	// Elements nested deeper are read as part of the deepest element kept.
	MaxDepth int
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	return o
}

// Page is what Extract reads from one HTML page.
type Page struct {
	// Text is the visible text: lines of one block separated by "\n",
	// blocks by "\n\n".
	Text string
	// Paragraphs are the non-empty lines of Text, in order, with offsets
	// into Text, block indices and Structure set. Hints slices may be
	// shared between paragraphs: do not modify them.
	Paragraphs []corpus.Paragraph
	// Meta holds the page's metadata under the keys "title", "date",
	// "modified", "author", "lang", "site", "description", "url" and
	// "type", when found; nil when none is. See meta.go for the sources.
	Meta map[string]string
	// Charset is the WHATWG name of the encoding the page was read in,
	// e.g. "utf-8" or "windows-1252".
	Charset string
	// CharsetFrom says where Charset came from: FromBOM, FromHTTP,
	// FromMeta or FromDetected.
	CharsetFrom string
	// InvalidBytes counts input bytes that were not valid in the encoding
	// and were replaced by U+FFFD.
	InvalidBytes int
}

// Apply stores the page in d: Text, Paragraphs and InvalidBytes are
// replaced, and Meta gains the page's metadata for keys it does not have
// yet (so what the reader set, e.g. from WARC headers, wins).
func (p *Page) Apply(d *corpus.Document) {
	d.Text = p.Text
	d.Paragraphs = p.Paragraphs
	d.InvalidBytes = p.InvalidBytes
	if len(p.Meta) == 0 {
		return
	}
	if d.Meta == nil {
		d.Meta = make(map[string]string, len(p.Meta))
	}
	for k, v := range p.Meta {
		if _, ok := d.Meta[k]; !ok {
			d.Meta[k] = v
		}
	}
}

// Extract reads an HTML page: it decodes it (see Decode; contentType is
// the HTTP Content-Type header, or "" when there is none) and returns its
// text, paragraphs and metadata. Malformed HTML and bad bytes are never an
// error; the errors are a page over opts.MaxBytes (wrapping ErrTooLarge)
// and ctx ending (wrapping ctx.Err()), which Extract checks as it goes so
// that a deadline bounds its time.
func Extract(ctx context.Context, page []byte, contentType string, opts Options) (*Page, error) {
	opts = opts.withDefaults()
	if len(page) > opts.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(page), opts.MaxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("htmltext: %w", err)
	}
	text, name, from, invalid := Decode(page, contentType)
	x := newExtractor(opts, len(text))
	if err := x.run(ctx, text); err != nil {
		return nil, err
	}
	p := x.result()
	p.Charset, p.CharsetFrom, p.InvalidBytes = name, from, invalid
	return p, nil
}

// elem is an open element on the stack.
type elem struct {
	name  string
	flags tagFlags
	// prev is the index of the next open element below with the same name.
	prev int32
	// blockIdx is the index of the innermost block element at or below.
	blockIdx int32
	// scope, lscope and tscope are the indices of the innermost element at
	// or below that bounds a scope search (default, list item, table).
	scope, lscope, tscope int32
	own, cum              uint64 // hint bits of this element, and with its ancestors
	skip, link            bool
	hintsDone             bool
	path                  string   // computed on demand
	hints                 []string // computed on demand
	serial                int32    // the element's number in the document
}

// extractor holds the state of one Extract call.
type extractor struct {
	opts  Options
	z     *html.Tokenizer
	stack []elem
	top   map[string]int32 // topmost open element index per name, -1 for none

	skipDepth int // skipped elements on the stack
	linkDepth int // links on the stack
	preDepth  int // pre-formatted elements on the stack
	// Elements open beyond MaxDepth: names and flags only (see ovfShift),
	// with a count per name so that an end tag finds its element at once.
	ovf      []uint32
	ovfCount []int32
	ovfSkip  int // skipped elements among them
	ids      map[string]uint32
	idNames  []string
	raw      atom.Atom // the raw-text element whose text comes next

	// The current line.
	line         []byte
	pendingSpace bool
	spaceInLink  bool // the pending space is inside a link
	lineOwner    int32
	lineMask     uint64
	lineLinks    int
	brRun        int

	// Output.
	out          []byte
	paras        []corpus.Paragraph
	block        int
	blockHasPara bool
	structs      []corpus.Structure // slab for Structure values
	ancestors    []int32            // slab for Structure.Ancestors
	serial       int32              // elements opened so far

	names   map[string]string // interned element names and paths
	classes map[string]uint64 // hint bits per class/id value
	tokBuf  [40]byte
	nameBuf []byte
	scratch []byte
	meta    metaState
	sawH1   bool
}

func newExtractor(opts Options, size int) *extractor {
	return &extractor{
		opts:    opts,
		top:     make(map[string]int32, 64),
		names:   make(map[string]string, 64),
		classes: make(map[string]uint64, 64),
		out:     make([]byte, 0, size/4),
		stack:   make([]elem, 0, 64),
	}
}

// visible reports whether text at the current position is shown.
func (x *extractor) visible() bool { return x.skipDepth == 0 && x.ovfSkip == 0 }

func (x *extractor) run(ctx context.Context, text []byte) error {
	x.z = html.NewTokenizer(bytes.NewReader(text))
	for n := 1; ; n++ {
		if n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("htmltext: stopped after %d tokens: %w", n, err)
			}
		}
		switch x.z.Next() {
		case html.ErrorToken:
			if err := x.z.Err(); err != io.EOF {
				return fmt.Errorf("htmltext: tokenizer: %w", err)
			}
			x.boundary()
			return nil
		case html.TextToken:
			x.text()
		case html.StartTagToken:
			x.startTag(false)
		case html.SelfClosingTagToken:
			x.startTag(true)
		case html.EndTagToken:
			x.endTag()
		}
	}
}

func (x *extractor) text() {
	if x.raw != 0 {
		switch x.raw {
		case atom.Title:
			if x.visible() {
				x.meta.offer(metaTitle, rankTitleTag, x.cleanValue(x.z.Text()))
			}
		case atom.Xmp, atom.Plaintext:
			if x.visible() {
				x.appendText(x.z.Text(), true)
			}
		}
		return
	}
	if x.visible() {
		x.appendText(x.z.Text(), x.preDepth > 0)
	}
}

// name returns a stable string for an element name.
func (x *extractor) name(a atom.Atom, b []byte) string {
	if a != 0 {
		return a.String()
	}
	if s, ok := x.names[string(b)]; ok {
		return s
	}
	s := string(b)
	x.names[s] = s
	return s
}

// topOf returns the index of the topmost open element named name, or -1.
func (x *extractor) topOf(name string) int32 {
	if i, ok := x.top[name]; ok {
		return i
	}
	return -1
}

// Scope kinds for inScope.
const (
	scopeDefault = iota
	scopeList
	scopeTable
)

// inScope returns the index of the topmost open element named name if no
// element bounding the scope kind is above it, else -1.
func (x *extractor) inScope(name string, kind int) int32 {
	i := x.topOf(name)
	if i < 0 {
		return -1
	}
	t := &x.stack[len(x.stack)-1]
	bound := t.scope
	switch kind {
	case scopeList:
		bound = t.lscope
	case scopeTable:
		bound = t.tscope
	}
	if i >= bound {
		return i
	}
	return -1
}

// closeIn pops the topmost open element named name and everything above
// it, if it is in scope.
func (x *extractor) closeIn(name string, kind int) {
	if i := x.inScope(name, kind); i >= 0 {
		x.popTo(i)
	}
}

// popTo pops the open element at index i and everything above it,
// including the elements beyond MaxDepth.
func (x *extractor) popTo(i int32) {
	for len(x.ovf) > 0 {
		x.popOverflow()
	}
	for int32(len(x.stack)) > i {
		x.pop()
	}
}

func (x *extractor) pop() {
	e := &x.stack[len(x.stack)-1]
	if x.skipDepth == 0 {
		if e.flags&fBlock != 0 {
			x.boundary()
		} else if e.flags&fSpace != 0 {
			x.space()
		}
	}
	if e.skip {
		x.skipDepth--
	}
	if e.link {
		x.linkDepth--
	}
	if e.flags&fPre != 0 {
		x.preDepth--
	}
	x.top[e.name] = e.prev
	x.stack = x.stack[:len(x.stack)-1]
}

func (x *extractor) push(name string, f tagFlags, own uint64, skip, link bool) {
	idx := int32(len(x.stack))
	x.serial++
	e := elem{name: name, flags: f, own: own, skip: skip, link: link,
		blockIdx: -1, scope: -1, lscope: -1, tscope: -1, cum: own, serial: x.serial}
	if idx > 0 {
		p := &x.stack[idx-1]
		e.blockIdx, e.scope, e.lscope, e.tscope = p.blockIdx, p.scope, p.lscope, p.tscope
		e.cum |= p.cum
	}
	if f&fBlock != 0 {
		e.blockIdx = idx
	}
	if f&fScope != 0 {
		e.scope, e.lscope = idx, idx
	}
	if f&fListScope != 0 {
		e.lscope = idx
	}
	if f&fTableScope != 0 {
		e.tscope = idx
	}
	e.prev = x.topOf(name)
	x.top[name] = idx
	if skip {
		x.skipDepth++
	}
	if link {
		x.linkDepth++
	}
	if f&fPre != 0 {
		x.preDepth++
	}
	x.stack = append(x.stack, e)
}

// implicitClose applies HTML's rules for elements a start tag closes.
func (x *extractor) implicitClose(a atom.Atom, f tagFlags) {
	if len(x.ovf) > 0 {
		// Beyond MaxDepth only the innermost element is closed implicitly.
		if closesImplicitly(a, f, x.idNames[x.ovf[len(x.ovf)-1]>>ovfShift]) {
			x.popOverflow()
		}
		return
	}
	if len(x.stack) == 0 {
		return
	}
	switch a {
	case atom.Li:
		x.closeIn("li", scopeList)
	case atom.Dd, atom.Dt:
		x.closeIn("dd", scopeList)
		x.closeIn("dt", scopeList)
	case atom.Td, atom.Th:
		x.closeIn("td", scopeTable)
		x.closeIn("th", scopeTable)
	case atom.Tr:
		x.closeIn("tr", scopeTable)
	case atom.Tbody, atom.Thead, atom.Tfoot:
		x.closeIn("tbody", scopeTable)
		x.closeIn("thead", scopeTable)
		x.closeIn("tfoot", scopeTable)
	case atom.Option, atom.Optgroup:
		if x.stack[len(x.stack)-1].name == "option" {
			x.pop()
		}
		if a == atom.Optgroup && len(x.stack) > 0 && x.stack[len(x.stack)-1].name == "optgroup" {
			x.pop()
		}
	case atom.A:
		// Links do not nest: a new one closes the open one.
		x.closeIn("a", scopeDefault)
	}
	if f&fClosesP != 0 && len(x.stack) > 0 {
		x.closeIn("p", scopeDefault)
	}
	if f&fHeading != 0 && len(x.stack) > 0 && x.stack[len(x.stack)-1].flags&fHeading != 0 {
		x.pop()
	}
}

// tagName returns the lower-cased name of the current tag token, read
// from its raw bytes as the tokenizer reads it (Tokenizer.TagName copies
// the name on every call). The slice is valid until the next call.
func (x *extractor) tagName() []byte {
	raw := x.z.Raw()
	i := 1
	if len(raw) > 1 && raw[1] == '/' {
		i = 2
	}
	b := x.nameBuf[:0]
	for ; i < len(raw); i++ {
		c := raw[i]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>' {
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	x.nameBuf = b
	return b
}

func (x *extractor) startTag(selfClosing bool) {
	nameB := x.tagName()
	hasAttr := true // TagAttr reports none on a tag without attributes
	a := atom.Lookup(nameB)
	f := flagsOf(a)
	switch a {
	case atom.Html:
		if hasAttr {
			x.htmlTag()
		}
		return
	case atom.Head, atom.Body:
		return
	case atom.Meta:
		if hasAttr {
			x.metaTag()
		}
		return
	case atom.Link:
		if hasAttr {
			x.linkTag()
		}
		return
	case atom.Br:
		if x.visible() {
			x.lineBreak()
		}
		return
	}
	if f&fRaw != 0 {
		x.raw = a
		if f&fBlock != 0 && x.visible() {
			x.implicitClose(a, f)
			x.boundary()
		}
		return
	}
	if f&fVoid != 0 {
		if x.visible() {
			if f&fBlock != 0 {
				x.implicitClose(a, f)
				x.boundary()
			} else if f&fSpace != 0 {
				x.space()
			}
		}
		return
	}
	visible := x.visible()
	if selfClosing && !visible {
		// Inside skipped content (svg, mostly) "/>" does close the element.
		return
	}
	x.implicitClose(a, f)

	var own uint64
	var hidden, link, open bool
	for hasAttr && visible {
		var k, v []byte
		k, v, hasAttr = x.z.TagAttr()
		switch string(k) {
		case "class", "id", "itemprop":
			own |= x.classMask(v)
		case "role":
			own |= roleMask(v)
		case "rel":
			if a == atom.A {
				own |= x.classMask(v)
			}
		case "hidden":
			hidden = true
		case "aria-hidden":
			hidden = hidden || strings.EqualFold(strings.TrimSpace(string(v)), "true")
		case "style":
			hidden = hidden || styleHidden(v)
		case "href":
			link = a == atom.A
		case "open":
			open = true
		case "datetime":
			if a == atom.Time {
				x.meta.offer(metaDate, rankTimeElement, x.cleanValue(v))
			}
		}
	}
	skip := f&fSkip != 0 || hidden || a == atom.Dialog && !open
	if visible && !skip {
		if f&fBlock != 0 {
			x.boundary()
		} else if f&fSpace != 0 {
			x.space()
		}
	}
	if len(x.stack) >= x.opts.MaxDepth {
		x.pushOverflow(x.name(a, nameB), f, skip, link)
		return
	}
	x.push(x.name(a, nameB), f, own, skip, link)
}

func (x *extractor) endTag() {
	nameB := x.tagName()
	a := atom.Lookup(nameB)
	f := flagsOf(a)
	if x.raw != 0 {
		if a == x.raw {
			x.raw = 0
			if f&fBlock != 0 && x.visible() {
				x.boundary()
			}
			return
		}
		x.raw = 0
	}
	switch {
	case a == atom.Html || a == atom.Head || a == atom.Body:
		return
	case a == atom.Br:
		if x.visible() {
			x.lineBreak() // </br> is read as <br>
		}
		return
	case f&(fVoid|fRaw) != 0:
		return
	}
	if len(x.ovf) > 0 {
		if id, ok := x.ids[string(nameB)]; ok && x.ovfCount[id] > 0 {
			x.popOverflowTo(id)
			return
		}
	}
	var i int32
	switch {
	case a == atom.P:
		if i = x.inScope("p", scopeDefault); i < 0 {
			if x.visible() {
				x.boundary() // a stray </p> still ends a paragraph
			}
			return
		}
	case a == atom.Li:
		i = x.inScope("li", scopeList)
	case a == atom.Dd || a == atom.Dt:
		i = x.inScope(a.String(), scopeList)
	case a == atom.Td || a == atom.Th || a == atom.Tr || a == atom.Tbody || a == atom.Thead ||
		a == atom.Tfoot || a == atom.Table || a == atom.Caption:
		i = x.inScope(a.String(), scopeTable)
	case f&fHeading != 0:
		i = -1
		for _, h := range [...]string{"h1", "h2", "h3", "h4", "h5", "h6"} {
			i = max(i, x.inScope(h, scopeDefault))
		}
	case a != 0:
		i = x.inScope(a.String(), scopeDefault)
	default:
		s, ok := x.names[string(nameB)]
		if !ok {
			return
		}
		i = x.inScope(s, scopeDefault)
	}
	if i >= 0 {
		x.popTo(i)
	}
}

// classMask returns the hint bits of a class or id value, caching them per
// value: pages repeat the same values many times.
func (x *extractor) classMask(v []byte) uint64 {
	if len(v) == 0 {
		return 0
	}
	if m, ok := x.classes[string(v)]; ok {
		return m
	}
	m := attrMask(v, x.tokBuf[:0])
	if len(x.classes) < 4096 {
		x.classes[string(v)] = m
	}
	return m
}

// styleHidden reports whether an inline style hides the element.
func styleHidden(v []byte) bool {
	if len(v) < len("display:none") {
		return false
	}
	var buf [256]byte
	b := buf[:0]
	for _, c := range v {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return bytes.Contains(b, []byte("display:none")) || bytes.Contains(b, []byte("visibility:hidden"))
}

// space records that text that follows is separated by a space.
func (x *extractor) space() {
	if len(x.line) == 0 {
		return
	}
	if !x.pendingSpace {
		x.spaceInLink = x.linkDepth > 0
	} else {
		x.spaceInLink = x.spaceInLink && x.linkDepth > 0
	}
	x.pendingSpace = true
}

// appendText adds visible text to the current line, collapsing white space
// and dropping characters that are not text. In pre-formatted text a line
// feed ends the line.
func (x *extractor) appendText(b []byte, pre bool) {
	added := false
	for i := 0; i < len(b); {
		c := b[i]
		if c > ' ' && c < 0x7f {
			j := i + 1
			for j < len(b) && b[j] > ' ' && b[j] < 0x7f {
				j++
			}
			x.put(b[i:j], j-i)
			added = true
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n' && pre:
				x.lineBreak()
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				x.space()
			}
			continue // other control characters are dropped
		}
		r, size := utf8.DecodeRune(b[i:])
		seg := b[i : i+size]
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			seg = []byte("\ufffd")
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			if pre {
				x.lineBreak()
			} else {
				x.space()
			}
			continue
		case unicode.IsSpace(r):
			x.space()
			continue
		case invisible(r):
			continue
		}
		x.put(seg, 1)
		added = true
	}
	if added && len(x.stack) > 0 {
		x.lineMask |= x.stack[len(x.stack)-1].cum
	}
}

// put appends text of n runes to the line.
func (x *extractor) put(seg []byte, n int) {
	if len(x.line) == 0 {
		x.lineOwner = -1
		if len(x.stack) > 0 {
			x.lineOwner = x.stack[len(x.stack)-1].blockIdx
		}
		x.lineMask, x.lineLinks, x.brRun = 0, 0, 0
	} else if x.pendingSpace {
		x.line = append(x.line, ' ')
		if x.spaceInLink && x.linkDepth > 0 {
			x.lineLinks++
		}
	}
	x.pendingSpace = false
	x.line = append(x.line, seg...)
	if x.linkDepth > 0 {
		x.lineLinks += n
	}
}

// invisible reports characters that stages/normalize removes: C1
// controls, format characters (zero-width space and joiners, BOM, bidi
// marks, soft hyphen) and the like.
func invisible(r rune) bool {
	switch {
	case r >= 0x80 && r < 0xa0:
		return true
	case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// lineBreak ends the current line; two in a row end the block.
func (x *extractor) lineBreak() {
	if len(x.line) > 0 {
		x.flush()
		x.brRun = 1
		return
	}
	x.brRun++
	if x.brRun >= 2 {
		x.endBlock()
	}
}

// boundary ends the current line and block.
func (x *extractor) boundary() {
	x.flush()
	x.endBlock()
	x.brRun = 0
}

func (x *extractor) endBlock() {
	if x.blockHasPara {
		x.block++
		x.blockHasPara = false
	}
}

// flush turns the current line into a paragraph.
func (x *extractor) flush() {
	x.pendingSpace = false
	if len(x.line) == 0 {
		return
	}
	line := x.line
	if !norm.NFC.IsNormal(line) {
		x.scratch = norm.NFC.Append(x.scratch[:0], line...)
		line = x.scratch
	}
	if len(x.paras) > 0 {
		if x.blockHasPara {
			x.out = append(x.out, '\n')
		} else {
			x.out = append(x.out, '\n', '\n')
		}
	}
	start := len(x.out)
	x.out = append(x.out, line...)
	line = x.out[start:] // x.scratch is reused below
	st := x.structure()
	if n := utf8.RuneCount(line); st.LinkRunes > n {
		st.LinkRunes = n
	}
	if st.Tag == "h1" && !x.sawH1 {
		x.sawH1 = true
		x.meta.offer(metaTitle, rankH1, x.cleanValue(line))
	}
	x.paras = append(x.paras, corpus.Paragraph{Start: start, End: len(x.out), Block: x.block, Structure: st})
	x.blockHasPara = true
	x.line = x.line[:0]
}

// structure returns the Structure of the current line.
func (x *extractor) structure() *corpus.Structure {
	if len(x.structs) == cap(x.structs) {
		x.structs = make([]corpus.Structure, 0, 64)
	}
	x.structs = x.structs[:len(x.structs)+1]
	st := &x.structs[len(x.structs)-1]
	st.LinkRunes = x.lineLinks
	o := x.lineOwner
	if o < 0 || int(o) >= len(x.stack) {
		st.Tag, st.Path = "body", "body"
		if x.lineMask != 0 {
			st.Hints = appendHintNames(nil, x.lineMask, 0, MaxHints)
		}
		return st
	}
	e := &x.stack[o]
	st.Tag = e.name
	st.Path = x.pathOf(o)
	st.Depth = int(o) + 1
	st.Hints = x.hintsOf(o)
	st.Ancestors = x.ancestorsOf(o)
	if extra := x.lineMask &^ e.cum; extra != 0 && len(st.Hints) < MaxHints {
		h := make([]string, len(st.Hints), MaxHints)
		copy(h, st.Hints)
		st.Hints = appendHintNames(h, extra, 0, MaxHints)
	}
	return st
}

// ancestorsOf returns the serials of the open element at index i and of
// the elements enclosing it, innermost first (at most corpus.MaxAncestors),
// in a slice carved from a shared slab.
func (x *extractor) ancestorsOf(i int32) []int32 {
	n := min(int(i)+1, corpus.MaxAncestors)
	if len(x.ancestors)+n > cap(x.ancestors) {
		x.ancestors = make([]int32, 0, 64*corpus.MaxAncestors)
	}
	start := len(x.ancestors)
	for k := i; k > i-int32(n); k-- {
		x.ancestors = append(x.ancestors, x.stack[k].serial)
	}
	return x.ancestors[start:len(x.ancestors):len(x.ancestors)]
}

// pathOf returns the tag path of the open element at index i, computing
// it (and its ancestors') once.
func (x *extractor) pathOf(i int32) string {
	if x.stack[i].path != "" {
		return x.stack[i].path
	}
	j := i
	for j >= 0 && x.stack[j].path == "" {
		j--
	}
	for k := j + 1; k <= i; k++ {
		parent := "body"
		if k > 0 {
			parent = x.stack[k-1].path
		}
		x.stack[k].path = x.joinPath(parent, x.stack[k].name, int(k)+1)
	}
	return x.stack[i].path
}

// joinPath appends an element name to its parent's path, keeping at most
// MaxPathElements names after "body".
func (x *extractor) joinPath(parent, name string, depth int) string {
	b := x.scratch[:0]
	if depth <= MaxPathElements {
		b = append(b, parent...)
	} else {
		rest := strings.TrimPrefix(parent, "body/")
		rest = strings.TrimPrefix(rest, "…/")
		if _, after, ok := strings.Cut(rest, "/"); ok {
			rest = after
		} else {
			rest = ""
		}
		b = append(b, "body/…"...)
		if rest != "" {
			b = append(b, '/')
			b = append(b, rest...)
		}
	}
	b = append(b, '/')
	b = append(b, name...)
	x.scratch = b
	if s, ok := x.names[string(b)]; ok {
		return s
	}
	s := string(b)
	x.names[s] = s
	return s
}

// hintsOf returns the hint names of the open element at index i and its
// ancestors, nearest first, computing them (and its ancestors') once.
func (x *extractor) hintsOf(i int32) []string {
	if x.stack[i].hintsDone {
		return x.stack[i].hints
	}
	j := i
	for j >= 0 && !x.stack[j].hintsDone {
		j--
	}
	for k := j + 1; k <= i; k++ {
		e := &x.stack[k]
		var parent []string
		if k > 0 {
			parent = x.stack[k-1].hints
		}
		if e.own == 0 {
			e.hints = parent
		} else {
			h := appendHintNames(make([]string, 0, MaxHints), e.own, 0, MaxHints)
			for _, name := range parent {
				if len(h) >= MaxHints {
					break
				}
				if e.own&hintBitOf[name] == 0 {
					h = append(h, name)
				}
			}
			e.hints = h[:len(h):len(h)]
		}
		e.hintsDone = true
	}
	return x.stack[i].hints
}

// hintBitOf maps hint names to their bits (read-only).
var hintBitOf = func() map[string]uint64 {
	m := make(map[string]uint64, len(hintNames))
	for i, n := range hintNames {
		m[n] = 1 << i
	}
	return m
}()

// result builds the Page.
func (x *extractor) result() *Page {
	text := string(x.out)
	for i := range x.paras {
		p := &x.paras[i]
		p.Text = text[p.Start:p.End]
	}
	return &Page{Text: text, Paragraphs: x.paras, Meta: x.meta.result()}
}

// cleanValue normalises a metadata value like paragraph text (one line)
// and caps its length.
func (x *extractor) cleanValue(v []byte) string {
	var b []byte
	space := false
	for i := 0; i < len(v) && len(b) < maxMetaBytes; {
		r, size := utf8.DecodeRune(v[i:])
		seg := v[i : i+size]
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			seg = []byte("\ufffd")
		case unicode.IsSpace(r):
			space = len(b) > 0
			continue
		case r < 0x20 || r == 0x7f || invisible(r):
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, seg...)
	}
	if !norm.NFC.IsNormal(b) {
		b = norm.NFC.Bytes(b)
	}
	return string(b)
}

// closesImplicitly reports whether a start tag (a, f) closes an open
// element named open (the rules of implicitClose, for one element).
func closesImplicitly(a atom.Atom, f tagFlags, open string) bool {
	switch {
	case f&fClosesP != 0 && open == "p":
		return true
	case f&fHeading != 0 && len(open) == 2 && open[0] == 'h' && open[1] >= '1' && open[1] <= '6':
		return true
	}
	switch a {
	case atom.Li:
		return open == "li"
	case atom.Dd, atom.Dt:
		return open == "dd" || open == "dt"
	case atom.Td, atom.Th:
		return open == "td" || open == "th"
	case atom.Tr:
		return open == "tr" || open == "td" || open == "th"
	case atom.Option, atom.Optgroup:
		return open == "option"
	case atom.A:
		return open == "a"
	}
	return false
}

// An element open beyond MaxDepth is kept as one uint32: its name's id
// shifted left by ovfShift, and these flags.
const (
	ovfSkip uint32 = 1 << iota
	ovfBlock
	ovfSpace
	ovfPre
	ovfLink
	ovfShift = iota
)

// nameID returns a small integer for an element name.
func (x *extractor) nameID(name string) uint32 {
	if id, ok := x.ids[name]; ok {
		return id
	}
	id := uint32(len(x.idNames))
	x.ids[name] = id
	x.idNames = append(x.idNames, name)
	x.ovfCount = append(x.ovfCount, 0)
	return id
}

// pushOverflow records an element opened beyond MaxDepth. Its text belongs
// to the deepest element on the stack.
func (x *extractor) pushOverflow(name string, f tagFlags, skip, link bool) {
	if x.ids == nil {
		x.ids = make(map[string]uint32, 16)
	}
	id := x.nameID(name)
	e := id << ovfShift
	if skip {
		e |= ovfSkip
		x.ovfSkip++
	}
	if f&fBlock != 0 {
		e |= ovfBlock
	}
	if f&fSpace != 0 {
		e |= ovfSpace
	}
	if f&fPre != 0 {
		e |= ovfPre
		x.preDepth++
	}
	if link {
		e |= ovfLink
		x.linkDepth++
	}
	x.ovf = append(x.ovf, e)
	x.ovfCount[id]++
}

// popOverflow closes the innermost element beyond MaxDepth.
func (x *extractor) popOverflow() {
	e := x.ovf[len(x.ovf)-1]
	if x.visible() {
		if e&ovfBlock != 0 {
			x.boundary()
		} else if e&ovfSpace != 0 {
			x.space()
		}
	}
	if e&ovfSkip != 0 {
		x.ovfSkip--
	}
	if e&ovfPre != 0 {
		x.preDepth--
	}
	if e&ovfLink != 0 {
		x.linkDepth--
	}
	x.ovfCount[e>>ovfShift]--
	x.ovf = x.ovf[:len(x.ovf)-1]
}

// popOverflowTo closes elements beyond MaxDepth down to the innermost one
// with the name id.
func (x *extractor) popOverflowTo(id uint32) {
	for {
		top := x.ovf[len(x.ovf)-1] >> ovfShift
		x.popOverflow()
		if top == id {
			return
		}
	}
}
