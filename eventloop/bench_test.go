package eventloop_test

import (
	"context"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/eventloop"
)

// BenchmarkCallSoonChainGo: each Go callback schedules the next with
// CallSoonFunc, which pays the owner check.
func BenchmarkCallSoonChainGo(b *testing.B) {
	e := newEnv(b)
	l := e.loop
	n := b.N
	var step func()
	step = func() {
		n--
		if n == 0 {
			l.Stop()
			return
		}
		_, _ = l.CallSoonFunc(step)
	}
	_, err := l.CallSoonFunc(step)
	require.NoError(b, err)
	b.ResetTimer()
	runUntilStopped(b, l)
}

// BenchmarkCallSoonChainPython: each Python callback schedules the next
// with loop.call_soon, as CPython's chained call_soon figure does.
func BenchmarkCallSoonChainPython(b *testing.B) {
	e := newEnv(b)
	g := e.exec(b, `
n = 0
def step():
    global n
    n -= 1
    if n == 0:
        loop.stop()
        return
    loop.call_soon(step)
`)
	g["n"] = py.Int(b.N)
	_, err := e.loop.CallSoon(g["step"])
	require.NoError(b, err)
	b.ResetTimer()
	runUntilStopped(b, e.loop)
}

// BenchmarkCallLater: b.N timers with spread deadlines, all fired.
func BenchmarkCallLater(b *testing.B) {
	e := newEnv(b)
	l := e.loop
	left := b.N
	fire := func() {
		left--
		if left == 0 {
			l.Stop()
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _ = l.CallLaterFunc(time.Duration(i%1000)*time.Microsecond, fire)
	}
	runUntilStopped(b, l)
}

// BenchmarkCallLaterPython: Python code schedules b.N call_later(0)
// timers at once; the last one to fire stops the loop (CPython 3.11:
// 194k timers/s on the reference machine).
func BenchmarkCallLaterPython(b *testing.B) {
	e := newEnv(b)
	g := e.exec(b, `
left = 0
def fire():
    global left
    left -= 1
    if left == 0:
        loop.stop()

def schedule(n):
    global left
    left = n
    for _ in range(n):
        loop.call_later(0, fire)
`)
	b.ResetTimer()
	_, err := py.Call(g["schedule"], py.Tuple{py.Int(b.N)}, nil)
	require.NoError(b, err)
	runUntilStopped(b, e.loop)
}

// loopStepper is a Go coroutine body that awaits next() b.N times.
func loopStepper(n int, next func() py.Object) awaitproto.Stepper {
	var it py.Object
	return awaitproto.StepFunc(func(sent py.Object, thrown error) (awaitproto.Result, error) {
		if thrown != nil {
			return awaitproto.Result{}, thrown
		}
		for {
			if it == nil {
				if n == 0 {
					return awaitproto.Result{Value: py.None, Done: true}, nil
				}
				n--
				var err error
				if it, err = awaitproto.Iterator(next()); err != nil {
					return awaitproto.Result{}, err
				}
			}
			r, err := awaitproto.Send(it, py.None)
			if err != nil {
				return awaitproto.Result{}, err
			}
			if !r.Done {
				return r, nil
			}
			it = nil
		}
	})
}

func benchAwait(b *testing.B, next func(l *eventloop.Loop) py.Object) {
	e := newEnv(b)
	l := e.loop
	coro := awaitproto.NewCoroutine("bench", loopStepper(b.N, func() py.Object { return next(l) }))
	b.ResetTimer()
	_, err := l.RunUntilComplete(context.Background(), coro)
	require.NoError(b, err)
}

// BenchmarkAwaitFutureCallSoon: a Go coroutine awaits a Future that a
// CallSoonFunc callback resolves.
func BenchmarkAwaitFutureCallSoon(b *testing.B) {
	benchAwait(b, func(l *eventloop.Loop) py.Object {
		f := l.NewFuture()
		_, _ = l.CallSoonFunc(func() { _ = f.SetResult(py.None) })
		return f
	})
}

// BenchmarkAwaitFutureSubmit: the same, resolved through Submit, which
// skips the owner check.
func BenchmarkAwaitFutureSubmit(b *testing.B) {
	benchAwait(b, func(l *eventloop.Loop) py.Object {
		f := l.NewFuture()
		_ = l.Submit(func() { _ = f.SetResult(py.None) })
		return f
	})
}

// BenchmarkGoRoundTrip: a Go coroutine awaits Loop.Go futures one after
// the other; each runs a Go function on its own goroutine.
func BenchmarkGoRoundTrip(b *testing.B) {
	fn := func(context.Context) (py.Object, error) { return py.Int(1), nil }
	benchAwait(b, func(l *eventloop.Loop) py.Object { return l.Go(fn) })
}

// BenchmarkGoDelivery: the bridge alone. Each Loop.Go future's done
// callback starts the next call, without the await protocol in between.
func BenchmarkGoDelivery(b *testing.B) {
	e := newEnv(b)
	l := e.loop
	fn := func(context.Context) (py.Object, error) { return py.Int(1), nil }
	n := b.N
	var next func(py.Object)
	next = func(py.Object) {
		n--
		if n == 0 {
			l.Stop()
			return
		}
		l.Go(fn).(*eventloop.Future).AddDoneFunc(next)
	}
	b.ResetTimer()
	l.Go(fn).(*eventloop.Future).AddDoneFunc(next)
	runUntilStopped(b, l)
}

// BenchmarkAwaitFuturePython: a Python generator run as a task makes a
// future, has loop.call_soon resolve it and awaits it with yield from,
// the workload of CPython's create_future+set_result+await figure.
func BenchmarkAwaitFuturePython(b *testing.B) {
	e := newEnv(b)
	g := e.exec(b, `
def bench(n):
    for i in range(n):
        f = loop.create_future()
        loop.call_soon(f.set_result, i)
        yield from f
`)
	gen, err := py.Call(g["bench"], py.Tuple{py.Int(b.N)}, nil)
	require.NoError(b, err)
	b.ResetTimer()
	_, err = e.loop.RunUntilComplete(context.Background(), gen)
	require.NoError(b, err)
}
