package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Format is the record layout of an input file.
type Format uint8

// The input formats winnow reads.
const (
	// FormatUnknown is the zero Format: a file winnow does not know how to read.
	FormatUnknown Format = iota
	// FormatText is one article per file, the whole file being its text.
	FormatText
	// FormatJSONL is one JSON object per line (JSON Lines / NDJSON).
	FormatJSONL
	// FormatHTML is one saved web page per file (.html, .htm).
	FormatHTML
	// FormatWARC is a web archive (.warc, usually .warc.gz or .warc.zst): every HTML
	// response record is one document.
	FormatWARC
)

// String returns the format's name: "text", "jsonl", "html", "warc" or "unknown".
func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatJSONL:
		return "jsonl"
	case FormatHTML:
		return "html"
	case FormatWARC:
		return "warc"
	}
	return "unknown"
}

// compressionExts are the extensions stripped from a name before its format
// extension is looked at. Whether a file is really compressed is decided by
// its magic bytes, not by these.
var compressionExts = [...]string{".gz", ".zst", ".zstd"}

// stripCompressionExt removes one trailing .gz, .zst or .zstd (any case) from name.
func stripCompressionExt(name string) string {
	lower := strings.ToLower(name)
	for _, ext := range compressionExts {
		if strings.HasSuffix(lower, ext) {
			return name[:len(name)-len(ext)]
		}
	}
	return name
}

// FormatFromName returns the format a file name's extension announces:
// .txt is FormatText, .jsonl and .ndjson are FormatJSONL, .html and .htm
// are FormatHTML, .warc is FormatWARC, each optionally followed by .gz, .zst
// or .zstd. Matching ignores case. Any other name is
// FormatUnknown.
func FormatFromName(name string) Format {
	f, _ := splitFormatExt(name)
	return f
}

// splitFormatExt returns the format of name and name without its compression
// and format extensions.
func splitFormatExt(name string) (Format, string) {
	base := stripCompressionExt(name)
	ext := strings.ToLower(path.Ext(base))
	switch ext {
	case ".txt":
		return FormatText, base[:len(base)-len(ext)]
	case ".jsonl", ".ndjson":
		return FormatJSONL, base[:len(base)-len(ext)]
	case ".html", ".htm":
		return FormatHTML, base[:len(base)-len(ext)]
	case ".warc":
		return FormatWARC, base[:len(base)-len(ext)]
	}
	return FormatUnknown, base
}

// Input is one file (or stream) to read documents from.
type Input struct {
	// Name identifies the input in Document.Source and in errors: the path as
	// given on the command line (cleaned, forward slashes), joined with the
	// file's path below it when the path was a directory; "-" for stdin.
	Name string
	// Root is the directory document IDs are relative to: the directory that
	// was walked, or the parent directory of a file given by itself. It is a
	// prefix of Name (forward slashes); empty for stdin.
	Root string
	// Format is how the input's records are laid out.
	Format Format
	// Open opens the input's bytes. The reader detects gzip and zstd
	// compression from the first bytes, whatever the name says.
	Open func() (io.ReadCloser, error)
	// Size is the input's size in bytes when it was listed, or -1 when it
	// is not known (stdin). It lets a resumed run notice a changed input.
	Size int64
}

// RelName returns Name relative to Root with any .gz/.zst extension removed,
// e.g. "a/b.jsonl" for Name "dumps/a/b.jsonl.gz" and Root "dumps".
func (in Input) RelName() string {
	rel := in.Name
	switch {
	case in.Root == "" || in.Root == ".":
	case strings.HasSuffix(in.Root, "/"):
		rel = strings.TrimPrefix(rel, in.Root)
	default:
		rel = strings.TrimPrefix(rel, in.Root+"/")
	}
	return stripCompressionExt(rel)
}

// TextID returns the document ID of a one-article-per-file input: RelName
// without its format extension, e.g. "a/b" for "dumps/a/b.txt.gz" under
// "dumps", or "b" for a file "dumps/a/b.txt" given by itself.
func (in Input) TextID() string {
	_, id := splitFormatExt(in.RelName())
	return id
}

// StdinInput returns the input that reads JSON Lines from r, named "-".
// The reader does not close r.
func StdinInput(r io.Reader) Input {
	return Input{
		Name:   "-",
		Format: FormatJSONL,
		Open:   func() (io.ReadCloser, error) { return io.NopCloser(r), nil },
		Size:   -1,
	}
}

