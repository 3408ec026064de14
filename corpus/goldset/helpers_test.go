package goldset

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

func readPageTexts(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var pt struct {
		Output map[string]struct {
			ArticleBody string `json:"articleBody"`
		} `json:"output"`
	}
	require.NoError(t, json.Unmarshal(b, &pt))
	out := map[string]string{}
	for k, v := range pt.Output {
		out[k] = v.ArticleBody
	}
	return out
}
