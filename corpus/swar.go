package corpus

import "encoding/binary"

// Word-at-a-time byte classes for the reader's hot loops (SWAR: SIMD within
// a register). Each function takes eight bytes loaded little-endian into a
// uint64 and returns a mask with the high bit of every byte lane (0x80 <<
// 8k) set exactly where byte k is in the class; the first such byte is
// bits.TrailingZeros64(mask)/8. The arithmetic works on the low seven bits
// of each lane, where adding a constant below 0x80 cannot carry into the
// next lane, so every lane's answer is exact (not just "some lane").

const (
	lanes01 = 0x0101010101010101 // 0x01 in every lane
	lanes7f = 0x7f7f7f7f7f7f7f7f
	lanes80 = 0x8080808080808080 // the high bit of every lane
)

// load64 returns b[i:i+8] as a little-endian word; b must hold them.
func load64(b []byte, i int) uint64 {
	return binary.LittleEndian.Uint64(b[i : i+8])
}

// loadString64 returns s[i:i+8] as a little-endian word; s must hold them.
func loadString64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lanesBelow marks the ASCII lanes of w below n (n ≤ 0x80).
func lanesBelow(w uint64, n byte) uint64 {
	low := w & lanes7f
	// low + (0x80-n) reaches 0x80 exactly when low ≥ n.
	return ^(low + lanes01*uint64(0x80-n)) & ^w & lanes80
}

// lanesEqual marks the lanes of w equal to c (c < 0x80).
func lanesEqual(w uint64, c byte) uint64 {
	x := (w ^ lanes01*uint64(c)) & lanes7f // zero where the low bits match
	// x + 0x7f reaches 0x80 exactly when x ≠ 0.
	return ^(x + lanes7f) & ^w & lanes80
}

// lanesControl marks the lanes of w holding a control byte as textProblem
// counts them: C0 controls other than tab, line feed, vertical tab, form
// feed and carriage return (0x09-0x0d), and DEL. (It is lanesBelow and
// lanesEqual written out, to share their steps and stay inlinable.)
func lanesControl(w uint64) uint64 {
	low := w & lanes7f
	below20 := ^(low + lanes01*0x60)
	atLeast09 := low + lanes01*0x77
	below0e := ^(low + lanes01*0x72)
	is7f := low + lanes01
	return (below20&^(atLeast09&below0e) | is7f) & ^w & lanes80
}

// lanesStringSpecial marks the lanes of w that end a run of plain JSON
// string bytes: '"', '\\' and control bytes below 0x20 (see strSpecial).
func lanesStringSpecial(w uint64) uint64 {
	low := w & lanes7f
	below20 := ^(low + lanes01*0x60)
	quote := ^((low ^ lanes01*'"') + lanes7f)
	backslash := ^((low ^ lanes01*'\\') + lanes7f)
	return (below20 | quote | backslash) & ^w & lanes80
}

// lanesBackslash marks the lanes of w holding a backslash.
func lanesBackslash(w uint64) uint64 {
	return lanesEqual(w, '\\')
}
