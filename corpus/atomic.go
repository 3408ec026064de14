package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
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

// mkdirAll creates an output directory and its parents.
func mkdirAll(dir string) error { return os.MkdirAll(dir, 0o755) }
