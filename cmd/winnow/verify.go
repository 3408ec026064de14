package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/winnowhq/winnow/corpus"
)

func cmdVerify(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("winnow verify", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: winnow verify DIR\n\nChecks a finished output directory against its manifest: counts,\nthe SHA-256 of every shard, and that every shard decompresses and parses.\n")
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef("verify takes one output directory")
	}
	problems, err := verifyDir(ctx, rest[0])
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintf(e.stderr, "winnow verify: %s\n", p)
	}
	if len(problems) > 0 {
		return &exitStatusError{code: exitFatal, msg: fmt.Sprintf("%s: %d problem(s) found", rest[0], len(problems))}
	}
	fmt.Fprintf(e.stdout, "%s: ok\n", rest[0])
	return nil
}

// verifyDir checks dir against its manifest and returns every problem found.
// The error is for failures to check at all (no manifest).
func verifyDir(ctx context.Context, dir string) ([]string, error) {
	m, err := corpus.ReadManifest(dir)
	if errors.Is(err, os.ErrNotExist) {
		if _, cerr := os.Stat(filepath.Join(dir, corpus.CheckpointFile)); cerr == nil {
			return nil, fmt.Errorf("verify %s: no %s: the run did not finish (it left a %s: continue it with winnow clean --resume)",
				dir, corpus.ManifestFile, corpus.CheckpointFile)
		}
		return nil, fmt.Errorf("verify %s: no %s: this is not the output of a finished run", dir, corpus.ManifestFile)
	}
	if err != nil {
		return nil, fmt.Errorf("verify %s: %w", dir, err)
	}
	var problems []string
	addf := func(format string, a ...any) { problems = append(problems, fmt.Sprintf(format, a...)) }
	if !m.Counts.Balanced() {
		addf("counts do not balance: read %d, written %d, dropped %d, rejected %d",
			m.Counts.Read, m.Counts.Written, m.Counts.Dropped, m.Counts.Rejected)
	}
	if m.Counts.Read < 0 || m.Counts.Written < 0 || m.Counts.Dropped < 0 || m.Counts.Rejected < 0 {
		addf("negative counts in the manifest")
	}
	var docs int64
	for i, sh := range m.Shards {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		// Names come from the manifest: never let one lead outside dir.
		if want := corpus.ShardName(i, m.Compression.Codec); sh.Name != want {
			addf("manifest lists shard %d as %q, want %q", i, sh.Name, want)
			continue
		}
		n, err := verifyShard(filepath.Join(dir, sh.Name), sh)
		if err != nil {
			addf("%s: %v", sh.Name, err)
		}
		docs += n
	}
	if docs != m.Counts.Written {
		addf("shards hold %d documents, manifest counts %d written", docs, m.Counts.Written)
	}
	switch {
	case m.Rejects == "":
		if m.Counts.Rejected != 0 {
			addf("manifest counts %d rejected but names no rejects file", m.Counts.Rejected)
		}
	case m.Rejects != corpus.RejectsFile:
		addf("manifest names the rejects file %q, want %q", m.Rejects, corpus.RejectsFile)
	default:
		n, err := verifyRejects(filepath.Join(dir, m.Rejects))
		if err != nil {
			addf("%s: %v", m.Rejects, err)
		} else if n != m.Counts.Rejected {
			addf("%s has %d records, manifest counts %d rejected", m.Rejects, n, m.Counts.Rejected)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("verify %s: %w", dir, err)
	}
	listed := map[string]bool{}
	for _, sh := range m.Shards {
		listed[sh.Name] = true
	}
	for _, en := range entries {
		name := en.Name()
		if strings.HasSuffix(name, ".tmp") {
			addf("%s: leftover temporary file", name)
		}
		if strings.HasPrefix(name, "docs-") && !listed[name] {
			addf("%s: shard not listed in the manifest", name)
		}
	}
	return problems, nil
}

// verifyShard checks one shard's size, hash and records and returns how many
// records it holds.
func verifyShard(path string, sh corpus.ShardInfo) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	h := sha256.New()
	size, err := io.Copy(h, f)
	if err != nil {
		return 0, fmt.Errorf("read: %w", err)
	}
	if size != sh.CompressedBytes {
		return 0, fmt.Errorf("size %d, manifest says %d", size, sh.CompressedBytes)
	}
	if sum := hex.EncodeToString(h.Sum(nil)); sum != sh.SHA256 {
		return 0, fmt.Errorf("sha256 %s, manifest says %s", sum, sh.SHA256)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	dec, err := corpus.NewShardReader(f, sh.Name)
	if err != nil {
		return 0, err
	}
	defer dec.Close()
	r := bufio.NewReader(dec)
	var n, bytes int64
	for {
		line, err := r.ReadBytes('\n')
		bytes += int64(len(line))
		if len(line) > 0 {
			var rec struct {
				ID   *string `json:"id"`
				Text *string `json:"text"`
			}
			if jerr := json.Unmarshal(line, &rec); jerr != nil {
				return n, fmt.Errorf("record %d: %v", n+1, jerr)
			}
			if rec.ID == nil || rec.Text == nil {
				return n, fmt.Errorf("record %d: no id or text", n+1)
			}
			n++
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, fmt.Errorf("decompress: %w", err)
		}
	}
	if n != sh.Documents {
		return n, fmt.Errorf("%d records, manifest says %d", n, sh.Documents)
	}
	if bytes != sh.Bytes {
		return n, fmt.Errorf("%d uncompressed bytes, manifest says %d", bytes, sh.Bytes)
	}
	return n, nil
}

// verifyRejects checks that every line of the rejects file is a reject
// record and returns how many there are.
func verifyRejects(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<30)
	var n int64
	for sc.Scan() {
		n++
		var rec struct {
			Source   *string `json:"source"`
			Position *string `json:"position"`
			Reason   *string `json:"reason"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return n, fmt.Errorf("line %d: %v", n, err)
		}
		if rec.Source == nil || rec.Position == nil || rec.Reason == nil {
			return n, fmt.Errorf("line %d: no source, position or reason", n)
		}
	}
	return n, sc.Err()
}
