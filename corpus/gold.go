package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// GoldDoc is a document with labelled paragraphs: the gold format of
// ../shared/gold/*.jsonl, one JSON object per line,
//
//	{"id": ..., "source": ..., "url": ..., "paragraphs": [{"text": ..., "label": "body"}, ...]}
//
// and also the annotated shard record (see ShardWriter), whose paragraphs
// carry a "score" and whose other members are ignored.
type GoldDoc struct {
	// ID identifies the document.
	ID string `json:"id"`
	// Source is the file the document came from, when known.
	Source string `json:"source,omitempty"`
	// URL is the page address, when known.
	URL string `json:"url,omitempty"`
	// Paragraphs are the labelled paragraphs in document order.
	Paragraphs []GoldParagraph `json:"paragraphs"`
}

// GoldParagraph is one labelled paragraph.
type GoldParagraph struct {
	// Text is the paragraph's text.
	Text string `json:"text"`
	// Label is the paragraph's class.
	Label Label `json:"label"`
	// Score is the classifier's confidence, present in annotated output only.
	Score *float32 `json:"score,omitempty"`
}

// goldLine is GoldDoc with Paragraphs told apart from an absent member.
type goldLine struct {
	ID         string           `json:"id"`
	Source     string           `json:"source"`
	URL        string           `json:"url"`
	Paragraphs *[]GoldParagraph `json:"paragraphs"`
}

// ReadGold reads gold documents (or annotated shard records), one JSON
// object per line; blank lines are skipped. A line that is not such an
// object, has no "paragraphs" member or has an unknown label is an error
// naming its line.
func ReadGold(r io.Reader) ([]GoldDoc, error) {
	var docs []GoldDoc
	err := scanGold(r, func(d GoldDoc) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// scanGold calls fn for each gold document in r.
func scanGold(r io.Reader, fn func(GoldDoc) error) error {
	br := bufio.NewReaderSize(r, ioBufferSize)
	var buf []byte
	for n := 1; ; n++ {
		line, res, err := readLine(br, &buf, maxGoldLine)
		switch res {
		case lineEOF:
			return nil
		case lineBroken:
			return fmt.Errorf("line %d: %w", n, err)
		case lineTooLong:
			return fmt.Errorf("line %d: longer than %d bytes", n, maxGoldLine)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if isBlank(line) {
			continue
		}
		var g goldLine
		if err := json.Unmarshal(line, &g); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if g.Paragraphs == nil {
			return fmt.Errorf("line %d: document %q has no \"paragraphs\" (is it annotated output?)", n, g.ID)
		}
		if err := fn(GoldDoc{ID: g.ID, Source: g.Source, URL: g.URL, Paragraphs: *g.Paragraphs}); err != nil {
			return err
		}
	}
}

// maxGoldLine caps one gold line (1 GiB).
const maxGoldLine = 1 << 30

// ReadGoldFile reads a gold or annotated-shard file, decompressing it when
// it is gzip or zstd (detected from its first bytes).
func ReadGoldFile(path string) ([]GoldDoc, error) {
	var docs []GoldDoc
	err := scanGoldFile(path, func(d GoldDoc) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// scanGoldFile calls fn for each gold document in the file at path.
func scanGoldFile(path string, fn func(GoldDoc) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	r, closeFn, err := decompress(f)
	if err != nil {
		return fmt.Errorf("read gold %s: %w", path, err)
	}
	defer closeFn()
	if err := scanGold(r, fn); err != nil {
		return fmt.Errorf("read gold %s: %w", path, err)
	}
	return nil
}

// decompress returns a reader of r's content, gunzipped or zstd-decoded when
// r starts with the matching magic bytes.
func decompress(r io.Reader) (io.Reader, func(), error) {
	br := bufio.NewReaderSize(r, ioBufferSize)
	magic, _ := br.Peek(4)
	switch {
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, fmt.Errorf("gzip: %w", err)
		}
		return gz, func() { gz.Close() }, nil
	case len(magic) >= 4 && string(magic) == zstdMagic:
		zd, err := zstd.NewReader(br,
			zstd.WithDecoderConcurrency(1),
			zstd.WithDecoderMaxMemory(maxZstdWindow))
		if err != nil {
			return nil, nil, fmt.Errorf("zstd: %w", err)
		}
		return zd, zd.Close, nil
	}
	return br, func() {}, nil
}

// ReadShardDir reads every shard (docs-NNNNN.jsonl.zst, .gz or plain) in dir, in shard
// order, as gold documents. The shards must have been written with
// ShardOptions.Annotate.
func ReadShardDir(dir string) ([]GoldDoc, error) {
	names, err := listShards(dir)
	if err != nil {
		return nil, fmt.Errorf("read shards: %w", err)
	}
	var docs []GoldDoc
	for _, name := range names {
		err := scanGoldFile(filepath.Join(dir, name), func(d GoldDoc) error {
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// WriteGold writes docs in the gold format, one JSON object per line.
func WriteGold(w io.Writer, docs []GoldDoc) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range docs {
		if err := enc.Encode(&docs[i]); err != nil {
			return fmt.Errorf("write gold document %q: %w", docs[i].ID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write gold: %w", err)
	}
	return nil
}
