package interp

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func run(t *testing.T, src string) (stdout string, err error) {
	t.Helper()
	var out bytes.Buffer
	ctx := NewContext(Config{Stdout: &out, Stderr: &out})
	defer ctx.Close()
	err = RunMain(ctx, src, "main.py")
	return out.String(), err
}

func TestRunMainCapturesStdout(t *testing.T) {
	out, err := run(t, "def squares(n):\n    for i in range(n):\n        yield i * i\nprint(list(squares(4)), sum(squares(4)))\n")
	require.NoError(t, err)
	assert.Equal(t, "[0, 1, 4, 9] 14\n", out)
}

func TestErrorsAreExceptionInfo(t *testing.T) {
	_, err := run(t, "x = 1\n{}['missing']\n")
	require.Error(t, err)
	var exc py.ExceptionInfo
	require.True(t, errors.As(err, &exc))
	assert.Equal(t, py.KeyError, exc.Type)
	require.NotNil(t, exc.Traceback)
	assert.Equal(t, int32(2), exc.Traceback.Lineno)

	wrapped := fmt.Errorf("running plugin: %w", err)
	assert.True(t, errors.As(wrapped, &exc), "still found through wrapping")
}

// The statuses and messages are what CPython 3.11 exits with and prints.
func TestExitStatus(t *testing.T) {
	cases := []struct {
		src    string
		status int
		stderr string
	}{
		{"pass\n", 0, ""},
		{"raise SystemExit\n", 0, ""},
		{"raise SystemExit(None)\n", 0, ""},
		{"import sys\nsys.exit(3)\n", 3, ""},
		{"raise SystemExit(True)\n", 1, ""},
		{"raise SystemExit('bye')\n", 1, "bye\n"},
		{"raise ValueError('bad')\n", 1, "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    raise ValueError('bad')\nValueError: bad\n"},
		{"raise KeyError('k')\n", 1, "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    raise KeyError('k')\nKeyError: 'k'\n"},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			_, err := run(t, c.src)
			var stderr bytes.Buffer
			assert.Equal(t, c.status, ExitStatus(err, &stderr))
			assert.Equal(t, c.stderr, stderr.String())
		})
	}
}

func TestSyntaxErrorIsReportedWithLocation(t *testing.T) {
	_, err := run(t, "print('ok')\nx = 1 +\n")
	require.Error(t, err)
	var exc py.ExceptionInfo
	require.True(t, errors.As(err, &exc))
	assert.True(t, exc.Type == py.SyntaxError || exc.Type.IsSubtype(py.SyntaxError), "got %s", exc.Type.Name)
	// CPython 3.11's report for the same file.
	assert.Equal(t, "  File \"main.py\", line 2\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n", FormatException(err))
}

// Contexts are independent interpreters: they run in parallel on different
// goroutines without sharing module state.
func TestContextsRunInParallel(t *testing.T) {
	const n = 8
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ctx := NewContext(Config{Stdout: &outs[i]})
			defer ctx.Close()
			errs[i] = RunMain(ctx, fmt.Sprintf("import sys\nsys.marker = %d\ndef gen():\n    yield from range(%d)\nprint(sum(gen()), sys.marker)\n", i, i*10), "main.py")
		}(i)
	}
	wg.Wait()
	for i := 0; i < n; i++ {
		require.NoError(t, errs[i])
		assert.Equal(t, fmt.Sprintf("%d %d\n", (i*10)*(i*10-1)/2, i), outs[i].String())
	}
}

func TestClosedContextRefusesWork(t *testing.T) {
	ctx := NewContext(Config{})
	require.NoError(t, ctx.Close())
	<-ctx.Done()
	err := RunMain(ctx, "pass\n", "main.py")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Context closed")
}
