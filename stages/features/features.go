// Package features measures each paragraph of a document: lengths and
// counts, stop-word share (for the document's detected language), case,
// digits, punctuation, URL/e-mail/handle/date patterns, cue phrases per
// label and position. It is the shared input of every classifier.
//
// Extraction makes one pass over each paragraph's bytes, uses no regular
// expressions and reuses its buffers, so it is cheap enough for the hot path.
package features

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
)

// Features describes one paragraph.
type Features struct {
	// Runes is the length in characters.
	Runes int
	// Words counts word tokens; in scripts written without spaces (CJK) two
	// characters count as one word, so lengths compare across languages.
	Words int
	// Stopwords counts tokens in the document language's stop list.
	Stopwords int
	// StopDensity is Stopwords/Words (0 without a detected language).
	StopDensity float64
	// CJK counts characters of scripts written without spaces (Han, kana, Thai).
	CJK int
	// Letters, Upper, Digits and Punct count runes of each kind.
	Letters, Upper, Digits, Punct int
	// CapWords counts words that start with an upper-case letter.
	CapWords int
	// EndsSentence is true when the paragraph ends in terminal punctuation
	// (. ! ? … and CJK full stops, optionally followed by a closing quote or bracket).
	EndsSentence bool
	// EndsColon is true when the paragraph ends with a colon.
	EndsColon bool
	// HasURL, HasEmail and HasHandle flag a web address, an e-mail address and
	// a social handle (@name).
	HasURL, HasEmail, HasHandle bool
	// HasTime flags a clock time such as 4:47 or 10:07.
	HasTime bool
	// Cues flags, per label, a cue phrase of that label.
	Cues [corpus.NumLabels]bool
	// Position is the paragraph's index divided by the number of paragraphs.
	Position float64
}

// Extractor computes Features. It is immutable and safe for concurrent use;
// per-call scratch space lives in the Scratch the caller passes.
type Extractor struct {
	stop *Stopwords
	cues *CueSet
}

// NewExtractor returns an Extractor using the given stop lists and cues.
func NewExtractor(stop *Stopwords, cues *CueSet) *Extractor {
	return &Extractor{stop: stop, cues: cues}
}

// DefaultExtractor returns an Extractor with the embedded stop lists and the
// default cues.
func DefaultExtractor() (*Extractor, error) {
	stop, err := EmbeddedStopwords()
	if err != nil {
		return nil, fmt.Errorf("default extractor: %w", err)
	}
	return NewExtractor(stop, NewCueSet(DefaultCues())), nil
}

// Scratch holds reusable buffers for Extract; the zero value is ready. A
// Scratch must not be used by two goroutines at once.
type Scratch struct {
	norm  []byte
	word  []byte
	masks []uint64 // stop-word language masks of all tokens, per paragraph ranges
	ends  []int
}

// Document extracts the features of every paragraph of one document,
// appending to dst. It also returns the index of the detected language in
// the stop lists (-1 when no list matches).
func (e *Extractor) Document(paras []corpus.Paragraph, dst []Features, sc *Scratch) ([]Features, int) {
	if sc == nil {
		sc = &Scratch{}
	}
	sc.masks = sc.masks[:0]
	sc.ends = sc.ends[:0]
	base := len(dst)
	var langHits [MaxLanguages]int
	for i := range paras {
		var f Features
		e.paragraph(paras[i].Text, &f, sc)
		if len(paras) > 1 {
			f.Position = float64(i) / float64(len(paras)-1)
		}
		dst = append(dst, f)
		sc.ends = append(sc.ends, len(sc.masks))
	}
	for _, m := range sc.masks {
		for m != 0 {
			b := bitIndex(m & -m)
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

func bitIndex(x uint64) int {
	n := 0
	for x > 1 {
		x >>= 1
		n++
	}
	return n
}

// Norm returns the cue-matching form of a paragraph: lower-case words
// separated by single spaces, with "\x02 " before and " \x03" after.
func Norm(text string) string {
	var sc Scratch
	var f Features
	(&Extractor{stop: &Stopwords{}, cues: &CueSet{}}).paragraph(text, &f, &sc)
	return string(sc.norm)
}

// paragraph fills the length, character, pattern and cue features of one
// paragraph, appending its tokens' stop-word masks to sc.masks.
func (e *Extractor) paragraph(text string, f *Features, sc *Scratch) {
	norm := append(sc.norm[:0], '\x02', ' ')
	word := sc.word[:0]
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
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || (r == '\'' && inWord) || r == '’' && inWord:
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
	norm = append(norm, '\x03')
	sc.norm, sc.word = norm, word
	switch last {
	case ':', '：':
		f.EndsColon = true
	default:
		f.EndsSentence = endsSentence(text)
	}
	f.Cues = e.cues.Match(string(norm), f.Words)
}

// endsSentence reports whether text ends in terminal punctuation, looking
// through closing quotes and brackets.
func endsSentence(text string) bool {
	for len(text) > 0 {
		r, size := utf8.DecodeLastRuneInString(text)
		switch r {
		case '"', '”', '’', '»', ')', ']', '\'', '」', '』', '）':
			text = text[:len(text)-size]
			continue
		case '.', '!', '?', '…', '。', '！', '？':
			return true
		}
		if unicode.IsSpace(r) {
			text = text[:len(text)-size]
			continue
		}
		return false
	}
	return false
}

// isMinutes reports whether s, the text after a digit and a colon, starts
// with exactly two digits that can be minutes (00-59): "4:47" is a time,
// "3:1" and "1:234" are not.
func isMinutes(s string) bool {
	return len(s) >= 2 && s[0] >= '0' && s[0] <= '5' && s[1] >= '0' && s[1] <= '9' &&
		(len(s) == 2 || s[2] < '0' || s[2] > '9')
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// isCJK reports runes of scripts written without spaces between words.
func isCJK(r rune) bool {
	return r >= 0x3005 && r <= 0x3007 || // 々 〆 〇, used as ideographs
		r >= 0x3040 && r <= 0x30ff || // Hiragana, Katakana
		r >= 0x3400 && r <= 0x4dbf || r >= 0x4e00 && r <= 0x9fff || // CJK ideographs
		r >= 0xf900 && r <= 0xfaff || // compatibility ideographs
		r >= 0x0e00 && r <= 0x0e7f // Thai
}
