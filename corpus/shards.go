package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
)

// DefaultMaxShardBytes is the default ShardOptions.MaxShardBytes (128 MB).
const DefaultMaxShardBytes = 128_000_000

// ShardOptions configures NewShardWriter. Zero fields take their defaults.
type ShardOptions struct {
	// MaxShardBytes starts a new shard once the current one holds at least
	// this many uncompressed bytes (default 128 MB). It is checked after each
	// document, so a document never spans two shards.
	MaxShardBytes int64
	// Compression is the shards' codec and level (default: zstd at its
	// default level). The codec sets the shard names' extension.
	Compression Compression
	// Annotate adds every paragraph, with its label and score, to each record.
	Annotate bool
	// Overwrite allows writing into a directory that already holds shards
	// (any file named like one: docs-NNNNN.jsonl, .jsonl.zst or .jsonl.gz).
	// Old shards are replaced by name; on Close, old shards numbered past the
	// new ones, and those under another codec, are removed. Without it
	// NewShardWriter refuses such a directory.
	Overwrite bool
	// Resume continues an interrupted run whose finished shards these are:
	// each must be in the directory with its recorded size, writing starts
	// at shard number len(Resume), and Shards lists them first. Shards
	// numbered from len(Resume) on, left by the interrupted run after its
	// last checkpoint, are removed at once.
	Resume []ShardInfo
}

// ShardInfo describes one finished shard.
type ShardInfo struct {
	// Name is the shard's file name in the output directory, e.g.
	// "docs-00000.jsonl.zst" (see ShardName).
	Name string `json:"name"`
	// Documents is the number of records in the shard.
	Documents int64 `json:"documents"`
	// Bytes is the shard's uncompressed size.
	Bytes int64 `json:"bytes"`
	// CompressedBytes is the shard file's size.
	CompressedBytes int64 `json:"compressed_bytes"`
	// SHA256 is the hex SHA-256 of the shard file.
	SHA256 string `json:"sha256"`
}

// ShardName returns the file name of shard i compressed with codec, e.g.
// "docs-00000.jsonl.zst", "docs-00000.jsonl.gz" or "docs-00000.jsonl".
func ShardName(i int, codec Codec) string {
	return fmt.Sprintf("docs-%05d.jsonl%s", i, codec.Ext())
}

// shardNameRE matches shard file names and captures their number and
// extension.
var shardNameRE = regexp.MustCompile(`^docs-([0-9]{5,})\.jsonl(\.zst|\.gz)?$`)

