// Package awaitproto is Python's await protocol as a Go API: it finds the
// iterator that `await obj` drives and steps it with send, throw and close
// exactly as a CPython 3.11 coroutine suspended in `await` does, on any
// py.Object. It also lets Go code be awaited from Python: Go functions
// become Python coroutine functions (see Func and Stepper).
//
// The protocol is "await is yield from on __await__()": Iterator gets the
// await iterator, Send, Throw and Close are the three ways to resume it,
// and Drive repeats Send until the awaitable finishes, handing every
// yielded value to a callback, which is what an event loop's task does.
//
// It does not define native coroutine objects or an event loop. Native
// coroutines (package coroutine) plug in by having a Code() *py.Code
// method whose flags carry CO_COROUTINE, as generator-based coroutines
// already do with CO_ITERABLE_COROUTINE: await drives such an object
// directly.
//
// Every error it returns is a py.ExceptionInfo (see package pyerr). Python
// objects are not safe for concurrent use: call these functions on the
// goroutine that owns the objects' py.Context.
package awaitproto

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Code flags of CPython 3.11 that gpython does not define.
const (
	// CoCoroutine marks the code of an `async def` function.
	CoCoroutine = 0x0080
	// CoIterableCoroutine marks a generator function decorated with
	// types.coroutine: its generators may be awaited.
	CoIterableCoroutine = 0x0100
)

// Result is the outcome of one resumption of an await iterator.
type Result struct {
	// Value is the yielded value, or the final value when Done.
	Value py.Object
	// Done reports that the iterator raised StopIteration(Value): the
	// awaitable has finished.
	Done bool
}

// coded is implemented by generator and coroutine objects; their code
// flags say whether await may drive them directly.
type coded interface {
	Code() *py.Code
}

// Iterator returns the iterator that `await obj` drives: obj itself for a
// coroutine (native, or a generator whose code has CoIterableCoroutine),
// else what obj.__await__() returns, which must be an iterator and not a
// coroutine. A native coroutine that is already suspended in an await of
// its own is refused, as CPython refuses to await it twice.
func Iterator(obj py.Object) (py.Object, error) {
	obj = orNone(obj)
	if flags, ok := coroutineFlags(obj); ok {
		if flags&CoCoroutine != 0 {
			if yf, ok := obj.(interface{ YieldFrom() py.Object }); ok && yf.YieldFrom() != nil {
				return nil, pyerr.Newf(py.RuntimeError, "coroutine is being awaited already")
			}
		}
		return obj, nil
	}
	var (
		it  py.Object
		err error
	)
	if a, ok := obj.(interface{ M__await__() (py.Object, error) }); ok {
		it, err = a.M__await__()
	} else {
		m, merr := special(obj, "__await__")
		if merr != nil {
			return nil, merr
		}
		if m == nil {
			return nil, pyerr.Newf(py.TypeError, "object %s can't be used in 'await' expression", pyobj.TypeOf(obj).Name)
		}
		it, err = py.Call(m, nil, nil)
	}
	if err != nil {
		return nil, pyerr.Info(err)
	}
	it = orNone(it)
	if _, ok := coroutineFlags(it); ok {
		return nil, pyerr.Newf(py.TypeError, "__await__() returned a coroutine")
	}
	if !isIterator(it) {
		return nil, pyerr.Newf(py.TypeError, "__await__() returned non-iterator of type '%s'", pyobj.TypeOf(it).Name)
	}
	return it, nil
}

// IsAwaitable reports whether obj can be awaited, as inspect.isawaitable
// does: obj is a coroutine (native or generator-based) or its type has an
// __await__ method. Iterator may still fail on it, when __await__ raises
// or returns something other than an iterator.
func IsAwaitable(obj py.Object) bool {
	obj = orNone(obj)
	if _, ok := coroutineFlags(obj); ok {
		return true
	}
	if _, ok := obj.(interface{ M__await__() (py.Object, error) }); ok {
		return true
	}
	return pyobj.TypeOf(obj).NativeGetAttrOrNil("__await__") != nil
}

// Send resumes the await iterator it with value, as the awaiting frame
// does: with None it calls __next__ (CPython's rule for yield from on an
// iterator), otherwise it.send(value). A nil value is None.
func Send(it, value py.Object) (Result, error) {
	it, value = orNone(it), orNone(value)
	switch x := it.(type) {
	case *goCoroutine:
		return x.advance(value, nil)
	case ResultSender:
		return x.SendResult(value)
	}
	if value == py.None {
		if n, ok := it.(py.I__next__); ok {
			return result(n.M__next__())
		}
		m, err := special(it, "__next__")
		if err != nil {
			return Result{}, err
		}
		if m != nil {
			return result(py.Call(m, nil, nil))
		}
	}
	if s, ok := it.(py.I_send); ok {
		return result(s.Send(value))
	}
	m, err := special(it, "send")
	if err != nil {
		return Result{}, err
	}
	if m == nil {
		return Result{}, pyerr.Newf(py.AttributeError, "'%s' object has no attribute 'send'", pyobj.TypeOf(it).Name)
	}
	return result(py.Call(m, py.Tuple{value}, nil))
}

