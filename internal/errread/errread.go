// Package errread remembers the first error of a reader, so that a caller
// reading through a decompressor can tell a failing source (a disk error, a
// closed pipe) from a corrupt compressed stream.
package errread

import "io"

// Reader reads from R and remembers in Err the first error other than
// io.EOF that R returned.
type Reader struct {
	R   io.Reader
	Err error
}

// Read implements io.Reader.
func (t *Reader) Read(p []byte) (int, error) {
	n, err := t.R.Read(p)
	if err != nil && err != io.EOF && t.Err == nil {
		t.Err = err
	}
	return n, err
}
