package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnowhq/winnow/corpus"
)

func TestHashedRows(t *testing.T) {
	const L = corpus.NumLabels
	dm := defaultModelT(t)
	tests := []struct {
		name string
		w    []float32
	}{
		{"text model", dm.hashed},
		{"html model", dm.HTMLModel().hashed},
		{"tiny model", tinyModel(t, false).hashed},
		{"all zero", make([]float32, (1<<HashBits)*L)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := newHashedRows(tt.w)
			nonZero := 0
			for h := uint32(0); h < 1<<HashBits; h++ {
				want := tt.w[int(h)*L : int(h+1)*L]
				got := rows.row(h)
				if allZero(want) {
					require.Nil(t, got, "bucket %d", h)
					continue
				}
				nonZero++
				require.NotNil(t, got, "bucket %d", h)
				require.Equal(t, want, got[:], "bucket %d", h)
			}
			assert.Len(t, rows.rows, nonZero*L, "only the non-zero rows are kept")
		})
	}
	t.Run("built once per model", func(t *testing.T) {
		a, b := dm.hashedRows(), dm.WithFocus(Precision).hashedRows()
		assert.Same(t, a, b, "copies of a model share their weights and their compact form")
		assert.Same(t, a, dm.hashedRows())
		assert.NotSame(t, a, dm.HTMLModel().hashedRows())
	})
}
