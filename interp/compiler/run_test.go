package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"github.com/stretchr/testify/require"
)

var hookMu sync.Mutex

// runPython runs src on gpython's VM with Compile installed as py.Compile
// and returns what it printed.
func runPython(t *testing.T, src, filename string) (string, error) {
	t.Helper()
	hookMu.Lock()
	defer hookMu.Unlock()
	saved := py.Compile
	py.Compile = Compile
	defer func() { py.Compile = saved }()

	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	var out strings.Builder
	sys.Globals["stdout"] = &py.Module{Globals: py.StringDict{
		"write": py.MustNewMethod("write", func(self py.Object, args py.Tuple) (py.Object, error) {
			for _, a := range args {
				out.WriteString(string(a.(py.String)))
			}
			return py.None, nil
		}, 0, ""),
	}}
	code, err := Compile(src, filename, py.ExecMode, 0, true)
	if err != nil {
		return "", err
	}
	_, err = py.RunCode(ctx, code, filename, nil)
	return out.String(), err
}

// TestRun runs each testdata/run/*.py program on gpython's VM with this
// compiler and compares its output with CPython's, recorded in the .out file.
func TestRun(t *testing.T) {
	files, err := filepath.Glob("testdata/run/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".out")
			require.NoError(t, err)
			got, err := runPython(t, string(src), file)
			require.NoError(t, err)
			require.Equal(t, string(want), got)
		})
	}
}
