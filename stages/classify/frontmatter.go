package classify

import (
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

// Markdown exports of web pages (Obsidian's and other web clippers',
// static-site generators' sources) start with YAML front matter: a "---"
// line, "key: value" lines (title, author, site, published, language,
// word_count, description) and a "---" line. The model read its values as
// the article's sentences or as furniture at random; frontMatter gives them
// the labels the taxonomy gives what they name.

// frontMatterMaxLines is the most lines of front matter frontMatter reads.
const frontMatterMaxLines = 30

// frontMatter labels the front matter at the start of a page: the author
// (and a site named as the author is) bio, the title body when no
// Markdown heading under it repeats it (the extractor kept no <h1>, and the
// title is the page's only headline), and the rest, its "---" lines
// included, chrome. paras are the page's own paragraphs.
func frontMatter(paras []corpus.Paragraph, out []Scored) {
	if len(paras) < 3 || strings.TrimSpace(paras[0].Text) != "---" {
		return
	}
	end := -1
	for i := 1; i < len(paras) && i <= frontMatterMaxLines; i++ {
		t := strings.TrimSpace(paras[i].Text)
		if t == "---" {
			end = i
			break
		}
		if _, _, ok := frontMatterField(t); !ok {
			return // no YAML: a Markdown rule over the page
		}
	}
	if end < 0 {
		return
	}
	author := ""
	for i := 1; i < end; i++ {
		if key, value, _ := frontMatterField(strings.TrimSpace(paras[i].Text)); key == "author" || key == "authors" || key == "byline" {
			author = value
		}
	}
	for i := 0; i <= end; i++ {
		key, value, _ := frontMatterField(strings.TrimSpace(paras[i].Text))
		switch {
		case key == "author" || key == "authors" || key == "byline" || author != "" && key == "site" && value == author:
			out[i] = Scored{Label: corpus.Bio, Score: 0.7}
		case key == "title" && value != "" && !repeatedAsHeading(paras[end+1:], value):
			out[i] = Scored{Label: corpus.Body, Score: 0.7}
		default:
			out[i] = Scored{Label: corpus.Chrome, Score: 0.7}
		}
	}
}

// frontMatterField returns the key (lower-cased ASCII) and the unquoted
// value of a front matter line "key: value", or false.
func frontMatterField(line string) (key, value string, ok bool) {
	k, v, found := strings.Cut(line, ":")
	if !found || k == "" || len(k) > 32 {
		return "", "", false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; !(c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_' || c == '-' || c >= '0' && c <= '9' && i > 0) {
			return "", "", false
		}
	}
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		v = v[1 : len(v)-1]
	}
	return strings.ToLower(k), v, true
}

// repeatedAsHeading reports whether a Markdown heading among the paragraphs
// ("## Title") repeats the title, or the title with a kicker or the site's
// name around it ("Tribune. Title", "Title-Site"): one holds the other.
func repeatedAsHeading(paras []corpus.Paragraph, title string) bool {
	for i := range paras {
		t := strings.TrimSpace(paras[i].Text)
		n := headingLevel(t)
		if n == 0 {
			continue
		}
		if h := strings.TrimSpace(t[n+1:]); len(h) >= 8 && (strings.Contains(title, h) || strings.Contains(h, title)) {
			return true
		}
	}
	return false
}
