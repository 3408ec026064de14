// Command winnow-label derives and reviews line-level gold labels for a
// benchmark in the article-extraction layout (page-text.json and
// ground-truth.json), as described in docs/labelling.md.
//
//	winnow-label derive -bench DIR -corrections FILE -o FILE
//	winnow-label show -bench DIR -gold FILE [-from N] KEY...
//
// derive aligns every non-empty line of each page dump with the gold article
// body (body or not), labels the rest with the rule classifier as a bootstrap
// (bio, promo, comment, chrome), then applies the hand corrections and writes
// a gold set (corpus/goldset format: no page text, only index, hash, label).
// show prints pages with their labels for review.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/winnowhq/winnow/bench"
	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/corpus/goldset"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "winnow-label:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: winnow-label derive|show [flags]")
	}
	fs := flag.NewFlagSet("winnow-label "+args[0], flag.ContinueOnError)
	benchDir := fs.String("bench", "../shared/benchmarks/article-extraction", "benchmark `DIR`")
	corrections := fs.String("corrections", "", "hand corrections: a `FILE` or a directory of *.txt files (KEY INDEX LABEL [# note] per line)")
	out := fs.String("o", "", "output gold set `FILE`")
	goldPath := fs.String("gold", "", "gold set `FILE` to show")
	bootPath := fs.String("bootstrap", "", "take the non-body labels from this frozen bootstrap gold set `FILE` instead of running the rules (so that later changes to the rules do not move labels under the hand corrections)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	b, err := bench.LoadArticleBenchmark(*benchDir)
	if err != nil {
		return err
	}
	switch args[0] {
	case "derive":
		if *out == "" {
			return fmt.Errorf("derive needs -o FILE")
		}
		var boot *goldset.Set
		if *bootPath != "" {
			f, err := os.Open(*bootPath)
			if err != nil {
				return err
			}
			boot, err = goldset.Read(f)
			f.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", *bootPath, err)
			}
		}
		set, stats, err := derive(b, boot)
		if err != nil {
			return err
		}
		applied := 0
		if *corrections != "" {
			files := []string{*corrections}
			if st, err := os.Stat(*corrections); err == nil && st.IsDir() {
				files, err = filepath.Glob(filepath.Join(*corrections, "*.txt"))
				if err != nil {
					return err
				}
				sort.Strings(files)
			}
			for _, f := range files {
				n, err := applyCorrections(set, b, f)
				if err != nil {
					return err
				}
				applied += n
			}
		}
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		header := fmt.Sprintf("Line-level gold labels for %d pages of %s.\nMade by: go run ./cmd/winnow-label derive (see docs/labelling.md); %d hand corrections applied.\nFormat: corpus/goldset.", len(set.Pages), "shared/benchmarks/article-extraction", applied)
		if err := set.Write(f, header); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		for _, p := range set.Pages {
			for _, l := range p.Lines {
				stats.lines++
				stats.counts[l.Label]++
			}
		}
		fmt.Fprintf(stdout, "%d pages, %d lines: %s; %d hand corrections\n", len(set.Pages), stats.lines, stats.labels(), applied)
		return nil
	case "show":
		if *goldPath == "" {
			return fmt.Errorf("show needs -gold FILE")
		}
		return show(stdout, b, *goldPath, fs.Args())
	}
	return fmt.Errorf("unknown command %q", args[0])
}

type deriveStats struct {
	lines  int
	counts [corpus.NumLabels]int
}

func (s deriveStats) labels() string {
	var parts []string
	for _, l := range corpus.Labels() {
		parts = append(parts, fmt.Sprintf("%s %d", l, s.counts[l]))
	}
	return strings.Join(parts, ", ")
}

// derive makes the automatic labels of every page.
func derive(b *bench.ArticleBenchmark, frozen *goldset.Set) (*goldset.Set, deriveStats, error) {
	frozenPages := map[string]goldset.Page{}
	if frozen != nil {
		for _, p := range frozen.Pages {
			frozenPages[p.Key] = p
		}
	}
	rules, err := classify.DefaultRules()
	if err != nil {
		return nil, deriveStats{}, err
	}
	var st deriveStats
	set := &goldset.Set{}
	for _, key := range b.Keys {
		lines := goldset.Lines(b.PageText[key])
		body := bodyLines(lines, b.Gold[key])
		if h := headline(lines, body); h >= 0 {
			body[h] = true
		}
		var boot []corpus.Label
		if fp, ok := frozenPages[key]; ok && len(fp.Lines) == len(lines) {
			for i, l := range fp.Lines {
				if l.Hash != goldset.Hash(lines[i]) {
					return nil, st, fmt.Errorf("bootstrap page %s line %d: hash mismatch", key, i)
				}
				boot = append(boot, l.Label)
			}
		} else {
			if frozen != nil {
				return nil, st, fmt.Errorf("bootstrap has no page %s", key)
			}
			boot = bootstrap(rules, b.PageText[key], lines)
		}
		p := goldset.Page{Key: key}
		for i, line := range lines {
			l := boot[i]
			if body[i] {
				l = corpus.Body
			} else if l == corpus.Body {
				l = corpus.Chrome
			}
			p.Lines = append(p.Lines, goldset.Line{Index: i, Hash: goldset.Hash(line), Label: l})
		}
		set.Pages = append(set.Pages, p)
	}
	return set, st, nil
}

