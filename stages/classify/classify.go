// Package classify assigns every paragraph of a document one of the five
// labels with a confidence score. It defines the Classifier interface, the
// transparent rule-and-feature classifier (Rules) and the Stage that runs a
// classifier inside the pipeline.
package classify

import (
	"context"

	"github.com/winnowhq/winnow/corpus"
)

// Scored is a classifier's verdict on one paragraph.
type Scored struct {
	Label corpus.Label
	// Score is the confidence in Label, in [0, 1].
	Score float32
}

// Classifier labels the paragraphs of one document. It is pure: the same
// paragraphs always give the same result, and it must be safe for concurrent
// use by many goroutines. The result has one entry per paragraph, in order.
type Classifier interface {
	Classify(paras []corpus.Paragraph) []Scored
}

// Stage runs a Classifier on each document and stores the labels and scores
// in its paragraphs.
type Stage struct {
	C Classifier
}

// Name implements stages.Stage.
func (Stage) Name() string { return "classify" }

// Process implements stages.Stage.
func (s Stage) Process(ctx context.Context, d *corpus.Document) error {
	if len(d.Paragraphs) == 0 {
		return nil
	}
	out := s.C.Classify(d.Paragraphs)
	for i := range d.Paragraphs {
		d.Paragraphs[i].Label = out[i].Label
		d.Paragraphs[i].Score = out[i].Score
	}
	return nil
}
