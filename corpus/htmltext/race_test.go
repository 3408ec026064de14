//go:build race

package htmltext

// raceEnabled is true under the race detector, which slows this
// single-goroutine code tenfold without finding anything in it: the
// heaviest tests then check without timing.
const raceEnabled = true