// shardNumber returns the number of the shard file named name (any codec),
// and false when name is not a shard file name.
func shardNumber(name string) (int, bool) {
	m := shardNameRE.FindStringSubmatch(name)
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

// shardCodec returns the codec that the shard file name name's extension
// names, and false when name is not a shard file name.
func shardCodec(name string) (Codec, bool) {
	m := shardNameRE.FindStringSubmatch(name)
	if m == nil {
		return 0, false
	}
	for c, ext := range codecExts {
		if ext == m[2] {
			return Codec(c), true
		}
	}
	return 0, false
}

// listShards returns the shard file names in dir, in shard-number order.
func listShards(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	type shard struct {
		name string
		n    uint64
	}
	var shards []shard
	for _, e := range entries {
		m := shardNameRE.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		n, err := strconv.ParseUint(m[1], 10, 64)
		if err != nil {
			continue
		}
		shards = append(shards, shard{e.Name(), n})
	}
	// By number, then by name: a directory that holds a shard number
	// under two codecs (never one that winnow left) still lists the same.
	sort.Slice(shards, func(i, j int) bool {
		if shards[i].n != shards[j].n {
			return shards[i].n < shards[j].n
		}
		return shards[i].name < shards[j].name
	})
	names := make([]string, len(shards))
	for i, s := range shards {
		names[i] = s.name
	}
	return names, nil
}

// ShardWriter writes documents as compressed JSON Lines shards,
// docs-00000.jsonl.zst, docs-00001.jsonl.zst, ... (.gz with gzip, no
// extension uncompressed; see ShardOptions.Compression). It implements
// Writer and is not safe for concurrent use.
//
// Each record is one JSON object on one line, with keys in this order:
//
//	{"id": ..., "url": ... (omitted when empty), "title": Document.Title
//	 (omitted when empty), "text": Document.Clean,
//	 "labels": {"body": n, "bio": n, "promo": n, "comment": n, "chrome": n}}
//
// where labels counts the document's paragraphs per label (all five keys,
// always). With ShardOptions.Annotate the record also has
//
//	"paragraphs": [{"text": ..., "label": "body", "score": 0.9731}, ...]
//
// with every paragraph in document order and its score rounded to 4
// decimals, which ReadGold reads.
//
// A shard is written under a temporary name (".docs-00000.jsonl.zst.tmp")
// and, once complete (on rotation or Close), synced, closed and renamed to
// its final name; the directory is synced after the rename. Output bytes
// depend only on the documents and options.
type ShardWriter struct {
	dir  string
	opts ShardOptions
	enc  shardEncoder
	buf  []byte
	err  error // sticky error; errClosed after Close

	// The shard being written, if f != nil.
	f     *os.File
	index int
	out   countingWriter
	cur   ShardInfo

	shards    []ShardInfo
	old       []string // shards present in dir before the writer started
	committed bool     // the last Write finished a shard
}

var _ Writer = (*ShardWriter)(nil)

// errClosed is the sticky error of a closed or aborted writer.
var errClosed = errors.New("corpus: writer is closed")

// countingWriter counts and hashes the bytes written to a file.
type countingWriter struct {
	w io.Writer
	h hash.Hash
	n int64
}

// Write implements io.Writer.
func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.h.Write(p[:n])
	return n, err
}

// NewShardWriter creates dir if needed and returns a writer of shards in it.
func NewShardWriter(dir string, opts ShardOptions) (*ShardWriter, error) {
	if opts.MaxShardBytes <= 0 {
		opts.MaxShardBytes = DefaultMaxShardBytes
	}
	if err := mkdirAll(dir); err != nil {
		return nil, fmt.Errorf("shard writer: %w", err)
	}
	if err := removeTemps(dir); err != nil {
		return nil, fmt.Errorf("shard writer: %w", err)
	}
	old, err := listShards(dir)
	if err != nil {
		return nil, fmt.Errorf("shard writer: %w", err)
	}
	if opts.Resume != nil {
		if err := checkResumeShards(dir, opts.Resume, opts.Compression.Codec); err != nil {
			return nil, fmt.Errorf("shard writer: %w", err)
		}
		if old, err = removeShardsFrom(dir, old, len(opts.Resume), opts.Compression.Codec); err != nil {
			return nil, fmt.Errorf("shard writer: %w", err)
		}
	} else if len(old) > 0 && !opts.Overwrite {
		return nil, fmt.Errorf("shard writer: %s already holds shards (%s, ...)", dir, old[0])
	}
	enc, err := newShardEncoder(opts.Compression)
	if err != nil {
		return nil, fmt.Errorf("shard writer: %w", err)
	}
	w := &ShardWriter{
		dir:  dir,
		opts: opts,
		enc:  enc,
		out:  countingWriter{h: sha256.New()},
		old:  old,
	}
	if opts.Resume != nil {
		w.shards = append([]ShardInfo(nil), opts.Resume...)
		w.index = len(opts.Resume)
		w.old = nil
	}
	return w, nil
}

