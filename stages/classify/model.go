package classify

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// Focus moves the learned model's body threshold: Precision keeps only
// paragraphs it is surer of, Recall keeps more. It is the one user-facing
// quality knob.
type Focus int

// The three focus settings.
const (
	Balanced Focus = iota
	Precision
	Recall
)

// ParseFocus parses "precision", "balanced" or "recall".
func ParseFocus(s string) (Focus, error) {
	switch s {
	case "balanced", "":
		return Balanced, nil
	case "precision":
		return Precision, nil
	case "recall":
		return Recall, nil
	}
	return 0, fmt.Errorf("unknown focus %q (want precision, balanced or recall)", s)
}

// String returns the focus name.
func (f Focus) String() string {
	switch f {
	case Precision:
		return "precision"
	case Recall:
		return "recall"
	}
	return "balanced"
}

// focusShift is the amount added to the body log-probability per focus.
func (f Focus) shift() float32 {
	switch f {
	case Precision:
		return -1.5
	case Recall:
		return 1.5
	}
	return 0
}

// ModelInfo documents a trained model: what it was trained on, how, and how
// it scored in cross-validation. It is stored in the model file.
type ModelInfo struct {
	// Format identifies the file layout.
	Format string `json:"format"`
	// TrainedOn describes the training data.
	TrainedOn string `json:"trained_on"`
	// Pages lists the keys of the training documents, so that evaluation can
	// refuse to score a model on pages it was trained on.
	Pages []string `json:"pages"`
	// Options are the training options.
	Options TrainOptions `json:"options"`
	// WordLanguages lists the stop-list languages whose words the model
	// reads (see TrainOptions.WordLanguagePages); empty when it reads words
	// in every language.
	WordLanguages []string `json:"word_languages,omitempty"`
	// CV holds cross-validated scores, when they were computed.
	CV map[string]float64 `json:"cv,omitempty"`
	// FurnitureHints are the class/id hints that the training paragraphs
	// carrying them were almost never body under (see furnitureHints in
	// train.go): markupFurniture takes the body label from paragraphs under
	// them. Empty for a model trained on plain text.
	FurnitureHints []string `json:"furniture_hints,omitempty"`
}

// Model is the learned paragraph classifier: multinomial logistic
// regression over dense features of each paragraph and its neighbours and
// hashed lexical features, followed by a Viterbi pass over learned
// label-transition scores so that runs of navigation and runs of body are
// labelled as runs. It is immutable and safe for concurrent use.
type Model struct {
	Info ModelInfo
	// dense is DenseDim × NumLabels weights; hashed is 2^HashBits × NumLabels.
	dense  []float32
	hashed []float32
	// stack, when not nil, is the second layer: StackDim × NumLabels weights.
	stack []float32
	// forest, when not nil, are the second layer's boosted trees, whose
	// scores are added to stack's (TrainOptions.StackTrees); trees is the
	// same forest laid out for scoring.
	forest *forest
	trees  *completeForest
	// trans[a][b] is the score of state b following state a in the
	// two-state chain (0 body, 1 not body); start[b] of b first. Only the
	// first two rows and columns are used (the file keeps room for a chain
	// over all labels).
	trans [corpus.NumLabels][corpus.NumLabels]float32
	start [corpus.NumLabels]float32
	// wordLangs is the set of stop-list languages (bit i: language i) whose
	// words the model reads, from Info.WordLanguages.
	wordLangs uint64
	// lambda weighs transition scores against the per-paragraph scores.
	lambda float32

	rules   *Rules
	focus   Focus
	scratch sync.Pool
	// html, when set, classifies documents read from HTML.
	html *Model
	// members are the other members of an ensemble (TrainOptions.Members):
	// models trained on the same pages from other seeds, whose
	// log-probabilities are averaged with m's own. They share m's rules,
	// features, transition scores and Info.
	members []*Model
	// rows is the compact form of hashed for classification, built on first
	// use and shared by m's copies.
	rows *lazyRows
}

type modelScratch struct {
	rs    ruleScratch
	v     vectors
	sv    []float32 // second-layer vectors
	stack stackScratch
	words []int
	anc   [][]int32 // the paragraphs' Structure.Ancestors
	sig   []markup  // the paragraphs' markup signatures and hints
	logp  []float32 // n × NumLabels
	// memberLogp holds one ensemble member's log-probabilities (logProbs).
	memberLogp []float32
	back       []uint8
	scores     []float32
	// unbarred holds the labels of a live blog's first decoding, which
	// found body only in the entries (classify).
	unbarred []Scored
	// cells marks the cells of tables printed one cell per line in the
	// prose (spanCells), which the decoding reads as neither side.
	cells []bool
	// paras is the copy of a document's paragraphs with the blocks that
	// reblock gave them, mdParas the copy demarkdown made of a Markdown
	// document's, lynxParas the copy delynx made of a text-browser dump's,
	// refParas the copy inlineRefLinks made of a page with reference links,
	// markupParas the copy markupMarkdown made of a Haddock, LaTeX or
	// BBCode page,
	// numParas the copy denumberHeadings made of a page with numbered
	// headings.
	paras, mdParas, lynxParas, refParas, markupParas, numParas []corpus.Paragraph
}

func newModel(rules *Rules) *Model {
	m := &Model{
		rules:  rules,
		dense:  make([]float32, DenseDim*corpus.NumLabels),
		hashed: make([]float32, (1<<HashBits)*corpus.NumLabels),
		lambda: 1,
		rows:   &lazyRows{},
	}
	m.scratch.New = func() any { return &modelScratch{} }
	return m
}

// HTMLModel returns the model that classifies documents read from HTML: the
// one set by WithHTML, or m itself.
func (m *Model) HTMLModel() *Model {
	if m.html != nil {
		return m.html
	}
	return m
}

// WithFocus returns a copy of m that classifies with the given focus.
func (m *Model) WithFocus(f Focus) *Model {
	c := &Model{Info: m.Info, wordLangs: m.wordLangs, dense: m.dense, hashed: m.hashed, stack: m.stack, forest: m.forest, trees: m.trees, trans: m.trans, start: m.start, lambda: m.lambda, rules: m.rules, focus: f, members: m.members, rows: m.rows}
	if m.html != nil {
		c.html = m.html.WithFocus(f)
	}
	c.scratch.New = func() any { return &modelScratch{} }
	return c
}

// Classify implements Classifier.
func (m *Model) Classify(paras []corpus.Paragraph) []Scored {
	if m.html != nil && len(paras) > 0 && paras[0].Structure != nil {
		return m.html.Classify(paras)
	}
	if out, ok := m.classifyMarkupDump(paras); ok {
		// A page printed as html2's paths or a Pug template is read as the
		// HTML it stands for (markupdump.go).
		return out
	}
	if out, ok := m.classifyCSVDump(paras); ok {
		// A spreadsheet's CSV of a page is read as its records' text
		// (csvdump.go).
		return out
	}
	if out, ok := m.classifyARIA(paras); ok {
		// An ARIA snapshot is read as the Markdown of its tree (aria.go).
		return out
	}
	return m.classifyText(paras)
}

