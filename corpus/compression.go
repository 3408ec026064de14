package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// Codec is the compression of shard files.
type Codec uint8

// The shard codecs. CodecZstd, the zero value, is the default: it compresses
// text about as well as gzip's best at several times its speed. CodecGzip is for
// tools that read nothing else (many JSONL loaders, Dolma's toolkit, Hadoop
// without native zstd); CodecNone writes plain JSONL, e.g. for a file system
// that compresses by itself.
const (
	CodecZstd Codec = iota
	CodecGzip
	CodecNone
)

// codecNames are the codecs' names in ParseCompression and String, by Codec.
var codecNames = [...]string{CodecZstd: "zstd", CodecGzip: "gzip", CodecNone: "none"}

// codecExts are the shard file name extensions, by Codec.
var codecExts = [...]string{CodecZstd: ".zst", CodecGzip: ".gz", CodecNone: ""}

// Level is a compression level, named by its trade-off rather than by a
// codec's own numbers.
type Level uint8

// The compression levels. LevelDefault, the zero value, is the codec's own
// default (zstd's SpeedDefault, gzip's level 6).
const (
	LevelDefault Level = iota
	LevelFastest
	LevelBetter
	LevelBest
)

// levelNames are the levels' names in ParseCompression and String, by Level.
var levelNames = [...]string{LevelDefault: "default", LevelFastest: "fastest", LevelBetter: "better", LevelBest: "best"}

// Compression is how shards are compressed: a codec and its level. The zero
// value is zstd at its default level.
type Compression struct {
	Codec Codec
	Level Level
}

// ParseCompression parses "CODEC" or "CODEC:LEVEL": CODEC is zstd, gzip or
// none, LEVEL is fastest, default, better or best (none takes no level).
func ParseCompression(s string) (Compression, error) {
	name, level, hasLevel := strings.Cut(strings.ToLower(strings.TrimSpace(s)), ":")
	var c Compression
	found := false
	for k, n := range codecNames {
		if n == name {
			c.Codec, found = Codec(k), true
		}
	}
	if !found {
		return c, fmt.Errorf("compression %q: unknown codec %q (want zstd, gzip or none, optionally :fastest, :default, :better or :best)", s, name)
	}
	if !hasLevel {
		return c, nil
	}
	if c.Codec == CodecNone {
		return c, fmt.Errorf("compression %q: none takes no level", s)
	}
	for k, n := range levelNames {
		if n == level {
			c.Level = Level(k)
			return c, nil
		}
	}
	return c, fmt.Errorf("compression %q: unknown level %q (want fastest, default, better or best)", s, level)
}

// String returns c in ParseCompression's syntax: the codec alone at the
// default level, else "codec:level".
func (c Compression) String() string {
	if int(c.Codec) >= len(codecNames) || int(c.Level) >= len(levelNames) {
		return fmt.Sprintf("Compression(%d:%d)", c.Codec, c.Level)
	}
	if c.Level == LevelDefault || c.Codec == CodecNone {
		return codecNames[c.Codec]
	}
	return codecNames[c.Codec] + ":" + levelNames[c.Level]
}

// MarshalText implements encoding.TextMarshaler (the manifest records it).
func (c Compression) MarshalText() ([]byte, error) {
	if int(c.Codec) >= len(codecNames) || int(c.Level) >= len(levelNames) {
		return nil, fmt.Errorf("invalid %v", c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Compression) UnmarshalText(b []byte) error {
	v, err := ParseCompression(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Ext returns the file name extension of the codec's shards (".zst", ".gz",
// or "" for plain JSONL).
func (c Codec) Ext() string {
	if int(c) >= len(codecExts) {
		return ""
	}
	return codecExts[c]
}

// shardEncoder compresses one shard after another: Reset starts a stream
// into w, Close ends it.
type shardEncoder interface {
	io.WriteCloser
	Reset(w io.Writer)
}

// newShardEncoder returns the encoder of c, on one goroutine.
func newShardEncoder(c Compression) (shardEncoder, error) {
	switch c.Codec {
	case CodecZstd:
		levels := [...]zstd.EncoderLevel{
			LevelDefault: zstd.SpeedDefault,
			LevelFastest: zstd.SpeedFastest,
			LevelBetter:  zstd.SpeedBetterCompression,
			LevelBest:    zstd.SpeedBestCompression,
		}
		if int(c.Level) >= len(levels) {
			break
		}
		return zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(levels[c.Level]))
	case CodecGzip:
		levels := [...]int{
			LevelDefault: gzip.DefaultCompression,
			LevelFastest: gzip.BestSpeed,
			LevelBetter:  7,
			LevelBest:    gzip.BestCompression,
		}
		if int(c.Level) >= len(levels) {
			break
		}
		return gzip.NewWriterLevel(nil, levels[c.Level])
	case CodecNone:
		return &plainEncoder{w: bufio.NewWriterSize(nil, ioBufferSize)}, nil
	}
	return nil, fmt.Errorf("invalid %v", c)
}

// plainEncoder is the shardEncoder of uncompressed shards: it buffers the
// records so that the file gets large writes.
type plainEncoder struct{ w *bufio.Writer }

// Write implements io.Writer.
func (p *plainEncoder) Write(b []byte) (int, error) { return p.w.Write(b) }

// Close flushes the buffered records; the file itself is the caller's.
func (p *plainEncoder) Close() error { return p.w.Flush() }

// Reset starts a new shard into w, dropping anything unflushed.
func (p *plainEncoder) Reset(w io.Writer) { p.w.Reset(w) }

// NewShardReader returns a reader of the records of the shard file named
// name whose bytes r reads, decompressed as its bytes say (gzip and zstd
// by their magic numbers, as every reader of winnow's inputs does; plain
// JSONL as it is). Close releases the decoder (not r).
func NewShardReader(r io.Reader, name string) (io.ReadCloser, error) {
	if _, ok := shardCodec(name); !ok {
		return nil, fmt.Errorf("%s is not a shard file name", name)
	}
	dec, closeFn, err := decompress(r)
	if err != nil {
		return nil, err
	}
	return readCloser{dec, closeFn}, nil
}

// readCloser is a reader with a function that releases it.
type readCloser struct {
	io.Reader
	close func()
}

// Close implements io.Closer.
func (r readCloser) Close() error {
	r.close()
	return nil
}
