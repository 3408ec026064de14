package bench

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/winnowhq/winnow/corpus/htmltext"
)

// WithHTMLParagraphs returns a copy of docs whose paragraphs are read from
// each page's saved HTML (dir/html/KEY.html.gz, the benchmark layout) with
// its markup structure, instead of from the plain-text dump. Gold labels
// and gold bodies stay as they are: they are matched to the HTML paragraphs
// by text.
func WithHTMLParagraphs(ctx context.Context, dir string, docs []EvalDoc) ([]EvalDoc, error) {
	out := make([]EvalDoc, len(docs))
	for i, d := range docs {
		raw, err := ReadPageHTML(dir, d.ID)
		if err != nil {
			return nil, err
		}
		page, err := htmltext.Extract(ctx, raw, "", htmltext.Options{})
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", d.ID, err)
		}
		d.Text = page.Text
		d.Paras = page.Paragraphs
		d.PageTitle = page.Meta["title"]
		if d.Paras == nil {
			d.Paras = nil
		}
		out[i] = d
	}
	return out, nil
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return b, nil
}

// ReadPageHTML returns the saved HTML of one page of a benchmark directory
// (dir/html/KEY.html.gz).
func ReadPageHTML(dir, key string) ([]byte, error) {
	return readGz(filepath.Join(dir, "html", key+".html.gz"))
}
