package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Expected outputs are what CPython 3.11 prints for the same invocation,
// with the absolute path of testdata put in place of CPython's and without
// CPython's column-marker lines (~~~^~~), which gpyasync does not render.
func TestRun(t *testing.T) {
	dir, err := filepath.Abs("testdata")
	require.NoError(t, err)
	cases := []struct {
		name           string
		args           []string
		stdout, stderr string
		status         int
	}{
		{
			name:   "code string with argv",
			args:   []string{"-c", "import sys; print(sys.argv)", "a", "b"},
			stdout: "['-c', 'a', 'b']\n",
		},
		{
			name:   "uncaught exception",
			args:   []string{"testdata/traceback.py"},
			stdout: "start\n",
			stderr: "Traceback (most recent call last):\n" +
				"  File \"" + dir + "/traceback.py\", line 5, in <module>\n" +
				"    f(0)\n" +
				"  File \"" + dir + "/traceback.py\", line 2, in f\n" +
				"    return 10 / n\n" +
				"ZeroDivisionError: division by zero\n",
			status: 1,
		},
		{
			name:   "sys.exit status",
			args:   []string{"testdata/exit3.py"},
			stdout: "bye\n",
			status: 3,
		},
		{
			name: "syntax error",
			args: []string{"testdata/syntax_error.py"},
			stderr: "  File \"" + dir + "/syntax_error.py\", line 1\n" +
				"    x = 1 +\n" +
				"           ^\n" +
				"SyntaxError: invalid syntax\n",
			status: 1,
		},
		{
			name:   "imports resolve next to the script",
			args:   []string{"testdata/imports/main.py"},
			stdout: "84\n",
		},
		{
			name:   "missing script",
			args:   []string{"testdata/missing.py"},
			stderr: "gpyasync: can't open file '" + dir + "/missing.py': [Errno 2] No such file or directory\n",
			status: 2,
		},
		{
			name: "the README's asyncio example",
			args: []string{"../../examples/workers.py"},
			stdout: "[worker-0] job 1 -> 1\n" +
				"[worker-0] job 2 -> 4\n" +
				"[worker-0] job 3 -> 9\n" +
				"[worker-1] job 20 timed out\n" +
				"[    main] done: [(1, 1), (2, 4), (3, 9)]\n",
		},
		{
			name:   "no arguments",
			args:   nil,
			stderr: usage,
			status: 2,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(c.args, &stdout, &stderr)
			assert.Equal(t, c.stdout, stdout.String(), "stdout")
			assert.Equal(t, c.stderr, stderr.String(), "stderr")
			assert.Equal(t, c.status, status, "exit status")
		})
	}
}
