//go:build !linux

package htmltext

import "time"

// onCPU runs f and returns the wall time it took (thread CPU time is read
// on Linux only).
func onCPU(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

// processCPU is not available outside Linux.
func processCPU() (time.Duration, bool) { return 0, false }
