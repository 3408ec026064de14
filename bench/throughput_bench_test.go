package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/pipeline"
	"github.com/winnowhq/winnow/stages"
	"github.com/winnowhq/winnow/stages/classify"
	"github.com/winnowhq/winnow/stages/features"
	"github.com/winnowhq/winnow/stages/filter"
	"github.com/winnowhq/winnow/stages/normalize"
	"github.com/winnowhq/winnow/stages/split"
)

// Benchmarks of every stage and of the whole pipeline on the real text
// dumps of shared/benchmarks/article-extraction (181 pages, 1.7 MB of
// JSONL). One op is the whole page set; SetBytes is the bytes the stage
// reads (JSONL for read, pipeline and floor; page text for the stages), so
// MB/s compare across stages. Run them with
//
//	go test -run '^$' -bench . -count 6 ./bench | tee new.txt
//
// and compare runs with benchstat (the machine is shared: use medians).

// benchData is the benchmark input at every step of the pipeline.
type benchData struct {
	jsonl    []byte               // page-text.json as JSONL
	raw      [][]byte             // page texts
	text     []string             // normalised
	paras    [][]corpus.Paragraph // split
	labelled []*corpus.Document   // classified by the default model
	rawBytes int64
}

var (
	benchOnce sync.Once
	benchD    *benchData
	benchErr  error
)

func loadBenchData(b *testing.B) *benchData {
	b.Helper()
	benchOnce.Do(func() {
		dir := filepath.Join("..", "..", "shared", "benchmarks", "article-extraction")
		var buf bytes.Buffer
		if _, _, err := PrepareArticleInput(dir, 1, &buf); err != nil {
			benchErr = err
			return
		}
		d := &benchData{jsonl: buf.Bytes()}
		texts, err := ReadTexts(context.Background(), []corpus.Input{memoryInput(d.jsonl)}, corpus.ReadOptions{}, 1<<40)
		if err != nil {
			benchErr = err
			return
		}
		m, err := classify.DefaultModel()
		if err != nil {
			benchErr = err
			return
		}
		for _, t := range texts {
			raw := []byte(t)
			d.raw = append(d.raw, raw)
			d.rawBytes += int64(len(raw))
			norm, _ := normalize.Text(raw)
			d.text = append(d.text, norm)
			ps := split.Paragraphs(norm, nil)
			d.paras = append(d.paras, ps)
			doc := &corpus.Document{ID: fmt.Sprint(len(d.labelled)), Raw: raw, Text: norm, Paragraphs: slices.Clone(ps)}
			if err := (classify.Stage{C: m}).Process(context.Background(), doc); err != nil {
				benchErr = err
				return
			}
			d.labelled = append(d.labelled, doc)
		}
		benchD = d
	})
	if benchErr != nil {
		if os.Getenv("CI") == "true" {
			b.Fatalf("benchmark data: %v", benchErr)
		}
		b.Skipf("benchmark data: %v", benchErr)
	}
	return benchD
}

// memoryInput is a JSONL input held in memory.
func memoryInput(data []byte) corpus.Input {
	return corpus.Input{Name: "bench.jsonl", Format: corpus.FormatJSONL, Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(data)), nil
	}}
}

