package eventloop

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// CancelledError is asyncio's CancelledError: a BaseException, so that
// `except Exception` does not swallow a cancellation.
var CancelledError = py.BaseException.NewType("CancelledError", "The Future or Task was cancelled.", nil, nil)

// InvalidStateError is asyncio's InvalidStateError.
var InvalidStateError = py.ExceptionType.NewType("InvalidStateError", "The operation is not allowed in this state.", nil, nil)

// FutureType is the Python type of Future objects.
var FutureType = py.NewType("Future", "A result that will be set later, on an event loop.")

// futureIterType is the Python type of the iterators that await a Future.
var futureIterType = py.NewType("FutureIter", "Iterator that awaits a Future.")

type futureState uint8

const (
	pending futureState = iota
	cancelled
	finished
)

func (s futureState) String() string {
	switch s {
	case cancelled:
		return "CANCELLED"
	case finished:
		return "FINISHED"
	}
	return "PENDING"
}

// Future is asyncio's Future: a result that will be set later, on the
// loop. Done callbacks run through the loop in the order they were added.
// Its methods must be called on the loop's goroutine.
//
// Tasks suspended on futures are what a program holds by the thousand,
// so the struct keeps to what every future uses; the rest is in extra.
type Future struct {
	loop      *Loop
	self      py.Object // what callbacks and reprs see: the Future or its Task
	result    py.Object
	exc       error // a py.ExceptionInfo when the future failed
	callbacks []doneCallback
	x         *futureExtra    // nil until one of its fields is set
	cb0       [1]doneCallback // storage for the first callback
	state     futureState
	blocking  bool // the future was yielded to ask its awaiter to wait
}

// futureExtra is the state of a future that few futures need.
type futureExtra struct {
	cancelMsg    py.Object
	cancelledExc error        // the CancelledError that cancelled a task
	unseen       *unretrieved // set while the exception was never retrieved
	onCancel     func()
	cancelFn     func(msg py.Object) bool // replaces Cancel, for gather's future
	name         string                   // a task's name given by SetName
	it           py.Object                // a task's await iterator, when its awaitable is no native coroutine
}

// extra returns f.x, allocating it on first use.
func (f *Future) extra() *futureExtra {
	if f.x == nil {
		f.x = &futureExtra{}
	}
	return f.x
}

// doneCallback is a Python callable, a Go function, or the wake-up of a
// task.
type doneCallback struct {
	fn   py.Object       // the Python callable, or the *Task to wake up
	goFn func(py.Object) // the Go function, or nil
	vars *Context        // the contextvars context fn runs in
	name callbackName
}

// callbackName is how a repr shows a Go callback; taskWakeup also marks
// the wake-up of the task in fn.
type callbackName uint8

const (
	unnamed callbackName = iota
	taskWakeup
	gatherDone
	shieldInnerDone
	shieldOuterDone
	runUntilCompleteDone
)

var callbackNames = [...]string{
	unnamed:              "",
	taskWakeup:           "Task.task_wakeup",
	gatherDone:           "gather.<locals>._done_callback",
	shieldInnerDone:      "shield.<locals>._inner_done_callback",
	shieldOuterDone:      "shield.<locals>._outer_done_callback",
	runUntilCompleteDone: "_run_until_complete_cb",
}

// python reports whether cb is a Python callable.
func (cb *doneCallback) python() bool { return cb.goFn == nil && cb.name != taskWakeup }

// NewFuture makes a pending future attached to l. It touches no loop
// state and may be called from any goroutine, but the future belongs to
// the loop's goroutine.
func (l *Loop) NewFuture() *Future {
	f := &Future{loop: l}
	f.self = f
	return f
}

// Type returns FutureType.
func (f *Future) Type() *py.Type { return FutureType }

// Loop returns the loop the future is attached to.
func (f *Future) Loop() *Loop { return f.loop }

// future gives the Future inside a Future or a Task.
func (f *Future) future() *Future { return f }

// Done reports whether the future has a result, an exception or was
// cancelled.
func (f *Future) Done() bool { return f.state != pending }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.state == cancelled }

