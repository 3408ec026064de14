package htmltext

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// Where a page's character encoding was found; see Page.CharsetFrom.
const (
	FromBOM      = "bom"      // a byte-order mark
	FromHTTP     = "http"     // the charset parameter of the HTTP Content-Type
	FromMeta     = "meta"     // <meta charset> or <meta http-equiv="Content-Type">
	FromDetected = "detected" // none of these: detected from the bytes
)

// prescanBytes is how far into a page <meta> charset declarations are
// looked for. The HTML standard says 1024 bytes, but many real pages put a
// kilobyte of scripts and links first; browsers also look further.
const prescanBytes = 64 << 10

// Decode converts an HTML page to UTF-8. The encoding is taken, in order,
// from a byte-order mark, the charset parameter of the HTTP Content-Type
// (contentType may be empty), a <meta charset> or <meta http-equiv> in the
// first 64 KiB, and else detected: UTF-8 when most of the page's non-ASCII
// bytes form valid UTF-8, windows-1252 (the web's default) otherwise.
// Labels are resolved with the WHATWG table of golang.org/x/net/html/charset.
//
// One deviation from the standard: a page whose bytes are all valid UTF-8,
// with at least one multi-byte sequence, is read as UTF-8 whatever its
// HTTP header or <meta> declares. Text in a legacy encoding is practically
// never valid UTF-8, while wrong declarations are common (a server's
// default ISO-8859-1, a page re-saved as UTF-8 that still says gb2312).
//
// Bytes that are not valid in the encoding become U+FFFD and are counted in
// invalid (for UTF-8, one per byte). Decode never fails. The result may
// share memory with page when page is valid UTF-8; a leading UTF-8 BOM is
// removed.
func Decode(page []byte, contentType string) (text []byte, name, from string, invalid int) {
	enc, name, from := sniff(page, contentType)
	if from == FromBOM {
		switch {
		case bytes.HasPrefix(page, []byte("\xef\xbb\xbf")):
			page = page[3:]
		default: // UTF-16 BOMs are consumed by the decoder.
		}
	}
	if enc == nil {
		text, invalid = toValidUTF8(page)
		return text, name, from, invalid
	}
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		// The WHATWG decoders replace bad input rather than fail; be safe.
		text, invalid = toValidUTF8(page)
		return text, "utf-8", FromDetected, invalid
	}
	// A legacy encoding cannot itself encode U+FFFD, so each one in the
	// output replaced bad input (character references are not decoded yet).
	invalid = bytes.Count(out, []byte("\ufffd"))
	return out, name, from, invalid
}

// sniff finds a page's encoding. A nil encoding means UTF-8.
func sniff(page []byte, contentType string) (enc encoding.Encoding, name, from string) {
	switch {
	case bytes.HasPrefix(page, []byte("\xef\xbb\xbf")):
		return nil, "utf-8", FromBOM
	case bytes.HasPrefix(page, []byte("\xfe\xff")):
		e, n := charset.Lookup("utf-16be")
		return e, n, FromBOM
	case bytes.HasPrefix(page, []byte("\xff\xfe")):
		e, n := charset.Lookup("utf-16le")
		return e, n, FromBOM
	}
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			if label := params["charset"]; label != "" {
				// UTF-16 without a byte-order mark is almost always a
				// misconfigured server: the declaration is ignored.
				if e, n := lookup(label); n != "" && !strings.HasPrefix(n, "utf-16") {
					return checkDeclared(page, e, n, FromHTTP)
				}
			}
		}
	}
	if label := prescan(page); label != "" {
		e, n := lookup(label)
		if strings.HasPrefix(n, "utf-16") {
			// A page that can be prescanned as ASCII is not UTF-16.
			e, n = nil, "utf-8"
		}
		if n != "" {
			return checkDeclared(page, e, n, FromMeta)
		}
	}
	if looksUTF8(page) {
		return nil, "utf-8", FromDetected
	}
	e, n := charset.Lookup("windows-1252")
	return e, n, FromDetected
}

