package htmltext

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().String("日本語のニュース")
	require.NoError(t, err)
	utf16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("<p>Grüße</p>")
	require.NoError(t, err)
	padding := "<!--" + strings.Repeat("x", 2000) + "-->"
	tests := []struct {
		name        string
		page        string
		contentType string
		text        string // the text Extract finds
		charset     string
		from        string
		invalid     int
	}{
		{"ascii", "<p>plain</p>", "", "plain", "utf-8", FromDetected, 0},
		{"utf-8 undeclared", "<p>Grüße</p>", "", "Grüße", "utf-8", FromDetected, 0},
		{"utf-8 bom", "\xef\xbb\xbf<p>Grüße</p>", "text/html; charset=windows-1252", "Grüße", "utf-8", FromBOM, 0},
		{"utf-16le bom", utf16le, "", "Grüße", "utf-16le", FromBOM, 0},
		{"latin-1 undeclared", "<p>Gr\xfc\xdfe \x93quoted\x94</p>", "", "Grüße “quoted”", "windows-1252", FromDetected, 0},
		{"http header", "<p>Gr\xfc\xdfe</p>", "text/html; charset=ISO-8859-1", "Grüße", "windows-1252", FromHTTP, 0},
		{"http header beats meta", "<meta charset=utf-8><p>\xe9</p>", "text/html;charset=latin1", "é", "windows-1252", FromHTTP, 0},
		{"meta charset", "<meta charset=\"iso-8859-15\"><p>\xa4uro</p>", "text/html", "€uro", "iso-8859-15", FromMeta, 0},
		{"meta http-equiv", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset='shift_jis'\"><p>" + sjis + "</p>", "", "日本語のニュース", "shift_jis", FromMeta, 0},
		{"meta after 1024 bytes", "<head>" + padding + "<meta charset=windows-1251><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", "", "Привет", "windows-1251", FromMeta, 0},
		{"meta after body is ignored", "<body><meta charset=windows-1251><p>ok</p>", "", "ok", "utf-8", FromDetected, 0},
		{"http utf-16 without bom is ignored", "<p>plain</p>", "text/html; charset=utf-16", "plain", "utf-8", FromDetected, 0},
		{"meta utf-16 means utf-8", "<meta charset=utf-16><p>Grüße</p>", "", "Grüße", "utf-8", FromMeta, 0},
		{"unknown labels are ignored", "<meta charset=klingon><p>Grüße</p>", "text/html; charset=nope", "Grüße", "utf-8", FromDetected, 0},
		{"declared latin-1 but valid utf-8", "<meta charset=iso-8859-1><p>Grüße</p>", "", "Grüße", "utf-8", FromDetected, 0},
		{"declared gb2312 but valid utf-8", "<meta charset=gb2312><p>新闻</p>", "text/html; charset=gbk", "新闻", "utf-8", FromDetected, 0},
		{"declared latin-1, ascii", "<meta charset=iso-8859-1><p>plain</p>", "", "plain", "windows-1252", FromMeta, 0},
		{"invalid utf-8 replaced and counted", "<meta charset=utf-8><p>Gr\xfc\xfc\xdf ü ü ü</p>", "", "Gr\ufffd\ufffd\ufffd ü ü ü", "utf-8", FromMeta, 3},
		{"mostly utf-8 with a bad byte", "<p>ü ü ü \xff</p>", "", "ü ü ü \ufffd", "utf-8", FromDetected, 1},
		{"invalid shift_jis", "<meta charset=shift_jis><p>\x82</p>", "", "\ufffd", "shift_jis", FromMeta, 1},
		{"x-user-defined", "<meta charset=x-user-defined><p>\xe9</p>", "", "é", "windows-1252", FromMeta, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract(context.Background(), []byte(tt.page), tt.contentType, Options{})
			require.NoError(t, err)
			checkPage(t, p, Options{}.withDefaults())
			assert.Equal(t, tt.text, p.Text)
			assert.Equal(t, tt.charset, p.Charset)
			assert.Equal(t, tt.from, p.CharsetFrom)
			assert.Equal(t, tt.invalid, p.InvalidBytes)
		})
	}
}

func TestDecodeSharesValidInput(t *testing.T) {
	page := []byte("<p>valid ü</p>")
	text, _, _, _ := Decode(page, "")
	assert.Same(t, &page[0], &text[0], "valid UTF-8 is not copied")
}

func TestCharsetFromContent(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=iso-8859-1": "iso-8859-1",
		"text/html;charset=\"UTF-8\"":   "UTF-8",
		"text/html; CHARSET = 'koi8-r'": "koi8-r",
		"text/html; charset=":           "",
		"text/html":                     "",
		"charset":                       "",
		"charsetx; charset=gbk;x":       "gbk",
		"charset=\"unterminated":        "",
	} {
		assert.Equal(t, want, charsetFromContent(in), in)
	}
}

func TestIsHTMLType(t *testing.T) {
	for ct, want := range map[string]bool{
		"text/html": true, "text/html; charset=utf-8": true, "Text/HTML;charset=x": true,
		"application/xhtml+xml": true, "text/html;;;": true,
		"text/plain": false, "": false, "application/json": false, "text/htmlx": false,
	} {
		assert.Equal(t, want, IsHTMLType(ct), ct)
	}
}
