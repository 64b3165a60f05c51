package coroutine

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// GeneratorType is the Python type of generator objects.
var GeneratorType = newType("generator", "Generator object: the suspended body of a generator function.")

// Generator is a Python generator object: it drives a Frame with CPython
// 3.11's send/throw/close protocol.
//
// When the Go garbage collector drops an unfinished generator, CPython
// would close it; this type does not, because the finalizer would run
// Python code off the goroutine that owns it.
type Generator struct {
	frame    Frame // nil once finished
	code     *py.Code
	name     string
	qualname string
	started  bool
	running  bool
	kind     *kind
	watch    *Watch // set by Watch; nil when nobody watches
}

// Watch is shared between a coroutine and an observer that outlives it:
// Begun becomes true when the body first starts or the coroutine is closed
// or finished. A coroutine that dies with Begun false was never awaited.
type Watch struct{ Begun bool }

// kind is what differs between generators, coroutines and async
// generators driving their body.
type kind struct {
	name string // in messages: "generator", "coroutine", "async generator"
	// stop is the exception a body that returned ends with; nil means
	// StopIteration(value).
	stop *py.Type
}

var (
	generatorKind = &kind{name: "generator"}
	coroutineKind = &kind{name: "coroutine"}
	asyncGenKind  = &kind{name: "async generator", stop: StopAsyncIteration}
)

// NewGenerator returns a generator that runs the suspended body f of the
// function code. The evaluator calls it when a generator function is
// called; the body must not have run yet.
func NewGenerator(f Frame, code *py.Code, name, qualname string) *Generator {
	return &Generator{frame: f, code: code, name: name, qualname: qualname, kind: generatorKind}
}

// Type returns GeneratorType.
func (g *Generator) Type() *py.Type { return GeneratorType }

// Running reports whether the body is executing (gi_running).
func (g *Generator) Running() bool { return g.running }

// Done reports whether the body has finished, by returning or raising.
func (g *Generator) Done() bool { return g.frame == nil }

// Name returns __name__.
func (g *Generator) Name() string { return g.name }

// Qualname returns __qualname__.
func (g *Generator) Qualname() string { return g.qualname }

// Code returns the code object of the body (gi_code).
func (g *Generator) Code() *py.Code { return g.code }

// YieldFrom returns the iterator the body delegates to in a pending
// `yield from`, or nil (gi_yieldfrom).
func (g *Generator) YieldFrom() py.Object {
	if g.frame == nil || g.running {
		return nil
	}
	return g.frame.YieldFrom()
}

// M__iter__ returns the generator itself.
func (g *Generator) M__iter__() (py.Object, error) { return g, nil }

// M__next__ resumes the body with None.
func (g *Generator) M__next__() (py.Object, error) { return g.resume(py.None, nil) }

// Send resumes the body, making value the result of the pending yield.
// It returns the next yielded value; a return ends it with
// StopIteration(value). A nil value is None.
func (g *Generator) Send(value py.Object) (py.Object, error) {
	if value == nil {
		value = py.None
	}
	return g.resume(value, nil)
}

// Throw is generator.throw(typ[, val[, tb]]) with Python arguments.
func (g *Generator) Throw(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "generator.throw() takes no keyword arguments")
	}
	return g.throwArgs(args)
}

// throwArgs is throw with Python arguments. Arguments that are no
// exception are refused by the innermost generator of a yield from chain
// in CPython, so a body suspended in yield from or await gets the
// TypeError raised at that point.
func (g *Generator) throwArgs(args py.Tuple) (py.Object, error) {
	exc, err := pyobj.ThrowArgs(args)
	if err != nil {
		if g.frame != nil && g.frame.YieldFrom() != nil && pyerr.Matches(err, py.TypeError) {
			return g.resume(py.None, err)
		}
		return nil, err
	}
	return g.resume(py.None, exc)
}

// ThrowError raises exc, an exception already normalized (see
// pyobj.ThrowArgs), at the body's suspension point, as throw does.
func (g *Generator) ThrowError(exc error) (py.Object, error) {
	if exc == nil {
		return nil, pyerr.Newf(py.SystemError, "ThrowError called with a nil error")
	}
	return g.resume(py.None, pyerr.Info(exc))
}

