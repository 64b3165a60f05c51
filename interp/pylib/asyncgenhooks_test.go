package pylib_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "pkgdemo", FileDesc: "<pkgdemo>"}})
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "pkgdemo.sub", FileDesc: "<pkgdemo.sub>"}, CodeSrc: "value = 42\n"})
}

// TestAsyncGenHooksAndDottedImports compares the script's results with
// CPython's, recorded in testdata/asyncgen_hooks.golden.
func TestAsyncGenHooksAndDottedImports(t *testing.T) {
	got := runScript(t, "asyncgen_hooks")
	golden, err := os.ReadFile(filepath.Join("testdata", "asyncgen_hooks.golden"))
	require.NoError(t, err)
	assert.Equal(t, strings.Split(strings.TrimRight(string(golden), "\n"), "\n"), got)
}
