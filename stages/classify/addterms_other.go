//go:build !amd64 || purego

package classify

import "github.com/winnowhq/winnow/corpus"

// addTerms is addTermsGo (addterms_amd64.go has it in SSE).
func addTerms(a0, a1, a2, a3, a4 float32, w *[baseDim * corpus.NumLabels]float32, ts []baseTerm) (float32, float32, float32, float32, float32) {
	return addTermsGo(a0, a1, a2, a3, a4, w, ts)
}

// denseScores is denseScoresGo (addterms_amd64.go has it in SSE).
func (m *Model) denseScores(v *vectors, i int) (float32, float32, float32, float32, float32) {
	return m.denseScoresGo(v, i)
}

// stackScores is stackScoresGo (addterms_amd64.go has it in SSE).
func stackScores(w, head []float32, base []baseTerm, z []float32) {
	stackScoresGo(w, head, base, z)
}