// Close is generator.close(): it raises GeneratorExit in a suspended body
// and reports an error only if the body does something other than finish.
// It returns None.
func (g *Generator) Close() (py.Object, error) {
	if g.frame == nil {
		return py.None, nil
	}
	if !g.started && !g.running {
		g.finish()
		return py.None, nil
	}
	_, err := g.resume(py.None, pyerr.New(py.GeneratorExit))
	if err == nil {
		return nil, pyerr.Newf(py.RuntimeError, "%s ignored GeneratorExit", g.kind.name)
	}
	if pyerr.Matches(err, py.GeneratorExit) || pyerr.Matches(err, py.StopIteration) {
		return py.None, nil
	}
	return nil, err
}

// M__repr__ is CPython's <generator object QUALNAME at 0x...>.
func (g *Generator) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<generator object %s at %p>", g.qualname, g)), nil
}

// resume runs the body once, with CPython's checks around it. exc, when
// not nil, is a py.ExceptionInfo to raise in the body.
func (g *Generator) resume(value py.Object, exc error) (py.Object, error) {
	v, done, err := g.step(value, exc)
	if err != nil || !done {
		return v, err
	}
	if g.kind.stop != nil {
		return nil, pyerr.New(g.kind.stop)
	}
	return nil, iterproto.StopIteration(v)
}

// step runs the body once. It returns (v, false, nil) when the body
// yielded v and (v, true, nil) when it returned v.
func (g *Generator) step(value py.Object, exc error) (py.Object, bool, error) {
	if g.frame != nil && !g.started && exc == nil && value != py.None {
		return nil, false, pyerr.Newf(py.TypeError, "can't send non-None value to a just-started %s", g.kind.name)
	}
	if g.running {
		return nil, false, pyerr.Newf(py.ValueError, "%s already executing", g.kind.name)
	}
	if g.frame == nil {
		switch {
		case g.kind == coroutineKind:
			return nil, false, pyerr.Newf(py.RuntimeError, "cannot reuse already awaited coroutine")
		case exc != nil:
			return nil, false, exc
		case g.kind.stop != nil:
			return nil, false, pyerr.New(g.kind.stop)
		}
		return nil, false, pyerr.New(py.StopIteration)
	}
	if !g.started {
		g.started = true
		g.begin()
	}
	g.running = true
	v, done, err := g.run(value, exc)
	if !done {
		if err != nil {
			// The body could not be entered (say, the recursion limit):
			// it stays suspended where it was.
			return nil, false, pyerr.Info(err)
		}
		return v, false, nil
	}
	g.finish()
	if err != nil {
		if pyerr.Matches(err, py.StopIteration) {
			return nil, false, fromCause(err, g.kind.name+" raised StopIteration")
		}
		if g.kind == asyncGenKind && pyerr.Matches(err, StopAsyncIteration) {
			return nil, false, fromCause(err, "async generator raised StopAsyncIteration")
		}
		return nil, false, pyerr.Info(err)
	}
	if v == nil {
		v = py.None
	}
	return v, true, nil
}

// run calls Resume and clears the running flag even if the evaluator
// panics.
func (g *Generator) run(value py.Object, exc error) (py.Object, bool, error) {
	defer func() { g.running = false }()
	v, done, err := g.frame.Resume(value, exc)
	if v == nil && !done {
		v = py.None
	}
	return v, done, err
}

func (g *Generator) finish() {
	g.frame = nil
	g.begin()
}

func (g *Generator) begin() {
	if g.watch != nil {
		g.watch.Begun = true
	}
}

// fromCause makes a RuntimeError whose __cause__ and __context__ are the
// exception in err, as PEP 479 requires for a StopIteration escaping a
// generator body.
func fromCause(err error, msg string) error {
	info := pyerr.Info(err)
	cause := info.Value.(*py.Exception)
	if cause.Traceback == nil && info.Traceback != nil {
		cause.Traceback = info.Traceback
	}
	rt := pyerr.Newf(py.RuntimeError, "%s", msg)
	e := rt.Value.(*py.Exception)
	e.Cause = cause
	e.Context = cause
	e.SuppressContext = true
	return rt
}

var _ py.I_generator = (*Generator)(nil)
