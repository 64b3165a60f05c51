package eventloop

import (
	"context"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// BaseExceptionGroup and ExceptionGroup are the builtin exception groups
// (package pylib), which TaskGroup raises.
var (
	BaseExceptionGroup = pylib.BaseExceptionGroup
	ExceptionGroup     = pylib.ExceptionGroup
)

// NewExceptionGroup is BaseExceptionGroup(msg, excs): an ExceptionGroup
// when they are all Exceptions, else a BaseExceptionGroup. Elements of
// excs that are not exceptions make it a ValueError.
func NewExceptionGroup(msg string, excs []py.Object) py.ExceptionInfo {
	eg, err := pylib.NewGroup(msg, excs)
	if err != nil {
		return pyerr.Info(err)
	}
	return py.ExceptionInfo{Type: eg.Base, Value: eg}
}

// cancelAll cancels the tasks still pending, runs the loop until they
// end, and reports those that failed otherwise, as asyncio.run does
// before closing its loop.
func (l *Loop) cancelAll() error {
	tasks := l.pendingTasks()
	if len(tasks) == 0 {
		return nil
	}
	for _, t := range tasks {
		t.Cancel(nil)
	}
	objs := make([]py.Object, len(tasks))
	for i, t := range tasks {
		objs[i] = t
	}
	if _, err := l.RunUntilComplete(context.Background(), l.gather(objs, true)); err != nil {
		return err
	}
	for _, t := range tasks {
		if t.Cancelled() {
			continue
		}
		if exc, _ := t.Exception(); exc != nil {
			l.CallExceptionHandler(ExceptionContext{
				Message:   "unhandled exception during asyncio.run() shutdown",
				Exception: exc,
				Task:      t,
			})
		}
	}
	return nil
}

// privateMethods are the helpers asyncio.py uses.
func privateMethods() []*py.Method {
	return []*py.Method{
		method("_cancel_all_tasks", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 1 {
				return nil, pyerr.Newf(py.TypeError, "_cancel_all_tasks() takes 1 argument")
			}
			l, err := loopArg(args[0])
			if err != nil {
				return nil, err
			}
			return py.None, l.cancelAll()
		}),
		method("_copy_context", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return copyCurrentContext(moduleContext(self)), nil
		}),
		method("_is_base_error", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 1 {
				return nil, pyerr.Newf(py.TypeError, "_is_base_error() takes 1 argument")
			}
			e, ok := args[0].(*py.Exception)
			return py.NewBool(ok && fatal(e)), nil
		}),
		method("_exception_group", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 2 {
				return nil, pyerr.Newf(py.TypeError, "_exception_group() takes 2 arguments")
			}
			items, err := py.SequenceList(args[1])
			if err != nil {
				return nil, err
			}
			return NewExceptionGroup(pytext.SafeStr(args[0]), items.Items).Value, nil
		}),
	}
}

// exceptionContextArg turns the dict of call_exception_handler into an
// ExceptionContext.
func exceptionContextArg(d py.StringDict) ExceptionContext {
	var c ExceptionContext
	if m, ok := d["message"]; ok {
		c.Message = pytext.SafeStr(m)
	}
	if e, ok := d["exception"].(*py.Exception); ok {
		c.Exception = pyerr.Info(e)
	}
	if f, ok := d["future"]; ok && isFuture(f) {
		c.Future = f
	}
	if f, ok := d["task"]; ok && isFuture(f) {
		c.Task = f
	}
	if h, ok := d["handle"].(*Handle); ok {
		c.Handle = h
	}
	return c
}

// contextDict is the dict a Python exception handler gets.
func contextDict(c ExceptionContext) py.StringDict {
	d := py.StringDict{"message": py.String(c.Message)}
	if c.Exception != nil {
		d["exception"] = pyerr.Info(c.Exception).Value
	}
	if c.Future != nil {
		d["future"] = c.Future
	}
	if c.Task != nil {
		d["task"] = c.Task
	}
	if c.Handle != nil {
		d["handle"] = c.Handle
	}
	return d
}

