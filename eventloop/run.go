package eventloop

import (
	"context"
	"sync"

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
	fut.addCallback(doneCallback{name: runUntilCompleteDone, goFn: func(py.Object) {
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

// mainRun is the main task of an asyncio.run in progress and the
// interrupts it got, as CPython 3.11's Runner counts them.
type mainRun struct {
	loop       *Loop
	task       *Task
	interrupts int
}

// mainRuns holds the mainRun of each py.Context running asyncio.run.
var mainRuns sync.Map // py.Context -> *mainRun

// runMain runs main as the main task of asyncio.run, as RunUntilComplete
// does with ctx. An Interrupt cancels the task; if the task then ends
// cancelled, the run ends with KeyboardInterrupt, raised while handling
// the task's CancelledError as CPython's Runner does.
func (l *Loop) runMain(ctx context.Context, main py.Object) (py.Object, error) {
	t, err := l.createTask(main)
	if err != nil {
		return nil, err
	}
	return l.runMainTask(ctx, t)
}

// runMainTask is runMain with the task made.
func (l *Loop) runMainTask(ctx context.Context, t *Task) (py.Object, error) {
	m := &mainRun{loop: l, task: t}
	if l.ctx != nil {
		mainRuns.Store(l.ctx, m)
		defer mainRuns.CompareAndDelete(l.ctx, m)
	}
	res, err := l.RunUntilComplete(ctx, t)
	if err != nil && m.interrupts > 0 && pyerr.Matches(err, CancelledError) && t.Uncancel() == 0 {
		ki := pyerr.New(py.KeyboardInterrupt)
		ki.Value.(*py.Exception).Context = pyerr.Exception(err)
		return nil, ki
	}
	return res, err
}

// Interrupt is what SIGINT does to the event loop running in ctx, as in
// CPython 3.11: in asyncio.run (and asyncio.Runner.run), the first
// interrupt cancels the main task (see runMain); any other interrupt
// raises KeyboardInterrupt in the loop, which ends its run. It reports false when no loop runs in ctx or
// the loop can take no more work. It is safe for concurrent use.
func Interrupt(ctx py.Context) bool {
	l := runningLoop(ctx)
	if l == nil {
		return false
	}
	return l.Submit(func() { l.interrupt() }) == nil
}

// raiseInterrupt is the callback that raises KeyboardInterrupt in a loop.
var raiseInterrupt = py.MustNewMethod("_interrupt", func(py.Object, py.Tuple) (py.Object, error) {
	return nil, pyerr.New(py.KeyboardInterrupt)
}, 0, "")

// interrupt runs on l's goroutine.
func (l *Loop) interrupt() {
	if v, ok := mainRuns.Load(l.ctx); ok {
		m := v.(*mainRun)
		if m.loop == l {
			m.interrupts++
			if m.interrupts == 1 && !m.task.Done() {
				m.task.Cancel(nil)
				return
			}
		}
	}
	_, _ = l.CallSoon(raiseInterrupt)
}

func init() {
	// Runner.run of asyncio.py runs its task as the main task.
	LoopType.Dict["_run_main"] = py.MustNewMethod("_run_main", func(self, arg py.Object) (py.Object, error) {
		l, err := loopOf(self, "_run_main")
		if err != nil {
			return nil, err
		}
		t, ok := arg.(*Task)
		if !ok || t.loop != l {
			return l.RunUntilComplete(context.Background(), arg)
		}
		return l.runMainTask(context.Background(), t)
	}, 0, "")
}
