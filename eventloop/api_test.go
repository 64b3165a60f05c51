package eventloop_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/interp/pylib"
)

func TestAPIScript(t *testing.T) {
	e := newEnv(t)
	assert.Equal(t, golden(t, "asyncio_api.py"), e.runScript(t, "asyncio_api.py"))
}

// A concurrent future's result() on the loop that must complete it
// would wait forever in CPython; here it is a RuntimeError.
func TestConcurrentResultNotDone(t *testing.T) {
	e := newEnv(t)
	err := interp.RunMain(e.ctx, `
import asyncio

async def work():
    return 1

async def main():
    fut = asyncio.run_coroutine_threadsafe(work(), asyncio.get_running_loop())
    try:
        fut.result(timeout=1)
    except RuntimeError as exc:
        print("RuntimeError", "block forever" in str(exc))
    print(await asyncio.wrap_future(fut))

asyncio.run(main())
`, "test.py")
	require.NoError(t, err)
	assert.Equal(t, "RuntimeError True\n1\n", e.stdout.String())
}

func TestClassGetItem(t *testing.T) {
	get := pylib.ClassGetItem(eventloop.FutureType)
	alias, err := py.Call(get, py.Tuple{py.Tuple{py.IntType, py.Ellipsis}}, nil)
	require.NoError(t, err)
	g, ok := alias.(*pylib.GenericAlias)
	require.True(t, ok)
	assert.Same(t, eventloop.FutureType, g.Origin)
	r, err := py.Repr(alias)
	require.NoError(t, err)
	assert.Equal(t, py.String("_asyncio.Future[int, ...]"), r)
}

func TestTaskFactoryNotCallable(t *testing.T) {
	e := newEnv(t)
	err := interp.RunMain(e.ctx, `
try:
    loop.set_task_factory(3)
except TypeError as exc:
    print(exc)
print(loop.get_task_factory())
`, "test.py")
	require.NoError(t, err)
	assert.Equal(t, "task factory must be a callable or None\nNone\n", e.stdout.String())
}
