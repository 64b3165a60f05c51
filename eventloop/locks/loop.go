// Package locks is asyncio's synchronization primitives and queues for the
// Go-native event loop: Event, Lock, Semaphore, BoundedSemaphore,
// Condition, Barrier, Queue, PriorityQueue and LifoQueue, with the
// semantics and messages of CPython 3.11's asyncio.locks and
// asyncio.queues. Waiters are futures of the loop, so a cancelled waiter
// is skipped and a lock is handed over as CPython hands it over.
//
// It is not the asyncio module: Members gives the names that module
// publishes from here. It has nothing for threads: like every Python
// object, the primitives belong to the goroutine that runs their loop.
package locks

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/pyerr"
)

// attached maps a goroutine to the loop Attach registered for it.
var attached sync.Map // uint64 -> *eventloop.Loop

// Attach registers l as the running loop of the calling goroutine, which
// must be l's, until the returned function is called. It matters only for
// loops that eventloop.RunningHere does not see, those without a
// py.Context; eventloop.OnRun(Attach) attaches every loop while it runs.
// Attach is safe for concurrent use.
func Attach(l *eventloop.Loop) (detach func()) {
	id := goroutineID()
	attached.Store(id, l)
	return func() { attached.CompareAndDelete(id, l) }
}

// runningLoop returns the loop running on the calling goroutine, with
// CPython's error when there is none.
func runningLoop() (*eventloop.Loop, error) {
	l, err := eventloop.RunningHere()
	if err == nil {
		return l, nil
	}
	if a, ok := attached.Load(goroutineID()); ok {
		return a.(*eventloop.Loop), nil
	}
	return nil, err
}

// goroutineID parses the calling goroutine's number out of its stack
// header, "goroutine N [...". It costs microseconds, which only the
// fallback path of runningLoop pays.
func goroutineID() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i >= 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseUint(string(b), 10, 64)
	return id
}

// bound is the loop binding of a primitive, CPython's _LoopBoundMixin:
// the primitive binds to the running loop the first time it needs one
// and refuses any other loop afterwards.
type bound struct {
	loop *eventloop.Loop
}

// getLoop returns the loop of self, binding it on first use.
func (b *bound) getLoop(self py.Object) (*eventloop.Loop, error) {
	// A primitive is used only on its loop's goroutine, so while its loop
	// runs, that loop is the running one: no need to look it up.
	if b.loop != nil && b.loop.IsRunning() {
		return b.loop, nil
	}
	l, err := runningLoop()
	if err != nil {
		return nil, err
	}
	if b.loop == nil {
		b.loop = l
	}
	if l != b.loop {
		return nil, pyerr.Newf(py.RuntimeError, "%s is bound to a different event loop", repr(self))
	}
	return l, nil
}

// newWaiter makes a waiter future on self's loop.
func (b *bound) newWaiter(self py.Object) (*eventloop.Future, error) {
	l, err := b.getLoop(self)
	if err != nil {
		return nil, err
	}
	return l.NewFuture(), nil
}

// step is what a coroutine written in continuation style does next:
// await aw and hand its outcome to k, or, when aw is nil, finish with v or
// err.
type step struct {
	aw  py.Object
	k   func(py.Object, error) step
	v   py.Object
	err error
}

// await continues with k once aw is done.
func await(aw py.Object, k func(py.Object, error) step) step { return step{aw: aw, k: k} }

// done finishes with v, or raises err when it is not nil.
func done(v py.Object, err error) step { return step{v: v, err: err} }

// fail finishes by raising err.
func fail(err error) step { return step{err: err} }

// chain runs steps as the body of a coroutine.
type chain struct {
	next step      // the step to start
	it   py.Object // the await iterator of the step under way
}

// coro makes a coroutine named name whose body starts with s. The body
// runs when the coroutine is first awaited, as an async def's does.
func coro(name string, s func() step) py.Object {
	return awaitproto.NewCoroutine(name, &lazy{start: s})
}

// lazy is a chain whose first step is computed on the first resumption.
type lazy struct {
	start func() step
	c     chain
}

