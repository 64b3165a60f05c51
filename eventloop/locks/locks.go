package locks

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/pyerr"
)

const locksModule = "asyncio.locks"

// EventType is the Python type of Event objects.
var EventType = newType("Event", locksModule, "Asynchronous equivalent to threading.Event.", func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.ParseTupleAndKeywords(args, kwargs, ":Event", nil); err != nil {
		return nil, err
	}
	return NewEvent(), nil
})

// Event is asyncio's Event: a flag that tasks wait to become true. Its
// methods must be called on its loop's goroutine.
type Event struct {
	bound
	value   bool
	waiters []*eventloop.Future
}

// NewEvent makes an unset event.
func NewEvent() *Event { return &Event{} }

// Type returns EventType.
func (e *Event) Type() *py.Type { return EventType }

// M__repr__ is <asyncio.locks.Event object at 0x... [unset, waiters:N]>.
func (e *Event) M__repr__() (py.Object, error) {
	extra := "unset"
	if e.value {
		extra = "set"
	}
	return objectRepr(e, locksModule, withWaiters(extra, len(e.waiters))), nil
}

// IsSet reports whether the flag is true.
func (e *Event) IsSet() bool { return e.value }

// Set makes the flag true and wakes every waiter.
func (e *Event) Set() {
	if e.value {
		return
	}
	e.value = true
	for _, f := range e.waiters {
		if !f.Done() {
			_ = f.SetResult(py.True)
		}
	}
}

// Clear makes the flag false.
func (e *Event) Clear() { e.value = false }

// Wait returns a coroutine that finishes with True once the flag is true.
func (e *Event) Wait() py.Object {
	return awaitproto.NewCoroutine("Event.wait", &eventWait{e: e})
}

// eventWait is the body of Event.wait. Programs keep thousands of tasks
// waiting on an event, so it is written out rather than made of steps
// (see coro), which cost several objects per wait.
type eventWait struct {
	e *Event
	f *eventloop.Future // the waiter, once the body waits
}

func (w *eventWait) Step(_ py.Object, thrown error) (awaitproto.Result, error) {
	var r awaitproto.Result
	var err error
	switch {
	case w.f == nil:
		if w.e.value {
			return awaitproto.Result{Value: py.True, Done: true}, nil
		}
		if w.f, err = w.e.newWaiter(w.e); err != nil {
			return awaitproto.Result{}, err
		}
		w.e.waiters = append(w.e.waiters, w.f)
		r, err = w.f.AwaitStep()
	case thrown != nil:
		// A future has nothing to catch what is thrown at its await.
		err = pyerr.Info(thrown)
	default:
		r, err = w.f.AwaitStep()
	}
	if err == nil && !r.Done {
		return r, nil
	}
	w.e.waiters = removeFuture(w.e.waiters, w.f)
	if err != nil {
		return awaitproto.Result{}, err
	}
	return awaitproto.Result{Value: py.True, Done: true}, nil
}

// LockType is the Python type of Lock objects.
var LockType = newType("Lock", locksModule, "Primitive lock objects.", func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.ParseTupleAndKeywords(args, kwargs, ":Lock", nil); err != nil {
		return nil, err
	}
	return NewLock(), nil
})

// Lock is asyncio's Lock: a mutex that tasks acquire in FIFO order. Its
// methods must be called on its loop's goroutine.
type Lock struct {
	bound
	locked  bool
	waiters []*eventloop.Future
}

// NewLock makes an unlocked lock.
func NewLock() *Lock { return &Lock{} }

// Type returns LockType.
func (l *Lock) Type() *py.Type { return LockType }

// M__repr__ is <asyncio.locks.Lock object at 0x... [locked, waiters:N]>.
func (l *Lock) M__repr__() (py.Object, error) {
	extra := "unlocked"
	if l.locked {
		extra = "locked"
	}
	return objectRepr(l, locksModule, withWaiters(extra, len(l.waiters))), nil
}

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return l.locked }

// Acquire returns a coroutine that takes the lock, waiting for it while
// it is held or others wait, and finishes with True.
func (l *Lock) Acquire() py.Object {
	return coro("Lock.acquire", l.acquire)
}