// lookup resolves an encoding label; a nil encoding with name "utf-8"
// means UTF-8. The name is empty for an unknown label.
func lookup(label string) (encoding.Encoding, string) {
	e, n := charset.Lookup(label)
	switch {
	case e == nil:
		return nil, ""
	case n == "utf-8":
		return nil, n
	case n == "x-user-defined":
		// Browsers decode x-user-defined pages as windows-1252.
		return charset.Lookup("windows-1252")
	}
	return e, n
}

// checkDeclared applies the valid-UTF-8-wins exception to a declared
// encoding.
func checkDeclared(page []byte, e encoding.Encoding, n, from string) (encoding.Encoding, string, string) {
	if e != nil && hasMultibyte(page) && utf8.Valid(page) {
		return nil, "utf-8", FromDetected
	}
	return e, n, from
}

func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// looksUTF8 reports whether a page without a declaration is UTF-8: its
// non-ASCII bytes form at least as many valid multi-byte sequences as
// invalid bytes (pure ASCII counts as UTF-8).
func looksUTF8(b []byte) bool {
	if utf8.Valid(b) {
		return true
	}
	valid, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
			i++
			continue
		}
		valid++
		i += size
	}
	return valid >= bad
}

// toValidUTF8 returns b with each invalid byte replaced by U+FFFD, and the
// number of replaced bytes. Valid input is returned as is.
func toValidUTF8(b []byte) ([]byte, int) {
	if utf8.Valid(b) {
		return b, 0
	}
	out := make([]byte, 0, len(b)+len(b)/8)
	invalid := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			out = append(out, "\ufffd"...)
			invalid++
			i++
			continue
		}
		out = append(out, b[i:i+size]...)
		i += size
	}
	return out, invalid
}

// prescan returns the charset label declared by a <meta> element before
// the body starts, within the first prescanBytes of the page, or "".
func prescan(page []byte) string {
	if len(page) > prescanBytes {
		page = page[:prescanBytes]
	}
	// Most pages declare nothing in a <meta> but also have no "charset"
	// anywhere near the top: skip the tokenizer for them.
	if !containsFold(page, "charset") {
		return ""
	}
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var httpEquiv bool
			var content, cs string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					if cs == "" {
						cs = strings.TrimSpace(string(v))
					}
				case "http-equiv":
					httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return cs
			}
			if httpEquiv {
				if label := charsetFromContent(content); label != "" {
					return label
				}
			}
		}
	}
}

// charsetFromContent extracts the charset from a Content-Type value as
// written in a <meta http-equiv> content attribute ("text/html;
// charset=iso-8859-1", quoted or not).
func charsetFromContent(s string) string {
	lower := strings.ToLower(s)
	for {
		i := strings.Index(lower, "charset")
		if i < 0 {
			return ""
		}
		s, lower = s[i+len("charset"):], lower[i+len("charset"):]
		t := strings.TrimLeft(s, " \t\n\f\r")
		if !strings.HasPrefix(t, "=") {
			continue
		}
		t = strings.TrimLeft(t[1:], " \t\n\f\r")
		if t == "" {
			return ""
		}
		if q := t[0]; q == '"' || q == '\'' {
			if end := strings.IndexByte(t[1:], q); end >= 0 {
				return t[1 : 1+end]
			}
			return ""
		}
		if end := strings.IndexAny(t, "; \t\n\f\r"); end >= 0 {
			return t[:end]
		}
		return t
	}
}

// containsFold reports whether b contains the lower-case ASCII word w in
// any case.
func containsFold(b []byte, w string) bool {
	first := w[0]
	for i := 0; i+len(w) <= len(b); i++ {
		if b[i]|0x20 != first {
			continue
		}
		j := 1
		for j < len(w) && b[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// IsHTMLType reports whether an HTTP Content-Type names an HTML document:
// text/html or application/xhtml+xml, with any parameters, in any case.
func IsHTMLType(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
