package classify

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

// commentPrompts are phrases of comment widgets, lower-cased: the prompts,
// notices and counters that the taxonomy puts under comment ("Leave a
// Reply", "View Comments") and the model, which reads them as short lines
// of links, took for promo or chrome. Disqus, WordPress and the usual
// comment systems in English and the languages of the stop lists' largest
// users.
var commentPrompts = phraseBytes([]string{
	"view the discussion", "join the discussion", "join discussion", "join the conversation",
	"enable javascript to view the comments", "javascript is required to load the comments",
	"comments powered by", "leave a comment", "leave comments", "leave a reply", "post a comment",
	"add a comment", "write a comment", "comment on this article", "comment on this story",
	"comments are closed", "comments are subject to", "recent comments", "thoughts on “", "responses to “",
	"replies to “", "cancel reply",
	"kommentar schreiben", "kommentare anzeigen", "diskutieren sie mit", "schreiben sie einen kommentar",
	"deja un comentario", "deja una respuesta", "escribe un comentario", "cancelar respuesta",
	"laisser un commentaire", "laisser une réponse", "réagir à cet article", "annuler la réponse",
	"dodaj komentarz", "zostaw komentarz", "napisz komentarz", "skomentuj",
	"lascia un commento", "lascia una risposta", "annulla risposta",
	"deixe uma resposta", "deixe um comentário", "cancelar resposta",
	"laat een reactie achter", "plaats een reactie",
	"tinggalkan balasan", "tinggalkan komentar", "batalkan balasan",
	"оставить комментарий", "оставьте комментарий", "написать комментарий",
	"发表评论", "查看评论", "我要评论", "网友评论",
})

// commentPromptMaxWords is the longest line commentPrompts reads.
const commentPromptMaxWords = 16

// commentPromptMinLogProb is the log of the comment probability, by the
// model, from which a line is read for commentPrompts (0.01): the model
// finds every such prompt of the benchmark a plausible comment but one, and
// lines it rules out need not be read.
var commentPromptMinLogProb = float32(math.Log(0.01))

// commentPromptLines labels comment the lines of at most
// commentPromptMaxWords words holding a phrase of commentPrompts that the
// model called promo or chrome (never body or bio).
func commentPromptLines(paras []corpus.Paragraph, fs []features.Features, logp []float32, out []Scored) {
	var buf [256]byte
	for i := range out {
		if l := out[i].Label; l != corpus.Promo && l != corpus.Chrome {
			continue
		}
		text := paras[i].Text
		if fs[i].Words > commentPromptMaxWords || len(text) > len(buf) || logp[i*corpus.NumLabels+int(corpus.Comment)] < commentPromptMinLogProb {
			continue
		}
		if containsAny(lowerRunesInto(buf[:0], text), commentPrompts) {
			out[i] = Scored{Label: corpus.Comment, Score: 0.7}
		}
	}
}

// lowerRunesInto appends text to dst with every letter lower-cased
// (unicode.ToLower; invalid bytes copied as they are).
func lowerRunesInto(dst []byte, text string) []byte {
	for k := 0; k < len(text); {
		c := text[k]
		if c < utf8.RuneSelf {
			dst = append(dst, lowerASCII(c))
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[k:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, c)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		k += size
	}
	return dst
}
