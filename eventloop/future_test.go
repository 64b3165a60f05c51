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

// Python's await of a Future takes the evaluator's SendResult path; its
// outcomes must be those of __next__ raising StopIteration.
func TestAwaitFutureOutcomes(t *testing.T) {
	e := newEnv(t)
	e.exec(t, `
async def main():
    f = loop.create_future()
    loop.call_soon(f.set_result, 42)
    print(await f)
    g = loop.create_future()
    loop.call_soon(g.set_exception, ValueError("boom"))
    try:
        await g
    except ValueError as exc:
        print("ValueError", exc)
    h = loop.create_future()
    h.set_result(None)
    print(await h)
    it = h.__await__()
    try:
        next(it)
    except StopIteration as exc:
        print("StopIteration", exc.value)
loop.run_until_complete(main())
`)
	assert.Equal(t, "42\nValueError boom\nNone\nStopIteration None\n", e.stdout.String())
}
