package coroutine

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Code flags of CPython 3.11 that gpython does not define.
const (
	// CoCoroutine marks the body of an async def function.
	CoCoroutine = 0x0080
	// CoIterableCoroutine marks a generator function decorated with
	// types.coroutine.
	CoIterableCoroutine = 0x0100
	// CoAsyncGenerator marks the body of an async def function that
	// yields.
	CoAsyncGenerator = 0x0200
)

// StopAsyncIteration is the exception class that ends asynchronous
// iteration; gpython lacks it. The interp package registers it in
// builtins.
var StopAsyncIteration = py.ExceptionType.NewType("StopAsyncIteration", "Signal the end from iterator.__anext__().", nil, nil)

func init() {
	// NewType copies the parent's ready flag, which would make Ready a
	// no-op; an unready type fails subclass checks.
	StopAsyncIteration.Flags &^= py.TPFLAGS_READY
	if err := StopAsyncIteration.Ready(); err != nil {
		panic(err)
	}
}

// New returns the object a call of the function code makes, running the
// suspended body f: a generator, coroutine or async generator according
// to code's flags. The evaluator calls it; the body must not have run yet.
func New(f Frame, code *py.Code, name, qualname string) py.Object {
	switch {
	case code.Flags&CoCoroutine != 0:
		return NewCoroutine(f, code, name, qualname)
	case code.Flags&CoAsyncGenerator != 0:
		return NewAsyncGenerator(f, code, name, qualname)
	}
	return NewGenerator(f, code, name, qualname)
}

// CoroutineType is the Python type of coroutine objects.
var CoroutineType = newType("coroutine", "Coroutine object: the suspended body of an async def function.")

// Coroutine is a Python coroutine object, made by calling an async def
// function: awaiting it (or stepping it with send) runs its body.
//
// CPython warns on stderr when a coroutine that never ran is discarded;
// this type does not, as that would run Python code off the goroutine
// that owns it.
type Coroutine struct {
	core Generator
}

// NewCoroutine returns a coroutine that runs the suspended body f of the
// async def function code.
func NewCoroutine(f Frame, code *py.Code, name, qualname string) *Coroutine {
	return &Coroutine{core: Generator{frame: f, code: code, name: name, qualname: qualname, kind: coroutineKind}}
}

// Reuse makes c a new coroutine that runs the suspended body f of the
// async def function code, as NewCoroutine would, without allocating.
// c must be finished, and nothing but the caller may refer to it any more:
// the evaluator reuses the coroutine of `await f()` that finished at its
// first step, which Python code never saw.
func (c *Coroutine) Reuse(f Frame, code *py.Code, name, qualname string) {
	c.core = Generator{frame: f, code: code, name: name, qualname: qualname, kind: coroutineKind}
}

// Type returns CoroutineType.
func (c *Coroutine) Type() *py.Type { return CoroutineType }

// Watch returns the coroutine's Watch, which tells whether the coroutine
// was ever started, closed or finished even after the coroutine itself is
// gone: how "coroutine ... was never awaited" is detected.
func (c *Coroutine) Watch() *Watch {
	if c.core.watch == nil {
		c.core.watch = &Watch{Begun: c.core.started || c.core.frame == nil}
	}
	return c.core.watch
}

// Code returns the code object of the body (cr_code). Its CoCoroutine
// flag is what lets await drive the coroutine directly.
func (c *Coroutine) Code() *py.Code { return c.core.code }

// Running reports whether the body is executing (cr_running).
func (c *Coroutine) Running() bool { return c.core.running }

// Done reports whether the body has finished.
func (c *Coroutine) Done() bool { return c.core.frame == nil }

// Name returns __name__.
func (c *Coroutine) Name() string { return c.core.name }

// Qualname returns __qualname__.
func (c *Coroutine) Qualname() string { return c.core.qualname }

// YieldFrom returns the iterator the body is awaiting, or nil (cr_await).
func (c *Coroutine) YieldFrom() py.Object { return c.core.YieldFrom() }

// Send resumes the body with value, as coroutine.send does: it returns
// what the innermost await yielded, or ends with StopIteration(result).
func (c *Coroutine) Send(value py.Object) (py.Object, error) { return c.core.Send(value) }

// Step resumes the body like Send, reporting the end of the body as
// done with its result instead of a StopIteration.
func (c *Coroutine) Step(value py.Object) (v py.Object, done bool, err error) {
	if value == nil {
		value = py.None
	}
	return c.core.step(value, nil)
}

// ThrowError raises exc, a normalized exception, at the await the body is
// suspended at, as coroutine.throw does.
func (c *Coroutine) ThrowError(exc error) (py.Object, error) { return c.core.ThrowError(exc) }

// Close is coroutine.close().
func (c *Coroutine) Close() (py.Object, error) { return c.core.Close() }

// M__await__ returns the coroutine's await iterator.
func (c *Coroutine) M__await__() (py.Object, error) { return &CoroutineWrapper{c: &c.core}, nil }

// M__repr__ is CPython's <coroutine object QUALNAME at 0x...>.
func (c *Coroutine) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<coroutine object %s at %p>", c.core.qualname, c)), nil
}

// CoroutineWrapperType is the type of what coroutine.__await__ returns.
var CoroutineWrapperType = newType("coroutine_wrapper", "A wrapper object implementing __await__ for coroutines.")

// CoroutineWrapper is the iterator a coroutine's __await__ returns: it
// steps the coroutine.
type CoroutineWrapper struct {
	c *Generator
}

// Type returns CoroutineWrapperType.
func (w *CoroutineWrapper) Type() *py.Type { return CoroutineWrapperType }

// M__iter__ returns the wrapper.
func (w *CoroutineWrapper) M__iter__() (py.Object, error) { return w, nil }

// M__next__ resumes the coroutine with None.
func (w *CoroutineWrapper) M__next__() (py.Object, error) { return w.c.resume(py.None, nil) }

// Send resumes the coroutine with value.
func (w *CoroutineWrapper) Send(value py.Object) (py.Object, error) { return w.c.Send(value) }

// ThrowError throws exc into the coroutine.
func (w *CoroutineWrapper) ThrowError(exc error) (py.Object, error) { return w.c.ThrowError(exc) }

// Close closes the coroutine.
func (w *CoroutineWrapper) Close() (py.Object, error) { return w.c.Close() }

func init() {
	d := CoroutineWrapperType.Dict
	wrapper := func(self py.Object, method string) (*CoroutineWrapper, error) {
		if w, ok := self.(*CoroutineWrapper); ok {
			return w, nil
		}
		return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'coroutine_wrapper' objects doesn't apply to a '%s' object", method, self.Type().Name)
	}
	d["send"] = py.MustNewMethod("send", func(self, arg py.Object) (py.Object, error) {
		w, err := wrapper(self, "send")
		if err != nil {
			return nil, err
		}
		return w.Send(arg)
	}, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next yielded value or raise StopIteration.")
	d["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
		w, err := wrapper(self, "throw")
		if err != nil {
			return nil, err
		}
		exc, err := pyobj.ThrowArgs(args)
		if err != nil {
			return nil, err
		}
		return w.ThrowError(exc)
	}, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next yielded value or raise\nStopIteration.")
	d["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		w, err := wrapper(self, "close")
		if err != nil {
			return nil, err
		}
		return w.Close()
	}, 0, "close() -> raise GeneratorExit inside coroutine.")
}

var (
	_ py.I_send     = (*Coroutine)(nil)
	_ py.I_close    = (*Coroutine)(nil)
	_ py.I_iterator = (*CoroutineWrapper)(nil)
	_ py.I_send     = (*CoroutineWrapper)(nil)
)