func init() {
	d := LoopType.Dict
	noArgs := func(name, doc string, fn func(l *Loop) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
			l, err := loopOf(self, name)
			if err != nil {
				return nil, err
			}
			return fn(l)
		}, 0, doc)
	}
	noArgs("close", "Close the event loop.", func(l *Loop) (py.Object, error) {
		return py.None, l.Close()
	})
	noArgs("get_debug", "Return the debug mode of the loop.", func(l *Loop) (py.Object, error) {
		return py.NewBool(l.debug), nil
	})
	d["set_debug"] = py.MustNewMethod("set_debug", func(self, v py.Object) (py.Object, error) {
		l, err := loopOf(self, "set_debug")
		if err != nil {
			return nil, err
		}
		b, err := py.MakeBool(v)
		if err != nil {
			return nil, err
		}
		l.debug = b == py.True
		return py.None, nil
	}, 0, "Set the debug mode of the loop.")
	noArgs("shutdown_asyncgens", "Shut down all active asynchronous generators.", func(l *Loop) (py.Object, error) {
		return l.ShutdownAsyncGens(), nil
	})
	noArgs("shutdown_default_executor", "Wait for the default executor to finish.", func(l *Loop) (py.Object, error) {
		return awaitproto.Ready(py.None), nil
	})
	noArgs("get_exception_handler", "Return the exception handler.", func(l *Loop) (py.Object, error) {
		if l.pyHandler == nil {
			return py.None, nil
		}
		return l.pyHandler, nil
	})
	d["set_exception_handler"] = py.MustNewMethod("set_exception_handler", func(self, h py.Object) (py.Object, error) {
		l, err := loopOf(self, "set_exception_handler")
		if err != nil {
			return nil, err
		}
		if h == py.None {
			l.pyHandler, l.handler = nil, nil
			return py.None, nil
		}
		if checkCallback(h, "set_exception_handler") != nil {
			return nil, pyerr.Newf(py.TypeError, "A callable object or None is expected, got %s", pytext.SafeRepr(h))
		}
		l.pyHandler = h
		l.handler = func(l *Loop, c ExceptionContext) {
			if _, err := callPython(h, py.Tuple{l, contextDict(c)}); err != nil {
				l.DefaultExceptionHandler(ExceptionContext{Message: "Unhandled error in exception handler", Exception: pyerr.Info(err)})
			}
		}
		return py.None, nil
	}, 0, "Set the handler of errors no code can catch.")
	d["call_exception_handler"] = py.MustNewMethod("call_exception_handler", func(self, c py.Object) (py.Object, error) {
		l, err := loopOf(self, "call_exception_handler")
		if err != nil {
			return nil, err
		}
		m, ok := hashed.AsStringDict(c)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "call_exception_handler() expects a dict")
		}
		l.CallExceptionHandler(exceptionContextArg(m))
		return py.None, nil
	}, 0, "Call the current exception handler.")
	d["default_exception_handler"] = py.MustNewMethod("default_exception_handler", func(self, c py.Object) (py.Object, error) {
		l, err := loopOf(self, "default_exception_handler")
		if err != nil {
			return nil, err
		}
		m, ok := hashed.AsStringDict(c)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "default_exception_handler() expects a dict")
		}
		l.DefaultExceptionHandler(exceptionContextArg(m))
		return py.None, nil
	}, 0, "Default exception handler.")
	d["call_soon_threadsafe"] = soonMethod("call_soon_threadsafe", "Like call_soon(), but thread-safe.")
	d["run_in_executor"] = py.MustNewMethod("run_in_executor", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		l, err := loopOf(self, "run_in_executor")
		if err != nil {
			return nil, err
		}
		if len(args) < 2 {
			return nil, pyerr.Newf(py.TypeError, "run_in_executor() missing 2 required positional arguments: 'executor' and 'func'")
		}
		return l.runInExecutor(args[1], args[2:])
	}, 0, "Run func(*args) off the loop and return a Future for its result.")
}

// GoCallable is a Python callable backed by a Go function that may run
// on any goroutine: run_in_executor runs it on a goroutine of its own.
type GoCallable interface {
	py.Object
	// CallGo runs the function; it must not touch Python objects other
	// than its arguments, which it must only read.
	CallGo(ctx context.Context, args py.Tuple) (py.Object, error)
}

// runInExecutor is run_in_executor: a GoCallable runs on its own
// goroutine through Go. Any other callable is Python code, which must not
// leave the loop's goroutine, so it runs in a callback of the loop and
// the future completes there: the loop stays responsive between
// callbacks but not while the function runs.
func (l *Loop) runInExecutor(fn py.Object, args py.Tuple) (py.Object, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	if g, ok := fn.(GoCallable); ok {
		return l.Go(func(ctx context.Context) (py.Object, error) { return g.CallGo(ctx, args) }), nil
	}
	if checkCallback(fn, "run_in_executor") != nil {
		return nil, pyerr.Newf(py.TypeError, "'%s' object is not callable", pyobj.TypeOf(fn).Name)
	}
	f := l.NewFuture()
	l.callSoon(func() {
		if f.state != pending {
			return
		}
		res, err := callPython(fn, args)
		if err != nil {
			_ = f.SetException(err)
			return
		}
		_ = f.SetResult(res)
	})
	return f, nil
}

// loopHere is the loop of Future() and Task() called without one: the
// loop running on the calling goroutine, else the current loop of a
// context owned by it. Unlike CPython, which would make a loop, it fails
// when there is neither: constructors get no py.Context to make one in.
func loopHere() (*Loop, error) {
	if l, err := RunningHere(); err == nil {
		return l, nil
	}
	id := goroutineID()
	var found *Loop
	currentLoops.Range(func(_, v any) bool {
		if l := v.(*Loop); l.owner == id {
			found = l
			return false
		}
		return true
	})
	if found == nil {
		return nil, pyerr.Newf(py.RuntimeError, "no running event loop")
	}
	return found, nil
}

func loopKwarg(lo py.Object) (*Loop, error) {
	if lo == nil || lo == py.None {
		return loopHere()
	}
	return loopArg(lo)
}

func init() {
	FutureType.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var lo py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|$O:Future", []string{"loop"}, &lo); err != nil {
			return nil, err
		}
		l, err := loopKwarg(lo)
		if err != nil {
			return nil, err
		}
		return l.NewFuture(), nil
	}
	TaskType.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var coro, lo, name, ctxArg py.Object = nil, py.None, py.None, py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|$OOO:Task", []string{"coro", "loop", "name", "context"}, &coro, &lo, &name, &ctxArg); err != nil {
			return nil, err
		}
		l, err := loopKwarg(lo)
		if err != nil {
			return nil, err
		}
		return l.makeTask(coro, name, ctxArg)
	}
}