// classifyText labels the paragraphs of a plain-text document (Classify).
func (m *Model) classifyText(paras []corpus.Paragraph) []Scored {
	if n := lynxReferences(paras); n > 0 && n < len(paras) {
		// A lynx dump's References list is chrome; the page is what is
		// above it (lynx.go).
		out := m.classifyText(paras[:n])
		for range paras[n:] {
			out = append(out, Scored{Label: corpus.Chrome, Score: 1})
		}
		return out
	}
	if len(paras) > WindowParagraphs {
		// Very long documents go in windows of paragraphs (window.go), which
		// bounds the memory of the features; only the first window starts
		// with the page's title (titleRepeat).
		return classifyWindows(paras, WindowParagraphs, WindowOverlap, func(w []corpus.Paragraph) []Scored {
			return m.classify(w, &w[0] == &paras[0])
		})
	}
	return m.classify(paras, true)
}

// textView returns the paragraphs of a plain-text document as the model
// reads them: with the blocks reblock gives a page without blank lines,
// then through demwLine's view of a MediaWiki page (mwdump.go),
// demarkdown's of a Markdown page or delynx's of a text-browser dump;
// markdown tells whether it was read as Markdown, dump which dump it was
// read as. The copies are made in the three buffers.
func textView(paras []corpus.Paragraph, blocks, md, lynx *[]corpus.Paragraph) (view []corpus.Paragraph, markdown bool, dump dumpKind) {
	view = reblock(paras, blocks)
	if isMWDump(view) {
		// Before demarkdown, which takes its "# " list items for headings.
		return rewriteTexts(view, lynx, demwLine), false, mwDump
	}
	if isTextileDump(view) {
		return rewriteTexts(view, lynx, detextileLine), false, textileDump
	}
	if isJiraDump(view) {
		return rewriteTexts(view, lynx, dejiraLine), false, jiraDump
	}
	view, markdown = demarkdown(view, md)
	if !markdown {
		view, dump = delynx(view, lynx)
	}
	if dump == html2textDump {
		// The blocks buffer is free: delynx copied the view into its own.
		view = reblockSections(view, blocks)
	}
	return view, markdown, dump
}

