package awaitproto

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Stepper is the body of a coroutine written in Go, as a state machine:
// each Step runs it from one suspension point to the next.
//
// The first Step gets sent == None and thrown == nil. After a Step that
// yielded, the next one gets what the awaiting code sent in (sent), or the
// exception it threw in (thrown, a py.ExceptionInfo; sent is then None).
// GeneratorExit is thrown in when the coroutine is closed. A body that does
// not handle exceptions returns thrown as its error.
//
// Step returns Result{Value: v} to yield v, Result{Value: v, Done: true}
// to finish with v, or an error to raise, which also finishes the body.
// Step is never called again once the body has finished, nor when it is
// closed or thrown into before its first Step.
type Stepper interface {
	Step(sent py.Object, thrown error) (Result, error)
}

// StepFunc adapts a function to Stepper.
type StepFunc func(sent py.Object, thrown error) (Result, error)

// Step calls f.
func (f StepFunc) Step(sent py.Object, thrown error) (Result, error) { return f(sent, thrown) }

// CoroutineType is the Python type of the objects NewCoroutine makes.
var CoroutineType = ready(py.NewType("go_coroutine", "Coroutine whose body is written in Go."))

// ReadyType is the Python type of the objects Ready makes.
var ReadyType = ready(py.NewType("go_ready", "Awaitable that finishes at once with a value."))

// ready finishes t's setup now: gpython readies only the types made during
// its own initialization, and an unready type has no MRO.
func ready(t *py.Type) *py.Type {
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

// goCoroutine runs a Stepper with the states and errors of a CPython
// coroutine object. It is its own await iterator, like the tutorial's
// MyCoroutine.
type goCoroutine struct {
	name    string
	step    Stepper // nil once finished
	started bool
	running bool
}

// NewCoroutine returns an awaitable whose body is step, in the style of a
// native coroutine: __await__ and __iter__ return the object itself, and
// __next__, send, throw and close drive step with CPython 3.11's rules
// (StopIteration(value) when done, "cannot reuse already awaited
// coroutine", "coroutine ignored GeneratorExit", PEP 479). name is its
// __name__ and __qualname__. A panic in step becomes a SystemError and
// finishes the body.
func NewCoroutine(name string, step Stepper) py.Object {
	return &goCoroutine{name: name, step: step}
}

// Type returns CoroutineType.
func (c *goCoroutine) Type() *py.Type { return CoroutineType }

// M__await__ returns the coroutine itself.
func (c *goCoroutine) M__await__() (py.Object, error) { return c, nil }

// M__iter__ returns the coroutine itself.
func (c *goCoroutine) M__iter__() (py.Object, error) { return c, nil }

// M__next__ resumes the body with None.
func (c *goCoroutine) M__next__() (py.Object, error) { return c.resume(py.None, nil) }

// Send resumes the body with value.
func (c *goCoroutine) Send(value py.Object) (py.Object, error) {
	return c.resume(orNone(value), nil)
}

// Throw is throw(typ[, val[, tb]]) with Python arguments.
func (c *goCoroutine) Throw(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "go_coroutine.throw() takes no keyword arguments")
	}
	exc, err := pyobj.ThrowArgs(args)
	if err != nil {
		return nil, err
	}
	return c.resume(py.None, exc)
}

// Close is close(); it returns None.
func (c *goCoroutine) Close() (py.Object, error) {
	if err := c.close(); err != nil {
		return nil, err
	}
	return py.None, nil
}

// M__repr__ is <go_coroutine object NAME at 0x...>.
func (c *goCoroutine) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<go_coroutine object %s at %p>", c.name, c)), nil
}

// resume is one resumption as Python sees it: the end of the body is
// StopIteration(value).
func (c *goCoroutine) resume(sent py.Object, thrown error) (py.Object, error) {
	r, err := c.advance(sent, thrown)
	if err != nil {
		return nil, err
	}
	if r.Done {
		return nil, iterproto.StopIteration(r.Value)
	}
	return r.Value, nil
}

