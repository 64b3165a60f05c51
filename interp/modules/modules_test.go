package modules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/interp/modules"
)

// Each testdata script asserts CPython 3.11's answers (they pass on
// python3) and prints "ok" at the end.
func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			var out strings.Builder
			ctx := interp.NewContext(interp.Config{Stdout: &out, Stderr: &out})
			defer ctx.Close()
			err = interp.RunMain(ctx, string(src), filepath.Base(file))
			if err != nil {
				t.Fatalf("%s", interp.FormatException(err))
			}
			assert.Equal(t, "ok\n", out.String())
		})
	}
}

func function(t *testing.T, flags int32) *py.Function {
	t.Helper()
	code := &py.Code{Name: "f", Flags: flags}
	return py.NewFunction(nil, code, py.StringDict{}, "")
}

func TestCoroutineMarksGeneratorFunction(t *testing.T) {
	f := function(t, modules.CoGenerator)
	before := f.Code
	got, err := modules.Coroutine(f)
	require.NoError(t, err)
	assert.Same(t, f, got)
	assert.NotSame(t, before, f.Code, "the code must be a copy")
	assert.EqualValues(t, modules.CoGenerator, before.Flags)
	assert.EqualValues(t, modules.CoGenerator|modules.CoIterableCoroutine, f.Code.Flags)
}

func TestCoroutineLeavesCoroutineFunction(t *testing.T) {
	for _, flags := range []int32{modules.CoCoroutine, modules.CoGenerator | modules.CoIterableCoroutine} {
		f := function(t, flags)
		code := f.Code
		got, err := modules.Coroutine(f)
		require.NoError(t, err)
		assert.Same(t, f, got)
		assert.Same(t, code, f.Code)
	}
}

func TestCoroutineRefusesNonCallable(t *testing.T) {
	for _, obj := range []py.Object{py.Int(1), py.String("s"), py.None} {
		_, err := modules.Coroutine(obj)
		require.Error(t, err)
		info, ok := err.(py.ExceptionInfo)
		require.True(t, ok, "%T", err)
		assert.Equal(t, py.TypeError, info.Type)
		assert.Contains(t, err.Error(), "types.coroutine() expects a callable")
	}
}

// suspended is a coroutine.Frame that yields once, then returns.
type suspended struct{ resumed int }

func (f *suspended) Resume(py.Object, error) (py.Object, bool, error) {
	f.resumed++
	return py.None, f.resumed > 1, nil
}
func (f *suspended) YieldFrom() py.Object { return nil }
func (f *suspended) PyFrame() *py.Frame   { return &py.Frame{} }

// The state query reads the object's attributes, so it sees exactly what
// the coroutine type reports, here stepped from Go.
func TestCoroutineStateFromGo(t *testing.T) {
	ctx := interp.NewContext(interp.Config{})
	defer ctx.Close()
	inspect, err := py.ImportModuleLevelObject(ctx, "inspect", nil, nil, nil, 0)
	require.NoError(t, err)
	getState, err := py.GetAttrString(inspect, "getcoroutinestate")
	require.NoError(t, err)
	state := func(c py.Object) string {
		t.Helper()
		s, err := py.Call(getState, py.Tuple{c}, nil)
		require.NoError(t, err)
		return string(s.(py.String))
	}

	c := coroutine.NewCoroutine(&suspended{}, &py.Code{Name: "c", Flags: modules.CoCoroutine}, "c", "c")
	assert.Equal(t, modules.CoroCreated, state(c))
	_, err = c.Send(py.None)
	require.NoError(t, err)
	assert.Equal(t, modules.CoroSuspended, state(c))
	_, err = c.Send(py.None)
	require.Error(t, err, "the second resumption returns: StopIteration")
	assert.Equal(t, modules.CoroClosed, state(c))
}