// classify labels the paragraphs of a document, or of one window of a long
// one (Classify); first tells whether they start the document, so that the
// first may be the page's title.
func (m *Model) classify(paras []corpus.Paragraph, first bool) []Scored {
	out := make([]Scored, len(paras))
	if len(paras) == 0 {
		return out
	}
	s := m.scratch.Get().(*modelScratch)
	defer m.scratch.Put(s)
	// A page with no blank line is read with the blocks it would have with
	// them (reblock.go), a Markdown page through its text (markdown.go), a
	// lynx or w3m dump without its link numbers or bullets (lynx.go), a
	// page with reference-style links with them inline (reflinks.go), a
	// Haddock, LaTeX or BBCode page as the Markdown it stands for
	// (haddock.go, latex.go, bbcode.go) and one with
	// numbered headings without their numbers (infoheadings.go); the
	// copies are let go of after the call. own keeps the page's own lines.
	own := paras
	refs := false
	paras, refs = inlineRefLinks(paras, &s.refParas)
	defer clear(s.refParas)
	paras, markup := markupMarkdown(paras, &s.markupParas)
	defer clear(s.markupParas)
	paras, _ = denumberHeadings(paras, &s.numParas)
	defer clear(s.numParas)
	orig := paras
	paras, markdown, dump := textView(paras, &s.paras, &s.mdParas, &s.lynxParas)
	defer clear(s.paras)
	defer clear(s.mdParas)
	defer clear(s.lynxParas)
	m.logProbs(paras, s)
	if paras[0].Structure == nil {
		s.cells = spanCells(paras, s.rs.fs, s.cells)
	} else {
		s.cells = s.cells[:0]
	}
	// Every page has an article: when no paragraph comes out as body, lower
	// the bar step by step until the likeliest run of body does. The focus
	// then moves the bar so found. (Stepping from the focus's own bar instead
	// lands between balanced's steps, and precision could then keep more body
	// than balanced, or recall less.)
	//
	// A live blog the model took for a comment thread gets its entries back
	// after each decoding (liveTicker), before the bar is judged.
	title := -1
	if first && paras[0].Structure == nil {
		title = titleRepeat(&s.rs.words, s.logp, len(paras))
	}
	//
	// A live blog whose first decoding found body only in the entries that
	// liveTicker gave back (the model took its entries for a comment
	// thread, and with them its headline and lead for furniture) is
	// decoded again under the lower bar, for its head; what the first
	// decoding labelled otherwise and the model holds likelier so than
	// body by half (a byline, a "LIVE" badge) keeps the first decoding's
	// label (unbar). (Keeping only what the model held bio or chrome with a
	// probability of half or more kept 14 labels more right and 10 more
	// wrong over the check sets.)
	tickerFrom, tickerTo := -1, -1
	decoded := false // whether the decoding found body that aboveTitle kept
	s.unbarred = s.unbarred[:0]
	decode := func(bar float32) {
		m.decode(s, out, bar)
		decoded = hasBody(out)
		first := firstBody(out)
		if len(s.unbarred) == len(out) {
			unbar(s.unbarred, s.logp, out)
		} else if bar == 0 {
			s.unbarred = append(s.unbarred, out...)
		}
		if paras[0].Structure == nil {
			tickerFrom, tickerTo = liveTicker(paras, s.rs.fs, s.logp, out)
			aboveTitle(title, s.logp, out)
		}
		// Body that starts at the live blog's entries, or right above
		// them (the last item of its key facts), leaves its head to find.
		decoded = decoded && hasBody(out) && !(tickerFrom >= 0 && first >= tickerFrom-tickerHeadSlack)
	}
	bar := float32(0)
	decode(bar)
	if decoded || tickerFrom < 0 {
		s.unbarred = s.unbarred[:0] // no live blog's head to find
	}
	for bar < 4 && !decoded {
		bar++
		decode(bar)
	}
	if f := m.focus.shift(); f != 0 && hasBody(out) {
		decode(bar + f)
		if !hasBody(out) {
			// Nothing is body under precision's bar: keep balanced's.
			decode(bar)
		}
	}
	m.unpullFurniture(s, out)
	m.markupFurniture(paras, s, out)
	// Long paragraphs with a strong cue phrase (only strong cues fire on
	// paragraphs of ShortWords words or more: "has a passion for", "leave a
	// reply", "subscribe to our newsletter") keep the cue's label, and a name
	// line just above a bio so recognised is bio too: the phrases come from the
	// label definitions, and few training pages have author boxes in prose.
	for i := range out {
		if c := s.rs.cue[i]; c >= 0 && s.rs.fs[i].Words >= features.ShortWords && corpus.Label(c) != corpus.Chrome {
			out[i] = Scored{Label: corpus.Label(c), Score: 0.9}
			if corpus.Label(c) == corpus.Bio && i > 0 && isNameLine(paras[i-1].Text, &s.rs.fs[i-1]) {
				out[i-1] = Scored{Label: corpus.Bio, Score: 0.7}
			}
		}
	}
	if !hasBody(out) {
		// Still none: trust the rules' body, which finds the densest run of
		// prose on any page, however unlike the training pages.
		for i, r := range s.rs.out {
			if r.Label == corpus.Body && i >= title {
				out[i] = r
			}
		}
	}
	if paras[0].Structure == nil {
		m.rulesBody(s, out)
		m.leadHeadline(paras, s, out)
		m.dumpHeadline(paras, s, out, title)
		cutHeadlines(paras, s.rs.fs, s.rs.cue, s.logp, out)
		bridgeBody(paras, s.rs.fs, s.rs.cue, s.logp, out)
		aboveTitle(title, s.logp, out) // the passes above may bring body back
		colonLists(paras, orig, s.rs.fs, s.rs.cue, out)
		ingredientLists(paras, s.rs.fs, s.rs.cue, out)
		lineFurniture(paras, s.rs.fs, out)
		datedLines(paras, s.rs.fs, s.logp, title, out)
		if !m.knowsWords(&s.rs) {
			authorBox(paras, s.rs.fs, out)
		}
		namedAuthorBox(paras, s.rs.fs, out)
		tradeLines(paras, s.rs.fs, out)
		bylineUnderHeadline(paras, s.rs.fs, out)
		bylineAboveDate(paras, s.rs.fs, out)
		bylineBios(paras, s.rs.fs, out)
		namedBoxUnderArticle(paras, s.rs.fs, out)
		teaserBylines(paras, s.rs.fs, out)
		promoLists(paras, s.rs.fs, out)
		datedTeasers(paras, s.rs.fs, out)
		archiveLists(paras, s.rs.fs, out)
		// After promoLists, which takes the link to the author's page
		// for a list of other stories.
		bioTails(paras, s.rs.fs, out)
		if !m.knowsWords(&s.rs) {
			// Where the model reads the words (English), it tells a
			// comment section by them: the pass cost it 0.002 of macro F1.
			commentSection(paras, s.rs.fs, out)
		}
		commentThread(paras, s.rs.fs, out)
		commentPromptLines(paras, s.rs.fs, s.logp, out)
		commentTeasers(paras, s.rs.fs, s.rs.cue, out)
		inlineTeasers(paras, s.rs.fs, s.rs.cue, out)
		leadTeasers(paras, s.rs.fs, out)
		articleAfterTeaser(paras, s.rs.fs, out)
		articleAfterOffer(paras, s.rs.fs, s.logp, out)
		commentIslands(paras, s.rs.fs, s.rs.cue, out)
		afterComments(paras, s.logp, out)
		// Here, so that the passes below see the list as promo (6 labels
		// of the scored sets), and again last (below).
		listsInComments(paras, orig, s.rs.fs, out)
		if !m.knowsWords(&s.rs) {
			// Where the model reads the words (English), it tells a comment
			// form's lines above the heading from a promo box's: the pass
			// cost it 0.0005 of macro F1 (four gold comment lines).
			headedComments(paras, s.rs.fs, s.logp, out)
		}
		promoIslands(paras, s.rs.fs, out)
		inlineComments(paras, s.rs.fs, out)
		creditLines(paras, s.rs.fs, out)
		aboutBox(paras, s.rs.fs, out)
		resultBlocks(paras, s.rs.fs, s.rs.cue, s.logp, out)
		// The article's tables before detachedBody, which would take the
		// body under a table the model read as furniture for a cluster
		// of its own.
		keyFactBoxes(orig, s.rs.fs, false, out)
		ruleTables(paras, out)
		if markdown {
			markdownTables(orig, s.rs.fs, s.rs.commentsFrom, out)
		}
		cellsInBody(s.cells, s.rs.fs, out)
		// Before detachedBody, which would cut the article at a table
		// the model read as furniture.
		gridTables(paras, s.rs.fs, out)
		detachedBody(paras, s.logp, tickerFrom, tickerTo, out)
		keyFactBoxes(orig, s.rs.fs, true, out)
		namedFactBoxes(paras, orig, s.rs.fs, out)
		promoThread(paras, out)
		if dump == lynxDump {
			lynxFurniture(orig, out)
		}
	}
	cjkFurniture(paras, s.rs.fs, s.rs.cue, out)
	if paras[0].Structure != nil {
		// The headline and lead the HTML model learnt to leave out
		// (htmlhead.go).
		htmlHead(paras, out)
		htmlCaptions(paras, out)
		htmlComments(paras, out)
	}
	if paras[0].Structure == nil {
		// After cjkFurniture, which takes a Chinese line with bars for a
		// menu.
		barTables(paras, s.rs.fs, out)
		// Again last: promoThread and cjkFurniture may carry a comment
		// thread into the list of other stories below it.
		listsInComments(paras, orig, s.rs.fs, out)
		cuedChrome(paras, s.rs.fs, out)
		commentsAboveArticle(paras, s.rs.fs, s.rs.out, out)
		shapedThreads(paras, s.rs.fs, out)
		countedSections(paras, s.rs.fs, out)
		if !m.knowsWords(&s.rs) && !s.rs.cjk {
			// Where the model reads the words, it finds the threads
			// itself, and the shape takes lists and notices after them;
			// in Chinese, numbered lists of headlines look like stamps.
			stampedSections(paras, s.rs.fs, out)
		}
		cellTables(paras, s.rs.fs, out)
		tableSources(orig, s.rs.fs, out)
		newsletterBoxes(paras, s.rs.fs, out)
		newsletterOverButton(paras, s.rs.fs, out)
		footerMenus(paras, out)
		formFields(paras, s.rs.fs, out)
		formButtons(paras, out)
		formTails(paras, s.rs.fs, out)
		cookieNotices(paras, s.rs.fs, out)
		pollBoxes(paras, s.rs.fs, out)
		questionHeadings(paras, s.rs.fs, out)
		targetLists(paras, out)
		paywallNotices(paras, s.rs.fs, out)
		brokenCredits(paras, s.rs.fs, out)
		runningHeads(orig, out)
		pageNumbers(orig, s.rs.fs, out)
		if markdown {
			markdownImages(orig, out)
			markdownHeadline(orig, paras, s.rs.fs, out)
		}
	}
	aboveTitle(title, s.logp, out)
	if paras[0].Structure == nil {
		headingRules(paras, out)
		linkRows(orig, out)
		if refs {
			refDefinitions(orig, out)
		}
		noticeLines(paras, s.rs.fs, out)
		markupTails(own, orig, markup, out)
		frontMatter(orig, out)
		if markdown {
			headingsInBody(orig, out, isMarkdownSubheading)
			// Raw HTML lines that open and close a page's sections
			// ("<aside class=\"bio\" markdown=\"1\">", "</section>"), as
			// kramdown and GitHub Markdown keep them, read as on a
			// MediaWiki page.
			kinds := mwKinds(orig)
			sectionHints(orig, kinds, out)
			mwMarkup(orig, kinds, out, isNoImage)
		}
		switch dump {
		case rstDump:
			rstMarkup(orig, out)
		case orgDump:
			orgMarkup(orig, out)
			headingsInBody(orig, out, isOrgHeading)
		case adocDump:
			adocMarkup(orig, out)
		case mwDump, textileDump:
			kinds := mwKinds(orig)
			commentSections(orig, kinds, out)
			sectionHints(orig, kinds, out)
			if dump == mwDump {
				wikiHeadline(orig, paras, s.rs.fs, out)
				headingsInBody(orig, out, isMWHeading)
				mwMarkup(orig, kinds, out, isMWImage)
			} else {
				headingsInBody(orig, out, isMarkupHeading)
				mwMarkup(orig, kinds, out, isTextileImage)
			}
		case jiraDump:
			kinds := jiraKinds(orig)
			commentSections(orig, kinds, out)
			headingsInBody(orig, out, isMarkupHeading)
			mwMarkup(orig, kinds, out, isJiraImage)
		}
		if markup == xmlMarkup {
			// Last, when the lines of text have their labels.
			xmlTails(own, orig, out)
		}
	}
	return out
}

