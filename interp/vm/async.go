package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// StopAsyncIteration is the exception class that ends an async for loop;
// gpython lacks it. The interp package registers it in builtins.
var StopAsyncIteration = coroutine.StopAsyncIteration

// suspendable is the mask of code flags whose functions return an object
// driving their body instead of running it.
const suspendable = py.CO_GENERATOR | coroutine.CoCoroutine | coroutine.CoAsyncGenerator

// special finds the method name on o's type, as CPython looks up special
// methods, and binds it to o; nil when the type has none.
func special(o py.Object, name string) (py.Object, error) {
	t := pyobj.TypeOf(o)
	attr := t.NativeGetAttrOrNil(name)
	if attr == nil {
		return nil, nil
	}
	if g, ok := attr.(py.I__get__); ok {
		return g.M__get__(o, t)
	}
	return attr, nil
}

// StackCaller is implemented by Go callables that CALL_FUNCTION may call
// with their positional arguments in place on the value stack, sparing
// the tuple a call makes. args is valid only during the call: the callee
// must not keep it (it may keep its elements).
type StackCaller interface {
	CallStack(args []py.Object) (py.Object, error)
}

// callFast does the CALL_FUNCTION calls that skip the generic path (see
// call), with its argument tuple and dispatch: those of async def
// functions and StackCallers with positional arguments only. It reports
// whether it did the call.
func (f *Frame) callFast(arg int) (bool, error) {
	if arg >= 256 {
		return false, nil
	}
	base := f.sp - arg - 1
	switch fn := f.Stack[base].(type) {
	case *py.Function:
		if fn.Code.Flags&coroutine.CoCoroutine == 0 {
			return false, nil
		}
		return true, f.callCoroutine(fn, arg)
	case StackCaller:
		res, err := fn.CallStack(f.Stack[base+1 : f.sp])
		f.unwindTo(base)
		if err != nil {
			return true, err
		}
		f.push(res)
		return true, nil
	}
	return false, nil
}

// callCoroutine implements CALL_FUNCTION with nargs positional arguments
// for fn, an async def function: it pushes the coroutine the call makes.
// When the next instruction awaits it (`await fn(...)`), the coroutine is
// one that Python code cannot see before the await steps it, so a spare
// one is reused, and it is noted in t.fresh for the await to give back
// (see awaitFresh).
func (f *Frame) callCoroutine(fn *py.Function, nargs int) error {
	t := f.t
	base := f.sp - nargs - 1
	code := fn.Code
	body := t.newFrame(fn.Context, code, fn.Globals, nil)
	if err := body.bind(fn.Qualname, nil, f.Stack[base+1:f.sp], nil, fn.Defaults, fn.KwDefaults, fn.Closure); err != nil {
		t.release(body)
		f.unwindTo(base)
		return err
	}
	f.unwindTo(base)
	if !awaitedNext(f) {
		f.push(t.suspended(body, code, fn.Name, fn.Qualname))
		return nil
	}
	c := t.spare
	if c != nil {
		t.spare = nil
		c.Reuse(body, code, fn.Name, fn.Qualname)
	} else {
		c = coroutine.NewCoroutine(body, code, fn.Name, fn.Qualname)
	}
	t.fresh = c
	f.push(c)
	return nil
}

// awaitFresh steps c, awaited by YIELD_FROM, as Coroutine.Step does. A
// coroutine that callCoroutine made for this await and that finishes at
// once was never seen by Python code (it is not yet anyone's cr_await),
// so it becomes the spare.
func (f *Frame) awaitFresh(c *coroutine.Coroutine, v py.Object) (py.Object, bool, error) {
	t := f.t
	fresh := c == t.fresh
	t.fresh = nil
	r, done, err := c.Step(v)
	if fresh && done && err == nil {
		t.spare = c
	}
	return r, done, err
}

// getAwaitable implements GET_AWAITABLE; from says where TOS came from
// (see compiler.GET_AWAITABLE).
func (f *Frame) getAwaitable(from int) error {
	o := f.top()
	if c, ok := o.(*coroutine.Coroutine); ok && c.YieldFrom() == nil {
		// What awaitproto.Iterator would answer, without its lookups.
		return nil
	}
	it, err := awaitproto.Iterator(o)
	if err != nil {
		if from != 0 && pyerr.Matches(err, py.TypeError) && !awaitproto.IsAwaitable(o) {
			method := "__aenter__"
			if from == 2 {
				method = "__aexit__"
			}
			return pyerr.Newf(py.TypeError, "'async with' received an object from %s that does not implement __await__: %s", method, pyobj.TypeOf(o).Name)
		}
		return err
	}
	f.Stack[f.sp-1] = it
	return nil
}

