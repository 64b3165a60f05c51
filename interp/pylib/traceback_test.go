package pylib_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/internal/pyassert"
	"github.com/gpyasync/gpyasync/interp/pylib"
)

func TestTracebackAttributes(t *testing.T) {
	pylib.Install()
	frame := &py.Frame{Code: &py.Code{Name: "f"}}
	inner := py.NewTraceback(nil, frame, 4, 12)
	outer := py.NewTraceback(inner, frame, 2, 10)

	next, err := py.GetAttrString(outer, "tb_next")
	require.NoError(t, err)
	assert.Same(t, inner, next)
	last, err := py.GetAttrString(inner, "tb_next")
	require.NoError(t, err)
	assert.Equal(t, py.None, last)
	lineno, err := py.GetAttrString(outer, "tb_lineno")
	require.NoError(t, err)
	assert.Equal(t, py.Int(10), lineno)
	lasti, err := py.GetAttrString(inner, "tb_lasti")
	require.NoError(t, err)
	assert.Equal(t, py.Int(4), lasti)
	f, err := py.GetAttrString(outer, "tb_frame")
	require.NoError(t, err)
	assert.Same(t, frame, f)

	// CPython: "expected traceback object, got 'int'" and "traceback loop detected".
	_, err = py.SetAttrString(outer, "tb_next", py.Int(1))
	pyassert.Message(t, err, py.TypeError, "expected traceback object, got 'int'")
	_, err = py.SetAttrString(inner, "tb_next", outer)
	pyassert.Message(t, err, py.ValueError, "traceback loop detected")
	_, err = py.SetAttrString(outer, "tb_next", outer)
	pyassert.Message(t, err, py.ValueError, "traceback loop detected")
	_, err = py.SetAttrString(outer, "tb_next", py.None)
	require.NoError(t, err)
	assert.Nil(t, outer.Next)
}

func TestTracebackTypeCall(t *testing.T) {
	pylib.Install()
	frame := &py.Frame{Code: &py.Code{Name: "f"}}
	tb, err := py.Call(py.TracebackType, py.Tuple{py.None, frame, py.Int(0), py.Int(42)}, nil)
	require.NoError(t, err)
	require.IsType(t, &py.Traceback{}, tb)
	assert.Equal(t, int32(42), tb.(*py.Traceback).Lineno)
	_, err = py.Call(py.TracebackType, py.Tuple{py.Int(1), frame, py.Int(0), py.Int(0)}, nil)
	pyassert.Message(t, err, py.TypeError, "expected traceback object or None, got 'int'")
	_, err = py.Call(py.TracebackType, py.Tuple{py.None, py.Int(1), py.Int(0), py.Int(0)}, nil)
	pyassert.Message(t, err, py.TypeError, "TracebackType() argument 'tb_frame' must be frame, not int")
	_, err = py.Call(py.TracebackType, py.Tuple{py.None, frame, py.String("a"), py.Int(0)}, nil)
	pyassert.Message(t, err, py.TypeError, "'str' object cannot be interpreted as an integer")
}

// The expected strings are CPython 3.11's str() of the same constructions.
func TestSyntaxErrorStr(t *testing.T) {
	pylib.Install()
	details := func(items ...py.Object) py.Object { return py.Tuple(items) }
	for _, c := range []struct {
		args py.Tuple
		want string
	}{
		{py.Tuple{py.String("x")}, "x"},
		{py.Tuple{}, "None"},
		{py.Tuple{py.String("bad"), details(py.String("/some/dir/f.py"), py.Int(3), py.Int(4), py.String("abc\n"), py.Int(3), py.Int(5))}, "bad (f.py, line 3)"},
		{py.Tuple{py.String("bad"), details(py.None, py.Int(3), py.Int(4), py.String("abc\n"))}, "bad (line 3)"},
		{py.Tuple{py.String("bad"), details(py.String("f.py"), py.None, py.Int(4), py.String("abc\n"))}, "bad (f.py)"},
	} {
		e, err := py.Call(py.SyntaxError, c.args, nil)
		require.NoError(t, err)
		got, err := pylib.SyntaxErrorStr(e.(*py.Exception))
		require.NoError(t, err)
		assert.Equal(t, c.want, got)
		assert.True(t, pylib.IsSyntaxError(e.(*py.Exception)))
	}
	e, err := py.Call(py.IndentationError, py.Tuple{py.String("ind"), details(py.String("g.py"), py.Int(7), py.Int(1), py.String("  x\n"))}, nil)
	require.NoError(t, err)
	got, err := pylib.SyntaxErrorStr(e.(*py.Exception))
	require.NoError(t, err)
	assert.Equal(t, "ind (g.py, line 7)", got)
	end, err := py.GetAttrString(e, "end_lineno")
	require.NoError(t, err)
	assert.Equal(t, py.None, end)

	_, err = py.Call(py.SyntaxError, py.Tuple{py.String("m"), details(py.Int(1), py.Int(2))}, nil)
	pyassert.Message(t, err, py.TypeError, "function takes at least 4 arguments (2 given)")
}

// TestCodeLines reads a hand-made line table: 2 bytes on line 5, then
// two lines with no code (6 is skipped), 4 bytes on line 7, the rest on 8.
func TestCodeLines(t *testing.T) {
	pylib.Install()
	code := &py.Code{Firstlineno: 5, Lnotab: "\x02\x01\x00\x01\x04\x01", Code: "0123456789"}
	method, err := py.GetAttrString(code, "co_lines")
	require.NoError(t, err)
	it, err := py.Call(method, nil, nil)
	require.NoError(t, err)
	var got []py.Object
	err = py.Iterate(it, func(o py.Object) bool {
		got = append(got, o)
		return false
	})
	require.NoError(t, err)
	assert.Equal(t, []py.Object{
		py.Tuple{py.Int(0), py.Int(2), py.Int(5)},
		py.Tuple{py.Int(2), py.Int(6), py.Int(7)},
		py.Tuple{py.Int(6), py.Int(10), py.Int(8)},
	}, got)
}