func BenchmarkStage(b *testing.B) {
	d := loadBenchData(b)
	ctx := context.Background()
	b.Run("read", func(b *testing.B) {
		b.SetBytes(int64(len(d.jsonl)))
		b.ReportAllocs()
		for b.Loop() {
			r := corpus.NewMultiReader([]corpus.Input{memoryInput(d.jsonl)}, corpus.ReadOptions{})
			for {
				if _, err := r.Next(ctx); err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("normalize", func(b *testing.B) {
		b.SetBytes(d.rawBytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, raw := range d.raw {
				normalize.Text(raw)
			}
		}
	})
	b.Run("split", func(b *testing.B) {
		b.SetBytes(d.rawBytes)
		b.ReportAllocs()
		var dst []corpus.Paragraph
		for b.Loop() {
			for _, t := range d.text {
				dst = split.Paragraphs(t, dst[:0])
			}
		}
	})
	b.Run("features", func(b *testing.B) {
		x, err := features.DefaultExtractor()
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(d.rawBytes)
		b.ReportAllocs()
		var sc features.Scratch
		var dst []features.Features
		for b.Loop() {
			for _, ps := range d.paras {
				dst, _ = x.Document(ps, dst[:0], &sc)
			}
		}
	})
	classifiers := []struct {
		name string
		load func() (classify.Classifier, error)
	}{
		{"model", func() (classify.Classifier, error) { return classify.DefaultModel() }},
		{"rules", func() (classify.Classifier, error) { return classify.DefaultRules() }},
	}
	for _, c := range classifiers {
		b.Run("classify="+c.name, func(b *testing.B) {
			cl, err := c.load()
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(d.rawBytes)
			b.ReportAllocs()
			for b.Loop() {
				for _, ps := range d.paras {
					cl.Classify(ps)
				}
			}
		})
	}
	b.Run("keep", func(b *testing.B) {
		k := filter.Keep{Labels: corpus.NewLabelSet(corpus.Body)}
		b.SetBytes(d.rawBytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, doc := range d.labelled {
				if err := k.Process(ctx, doc); err != nil {
					if _, ok := stages.AsDrop(err); !ok {
						b.Fatal(err)
					}
				}
			}
		}
	})
	// encode is BenchmarkAppendRecord in package corpus; write is encoding
	// plus compression plus file output, as the pipeline's writer does it.
	b.Run("write", func(b *testing.B) {
		k := filter.Keep{Labels: corpus.NewLabelSet(corpus.Body)}
		for _, doc := range d.labelled {
			_ = k.Process(ctx, doc)
		}
		w, err := corpus.NewShardWriter(b.TempDir(), corpus.ShardOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(d.rawBytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, doc := range d.labelled {
				if err := w.Write(ctx, doc); err != nil {
					b.Fatal(err)
				}
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	})
	for _, lvl := range []zstd.EncoderLevel{zstd.SpeedFastest, zstd.SpeedDefault} {
		// compress: zstd on one core, as the shard writer (SpeedDefault) and
		// the floor (SpeedFastest) use it, on the JSONL bytes.
		b.Run("compress="+lvl.String(), func(b *testing.B) {
			enc, err := zstd.NewWriter(io.Discard, zstd.WithEncoderLevel(lvl), zstd.WithEncoderConcurrency(1))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(d.jsonl)))
			b.ReportAllocs()
			for b.Loop() {
				enc.Reset(io.Discard)
				if _, err := enc.Write(d.jsonl); err != nil {
					b.Fatal(err)
				}
				if err := enc.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPipeline runs the whole clean pipeline (JSONL in memory →
// MultiReader → normalise, split, classify, keep → zstd shards in a
// temporary directory) per classifier and worker count. SetBytes is the
// JSONL size, as in winnow bench.
func BenchmarkPipeline(b *testing.B) {
	d := loadBenchData(b)
	ctx := context.Background()
	workers := []int{1, 2, runtime.NumCPU()}
	slices.Sort(workers)
	workers = slices.Compact(workers)
	for _, name := range []string{"model", "rules"} {
		var c classify.Classifier
		var err error
		if name == "model" {
			c, err = classify.DefaultModel()
		} else {
			c, err = classify.DefaultRules()
		}
		if err != nil {
			b.Fatal(err)
		}
		sts := []stages.Stage{normalize.Stage{}, split.Stage{}, classify.Stage{C: c}, filter.Keep{Labels: corpus.NewLabelSet(corpus.Body)}}
		for _, w := range workers {
			b.Run(fmt.Sprintf("classifier=%s/workers=%d", name, w), func(b *testing.B) {
				dir := b.TempDir()
				b.SetBytes(int64(len(d.jsonl)))
				b.ReportAllocs()
				for b.Loop() {
					sw, err := corpus.NewShardWriter(dir, corpus.ShardOptions{Overwrite: true})
					if err != nil {
						b.Fatal(err)
					}
					r := corpus.NewMultiReader([]corpus.Input{memoryInput(d.jsonl)}, corpus.ReadOptions{})
					if _, err := pipeline.Run(ctx, r, sw, sts, pipeline.WithWorkers(w)); err != nil {
						b.Fatal(err)
					}
					if err := sw.Close(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkFloor is the floor of winnow bench: the JSONL read and
// compressed with zstd at its fastest level on one core.
func BenchmarkFloor(b *testing.B) {
	d := loadBenchData(b)
	b.SetBytes(int64(len(d.jsonl)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := floorCopy(context.Background(), []corpus.Input{memoryInput(d.jsonl)}, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
