package bench

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewSeedSpread(t *testing.T) {
	tests := []struct {
		name        string
		runs        []SeedRun
		body, macro Spread
	}{
		{"none", nil, Spread{}, Spread{}},
		{"one", []SeedRun{{Seed: 1, BodyF1: 0.95, MacroF1: 0.8}}, Spread{0.95, 0.95, 0.95}, Spread{0.8, 0.8, 0.8}},
		{
			"four",
			[]SeedRun{{Seed: 1, BodyF1: 0.9499, MacroF1: 0.8005}, {Seed: 2, BodyF1: 0.9504, MacroF1: 0.7966}, {Seed: 3, BodyF1: 0.9491, MacroF1: 0.7950}, {Seed: 4, BodyF1: 0.9480, MacroF1: 0.7990}},
			Spread{0.94935, 0.9480, 0.9504},
			Spread{0.797775, 0.7950, 0.8005},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSeedSpread(tt.runs)
			assert.Equal(t, tt.runs, s.Runs)
			assert.InDelta(t, tt.body.Mean, s.BodyF1.Mean, 1e-12)
			assert.Equal(t, tt.body.Min, s.BodyF1.Min)
			assert.Equal(t, tt.body.Max, s.BodyF1.Max)
			assert.InDelta(t, tt.macro.Mean, s.MacroF1.Mean, 1e-12)
			assert.Equal(t, tt.macro.Min, s.MacroF1.Min)
			assert.Equal(t, tt.macro.Max, s.MacroF1.Max)
		})
	}
}

func TestWriteSeedSpread(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteSeedSpread(&b, &Report{Name: "rules"}))
	assert.Empty(t, b.String(), "nothing for a report without seeds")

	r := &Report{Name: "model", Seeds: NewSeedSpread([]SeedRun{
		{Seed: 1, BodyPrecision: 0.94, BodyRecall: 0.96, BodyF1: 0.95, MacroF1: 0.80, Accuracy: 0.89},
		{Seed: 7, BodyPrecision: 0.93, BodyRecall: 0.95, BodyF1: 0.94, MacroF1: 0.78, Accuracy: 0.88},
	})}
	require.NoError(t, WriteSeedSpread(&b, r))
	assert.Equal(t, `
model — the same cross-validation with 2 training seeds:
seed     body P   body R  body F1  macro F1  accuracy
1        0.9400   0.9600   0.9500    0.8000    0.8900
7        0.9300   0.9500   0.9400    0.7800    0.8800
body F1 mean 0.9450 (0.9400 to 0.9500), macro F1 mean 0.7900 (0.7800 to 0.8000)
`, b.String())
}