// headline returns the line just before the body that repeats the page
// title (the first line), or -1. The taxonomy counts the headline as body,
// while the benchmark's gold leaves it out.
func headline(lines []string, body []bool) int {
	first := -1
	for i, b := range body {
		if b {
			first = i
			break
		}
	}
	if first <= 0 {
		return -1
	}
	title := map[string]bool{}
	for _, t := range bench.Tokens(strings.ToLower(lines[0])) {
		title[t] = true
	}
	for i := first - 1; i >= 1 && i >= first-10; i-- {
		t := bench.Tokens(strings.ToLower(lines[i]))
		if len(t) < 3 || len(t) > 30 {
			continue
		}
		hit := 0
		for _, w := range t {
			if title[w] {
				hit++
			}
		}
		if hit*10 >= len(t)*8 {
			return i
		}
	}
	return -1
}

// bootstrap labels each line with the rule classifier.
func bootstrap(rules *classify.Rules, text string, lines []string) []corpus.Label {
	d := &corpus.Document{Raw: []byte(text)}
	ctx := context.Background()
	_ = normalize.Stage{}.Process(ctx, d)
	_ = split.Stage{}.Process(ctx, d)
	_ = classify.Stage{C: rules}.Process(ctx, d)
	out := make([]corpus.Label, len(lines))
	j := 0
	for i, line := range lines {
		norm, _ := normalize.Text([]byte(line))
		norm = strings.Join(strings.Fields(norm), " ")
		out[i] = corpus.Chrome
		for k := j; k < len(d.Paragraphs) && k < j+5; k++ {
			if strings.Contains(d.Paragraphs[k].Text, norm) {
				out[i] = d.Paragraphs[k].Label
				if d.Paragraphs[k].Text == norm {
					k++
				}
				j = k
				break
			}
		}
	}
	return out
}

// applyCorrections sets the labels given in a corrections file: lines of
// "KEY INDEX LABEL", optionally followed by "# note".
func applyCorrections(set *goldset.Set, b *bench.ArticleBenchmark, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	pages := map[string]*goldset.Page{}
	for i := range set.Pages {
		pages[set.Pages[i].Key] = &set.Pages[i]
	}
	sc := bufio.NewScanner(f)
	n, applied := 0, 0
	for sc.Scan() {
		n++
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 3 {
			return 0, fmt.Errorf("%s:%d: want KEY INDEX LABEL", path, n)
		}
		p, ok := pages[fields[0]]
		if !ok {
			return 0, fmt.Errorf("%s:%d: unknown page %s", path, n, fields[0])
		}
		idx, err := strconv.Atoi(fields[1])
		if err != nil || idx < 0 || idx >= len(p.Lines) {
			return 0, fmt.Errorf("%s:%d: bad line index %q", path, n, fields[1])
		}
		l, err := corpus.ParseLabel(fields[2])
		if err != nil {
			return 0, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		p.Lines[idx].Label = l
		applied++
	}
	return applied, sc.Err()
}

// show prints the labelled lines of the given pages (all when none given).
func show(w io.Writer, b *bench.ArticleBenchmark, goldPath string, keys []string) error {
	f, err := os.Open(goldPath)
	if err != nil {
		return err
	}
	set, err := goldset.Read(f)
	f.Close()
	if err != nil {
		return err
	}
	docs, err := set.Join(b.PageText)
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	for _, d := range docs {
		if len(want) > 0 && !want[d.ID] {
			continue
		}
		fmt.Fprintf(bw, "page %s  %s\n", d.ID, b.URL[d.ID])
		for i, p := range d.Paragraphs {
			text := p.Text
			if r := []rune(text); len(r) > 160 {
				text = string(r[:160]) + "…"
			}
			fmt.Fprintf(bw, "%4d %-7s %s\n", i, p.Label, text)
		}
		fmt.Fprintln(bw)
	}
	return nil
}
