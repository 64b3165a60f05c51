package coroutine

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// AsyncGeneratorType is the Python type of async generator objects.
var AsyncGeneratorType = newType("async_generator", "Asynchronous generator object: the suspended body of an async def function that yields.")

// AsyncGenerator is a Python async generator object. Its body suspends
// both at its own yields and at the awaits inside it; the awaitables its
// __anext__, asend, athrow and aclose return tell the two apart, so that a
// yield ends the awaitable with StopIteration(value) while an await's
// value passes through to whoever drives the awaitable.
//
// The object is a handle on its state (agenState), so that the Go
// collector can find the object unreachable while its body stays alive
// for the finalizer hook to close (see asyncgenhooks.go).
type AsyncGenerator struct {
	*agenState
	// The runtime keeps the weak pointers and cleanups of a span's objects
	// in a list it walks at each insertion (see Watch): padding makes a
	// span hold 128 generators instead of 1024, which measured about twice
	// as fast for many generators left suspended.
	_ [56]byte
}

// agenState is an async generator without its identity.
type agenState struct {
	core Generator
	// runningAsync is set while an awaitable of the generator is being
	// driven (ag_running); closed once it has finished or aclose began.
	runningAsync bool
	closed       bool
	hooks        hookState
}

// NewAsyncGenerator returns an async generator that runs the suspended
// body f of the function code, whose yields the evaluator wraps with
// WrapYield.
func NewAsyncGenerator(f Frame, code *py.Code, name, qualname string) *AsyncGenerator {
	return &AsyncGenerator{agenState: &agenState{core: Generator{frame: f, code: code, name: name, qualname: qualname, kind: asyncGenKind}}}
}

// asyncYield is the value of a yield in an async generator's body, as the
// frame hands it over, to tell it from a value an await passes up.
type asyncYield struct{ v py.Object }

var asyncYieldType = newType("async_generator_wrapped_value", "A value yielded by an async generator.")

func (w *asyncYield) Type() *py.Type { return asyncYieldType }

// WrapYield marks v as yielded by an async generator's body. The evaluator
// calls it for every yield in the body of a CoAsyncGenerator function.
func WrapYield(v py.Object) py.Object { return &asyncYield{v} }

// Type returns AsyncGeneratorType.
func (a *AsyncGenerator) Type() *py.Type { return AsyncGeneratorType }

// Code returns the code object of the body (ag_code).
func (a *AsyncGenerator) Code() *py.Code { return a.core.code }

// Name returns __name__.
func (a *AsyncGenerator) Name() string { return a.core.name }

// Qualname returns __qualname__.
func (a *AsyncGenerator) Qualname() string { return a.core.qualname }

// Running reports whether one of the generator's awaitables is being
// driven (ag_running).
func (a *AsyncGenerator) Running() bool { return a.runningAsync }

// Done reports whether the body has finished.
func (a *AsyncGenerator) Done() bool { return a.core.frame == nil }

// YieldFrom returns the iterator the body is awaiting, or nil (ag_await).
func (a *AsyncGenerator) YieldFrom() py.Object { return a.core.YieldFrom() }

// M__aiter__ returns the async generator itself.
func (a *AsyncGenerator) M__aiter__() (py.Object, error) { return a, nil }

// M__anext__ returns the awaitable of the next value: asend(None). The
// first call of the generator's __anext__, asend, athrow or aclose calls
// the firstiter hook, whose error it returns.
func (a *AsyncGenerator) M__anext__() (py.Object, error) {
	if err := a.initHooks(); err != nil {
		return nil, err
	}
	return a.ASend(py.None), nil
}

// ASend returns the awaitable that resumes the body with value.
func (a *AsyncGenerator) ASend(value py.Object) *ASend {
	if value == nil {
		value = py.None
	}
	return &ASend{gen: a, value: value}
}

// AThrow returns the awaitable that raises exc in the body; a nil exc
// makes the aclose() awaitable.
func (a *AsyncGenerator) AThrow(exc error) *AThrow {
	return &AThrow{gen: a, exc: exc}
}

// M__repr__ is CPython's <async_generator object QUALNAME at 0x...>.
func (a *AsyncGenerator) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<async_generator object %s at %p>", a.core.qualname, a)), nil
}

