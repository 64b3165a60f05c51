package eventloop_test

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/pyerr"
)

const agenSource = `
import asyncio
keep = []

async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "closed")

async def start(name, hold=True):
    g = gen(name)
    if hold:
        keep.append(g)
    return await g.__anext__()
`

func TestShutdownAsyncGensFromGo(t *testing.T) {
	e := newEnv(t)
	g := e.exec(t, agenSource)
	for _, name := range []string{"a", "b"} {
		coro, err := py.Call(g["start"], py.Tuple{py.String(name)}, nil)
		require.NoError(t, err)
		v, err := e.loop.RunUntilComplete(context.Background(), coro)
		require.NoError(t, err)
		assert.Equal(t, py.Int(1), v)
	}
	assert.Empty(t, e.stdout.String())
	v, err := e.loop.RunUntilComplete(context.Background(), e.loop.ShutdownAsyncGens())
	require.NoError(t, err)
	assert.Equal(t, py.None, v)
	// The order they were first iterated in.
	assert.Equal(t, "a closed\nb closed\n", e.stdout.String())
	_, err = e.loop.RunUntilComplete(context.Background(), e.loop.ShutdownAsyncGens())
	require.NoError(t, err)
	assert.Equal(t, "a closed\nb closed\n", e.stdout.String(), "nothing is left to close")
	assert.Empty(t, e.stderr.String())
}

func TestShutdownAsyncGensReportsToGoHandler(t *testing.T) {
	var got []eventloop.ExceptionContext
	e := newEnv(t, eventloop.WithExceptionHandler(func(_ *eventloop.Loop, c eventloop.ExceptionContext) {
		got = append(got, c)
	}))
	g := e.exec(t, `
keep = []
async def bad():
    try:
        yield 1
    finally:
        raise ValueError("cleanup")

async def start():
    g = bad()
    keep.append(g)
    await g.__anext__()
`)
	coro, err := py.Call(g["start"], nil, nil)
	require.NoError(t, err)
	_, err = e.loop.RunUntilComplete(context.Background(), coro)
	require.NoError(t, err)
	_, err = e.loop.RunUntilComplete(context.Background(), e.loop.ShutdownAsyncGens())
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.True(t, strings.HasPrefix(got[0].Message, "an error occurred during closing of asynchronous generator <async_generator object bad at 0x"), got[0].Message)
	assert.True(t, pyerr.Matches(got[0].Exception, py.ValueError))
}

// Generators nobody references any more are closed on the loop once the
// Go collector has noticed, without waiting for shutdown_asyncgens. The
// loop watches them once it tracks 256 (youngAsyncGens).
func TestUnreachableAsyncGensAreClosedByTheLoop(t *testing.T) {
	const n = 256
	e := newEnv(t)
	g := e.exec(t, agenSource+`
async def start_many(n):
    for i in range(n):
        await start("dropped", False)
`)
	coro, err := py.Call(g["start_many"], py.Tuple{py.Int(n)}, nil)
	require.NoError(t, err)
	_, err = e.loop.RunUntilComplete(context.Background(), coro)
	require.NoError(t, err)
	coro = nil
	want := strings.Repeat("dropped closed\n", n)
	deadline := time.Now().Add(10 * time.Second)
	for e.stdout.String() != want && time.Now().Before(deadline) {
		runtime.GC()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
		_ = e.loop.Run(ctx)
		cancel()
	}
	assert.Equal(t, want, e.stdout.String())
	_, err = e.loop.RunUntilComplete(context.Background(), e.loop.ShutdownAsyncGens())
	require.NoError(t, err)
	assert.Equal(t, want, e.stdout.String(), "the finalizer forgot them")
	assert.Empty(t, e.stderr.String())
}

func TestLoopHooksInstalledWhileRunning(t *testing.T) {
	e := newEnv(t)
	g := e.exec(t, `
import sys
seen = []
async def look():
    h = sys.get_asyncgen_hooks()
    seen.append((h.firstiter.__name__, h.finalizer.__name__, h.firstiter.__self__ is loop))
`)
	coro, err := py.Call(g["look"], nil, nil)
	require.NoError(t, err)
	_, err = e.loop.RunUntilComplete(context.Background(), coro)
	require.NoError(t, err)
	seen, err := py.Repr(g["seen"])
	require.NoError(t, err)
	assert.Equal(t, py.String("[('_asyncgen_firstiter_hook', '_asyncgen_finalizer_hook', True)]"), seen)
	assert.Equal(t, coroutine.AsyncGenHooks{}, coroutine.GetAsyncGenHooks(e.ctx), "the hooks found are restored")
}

// interruptSource ends its run at the first interrupt if main lets the
// CancelledError through, and at the second one otherwise.
const interruptSource = `
import asyncio
async def main(swallow):
    try:
        await asyncio.sleep(0)
        interrupt()
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled")
        if not swallow:
            raise
        interrupt()
        await asyncio.sleep(10)
    finally:
        print("cleanup")
`

func runInterrupted(t *testing.T, swallow bool) (*env, error) {
	e := newEnv(t)
	e.ctx.Store().Builtins.Globals["interrupt"] = py.MustNewMethod("interrupt", func(py.Object, py.Tuple) (py.Object, error) {
		return py.NewBool(eventloop.Interrupt(e.ctx)), nil
	}, 0, "")
	g := e.exec(t, interruptSource)
	coro, err := py.Call(g["main"], py.Tuple{py.NewBool(swallow)}, nil)
	require.NoError(t, err)
	_, err = eventloop.Run(e.ctx, coro)
	return e, err
}

func TestInterruptCancelsMainTask(t *testing.T) {
	e, err := runInterrupted(t, false)
	requireExcType(t, err, py.KeyboardInterrupt)
	assert.Equal(t, "cancelled\ncleanup\n", e.stdout.String())
	cause, ok := pyerr.Exception(err).Context.(*py.Exception)
	require.True(t, ok, "KeyboardInterrupt is raised while handling the CancelledError")
	assert.True(t, pyerr.Matches(cause, eventloop.CancelledError))
	assert.Contains(t, interp.FormatException(err), "During handling of the above exception, another exception occurred:")
}

func TestSecondInterruptRaisesInTheLoop(t *testing.T) {
	e, err := runInterrupted(t, true)
	requireExcType(t, err, py.KeyboardInterrupt)
	// asyncio.run's shutdown cancelled main, still pending.
	assert.Equal(t, "cancelled\ncleanup\n", e.stdout.String())
}

func TestInterruptWithoutLoop(t *testing.T) {
	e := newEnv(t)
	assert.False(t, eventloop.Interrupt(e.ctx))
}

func TestAsyncioSubmodules(t *testing.T) {
	e := newEnv(t)
	e.exec(t, `
import asyncio.exceptions
import asyncio.tasks as tasks
from asyncio.futures import Future
from asyncio import events
assert asyncio.exceptions.CancelledError is asyncio.CancelledError is CancelledError
assert tasks.sleep is asyncio.sleep and tasks is asyncio.tasks
assert Future is asyncio.Future
assert events.get_running_loop is asyncio.get_running_loop
assert "CancelledError" in asyncio.exceptions.__all__
`)
}
