package pipeline

import (
	"fmt"
	"runtime/debug"
)

// StageError reports that a stage failed on a document: it returned an error
// that is not a drop, or it panicked (then Err is a *PanicError). A
// StageError is fatal: the run stops, the document and everything after it is
// discarded, and Run returns the error (wrapped, so use errors.As).
//
// A failing stage stops the run rather than rejecting the one document
// because an error that is not a drop means the stage, not the input, is
// broken; carrying on would silently produce a different corpus. A stage that
// wants to skip a bad document returns stages.Drop(reason) instead.
type StageError struct {
	// Stage is the failing stage's Name().
	Stage string
	// DocID is the document's ID.
	DocID string
	// Source and Position locate the document in the input.
	Source, Position string
	// Err is what the stage returned, or a *PanicError.
	Err error
}

// Error implements error.
func (e *StageError) Error() string {
	verb := "failed"
	if _, ok := e.Err.(*PanicError); ok {
		verb = "panicked"
	}
	where := ""
	switch {
	case e.Source != "" && e.Position != "":
		where = fmt.Sprintf(" (%s: %s)", e.Source, e.Position)
	case e.Source != "":
		where = fmt.Sprintf(" (%s)", e.Source)
	}
	return fmt.Sprintf("stage %q %s on document %q%s: %v", e.Stage, verb, e.DocID, where, e.Err)
}

// Unwrap returns the stage's error.
func (e *StageError) Unwrap() error { return e.Err }

// PanicError is a panic recovered from code the pipeline calls (a stage, the
// Reader, the Writer, or a callback given as an Option), turned into an
// error so the run stops cleanly instead of crashing.
type PanicError struct {
	// Value is the value passed to panic.
	Value any
	// Stack is the panicking goroutine's stack trace.
	Stack []byte
}

// Error implements error. It does not include the stack.
func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// Unwrap returns the panic value if it is an error.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// recovered turns a recovered panic value into a *PanicError; it must be
// called from the deferred function that recovered.
func recovered(v any) *PanicError {
	return &PanicError{Value: v, Stack: debug.Stack()}
}