func (l *Lock) acquire() step {
	if !l.locked && allCancelled(l.waiters) {
		l.locked = true
		return done(py.True, nil)
	}
	f, err := l.newWaiter(l)
	if err != nil {
		return fail(err)
	}
	l.waiters = append(l.waiters, f)
	return await(f, func(_ py.Object, err error) step {
		l.waiters = removeFuture(l.waiters, f)
		if err != nil {
			if isCancelled(err) && !l.locked {
				l.wakeUpFirst()
			}
			return fail(err)
		}
		l.locked = true
		return done(py.True, nil)
	})
}

// Release releases the lock and wakes the first waiter. Releasing an
// unlocked lock is a RuntimeError.
func (l *Lock) Release() error {
	if !l.locked {
		return pyerr.Newf(py.RuntimeError, "Lock is not acquired.")
	}
	l.locked = false
	l.wakeUpFirst()
	return nil
}

// wakeUpFirst wakes the first waiter unless it is done already: a waiter
// that was cancelled hands the lock on when its task sees the
// cancellation.
func (l *Lock) wakeUpFirst() {
	if len(l.waiters) == 0 {
		return
	}
	if f := l.waiters[0]; !f.Done() {
		_ = f.SetResult(py.True)
	}
}

func allCancelled(fs []*eventloop.Future) bool {
	for _, f := range fs {
		if !f.Cancelled() {
			return false
		}
	}
	return true
}

func withWaiters(extra string, n int) string {
	if n > 0 {
		return extra + ", waiters:" + itoa(n)
	}
	return extra
}

// SemaphoreType is the Python type of Semaphore objects.
var SemaphoreType = newType("Semaphore", locksModule, "A Semaphore implementation.", func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v, err := semaphoreValue(args, kwargs, "Semaphore")
	if err != nil {
		return nil, err
	}
	return NewSemaphore(v)
})

// BoundedSemaphoreType is the Python type of BoundedSemaphore objects, a
// subclass of Semaphore.
var BoundedSemaphoreType = SemaphoreType.NewType("BoundedSemaphore", "A bounded semaphore implementation.", func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v, err := semaphoreValue(args, kwargs, "BoundedSemaphore")
	if err != nil {
		return nil, err
	}
	return NewBoundedSemaphore(v)
}, nil)

func semaphoreValue(args py.Tuple, kwargs py.StringDict, name string) (int, error) {
	var v py.Object = py.Int(1)
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:"+name, []string{"value"}, &v); err != nil {
		return 0, err
	}
	n, err := py.MakeGoInt(v)
	if err != nil {
		return 0, err
	}
	return n, nil
}

// Semaphore is asyncio's Semaphore: a counter that acquire decrements,
// waiting while it is zero, and release increments. Its methods must be
// called on its loop's goroutine.
type Semaphore struct {
	bound
	value   int
	bounded bool
	limit   int // the initial value, for a bounded semaphore
	waiters []*eventloop.Future
}

// NewSemaphore makes a semaphore with the initial value v, which must not
// be negative.
func NewSemaphore(v int) (*Semaphore, error) {
	if v < 0 {
		return nil, pyerr.Newf(py.ValueError, "Semaphore initial value must be >= 0")
	}
	return &Semaphore{value: v}, nil
}

// NewBoundedSemaphore makes a semaphore that refuses to be released above
// its initial value v.
func NewBoundedSemaphore(v int) (*Semaphore, error) {
	s, err := NewSemaphore(v)
	if err != nil {
		return nil, err
	}
	s.bounded, s.limit = true, v
	return s, nil
}

// Type returns SemaphoreType or BoundedSemaphoreType.
func (s *Semaphore) Type() *py.Type {
	if s.bounded {
		return BoundedSemaphoreType
	}
	return SemaphoreType
}

// M__repr__ is <asyncio.locks.Semaphore object at 0x... [unlocked, value:N]>.
func (s *Semaphore) M__repr__() (py.Object, error) {
	extra := "locked"
	if !s.Locked() {
		extra = "unlocked, value:" + itoa(s.value)
	}
	return objectRepr(s, locksModule, withWaiters(extra, len(s.waiters))), nil
}

