package errread

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReader(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name string
		r    io.Reader
		want error
	}{
		{"clean end", strings.NewReader("abc"), nil},
		{"source error", io.MultiReader(strings.NewReader("ab"), iotest.ErrReader(boom)), boom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Reader{R: tt.r}
			b, err := io.ReadAll(r)
			assert.Equal(t, tt.want, err)
			assert.Equal(t, tt.want, r.Err, "the first error other than EOF is kept")
			if tt.want == nil {
				require.Equal(t, "abc", string(b))
			}
		})
	}
}

func TestReaderKeepsTheFirstError(t *testing.T) {
	first, second := errors.New("first"), errors.New("second")
	r := &Reader{R: iotest.ErrReader(first)}
	_, _ = r.Read(make([]byte, 1))
	r.R = iotest.ErrReader(second)
	_, err := r.Read(make([]byte, 1))
	assert.Equal(t, second, err)
	assert.Equal(t, first, r.Err)
}