// furnitureMaxWords is the length (in words) up to which a paragraph with a
// chrome cue is taken out of a run of body it was pulled into.
const furnitureMaxWords = 10

// unpullFurniture gives back to chrome the short paragraphs with a chrome
// cue phrase (a photo credit, "Advertisement", "Share this article") that
// the Viterbi pass labelled body only because they sit inside a run of body:
// their own body probability is under one half. The taxonomy calls them
// chrome wherever they are; the chain's transition scores cannot tell a
// credit line from a short paragraph of the article.
func (m *Model) unpullFurniture(s *modelScratch, out []Scored) {
	half := float32(math.Log(0.5))
	for i := range out {
		z := s.logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		f := &s.rs.fs[i]
		if out[i].Label == corpus.Body && f.Words <= furnitureMaxWords && f.Cues[corpus.Chrome] && z[corpus.Body] < half {
			out[i] = Scored{Label: corpus.Chrome, Score: float32(math.Exp(float64(z[corpus.Chrome])))}
		}
		if out[i].Label == corpus.Body && f.Words < features.ShortWords && f.Cues[corpus.Promo] && !f.Cues[corpus.Chrome] && z[corpus.Body] < half {
			out[i] = Scored{Label: corpus.Promo, Score: float32(math.Exp(float64(z[corpus.Promo])))}
		}
	}
}

// commentHint is the hint of comment sections, whose paragraphs
// markupFurniture labels comment.
const commentHint = "comment"

// markupFurniture relabels the paragraphs the model kept as body whose
// markup puts them in page furniture (a hint of Info.FurnitureHints, on
// them or an ancestor): comment-section paragraphs become comment, the
// others the model's likeliest label but body. It leaves the page alone when every
// body paragraph carries such a hint, as when a site's class names the
// whole article's container ("has-comments"). The model reads the hints as
// features among many and still took long readers' comments for the
// article on a few pages (a forum thread under a news story).
func (m *Model) markupFurniture(paras []corpus.Paragraph, s *modelScratch, out []Scored) {
	furniture := func(i int) (hinted, comment bool) {
		st := paras[i].Structure
		if st == nil {
			return false, false
		}
		for _, h := range st.Hints {
			if h == commentHint && slices.Contains(m.Info.FurnitureHints, h) {
				return true, true
			}
			if slices.Contains(m.Info.FurnitureHints, h) {
				hinted = true
			}
		}
		return hinted, false
	}
	if len(m.Info.FurnitureHints) == 0 {
		return
	}
	hinted, all := 0, 0
	for i := range out {
		if out[i].Label == corpus.Body {
			all += s.rs.fs[i].Words
			if h, _ := furniture(i); h {
				hinted += s.rs.fs[i].Words
			}
		}
	}
	if hinted == 0 || hinted >= all {
		return
	}
	for i := range out {
		h, comment := furniture(i)
		if !h || out[i].Label != corpus.Body {
			continue
		}
		if comment {
			out[i] = Scored{Label: corpus.Comment, Score: 0.6}
			continue
		}
		z := s.logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		best := corpus.Bio
		for k := corpus.Bio + 1; k < corpus.NumLabels; k++ {
			if z[k] > z[best] {
				best = k
			}
		}
		out[i] = Scored{Label: best, Score: float32(math.Exp(float64(z[best])))}
	}
}

func hasBody(out []Scored) bool { return firstBody(out) >= 0 }

// firstBody returns the index of the first paragraph labelled body in out,
// or -1 when there is none.
func firstBody(out []Scored) int {
	for i, o := range out {
		if o.Label == corpus.Body {
			return i
		}
	}
	return -1
}

// logProbs fills s.logp with each paragraph's label log-probabilities; for
// an ensemble, the mean of its members' log-probabilities, renormalised.
// The rules' analysis and the features are computed once for all members:
// only the weights differ.
func (m *Model) logProbs(paras []corpus.Paragraph, s *modelScratch) {
	if s.rs.sc.Words == nil {
		// The extractor keeps the paragraphs' words for vectorize,
		// which need not split them again.
		s.rs.sc.Words = &features.Words{Max: dateWords}
	}
	m.rules.analyse(paras, &s.rs)
	s.v.noWords = !m.readsWords(&s.rs)
	s.v.vectorize(paras, &s.rs, false)
	n := len(paras)
	var anc [][]int32
	var sig []markup
	if m.stacked() {
		s.words = resize(s.words, n)
		for i := range s.words {
			s.words[i] = s.rs.fs[i].Words
		}
		anc = ancestors(paras, &s.anc)
		sig = signatures(paras, anc, &s.sig)
	}
	s.logp = resize(s.logp, n*corpus.NumLabels)
	m.weighLogProbs(s, anc, sig, s.logp)
	if len(m.members) == 0 {
		return
	}
	s.memberLogp = resize(s.memberLogp, n*corpus.NumLabels)
	for _, o := range m.members {
		o.weighLogProbs(s, anc, sig, s.memberLogp)
		for i, lp := range s.memberLogp {
			s.logp[i] += lp
		}
	}
	k := float32(1 + len(m.members))
	for i := 0; i < n; i++ {
		z := s.logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		for j := range z {
			z[j] /= k
		}
		logSoftmax32(z)
	}
}

// weighLogProbs writes into logp the label log-probabilities that m's own
// weights give the paragraphs whose features s holds (logProbs computed
// them, and anc and sig when m has a second layer).
func (m *Model) weighLogProbs(s *modelScratch, anc [][]int32, sig []markup, logp []float32) {
	n := s.v.n
	rows := m.hashedRows()
	for i := 0; i < n; i++ {
		z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		m.scoresFromBase(&s.v, rows, i, z)
		logSoftmax32(z)
	}
	if !m.stacked() {
		return
	}
	s.sv = grow(s.sv, n*StackDim)
	// The linear weights read the base features that end each second-layer
	// vector from s.v.terms (applyStack): they are copied into it only for
	// the trees.
	f := m.trees
	if !m.treesApply(&s.rs) {
		f = nil
	}
	var base []float32
	if f != nil {
		base = s.v.base
	}
	s.stack.vectorize(s.sv, n, logp, base, s.words, anc, sig)
	applyStack(m.stack, f, s.sv, &s.v, logp, n, anc != nil)
}

