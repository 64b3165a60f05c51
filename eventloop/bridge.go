package eventloop

import (
	"context"
	"errors"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// Go runs fn on a new goroutine and returns a Future, attached to l, for
// its outcome: fn's result, or its error as a Python exception (a
// py.ExceptionInfo as is, any other error, or a panic, as a RuntimeError
// with its message). The outcome is delivered on the loop exactly once,
// and never into a future that was cancelled meanwhile; cancelling the
// future cancels fn's context. If the loop is closed before fn returns,
// the outcome is dropped.
//
// fn must not touch the loop's Python objects; the object it returns is
// handed to the loop's goroutine and must not be used by fn afterwards.
// Go touches no loop state and may be called from any goroutine, but the
// Future it returns belongs to the loop's goroutine.
func (l *Loop) Go(fn func(context.Context) (py.Object, error)) py.Object {
	c := &goCall{fut: l.NewFuture(), fn: fn}
	var ctx context.Context
	ctx, c.cancel = context.WithCancel(context.Background())
	c.fut.extra().onCancel = c.cancel
	l.inflight.Add(1)
	go c.run(ctx)
	return c.fut
}

// goCall is one call of Loop.Go.
type goCall struct {
	fut    *Future
	fn     func(context.Context) (py.Object, error)
	cancel context.CancelFunc
	result py.Object
	err    error
}

// run runs on the call's goroutine: it calls fn and submits the outcome.
// Its cancel is set before the goroutine starts, so reading it is not a
// race.
func (c *goCall) run(ctx context.Context) {
	c.result, c.err = callGo(ctx, c.fn)
	c.cancel()
	l := c.fut.loop
	_ = l.Submit(c.deliver)
	l.inflight.Add(-1)
}

// deliver runs on the loop: it settles the future unless it was
// cancelled meanwhile.
func (c *goCall) deliver() {
	f := c.fut
	if f.state != pending {
		return
	}
	if c.err != nil {
		_ = f.SetException(c.err)
		return
	}
	_ = f.SetResult(c.result)
}

// callGo calls fn and turns its error or panic into a Python exception.
func callGo(ctx context.Context, fn func(context.Context) (py.Object, error)) (v py.Object, err error) {
	defer func() {
		if p := recover(); p != nil {
			v, err = nil, pyerr.Newf(py.RuntimeError, "Go function panicked: %v", p)
		}
	}()
	v, err = fn(ctx)
	if err != nil {
		return nil, goError(err)
	}
	if v == nil {
		v = py.None
	}
	return v, nil
}

// goError maps a Go error to a Python exception: one that carries a
// py.ExceptionInfo is that exception, any other is a RuntimeError with
// the error's message.
func goError(err error) error {
	var info py.ExceptionInfo
	if errors.As(err, &info) {
		return pyerr.Info(info)
	}
	var exc *py.Exception
	if errors.As(err, &exc) {
		return pyerr.Info(exc)
	}
	return pyerr.Newf(py.RuntimeError, "%s", err.Error())
}
