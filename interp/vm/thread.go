package vm

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/pyerr"
)

// RecursionError is CPython's RecursionError, which gpython lacks. The
// interp package publishes it in builtins.
var RecursionError = py.RuntimeError.NewType("RecursionError", "Recursion limit exceeded.", nil, nil)

func init() {
	// gpython readies its own types in its init; types made later must be
	// readied by their maker, or subclass checks fail. NewType copies the
	// parent's ready flag, which would make Ready a no-op.
	RecursionError.Flags &^= py.TPFLAGS_READY
	if err := RecursionError.Ready(); err != nil {
		panic(err)
	}
}

// DefaultRecursionLimit is the recursion limit of a new Thread, as in CPython.
const DefaultRecursionLimit = 1000

// maxRecursionLimit bounds SetRecursionLimit so that deep Python recursion
// can never exhaust the Go stack, which would kill the process.
const maxRecursionLimit = 100000

// Thread is the evaluator state of one py.Context: the chain of running
// frames and the recursion depth. A Thread is used only by the goroutine
// that owns its context.
type Thread struct {
	ctx          py.Context
	frame        *Frame // innermost running frame
	depth        int
	limit        int
	handlers     int // running frames whose exc is set; lets lookups skip the walk
	builtinsDict py.StringDict
	lastExc      *py.Exception          // the exception that last left a frame
	free         [bigClass + 1][]*Frame // released frames for reuse, by size class
	pending      []pendingCoroutine
	// fresh is the coroutine callCoroutine made for the await that
	// follows the call, until that await steps it; spare is such a
	// coroutine that finished at its first step, for reuse.
	fresh, spare *coroutine.Coroutine
	sweepAt      int
	interrupted  atomic.Bool // set by Interrupt from any goroutine
}

// Interrupt asks the code running in ctx to raise KeyboardInterrupt at its
// next loop iteration (a backward jump), as CPython does on CTRL-C. It is
// safe to call from any goroutine. It reports whether an interrupt was
// already pending, which means the running code has not reached such a
// point since (it may be blocked in Go code).
func Interrupt(ctx py.Context) (alreadyPending bool) {
	return ThreadOf(ctx).interrupted.Swap(true)
}

var threads sync.Map // py.Context -> *Thread

// ThreadOf returns the Thread of ctx, creating it on first use. It is safe
// for concurrent use; the Thread it returns is not.
func ThreadOf(ctx py.Context) *Thread {
	if t, ok := threads.Load(ctx); ok {
		return t.(*Thread)
	}
	t, _ := threads.LoadOrStore(ctx, &Thread{ctx: ctx, limit: DefaultRecursionLimit})
	return t.(*Thread)
}

// Forget drops the Thread of ctx; call it when ctx is closed. It is safe for
// concurrent use.
func Forget(ctx py.Context) {
	threads.Delete(ctx)
}

// RecursionLimit returns the maximum depth of nested Python frames.
func (t *Thread) RecursionLimit() int { return t.limit }

// SetRecursionLimit sets the maximum depth of nested Python frames, with
// CPython's errors for bad values.
func (t *Thread) SetRecursionLimit(n int) error {
	if n < 1 {
		return pyerr.Newf(py.ValueError, "recursion limit must be greater or equal than 1")
	}
	if n > maxRecursionLimit {
		return pyerr.Newf(py.ValueError, "recursion limit must be at most %d", maxRecursionLimit)
	}
	if n <= t.depth {
		return pyerr.Newf(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.depth)
	}
	t.limit = n
	return nil
}

// Depth returns the number of Python frames currently running.
func (t *Thread) Depth() int { return t.depth }

// Frame returns the innermost running frame, or nil.
func (t *Thread) Frame() *Frame { return t.frame }

// Locals returns the local namespace of the innermost running frame (what
// locals() and vars() return there), or nil when no frame runs.
func (t *Thread) Locals() py.StringDict {
	if t.frame == nil {
		return nil
	}
	return t.frame.locals()
}

// ExcInfo returns the exception being handled by the innermost running frame
// that handles one (what sys.exc_info() reports), or the zero ExceptionInfo.
func (t *Thread) ExcInfo() py.ExceptionInfo {
	if t.handlers == 0 {
		return py.ExceptionInfo{}
	}
	for f := t.frame; f != nil; f = f.back {
		if f.exc.Value != nil {
			return f.exc
		}
	}
	return py.ExceptionInfo{}
}

// ExcInfo returns the exception being handled in ctx; see Thread.ExcInfo.
func ExcInfo(ctx py.Context) py.ExceptionInfo {
	return ThreadOf(ctx).ExcInfo()
}

// push makes f the innermost running frame.
func (t *Thread) push(f *Frame) error {
	if t.depth >= t.limit {
		return pyerr.Newf(RecursionError, "maximum recursion depth exceeded")
	}
	t.depth++
	f.depth = int32(t.depth)
	f.back = t.frame
	t.frame = f
	if f.exc.Value != nil {
		t.handlers++
	}
	return nil
}

// pop undoes push.
func (t *Thread) pop(f *Frame) {
	t.depth--
	t.frame = f.back
	if f.exc.Value != nil {
		t.handlers--
	}
}

// resync makes f the innermost running frame again after a Go panic
// unwound frames above it without popping them.
func (t *Thread) resync(f *Frame) {
	t.frame = f
	t.depth = int(f.depth)
	t.handlers = 0
	for g := f; g != nil; g = g.back {
		if g.exc.Value != nil {
			t.handlers++
		}
	}
}
