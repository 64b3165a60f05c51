package pylib_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/pylib"
)

// runScript runs testdata/name.py in a fresh context, on gpython's own
// evaluator, and returns its `results` list.
func runScript(t *testing.T, name string) []string {
	t.Helper()
	pylib.Install()
	pylib.Install() // idempotent
	src, err := os.ReadFile(filepath.Join("testdata", name+".py"))
	require.NoError(t, err)
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	code, err := py.Compile(string(src), name+".py", py.ExecMode, 0, true)
	require.NoError(t, err)
	mod, err := py.RunCode(ctx, code, name+".py", name)
	require.NoError(t, err)
	list, ok := mod.Globals["results"].(*py.List)
	require.True(t, ok, "results is %T", mod.Globals["results"])
	lines := make([]string, len(list.Items))
	for i, item := range list.Items {
		lines[i] = string(item.(py.String))
	}
	return lines
}

// TestIteration compares the script's results with CPython's, recorded in
// testdata/iteration.golden by `python3 iteration.py`.
func TestIteration(t *testing.T) {
	got := runScript(t, "iteration")
	golden, err := os.ReadFile(filepath.Join("testdata", "iteration.golden"))
	require.NoError(t, err)
	want := strings.Split(strings.TrimRight(string(golden), "\n"), "\n")
	for i := range max(len(want), len(got)) {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		assert.Equal(t, w, g, "line %d", i+1)
	}
}

func TestConstructorsFromGo(t *testing.T) {
	pylib.Install()
	tup := py.Tuple{py.Int(1), py.Int(2)}
	got, err := py.Call(py.TupleType, py.Tuple{tup}, nil)
	require.NoError(t, err)
	assert.Equal(t, tup, got)
	// tuple(t) is t, as in CPython.
	assert.Same(t, &tup[0], &got.(py.Tuple)[0])

	got, err = py.Call(py.FrozenSetType, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, py.FrozenSetType, got.Type())

	// Sets hold tuples (gpython's own sets cannot: Go slices are not map
	// keys), and refuse unhashable elements with a TypeError.
	got, err = py.Call(py.SetType, py.Tuple{py.NewListFromItems([]py.Object{tup, tup})}, nil)
	require.NoError(t, err)
	n, err := py.Len(got)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), n)
	_, err = py.Call(py.SetType, py.Tuple{py.NewListFromItems([]py.Object{py.NewList()})}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unhashable type: 'list'")

	got, err = py.Call(py.ListType, py.Tuple{py.String("ab")}, nil)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.String("a"), py.String("b")}, got.(*py.List).Items)
}

func TestStopIterationValueAttribute(t *testing.T) {
	pylib.Install()
	e := &py.Exception{Base: py.StopIteration, Args: py.Tuple{py.Int(1)}, Dict: py.StringDict{"value": py.Int(2)}}
	v, err := py.GetAttrString(e, "value")
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), v)

	e = &py.Exception{Base: py.StopIteration, Args: py.Tuple{}, Dict: py.StringDict{}}
	v, err = py.GetAttrString(e, "value")
	require.NoError(t, err)
	assert.Equal(t, py.None, v)

	_, err = py.SetAttrString(e, "value", py.String("s"))
	require.NoError(t, err)
	v, err = py.GetAttrString(e, "value")
	require.NoError(t, err)
	assert.Equal(t, py.String("s"), v)
}

func TestListExtendThroughType(t *testing.T) {
	pylib.Install()
	l := py.NewList()
	extend := py.ListType.Dict["extend"]
	_, err := py.Call(extend, py.Tuple{l, py.Tuple{py.Int(1)}}, nil)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Int(1)}, l.Items)
	_, err = py.Call(extend, py.Tuple{py.Int(1), py.Tuple{}}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "descriptor 'extend' for 'list' objects doesn't apply to a 'int' object")
}
