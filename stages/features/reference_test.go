package features

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

// referenceDocument is the first implementation of Document, kept to check
// that the faster one gives the same features.
func (e *Extractor) referenceDocument(paras []corpus.Paragraph, dst []Features, sc *Scratch) ([]Features, int) {
	if sc == nil {
		sc = &Scratch{}
	}
	sc.masks = sc.masks[:0]
	sc.ends = sc.ends[:0]
	base := len(dst)
	var langHits [MaxLanguages]int
	for i := range paras {
		var f Features
		e.referenceParagraph(paras[i].Text, &f, sc)
		if len(paras) > 1 {
			f.Position = float64(i) / float64(len(paras)-1)
		}
		dst = append(dst, f)
		sc.ends = append(sc.ends, len(sc.masks))
	}
	for _, m := range sc.masks {
		for m != 0 {
			b := referenceBitIndex(m & -m)
			langHits[b]++
			m &= m - 1
		}
	}
	lang, best := -1, 0
	for i := range e.stop.langs {
		if langHits[i] > best {
			lang, best = i, langHits[i]
		}
	}
	if lang >= 0 {
		bit := uint64(1) << uint(lang)
		start := 0
		for i, end := range sc.ends {
			f := &dst[base+i]
			for _, m := range sc.masks[start:end] {
				if m&bit != 0 {
					f.Stopwords++
				}
			}
			if f.Words > 0 {
				f.StopDensity = float64(f.Stopwords) / float64(f.Words)
			}
			start = end
		}
	}
	return dst, lang
}

func referenceBitIndex(x uint64) int {
	n := 0
	for x > 1 {
		x >>= 1
		n++
	}
	return n
}

// referenceParagraph is the first implementation of paragraph: two map
// look-ups per token and CueSet.Match on the finished cue-matching form.
func (e *Extractor) referenceParagraph(text string, f *Features, sc *Scratch) {
	norm := append(sc.norm[:0], '\x02', ' ')
	var word []byte
	cjk := 0
	inWord := false
	prevDigit, prevColon := false, false
	var last rune
	endWord := func() {
		if !inWord {
			return
		}
		inWord = false
		f.Words++
		if e.stop.words != nil {
			sc.masks = append(sc.masks, e.stop.Mask(word))
		}
		norm = append(norm, word...)
		norm = append(norm, ' ')
		word = word[:0]
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		f.Runes++
		switch {
		case isCJK(r):
			endWord()
			cjk++
			f.Letters++
		case unicode.IsLetter(r) || unicode.IsMark(r) || r == '\u200c' || r == '\u200d' || unicode.IsDigit(r) || r == '_' || (r == '\'' && inWord) || r == '’' && inWord:
			if r == '\'' || r == '’' {
				// apostrophes split words for matching ("don t") like \w does
				endWord()
				break
			}
			if !inWord {
				inWord = true
				if unicode.IsUpper(r) {
					f.CapWords++
				}
			}
			if unicode.IsDigit(r) {
				f.Digits++
				if prevColon && isMinutes(text[i:]) {
					f.HasTime = true
				}
			} else {
				f.Letters++
				if unicode.IsUpper(r) {
					f.Upper++
				}
			}
			word = utf8.AppendRune(word, unicode.ToLower(r))
		default:
			endWord()
			if unicode.IsPunct(r) || unicode.IsSymbol(r) {
				f.Punct++
			}
			switch r {
			case '@':
				if i+1 < len(text) && isWordByte(text[i+1]) {
					if i > 0 && isWordByte(text[i-1]) {
						f.HasEmail = true
					} else {
						f.HasHandle = true
					}
				}
			case '©':
				norm = append(norm, "© "...)
			case '/':
				if i >= 1 && text[i-1] == ':' && i+1 < len(text) && text[i+1] == '/' {
					f.HasURL = true
				}
			case '.':
				if i+3 < len(text) && (text[i+1:i+4] == "com" || text[i+1:i+4] == "org" || text[i+1:i+4] == "net") {
					f.HasURL = true
				}
			}
		}
		prevColon = r == ':' && prevDigit
		prevDigit = unicode.IsDigit(r)
		if !unicode.IsSpace(r) {
			last = r
		}
		i += size
	}
	endWord()
	f.Words += (cjk + 1) / 2
	f.CJK = cjk
	f.Separators = strings.Count(text, "|") + strings.Count(text, "•") + strings.Count(text, "·")
	norm = append(norm, '\x03')
	sc.norm = norm
	switch last {
	case ':', '：':
		f.EndsColon = true
	default:
		f.EndsSentence = endsSentence(text)
	}
	f.Cues = e.cues.Match(string(norm), f.Words)
}

