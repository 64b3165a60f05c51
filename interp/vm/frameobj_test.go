package vm

import (
	"os"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/interp/pylib"
)

// TestFrameObjects runs testdata/frameobj/frames.py, whose expected output
// CPython 3.11 printed for the same program with sys._getframe in place of
// getframe (the first line differs: a comment against "import sys", both
// line 1).
func TestFrameObjects(t *testing.T) {
	src, err := os.ReadFile("testdata/frameobj/frames.py")
	require.NoError(t, err)
	want, err := os.ReadFile("testdata/frameobj/frames.out")
	require.NoError(t, err)
	pylib.Install() // code and frame attributes besides f_back and f_locals
	var out strings.Builder
	ctx, g := newTestContext(t, &out)
	g["getframe"] = py.MustNewMethod("getframe", func(_ py.Object, depth py.Object) (py.Object, error) {
		return getFrame(ctx, int(depth.(py.Int)))
	}, 0, "")
	code, err := compiler.Compile(string(src), "frames.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, string(want), out.String())
}

// TestGetFrameOutsidePython checks the error when no Python frame runs.
func TestGetFrameOutsidePython(t *testing.T) {
	ctx, _ := newTestContext(t, &strings.Builder{})
	_, err := getFrame(ctx, 0)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "call stack is not deep enough")
}

// TestFramesEscape checks that frames handed to Python are never reused:
// a later call must not change what a kept frame reports.
func TestFramesEscape(t *testing.T) {
	pylib.Install() // code and frame attributes besides f_back and f_locals
	var out strings.Builder
	ctx, g := newTestContext(t, &out)
	g["getframe"] = py.MustNewMethod("getframe", func(_ py.Object, depth py.Object) (py.Object, error) {
		return getFrame(ctx, int(depth.(py.Int)))
	}, 0, "")
	src := "def a():\n    return getframe(0)\ndef b(x):\n    y = x\n    return y\nf = a()\nfor i in range(50):\n    b(i)\nprint(f.f_code.co_name, f.f_lineno)\n"
	code, err := compiler.Compile(src, "esc.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, "a 2\n", out.String())
}