// FileInputs turns command-line paths into inputs, in the order given.
//
// Each path is a file or a directory. A directory is walked recursively and
// its files are taken in order of their slash-separated path; files whose
// names do not announce a known format (see FormatFromName), and hidden files
// and directories (names starting with "."), are left out and returned in
// skipped so the caller can report them. A file named explicitly must have a
// known extension. "-" is JSON Lines on standard input and may appear once.
// A path that does not exist is an error.
func FileInputs(paths []string) (inputs []Input, skipped []string, err error) {
	stdin := false
	for _, p := range paths {
		if p == "-" {
			if stdin {
				return nil, nil, errors.New(`input "-" (stdin) given more than once`)
			}
			stdin = true
			inputs = append(inputs, StdinInput(os.Stdin))
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, nil, fmt.Errorf("input %s: %w", p, err)
		}
		if !info.IsDir() {
			f := FormatFromName(p)
			if f == FormatUnknown {
				return nil, nil, fmt.Errorf("input %s: unknown format (want .txt, .jsonl or .ndjson, optionally .gz or .zst)", p)
			}
			clean := filepath.Clean(p)
			inputs = append(inputs, Input{
				Name:   filepath.ToSlash(clean),
				Root:   filepath.ToSlash(filepath.Dir(clean)),
				Format: f,
				Open:   openFile(clean),
				Size:   info.Size(),
			})
			continue
		}
		found, skip, err := walkDir(p)
		if err != nil {
			return nil, nil, err
		}
		inputs = append(inputs, found...)
		skipped = append(skipped, skip...)
	}
	return inputs, skipped, nil
}

// walkDir lists the inputs below dir, sorted by path.
func walkDir(dir string) (inputs []Input, skipped []string, err error) {
	root := filepath.Clean(dir)
	slashRoot := filepath.ToSlash(root)
	type entry struct {
		rel    string // slash-separated, relative to root
		osPath string
		format Format
		size   int64
	}
	var entries []entry
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("walk %s: %w", p, err)
		}
		if p == root {
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") {
			skipped = append(skipped, filepath.ToSlash(p))
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		// Follow symbolic links to regular files; skip everything else.
		info, err := os.Stat(p)
		if err != nil || !info.Mode().IsRegular() {
			skipped = append(skipped, filepath.ToSlash(p))
			return nil
		}
		f := FormatFromName(name)
		if f == FormatUnknown {
			skipped = append(skipped, filepath.ToSlash(p))
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return fmt.Errorf("walk %s: %w", p, err)
		}
		entries = append(entries, entry{rel: filepath.ToSlash(rel), osPath: p, format: f, size: info.Size()})
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("input %s: %w", dir, err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].rel < entries[j].rel })
	sort.Strings(skipped)
	for _, e := range entries {
		inputs = append(inputs, Input{
			Name:   path.Join(slashRoot, e.rel),
			Root:   slashRoot,
			Format: e.format,
			Open:   openFile(e.osPath),
			Size:   e.size,
		})
	}
	return inputs, skipped, nil
}

// openFile returns an Input.Open function for an operating-system path.
func openFile(p string) func() (io.ReadCloser, error) {
	return func() (io.ReadCloser, error) { return os.Open(p) }
}

// FSInputs lists the inputs in fsys below dir (a directory, walked
// recursively, or a single file), sorted by path. Files of unknown format and
// hidden files are skipped silently. It is meant for inputs embedded in the
// binary with go:embed.
func FSInputs(fsys fs.FS, dir string) ([]Input, error) {
	info, err := fs.Stat(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", dir, err)
	}
	open := func(p string) func() (io.ReadCloser, error) {
		return func() (io.ReadCloser, error) { return fsys.Open(p) }
	}
	if !info.IsDir() {
		f := FormatFromName(dir)
		if f == FormatUnknown {
			return nil, fmt.Errorf("input %s: unknown format (want .txt, .jsonl or .ndjson, optionally .gz or .zst)", dir)
		}
		return []Input{{Name: dir, Root: path.Dir(dir), Format: f, Open: open(dir), Size: info.Size()}}, nil
	}
	var inputs []Input
	err = fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("walk %s: %w", p, err)
		}
		if p == dir {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if f := FormatFromName(d.Name()); f != FormatUnknown {
			info, err := d.Info()
			if err != nil {
				return fmt.Errorf("walk %s: %w", p, err)
			}
			inputs = append(inputs, Input{Name: p, Root: dir, Format: f, Open: open(p), Size: info.Size()})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", dir, err)
	}
	sort.Slice(inputs, func(i, j int) bool { return inputs[i].Name < inputs[j].Name })
	return inputs, nil
}
