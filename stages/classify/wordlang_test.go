package classify

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

const frenchPage = `Accueil

Le gouvernement a présenté mercredi un projet de loi sur les transports, qui doit être examiné par les députés avant la fin de l'année.

Selon le ministre, les nouvelles règles permettront de réduire les émissions dans les grandes villes, mais les élus de l'opposition ne sont pas convaincus.

Les associations d'usagers demandent depuis longtemps des trains plus nombreux et des tarifs plus simples pour les voyageurs du quotidien.`

func TestDropWords(t *testing.T) {
	dropped := 0
	for i := range 10000 {
		key := fmt.Sprintf("page-%d", i)
		if dropWords(key, 0.3) {
			dropped++
		}
		assert.False(t, dropWords(key, 0), "p = 0 drops nothing")
		assert.Equal(t, dropWords(key, 0.3), dropWords(key, 0.3), "deterministic")
	}
	assert.InDelta(t, 3000, dropped, 200, "about 30%% of the documents")
}

func TestWordLanguages(t *testing.T) {
	rules := newRules(t)
	french := TrainDoc{Key: "fr", Paras: paragraphs(t, frenchPage)}
	french.Labels = make([]corpus.Label, len(french.Paras))
	docs := []TrainDoc{synthDoc(t, 0), synthDoc(t, 1), french}
	var rs ruleScratch
	assert.Equal(t, []string{"English", "French"}, wordLanguages(docs, rules, &rs, 1))
	assert.Equal(t, []string{"English"}, wordLanguages(docs, rules, &rs, 2))
	assert.Empty(t, wordLanguages(docs, rules, &rs, 3))

	opts := DefaultTrainOptions()
	opts.Epochs, opts.StackFolds, opts.WordLanguagePages, opts.WordDropout = 1, 0, 2, 0
	m, err := Train(docs, rules, opts)
	require.NoError(t, err)
	assert.Equal(t, []string{"English"}, m.Info.WordLanguages)

	reads := func(m *Model, paras []corpus.Paragraph) bool {
		rules.analyse(paras, &rs)
		return m.readsWords(&rs)
	}
	assert.True(t, reads(m, docs[0].Paras), "English: a language of its training pages")
	assert.False(t, reads(m, french.Paras), "French: one training page only")
	assert.True(t, reads(m, paragraphs(t, "北京时间今天上午，国家统计局发布了最新的经济数据。")), "no stop list matches: words are read")

	// Without a word language threshold, every language's words are read.
	opts.WordLanguagePages = 0
	all, err := Train(docs, rules, opts)
	require.NoError(t, err)
	assert.Empty(t, all.Info.WordLanguages)
	assert.True(t, reads(all, french.Paras))

	// Written and read back, the model reads the same languages' words.
	r := readModel(t, modelBytes(t, m))
	assert.Equal(t, m.wordLangs, r.wordLangs)
	assert.False(t, reads(r, french.Paras))
}

func TestNoWordsKeepsMarkup(t *testing.T) {
	paras := paragraphs(t, frenchPage)
	paras[1].Structure = &corpus.Structure{Tag: "p", Path: "body/article/p", Hints: []string{"article", "content"}}
	rules := newRules(t)
	var rs ruleScratch
	rules.analyse(paras, &rs)
	var with, without vectors
	with.vectorize(paras, &rs, false)
	without.noWords = true
	without.vectorize(paras, &rs, false)
	assert.Greater(t, with.nhash[1], 3, "words, tag and hints")
	assert.Equal(t, 3, without.nhash[1], "the tag and two hints only")
	assert.Zero(t, without.nhash[0], "plain text: nothing")
	assert.Equal(t, with.base, without.base, "the dense features do not change")
	for k := range 3 {
		assert.Contains(t, with.hashed[maxHashed:maxHashed+with.nhash[1]], without.hashed[maxHashed+k], "the same markup buckets")
	}
}
