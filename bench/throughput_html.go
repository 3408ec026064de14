package bench

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/warc"
)

// HTML throughput: the whole clean pipeline on saved web pages, as a user
// has them (one gzip'd HTML file per page, or the same pages in a gzip'd
// WARC), compared in pages per second with go-trafilatura's extraction of
// the same pages.

// GoTrafilaturaPagesPerSec is the reference speed of the HTML target:
// go-trafilatura extracting the 181 pages of the article-extraction
// benchmark (shared/benchmarks/article-extraction/html) on one core of the
// 2-core development machine, about 55 pages/s or 10 MB/s of HTML. It was
// measured on that machine and is stated in the throughput issue ("one
// worker, whole process including reading and writing, >= 4x the pages/s of
// go-trafilatura's extraction on the same pages"); go-trafilatura is not a
// dependency of winnow, so the bench does not rerun it.
const GoTrafilaturaPagesPerSec = 55.0

// HTMLTargetFactor is the HTML target: one worker, whole process, at least
// this many times GoTrafilaturaPagesPerSec.
const HTMLTargetFactor = 4.0

// HTML input formats, the Measurement.Format of HTML runs.
const (
	// FormatHTMLFiles is one (gzip'd) HTML file per page.
	FormatHTMLFiles = "html"
	// FormatWARCFile is the same pages as response records of one gzip'd
	// WARC file.
	FormatWARCFile = "warc"
)

// HTMLInput describes the page set of the HTML runs.
type HTMLInput struct {
	// Dir is the directory the pages were read from.
	Dir string `json:"dir"`
	// Pages counts the distinct pages (HTML files) in Dir.
	Pages int `json:"pages"`
	// HTMLBytes sums the pages' uncompressed HTML, one pass.
	HTMLBytes int64 `json:"html_bytes"`
	// CompressedBytes sums the pages' file sizes (gzip'd), one pass.
	CompressedBytes int64 `json:"compressed_bytes"`
	// Passes is how many times each run reads the page set.
	Passes int `json:"passes"`
	// WARCBytes is the size of the gzip'd WARC holding the same pages (0
	// when the WARC runs were skipped).
	WARCBytes int64 `json:"warc_bytes,omitempty"`
}

// HTMLPages lists the HTML pages (.html and .htm files, optionally .gz or
// .zst) below dir, sorted by path, and measures them: their count, their
// uncompressed HTML bytes and their sizes on disk. Files of other formats
// are left out.
func HTMLPages(dir string) ([]corpus.Input, HTMLInput, error) {
	info := HTMLInput{Dir: dir}
	all, _, err := corpus.FileInputs([]string{dir})
	if err != nil {
		return nil, info, fmt.Errorf("HTML pages: %w", err)
	}
	var pages []corpus.Input
	for _, in := range all {
		if in.Format != corpus.FormatHTML {
			continue
		}
		n, err := decodedSize(in)
		if err != nil {
			return nil, info, fmt.Errorf("HTML pages: %w", err)
		}
		pages = append(pages, in)
		info.HTMLBytes += n
		info.CompressedBytes += in.Size
	}
	if len(pages) == 0 {
		return nil, info, fmt.Errorf("HTML pages: no .html or .html.gz files in %s", dir)
	}
	info.Pages = len(pages)
	return pages, info, nil
}

// decodedSize returns the uncompressed size of an input.
func decodedSize(in corpus.Input) (int64, error) {
	r, closeIn, err := openDecoded(in)
	if err != nil {
		return 0, err
	}
	defer closeIn()
	n, err := io.Copy(io.Discard, r)
	if err != nil {
		return n, fmt.Errorf("read %s: %w", in.Name, err)
	}
	return n, nil
}

// HTMLPasses returns how many whole passes over a set of pages give at
// least want pages (at least one pass).
func HTMLPasses(pages, want int) int {
	if pages <= 0 {
		return 1
	}
	return max(1, (want+pages-1)/pages)
}

// WriteHTMLWARC writes the pages to w as a gzip'd WARC 1.1 (one gzip member
// per record, as crawlers write them): one response record per page, in
// order, with the page's uncompressed HTML as body and "text/html" as
// content type (no charset, so that the page's own declaration decides, as
// for a loose file). urls maps a page's id (Input.TextID) to its URL;
// pages without one get "https://bench.invalid/ID". It returns the records
// written.
func WriteHTMLWARC(ctx context.Context, pages []corpus.Input, urls map[string]string, w io.Writer) (int, error) {
	ww := warc.NewWriter(w, true)
	for i, in := range pages {
		if err := ctx.Err(); err != nil {
			return i, err
		}
		body, err := readDecoded(in)
		if err != nil {
			return i, fmt.Errorf("pack WARC: %w", err)
		}
		id := in.TextID()
		url := urls[id]
		if url == "" {
			url = "https://bench.invalid/" + path.Base(id)
		}
		h := http.Header{}
		h.Set("Content-Type", "text/html")
		if err := ww.WriteResponse(warc.Response{
			ID:     fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", i),
			URL:    url,
			Date:   "2024-01-01T00:00:00Z",
			Header: h,
			Body:   body,
		}); err != nil {
			return i, fmt.Errorf("pack WARC: page %s: %w", in.Name, err)
		}
	}
	if err := ww.Close(); err != nil {
		return len(pages), fmt.Errorf("pack WARC: %w", err)
	}
	return len(pages), nil
}

// WriteHTMLWARCFile writes the pages as a gzip'd WARC file at path (see
// WriteHTMLWARC) and returns its size.
func WriteHTMLWARCFile(ctx context.Context, pages []corpus.Input, urls map[string]string, path string) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, fmt.Errorf("pack WARC: %w", err)
	}
	cw := &countWriter{w: f}
	_, err = WriteHTMLWARC(ctx, pages, urls, cw)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("pack WARC: %w", cerr)
	}
	if err != nil {
		_ = os.Remove(path)
		return 0, err
	}
	return cw.n, nil
}

// readDecoded returns an input's uncompressed bytes.
func readDecoded(in corpus.Input) ([]byte, error) {
	r, closeIn, err := openDecoded(in)
	if err != nil {
		return nil, err
	}
	defer closeIn()
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", in.Name, err)
	}
	return b, nil
}

// MeasureHTML runs the clean pipeline once on HTML inputs (loose pages or
// WARC files, each read as often as it appears in pr.Inputs) and measures
// it like MeasurePipeline. Format is FormatHTMLFiles or FormatWARCFile.
// InputBytes is the uncompressed HTML the reader handed to the pipeline
// (the pages' HTML, also for a WARC, whose record headers are not counted)
// and CompressedBytes the sizes of the input files read (gzip'd), so that
// MBps and CompressedMBps are comparable between the two formats.
func MeasureHTML(ctx context.Context, format string, pr PipelineRun) (Measurement, error) {
	m, err := MeasurePipeline(ctx, pr)
	if err != nil {
		return m, err
	}
	m.Format = format
	for _, in := range pr.Inputs {
		m.CompressedBytes += max(in.Size, 0)
	}
	m.SetInputBytes(m.TextBytes)
	return m, nil
}
