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

// lanesControl marks the lanes of w holding a control byte as textProblem
// counts them: C0 controls other than tab, line feed, vertical tab, form
// feed and carriage return (0x09-0x0d), and DEL: below 0x20 and not from
// 0x09 to 0x0d (low+0x60 reaches 0x80 from 0x20 on, low+0x77 from 0x09 on,
// low+0x72 from 0x0e on), or 0x7f (low+1 reaches 0x80).
func lanesControl(w uint64) uint64 {
	low := w & lanes7f
	below20 := ^(low + lanes01*0x60)
	atLeast09 := low + lanes01*0x77
	below0e := ^(low + lanes01*0x72)
	is7f := low + lanes01
	return (below20&^(atLeast09&below0e) | is7f) & ^w & lanes80
}

// lanesStringSpecial marks the lanes of w that end a run of plain JSON
// string bytes: '"', '\\' and control bytes below 0x20 (see strSpecial). A
// lane equals c when its low bits XOR c are zero, that is when adding 0x7f
// to them does not reach 0x80.
func lanesStringSpecial(w uint64) uint64 {
	low := w & lanes7f
	below20 := ^(low + lanes01*0x60)
	quote := ^((low ^ lanes01*'"') + lanes7f)
	backslash := ^((low ^ lanes01*'\\') + lanes7f)
	return (below20 | quote | backslash) & ^w & lanes80
}