// Result returns the future's result, raises its exception, raises
// CancelledError if it was cancelled, and InvalidStateError while it is
// pending.
func (f *Future) Result() (py.Object, error) {
	switch f.state {
	case cancelled:
		return nil, f.makeCancelledError()
	case pending:
		return nil, pyerr.Newf(InvalidStateError, "Result is not set.")
	}
	f.retrieved()
	if f.exc != nil {
		return nil, f.exc
	}
	return f.result, nil
}

// Exception returns the future's exception (nil when it has a result),
// with the errors of Result for a cancelled or pending future.
func (f *Future) Exception() (exc, err error) {
	switch f.state {
	case cancelled:
		return nil, f.makeCancelledError()
	case pending:
		return nil, pyerr.Newf(InvalidStateError, "Exception is not set.")
	}
	f.retrieved()
	return f.exc, nil
}

// retrieved notes that the exception, if any, was seen.
func (f *Future) retrieved() {
	if f.x != nil && f.x.unseen != nil {
		f.x.unseen.forget()
		f.x.unseen = nil
	}
}

// makeCancelledError is the exception a cancelled future raises: the one
// that cancelled its task, else CancelledError(msg).
func (f *Future) makeCancelledError() error {
	if f.x == nil {
		return pyerr.New(CancelledError)
	}
	if f.x.cancelledExc != nil {
		err := f.x.cancelledExc
		f.x.cancelledExc = nil
		return err
	}
	if f.x.cancelMsg == nil || f.x.cancelMsg == py.None {
		return pyerr.New(CancelledError)
	}
	return pyerr.New(CancelledError, f.x.cancelMsg)
}

// SetResult marks the future done with v (nil is None) and schedules its
// callbacks. It fails with InvalidStateError when the future is done,
// and with a RuntimeError on a goroutine other than the loop's.
func (f *Future) SetResult(v py.Object) error {
	if err := f.loop.checkOwner(); err != nil {
		return err
	}
	if f.state != pending {
		return pyerr.Newf(InvalidStateError, "invalid state")
	}
	if v == nil {
		v = py.None
	}
	f.result = v
	f.state = finished
	f.scheduleCallbacks()
	return nil
}

