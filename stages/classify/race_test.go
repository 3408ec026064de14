//go:build race

package classify

// raceEnabled is true under the race detector, whose sync.Pool drops
// items at random: allocation counts are not steady there.
const raceEnabled = true
