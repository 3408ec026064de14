package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
)

// atomicFile is a file written under a temporary name in its final
// directory and renamed into place when committed.
type atomicFile struct {
	path string
	f    *os.File
	w    *bufio.Writer
}

// createAtomic starts writing path through a temporary file beside it.
func createAtomic(path string) (*atomicFile, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	return &atomicFile{path: path, f: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
}

// createAtomicAt starts writing path through the temporary file tmp, a
// fixed name in path's directory, replacing any earlier tmp. A fixed name
// lets an interrupted run leave the file for a resumed one (reopenAtomicAt).
func createAtomicAt(path, tmp string) (*atomicFile, error) {
	p := filepath.Join(filepath.Dir(path), tmp)
	// O_EXCL after removing any leftover: never follow a planted symlink.
	if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	return &atomicFile{path: path, f: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
}

// reopenAtomicAt goes on writing path through the temporary file tmp left
// by an interrupted run, keeping its first keep bytes and dropping the rest.
// The kept part must end with a newline (or be empty).
func reopenAtomicAt(path, tmp string, keep int64) (*atomicFile, error) {
	p := filepath.Join(filepath.Dir(path), tmp)
	info, err := os.Lstat(p)
	if err != nil {
		return nil, fmt.Errorf("resume %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("resume %s: %s is not a regular file", path, p)
	}
	if info.Size() < keep {
		return nil, fmt.Errorf("resume %s: %s holds %d bytes, the checkpoint recorded %d", path, p, info.Size(), keep)
	}
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("resume %s: %w", path, err)
	}
	fail := func(err error) (*atomicFile, error) {
		f.Close()
		return nil, fmt.Errorf("resume %s: %w", path, err)
	}
	if keep > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, keep-1); err != nil {
			return fail(err)
		}
		if last[0] != '\n' {
			return fail(fmt.Errorf("%s does not end a line at byte %d", p, keep))
		}
	}
	if err := f.Truncate(keep); err != nil {
		return fail(err)
	}
	if _, err := f.Seek(keep, io.SeekStart); err != nil {
		return fail(err)
	}
	return &atomicFile{path: path, f: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
}

// sync flushes the file and syncs it to disk, without closing it.
func (a *atomicFile) sync() error {
	if err := a.w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", a.path, err)
	}
	if err := a.f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", a.path, err)
	}
	return nil
}

// suspend flushes, syncs and closes the temporary file and keeps it.
func (a *atomicFile) suspend() error {
	err := a.sync()
	if cerr := a.f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", a.path, cerr)
	}
	return err
}

// commit flushes, syncs and closes the temporary file, renames it to its
// final path and syncs the directory. The temporary file is removed on error.
func (a *atomicFile) commit() error {
	err := a.w.Flush()
	if err == nil {
		err = a.f.Chmod(0o644)
	}
	if err == nil {
		err = a.f.Sync()
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.path)
	}
	if err != nil {
		_ = os.Remove(a.f.Name())
		return fmt.Errorf("write %s: %w", a.path, err)
	}
	return syncDir(filepath.Dir(a.path))
}

// abort closes and removes the temporary file.
func (a *atomicFile) abort() error {
	a.f.Close()
	if err := os.Remove(a.f.Name()); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("abort %s: %w", a.path, err)
	}
	return nil
}

// WriteJSONAtomic writes v as indented JSON (two spaces, final newline) to
// path atomically: to a temporary file in the same directory, synced, then
// renamed over path, and the directory synced. HTML characters are not
// escaped, so equal values give equal bytes.
func WriteJSONAtomic(path string, v any) error {
	a, err := createAtomic(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(a.w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		_ = a.abort()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return a.commit()
}

// readJSONFile decodes the JSON file at path into v.
func readJSONFile(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// jsonTempRE matches the temporary files of WriteJSONAtomic for the
// metadata files of an output directory.
var jsonTempRE = regexp.MustCompile(`^\.(manifest|stats|checkpoint)\.json\.[0-9]+\.tmp$`)

// RemoveStaleTemps removes from dir the temporary files that a killed run
// can leave behind: unfinished shards and half-written manifest, stats or
// checkpoint files. (The rejects file's temporary file is kept: a resumed
// run goes on with it, a new run replaces it.) A missing dir is fine.
func RemoveStaleTemps(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("clean up %s: %w", dir, err)
	}
	for _, e := range entries {
		if jsonTempRE.MatchString(e.Name()) || shardTempRE.MatchString(e.Name()) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("clean up %s: %w", dir, err)
			}
		}
	}
	return nil
}

// mkdirAll creates an output directory and its parents.
func mkdirAll(dir string) error { return os.MkdirAll(dir, 0o755) }
