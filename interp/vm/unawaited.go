package vm

import (
	"runtime"
	"weak"

	op "github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/compiler"
)

// CPython warns "coroutine ... was never awaited" when a coroutine object
// dies without having been started. Go frees objects at a time of its
// choosing, so the Thread keeps a weak pointer to every coroutine it makes,
// with the place that made it, and NeverAwaited reports at the end of a
// program which of them died unstarted (at the place they were made, which
// is where an expression statement like `f()` drops them) and which are
// still alive unstarted (CPython's "sys:1" at shutdown).

type pendingCoroutine struct {
	coro     weak.Pointer[coroutine.Coroutine]
	watch    *coroutine.Watch
	qualname string
	file     string
	line     int
}

// NeverAwaited is one coroutine that was never awaited.
type NeverAwaited struct {
	Qualname string
	File     string // "" when it is still alive at the end
	Line     int
}

// minSweep is how many coroutines are tracked before started ones are
// dropped from the list; the limit doubles with what survives a sweep.
const minSweep = 256

func (t *Thread) track(c *coroutine.Coroutine) {
	f := t.frame
	if f != nil && awaitedNext(f) {
		return
	}
	p := pendingCoroutine{coro: weak.Make(c), watch: c.Watch(), qualname: c.Qualname()}
	if f != nil {
		p.file, p.line = f.Code.Filename, compiler.Addr2Line(f.Code, f.Lasti)
	}
	if len(t.pending) >= t.sweepAt {
		t.sweep()
	}
	t.pending = append(t.pending, p)
}

// awaitedNext reports whether the instruction after the call f is running
// awaits its result, as in `await job()`: such a coroutine is started at
// once, so tracking it would be wasted work on the hottest path of async
// code.
func awaitedNext(f *Frame) bool {
	next := int(f.Lasti) + 3 // every CALL_FUNCTION form has an argument
	return next < len(f.Code.Code) && op.OpCode(f.Code.Code[next]) == compiler.GET_AWAITABLE
}

// sweep drops the coroutines that were started: they can no longer be
// reported.
func (t *Thread) sweep() {
	kept := t.pending[:0]
	for _, p := range t.pending {
		if !p.watch.Begun {
			kept = append(kept, p)
		}
	}
	clear(t.pending[len(kept):])
	t.pending = kept
	t.sweepAt = max(minSweep, 2*len(kept))
}

// NeverAwaited collects garbage, then returns the coroutines made so far
// that were never started: first those already freed, in the order they
// were made, then those still alive. It forgets them. Call it on the
// goroutine that owns the Thread, when the program ends.
func (t *Thread) NeverAwaited() []NeverAwaited {
	runtime.GC()
	var dead, alive []NeverAwaited
	for _, p := range t.pending {
		if p.watch.Begun {
			continue
		}
		if p.coro.Value() == nil {
			dead = append(dead, NeverAwaited{Qualname: p.qualname, File: p.file, Line: p.line})
		} else {
			alive = append(alive, NeverAwaited{Qualname: p.qualname})
		}
	}
	t.pending = nil
	return append(dead, alive...)
}