// SetException marks the future failed with exc and schedules its
// callbacks. exc is normalized with pyerr.Info; StopIteration is refused
// as CPython refuses it. Like SetResult, it is a loop-only method.
func (f *Future) SetException(exc error) error {
	if err := f.loop.checkOwner(); err != nil {
		return err
	}
	if f.state != pending {
		return pyerr.Newf(InvalidStateError, "invalid state")
	}
	if exc == nil {
		return pyerr.Newf(py.TypeError, "invalid exception object")
	}
	info := pyerr.Info(exc)
	if pyerr.Matches(info, py.StopIteration) {
		return pyerr.Newf(py.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exc = info
	f.state = finished
	f.scheduleCallbacks()
	f.extra().unseen = f.loop.watchUnretrieved(f.self, info)
	return nil
}

// Cancel cancels a pending future with msg (nil for none) and schedules
// its callbacks. It reports whether the future was pending.
func (f *Future) Cancel(msg py.Object) bool {
	if f.x != nil && f.x.cancelFn != nil {
		return f.x.cancelFn(msg)
	}
	return f.cancel(msg)
}

// cancel is the Cancel of a plain future.
func (f *Future) cancel(msg py.Object) bool {
	f.retrieved()
	if f.state != pending {
		return false
	}
	f.state = cancelled
	if (msg != nil && msg != py.None) || f.x != nil {
		f.extra().cancelMsg = msg
	}
	if f.x != nil && f.x.onCancel != nil {
		f.x.onCancel()
	}
	f.scheduleCallbacks()
	return true
}

// AddDoneCallback schedules fn(future) to run on the loop once the future
// is done: now if it already is.
// fn runs in a copy of the contextvars context current now.
func (f *Future) AddDoneCallback(fn py.Object) {
	f.addCallback(doneCallback{fn: fn, vars: f.loop.varState().current.copy()})
}

// AddDoneFunc is AddDoneCallback with a Go function, which gets the
// Future or Task Python sees.
func (f *Future) AddDoneFunc(fn func(py.Object)) {
	f.addCallback(doneCallback{goFn: fn})
}

func (f *Future) addCallback(cb doneCallback) {
	if f.state != pending {
		f.schedule(cb)
		return
	}
	if f.callbacks == nil {
		f.callbacks = f.cb0[:0]
	}
	f.callbacks = append(f.callbacks, cb)
}

// RemoveDoneCallback removes every registration of fn and returns how
// many there were.
func (f *Future) RemoveDoneCallback(fn py.Object) int {
	kept := f.callbacks[:0]
	for _, cb := range f.callbacks {
		if cb.python() && sameCallable(cb.fn, fn) {
			continue
		}
		kept = append(kept, cb)
	}
	n := len(f.callbacks) - len(kept)
	clear(f.callbacks[len(kept):])
	f.callbacks = kept
	return n
}

// sameCallable is fn == other as Python compares callables: identity,
// then __eq__ (bound methods are new objects at every attribute access).
func sameCallable(fn, other py.Object) bool {
	if fn == other {
		return true
	}
	if a, ok := fn.(*goBound); ok {
		b, ok := other.(*goBound)
		return ok && a.m == b.m && a.self == b.self
	}
	a, aok := fn.(*py.BoundMethod)
	b, bok := other.(*py.BoundMethod)
	if aok && bok {
		return a.Self == b.Self && a.Method == b.Method
	}
	return false
}

func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	f.callbacks = nil
	for i, cb := range cbs {
		f.schedule(cb)
		cbs[i] = doneCallback{}
	}
}

func (f *Future) schedule(cb doneCallback) {
	switch {
	case cb.name == taskWakeup:
		f.loop.callSoon1(wakeTask, cb.fn)
		return
	case cb.goFn != nil:
		f.loop.callSoon1(cb.goFn, f.self)
		return
	}
	f.loop.ready.push(entry{h: f.loop.pyHandle(cb.fn, []py.Object{f.self}).withContext(cb.vars)})
}

// M__await__ returns the iterator that awaits the future: it yields the
// future while it is pending and returns its result.
func (f *Future) M__await__() (py.Object, error) { return &futureIter{fut: f}, nil }

// M__iter__ is M__await__, so that `yield from future` works.
func (f *Future) M__iter__() (py.Object, error) { return &futureIter{fut: f}, nil }

// M__repr__ is <Future pending cb=[...]>, <Future finished result=...>...
func (f *Future) M__repr__() (py.Object, error) {
	return py.String("<Future " + f.reprInfo() + ">"), nil
}

// reprInfo is the part of a repr that describes the state.
func (f *Future) reprInfo() string {
	parts := []string{strings.ToLower(f.state.String())}
	switch {
	case f.state == finished && f.exc != nil:
		parts = append(parts, "exception="+pytext.SafeRepr(pyerr.Info(f.exc).Value))
	case f.state == finished:
		parts = append(parts, "result="+pytext.SafeRepr(f.result))
	}
	if len(f.callbacks) > 0 {
		parts = append(parts, "cb=["+f.callbacksRepr()+"]")
	}
	return strings.Join(parts, " ")
}

// callbacksRepr lists callbacks as CPython does: all of them up to two,
// else the first, the count of the others and the last.
func (f *Future) callbacksRepr() string {
	name := func(cb doneCallback) string {
		if !cb.python() {
			if cb.name == unnamed {
				return "<Go func>()"
			}
			return callbackNames[cb.name] + "()"
		}
		return callbackSource(cb.fn, nil)
	}
	cbs := f.callbacks
	switch n := len(cbs); {
	case n == 1:
		return name(cbs[0])
	case n == 2:
		return name(cbs[0]) + ", " + name(cbs[1])
	default:
		return name(cbs[0]) + ", <" + strconv.Itoa(n-2) + " more>, " + name(cbs[n-1])
	}
}

// futureIter awaits a future, as CPython's FutureIter does.
type futureIter struct {
	fut *Future // nil once exhausted
}

func (it *futureIter) Type() *py.Type { return futureIterType }

func (it *futureIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ yields the future while it is pending, then raises
// StopIteration(result).
func (it *futureIter) M__next__() (py.Object, error) {
	r, err := it.step()
	if err != nil || !r.Done {
		return r.Value, err
	}
	return nil, iterproto.StopIteration(r.Value)
}

// SendResult is Send reporting the end as a Result instead of raising
// StopIteration (an awaitproto.ResultSender): every await of a future goes
// through it, which spares an exception object per awaited future.
func (it *futureIter) SendResult(py.Object) (awaitproto.Result, error) { return it.step() }

// step yields the future while it is pending, then finishes with its
// result.
func (it *futureIter) step() (awaitproto.Result, error) {
	f := it.fut
	if f == nil {
		return awaitproto.Result{Value: py.None, Done: true}, nil
	}
	if f.state != pending {
		it.fut = nil
	}
	return f.AwaitStep()
}

// AwaitStep is one step of `await f` without the iterator object
// f.__await__() would make, for Go coroutine bodies (awaitproto.Stepper)
// that await futures of their own: while f is pending it returns f as the
// value to yield, which makes the task wait for f; once f is done, its
// result with Done set, or its exception. It is a loop-only method.
func (f *Future) AwaitStep() (awaitproto.Result, error) {
	if f.state == pending {
		if f.blocking {
			return awaitproto.Result{}, pyerr.Newf(py.RuntimeError, "await wasn't used with future")
		}
		f.blocking = true
		return awaitproto.Result{Value: f.self}, nil
	}
	res, err := f.Result()
	if err != nil {
		return awaitproto.Result{}, err
	}
	if res == nil {
		res = py.None
	}
	return awaitproto.Result{Value: res, Done: true}, nil
}

// Send ignores its value, as CPython's FutureIter does.
func (it *futureIter) Send(py.Object) (py.Object, error) { return it.M__next__() }

// Throw raises the given exception: a future has nothing to catch it.
func (it *futureIter) Throw(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "throw() takes no keyword arguments")
	}
	exc, err := pyobj.ThrowArgs(args)
	if err != nil {
		return nil, err
	}
	return nil, exc
}