// unwrap interprets one resumption of the body for an awaitable: a yield
// ends the awaitable with StopIteration(value), a value an await passed up
// is passed on, and the end of the body closes the generator.
func (a *AsyncGenerator) unwrap(v py.Object, err error) (py.Object, error) {
	if err != nil {
		if pyerr.Matches(err, StopAsyncIteration) || pyerr.Matches(err, py.GeneratorExit) {
			a.closed = true
		}
		a.runningAsync = false
		return nil, err
	}
	if w, ok := v.(*asyncYield); ok {
		a.runningAsync = false
		return nil, iterproto.StopIteration(w.v)
	}
	return v, nil
}

// awaitable states, as in CPython.
type awaitState int

const (
	stateInit awaitState = iota
	stateIter
	stateClosed
)

// ASendType is the type of the awaitables __anext__ and asend return.
var ASendType = newType("async_generator_asend", "The awaitable of async_generator.asend() and __anext__().")

// ASend is the awaitable of asend(value) and __anext__(): an iterator with
// send, throw and close, ending with StopIteration(v) when the body yields
// v and with StopAsyncIteration when it returns.
type ASend struct {
	gen   *AsyncGenerator
	value py.Object
	state awaitState
}

// Type returns ASendType.
func (s *ASend) Type() *py.Type { return ASendType }

// M__await__ returns the awaitable itself.
func (s *ASend) M__await__() (py.Object, error) { return s, nil }

// M__iter__ returns the awaitable itself.
func (s *ASend) M__iter__() (py.Object, error) { return s, nil }

// M__next__ is Send(None).
func (s *ASend) M__next__() (py.Object, error) { return s.Send(py.None) }