// ResultSender is an await iterator written in Go that reports its end as
// a Result instead of raising StopIteration, which spares an exception
// object per step; Send uses it. The event loop's future iterator is one.
type ResultSender interface {
	SendResult(value py.Object) (Result, error)
}

// Throw raises exc at the await that drives it, as CPython does when an
// exception is thrown into a coroutine suspended there: GeneratorExit
// closes it and then comes back as the error (or the error closing it
// raised); anything else goes to it.throw(exc), and an iterator without a
// throw method lets exc come back unchanged.
func Throw(it py.Object, exc error) (Result, error) {
	if exc == nil {
		return Result{}, pyerr.Newf(py.SystemError, "awaitproto.Throw called with a nil error")
	}
	it = orNone(it)
	info := pyerr.Info(exc)
	if pyerr.Matches(info, py.GeneratorExit) {
		if err := Close(it); err != nil {
			return Result{}, err
		}
		return Result{}, info
	}
	switch x := it.(type) {
	case *goCoroutine:
		return x.advance(py.None, info)
	case interface {
		ThrowError(error) (py.Object, error)
	}:
		return result(x.ThrowError(info))
	case py.I_throw:
		return result(x.Throw(py.Tuple{info.Value}, nil))
	}
	m, err := special(it, "throw")
	if err != nil {
		return Result{}, err
	}
	if m == nil {
		return Result{}, info
	}
	return result(py.Call(m, py.Tuple{info.Value}, nil))
}

// Close closes the await iterator it: it.close() when it has one. It
// reports only the error close raised.
func Close(it py.Object) error {
	it = orNone(it)
	var err error
	switch x := it.(type) {
	case *goCoroutine:
		err = x.close()
	case py.I_close:
		_, err = x.Close()
	default:
		m, lerr := special(it, "close")
		if lerr != nil || m == nil {
			return lerr
		}
		_, err = py.Call(m, nil, nil)
	}
	if err != nil {
		return pyerr.Info(err)
	}
	return nil
}

// Drive awaits obj to completion and returns its result. Every value the
// await iterator yields is handed to resume; its answer is sent back in,
// or thrown in when throw is not nil. This is what an event loop's task
// does, with the loop's scheduling inside resume.
//
// An awaitable that never finishes is stopped only by resume: throwing an
// error in ends Drive with that error unless the awaitable catches it.
func Drive(obj py.Object, resume func(yielded py.Object) (send py.Object, throw error)) (py.Object, error) {
	if resume == nil {
		return nil, pyerr.Newf(py.SystemError, "awaitproto.Drive called with a nil resume function")
	}
	it, err := Iterator(obj)
	if err != nil {
		return nil, err
	}
	r, err := Send(it, py.None)
	for err == nil && !r.Done {
		send, throw := resume(r.Value)
		if throw != nil {
			r, err = Throw(it, throw)
		} else {
			r, err = Send(it, send)
		}
	}
	if err != nil {
		return nil, err
	}
	return r.Value, nil
}

// result turns the answer of one step into a Result: a StopIteration, in
// any form, is the end with its value.
func result(v py.Object, err error) (Result, error) {
	if err != nil {
		if sv, ok := iterproto.StopValue(err); ok {
			return Result{Value: sv, Done: true}, nil
		}
		return Result{}, pyerr.Info(err)
	}
	if v == nil {
		v = py.None
	}
	return Result{Value: v}, nil
}

// orNone maps Go's nil to None, so that a nil object is refused the way
// None is.
func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// coroutineFlags reports whether o is a coroutine that await drives
// directly, and returns its code flags.
func coroutineFlags(o py.Object) (int32, bool) {
	c, ok := o.(coded)
	if !ok {
		return 0, false
	}
	code := c.Code()
	if code == nil || code.Flags&(CoCoroutine|CoIterableCoroutine) == 0 {
		return 0, false
	}
	return code.Flags, true
}

// special finds the method name on o's type, as CPython looks up special
// methods, and binds it to o. It returns nil when the type has none.
// gpython's own lookup (py.TypeCall) misses methods a user class
// inherits, so the type's MRO is searched here.
func special(o py.Object, name string) (py.Object, error) {
	t := pyobj.TypeOf(o)
	attr := t.NativeGetAttrOrNil(name)
	if attr == nil {
		return nil, nil
	}
	if g, ok := attr.(py.I__get__); ok {
		m, err := g.M__get__(o, t)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		return m, nil
	}
	return attr, nil
}

// isIterator reports whether o has a __next__ method, natively or on its
// Python type.
func isIterator(o py.Object) bool {
	if _, ok := o.(py.I__next__); ok {
		return true
	}
	return pyobj.TypeOf(o).NativeGetAttrOrNil("__next__") != nil
}