// checkResumeShards checks that the finished shards of an interrupted run
// are still there, with their recorded sizes.
func checkResumeShards(dir string, shards []ShardInfo, codec Codec) error {
	for i, sh := range shards {
		if sh.Name != ShardName(i, codec) {
			return fmt.Errorf("resume: shard %d is named %q, want %q", i, sh.Name, ShardName(i, codec))
		}
		info, err := os.Stat(filepath.Join(dir, sh.Name))
		if err != nil {
			return fmt.Errorf("resume: finished shard of the interrupted run: %w", err)
		}
		if info.Size() != sh.CompressedBytes {
			return fmt.Errorf("resume: %s is %d bytes, the checkpoint recorded %d", sh.Name, info.Size(), sh.CompressedBytes)
		}
	}
	return nil
}

// removeShardsFrom removes from dir the shards numbered n or more, and
// those numbered below n under another codec than codec (left by an
// earlier run that the interrupted one overwrote), and returns the names
// that are left: the finished shards of the interrupted run.
func removeShardsFrom(dir string, names []string, n int, codec Codec) ([]string, error) {
	var kept []string
	removed := false
	for _, name := range names {
		if k, ok := shardNumber(name); ok && k < n && name == ShardName(k, codec) {
			kept = append(kept, name)
			continue
		}
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("remove stale shard: %w", err)
		}
		removed = true
	}
	if removed {
		return kept, syncDir(dir)
	}
	return kept, nil
}

// shardTempRE matches the temporary files of unfinished shards.
var shardTempRE = regexp.MustCompile(`^\.docs-[0-9]{5,}\.jsonl(\.zst|\.gz)?\.tmp$`)

// removeTemps removes the temporary files of unfinished shards, left in dir
// by a run that was killed.
func removeTemps(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if shardTempRE.MatchString(e.Name()) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("remove unfinished shard: %w", err)
			}
		}
	}
	return nil
}

// tmpName returns the temporary file name of shard i.
func (w *ShardWriter) tmpName(i int) string {
	return "." + ShardName(i, w.opts.Compression.Codec) + ".tmp"
}

// Write appends d's record to the current shard, starting a shard if needed.
func (w *ShardWriter) Write(ctx context.Context, d *Document) error {
	w.committed = false
	if w.err != nil {
		return w.err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	buf, err := appendRecord(w.buf[:0], d, w.opts.Annotate)
	w.buf = buf
	if err != nil {
		return fmt.Errorf("write document %q: %w", d.ID, err)
	}
	if w.f == nil {
		if err := w.startShard(); err != nil {
			w.err = err
			return err
		}
	}
	if _, err := w.enc.Write(buf); err != nil {
		w.err = fmt.Errorf("write %s: %w", filepath.Join(w.dir, w.tmpName(w.index)), err)
		return w.err
	}
	w.cur.Documents++
	w.cur.Bytes += int64(len(buf))
	if w.cur.Bytes >= w.opts.MaxShardBytes {
		if err := w.finishShard(); err != nil {
			w.err = err
			return err
		}
		w.committed = true
	}
	return nil
}

// Committed reports whether the last Write finished a shard, so that every
// document written so far is in finished, durable shards (see
// Committer).
func (w *ShardWriter) Committed() bool { return w.committed }

// startShard creates the temporary file of shard w.index.
func (w *ShardWriter) startShard() error {
	p := filepath.Join(w.dir, w.tmpName(w.index))
	// O_EXCL after removing any leftover: never follow a planted symlink.
	if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("create shard: %w", err)
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("create shard: %w", err)
	}
	w.f = f
	w.out.w = f
	w.out.n = 0
	w.out.h.Reset()
	w.enc.Reset(&w.out)
	w.cur = ShardInfo{Name: ShardName(w.index, w.opts.Compression.Codec)}
	return nil
}