// treesApply reports whether m's boosted trees score a document whose rule
// analysis is rs: always, unless TrainOptions.StackTreesWordLanguages keeps
// them to the languages whose words the model reads and the document is in
// another (or in none of the stop lists' languages, or mostly in Han or
// kana), where they lost more than they gained.
func (m *Model) treesApply(rs *ruleScratch) bool {
	o := &m.Info.Options
	if m.forest == nil || m.stack == nil || !o.StackTreesWordLanguages || o.WordLanguagePages <= 0 {
		return m.forest != nil
	}
	if rs.lang < 0 || m.wordLangs&(1<<uint(rs.lang)) == 0 {
		return false
	}
	// A page written mostly in Han or kana is not in that language, even
	// when the Latin words of its menus match its stop list.
	var cjk, letters int
	for i := range rs.fs {
		cjk += rs.fs[i].CJK
		letters += rs.fs[i].Letters
	}
	return 2*cjk < letters
}

// stacked reports whether m has a second layer.
func (m *Model) stacked() bool { return m.stack != nil || m.forest != nil }

// stackHead is the part of a second-layer vector before its copy of the
// paragraph's base features (which end it).
const stackHead = StackDim - baseDim

// knowsWords reports whether the model knows the words of a document
// whose rule analysis is rs, so that it tells a comment form or an author
// box by them: it reads them (readsWords) and the document is not written
// mostly in Chinese or Japanese, whose words it reads (no stop list
// matches) but never saw in training, nor in another script no stop list
// matches (Amharic), whose hashed words it reads as it reads Chinese but
// never saw either. Where it does not know them, the
// passes that recognise such lines by their shape run, and the rules' body
// weighs more (rulesBody).
func (m *Model) knowsWords(rs *ruleScratch) bool {
	return m.readsWords(rs) && !rs.cjk && rs.lang >= 0
}

// readsWords reports whether the model reads the hashed words of a
// document whose rule analysis is rs: only in the languages of enough of
// its training pages (and when no stop list matches, e.g. Chinese). In
// other languages the words it learned say nothing; it reads the
// language-independent features and the markup instead.
func (m *Model) readsWords(rs *ruleScratch) bool {
	return m.Info.Options.WordLanguagePages <= 0 || rs.lang < 0 || m.wordLangs&(1<<uint(rs.lang)) != 0
}

// setWordLanguages sets the languages whose words the model reads, by name.
func (m *Model) setWordLanguages(names []string) {
	m.Info.WordLanguages = names
	m.wordLangs = 0
	for i, l := range m.rules.x.Languages() {
		if slices.Contains(names, l) {
			m.wordLangs |= 1 << uint(i)
		}
	}
}

// applyStack writes a stacked layer's log-probabilities (weights w) of n
// paragraphs with second-layer vectors sv into logp. The base features that
// end each vector are read from v.terms, their non-zero ones in order,
// rather than scanned: the same terms in the same order as linearScores
// over the whole vector, so the same sums. tree is false when the document
// has no markup structure: the tree features are then all zero, and not
// read. w may be nil (no linear weights); f, when not nil, adds its trees'
// scores, read from the whole of each vector.
func applyStack(w []float32, f *completeForest, sv []float32, v *vectors, logp []float32, n int, tree bool) {
	headLen := stackHead
	if !tree {
		headLen = stackTreeOffset
	}
	for i := 0; i < n; i++ {
		z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		if w != nil {
			head := sv[i*StackDim : i*StackDim+headLen]
			stackScores(w, head, v.terms[v.termStart[i]:v.termStart[i+1]], z)
		} else {
			clear(z)
		}
		if f != nil {
			f.add(sv[i*StackDim:(i+1)*StackDim], (*[corpus.NumLabels]float32)(z))
		}
		logSoftmax32(z)
	}
}

// stackScoresGo writes w·x per label into z for the second-layer vector x
// made of head followed by zeros up to stackHead and the base features
// listed in base. It is stackScores where there is no assembly for it
// (addterms_other.go); on amd64 stackScores gives the same bits with SSE.
func stackScoresGo(w, head []float32, base []baseTerm, z []float32) {
	const L = corpus.NumLabels
	var a0, a1, a2, a3, a4 float32
	// The weights of the head and of the base features are read as
	// arrays: one bounds check per term.
	wh := (*[stackHead * L]float32)(w[:stackHead*L])
	for j, x := range head[:min(len(head), stackHead)] {
		if x != 0 {
			row := (*[L]float32)(wh[j*L : j*L+L])
			a0 += x * row[0]
			a1 += x * row[1]
			a2 += x * row[2]
			a3 += x * row[3]
			a4 += x * row[4]
		}
	}
	wb := (*[baseDim * L]float32)(w[stackHead*L : (stackHead+baseDim)*L])
	a0, a1, a2, a3, a4 = addTerms(a0, a1, a2, a3, a4, wb, base)
	z[0], z[1], z[2], z[3], z[4] = a0, a1, a2, a3, a4
}

// ancestors returns the paragraphs' Structure.Ancestors in *buf (reused),
// or nil when no paragraph has markup structure.
func ancestors(paras []corpus.Paragraph, buf *[][]int32) [][]int32 {
	if len(paras) == 0 || paras[0].Structure == nil {
		return nil
	}
	a := (*buf)[:0]
	for i := range paras {
		var ids []int32
		if st := paras[i].Structure; st != nil {
			ids = st.Ancestors
		}
		a = append(a, ids)
	}
	*buf = a
	return a
}

// markup is what the second layer reads of a paragraph's markup besides its
// ancestors: a hash of its signature (tag path, block tag and class/id
// hints) and its hints as a bit set over markupHints.
type markup struct {
	sig   uint64
	hints uint64
}

// markupHints are the class/id hints (corpus/htmltext's canonical names)
// that the second layer reads as flags, in the order of their features.
// The order is part of the model format: append, never reorder.
var markupHints = [...]string{
	"article", "content", "title", "summary", "byline", "author", "bio", "date", "meta",
	"share", "social", "comment", "related", "promo", "ad", "newsletter", "subscribe",
	"paywall", "nav", "breadcrumb", "menu", "header", "footer", "sidebar", "widget",
	"cookie", "modal", "caption", "credit", "tags", "hidden", "skip", "search", "login",
	"logo", "media", "print",
}

// hintMask returns the bit set over markupHints of a paragraph's hints.
func hintMask(hints []string) uint64 {
	var m uint64
	for _, h := range hints {
		for k, name := range markupHints {
			if h == name {
				m |= 1 << uint(k)
				break
			}
		}
	}
	return m
}

// signatures returns each paragraph's markup (see markup) in *buf (reused),
// or nil when anc is nil (no markup structure).
func signatures(paras []corpus.Paragraph, anc [][]int32, buf *[]markup) []markup {
	if anc == nil {
		return nil
	}
	s := (*buf)[:0]
	for i := range paras {
		h := uint64(fnvOffset)
		var mask uint64
		if st := paras[i].Structure; st != nil {
			h = fnvString(h, st.Path)
			h = fnvString(h, st.Tag)
			for _, hint := range st.Hints {
				h = fnvString(h, hint)
			}
			mask = hintMask(st.Hints)
		}
		s = append(s, markup{sig: h, hints: mask})
	}
	*buf = s
	return s
}

// fnvString folds s and a separator into the FNV-1a hash h.
func fnvString(h uint64, s string) uint64 { return fnvByte(fnvAdd(h, s), 0xff) }

