// Package goldset stores line-level gold labels for pages whose text lives
// elsewhere (a benchmark directory in ../shared), without copying the text:
// for every non-empty line of a page, its index, a short hash of the line and
// its label. Join checks the hashes against the page texts at run time and
// returns ordinary gold documents.
//
// The file format is line-oriented text, one block per page:
//
//	# comment lines and blank lines are ignored
//	page KEY
//	INDEX HASH LABEL
//	...
//
// INDEX counts the page's non-empty lines from 0 (see Lines), HASH is the
// first 8 hex digits of the FNV-1a 32-bit hash of the line, and LABEL is one
// of body, bio, promo, comment, chrome.
package goldset

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// Line is the gold label of one non-empty line of a page.
type Line struct {
	Index int
	Hash  string
	Label corpus.Label
}

// Page is one page's labelled lines, in order.
type Page struct {
	Key   string
	Lines []Line
}

// Set is a collection of labelled pages, sorted by key.
type Set struct {
	Pages []Page
}

// Lines returns the non-empty lines of a page text, trimmed of surrounding
// white space, in order. Gold line indices count these lines.
func Lines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Hash returns the short hash of a line stored in a gold set.
func Hash(line string) string {
	h := fnv.New32a()
	h.Write([]byte(line))
	return fmt.Sprintf("%08x", h.Sum32())
}

// Read parses a gold set.
func Read(r io.Reader) (*Set, error) {
	s := &Set{}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	n := 0
	var cur *Page
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if f[0] == "page" {
			if len(f) != 2 {
				return nil, fmt.Errorf("gold set line %d: want \"page KEY\"", n)
			}
			s.Pages = append(s.Pages, Page{Key: f[1]})
			cur = &s.Pages[len(s.Pages)-1]
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("gold set line %d: label before the first \"page\" line", n)
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("gold set line %d: want \"INDEX HASH LABEL\", got %q", n, line)
		}
		idx, err := strconv.Atoi(f[0])
		if err != nil || idx < 0 {
			return nil, fmt.Errorf("gold set line %d: bad line index %q", n, f[0])
		}
		if k := len(cur.Lines); k > 0 && cur.Lines[k-1].Index >= idx {
			return nil, fmt.Errorf("gold set line %d: line indices of page %s must increase", n, cur.Key)
		}
		l, err := corpus.ParseLabel(f[2])
		if err != nil {
			return nil, fmt.Errorf("gold set line %d: %w", n, err)
		}
		cur.Lines = append(cur.Lines, Line{Index: idx, Hash: f[1], Label: l})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold set: %w", err)
	}
	sort.SliceStable(s.Pages, func(i, j int) bool { return s.Pages[i].Key < s.Pages[j].Key })
	return s, nil
}

// Write writes the set in its file format, with a header comment.
func (s *Set) Write(w io.Writer, header string) error {
	bw := bufio.NewWriter(w)
	for _, h := range strings.Split(strings.TrimSpace(header), "\n") {
		if h != "" {
			fmt.Fprintf(bw, "# %s\n", h)
		}
	}
	for _, p := range s.Pages {
		fmt.Fprintf(bw, "page %s\n", p.Key)
		for _, l := range p.Lines {
			fmt.Fprintf(bw, "%d %s %s\n", l.Index, l.Hash, l.Label)
		}
	}
	return bw.Flush()
}

// Doc is a gold document joined with its page text.
type Doc struct {
	corpus.GoldDoc
	// Text is the page's whole text, as the classifier sees it.
	Text string
}

// Join attaches each page of the set to its text and returns gold documents
// whose paragraphs are the page's labelled lines. It fails when a page is
// missing or a line's hash does not match (the text changed since labelling).
func (s *Set) Join(texts map[string]string) ([]Doc, error) {
	docs := make([]Doc, 0, len(s.Pages))
	for _, p := range s.Pages {
		text, ok := texts[p.Key]
		if !ok {
			return nil, fmt.Errorf("gold page %s: no page text", p.Key)
		}
		lines := Lines(text)
		d := Doc{GoldDoc: corpus.GoldDoc{ID: p.Key}, Text: text}
		for _, l := range p.Lines {
			if l.Index >= len(lines) {
				return nil, fmt.Errorf("gold page %s: line %d past the page's %d lines", p.Key, l.Index, len(lines))
			}
			if h := Hash(lines[l.Index]); h != l.Hash {
				return nil, fmt.Errorf("gold page %s: line %d hash %s, gold has %s: the page text changed", p.Key, l.Index, h, l.Hash)
			}
			d.Paragraphs = append(d.Paragraphs, corpus.GoldParagraph{Text: lines[l.Index], Label: l.Label})
		}
		docs = append(docs, d)
	}
	return docs, nil
}
