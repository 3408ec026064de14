package split

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/winnowhq/winnow/stages/normalize"
)

func TestZZSplit(t *testing.T) {
	out := os.Getenv("ZZ_OUT")
	if out == "" {
		t.Skip()
	}
	texts := map[string]string{}
	for _, dir := range []string{"/work/shared/benchmarks/article-extraction", "/work/shared/benchmarks/readability-pages"} {
		var pt struct {
			Output map[string]struct {
				ArticleBody string `json:"articleBody"`
			} `json:"output"`
		}
		b, _ := os.ReadFile(filepath.Join(dir, "page-text.json"))
		if err := json.Unmarshal(b, &pt); err != nil {
			t.Fatal(err)
		}
		for k, v := range pt.Output {
			texts[filepath.Base(dir)+"/"+k] = v.ArticleBody
		}
	}
	files, _ := filepath.Glob("/tmp/rp_*/page-text.json")
	for _, f := range files {
		var pt struct {
			Output map[string]struct {
				ArticleBody string `json:"articleBody"`
			} `json:"output"`
		}
		b, _ := os.ReadFile(f)
		if json.Unmarshal(b, &pt) != nil {
			continue
		}
		for k, v := range pt.Output {
			texts[filepath.Base(filepath.Dir(f))+"/"+k] = v.ArticleBody
		}
	}
	pages, _ := filepath.Glob("/work/main/bench/testdata/*/pages/*.txt")
	for _, p := range pages {
		if strings.Contains(p, "/ya/") || strings.Contains(p, "/yb/") {
			continue
		}
		b, _ := os.ReadFile(p)
		texts[p] = string(b)
	}
	keys := make([]string, 0, len(texts))
	for k := range texts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		nt, _ := normalize.Text([]byte(texts[k]))
		ps := Paragraphs(nt, nil)
		h := sha256.New()
		for _, p := range ps {
			fmt.Fprintf(h, "%d\x00%s\x01", p.Block, p.Text)
		}
		fmt.Fprintf(&sb, "%s %x %d\n", k, h.Sum(nil)[:8], len(ps))
	}
	os.WriteFile(out, []byte(sb.String()), 0o644)
}

func TestZZSplitPages(t *testing.T) {
	list := os.Getenv("ZZ_PAGES")
	if list == "" {
		t.Skip()
	}
	res := map[string][]string{}
	for _, p := range strings.Fields(list) {
		b, _ := os.ReadFile(p)
		nt, _ := normalize.Text(b)
		for _, q := range Paragraphs(nt, nil) {
			res[p] = append(res[p], q.Text)
		}
	}
	b, _ := json.Marshal(res)
	os.WriteFile(os.Getenv("ZZ_OUT"), b, 0o644)
}