// referencePages returns the paragraphs of every article-extraction page
// (one per line), or nil when shared/ is not beside the repository.
func referencePages(t testing.TB) [][]corpus.Paragraph {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction", "page-text.json"))
	if err != nil {
		return nil
	}
	var pages struct {
		Output map[string]struct {
			ArticleBody string `json:"articleBody"`
		} `json:"output"`
	}
	require.NoError(t, json.Unmarshal(data, &pages))
	var docs [][]corpus.Paragraph
	for _, p := range pages.Output {
		var ps []corpus.Paragraph
		for _, line := range strings.Split(p.ArticleBody, "\n") {
			ps = append(ps, corpus.Paragraph{Text: line})
		}
		docs = append(docs, ps)
	}
	return docs
}

// referenceInputs exercise every feature: cues of every label, anchored and
// not, stop words of several languages, CJK, patterns, apostrophes.
var referenceInputs = []string{
	"© 2024 Example Media. All rights reserved.", "Leave a Reply", "leave a reply to John", "Subscribe to our newsletter",
	"By Jane Doe", "Jane Doe is a staff writer at Example.", "Share this: Facebook, Twitter", "Comments", "©", "Copyright © Example",
	"Read more: the story", "Don't miss", "don’t miss it", "你好，世界。订阅我们的新闻", "Posted in News | Tagged share",
	"Der Rat hat am Dienstag den neuen Haushalt beschlossen, sagte die Bürgermeisterin.", "El consejo aprobó el presupuesto.",
	"Call 555-0100 at 4:47 pm or mail a@b.example, see https://x.example.com/a_b @handle", "ÉCOLE ÉTÉ Ÿ ǅ ǈ", "日本語のテキスト。「引用」",
	"Kommentare", "Lesen Sie auch: mehr zum Thema", "Udostępnij", "x_y 3:1 1:234 10:07", "", " ", "...", "a'b c’d 'e",
}

func TestDocumentMatchesReference(t *testing.T) {
	x := defaultExtractor(t)
	docs := referencePages(t)
	var synth []corpus.Paragraph
	for _, in := range referenceInputs {
		synth = append(synth, corpus.Paragraph{Text: in})
		docs = append(docs, []corpus.Paragraph{{Text: in}})
	}
	docs = append(docs, synth)
	var sc, rsc Scratch
	for _, ps := range docs {
		got, gotLang := x.Document(ps, nil, &sc)
		want, wantLang := x.referenceDocument(ps, nil, &rsc)
		require.Equal(t, wantLang, gotLang)
		require.Equal(t, want, got)
	}
}

func FuzzDocumentMatchesReference(f *testing.F) {
	for _, in := range referenceInputs {
		f.Add(in)
	}
	x, err := DefaultExtractor()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var ps []corpus.Paragraph
		for _, line := range strings.Split(text, "\n") {
			ps = append(ps, corpus.Paragraph{Text: line})
		}
		var sc, rsc Scratch
		got, gotLang := x.Document(ps, nil, &sc)
		want, wantLang := x.referenceDocument(ps, nil, &rsc)
		if gotLang != wantLang {
			t.Fatalf("language %d, reference %d", gotLang, wantLang)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("paragraph %q: got %+v, reference %+v", ps[i].Text, got[i], want[i])
			}
		}
	})
}
