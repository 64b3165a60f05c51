package vm

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

func TestMain(m *testing.M) {
	// The interp package installs these hooks in a real program.
	py.VmEvalCode = EvalCode
	py.VmRunFrame = RunFrame
	os.Exit(m.Run())
}

// outWriter is a Python object with a write method, to capture print.
type outWriter struct{ w io.Writer }

var outWriterType = py.NewType("outWriter", "test stdout")

func init() {
	outWriterType.Dict["write"] = py.MustNewMethod("write", func(self, arg py.Object) (py.Object, error) {
		s, _ := arg.(py.String)
		_, _ = io.WriteString(self.(*outWriter).w, string(s))
		return py.None, nil
	}, 0, "")
	outWriterType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
		return py.None, nil
	}, 0, "")
}

func init() {
	// gpython answers every exception attribute with args; the interp
	// package fixes that for real programs.
	py.StopIteration.Dict["value"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return iterproto.ExceptionValue(self.(*py.Exception)), nil
	}}
}

func (w *outWriter) Type() *py.Type { return outWriterType }

func excAttr(get func(e *py.Exception) py.Object) func(py.Object, py.Object) (py.Object, error) {
	return func(_ py.Object, arg py.Object) (py.Object, error) {
		e, ok := arg.(*py.Exception)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "not an exception")
		}
		if v := get(e); v != nil {
			return v, nil
		}
		return py.None, nil
	}
}

// newTestContext makes a context whose sys.stdout writes to out, with a few
// helpers for what gpython's object model does not expose yet.
func newTestContext(t testing.TB, out io.Writer) (py.Context, py.StringDict) {
	ctx := py.NewContext(py.DefaultContextOpts())
	t.Cleanup(func() { Forget(ctx); _ = ctx.Close() })
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	sys.Globals["stdout"] = &outWriter{out}
	sys.Globals["exc_info"] = py.MustNewMethod("exc_info", func(py.Object, py.Tuple) (py.Object, error) {
		info := ExcInfo(ctx)
		if info.Value == nil {
			return py.Tuple{py.None, py.None, py.None}, nil
		}
		return py.Tuple{info.Type, info.Value, tbObject(info.Traceback)}, nil
	}, 0, "")
	ctx.Store().Builtins.Globals["RecursionError"] = RecursionError
	ctx.Store().Builtins.Globals["StopAsyncIteration"] = StopAsyncIteration
	g := py.NewStringDict()
	g["__name__"] = py.String("__main__")
	g["context_of"] = py.MustNewMethod("context_of", excAttr(func(e *py.Exception) py.Object { return e.Context }), 0, "")
	g["cause_of"] = py.MustNewMethod("cause_of", excAttr(func(e *py.Exception) py.Object { return e.Cause }), 0, "")
	g["suppressed"] = py.MustNewMethod("suppressed", excAttr(func(e *py.Exception) py.Object { return py.NewBool(e.SuppressContext) }), 0, "")
	g["tb_lines"] = py.MustNewMethod("tb_lines", excAttr(func(e *py.Exception) py.Object {
		var lines py.Tuple
		tb, _ := e.Traceback.(*py.Traceback)
		for ; tb != nil; tb = tb.Next {
			lines = append(lines, py.Int(tb.Lineno))
		}
		return lines
	}), 0, "")
	g["name_of"] = py.MustNewMethod("name_of", func(_ py.Object, arg py.Object) (py.Object, error) {
		if t, ok := arg.(*py.Type); ok {
			return py.String(t.Name), nil
		}
		return py.String(arg.Type().Name), nil
	}, 0, "")
	// types.coroutine, which lives in another package.
	g["iterable_coroutine"] = py.MustNewMethod("iterable_coroutine", func(_ py.Object, arg py.Object) (py.Object, error) {
		fn, ok := arg.(*py.Function)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "not a function")
		}
		code := *fn.Code
		code.Flags |= coroutine.CoIterableCoroutine
		fn.Code = &code
		return fn, nil
	}, 0, "")
	g["go_panic"] = py.MustNewMethod("go_panic", func(py.Object, py.Tuple) (py.Object, error) {
		panic("boom from Go")
	}, 0, "")
	return ctx, g
}

// runSource compiles and runs src as __main__ and returns what it printed.
func runSource(t testing.TB, name, src string) (string, error) {
	var out bytes.Buffer
	ctx, g := newTestContext(t, &out)
	code, err := compiler.Compile(src, name, py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	return out.String(), err
}

// TestScripts runs testdata/*.py and compares their output with the .out
// file next to them, produced by CPython 3.11.
func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".py"), func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".out")
			require.NoError(t, err)
			got, err := runSource(t, file, string(src))
			if err != nil {
				var info py.ExceptionInfo
				require.True(t, errors.As(err, &info))
				t.Fatalf("%s raised %v\noutput so far:\n%s", file, pyerr.Info(err).Value, got)
			}
			assert.Equal(t, string(want), got)
		})
	}
}
