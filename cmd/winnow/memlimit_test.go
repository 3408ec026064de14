package main

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSetMemoryLimit(t *testing.T) {
	current := func() int64 { return debug.SetMemoryLimit(-1) }
	before := current()
	tests := []struct {
		name       string
		gomemlimit string
		limit      int64
		want       int64
	}{
		{"sets the limit", "", 300 << 20, 300 << 20},
		{"zero leaves it alone", "", 0, before},
		{"GOMEMLIMIT wins", "1GiB", 300 << 20, before},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOMEMLIMIT", tt.gomemlimit)
			restore := setMemoryLimit(tt.limit)
			assert.Equal(t, tt.want, current())
			restore()
			assert.Equal(t, before, current(), "restored")
		})
	}
}

func TestCleanMemoryLimitUsage(t *testing.T) {
	code, _, stderr := winnow(t, "", "clean", "--memory-limit", "-1", "-o", t.TempDir())
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--memory-limit")
}
