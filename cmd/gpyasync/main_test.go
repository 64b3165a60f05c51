package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
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
			name:   "no arguments",
			args:   nil,
			stderr: usage,
			status: 2,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(c.args, &stdout, &stderr, nil)
			assert.Equal(t, c.stdout, stdout.String(), "stdout")
			assert.Equal(t, c.stderr, stderr.String(), "stderr")
			assert.Equal(t, c.status, status, "exit status")
		})
	}
}

// runInterrupted runs the built command on script, sends SIGINT once the
// script printed its first line, and returns its output and status.
func runInterrupted(t *testing.T, bin, script string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(bin, script)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var errBuf strings.Builder
	cmd.Stderr = &errBuf
	require.NoError(t, cmd.Start())
	r := bufio.NewReader(out)
	first, err := r.ReadString('\n')
	require.NoError(t, err)
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	rest, _ := r.ReadString(0)
	err = cmd.Wait()
	var exitErr *exec.ExitError
	if err != nil {
		require.ErrorAs(t, err, &exitErr)
	}
	return first + rest, errBuf.String(), cmd.ProcessState.ExitCode()
}

// dropAsyncioFrames drops the traceback entries of the part of asyncio
// written in Python (Runner.run...), as the expected output lacks those of
// CPython's asyncio sources.
func dropAsyncioFrames(s string) string {
	lines := strings.SplitAfter(s, "\n")
	kept := lines[:0]
	for i := 0; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "  File \"<frozen asyncio>\"") {
			i++ // its source line
			continue
		}
		kept = append(kept, lines[i])
	}
	return strings.Join(kept, "")
}

// The asyncio scripts' expected output is what CPython 3.11 printed
// (name.out, name.err), without the traceback entries of its asyncio
// sources, which gpyasync does not run, and with the script named
// relatively: the first CTRL-C cancels the main task, which cleans up, and
// the run ends with KeyboardInterrupt raised while handling its
// CancelledError. Outside a loop, the running code gets KeyboardInterrupt.
// A shell reports status 130 for all.
func TestSIGINT(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "gpyasync")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())
	dir, err := filepath.Abs("testdata")
	require.NoError(t, err)

	for _, name := range []string{"sigint_asyncio.py", "sigint_agen.py", "sigint_runner.py"} {
		t.Run(name, func(t *testing.T) {
			wantOut, err := os.ReadFile(filepath.Join("testdata", name+".out"))
			require.NoError(t, err)
			wantErr, err := os.ReadFile(filepath.Join("testdata", name+".err"))
			require.NoError(t, err)
			stdout, stderr, status := runInterrupted(t, bin, "testdata/"+name)
			assert.Equal(t, string(wantOut), stdout)
			assert.Equal(t, string(wantErr), dropAsyncioFrames(strings.ReplaceAll(stderr, dir+string(filepath.Separator), "")))
			assert.Equal(t, 130, status)
		})
	}

	stdout, stderr, status := runInterrupted(t, bin, "testdata/sigint_busy.py")
	assert.Equal(t, "busy\n", stdout)
	assert.True(t, strings.HasPrefix(stderr, "Traceback (most recent call last):\n"), stderr)
	assert.True(t, strings.HasSuffix(stderr, "\nKeyboardInterrupt\n"), stderr)
	assert.Equal(t, 130, status)
}

// TestExamples runs every script in examples/ and compares its output with
// what CPython 3.11 printed for it (testdata/examples/<name>.out, made with
// `cd examples && python3 <name>.py`).
func TestExamples(t *testing.T) {
	scripts, err := filepath.Glob("../../examples/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, scripts)
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".py")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join("testdata", "examples", name+".out"))
			require.NoError(t, err, "golden missing: run the script on python3")
			var stdout, stderr bytes.Buffer
			status := run([]string{script}, &stdout, &stderr, nil)
			assert.Equal(t, string(want), stdout.String(), "stdout")
			assert.Empty(t, stderr.String(), "stderr")
			assert.Equal(t, 0, status, "exit status")
		})
	}
}