// Send resumes the body; the first call sends the value given to asend
// unless value is not None.
func (s *ASend) Send(value py.Object) (py.Object, error) {
	if value == nil {
		value = py.None
	}
	if s.state == stateClosed {
		return nil, pyerr.Newf(py.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	if err := s.gen.initHooks(); err != nil {
		return nil, err
	}
	if s.state == stateInit {
		if s.gen.runningAsync {
			return nil, pyerr.Newf(py.RuntimeError, "anext(): asynchronous generator is already running")
		}
		if value == py.None {
			value = s.value
		}
		s.state = stateIter
	}
	s.gen.runningAsync = true
	r, err := s.gen.unwrap(s.gen.core.resume(value, nil))
	if err != nil {
		s.state = stateClosed
	}
	return r, err
}

// ThrowError raises exc in the body.
func (s *ASend) ThrowError(exc error) (py.Object, error) {
	if s.state == stateClosed {
		return nil, pyerr.Newf(py.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	if err := s.gen.initHooks(); err != nil {
		return nil, err
	}
	r, err := s.gen.unwrap(s.gen.core.resume(py.None, pyerr.Info(exc)))
	if err != nil {
		s.state = stateClosed
	}
	return r, err
}

// Close marks the awaitable finished; the generator is unaffected.
func (s *ASend) Close() (py.Object, error) {
	s.state = stateClosed
	return py.None, nil
}

// AThrowType is the type of the awaitables athrow and aclose return.
var AThrowType = newType("async_generator_athrow", "The awaitable of async_generator.athrow() and aclose().")

// AThrow is the awaitable of athrow(...) (exc set) and aclose() (exc nil).
type AThrow struct {
	gen   *AsyncGenerator
	exc   error
	state awaitState
}

// Type returns AThrowType.
func (t *AThrow) Type() *py.Type { return AThrowType }

// M__await__ returns the awaitable itself.
func (t *AThrow) M__await__() (py.Object, error) { return t, nil }

// M__iter__ returns the awaitable itself.
func (t *AThrow) M__iter__() (py.Object, error) { return t, nil }

// M__next__ is Send(None).
func (t *AThrow) M__next__() (py.Object, error) { return t.Send(py.None) }

func (t *AThrow) closing() bool { return t.exc == nil }

// Send starts the throw (or close) on the first call and resumes the body
// after an await on later ones.
func (t *AThrow) Send(value py.Object) (py.Object, error) {
	if value == nil {
		value = py.None
	}
	g := t.gen
	if t.state == stateClosed {
		return nil, pyerr.Newf(py.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	if err := g.initHooks(); err != nil {
		return nil, err
	}
	if g.core.frame == nil {
		t.state = stateClosed
		return nil, pyerr.New(py.StopIteration)
	}
	if t.state == stateInit {
		if g.runningAsync {
			t.state = stateClosed
			if t.closing() {
				return nil, pyerr.Newf(py.RuntimeError, "aclose(): asynchronous generator is already running")
			}
			return nil, pyerr.Newf(py.RuntimeError, "athrow(): asynchronous generator is already running")
		}
		if g.closed {
			t.state = stateClosed
			return nil, pyerr.New(StopAsyncIteration)
		}
		if value != py.None {
			return nil, pyerr.Newf(py.RuntimeError, "can't send non-None value to a just-started coroutine")
		}
		t.state = stateIter
		g.runningAsync = true
		if t.closing() {
			g.closed = true
			return t.closeResult(g.throwRaw(pyerr.New(py.GeneratorExit)))
		}
		r, err := g.unwrap(g.throwRaw(t.exc))
		if err != nil {
			return t.checkError(err)
		}
		return r, nil
	}
	v, err := g.core.resume(value, nil)
	if !t.closing() {
		return g.unwrap(v, err)
	}
	return t.closeResult(v, err)
}

// throwRaw raises exc in the body of g without closing a sub-iterator
// that receives GeneratorExit, unlike close.
func (a *AsyncGenerator) throwRaw(exc error) (py.Object, error) {
	return a.core.resume(py.None, pyerr.Info(exc))
}

// closeResult interprets a resumption during aclose(): a yield means the
// body ignored GeneratorExit.
func (t *AThrow) closeResult(v py.Object, err error) (py.Object, error) {
	if err != nil {
		return t.checkError(err)
	}
	if _, ok := v.(*asyncYield); ok {
		t.gen.runningAsync = false
		t.state = stateClosed
		return nil, pyerr.Newf(py.RuntimeError, "async generator ignored GeneratorExit")
	}
	return v, nil
}

func (t *AThrow) checkError(err error) (py.Object, error) {
	t.gen.runningAsync = false
	t.state = stateClosed
	if t.closing() && (pyerr.Matches(err, StopAsyncIteration) || pyerr.Matches(err, py.GeneratorExit)) {
		return nil, pyerr.New(py.StopIteration)
	}
	return nil, err
}

// ThrowError raises exc in the body while the throw or close is awaiting.
func (t *AThrow) ThrowError(exc error) (py.Object, error) {
	if t.state == stateClosed {
		return nil, pyerr.Newf(py.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	if err := t.gen.initHooks(); err != nil {
		return nil, err
	}
	v, err := t.gen.core.resume(py.None, pyerr.Info(exc))
	if !t.closing() {
		return t.gen.unwrap(v, err)
	}
	if _, ok := v.(*asyncYield); ok && err == nil {
		t.gen.runningAsync = false
		t.state = stateClosed
		return nil, pyerr.Newf(py.RuntimeError, "async generator ignored GeneratorExit")
	}
	if err != nil && (pyerr.Matches(err, StopAsyncIteration) || pyerr.Matches(err, py.GeneratorExit)) {
		return nil, pyerr.New(py.StopIteration)
	}
	return v, err
}

// Close marks the awaitable finished; the generator is unaffected.
func (t *AThrow) Close() (py.Object, error) {
	t.state = stateClosed
	return py.None, nil
}

// awaitableMethods installs send, throw, close and __await__ on the type
// of an async generator awaitable.
func awaitableMethods(typ *py.Type, get func(py.Object) (awaitable, bool)) {
	recv := func(self py.Object, method string) (awaitable, error) {
		if a, ok := get(self); ok {
			return a, nil
		}
		return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, typ.Name, self.Type().Name)
	}
	d := typ.Dict
	d["send"] = py.MustNewMethod("send", func(self, arg py.Object) (py.Object, error) {
		a, err := recv(self, "send")
		if err != nil {
			return nil, err
		}
		return a.Send(arg)
	}, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
	d["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
		a, err := recv(self, "throw")
		if err != nil {
			return nil, err
		}
		exc, err := pyobj.ThrowArgs(args)
		if err != nil {
			return nil, err
		}
		return a.ThrowError(exc)
	}, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.")
	d["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		a, err := recv(self, "close")
		if err != nil {
			return nil, err
		}
		return a.Close()
	}, 0, "close() -> raise GeneratorExit inside generator.")
	d["__await__"] = py.MustNewMethod("__await__", func(self py.Object) (py.Object, error) {
		if _, err := recv(self, "__await__"); err != nil {
			return nil, err
		}
		return self, nil
	}, 0, "Return an iterator to be used in await expression.")
}

type awaitable interface {
	Send(py.Object) (py.Object, error)
	ThrowError(error) (py.Object, error)
	Close() (py.Object, error)
}

// installAsyncGen adds the async generator methods to its type.
func installAsyncGen(m methods) {
	gen := func(self py.Object, args py.Tuple, method string) (*AsyncGenerator, py.Tuple, error) {
		if a, ok := self.(*AsyncGenerator); ok {
			return a, args, nil
		}
		if len(args) > 0 {
			if a, ok := args[0].(*AsyncGenerator); ok {
				return a, args[1:], nil
			}
		}
		_, _, err := m.bind(self, args, method)
		if err == nil {
			err = pyerr.Newf(py.TypeError, "descriptor '%s' for 'async_generator' objects doesn't apply to this object", method)
		}
		return nil, nil, err
	}
	d := m.t.Dict
	d["__aiter__"] = py.MustNewMethod("__aiter__", func(self py.Object, args py.Tuple) (py.Object, error) {
		a, _, err := gen(self, args, "__aiter__")
		if err != nil {
			return nil, err
		}
		return a, nil
	}, 0, "Return an awaitable, that resolves in asynchronous iterator.")
	d["__anext__"] = py.MustNewMethod("__anext__", func(self py.Object, args py.Tuple) (py.Object, error) {
		a, _, err := gen(self, args, "__anext__")
		if err != nil {
			return nil, err
		}
		if err := a.initHooks(); err != nil {
			return nil, err
		}
		return a.ASend(py.None), nil
	}, 0, "Return a value or raise StopAsyncIteration.")
	d["asend"] = py.MustNewMethod("asend", func(self py.Object, args py.Tuple) (py.Object, error) {
		a, args, err := gen(self, args, "asend")
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyerr.Newf(py.TypeError, "async_generator.asend() takes exactly one argument (%d given)", len(args))
		}
		if err := a.initHooks(); err != nil {
			return nil, err
		}
		return a.ASend(args[0]), nil
	}, 0, "asend(v) -> send 'v' in generator.")
	d["athrow"] = py.MustNewMethod("athrow", func(self py.Object, args py.Tuple) (py.Object, error) {
		a, args, err := gen(self, args, "athrow")
		if err != nil {
			return nil, err
		}
		if err := a.initHooks(); err != nil {
			return nil, err
		}
		exc, err := pyobj.ThrowArgs(args)
		if err != nil {
			return nil, err
		}
		return a.AThrow(exc), nil
	}, 0, "athrow(typ[,val[,tb]]) -> raise exception in generator.")
	d["aclose"] = py.MustNewMethod("aclose", func(self py.Object, args py.Tuple) (py.Object, error) {
		a, args, err := gen(self, args, "aclose")
		if err != nil {
			return nil, err
		}
		if len(args) != 0 {
			return nil, pyerr.Newf(py.TypeError, "async_generator.aclose() takes no arguments (%d given)", len(args))
		}
		if err := a.initHooks(); err != nil {
			return nil, err
		}
		return a.AThrow(nil), nil
	}, 0, "aclose() -> raise GeneratorExit inside generator.")
	d["ag_running"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			a, ok := self.(*AsyncGenerator)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor 'ag_running' for 'async_generator' objects doesn't apply to a '%s' object", self.Type().Name)
			}
			return py.NewBool(a.runningAsync), nil
		},
		Fset: func(self, value py.Object) error {
			return pyerr.Newf(py.AttributeError, "attribute 'ag_running' of 'async_generator' objects is not writable")
		},
	}
	awaitableMethods(ASendType, func(o py.Object) (awaitable, bool) {
		s, ok := o.(*ASend)
		return s, ok
	})
	awaitableMethods(AThrowType, func(o py.Object) (awaitable, bool) {
		t, ok := o.(*AThrow)
		return t, ok
	})
}

var (
	_ py.I_iterator = (*ASend)(nil)
	_ py.I_send     = (*ASend)(nil)
	_ py.I_iterator = (*AThrow)(nil)
	_ py.I_send     = (*AThrow)(nil)
)
