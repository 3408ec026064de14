package bench

import (
	"fmt"
	"io"
	"math"
)

// SeedRun is a learned classifier's cross-validated scores with one
// training seed (see SeedSpread).
type SeedRun struct {
	Seed          uint64  `json:"seed"`
	BodyPrecision float64 `json:"body_shingle_precision"`
	BodyRecall    float64 `json:"body_shingle_recall"`
	BodyF1        float64 `json:"body_shingle_f1"`
	MacroF1       float64 `json:"macro_f1"`
	Accuracy      float64 `json:"accuracy"`
}

// SeedRunOf returns the scores of a report of the cross-validation made
// with training seed seed.
func SeedRunOf(seed uint64, r *Report) SeedRun {
	return SeedRun{
		Seed:          seed,
		BodyPrecision: r.Shingle.Precision,
		BodyRecall:    r.Shingle.Recall,
		BodyF1:        r.Shingle.F1,
		MacroF1:       r.Labels.MacroF1,
		Accuracy:      r.Labels.Accuracy,
	}
}

// Spread is the mean, least and greatest of a score over runs.
type Spread struct {
	Mean float64 `json:"mean"`
	Min  float64 `json:"min"`
	Max  float64 `json:"max"`
}

// spreadOf returns the Spread of values (zero for none).
func spreadOf(values []float64) Spread {
	if len(values) == 0 {
		return Spread{}
	}
	s := Spread{Min: math.Inf(1), Max: math.Inf(-1)}
	for _, v := range values {
		s.Mean += v
		s.Min = min(s.Min, v)
		s.Max = max(s.Max, v)
	}
	s.Mean /= float64(len(values))
	return s
}

// SeedSpread is how much a learned classifier's cross-validated scores
// move with its training seed alone: the same folds, the same documents,
// another order of the examples (and other members' seeds). A difference
// between two classifiers smaller than this spread is not one.
type SeedSpread struct {
	Runs    []SeedRun `json:"runs"`
	BodyF1  Spread    `json:"body_shingle_f1"`
	MacroF1 Spread    `json:"macro_f1"`
}

// NewSeedSpread summarises runs.
func NewSeedSpread(runs []SeedRun) *SeedSpread {
	body := make([]float64, len(runs))
	macro := make([]float64, len(runs))
	for i, r := range runs {
		body[i], macro[i] = r.BodyF1, r.MacroF1
	}
	return &SeedSpread{Runs: runs, BodyF1: spreadOf(body), MacroF1: spreadOf(macro)}
}

// WriteSeedSpread prints a report's seed spread as a table, under the name
// of the classifier; nothing when the report has none.
func WriteSeedSpread(w io.Writer, r *Report) error {
	s := r.Seeds
	if s == nil || len(s.Runs) == 0 {
		return nil
	}
	if _, err := fmt.Fprintf(w, "\n%s — the same cross-validation with %d training seeds:\n%-6s %8s %8s %8s %9s %9s\n",
		r.Name, len(s.Runs), "seed", "body P", "body R", "body F1", "macro F1", "accuracy"); err != nil {
		return err
	}
	for _, run := range s.Runs {
		if _, err := fmt.Fprintf(w, "%-6d %8.4f %8.4f %8.4f %9.4f %9.4f\n",
			run.Seed, run.BodyPrecision, run.BodyRecall, run.BodyF1, run.MacroF1, run.Accuracy); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "body F1 mean %.4f (%.4f to %.4f), macro F1 mean %.4f (%.4f to %.4f)\n",
		s.BodyF1.Mean, s.BodyF1.Min, s.BodyF1.Max, s.MacroF1.Mean, s.MacroF1.Min, s.MacroF1.Max)
	return err
}
