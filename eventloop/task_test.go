package eventloop_test

import (
	"context"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/pyerr"
)

// awaitThen is a Go coroutine body that awaits aw and finishes with what
// then makes of its outcome.
func awaitThen(aw py.Object, then func(py.Object, error) (py.Object, error)) awaitproto.Stepper {
	var it py.Object
	return awaitproto.StepFunc(func(sent py.Object, thrown error) (awaitproto.Result, error) {
		var (
			r   awaitproto.Result
			err error
		)
		switch {
		case it == nil:
			it, err = awaitproto.Iterator(aw)
			if err == nil {
				r, err = awaitproto.Send(it, py.None)
			}
		case thrown != nil:
			r, err = awaitproto.Throw(it, thrown)
		default:
			r, err = awaitproto.Send(it, sent)
		}
		if err == nil && !r.Done {
			return r, nil
		}
		v, err := then(r.Value, err)
		if err != nil {
			return awaitproto.Result{}, err
		}
		return awaitproto.Result{Value: v, Done: true}, nil
	})
}

func TestGoCoroutineAwaitsFuture(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	f := l.NewFuture()
	var seen []py.Object
	coro := awaitproto.NewCoroutine("waits", awaitThen(f, func(v py.Object, err error) (py.Object, error) {
		seen = append(seen, v)
		return py.Int(2) * v.(py.Int), err
	}))
	_, err := l.CallLaterFunc(time.Millisecond, func() { require.NoError(t, f.SetResult(py.Int(21))) })
	require.NoError(t, err)
	res, err := l.RunUntilComplete(context.Background(), coro)
	require.NoError(t, err)
	assert.Equal(t, py.Int(42), res)
	assert.Equal(t, []py.Object{py.Int(21)}, seen)
}

func TestRunUntilCompleteContextCancelsTask(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	f := l.NewFuture()
	var thrown error
	coro := awaitproto.NewCoroutine("waits", awaitThen(f, func(v py.Object, err error) (py.Object, error) {
		thrown = err
		return v, err
	}))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	_, err := l.RunUntilComplete(ctx, coro)
	requireExcType(t, err, eventloop.CancelledError)
	requireExcType(t, thrown, eventloop.CancelledError)
	assert.True(t, f.Cancelled(), "cancelling the task cancels the future it waits for")
}

func TestRunUntilCompleteContextLetsTaskCleanUp(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	f := l.NewFuture()
	coro := awaitproto.NewCoroutine("swallows", awaitThen(f, func(v py.Object, err error) (py.Object, error) {
		if pyerr.Matches(err, eventloop.CancelledError) {
			return py.String("cleaned up"), nil
		}
		return v, err
	}))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := l.RunUntilComplete(ctx, coro)
	require.NoError(t, err)
	assert.Equal(t, py.String("cleaned up"), res)
}

func TestRunUntilCompleteErrors(t *testing.T) {
	e := newEnv(t)
	other := newEnv(t)
	_, err := e.loop.RunUntilComplete(context.Background(), other.loop.NewFuture())
	requireExc(t, err, py.ValueError, "The future belongs to a different loop than the one specified as the loop argument")
	_, err = e.loop.RunUntilComplete(context.Background(), py.Int(3))
	requireExc(t, err, py.TypeError, "object int can't be used in 'await' expression")
	f := e.loop.NewFuture()
	_, err = e.loop.CallSoonFunc(e.loop.Stop)
	require.NoError(t, err)
	_, err = e.loop.RunUntilComplete(context.Background(), f)
	requireExc(t, err, py.RuntimeError, "Event loop stopped before Future completed.")
	require.NoError(t, f.SetResult(py.String("late")))
	res, err := e.loop.RunUntilComplete(context.Background(), f)
	require.NoError(t, err)
	assert.Equal(t, py.String("late"), res)
}

func TestTaskGoAPI(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	f := l.NewFuture()
	task, err := l.CreateTask(awaitproto.NewCoroutine("c", awaitThen(f, func(v py.Object, err error) (py.Object, error) { return v, err })))
	require.NoError(t, err)
	second, err := l.CreateTask(awaitproto.Ready(py.Int(1)))
	require.NoError(t, err)
	assert.Equal(t, "Task-1", task.Name())
	assert.Equal(t, "Task-2", second.Name())
	task.SetName("mine")
	assert.Equal(t, "mine", task.Name())
	assert.NotNil(t, task.Coro())
	_, err = l.RunUntilComplete(context.Background(), second)
	require.NoError(t, err)
	assert.Equal(t, "<Future pending cb=[Task.task_wakeup()]>", mustRepr(t, f))
	assert.True(t, task.Cancel(py.String("m")))
	assert.True(t, task.Cancel(nil))
	assert.Equal(t, 2, task.Cancelling())
	assert.Equal(t, 1, task.Uncancel())
	_, err = l.RunUntilComplete(context.Background(), task)
	requireExc(t, err, eventloop.CancelledError, "m")
	assert.False(t, task.Cancel(nil))
	assert.Nil(t, l.CurrentTask())
}

