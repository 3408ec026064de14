package corpus

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func jsonValid(s string) bool { return json.Valid([]byte(s)) }

// checkAgainstStdlib compares parseJSONLine with encoding/json on one line:
// both must agree on validity, on whether it is an object with a string
// "text" member, and (for valid UTF-8) on the decoded strings.
func checkAgainstStdlib(t testing.TB, line []byte) {
	t.Helper()
	opts := ReadOptions{}.withDefaults()
	f, reason := parseJSONLine(line, &opts)
	valid := json.Valid(line)
	malformed := len(reason) >= 9 && reason[:9] == "malformed"
	if valid == malformed {
		t.Fatalf("line %q: encoding/json valid=%v, reason %q", line, valid, reason)
	}
	if !valid {
		return
	}
	var obj map[string]json.RawMessage
	isObj := json.Unmarshal(line, &obj) == nil
	var text string
	hasText := false
	if isObj {
		if raw, ok := obj["text"]; ok {
			// A null text is no text (encoding/json leaves the string alone).
			hasText = string(raw) != "null" && json.Unmarshal(raw, &text) == nil
		}
	}
	if hasText != (reason == "") {
		t.Fatalf("line %q: encoding/json text=%v, reason %q", line, hasText, reason)
	}
	if reason != "" || !utf8.Valid(line) {
		return
	}
	d := jsonlDocument(line, &f, "f:", 1)
	if string(d.Raw) != text {
		t.Fatalf("line %q: text %q, encoding/json %q", line, d.Raw, text)
	}
	var id string
	if raw, ok := obj["id"]; ok && json.Unmarshal(raw, &id) == nil && id != "" {
		if d.ID != id {
			t.Fatalf("line %q: id %q, encoding/json %q", line, d.ID, id)
		}
	}
}

func TestParseJSONLineMatchesStdlib(t *testing.T) {
	for _, line := range jsonSeeds {
		checkAgainstStdlib(t, []byte(line))
	}
}

// jsonSeeds are lines exercising the scanner's corners.
var jsonSeeds = []string{
	`{}`, `{"text":""}`, `{"text":"a"}`, ` { "text" : "a" , "id" : "b" } `,
	`{"text":"\"\\\/\b\f\n\r\t\u0041\u00e9\u20ac\ud83d\ude00"}`,
	`{"text":"\ud800"}`, `{"text":"\udc00\ud800"}`, `{"text":"\ud83d\u0041"}`, `{"text":"\ud83d\ud83d\ude00"}`,
	`{"text":"\u12"}`, `{"text":"\u12g4"}`, `{"text":"\x"}`, `{"text":"a`, `{"text":"a"`, `{"text":"a",`,
	`{"text" "a"}`, `{text:"a"}`, `{"text":'a'}`, `{"a":1,"text":"t"}`, `{"a":[1,2,[3,{"b":null}]],"text":"t"}`,
	`{"a":-0,"b":-0.5e+10,"c":1E-2,"d":0.0,"text":"t"}`, `{"a":-,"text":"t"}`, `{"a":01}`, `{"a":1.}`, `{"a":1.e5}`,
	`{"a":.5}`, `{"a":1e}`, `{"a":1e+}`, `{"a":+1}`, `{"a":tru}`, `{"a":true,"b":false,"c":null,"text":"x"}`,
	`{"a":nul}`, `{"a":[}`, `{"a":[1,]}`, `{"a":[,1]}`, `{"a":{"b":}}`, `{"a":1}}`, `{"a":1}{`, `[]`, `[{"text":"a"}]`,
	`"text"`, `123`, `null`, `true`, ``, ` `, `{"text":"a"}  `, "{\"text\":\"a\"}\t", "{\"te\\u0078t\":\"escaped key\"}",
	"{\"text\":\"ctl\x01\"}", "{\"text\":\"del\x7f\"}", "{\"text\":\"\xff\"}", "\xff", "{\"text\":\"a\"}\x00",
	`{"id":12,"text":"n"}`, `{"id":"\u0000","text":"n"}`, `{"text":"\u2028\u2029"}`, `{"":"","text":"e"}`,
}

func TestJSONDepthLimit(t *testing.T) {
	deep := func(n int) []byte {
		b := []byte(`{"a":`)
		for range n {
			b = append(b, '[')
		}
		for range n {
			b = append(b, ']')
		}
		return append(b, `,"text":"t"}`...)
	}
	opts := ReadOptions{}.withDefaults()
	_, reason := parseJSONLine(deep(maxJSONDepth-1), &opts)
	assert.Equal(t, "", reason)
	assert.True(t, json.Valid(deep(maxJSONDepth-1)))
	_, reason = parseJSONLine(deep(maxJSONDepth), &opts)
	assert.Contains(t, reason, "exceeded max depth")
	assert.False(t, json.Valid(deep(maxJSONDepth)))
}

func TestAppendQuoted(t *testing.T) {
	for _, s := range []string{
		"", "plain", `quote " backslash \ slash /`, "\b\f\n\r\t\x00\x01\x1f\x7f",
		"<html> & co", "caf\u00e9 \u20ac \U0001F600", "\u2028\u2029", "bad \xff\xfe utf8 \xc3", "\xed\xa0\x80",
	} {
		got := appendQuoted(nil, s)
		require.True(t, json.Valid(got), "%q -> %s", s, got)
		var back string
		require.NoError(t, json.Unmarshal(got, &back))
		want, err := json.Marshal(s)
		require.NoError(t, err)
		var wantBack string
		require.NoError(t, json.Unmarshal(want, &wantBack))
		assert.Equal(t, wantBack, back, "%q", s)
		if utf8.ValidString(s) {
			assert.Equal(t, s, back)
		}
	}
	assert.Equal(t, `"a\"b\\c\n\u0001<>&\u2028"`, string(appendQuoted(nil, "a\"b\\c\n\x01<>&\u2028")))
}

func TestAppendScore(t *testing.T) {
	for _, tc := range []struct {
		in   float32
		want string
	}{
		{0, "0"}, {1, "1"}, {0.97313, "0.9731"}, {0.5, "0.5"}, {0.12345, "0.1235"}, {0.99999, "1"}, {0.0001, "0.0001"}, {0.00004, "0"},
	} {
		assert.Equal(t, tc.want, string(appendScore(nil, tc.in)), "%v", tc.in)
	}
}