// Locked reports whether acquire would wait.
func (s *Semaphore) Locked() bool {
	return s.value == 0 || !allCancelled(s.waiters)
}

// Acquire returns a coroutine that decrements the counter, waiting while
// it is zero, and finishes with True.
func (s *Semaphore) Acquire() py.Object {
	return coro("Semaphore.acquire", s.acquire)
}

func (s *Semaphore) acquire() step {
	if !s.Locked() {
		s.value--
		return done(py.True, nil)
	}
	f, err := s.newWaiter(s)
	if err != nil {
		return fail(err)
	}
	s.waiters = append(s.waiters, f)
	return await(f, func(_ py.Object, err error) step {
		s.waiters = removeFuture(s.waiters, f)
		if err != nil {
			// A waiter woken and then cancelled gives back what it was
			// handed.
			if isCancelled(err) && !f.Cancelled() {
				s.value++
				s.wakeUpNext()
			}
			return fail(err)
		}
		if s.value > 0 {
			s.wakeUpNext()
		}
		return done(py.True, nil)
	})
}

// Release increments the counter and wakes a waiter. A bounded semaphore
// refuses to go above its initial value with a ValueError.
func (s *Semaphore) Release() error {
	if s.bounded && s.value >= s.limit {
		return pyerr.Newf(py.ValueError, "BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeUpNext()
	return nil
}

// wakeUpNext hands one unit to the first waiter that is not done.
func (s *Semaphore) wakeUpNext() {
	for _, f := range s.waiters {
		if !f.Done() {
			s.value--
			_ = f.SetResult(py.True)
			return
		}
	}
}

// ConditionType is the Python type of Condition objects.
var ConditionType = newType("Condition", locksModule, "Asynchronous equivalent to threading.Condition.", func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var lock py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:Condition", []string{"lock"}, &lock); err != nil {
		return nil, err
	}
	if lock == py.None {
		return NewCondition(nil), nil
	}
	return NewCondition(lock), nil
})

// Condition is asyncio's Condition: tasks holding its lock wait until
// another task notifies them. The lock is a Lock or any object with
// acquire (a coroutine), release and locked methods. Its methods must be
// called on its loop's goroutine.
type Condition struct {
	bound
	lock    py.Object
	waiters []*eventloop.Future
}

// NewCondition makes a condition over lock, or over a new Lock when lock
// is nil.
func NewCondition(lock py.Object) *Condition {
	if lock == nil {
		lock = NewLock()
	}
	return &Condition{lock: lock}
}

// Type returns ConditionType.
func (c *Condition) Type() *py.Type { return ConditionType }

// M__repr__ is <asyncio.locks.Condition object at 0x... [locked, waiters:N]>.
func (c *Condition) M__repr__() (py.Object, error) {
	extra := "unlocked"
	if ok, err := c.Locked(); err != nil {
		return nil, err
	} else if ok {
		extra = "locked"
	}
	return objectRepr(c, locksModule, withWaiters(extra, len(c.waiters))), nil
}

// Locked reports whether the underlying lock is held.
func (c *Condition) Locked() (bool, error) {
	if l, ok := c.lock.(*Lock); ok {
		return l.locked, nil
	}
	r, err := callMethod(c.lock, "locked")
	if err != nil {
		return false, err
	}
	return truth(r)
}

// Acquire returns the awaitable that acquires the underlying lock.
func (c *Condition) Acquire() (py.Object, error) {
	if l, ok := c.lock.(*Lock); ok {
		return l.Acquire(), nil
	}
	return callMethod(c.lock, "acquire")
}

// Release releases the underlying lock.
func (c *Condition) Release() error {
	if l, ok := c.lock.(*Lock); ok {
		return l.Release()
	}
	_, err := callMethod(c.lock, "release")
	return err
}

// Wait returns a coroutine that releases the lock, waits to be notified,
// takes the lock again, even when cancelled, and finishes with True.
func (c *Condition) Wait() py.Object {
	return coro("Condition.wait", c.wait)
}