func TestTaskRefusesNonAwaitable(t *testing.T) {
	e := newEnv(t)
	_, err := e.loop.CreateTask(py.Int(3))
	requireExc(t, err, py.TypeError, "object int can't be used in 'await' expression")
}

func TestTaskExceptionNeverRetrieved(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	func() {
		_, err := l.CreateTask(awaitproto.NewCoroutine("boom", awaitproto.StepFunc(func(py.Object, error) (awaitproto.Result, error) {
			return awaitproto.Result{}, pyerr.Newf(py.ValueError, "lost")
		})))
		require.NoError(t, err)
		_, err = l.CallSoonFunc(l.Stop)
		require.NoError(t, err)
		runUntilStopped(t, l)
	}()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(e.stderr.String(), "never retrieved") && time.Now().Before(deadline) {
		runtime.GC()
		runFor(t, l, 5*time.Millisecond)
	}
	assert.Regexp(t, regexp.MustCompile(`^Task exception was never retrieved
future: <Task finished name='Task-1' coro=<go_coroutine object boom at 0x[0-9a-f]+> exception=ValueError\('lost'\)>
ValueError: lost
$`), e.stderr.String())
}

func TestRetrievedExceptionIsNotReported(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	func() {
		f := l.NewFuture()
		require.NoError(t, f.SetException(pyerr.Newf(py.ValueError, "seen")))
		exc, err := f.Exception()
		require.NoError(t, err)
		requireExc(t, exc, py.ValueError, "seen")
	}()
	for i := 0; i < 3; i++ {
		runtime.GC()
		runFor(t, l, 2*time.Millisecond)
	}
	assert.Empty(t, e.stderr.String())
}

func mustRepr(t *testing.T, o py.Object) string {
	t.Helper()
	s, err := py.ReprAsString(o)
	require.NoError(t, err)
	return s
}

func TestUnretrievedReportedAtClose(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	f1 := l.NewFuture()
	f2 := l.NewFuture()
	f3 := l.NewFuture()
	require.NoError(t, f2.SetException(pyerr.Newf(py.KeyError, "second")))
	require.NoError(t, f1.SetException(pyerr.Newf(py.ValueError, "first")))
	require.NoError(t, f3.SetException(pyerr.Newf(py.ValueError, "seen")))
	_, err := f3.Result()
	requireExcType(t, err, py.ValueError)
	require.NoError(t, l.Close())
	assert.Equal(t, "Future exception was never retrieved\n"+
		"future: <Future finished exception=KeyError('second')>\n"+
		"KeyError: 'second'\n"+
		"Future exception was never retrieved\n"+
		"future: <Future finished exception=ValueError('first')>\n"+
		"ValueError: first\n", e.stderr.String())
	runtime.KeepAlive([]*eventloop.Future{f1, f2, f3})
}

func TestUnretrievedTaskInACycleIsReported(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	func() {
		// The coroutine refers to its own task, as a Python coroutine that
		// keeps asyncio.current_task() in a local does.
		var task *eventloop.Task
		coro := awaitproto.NewCoroutine("cyclic", awaitproto.StepFunc(func(py.Object, error) (awaitproto.Result, error) {
			return awaitproto.Result{}, pyerr.Newf(py.ValueError, "in %s", task.Name())
		}))
		var err error
		task, err = l.CreateTask(coro)
		require.NoError(t, err)
		_, err = l.CallSoonFunc(l.Stop)
		require.NoError(t, err)
		runUntilStopped(t, l)
		require.True(t, task.Done())
	}()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(e.stderr.String(), "never retrieved") && time.Now().Before(deadline) {
		runtime.GC()
		runFor(t, l, 5*time.Millisecond)
	}
	assert.Contains(t, e.stderr.String(), "Task exception was never retrieved\nfuture: <Task finished name='Task-1' coro=<go_coroutine object cyclic at 0x")
	assert.Contains(t, e.stderr.String(), "> exception=ValueError('in Task-1')>\nValueError: in Task-1\n")
}

// The default name is built on demand; an empty name set later must stay
// empty, as in CPython.
func TestTaskNameDefaultAndSet(t *testing.T) {
	e := newEnv(t)
	e.exec(t, `
async def f(): pass
t1 = loop.create_task(f())
t2 = loop.create_task(f())
n1 = int(t1.get_name()[5:])
print(t2.get_name() == "Task-%d" % (n1 + 1))
t1.set_name("")
print(repr(t1.get_name()))
t2.set_name(7)
print(t2.get_name())
loop.run_until_complete(t1)
loop.run_until_complete(t2)
`)
	assert.Equal(t, "True\n''\n7\n", e.stdout.String())
}
