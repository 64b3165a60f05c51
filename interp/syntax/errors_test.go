package syntax

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// errorCase is one entry of testdata/errors.json, written by
// testdata/gen_errors.py from what python3 (CPython 3.11) reports.
type errorCase struct {
	Src    string `json:"src"`
	OK     bool   `json:"ok"`
	Class  string `json:"class"`
	Msg    string `json:"msg"`
	Lineno *int   `json:"lineno"`
	Offset *int   `json:"offset"`
	Line   string `json:"line"`
}

// pyInt converts a JSON number or null as CPython's SyntaxError holds it.
func pyInt(n *int) py.Object {
	if n == nil {
		return py.None
	}
	return py.Int(*n)
}

func loadErrorCases(t *testing.T) []errorCase {
	b, err := os.ReadFile(filepath.Join("testdata", "errors.json"))
	require.NoError(t, err)
	var cases []errorCase
	require.NoError(t, json.Unmarshal(b, &cases))
	return cases
}

func TestSyntaxErrors(t *testing.T) {
	for _, c := range loadErrorCases(t) {
		_, err := Parse(c.Src, "<test>", py.ExecMode)
		if c.OK {
			assert.NoError(t, err, "%q", c.Src)
			continue
		}
		if !assert.Error(t, err, "%q", c.Src) {
			continue
		}
		exc, ok := err.(*py.Exception)
		if !assert.True(t, ok, "%q: %T is not a *py.Exception", c.Src, err) {
			continue
		}
		msg := ""
		if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
			s, _ := args[0].(py.String)
			msg = string(s)
		}
		got := []interface{}{exc.Base.Name, msg, exc.Dict["lineno"], exc.Dict["offset"]}
		want := []interface{}{c.Class, c.Msg, pyInt(c.Lineno), pyInt(c.Offset)}
		assert.Equal(t, want, got, "%q", c.Src)
		assert.Equal(t, py.String("<test>"), exc.Dict["filename"], "%q", c.Src)
		if c.Line != "" {
			assert.Equal(t, py.String(lineText(normalizeNewlines(c.Src), *c.Lineno)), exc.Dict["line"], "%q", c.Src)
		}
	}
}

// TestInvalidUTF8 checks string literals that are not UTF-8, which JSON
// cannot carry. Expected values are from CPython 3.11's compile() of the
// same bytes.
func TestInvalidUTF8(t *testing.T) {
	for _, c := range []struct {
		src            string
		msg            string
		lineno, offset int
	}{
		{"x = 1\ny = \"\xff\"\n", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 2, 8},
		{"x = 1\ny = \"\xe9t\"\n", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", 2, 9},
		{"y = 'ab\xe9'\n", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data", 1, 10},
	} {
		_, err := Parse(c.src, "<test>", py.ExecMode)
		require.Error(t, err, "%q", c.src)
		exc := err.(*py.Exception)
		assert.Equal(t, py.Tuple{py.String(c.msg)}, exc.Args, "%q", c.src)
		assert.Equal(t, []py.Object{py.Int(c.lineno), py.Int(c.offset)}, []py.Object{exc.Dict["lineno"], exc.Dict["offset"]}, "%q", c.src)
	}
}

// CPython 3.11: an eval-mode source that ends without a newline reports an
// unexpected end at offset 0, with the line as given; with the newline it
// reports the column as in exec mode.
func TestEvalModeEndOfInput(t *testing.T) {
	for _, c := range []struct {
		src    string
		offset py.Int
		text   py.String
	}{
		{"1 +", 0, "1 +"},
		{"1 +\n", 4, "1 +\n"},
	} {
		_, err := Parse(c.src, "s", py.EvalMode)
		require.Error(t, err)
		e := err.(*py.Exception)
		assert.Equal(t, c.offset, e.Dict["offset"], "%q", c.src)
		assert.Equal(t, c.text, e.Dict["line"], "%q", c.src)
	}
}
