package corpus

// Cursor is a position in a reader's input list: how far reading has got.
// The zero Cursor is the start of the first input. A pipeline that has
// written (or dropped) every record up to and including document d resumes
// from After(d); see ReadOptions.Start.
type Cursor struct {
	// Seq is the Seq of the next document.
	Seq int64 `json:"seq"`
	// Input is the index of the input to read next in the input list.
	Input int `json:"input"`
	// Record is the number of records of that input already consumed
	// (documents and rejected records; blank JSONL lines are not records).
	Record int64 `json:"record"`
}

// After returns the cursor just past document d: reading from it yields the
// record that followed d in the input.
func After(d *Document) Cursor {
	return Cursor{Seq: d.Seq + 1, Input: d.Input, Record: d.Record + 1}
}

// IsZero reports whether c is the start of the input.
func (c Cursor) IsZero() bool { return c == Cursor{} }