// getYieldFromIter implements GET_YIELD_FROM_ITER.
func (f *Frame) getYieldFromIter() error {
	o := f.top()
	if _, ok := o.(*coroutine.Coroutine); ok {
		if f.Code.Flags&(coroutine.CoCoroutine|coroutine.CoIterableCoroutine) == 0 {
			return pyerr.Newf(py.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		return nil
	}
	it, err := iterproto.Iter(o)
	if err != nil {
		return err
	}
	f.Stack[f.sp-1] = it
	return nil
}

// getAIter implements GET_AITER.
func (f *Frame) getAIter() error {
	o := f.top()
	var it py.Object
	if a, ok := o.(*coroutine.AsyncGenerator); ok {
		it = a
	} else {
		m, err := special(o, "__aiter__")
		if err != nil {
			return err
		}
		if m == nil {
			return pyerr.Newf(py.TypeError, "'async for' requires an object with __aiter__ method, got %s", pyobj.TypeOf(o).Name)
		}
		if it, err = py.Call(m, nil, nil); err != nil {
			return err
		}
		if _, ok := it.(*coroutine.AsyncGenerator); !ok {
			if n, err := special(it, "__anext__"); err != nil {
				return err
			} else if n == nil {
				return pyerr.Newf(py.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", pyobj.TypeOf(it).Name)
			}
		}
	}
	f.Stack[f.sp-1] = it
	return nil
}

// getANext implements GET_ANEXT: it pushes the await iterator of
// TOS.__anext__().
func (f *Frame) getANext() error {
	o := f.top()
	if a, ok := o.(*coroutine.AsyncGenerator); ok {
		f.push(a.ASend(py.None))
		return nil
	}
	m, err := special(o, "__anext__")
	if err != nil {
		return err
	}
	if m == nil {
		return pyerr.Newf(py.TypeError, "'async for' requires an iterator with __anext__ method, got %s", pyobj.TypeOf(o).Name)
	}
	aw, err := py.Call(m, nil, nil)
	if err != nil {
		return err
	}
	it, err := awaitproto.Iterator(aw)
	if err != nil {
		if pyerr.Matches(err, py.TypeError) && !awaitproto.IsAwaitable(aw) {
			return pyerr.Newf(py.TypeError, "'async for' received an invalid object from __anext__: %s", pyobj.TypeOf(aw).Name)
		}
		return err
	}
	f.push(it)
	return nil
}

// beforeAsyncWith implements BEFORE_ASYNC_WITH.
func (f *Frame) beforeAsyncWith() error {
	mgr := f.top()
	enter, err := special(mgr, "__aenter__")
	if err == nil && enter == nil {
		err = pyerr.Newf(py.TypeError, "'%s' object does not support the asynchronous context manager protocol", pyobj.TypeOf(mgr).Name)
	}
	if err != nil {
		return err
	}
	exit, err := special(mgr, "__aexit__")
	if err == nil && exit == nil {
		err = pyerr.Newf(py.TypeError, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", pyobj.TypeOf(mgr).Name)
	}
	if err != nil {
		return err
	}
	f.Stack[f.sp-1] = exit
	res, err := py.Call(enter, nil, nil)
	if err != nil {
		return err
	}
	f.push(res)
	return nil
}

// setupAsyncWith implements SETUP_ASYNC_WITH.
func (f *Frame) setupAsyncWith(handler int) {
	res := f.pop()
	f.pushBlock(py.TryBlockSetupFinally, handler, f.sp)
	f.push(res)
}

// withCleanupFinish implements WITH_CLEANUP_FINISH.
func (f *Frame) withCleanupFinish() error {
	res := f.pop()
	typ := f.pop()
	if typ == py.None {
		return nil
	}
	t, err := truth(res)
	if err != nil {
		return err
	}
	if t {
		f.push(py.Int(whySilenced))
	}
	return nil
}

// formatValue implements FORMAT_VALUE.
func (f *Frame) formatValue(arg int) error {
	spec := ""
	if arg&compiler.FvcHasSpec != 0 {
		s, ok := f.pop().(py.String)
		if !ok {
			return pyerr.Newf(py.SystemError, "FORMAT_VALUE: format spec is not a str")
		}
		spec = string(s)
	}
	v := f.top()
	var (
		s   string
		err error
	)
	switch arg & compiler.FvcMask {
	case compiler.FvcStr:
		s, err = pytext.Str(v)
	case compiler.FvcRepr:
		s, err = pytext.Repr(v)
	case compiler.FvcASCII:
		s, err = pytext.ASCII(v)
	default:
		if _, ok := v.(py.String); ok && spec == "" {
			return nil
		}
		s, err = pytext.Format(v, spec)
		if err != nil {
			return err
		}
		f.Stack[f.sp-1] = py.String(s)
		return nil
	}
	if err != nil {
		return err
	}
	if spec != "" {
		if s, err = pytext.Format(py.String(s), spec); err != nil {
			return err
		}
	}
	f.Stack[f.sp-1] = py.String(s)
	return nil
}

// buildString implements BUILD_STRING.
func (f *Frame) buildString(n int) error {
	parts := f.Stack[f.sp-n : f.sp]
	size := 0
	for _, p := range parts {
		s, ok := p.(py.String)
		if !ok {
			return pyerr.Newf(py.SystemError, "BUILD_STRING: part is not a str")
		}
		size += len(s)
	}
	buf := make([]byte, 0, size)
	for _, p := range parts {
		buf = append(buf, p.(py.String)...)
	}
	f.unwindTo(f.sp - n)
	f.push(py.String(buf))
	return nil
}
