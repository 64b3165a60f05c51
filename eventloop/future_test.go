package eventloop_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFutureAndTaskScript(t *testing.T) {
	e := newEnv(t)
	got := e.runScript(t, "future.py")
	assert.Equal(t, golden(t, "future.py"), got)
	assert.Empty(t, e.stderr.String())
}

func TestHandlesScript(t *testing.T) {
	e := newEnv(t)
	got := e.runScript(t, "handles.py")
	assert.Equal(t, golden(t, "handles.py"), got)
	// CPython's output, without the frame of asyncio's Handle._run and the
	// column markers, which this loop and interp do not print.
	dir, _ := os.Getwd()
	stderr := strings.ReplaceAll(e.stderr.String(), dir+"/", "")
	assert.Equal(t, `Exception in callback bad() at testdata/handles.py:35
handle: <Handle bad() at testdata/handles.py:35>
Traceback (most recent call last):
  File "testdata/handles.py", line 36, in bad
    1/0
ZeroDivisionError: division by zero
Exception in callback 3()
handle: <Handle 3()>
TypeError: 'int' object is not callable
`, stderr)
}