func (z *lazy) Step(sent py.Object, thrown error) (awaitproto.Result, error) {
	if z.start != nil {
		z.c.next = z.start()
		z.start = nil
		return z.c.advance(nil, nil)
	}
	return z.c.advance(sent, thrown)
}

// advance resumes the await under way with sent or thrown, then runs the
// continuations until one awaits something that suspends, or the body
// finishes.
func (c *chain) advance(sent py.Object, thrown error) (awaitproto.Result, error) {
	for {
		var (
			r   awaitproto.Result
			err error
		)
		if c.it == nil {
			s := c.next
			if s.aw == nil {
				if s.err != nil {
					return awaitproto.Result{}, s.err
				}
				return awaitproto.Result{Value: orNone(s.v), Done: true}, nil
			}
			c.it, err = awaitproto.Iterator(s.aw)
			if err == nil {
				r, err = awaitproto.Send(c.it, py.None)
			}
		} else if thrown != nil {
			r, err = awaitproto.Throw(c.it, thrown)
		} else {
			r, err = awaitproto.Send(c.it, sent)
		}
		if err == nil && !r.Done {
			return r, nil
		}
		c.it = nil
		sent, thrown = nil, nil
		c.next = c.next.k(r.Value, err)
	}
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// removeFuture removes the first occurrence of f from fs.
func removeFuture(fs []*eventloop.Future, f *eventloop.Future) []*eventloop.Future {
	for i, g := range fs {
		if g == f {
			copy(fs[i:], fs[i+1:])
			fs[len(fs)-1] = nil
			return fs[:len(fs)-1]
		}
	}
	return fs
}

// repr is the repr of a primitive, CPython's object repr with extra
// state: <asyncio.locks.Lock object at 0x... [unlocked]>.
func repr(o py.Object) string {
	s, err := o.(py.I__repr__).M__repr__()
	if err != nil {
		return fmt.Sprintf("<%s object>", o.Type().Name)
	}
	return string(s.(py.String))
}

// objectRepr is <module.Name object at 0x... [extra]>.
func objectRepr(o py.Object, module, extra string) py.Object {
	return py.String(fmt.Sprintf("<%s.%s object at %p [%s]>", module, o.Type().Name, o, extra))
}

// isCancelled reports whether err is asyncio's CancelledError.
func isCancelled(err error) bool { return pyerr.Matches(err, eventloop.CancelledError) }

// newType makes a Python type for a primitive of module mod.
func newType(name, mod, doc string, newFn py.NewFunc) *py.Type {
	t := py.NewTypeX(name, doc, newFn, nil)
	t.Dict["__module__"] = py.String(mod)
	return t
}

// ready finishes t's setup now: gpython readies only the types made during
// its own initialization.
func ready(t *py.Type) {
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic(err)
	}
}

// recv checks the receiver of a method of type T.
func recv[T py.Object](self py.Object, typ *py.Type, method string) (T, error) {
	r, ok := self.(T)
	if !ok {
		var zero T
		return zero, pyerr.Newf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, typ.Name, self.Type().Name)
	}
	return r, nil
}

// method0 defines a method of typ that takes no arguments.
func method0[T py.Object](typ *py.Type, name, doc string, fn func(T) (py.Object, error)) {
	typ.Dict[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
		r, err := recv[T](self, typ, name)
		if err != nil {
			return nil, err
		}
		return fn(r)
	}, 0, doc)
}

// method1 defines a method of typ that takes one argument.
func method1[T py.Object](typ *py.Type, name, doc string, fn func(T, py.Object) (py.Object, error)) {
	typ.Dict[name] = py.MustNewMethod(name, func(self, arg py.Object) (py.Object, error) {
		r, err := recv[T](self, typ, name)
		if err != nil {
			return nil, err
		}
		return fn(r, arg)
	}, 0, doc)
}

// property defines a read-only attribute of typ.
func property[T py.Object](typ *py.Type, name, doc string, fn func(T) py.Object) {
	typ.Dict[name] = &py.Property{Doc: doc, Fget: func(self py.Object) (py.Object, error) {
		r, err := recv[T](self, typ, name)
		if err != nil {
			return nil, err
		}
		return fn(r), nil
	}}
}

func itoa(n int) string { return strconv.Itoa(n) }