// scoresFromBase writes the first layer's linear scores of paragraph i into
// z from the base features alone, without building its dense vector: the
// same terms, added in the same order, as scores over the dense vector
// (whose zero features linearScores skips), so the sums are the same to the
// bit. It reads the non-zero base features of the paragraph and its
// neighbours from v.terms (denseScores), then the hashed rows, and keeps the
// five sums in variables (registers) rather than an array (memory).
func (m *Model) scoresFromBase(v *vectors, rows *hashedRows, i int, z []float32) {
	a0, a1, a2, a3, a4 := m.denseScores(v, i)
	// The hashed rows come from their compact form (rows, m.hashedRows):
	// the zero rows, which change no sum, are not read. A feature of
	// value 1: x * row[k] is row[k] exactly, so the products are left out.
	for _, h := range v.hashed[i*maxHashed : i*maxHashed+v.nhash[i]] {
		if row := rows.row(h); row != nil {
			a0 += row[0]
			a1 += row[1]
			a2 += row[2]
			a3 += row[3]
			a4 += row[4]
		}
	}
	z[0], z[1], z[2], z[3], z[4] = a0, a1, a2, a3, a4
}

// denseScoresGo returns the first layer's sums of paragraph i over its bias
// and the base features of it and its neighbours, read from v.terms, in the
// order of the dense vector: denseScores where there is no assembly for it
// (addterms_other.go); on amd64 denseScores gives the same bits with SSE.
func (m *Model) denseScoresGo(v *vectors, i int) (float32, float32, float32, float32, float32) {
	const L = corpus.NumLabels
	var a0, a1, a2, a3, a4 float32
	// addOne adds a row of weights of a feature of value 1: x * row[k] is
	// row[k] exactly, so the products are left out.
	addOne := func(row *[L]float32) {
		a0 += row[0]
		a1 += row[1]
		a2 += row[2]
		a3 += row[3]
		a4 += row[4]
	}
	// addBase adds the base features of paragraph j, whose weights start
	// at row off of the dense weights.
	terms, start := v.terms, v.termStart
	addBase := func(off, j int) {
		w := (*[baseDim * L]float32)(m.dense[off*L : (off+baseDim)*L])
		a0, a1, a2, a3, a4 = addTermsGo(a0, a1, a2, a3, a4, w, terms[start[j]:start[j+1]])
	}
	addOne((*[L]float32)(m.dense))
	addBase(1, i)
	off := 1 + baseDim
	for k := -Window; k <= Window; k++ {
		if k == 0 {
			continue
		}
		if j := i + k; j < 0 || j >= v.n {
			addOne((*[L]float32)(m.dense[off*L:]))
		} else {
			addBase(off+1, j)
		}
		off += baseDim + 1
	}
	return a0, a1, a2, a3, a4
}

// addTermsGo returns the sums a0…a4 plus, term by term in order, each base
// term's value times its row of the block of weights w (an array: one
// bounds check per term). The sums are five variables, not an array or a
// struct, so that they stay in registers. It is addTerms where there is no
// assembly for it (addterms_other.go); on amd64 addTerms gives the same
// bits with SSE (addterms_amd64.s).
func addTermsGo(a0, a1, a2, a3, a4 float32, w *[baseDim * corpus.NumLabels]float32, ts []baseTerm) (float32, float32, float32, float32, float32) {
	for _, t := range ts {
		r := int(t.row)
		row := (*[corpus.NumLabels]float32)(w[r : r+corpus.NumLabels])
		x := t.x
		a0 += x * row[0]
		a1 += x * row[1]
		a2 += x * row[2]
		a3 += x * row[3]
		a4 += x * row[4]
	}
	return a0, a1, a2, a3, a4
}

// linearScores writes w·x per label into z (w is len(x) × NumLabels). The
// five sums are kept in local variables (registers) and added in the same
// order as a plain loop, so the result is the same.
func linearScores(w, x, z []float32) {
	const L = corpus.NumLabels
	var a0, a1, a2, a3, a4 float32
	for j, xv := range x {
		if xv == 0 {
			continue
		}
		row := (*[L]float32)(w[j*L : (j+1)*L])
		a0 += xv * row[0]
		a1 += xv * row[1]
		a2 += xv * row[2]
		a3 += xv * row[3]
		a4 += xv * row[4]
	}
	z[0], z[1], z[2], z[3], z[4] = a0, a1, a2, a3, a4
}

// scores writes the linear scores of paragraph i into z.
func (m *Model) scores(v *vectors, i int, z []float32) {
	linearScores(m.dense, v.dense[i*DenseDim:(i+1)*DenseDim], z)
	for _, h := range v.hashed[i*maxHashed : i*maxHashed+v.nhash[i]] {
		w := m.hashed[int(h)*corpus.NumLabels : (int(h)+1)*corpus.NumLabels]
		for k := range z {
			z[k] += w[k]
		}
	}
}

// logSoftmax turns the scores z into log-probabilities, in place.
func logSoftmax(z []float32) {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	var sum float64
	for _, v := range z {
		sum += expDiff(v, mx)
	}
	lse := mx + float32(math.Log(sum))
	for k := range z {
		z[k] -= lse
	}
}

// logSoftmax32 is logSoftmax with exp32 and log32 (within about 1e-5 of
// it: TestLogSoftmax32), for classification; training keeps logSoftmax,
// whose float64 sums retraining reproduces to the bit.
func logSoftmax32(z []float32) {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	if math.IsInf(float64(mx), 0) || mx != mx {
		logSoftmax(z) // infinities and NaNs as before
		return
	}
	var sum float32
	for _, v := range z {
		// The largest score's exponential, exp32(0), is 1 exactly
		// (TestExp32OfZero): one call of five spared. (v - mx is 0 only
		// when v == mx: the subtraction of two different floats is never
		// zero.)
		if d := v - mx; d != 0 {
			sum += exp32(d)
		} else {
			sum++
		}
	}
	lse := mx + log32(sum)
	for k := range z {
		z[k] -= lse
	}
}

// expDiff returns math.Exp(float64(v - mx)). The largest score of a
// softmax, v == mx, needs no call: math.Exp(0) is exactly 1 (TestExpDiff).
// (v - mx is 0 only when v == mx, both finite: NaNs and infinities give
// NaN and go to math.Exp as before.)
func expDiff(v, mx float32) float64 {
	d := v - mx
	if d == 0 {
		return 1
	}
	return math.Exp(float64(d))
}

