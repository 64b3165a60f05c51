package eventloop

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// Each py.Context has at most one running loop, and may have a current
// loop set with set_event_loop; both are what asyncio's
// get_running_loop and get_event_loop answer for Python code running in
// that context.
var (
	runningLoops sync.Map // py.Context -> *Loop
	currentLoops sync.Map // py.Context -> *Loop
	runningHere  sync.Map // goroutine id -> *Loop
	setCalled    sync.Map // py.Context -> struct{}: set_event_loop was called
)

// Running returns the loop running in ctx, or CPython's "no running event
// loop" RuntimeError. It is safe for concurrent use.
func Running(ctx py.Context) (*Loop, error) {
	if l := runningLoop(ctx); l != nil {
		return l, nil
	}
	return nil, pyerr.Newf(py.RuntimeError, "no running event loop")
}

func runningLoop(ctx py.Context) *Loop {
	if ctx == nil {
		return nil
	}
	if v, ok := runningLoops.Load(ctx); ok {
		return v.(*Loop)
	}
	return nil
}

// runHooks are the functions OnRun registered.
var runHooks []func(*Loop) func()

// OnRun registers fn, which is called on a loop's goroutine each time the
// loop starts running; the function fn returns is called when that run
// ends. Packages that keep their own notion of the running loop use it.
// Call it from an init function only: the list is read without a lock.
func OnRun(fn func(*Loop) (done func())) { runHooks = append(runHooks, fn) }

// markRunning records l as the loop running in its context and returns
// the function that undoes it. It fails when another loop runs there.
func (l *Loop) markRunning() (func(), error) {
	if l.ctx != nil {
		if prev, loaded := runningLoops.LoadOrStore(l.ctx, l); loaded && prev != l {
			return nil, pyerr.Newf(py.RuntimeError, "Cannot run the event loop while another loop is running")
		}
	}
	prevHere, hadHere := runningHere.Swap(l.owner, l)
	dones := make([]func(), 0, len(runHooks))
	for _, h := range runHooks {
		dones = append(dones, h(l))
	}
	return func() {
		for i := len(dones) - 1; i >= 0; i-- {
			if dones[i] != nil {
				dones[i]()
			}
		}
		if hadHere {
			runningHere.Store(l.owner, prevHere)
		} else {
			runningHere.Delete(l.owner)
		}
		if l.ctx != nil {
			runningLoops.Delete(l.ctx)
		}
	}, nil
}

// RunningHere returns the loop running on the calling goroutine, or
// CPython's "no running event loop" RuntimeError. It serves Python types
// whose methods get no module and so no py.Context. It is safe for
// concurrent use.
func RunningHere() (*Loop, error) {
	if v, ok := runningHere.Load(goroutineID()); ok {
		return v.(*Loop), nil
	}
	return nil, pyerr.Newf(py.RuntimeError, "no running event loop")
}

// SetCurrent makes l the loop that get_event_loop returns in ctx when no
// loop runs there; nil forgets it, after which get_event_loop fails
// instead of making a loop, as in CPython. It is safe for concurrent use.
func SetCurrent(ctx py.Context, l *Loop) {
	setCalled.Store(ctx, struct{}{})
	if l == nil {
		currentLoops.Delete(ctx)
		return
	}
	currentLoops.Store(ctx, l)
}

// Current returns the loop running in ctx, else the one set with
// SetCurrent, else nil. It is safe for concurrent use.
func Current(ctx py.Context) *Loop {
	if l := runningLoop(ctx); l != nil {
		return l
	}
	if v, ok := currentLoops.Load(ctx); ok {
		return v.(*Loop)
	}
	return nil
}
