// Package stages defines the Stage interface that every per-document
// transformation implements, and the Drop error a stage returns to filter a
// document out. The stages themselves live in sub-packages: normalize, split,
// features, classify and filter.
package stages

import (
	"context"
	"errors"

	"github.com/winnowhq/winnow/corpus"
)

// Stage is one pure, deterministic step applied to a document. Returning a
// *DropError (see Drop) removes the document from the output and counts it
// under the drop's reason; any other error is a failure of the run.
type Stage interface {
	Name() string
	Process(ctx context.Context, d *corpus.Document) error
}

// DropError filters a document out of the output for a stated reason.
type DropError struct {
	// Reason is a short, stable key such as "no-body" used in statistics.
	Reason string
}

// Error implements error.
func (e *DropError) Error() string { return "dropped: " + e.Reason }

// Drop returns an error that filters the current document out for reason.
func Drop(reason string) error { return &DropError{Reason: reason} }

// AsDrop reports whether err is (or wraps) a *DropError and returns it.
func AsDrop(err error) (*DropError, bool) {
	var d *DropError
	ok := errors.As(err, &d)
	return d, ok
}