// ThrowError raises exc, for Go callers such as awaitproto.Throw.
func (it *futureIter) ThrowError(exc error) (py.Object, error) { return nil, pyerr.Info(exc) }

// Close forgets the future.
func (it *futureIter) Close() (py.Object, error) {
	it.fut = nil
	return py.None, nil
}

// futureOf checks the receiver of a Future method.
func futureOf(self py.Object, method string) (*Future, error) {
	if f, ok := self.(interface{ future() *Future }); ok {
		return f.future(), nil
	}
	return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'Future' objects doesn't apply to a '%s' object", method, pyobj.TypeOf(self).Name)
}

// fastFutureMethod is futureMethod for the methods callbacks call most,
// which are goMethods rather than py.Methods.
func fastFutureMethod(name, doc string, fn func(f *Future) (py.Object, error)) {
	var m *goMethod
	m = newMethod("Future", name, doc, func(self py.Object, args []py.Object, kwargs py.StringDict) (py.Object, error) {
		f, err := futureOf(self, name)
		if err != nil {
			return nil, err
		}
		if err := m.noArgs(args, kwargs); err != nil {
			return nil, err
		}
		return fn(f)
	})
	FutureType.Dict[name] = m
}

// futureMethod defines a Future method that takes no arguments.
func futureMethod(name, doc string, fn func(f *Future) (py.Object, error)) {
	FutureType.Dict[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
		f, err := futureOf(self, name)
		if err != nil {
			return nil, err
		}
		return fn(f)
	}, 0, doc)
}

