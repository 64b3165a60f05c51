package eventloop_test

import (
	"context"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/pyerr"
)

// probe is a Go coroutine that calls fn during its only step.
func probe(fn func()) py.Object {
	return awaitproto.NewCoroutine("probe", awaitproto.StepFunc(func(py.Object, error) (awaitproto.Result, error) {
		fn()
		return awaitproto.Result{Done: true}, nil
	}))
}

func TestRunningAndRunningHere(t *testing.T) {
	e := newEnv(t)
	_, err := eventloop.Running(e.ctx)
	requireExc(t, err, py.RuntimeError, "no running event loop")
	_, err = eventloop.RunningHere()
	requireExc(t, err, py.RuntimeError, "no running event loop")
	var inCtx, here *eventloop.Loop
	_, err = e.loop.RunUntilComplete(context.Background(), probe(func() {
		inCtx, _ = eventloop.Running(e.ctx)
		here, _ = eventloop.RunningHere()
	}))
	require.NoError(t, err)
	assert.Same(t, e.loop, inCtx)
	assert.Same(t, e.loop, here)
	_, err = eventloop.Running(e.ctx)
	require.Error(t, err, "the loop is no longer running")
}

func TestSecondLoopInSameContextRefused(t *testing.T) {
	e := newEnv(t)
	other := eventloop.New(e.ctx)
	defer func() { _ = other.Close() }()
	var nestedErr error
	_, err := e.loop.RunUntilComplete(context.Background(), probe(func() {
		_, nestedErr = other.RunUntilComplete(context.Background(), probe(func() {}))
	}))
	require.NoError(t, err)
	requireExc(t, nestedErr, py.RuntimeError, "Cannot run the event loop while another loop is running")
}

func TestCurrentLoop(t *testing.T) {
	e := newEnv(t)
	assert.Nil(t, eventloop.Current(e.ctx))
	eventloop.SetCurrent(e.ctx, e.loop)
	assert.Same(t, e.loop, eventloop.Current(e.ctx))
	eventloop.SetCurrent(e.ctx, nil)
	assert.Nil(t, eventloop.Current(e.ctx))
}

func TestRunCancelsLeftoversAndCloses(t *testing.T) {
	e := newEnv(t)
	g := e.exec(t, `
import asyncio
log = []
async def left():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
async def main():
    asyncio.create_task(left())
    await asyncio.sleep(0)
    return "result"
`)
	main, err := py.Call(g["main"], nil, nil)
	require.NoError(t, err)
	res, err := eventloop.Run(e.ctx, main)
	require.NoError(t, err)
	assert.Equal(t, py.String("result"), res)
	assert.Equal(t, "['cancelled']", mustRepr(t, g["log"]))
	_, err = eventloop.Run(e.ctx, py.Int(1))
	requireExc(t, err, py.ValueError, "a coroutine was expected, got 1")
}

func TestNewExceptionGroup(t *testing.T) {
	eg := eventloop.NewExceptionGroup("boom", []py.Object{pyerr.New(py.ValueError).Value, pyerr.New(py.KeyError).Value})
	assert.True(t, pyerr.Matches(eg, eventloop.ExceptionGroup))
	assert.True(t, pyerr.Matches(eg, eventloop.BaseExceptionGroup))
	assert.True(t, pyerr.Matches(eg, py.ExceptionType))
	requireExc(t, eg, eventloop.ExceptionGroup, "boom") // args[0] is the message
	base := eventloop.NewExceptionGroup("stop", []py.Object{pyerr.New(py.KeyboardInterrupt).Value})
	assert.True(t, pyerr.Matches(base, eventloop.BaseExceptionGroup))
	assert.False(t, pyerr.Matches(base, py.ExceptionType))
	requireExc(t, base, eventloop.BaseExceptionGroup, "stop")
}

func TestRunningHereClearedAfterRuns(t *testing.T) {
	e := newEnv(t)
	for i := 0; i < 2; i++ {
		_, err := e.loop.RunUntilComplete(context.Background(), probe(func() {}))
		require.NoError(t, err)
	}
	_, err := eventloop.RunningHere()
	require.Error(t, err)
}

// goLen is a GoCallable: len() of a string, computed off the loop.
type goLen struct{}

func (goLen) Type() *py.Type { return py.ObjectType }

func (goLen) CallGo(_ context.Context, args py.Tuple) (py.Object, error) {
	return py.Int(len(string(args[0].(py.String)))), nil
}

func (goLen) M__call__(args py.Tuple, _ py.StringDict) (py.Object, error) {
	return py.Int(len(string(args[0].(py.String)))), nil
}

func TestRunInExecutor(t *testing.T) {
	e := newEnv(t)
	e.ctx.Store().Builtins.Globals["golen"] = goLen{}
	g := e.exec(t, `
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    a = await loop.run_in_executor(None, golen, "abcd")
    b = await loop.run_in_executor(None, len, "xyz")
    try:
        await loop.run_in_executor(None, 3)
    except TypeError as e:
        c = str(e)
    return [a, b, c]
`)
	main, err := py.Call(g["main"], nil, nil)
	require.NoError(t, err)
	res, err := eventloop.Run(e.ctx, main)
	require.NoError(t, err)
	assert.Equal(t, "[4, 3, \"'int' object is not callable\"]", mustRepr(t, res))
}
