package eventloop

import (
	"context"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// RunUntilComplete runs the loop until the awaitable aw is done and
// returns its result or raises its exception. aw is wrapped in a task
// unless it is a Future or Task of this loop. When ctx is done, the task
// (or future) is cancelled and the loop runs on until it finishes, so
// the awaitable can clean up; the error is then its CancelledError. It
// is a loop-only method.
func (l *Loop) RunUntilComplete(ctx context.Context, aw py.Object) (py.Object, error) {
	if err := l.checkRunnable(); err != nil {
		return nil, err
	}
	var fut *Future
	if f, ok := aw.(interface{ future() *Future }); ok {
		fut = f.future()
		if fut.loop != l {
			return nil, pyerr.Newf(py.ValueError, "The future belongs to a different loop than the one specified as the loop argument")
		}
	} else {
		t, err := l.createTask(aw)
		if err != nil {
			return nil, err
		}
		fut = &t.Future
	}
	active := true
	fut.addCallback(doneCallback{name: "_run_until_complete_cb", goFn: func(py.Object) {
		if active {
			l.Stop()
		}
	}})
	done := ctx.Done()
	err := l.run(func() <-chan struct{} { return done }, func() error {
		done = nil
		cancelObject(fut.self, nil)
		return nil
	})
	active = false
	if err != nil {
		return nil, err
	}
	if !fut.Done() {
		return nil, pyerr.Newf(py.RuntimeError, "Event loop stopped before Future completed.")
	}
	return fut.Result()
}