func init() {
	for _, t := range []*py.Type{CancelledError, InvalidStateError} {
		t.Dict["__module__"] = py.String("asyncio.exceptions")
		readyType(t)
	}
	readyType(FutureType)
	readyType(futureIterType)
	fastFutureMethod("result", "Return the result this future represents.", func(f *Future) (py.Object, error) {
		return f.Result()
	})
	futureMethod("exception", "Return the exception that was set on this future.", func(f *Future) (py.Object, error) {
		exc, err := f.Exception()
		if err != nil {
			return nil, err
		}
		if exc == nil {
			return py.None, nil
		}
		return pyerr.Info(exc).Value, nil
	})
	fastFutureMethod("done", "Return True if the future is done.", func(f *Future) (py.Object, error) {
		return py.NewBool(f.Done()), nil
	})
	fastFutureMethod("cancelled", "Return True if the future was cancelled.", func(f *Future) (py.Object, error) {
		return py.NewBool(f.Cancelled()), nil
	})
	futureMethod("get_loop", "Return the event loop the Future is bound to.", func(f *Future) (py.Object, error) {
		return f.loop, nil
	})
	d := FutureType.Dict
	var setResult *goMethod
	setResult = newMethod("Future", "set_result", "Mark the future done and set its result.", func(self py.Object, args []py.Object, kwargs py.StringDict) (py.Object, error) {
		f, err := futureOf(self, "set_result")
		if err != nil {
			return nil, err
		}
		if err := setResult.oneArg(args, kwargs); err != nil {
			return nil, err
		}
		if _, ok := self.(*Task); ok {
			return nil, pyerr.Newf(py.RuntimeError, "Task does not support set_result operation")
		}
		return py.None, f.SetResult(args[0])
	})
	d["set_result"] = setResult
	d["set_exception"] = py.MustNewMethod("set_exception", func(self, v py.Object) (py.Object, error) {
		f, err := futureOf(self, "set_exception")
		if err != nil {
			return nil, err
		}
		if _, ok := self.(*Task); ok {
			return nil, pyerr.Newf(py.RuntimeError, "Task does not support set_exception operation")
		}
		exc, err := exceptionArg(v)
		if err != nil {
			return nil, err
		}
		return py.None, f.SetException(exc)
	}, 0, "Mark the future done and set an exception.")
	d["cancel"] = py.MustNewMethod("cancel", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var msg py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:cancel", []string{"msg"}, &msg); err != nil {
			return nil, err
		}
		if t, ok := self.(*Task); ok {
			return py.NewBool(t.Cancel(msg)), nil
		}
		f, err := futureOf(self, "cancel")
		if err != nil {
			return nil, err
		}
		return py.NewBool(f.Cancel(msg)), nil
	}, 0, "Cancel the future and schedule callbacks.")
	d["add_done_callback"] = py.MustNewMethod("add_done_callback", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		f, err := futureOf(self, "add_done_callback")
		if err != nil {
			return nil, err
		}
		var fn, context py.Object = nil, py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|$O:add_done_callback", []string{"fn", "context"}, &fn, &context); err != nil {
			return nil, err
		}
		vars, err := contextArg(context)
		if err != nil {
			return nil, err
		}
		if vars == nil {
			f.AddDoneCallback(fn)
		} else {
			f.addCallback(doneCallback{fn: fn, vars: vars})
		}
		return py.None, nil
	}, 0, "Add a callback to be run when the future becomes done.")
	d["remove_done_callback"] = py.MustNewMethod("remove_done_callback", func(self, fn py.Object) (py.Object, error) {
		f, err := futureOf(self, "remove_done_callback")
		if err != nil {
			return nil, err
		}
		return py.Int(f.RemoveDoneCallback(fn)), nil
	}, 0, "Remove all instances of a callback from the \"call when done\" list.")
	it := futureIterType.Dict
	it["send"] = py.MustNewMethod("send", func(self, v py.Object) (py.Object, error) {
		i, ok := self.(*futureIter)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "send() requires a FutureIter")
		}
		return i.Send(v)
	}, 0, "")
	it["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		i, ok := self.(*futureIter)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "throw() requires a FutureIter")
		}
		return i.Throw(args, kwargs)
	}, 0, "")
	it["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		i, ok := self.(*futureIter)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "close() requires a FutureIter")
		}
		return i.Close()
	}, 0, "")
}

// exceptionArg turns the argument of set_exception, a class or an
// instance, into an exception.
func exceptionArg(v py.Object) (error, error) {
	switch x := v.(type) {
	case *py.Exception:
		return pyerr.Info(x), nil
	case *py.Type:
		if x.IsSubtype(py.BaseException) || x == py.BaseException {
			return pyerr.New(x), nil
		}
	}
	return nil, pyerr.Newf(py.TypeError, "invalid exception object")
}

var (
	_ py.I__repr__   = (*Future)(nil)
	_ py.I_generator = (*futureIter)(nil)
)

// M__eq__ compares by identity, as object.__eq__ does; gpython's
// containers need it to find futures and tasks.
func (f *Future) M__eq__(other py.Object) (py.Object, error) { return py.NewBool(f.self == other), nil }

// M__ne__ is the negation of M__eq__.
func (f *Future) M__ne__(other py.Object) (py.Object, error) { return py.NewBool(f.self != other), nil }
