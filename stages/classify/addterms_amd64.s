//go:build amd64 && !purego

#include "textflag.h"

// func addSegments(acc *[5]float32, segs *termSeg, nseg int)
//
// For each of the nseg segments at segs (w, ts, n: 24 bytes), in order:
// when n >= 0, for each of the n terms at ts (row int32, x float32: 8
// bytes), in order, acc[k] += x * w[row+k] for k = 0…4; when n < 0,
// acc[k] += w[k] (a feature of value 1, whose products are left out).
// Labels 0-3 are one SSE register, label 4 a scalar: MULPS and ADDPS round
// each lane as MULSS and ADDSS do, and every product and sum is formed
// from the same operands in the same order as the Go code (addTermsGo,
// scoresFromBase's addOne), so the sums are the same to the bit. The rows
// are not bounds-checked: appendTerms makes them, each a feature's index
// (under baseDim) times NumLabels, and termSegs their blocks.
TEXT ·addSegments(SB), NOSPLIT, $0-24
	MOVQ   acc+0(FP), AX
	MOVQ   segs+8(FP), R8
	MOVQ   nseg+16(FP), R9
	MOVUPS (AX), X0          // a0…a3
	MOVSS  16(AX), X1        // a4
	TESTQ  R9, R9
	JLE    done
	LEAQ   (R9)(R9*2), R9
	LEAQ   (R8)(R9*8), R9    // end of the segments

seg:
	MOVQ 0(R8), DI           // w
	MOVQ 8(R8), SI           // ts
	MOVQ 16(R8), CX          // n
	TESTQ CX, CX
	JL   one
	JE   next
	LEAQ (SI)(CX*8), CX      // end of the terms

loop:
	MOVLQSX (SI), DX         // row
	MOVSS   4(SI), X2        // x
	MOVUPS  (DI)(DX*4), X3   // w[row…row+3]
	MOVSS   16(DI)(DX*4), X4 // w[row+4]
	SHUFPS  $0, X2, X2       // x in every lane
	MULPS   X2, X3           // w[row+k] * x
	MULSS   X2, X4
	ADDPS   X3, X0           // a[k] + product
	ADDSS   X4, X1
	ADDQ    $8, SI
	CMPQ    SI, CX
	JB      loop
	JMP     next

one:
	MOVUPS (DI), X3          // w[0…3]
	MOVSS  16(DI), X4        // w[4]
	ADDPS  X0, X3            // w[k] + a[k]
	ADDSS  X1, X4
	MOVAPS X3, X0
	MOVAPS X4, X1

next:
	ADDQ $24, R8
	CMPQ R8, R9
	JB   seg

done:
	MOVUPS X0, (AX)
	MOVSS  X1, 16(AX)
	RET

// func addDense(acc *[5]float32, w *float32, x *float32, n int)
//
// For j = 0…n-1, in order, when x[j] is not zero (a NaN is not):
// acc[k] += x[j] * w[5j+k] for k = 0…4, the same products and sums as
// stackScoresGo's loop over the head of a second-layer vector.
TEXT ·addDense(SB), NOSPLIT, $0-32
	MOVQ   acc+0(FP), AX
	MOVQ   w+8(FP), DI
	MOVQ   x+16(FP), SI
	MOVQ   n+24(FP), CX
	MOVUPS (AX), X0          // a0…a3
	MOVSS  16(AX), X1        // a4
	XORPS  X5, X5            // zero
	TESTQ  CX, CX
	JLE    densedone
	LEAQ   (SI)(CX*4), CX    // end of x

denseloop:
	MOVSS   (SI), X2         // x[j]
	UCOMISS X5, X2
	JNE     nonzero
	JPC     densenext        // ordered and equal: zero, skipped

nonzero:
	MOVUPS  (DI), X3         // w[5j…5j+3]
	MOVSS   16(DI), X4       // w[5j+4]
	SHUFPS  $0, X2, X2
	MULPS   X2, X3
	MULSS   X2, X4
	ADDPS   X3, X0
	ADDSS   X4, X1

densenext:
	ADDQ    $4, SI
	ADDQ    $20, DI
	CMPQ    SI, CX
	JB      denseloop

densedone:
	MOVUPS X0, (AX)
	MOVSS  X1, 16(AX)
	RET
