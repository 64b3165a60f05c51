package eventloop_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAsyncioScripts runs the asyncio and contextvars scripts of
// testdata and compares their output with CPython 3.11's: stdout with
// name.out and, when name.err exists, stderr with it. The .err goldens
// lack the traceback entries of CPython's own asyncio sources, which
// gpyasync does not run.
func TestAsyncioScripts(t *testing.T) {
	for _, name := range []string{
		"asyncio_core.py",
		"asyncio_wait.py",
		"contextvars_tasks.py",
		"asyncio_taskgroup.py",
		"asyncio_reports.py",
		"asyncio_names.py",
		"asyncio_methods.py",
	} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			got := e.runScript(t, name)
			assert.Equal(t, golden(t, name), got)
			want, err := os.ReadFile(filepath.Join("testdata", name+".err"))
			if os.IsNotExist(err) {
				return
			}
			require.NoError(t, err)
			dir, err := os.Getwd()
			require.NoError(t, err)
			assert.Equal(t, string(want), strings.ReplaceAll(e.stderr.String(), dir+string(filepath.Separator), ""))
		})
	}
}
