//go:build !unix

package bench

import "time"

// processCPU returns 0: process CPU time is read on Unix systems only.
func processCPU() time.Duration { return 0 }
