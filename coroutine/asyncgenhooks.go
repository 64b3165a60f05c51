package coroutine

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// AsyncGenHooks are the hooks of sys.set_asyncgen_hooks. CPython keeps
// them per thread; here they belong to a py.Context, which one goroutine
// runs. A nil field is None.
type AsyncGenHooks struct {
	// FirstIter is called with the generator the first time its
	// __anext__, asend, athrow or aclose is called.
	FirstIter py.Object
	// Finalizer is remembered by the generator at that moment, and called
	// with it once the generator, started but not finished, is
	// unreachable (see Owner and Watch).
	Finalizer py.Object
}

var asyncGenHooks sync.Map // py.Context -> AsyncGenHooks

// SetAsyncGenHooks sets the hooks of ctx. It is safe for concurrent use.
func SetAsyncGenHooks(ctx py.Context, h AsyncGenHooks) {
	if h.FirstIter == nil && h.Finalizer == nil {
		asyncGenHooks.Delete(ctx)
		return
	}
	asyncGenHooks.Store(ctx, h)
}

// GetAsyncGenHooks returns the hooks of ctx. It is safe for concurrent
// use.
func GetAsyncGenHooks(ctx py.Context) AsyncGenHooks {
	if ctx == nil {
		return AsyncGenHooks{}
	}
	if h, ok := asyncGenHooks.Load(ctx); ok {
		return h.(AsyncGenHooks)
	}
	return AsyncGenHooks{}
}

// An Owner is a finalizer hook that belongs to the goroutine running the
// generators it finalizes, as an event loop's does. Go has no reference
// counting: only a generator that its Owner watches (see Watch) is
// finalized once the Go collector found it unreachable, on the owner's
// goroutine, some time after the collection.
type Owner interface {
	// Submit runs fn later on the owner's goroutine; it fails when it no
	// longer can.
	Submit(fn func()) error
	// Forget is called on that goroutine instead of the finalizer for a
	// generator found unreachable after it finished or began closing,
	// which has nothing left to finalize.
	Forget(AsyncGenRef)
}

// hookState is what an async generator keeps of the hooks.
type hookState struct {
	inited    bool
	finalizer py.Object
	// self is the generator object, which the state must not keep alive;
	// set by remember once the object may be collected before its body.
	self weak.Pointer[AsyncGenerator]
}

// initHooks calls the firstiter hook of the generator's context and
// remembers its finalizer, the first time it is called.
func (a *AsyncGenerator) initHooks() error {
	h := &a.hooks
	if h.inited {
		return nil
	}
	h.inited = true
	hooks := GetAsyncGenHooks(a.context())
	h.finalizer = hooks.Finalizer
	if hooks.FirstIter != nil {
		if _, err := py.Call(hooks.FirstIter, py.Tuple{a}, nil); err != nil {
			return err
		}
	}
	return nil
}

// context returns the py.Context the body runs in, or nil.
func (a *AsyncGenerator) context() py.Context {
	if a.core.frame == nil {
		return nil
	}
	if f := a.core.frame.PyFrame(); f != nil {
		return f.Context
	}
	return nil
}

type collectedState struct {
	state *agenState
	owner Owner
}

// collected runs on the collector's cleanup goroutine.
func collected(c collectedState) {
	_ = c.owner.Submit(func() { c.state.finalize(c.owner) })
}

// finalize calls the finalizer hook with the generator, made anew if the
// object is gone, unless the body finished or is closing meanwhile.
// Errors of the hook are dropped: CPython reports them as unraisable.
func (s *agenState) finalize(o Owner) {
	if s.core.frame == nil || s.closed {
		o.Forget(AsyncGenRef{s})
		return
	}
	_, _ = py.Call(s.hooks.finalizer, py.Tuple{s.object()}, nil)
}

// remember lets the state find its object again (see object).
func (a *AsyncGenerator) remember() {
	if a.hooks.self.Value() == nil {
		a.hooks.self = weak.Make(a)
	}
}

// object returns the generator object of s, making a new one if the
// collector took it.
func (s *agenState) object() *AsyncGenerator {
	if a := s.hooks.self.Value(); a != nil {
		return a
	}
	a := &AsyncGenerator{agenState: s}
	s.hooks.self = weak.Make(a)
	return a
}

// AsyncGenRef refers to an async generator without keeping the object
// alive, only its body: what an event loop's list of generators to close
// at shutdown holds, so that the generator can still be found
// unreachable and finalized. Refs to one generator are equal.
type AsyncGenRef struct{ s *agenState }

// Ref returns the AsyncGenRef of a.
func (a *AsyncGenerator) Ref() AsyncGenRef {
	a.remember()
	return AsyncGenRef{a.agenState}
}

// Watch returns the AsyncGenRef of a and, if a's finalizer is an Owner,
// makes the Go collector tell the owner when a becomes unreachable: it
// then gets a call of the finalizer with the generator (made anew), or
// of Forget, on its goroutine. It costs a runtime cleanup and a weak
// pointer, so an owner watches only generators that live long enough for
// it to matter. Call it once per generator.
func (a *AsyncGenerator) Watch() AsyncGenRef {
	if o, ok := a.hooks.finalizer.(Owner); ok {
		runtime.AddCleanup(a, collected, collectedState{state: a.agenState, owner: o})
	}
	return a.Ref()
}

// Object returns the generator r refers to; if the collector took the
// object, a new one with the same body, which is then the generator.
func (r AsyncGenRef) Object() *AsyncGenerator { return r.s.object() }