// advance runs one Step with the checks CPython makes around a coroutine
// resumption, in its order. thrown, when not nil, is a py.ExceptionInfo.
// Go callers get the end of the body as a Done Result, which spares
// making a StopIteration.
func (c *goCoroutine) advance(sent py.Object, thrown error) (Result, error) {
	if !c.started && c.step != nil && thrown == nil && sent != py.None {
		return Result{}, pyerr.Newf(py.TypeError, "can't send non-None value to a just-started coroutine")
	}
	if c.running {
		return Result{}, pyerr.Newf(py.ValueError, "coroutine already executing")
	}
	if c.step == nil {
		return Result{}, pyerr.Newf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	if !c.started && thrown != nil {
		// The exception is raised before the body's first statement,
		// where nothing can catch it.
		c.step = nil
		return Result{}, thrown
	}
	c.started = true
	r, err := c.run(sent, thrown)
	r.Value = orNone(r.Value)
	if err == nil && !r.Done {
		return r, nil
	}
	c.step = nil
	if err != nil {
		if pyerr.Matches(err, py.StopIteration) {
			return Result{}, raisedStop(err)
		}
		return Result{}, pyerr.Info(err)
	}
	return r, nil
}

// run calls Step, turning a panic into a SystemError.
func (c *goCoroutine) run(sent py.Object, thrown error) (r Result, err error) {
	c.running = true
	defer func() {
		c.running = false
		if p := recover(); p != nil {
			r, err = Result{}, pyerr.Newf(py.SystemError, "Go coroutine %s panicked: %v", c.name, p)
		}
	}()
	return c.step.Step(sent, thrown)
}

// close throws GeneratorExit into a suspended body and reports an error
// only if the body does something other than finish.
func (c *goCoroutine) close() error {
	if c.step == nil {
		return nil
	}
	if !c.started && !c.running {
		c.step = nil
		return nil
	}
	r, err := c.advance(py.None, pyerr.New(py.GeneratorExit))
	if err == nil && !r.Done {
		return pyerr.Newf(py.RuntimeError, "coroutine ignored GeneratorExit")
	}
	if err == nil || pyerr.Matches(err, py.GeneratorExit) {
		return nil
	}
	return err
}

// raisedStop is the RuntimeError PEP 479 makes of a StopIteration raised
// by a coroutine body, with the StopIteration as its cause.
func raisedStop(err error) error {
	cause := pyerr.Exception(err)
	rt := pyerr.Newf(py.RuntimeError, "coroutine raised StopIteration")
	e := rt.Value.(*py.Exception)
	e.Cause = cause
	e.Context = cause
	e.SuppressContext = true
	return rt
}

// Func exposes a Go function as a Python coroutine function: calling the
// result from Python (or with py.Call) runs fn with the call's arguments
// and returns NewCoroutine(name, stepper). An error from fn is raised by
// the call itself, before anything is awaited, and a panic in fn becomes a
// SystemError.
func Func(name string, fn func(args py.Tuple, kwargs py.StringDict) (Stepper, error)) py.Object {
	call := func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer func() {
			if p := recover(); p != nil {
				res, err = nil, pyerr.Newf(py.SystemError, "Go coroutine function %s panicked: %v", name, p)
			}
		}()
		step, err := fn(args, kwargs)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		if step == nil {
			return nil, pyerr.Newf(py.SystemError, "Go coroutine function %s returned no body", name)
		}
		return NewCoroutine(name, step), nil
	}
	return py.MustNewMethod(name, call, 0, "Coroutine function written in Go.")
}

// readyAwaitable finishes at once with value when awaited, any number of
// times, like a completed future.
type readyAwaitable struct {
	value py.Object
}

// Ready returns an awaitable that finishes at once with value (nil is
// None), without suspending.
func Ready(value py.Object) py.Object {
	return &readyAwaitable{value: orNone(value)}
}

// Type returns ReadyType.
func (r *readyAwaitable) Type() *py.Type { return ReadyType }

// M__await__ returns a fresh await iterator, so the object can be awaited
// again.
func (r *readyAwaitable) M__await__() (py.Object, error) {
	return NewCoroutine("ready", StepFunc(func(py.Object, error) (Result, error) {
		return Result{Value: r.value, Done: true}, nil
	})), nil
}

// M__repr__ is <go_ready object at 0x...>.
func (r *readyAwaitable) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<go_ready object at %p>", r)), nil
}

func init() {
	d := CoroutineType.Dict
	d["send"] = py.MustNewMethod("send", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		c, args, err := bind(self, args, "send")
		if err != nil {
			return nil, err
		}
		if len(kwargs) != 0 {
			return nil, pyerr.Newf(py.TypeError, "go_coroutine.send() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, pyerr.Newf(py.TypeError, "go_coroutine.send() takes exactly one argument (%d given)", len(args))
		}
		return c.Send(args[0])
	}, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.")
	d["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		c, args, err := bind(self, args, "throw")
		if err != nil {
			return nil, err
		}
		return c.Throw(args, kwargs)
	}, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.")
	d["close"] = py.MustNewMethod("close", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		c, args, err := bind(self, args, "close")
		if err != nil {
			return nil, err
		}
		if len(kwargs) != 0 {
			return nil, pyerr.Newf(py.TypeError, "go_coroutine.close() takes no keyword arguments")
		}
		if len(args) != 0 {
			return nil, pyerr.Newf(py.TypeError, "go_coroutine.close() takes no arguments (%d given)", len(args))
		}
		return c.Close()
	}, 0, "close() -> raise GeneratorExit inside coroutine.")
	name := func(attr string) *py.Property {
		return &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				c, err := receiver(self, attr)
				if err != nil {
					return nil, err
				}
				return py.String(c.name), nil
			},
		}
	}
	d["__name__"] = name("__name__")
	d["__qualname__"] = name("__qualname__")
}

// receiver checks the self a go_coroutine method was called with.
func receiver(self py.Object, method string) (*goCoroutine, error) {
	if c, ok := self.(*goCoroutine); ok {
		return c, nil
	}
	return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'go_coroutine' objects doesn't apply to a '%s' object", method, pyobj.TypeOf(self).Name)
}

// bind finds the coroutine a method applies to. Called through the type,
// as in go_coroutine.send(c, v), gpython passes the method's module as
// self and the coroutine as the first argument.
func bind(self py.Object, args py.Tuple, method string) (*goCoroutine, py.Tuple, error) {
	if c, ok := self.(*goCoroutine); ok {
		return c, args, nil
	}
	if len(args) == 0 {
		return nil, nil, pyerr.Newf(py.TypeError, "unbound method go_coroutine.%s() needs an argument", method)
	}
	c, err := receiver(args[0], method)
	return c, args[1:], err
}

var (
	_ py.I_generator = (*goCoroutine)(nil)
	_ py.I__repr__   = (*goCoroutine)(nil)
	_ py.I__repr__   = (*readyAwaitable)(nil)
)
