package eventloop_test

import (
	"context"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/eventloop"
)

func TestCallSoonFIFO(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	var got []int
	for i := 0; i < 5; i++ {
		_, err := l.CallSoonFunc(func() {
			got = append(got, i)
			if i == 2 {
				// Scheduled from a callback: runs after everything
				// already queued.
				_, err := l.CallSoonFunc(func() { got = append(got, 10) })
				require.NoError(t, err)
			}
		})
		require.NoError(t, err)
	}
	_, err := l.CallSoonFunc(l.Stop)
	require.NoError(t, err)
	runUntilStopped(t, l)
	// stop() ends the run after the iteration it was called in, as in
	// CPython: the callback queued at i == 2 belongs to the next one.
	assert.Equal(t, []int{0, 1, 2, 3, 4}, got)
	_, err = l.CallSoonFunc(l.Stop)
	require.NoError(t, err)
	runUntilStopped(t, l)
	assert.Equal(t, []int{0, 1, 2, 3, 4, 10}, got)
}

func TestSoonBeforeLaterZeroAndEqualDeadlines(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	var got []string
	add := func(s string) func() { return func() { got = append(got, s) } }
	_, err := l.CallSoonFunc(func() {
		now := l.Time()
		_, _ = l.CallLaterFunc(0, add("later0"))
		_, _ = l.CallSoonFunc(add("soon"))
		_, _ = l.CallAtFunc(now-1, add("at-past"))
		for _, s := range []string{"a", "b", "c", "d"} {
			_, _ = l.CallAtFunc(now+0.01, add(s))
		}
		_, _ = l.CallAtFunc(now+0.01, l.Stop)
	})
	require.NoError(t, err)
	runUntilStopped(t, l)
	// CPython 3.11 prints ['soon', 'at-past', 'later0', 'a', 'd', 'c', 'b']
	// for the same program: timers due at the same time come out in heapq's
	// order, not in the order they were scheduled.
	assert.Equal(t, []string{"soon", "at-past", "later0", "a", "d", "c", "b"}, got)
}

func TestTimerCancel(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	var got []string
	h1, err := l.CallLaterFunc(time.Millisecond, func() { got = append(got, "h1") })
	require.NoError(t, err)
	h2, err := l.CallLaterFunc(2*time.Millisecond, func() { got = append(got, "h2") })
	require.NoError(t, err)
	s, err := l.CallSoonFunc(func() { got = append(got, "soon") })
	require.NoError(t, err)
	_, err = l.CallLaterFunc(5*time.Millisecond, l.Stop)
	require.NoError(t, err)
	h1.Cancel()
	s.Cancel()
	h1.Cancel()
	assert.True(t, h1.Cancelled())
	assert.False(t, h2.Cancelled())
	assert.Greater(t, h2.When(), h1.When())
	runUntilStopped(t, l)
	assert.Equal(t, []string{"h2"}, got)
}

func TestTimersWakeTheLoop(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	start := time.Now()
	_, err := l.CallLaterFunc(20*time.Millisecond, l.Stop)
	require.NoError(t, err)
	runUntilStopped(t, l)
	assert.GreaterOrEqual(t, time.Since(start), 20*time.Millisecond)
}

func TestRunEndsWithContext(t *testing.T) {
	e := newEnv(t)
	runFor(t, e.loop, 10*time.Millisecond)
	assert.False(t, e.loop.IsRunning())
}

func TestStopBeforeRunDoesOneIteration(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	n := 0
	_, err := l.CallSoonFunc(func() {
		n++
		_, _ = l.CallSoonFunc(func() { n++ })
	})
	require.NoError(t, err)
	l.Stop()
	runUntilStopped(t, l)
	assert.Equal(t, 1, n)
}

func TestPythonCallbackRaises(t *testing.T) {
	e := newEnv(t)
	g := e.exec(t, "def cb(x):\n    1/0\n\nseen = []\ndef ok():\n    seen.append(1)\n")
	l := e.loop
	_, err := l.CallSoon(g["cb"], py.Int(7))
	require.NoError(t, err)
	_, err = l.CallSoon(g["ok"])
	require.NoError(t, err)
	_, err = l.CallSoonFunc(l.Stop)
	require.NoError(t, err)
	runUntilStopped(t, l)
	assert.Len(t, g["seen"].(*py.List).Items, 1, "the loop goes on after a callback raised")
	// CPython also shows the frame of asyncio's Handle._run, which this
	// loop does not have.
	assert.Equal(t, "Exception in callback cb(7) at test.py:1\n"+
		"handle: <Handle cb(7) at test.py:1>\n"+
		"Traceback (most recent call last):\n"+
		"  File \"test.py\", line 2, in cb\n"+
		"    1/0\n"+
		"ZeroDivisionError: division by zero\n", e.stderr.String())
}

func TestCustomExceptionHandler(t *testing.T) {
	var got []eventloop.ExceptionContext
	e := newEnv(t, eventloop.WithExceptionHandler(func(_ *eventloop.Loop, c eventloop.ExceptionContext) {
		got = append(got, c)
		panic("handler bug")
	}))
	l := e.loop
	h, err := l.CallSoonFunc(func() { panic("boom") })
	require.NoError(t, err)
	_, err = l.CallSoonFunc(l.Stop)
	require.NoError(t, err)
	runUntilStopped(t, l)
	require.Len(t, got, 1)
	assert.Same(t, h, got[0].Handle)
	requireExc(t, got[0].Exception, py.RuntimeError, "Go callback panicked: boom")
	assert.True(t, strings.HasPrefix(got[0].Message, "Exception in callback "), got[0].Message)
	// The handler's own panic is reported by the default handler.
	assert.Contains(t, e.stderr.String(), "Unhandled error in exception handler\n")
	assert.Contains(t, e.stderr.String(), "RuntimeError: exception handler panicked: handler bug\n")
}

