package htmltext

import (
	"bytes"
	"strings"
)

// Metadata fields, in Page.Meta under these keys.
const (
	metaTitle = iota
	metaDate
	metaModified
	metaAuthor
	metaLang
	metaSite
	metaDescription
	metaURL
	metaType
	numMeta
)

var metaKeys = [numMeta]string{"title", "date", "modified", "author", "lang", "site", "description", "url", "type"}

// Ranks of sources that are not <meta> names: lower wins.
const (
	rankTitleTag    = 4 // <title>
	rankH1          = 5 // the first h1
	rankTimeElement = 6 // the first <time datetime>
	rankHTMLLang    = 1 // <html lang>
	rankCanonical   = 1 // <link rel=canonical>
)

// metaSource is a <meta> name (name, property or itemprop attribute,
// lower-cased) that gives a field, with its rank: when several sources give
// a field, the lowest rank wins, then the first in the page.
type metaSource struct {
	field, rank int
}

// metaNames lists the <meta> names read (read-only). The full list of
// sources per key:
//
//	title        og:title, twitter:title, meta title, <title>, the first h1
//	date         article:published_time, og:published_time, datePublished,
//	             date, pubdate, publish-date, dc.date, dcterms.created, ...,
//	             the first <time datetime>
//	modified     article:modified_time, og:updated_time, dateModified
//	author       author, article:author (unless a URL), dc.creator, byl,
//	             parsely-author, sailthru.author, citation_author
//	lang         <html lang>, http-equiv content-language, og:locale, language
//	site         og:site_name, application-name
//	description  og:description, description, twitter:description
//	url          <link rel=canonical>, og:url
//	type         og:type
var metaNames = map[string]metaSource{
	"og:title":      {metaTitle, 1},
	"twitter:title": {metaTitle, 2},
	"title":         {metaTitle, 3},

	"article:published_time":    {metaDate, 1},
	"og:published_time":         {metaDate, 2},
	"og:article:published_time": {metaDate, 2},
	"datepublished":             {metaDate, 3},
	"date":                      {metaDate, 4},
	"pubdate":                   {metaDate, 4},
	"publishdate":               {metaDate, 4},
	"publish-date":              {metaDate, 4},
	"publish_date":              {metaDate, 4},
	"published_time":            {metaDate, 4},
	"dc.date":                   {metaDate, 4},
	"dc.date.issued":            {metaDate, 4},
	"dcterms.date":              {metaDate, 4},
	"dcterms.created":           {metaDate, 4},
	"dcterms.issued":            {metaDate, 4},
	"sailthru.date":             {metaDate, 4},
	"parsely-pub-date":          {metaDate, 4},
	"article.published":         {metaDate, 4},
	"citation_publication_date": {metaDate, 4},
	"originalpublicationdate":   {metaDate, 4},
	"article_date_original":     {metaDate, 4},

	"article:modified_time": {metaModified, 1},
	"og:updated_time":       {metaModified, 2},
	"datemodified":          {metaModified, 3},
	"dcterms.modified":      {metaModified, 3},

	"author":          {metaAuthor, 1},
	"article:author":  {metaAuthor, 2},
	"dc.creator":      {metaAuthor, 3},
	"dcterms.creator": {metaAuthor, 3},
	"byl":             {metaAuthor, 4},
	"parsely-author":  {metaAuthor, 5},
	"sailthru.author": {metaAuthor, 5},
	"citation_author": {metaAuthor, 5},

	"og:locale":   {metaLang, 3},
	"language":    {metaLang, 3},
	"dc.language": {metaLang, 3},

	"og:site_name":     {metaSite, 1},
	"application-name": {metaSite, 2},

	"og:description":      {metaDescription, 1},
	"description":         {metaDescription, 2},
	"twitter:description": {metaDescription, 3},

	"og:url": {metaURL, 2},

	"og:type": {metaType, 1},
}

// metaState collects metadata candidates.
type metaState struct {
	val  [numMeta]string
	rank [numMeta]int
}

// offer proposes a value for a field.
func (m *metaState) offer(field, rank int, v string) {
	if v == "" {
		return
	}
	if m.val[field] == "" || rank < m.rank[field] {
		m.val[field], m.rank[field] = v, rank
	}
}

func (m *metaState) result() map[string]string {
	var out map[string]string
	for i, v := range m.val {
		if v == "" {
			continue
		}
		if out == nil {
			out = make(map[string]string, numMeta)
		}
		out[metaKeys[i]] = v
	}
	return out
}

// metaTag reads a <meta> element.
func (x *extractor) metaTag() {
	var names [3][]byte
	var content []byte
	hasContent, contentLang := false, false
	for more := true; more; {
		var k, v []byte
		k, v, more = x.z.TagAttr()
		switch string(k) {
		case "name":
			names[0] = lowerTrim(v)
		case "property":
			names[1] = lowerTrim(v)
		case "itemprop":
			names[2] = lowerTrim(v)
		case "http-equiv":
			contentLang = string(lowerTrim(v)) == "content-language"
		case "content":
			content, hasContent = v, true
		}
	}
	if !hasContent {
		return
	}
	val := x.cleanValue(content)
	if contentLang {
		x.meta.offer(metaLang, 2, val)
	}
	for _, n := range names {
		if len(n) == 0 {
			continue
		}
		src, ok := metaNames[string(n)]
		if !ok {
			continue
		}
		v := val
		switch string(n) {
		case "article:author":
			if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
				continue
			}
		case "byl":
			v = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(v, "By "), "by "))
		}
		x.meta.offer(src.field, src.rank, v)
	}
}

// linkTag reads a <link> element for rel=canonical.
func (x *extractor) linkTag() {
	var canonical bool
	var href []byte
	for more := true; more; {
		var k, v []byte
		k, v, more = x.z.TagAttr()
		switch string(k) {
		case "rel":
			for _, f := range bytes.Fields(v) {
				if string(bytes.ToLower(f)) == "canonical" {
					canonical = true
				}
			}
		case "href":
			href = v
		}
	}
	if canonical {
		x.meta.offer(metaURL, rankCanonical, x.cleanValue(href))
	}
}

// htmlTag reads the lang attribute of <html>.
func (x *extractor) htmlTag() {
	for more := true; more; {
		var k, v []byte
		k, v, more = x.z.TagAttr()
		if string(k) == "lang" || string(k) == "xml:lang" {
			x.meta.offer(metaLang, rankHTMLLang, x.cleanValue(v))
		}
	}
}

// lowerTrim lower-cases ASCII letters of v in place and trims spaces.
func lowerTrim(v []byte) []byte {
	v = bytes.TrimSpace(v)
	for i, c := range v {
		if c >= 'A' && c <= 'Z' {
			v[i] = c + 'a' - 'A'
		}
	}
	return v
}