func (c *Condition) wait() step {
	locked, err := c.Locked()
	if err != nil {
		return fail(err)
	}
	if !locked {
		return fail(pyerr.Newf(py.RuntimeError, "cannot wait on un-acquired lock"))
	}
	if err := c.Release(); err != nil {
		return fail(err)
	}
	f, err := c.newWaiter(c)
	if err != nil {
		return c.reacquire(err)
	}
	c.waiters = append(c.waiters, f)
	return await(f, func(_ py.Object, err error) step {
		c.waiters = removeFuture(c.waiters, f)
		return c.reacquire(err)
	})
}

// reacquire takes the lock back after a wait that ended with werr (nil
// when notified), retrying through cancellations, which it raises once
// the lock is held.
func (c *Condition) reacquire(werr error) step {
	cancelled := false
	var k func(py.Object, error) step
	again := func() step {
		aw, err := c.Acquire()
		if err != nil {
			return fail(err)
		}
		return await(aw, k)
	}
	k = func(_ py.Object, err error) step {
		switch {
		case err != nil && isCancelled(err):
			cancelled = true
			return again()
		case err != nil:
			return fail(err)
		case cancelled:
			return fail(pyerr.New(eventloop.CancelledError))
		case werr != nil:
			return fail(werr)
		}
		return done(py.True, nil)
	}
	return again()
}

// WaitFor returns a coroutine that waits until predicate() is true and
// finishes with its value.
func (c *Condition) WaitFor(predicate py.Object) py.Object {
	return coro("Condition.wait_for", func() step {
		return c.waitFor(func() (py.Object, error) { return py.Call(predicate, nil, nil) })
	})
}

func (c *Condition) waitFor(pred func() (py.Object, error)) step {
	var check func(py.Object, error) step
	check = func(_ py.Object, err error) step {
		if err != nil {
			return fail(err)
		}
		r, err := pred()
		if err != nil {
			return fail(err)
		}
		ok, err := truth(r)
		if err != nil {
			return fail(err)
		}
		if ok {
			return done(r, nil)
		}
		return await(c.Wait(), check)
	}
	return check(nil, nil)
}

// Notify wakes up to n waiters; the caller must hold the lock.
func (c *Condition) Notify(n int) error {
	locked, err := c.Locked()
	if err != nil {
		return err
	}
	if !locked {
		return pyerr.Newf(py.RuntimeError, "cannot notify on un-acquired lock")
	}
	woken := 0
	for _, f := range c.waiters {
		if woken >= n {
			break
		}
		if !f.Done() {
			woken++
			_ = f.SetResult(py.False)
		}
	}
	return nil
}

// NotifyAll wakes every waiter; the caller must hold the lock.
func (c *Condition) NotifyAll() error { return c.Notify(len(c.waiters)) }

func callMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttrString(o, name)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	r, err := py.Call(m, args, nil)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return r, nil
}

func truth(o py.Object) (bool, error) {
	b, err := py.MakeBool(o)
	if err != nil {
		return false, pyerr.Info(err)
	}
	return b == py.True, nil
}

// contextManager gives a primitive's type `async with` support, as
// CPython's _ContextManagerMixin does: __aenter__ acquires and finishes
// with None, __aexit__ releases.
func contextManager[T py.Object](typ *py.Type, acquire func(T) (py.Object, error), release func(T) error) {
	typ.Dict["__aenter__"] = py.MustNewMethod("__aenter__", func(self py.Object) (py.Object, error) {
		r, err := recv[T](self, typ, "__aenter__")
		if err != nil {
			return nil, err
		}
		return coro("__aenter__", func() step {
			aw, err := acquire(r)
			if err != nil {
				return fail(err)
			}
			return await(aw, func(_ py.Object, err error) step { return done(py.None, err) })
		}), nil
	}, 0, "")
	typ.Dict["__aexit__"] = py.MustNewMethod("__aexit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, err := recv[T](self, typ, "__aexit__")
		if err != nil {
			return nil, err
		}
		if len(args) != 3 {
			return nil, pyerr.Newf(py.TypeError, "__aexit__() takes 3 positional arguments but %d were given", len(args))
		}
		return coro("__aexit__", func() step { return done(py.None, release(r)) }), nil
	}, 0, "")
}