// decode runs Viterbi over a two-state chain, body and not-body, with the
// learned transition scores: runs of body and runs of page furniture are
// labelled as runs. A not-body paragraph then takes its likeliest non-body
// label. shift is added to body's log-probability (the focus knob). Labels
// and scores (the label's probability) go to out.
func (m *Model) decode(s *modelScratch, out []Scored, shift float32) {
	const L = corpus.NumLabels
	n := len(out)
	states := 2
	if m.Info.Options.ArticleSpan {
		states = 3
	}
	s.back = resize(s.back, n*states)
	emit := func(i, state int) float32 {
		z := s.logp[i*L : (i+1)*L]
		if state == stateBody {
			if len(s.cells) > 0 && s.cells[i] {
				// A table's cell (spanCells): no side taken.
				return logSumExpOther(z)
			}
			return z[corpus.Body] + shift
		}
		return logSumExpOther(z)
	}
	var cur, next [3]float32
	for k := 0; k < states; k++ {
		cur[k] = emit(0, k) + m.lambda*m.start[k]
	}
	for i := 1; i < n; i++ {
		// The non-body states share their emission: computed once.
		other := emit(i, stateOther)
		for k := 0; k < states; k++ {
			best, from := cur[0]+m.lambda*m.trans[0][k], 0
			for j := 1; j < states; j++ {
				if v := cur[j] + m.lambda*m.trans[j][k]; v > best {
					best, from = v, j
				}
			}
			e := other
			if k == stateBody {
				e = emit(i, k)
			}
			next[k], s.back[i*states+k] = best+e, uint8(from)
		}
		cur = next
	}
	state := 0
	for k := 1; k < states; k++ {
		if cur[k] > cur[state] {
			state = k
		}
	}
	for i := n - 1; i >= 0; i-- {
		z := s.logp[i*L : (i+1)*L]
		label := corpus.Body
		if state != stateBody {
			label = corpus.Bio
			for k := corpus.Bio; k < L; k++ {
				if z[k] > z[label] {
					label = k
				}
			}
		}
		out[i] = Scored{Label: label, Score: exp32(z[label])}
		if i > 0 {
			state = int(s.back[i*states+state])
		}
	}
}

// tickerHeadSlack is how many lines above a live blog's first entry the
// decoding may find its first body and still have missed the blog's head.
const tickerHeadSlack = 2

// unbarMargin is the log of how much likelier than body unbar wants a
// paragraph's first label: half as likely again.
var unbarMargin = float32(math.Log(1.5))

// unbar gives back the first decoding's labels (first) to the paragraphs
// that a decoding under a lower bar took for body (out) and that the model
// holds likelier so than body by half (logp, unbarMargin): a live blog's
// byline and badge above its headline (classify).
func unbar(first []Scored, logp []float32, out []Scored) {
	for i := range out {
		if out[i].Label != corpus.Body || first[i].Label == corpus.Body {
			continue
		}
		z := logp[i*corpus.NumLabels : (i+1)*corpus.NumLabels]
		if l := first[i].Label; z[l] >= z[corpus.Body]+unbarMargin {
			out[i] = first[i]
		}
	}
}

// The states of decoding: body, not body (inside the article when decoding
// with TrainOptions.ArticleSpan), and not body outside the article.
const (
	stateBody = iota
	stateOther
	stateOutside
)

// logSumExpOther returns the log of the total probability of the non-body
// labels, with exp32 and log32 (within about 1e-6 of the float64 sum:
// TestLogSumExpOther).
func logSumExpOther(z []float32) float32 {
	o := (*[corpus.NumLabels - corpus.Bio]float32)(z[corpus.Bio:corpus.NumLabels])
	mx := o[0]
	for _, v := range o[1:] {
		mx = max(mx, v)
	}
	if math.IsInf(float64(mx), -1) {
		return mx // no probability at all: −Inf, not −Inf − −Inf = NaN
	}
	var sum float32
	for _, v := range o {
		if d := v - mx; d != 0 {
			sum += exp32(d)
		} else {
			sum++ // exp32(0), as in logSoftmax32
		}
	}
	return mx + log32(sum)
}

// modelMagic starts every model file without boosted trees;
// modelMagicTrees starts those with (format 2: format 1 followed by the
// trees, see WriteTo). Models without trees are still written in format 1,
// which winnow versions before the trees read too.
const (
	modelMagic      = "winnow-model-1\n"
	modelMagicTrees = "winnow-model-2\n"
)

// WriteTo writes the model: the magic line, the length and JSON of its
// ModelInfo, lambda, the start and transition scores, the dense weights, the
// second layer's size and weights (size 0 when there is none), and the
// non-zero rows of the hashed weights as (index, weights) pairs; then, in
// format 2 only (a model with boosted trees in its second layer), the
// trees: the number of trees and each one's root, the number of nodes and
// each one's threshold, left child and feature. All numbers are
// little-endian.
//
// An ensemble (TrainOptions.Members) writes each member so, one after the
// other, m first.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	for _, o := range append([]*Model{m}, m.members...) {
		if err := o.encode(&buf, &m.Info); err != nil {
			return 0, err
		}
	}
	n, err := w.Write(buf.Bytes())
	return int64(n), err
}

// encode appends m's own weights, with info, to buf in the format of
// WriteTo. (The members of an ensemble are written with its first model's
// info, which ReadModel gives them back.)
func (m *Model) encode(buf *bytes.Buffer, info *ModelInfo) error {
	if m.forest != nil {
		buf.WriteString(modelMagicTrees)
	} else {
		buf.WriteString(modelMagic)
	}
	infoJSON, err := json.Marshal(info)
	if err != nil {
		return fmt.Errorf("encode model info: %w", err)
	}
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, uint32(len(infoJSON))))
	buf.Write(infoJSON)
	put := func(v any) { _ = binary.Write(buf, le, v) }
	put(m.lambda)
	put(m.start)
	put(m.trans)
	put(uint32(DenseDim))
	put(m.dense)
	if m.stack != nil {
		put(uint32(StackDim))
		put(m.stack)
	} else {
		put(uint32(0))
	}
	put(uint32(HashBits))
	rows := 0
	for h := 0; h < 1<<HashBits; h++ {
		if !allZero(m.hashed[h*corpus.NumLabels : (h+1)*corpus.NumLabels]) {
			rows++
		}
	}
	put(uint32(rows))
	for h := 0; h < 1<<HashBits; h++ {
		row := m.hashed[h*corpus.NumLabels : (h+1)*corpus.NumLabels]
		if !allZero(row) {
			put(uint32(h))
			put(row)
		}
	}
	if f := m.forest; f != nil {
		put(uint32(len(f.roots)))
		put(f.roots)
		put(uint32(len(f.nodes)))
		for _, nd := range f.nodes {
			put(nd.thr)
			put(nd.left)
			put(nd.feat)
		}
	}
	return nil
}

func allZero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

// ReadModel reads a model written by WriteTo. The model classifies with the
// given rules (its features include the rules' analysis).
//
// An ensemble's members follow its first model, as many as its
// Info.Options.Members says; each must agree with the first on everything
// but its weights.
func ReadModel(r io.Reader, rules *Rules) (*Model, error) {
	br := bufio.NewReader(r)
	m, err := readOne(br, rules)
	if err != nil {
		return nil, err
	}
	for k := 1; k < m.Info.Options.Members; k++ {
		o, err := readOne(br, rules)
		if err != nil {
			return nil, fmt.Errorf("read model: member %d: %w", k+1, err)
		}
		if o.Info.Options.Members != m.Info.Options.Members || (o.stack == nil) != (m.stack == nil) || (o.forest == nil) != (m.forest == nil) || o.lambda != m.lambda || o.wordLangs != m.wordLangs {
			return nil, fmt.Errorf("read model: member %d does not match the first", k+1)
		}
		o.Info = m.Info
		m.members = append(m.members, o)
	}
	return m, nil
}