func TestSystemExitEndsRun(t *testing.T) {
	e := newEnv(t)
	g := e.exec(t, "import sys\ndef cb():\n    sys.exit(3)\n")
	l := e.loop
	ran := false
	_, err := l.CallSoon(g["cb"])
	require.NoError(t, err)
	_, err = l.CallSoonFunc(func() { ran = true })
	require.NoError(t, err)
	err = l.Run(context.Background())
	requireExcType(t, err, py.SystemExit)
	assert.False(t, ran)
	assert.Empty(t, e.stderr.String())
	_, err = l.CallSoonFunc(l.Stop)
	require.NoError(t, err)
	runUntilStopped(t, l)
	assert.True(t, ran, "the rest of the queue runs in the next run")
}

func TestCloseRunningLoop(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	var inside error
	started := make(chan struct{})
	_, err := l.CallSoonFunc(func() {
		inside = l.Close()
		close(started)
	})
	require.NoError(t, err)
	outside := make(chan error, 1)
	go func() {
		<-started
		outside <- l.Close()
		_ = l.Submit(l.Stop)
	}()
	runUntilStopped(t, l)
	requireExc(t, inside, py.RuntimeError, "Cannot close a running event loop")
	requireExc(t, <-outside, py.RuntimeError, "Cannot close a running event loop")
	assert.False(t, l.IsClosed())
	require.NoError(t, l.Close())
	require.NoError(t, l.Close(), "closing twice is allowed")
	assert.True(t, l.IsClosed())
}

func TestClosedLoopRefusesWork(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	ran := false
	require.NoError(t, l.Submit(func() { ran = true }))
	require.NoError(t, l.Close())
	requireExc(t, l.Submit(func() {}), py.RuntimeError, "Event loop is closed")
	_, err := l.CallSoonFunc(func() {})
	requireExc(t, err, py.RuntimeError, "Event loop is closed")
	_, err = l.CallLaterFunc(time.Second, func() {})
	requireExc(t, err, py.RuntimeError, "Event loop is closed")
	requireExc(t, l.Run(context.Background()), py.RuntimeError, "Event loop is closed")
	_, err = l.RunUntilComplete(context.Background(), l.NewFuture())
	requireExc(t, err, py.RuntimeError, "Event loop is closed")
	assert.False(t, ran, "submissions pending at Close are dropped")
}

func TestLoopOnlyMethodsRefuseOtherGoroutines(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	const msg = "Non-thread-safe operation invoked on an event loop other than the current one"
	errs := make(chan error, 8)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, err := l.CallSoonFunc(func() {})
		errs <- err
		_, err = l.CallSoon(py.None)
		errs <- err
		_, err = l.CallLaterFunc(0, func() {})
		errs <- err
		_, err = l.CallAt(0, py.None)
		errs <- err
		errs <- l.Run(context.Background())
		_, err = l.RunUntilComplete(context.Background(), py.None)
		errs <- err
		_, err = l.CreateTask(py.None)
		errs <- err
		errs <- l.Close()
	}()
	wg.Wait()
	close(errs)
	n := 0
	for err := range errs {
		requireExc(t, err, py.RuntimeError, msg)
		n++
	}
	assert.Equal(t, 8, n)
}

func TestRunWhileRunning(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	var errs []error
	_, err := l.CallSoonFunc(func() {
		errs = append(errs, l.Run(context.Background()))
		_, err := l.RunUntilComplete(context.Background(), l.NewFuture())
		errs = append(errs, err)
		l.Stop()
	})
	require.NoError(t, err)
	runUntilStopped(t, l)
	require.Len(t, errs, 2)
	for _, err := range errs {
		requireExc(t, err, py.RuntimeError, "This event loop is already running")
	}
}

func TestSubmitFromManyGoroutines(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	const goroutines, each = 8, 200
	count := 0
	last := make([]int, goroutines)
	ordered := true
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; i <= each; i++ {
				require.NoError(t, l.Submit(func() {
					if last[g] != i-1 {
						ordered = false
					}
					last[g] = i
					count++
					if count == goroutines*each {
						l.Stop()
					}
				}))
			}
		}()
	}
	runUntilStopped(t, l)
	wg.Wait()
	assert.Equal(t, goroutines*each, count)
	assert.True(t, ordered, "each goroutine's submissions run in order")
}

func TestSubmitNil(t *testing.T) {
	e := newEnv(t)
	requireExcType(t, e.loop.Submit(nil), py.TypeError)
}

func TestBusyLoopNoticesContext(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	var spin func()
	spin = func() { _, _ = l.CallSoonFunc(spin) }
	_, err := l.CallSoonFunc(spin)
	require.NoError(t, err)
	runFor(t, l, 5*time.Millisecond)
}

func TestFarAndNaNDeadlines(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	ran := false
	_, err := l.CallAtFunc(1e300, func() { ran = true })
	require.NoError(t, err)
	_, err = l.CallAtFunc(math.NaN(), func() { ran = true })
	require.NoError(t, err)
	_, err = l.CallLaterFunc(time.Millisecond, l.Stop)
	require.NoError(t, err)
	runUntilStopped(t, l)
	assert.False(t, ran)
}