func init() {
	for _, t := range []*py.Type{EventType, LockType, SemaphoreType, BoundedSemaphoreType, ConditionType} {
		ready(t)
	}
	method0(EventType, "is_set", "Return True if and only if the internal flag is true.", func(e *Event) (py.Object, error) {
		return py.NewBool(e.value), nil
	})
	method0(EventType, "set", "Set the internal flag to true.", func(e *Event) (py.Object, error) {
		e.Set()
		return py.None, nil
	})
	method0(EventType, "clear", "Reset the internal flag to false.", func(e *Event) (py.Object, error) {
		e.Clear()
		return py.None, nil
	})
	method0(EventType, "wait", "Block until the internal flag is true.", func(e *Event) (py.Object, error) {
		return e.Wait(), nil
	})

	method0(LockType, "locked", "Return True if lock is acquired.", func(l *Lock) (py.Object, error) {
		return py.NewBool(l.locked), nil
	})
	method0(LockType, "acquire", "Acquire a lock.", func(l *Lock) (py.Object, error) {
		return l.Acquire(), nil
	})
	method0(LockType, "release", "Release a lock.", func(l *Lock) (py.Object, error) {
		return py.None, l.Release()
	})
	contextManager(LockType, func(l *Lock) (py.Object, error) { return l.Acquire(), nil }, (*Lock).Release)

	method0(SemaphoreType, "locked", "Returns True if semaphore cannot be acquired immediately.", func(s *Semaphore) (py.Object, error) {
		return py.NewBool(s.Locked()), nil
	})
	method0(SemaphoreType, "acquire", "Acquire a semaphore.", func(s *Semaphore) (py.Object, error) {
		return s.Acquire(), nil
	})
	method0(SemaphoreType, "release", "Release a semaphore, incrementing the internal counter by one.", func(s *Semaphore) (py.Object, error) {
		return py.None, s.Release()
	})
	contextManager(SemaphoreType, func(s *Semaphore) (py.Object, error) { return s.Acquire(), nil }, (*Semaphore).Release)

	method0(ConditionType, "locked", "Return True if the underlying lock is acquired.", func(c *Condition) (py.Object, error) {
		ok, err := c.Locked()
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	})
	method0(ConditionType, "acquire", "Acquire the underlying lock.", (*Condition).Acquire)
	method0(ConditionType, "release", "Release the underlying lock.", func(c *Condition) (py.Object, error) {
		return py.None, c.Release()
	})
	method0(ConditionType, "wait", "Wait until notified.", func(c *Condition) (py.Object, error) {
		return c.Wait(), nil
	})
	method1(ConditionType, "wait_for", "Wait until a predicate becomes true.", func(c *Condition, pred py.Object) (py.Object, error) {
		return c.WaitFor(pred), nil
	})
	ConditionType.Dict["notify"] = py.MustNewMethod("notify", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		c, err := recv[*Condition](self, ConditionType, "notify")
		if err != nil {
			return nil, err
		}
		var n py.Object = py.Int(1)
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:notify", []string{"n"}, &n); err != nil {
			return nil, err
		}
		k, err := py.MakeGoInt(n)
		if err != nil {
			return nil, err
		}
		return py.None, c.Notify(k)
	}, 0, "Wake up at most n tasks waiting on this condition.")
	method0(ConditionType, "notify_all", "Wake up all tasks waiting on this condition.", func(c *Condition) (py.Object, error) {
		return py.None, c.NotifyAll()
	})
	contextManager(ConditionType, (*Condition).Acquire, (*Condition).Release)
}

var (
	_ py.I__repr__       = (*Event)(nil)
	_ py.I__repr__       = (*Lock)(nil)
	_ py.I__repr__       = (*Semaphore)(nil)
	_ py.I__repr__       = (*Condition)(nil)
	_ awaitproto.Stepper = (*lazy)(nil)
)