// readOne reads one model (one member of an ensemble) written by encode.
func readOne(br *bufio.Reader, rules *Rules) (*Model, error) {
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil {
		return nil, errors.New("read model: not a winnow model file")
	}
	trees := string(magic) == modelMagicTrees
	if !trees && string(magic) != modelMagic {
		if bytes.HasPrefix(magic, []byte("winnow-model-")) {
			return nil, fmt.Errorf("read model: not a winnow model file this winnow reads (format %q: written by a newer winnow?)", bytes.TrimSpace(magic))
		}
		return nil, errors.New("read model: not a winnow model file")
	}
	le := binary.LittleEndian
	var infoLen uint32
	if err := binary.Read(br, le, &infoLen); err != nil || infoLen > 64<<20 {
		return nil, fmt.Errorf("read model: bad header")
	}
	info := make([]byte, infoLen)
	if _, err := io.ReadFull(br, info); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	m := newModel(rules)
	if err := json.Unmarshal(info, &m.Info); err != nil {
		return nil, fmt.Errorf("read model info: %w", err)
	}
	m.setWordLanguages(m.Info.WordLanguages)
	get := func(v any) error { return binary.Read(br, le, v) }
	var dim, bits, rows uint32
	for _, v := range []any{&m.lambda, &m.start, &m.trans, &dim} {
		if err := get(v); err != nil {
			return nil, fmt.Errorf("read model: %w", err)
		}
	}
	if int(dim) != DenseDim {
		return nil, fmt.Errorf("read model: %d dense features, this winnow computes %d: retrain the model", dim, DenseDim)
	}
	if err := get(m.dense); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	var sdim uint32
	if err := get(&sdim); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if sdim != 0 {
		if int(sdim) != StackDim {
			return nil, fmt.Errorf("read model: %d second-layer features, this winnow computes %d: retrain the model", sdim, StackDim)
		}
		m.stack = make([]float32, StackDim*corpus.NumLabels)
		if err := get(m.stack); err != nil {
			return nil, fmt.Errorf("read model: %w", err)
		}
	}
	if err := get(&bits); err != nil || bits != HashBits {
		return nil, fmt.Errorf("read model: hashed space of %d bits, want %d", bits, HashBits)
	}
	if err := get(&rows); err != nil || rows > 1<<HashBits {
		return nil, fmt.Errorf("read model: bad hashed row count")
	}
	// The hashed rows are most of the file: decode them from one buffer
	// rather than value by value.
	const rowBytes = 4 + 4*corpus.NumLabels
	var row [rowBytes]byte
	for i := uint32(0); i < rows; i++ {
		if _, err := io.ReadFull(br, row[:]); err != nil {
			return nil, fmt.Errorf("read model: hashed row %d: %w", i, err)
		}
		h := le.Uint32(row[:4])
		if h >= 1<<HashBits {
			return nil, fmt.Errorf("read model: bad hashed row")
		}
		w := m.hashed[h*corpus.NumLabels : (h+1)*corpus.NumLabels]
		for k := range w {
			w[k] = math.Float32frombits(le.Uint32(row[4+4*k:]))
		}
	}
	if trees {
		f, err := readForest(br)
		if err != nil {
			return nil, fmt.Errorf("read model: trees: %w", err)
		}
		m.forest, m.trees = f, f.compile()
	}
	return m, nil
}

// readForest reads the boosted trees written by encode, and checks that
// every tree is well formed: features within the second-layer vector,
// children after their parent and within the nodes, every node in one tree
// only, no tree deeper than maxTreeDepth (forest.checkShape), and at most
// maxPaddedLeaves leaves once compile lays every tree out complete to the
// deepest one's depth.
func readForest(br *bufio.Reader) (*forest, error) {
	le := binary.LittleEndian
	f := &forest{}
	var nroots, nnodes uint32
	if err := binary.Read(br, le, &nroots); err != nil {
		return nil, fmt.Errorf("tree count: %w", err)
	}
	if nroots > 1<<20 {
		return nil, fmt.Errorf("%d trees: too many", nroots)
	}
	f.roots = make([]int32, nroots)
	if err := binary.Read(br, le, f.roots); err != nil {
		return nil, fmt.Errorf("roots: %w", err)
	}
	if err := binary.Read(br, le, &nnodes); err != nil {
		return nil, fmt.Errorf("node count: %w", err)
	}
	if nnodes > 1<<24 {
		return nil, fmt.Errorf("%d tree nodes: too many", nnodes)
	}
	const nodeBytes = 4 + 4 + 2
	var buf [nodeBytes]byte
	// The nodes are appended as they are read, so that a file that claims
	// more nodes than it holds fails before it costs their memory.
	f.nodes = make([]forestNode, 0, min(nnodes, 1<<16))
	for i := 0; i < int(nnodes); i++ {
		if _, err := io.ReadFull(br, buf[:]); err != nil {
			return nil, fmt.Errorf("node %d: %w", i, err)
		}
		nd := forestNode{thr: math.Float32frombits(le.Uint32(buf[0:])), left: int32(le.Uint32(buf[4:])), feat: le.Uint16(buf[8:])}
		if nd.left != 0 {
			switch {
			case int(nd.left) <= i:
				return nil, fmt.Errorf("node %d: its children come before it", i)
			case int(nd.left)+1 >= int(nnodes):
				return nil, fmt.Errorf("node %d: its children lie past the %d nodes", i, nnodes)
			case int(nd.feat) >= StackDim:
				return nil, fmt.Errorf("node %d: feature %d past the second-layer vector", i, nd.feat)
			}
		}
		f.nodes = append(f.nodes, nd)
	}
	for _, r := range f.roots {
		if r < 0 || int(r) >= len(f.nodes) {
			return nil, fmt.Errorf("root %d out of range", r)
		}
	}
	depth, err := f.checkShape()
	if err != nil {
		return nil, err
	}
	if len(f.roots)<<depth > maxPaddedLeaves {
		return nil, fmt.Errorf("%d trees of depth %d: too large when laid out complete", len(f.roots), depth)
	}
	return f, nil
}

//go:embed models/default.model
var defaultModel []byte

//go:embed models/html.model
var htmlModel []byte

// DefaultModel returns the models built into winnow (see models/README.md
// for what they were trained on and how they scored): one trained on
// plain-text page dumps, with one trained on the same pages' HTML attached
// for documents whose paragraphs carry markup structure.
func DefaultModel() (*Model, error) {
	rules, err := DefaultRules()
	if err != nil {
		return nil, err
	}
	m, err := ReadModel(bytes.NewReader(defaultModel), rules)
	if err != nil {
		return nil, fmt.Errorf("embedded model: %w", err)
	}
	h, err := ReadModel(bytes.NewReader(htmlModel), rules)
	if err != nil {
		return nil, fmt.Errorf("embedded HTML model: %w", err)
	}
	return m.WithHTML(h), nil
}

// WithHTML returns a copy of m that hands documents read from HTML (whose
// first paragraph carries a Structure) to h. Info.Pages then lists the pages
// of both models, each once. WriteTo writes m's own weights only.
func (m *Model) WithHTML(h *Model) *Model {
	c := m.WithFocus(m.focus)
	c.html = h.WithFocus(m.focus)
	seen := map[string]bool{}
	c.Info.Pages = nil
	for _, p := range append(append([]string(nil), m.Info.Pages...), h.Info.Pages...) {
		if !seen[p] {
			seen[p] = true
			c.Info.Pages = append(c.Info.Pages, p)
		}
	}
	return c
}