// finishShard completes the current shard: flush, sync, close, rename.
func (w *ShardWriter) finishShard() error {
	tmp := filepath.Join(w.dir, w.tmpName(w.index))
	final := filepath.Join(w.dir, w.cur.Name)
	f := w.f
	w.f = nil
	if err := w.enc.Close(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	w.enc.Reset(nil)
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return fmt.Errorf("rename shard: %w", err)
	}
	if err := syncDir(w.dir); err != nil {
		return err
	}
	w.cur.CompressedBytes = w.out.n
	w.cur.SHA256 = hex.EncodeToString(w.out.h.Sum(nil))
	w.shards = append(w.shards, w.cur)
	w.index++
	return nil
}

// Close completes the last shard and, with Overwrite, removes older shards
// numbered past the new ones (and those of the new ones' numbers written
// with another codec). A writer that got no documents writes no shard.
// Closing twice is a no-op.
func (w *ShardWriter) Close() error {
	if w.err == errClosed {
		return nil
	}
	if w.err != nil {
		err := w.err
		w.abort()
		w.err = errClosed
		return err
	}
	if w.f != nil {
		if err := w.finishShard(); err != nil {
			w.abort()
			w.err = errClosed
			return err
		}
	}
	w.err = errClosed
	removed := false
	for _, name := range w.old {
		if n, ok := shardNumber(name); ok && n < len(w.shards) && w.shards[n].Name == name {
			continue
		}
		if err := os.Remove(filepath.Join(w.dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("remove old shard: %w", err)
		}
		removed = true
	}
	if removed {
		return syncDir(w.dir)
	}
	return nil
}

// Abort stops writing and removes the unfinished shard's temporary file.
// Shards already finished stay. Write fails after Abort; Close is a no-op.
func (w *ShardWriter) Abort() error {
	if w.err == errClosed {
		return nil
	}
	w.err = errClosed
	return w.abort()
}

func (w *ShardWriter) abort() error {
	if w.f == nil {
		return nil
	}
	tmp := filepath.Join(w.dir, w.tmpName(w.index))
	w.f.Close()
	w.f = nil
	w.enc.Reset(nil)
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("abort: %w", err)
	}
	return nil
}

// Shards returns the finished shards, in order.
func (w *ShardWriter) Shards() []ShardInfo {
	return append([]ShardInfo(nil), w.shards...)
}

// appendRecord appends d's shard record, with a final newline, to dst.
func appendRecord(dst []byte, d *Document, annotate bool) ([]byte, error) {
	var counts [NumLabels]int64
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if int(p.Label) >= NumLabels {
			return dst, fmt.Errorf("paragraph %d: invalid label %d", i, p.Label)
		}
		if annotate && (math.IsNaN(float64(p.Score)) || math.IsInf(float64(p.Score), 0)) {
			return dst, fmt.Errorf("paragraph %d: score is %v", i, p.Score)
		}
		counts[p.Label]++
	}
	dst = append(dst, `{"id":`...)
	dst = appendQuoted(dst, d.ID)
	if d.URL != "" {
		dst = append(dst, `,"url":`...)
		dst = appendQuoted(dst, d.URL)
	}
	if d.Title != "" {
		dst = append(dst, `,"title":`...)
		dst = appendQuoted(dst, d.Title)
	}
	dst = append(dst, `,"text":`...)
	dst = appendQuoted(dst, d.Clean)
	dst = append(dst, `,"labels":{`...)
	for l, n := range counts {
		if l > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, '"')
		dst = append(dst, labelNames[l]...)
		dst = append(dst, `":`...)
		dst = strconv.AppendInt(dst, n, 10)
	}
	dst = append(dst, '}')
	if annotate {
		dst = append(dst, `,"paragraphs":[`...)
		for i := range d.Paragraphs {
			p := &d.Paragraphs[i]
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"text":`...)
			dst = appendQuoted(dst, p.Text)
			dst = append(dst, `,"label":"`...)
			dst = append(dst, labelNames[p.Label]...)
			dst = append(dst, `","score":`...)
			dst = appendScore(dst, p.Score)
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	return append(dst, '}', '\n'), nil
}

// syncDir fsyncs a directory so renames in it are durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
