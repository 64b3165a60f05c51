package eventloop

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/interp/vm"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// moduleFunc is the Go body of a module function: self is the module.
type moduleFunc = func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// bodies keeps the Go body of every module function by name, for
// _bind_fast.
var bodies = map[string]moduleFunc{}

func method(name, doc string, fn moduleFunc) *py.Method {
	bodies[name] = fn
	return py.MustNewMethod(name, fn, 0, doc)
}

// fastNames are the functions that await-heavy code calls most: the
// module replaces them by fastFuncs when it loads.
var fastNames = []string{"sleep", "create_task", "gather", "get_running_loop", "current_task", "ensure_future"}

// borrowing are the fastNames whose bodies keep no reference to their
// argument tuple, so that the evaluator may lend them its stack (see
// vm.StackCaller).
var borrowing = map[string]bool{"sleep": true, "create_task": true, "get_running_loop": true, "current_task": true, "ensure_future": true}

// fastFuncType is the Python type of fastFuncs.
var fastFuncType = py.NewType("builtin_function_or_method", "Built-in function of asyncio.")

// fastFunc is a module function that the evaluator calls directly. A
// py.Method given no keyword arguments still makes an empty dict for a
// function that accepts some, which costs an allocation per call.
type fastFunc struct {
	module py.Object
	name   string
	fn     moduleFunc
}

// borrowingFunc is a fastFunc that the evaluator may call with its
// arguments in place on its stack.
type borrowingFunc struct{ fastFunc }

// CallStack implements vm.StackCaller.
func (f *borrowingFunc) CallStack(args []py.Object) (py.Object, error) {
	return f.fn(f.module, args, nil)
}

var _ vm.StackCaller = (*borrowingFunc)(nil)

func (f *fastFunc) Type() *py.Type { return fastFuncType }

func (f *fastFunc) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return f.fn(f.module, args, kwargs)
}

func (f *fastFunc) M__repr__() (py.Object, error) {
	return py.String("<built-in function " + f.name + ">"), nil
}

// bindFast replaces the module's fastNames by fastFuncs.
func bindFast(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m, ok := self.(*py.Module)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "_bind_fast() must be called through the module")
	}
	for _, name := range fastNames {
		f := fastFunc{module: m, name: name, fn: bodies[name]}
		if borrowing[name] {
			m.Globals[name] = &borrowingFunc{f}
		} else {
			m.Globals[name] = &f
		}
	}
	return py.None, nil
}

func loopArg(o py.Object) (*Loop, error) {
	if l, ok := o.(*Loop); ok {
		return l, nil
	}
	return nil, pyerr.Newf(py.TypeError, "loop must be an instance of AbstractEventLoop or None, not '%s'", pyobj.TypeOf(o).Name)
}

func asyncioMethods() []*py.Method {
	return []*py.Method{
		method("run", "Execute the coroutine and return the result.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var main, debug py.Object = nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|$O:run", []string{"main", "debug"}, &main, &debug); err != nil {
				return nil, err
			}
			var dbg *bool
			if debug != py.None {
				b, err := py.MakeBool(debug)
				if err != nil {
					return nil, err
				}
				v := b == py.True
				dbg = &v
			}
			return run(moduleContext(self), main, dbg)
		}),
		method("get_running_loop", "Return the running event loop.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := py.ParseTupleAndKeywords(args, kwargs, ":get_running_loop", nil); err != nil {
				return nil, err
			}
			l, err := Running(moduleContext(self))
			if err != nil {
				return nil, err
			}
			return l, nil
		}),
		method("_get_running_loop", "Return the running event loop or None.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if l := runningLoop(moduleContext(self)); l != nil {
				return l, nil
			}
			return py.None, nil
		}),
		method("get_event_loop", "Return the current event loop.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := py.ParseTupleAndKeywords(args, kwargs, ":get_event_loop", nil); err != nil {
				return nil, err
			}
			l, err := moduleLoop(self)
			if err != nil {
				return nil, err
			}
			return l, nil
		}),
		method("new_event_loop", "Make a new event loop.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := py.ParseTupleAndKeywords(args, kwargs, ":new_event_loop", nil); err != nil {
				return nil, err
			}
			return New(moduleContext(self)), nil
		}),
		method("set_event_loop", "Make loop the current event loop.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var lo py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_event_loop", []string{"loop"}, &lo); err != nil {
				return nil, err
			}
			if lo == py.None {
				SetCurrent(moduleContext(self), nil)
				return py.None, nil
			}
			l, err := loopArg(lo)
			if err != nil {
				return nil, err
			}
			SetCurrent(moduleContext(self), l)
			return py.None, nil
		}),
		method("sleep", "Coroutine that completes after a given time (in seconds).", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var delay, result py.Object = nil, py.None
			if len(kwargs) == 0 && len(args) == 1 {
				delay = args[0]
			} else if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:sleep", []string{"delay", "result"}, &delay, &result); err != nil {
				return nil, err
			}
			if nonPositive(delay) {
				return awaitproto.NewCoroutine("sleep", &yielder{result: result}), nil
			}
			return awaitproto.NewCoroutine("sleep", &sleeper{ctx: moduleContext(self), arg: delay, result: result}), nil
		}),
		method("create_task", "Schedule the execution of a coroutine object in a spawn task.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var coro, name, ctxArg py.Object = nil, py.None, py.None
			if len(args) == 1 && len(kwargs) == 0 {
				coro = args[0]
			} else if err := py.ParseTupleAndKeywords(args, kwargs, "O|$OO:create_task", []string{"coro", "name", "context"}, &coro, &name, &ctxArg); err != nil {
				return nil, err
			}
			l, err := Running(moduleContext(self))
			if err != nil {
				return nil, err
			}
			return l.newTask(coro, name, ctxArg)
		}),
		method("ensure_future", "Wrap a coroutine or an awaitable in a future.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var obj, lo py.Object = nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|$O:ensure_future", []string{"coro_or_future", "loop"}, &obj, &lo); err != nil {
				return nil, err
			}
			if isFuture(obj) {
				if lo != py.None && futureLoop(obj) != lo {
					return nil, pyerr.Newf(py.ValueError, "The future belongs to a different loop than the one specified as the loop argument")
				}
				return obj, nil
			}
			var l *Loop
			var err error
			if lo != py.None {
				l, err = loopArg(lo)
			} else {
				l, err = moduleLoop(self)
			}
			if err != nil {
				return nil, err
			}
			return l.EnsureFuture(obj)
		}),
		method("current_task", "Return a currently executed task.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var lo py.Object = py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "|O:current_task", []string{"loop"}, &lo); err != nil {
				return nil, err
			}
			l, err := loopOrRunning(self, lo)
			if err != nil {
				return nil, err
			}
			if l.current == nil {
				return py.None, nil
			}
			return l.current, nil
		}),
		method("all_tasks", "Return a set of all tasks for the loop.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var lo py.Object = py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "|O:all_tasks", []string{"loop"}, &lo); err != nil {
				return nil, err
			}
			l, err := loopOrRunning(self, lo)
			if err != nil {
				return nil, err
			}
			ts := l.pendingTasks()
			items := make(py.Tuple, len(ts))
			for i, t := range ts {
				items[i] = t
			}
			return hashed.FromIterable(items, false)
		}),
		method("iscoroutine", "Return True if obj is a coroutine object.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var obj py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:iscoroutine", []string{"obj"}, &obj); err != nil {
				return nil, err
			}
			return py.NewBool(IsCoroutine(obj)), nil
		}),
		method("iscoroutinefunction", "Return True if func is a coroutine function.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var obj py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:iscoroutinefunction", []string{"func"}, &obj); err != nil {
				return nil, err
			}
			return py.NewBool(isCoroutineFunction(obj)), nil
		}),
		method("isfuture", "Return True if obj is a Future or Task.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var obj py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:isfuture", []string{"obj"}, &obj); err != nil {
				return nil, err
			}
			return py.NewBool(isFuture(obj)), nil
		}),
		method("gather", "Return a future aggregating results from the given coroutines/futures.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			returnExc := false
			for k, v := range kwargs {
				if k != "return_exceptions" {
					return nil, pyerr.Newf(py.TypeError, "gather() got an unexpected keyword argument '%s'", k)
				}
				b, err := py.MakeBool(v)
				if err != nil {
					return nil, err
				}
				returnExc = b == py.True
			}
			if len(args) == 0 {
				l, err := moduleLoop(self)
				if err != nil {
					return nil, err
				}
				return l.gather(nil, returnExc), nil
			}
			var l *Loop
			for _, a := range args {
				if isFuture(a) {
					l = futureLoop(a)
					break
				}
			}
			if l == nil {
				var err error
				if l, err = moduleLoop(self); err != nil {
					return nil, err
				}
			}
			children := make([]py.Object, len(args))
			seen := map[py.Object]py.Object{}
			for i, a := range args {
				if f, ok := seen[a]; ok {
					children[i] = f
					continue
				}
				f, err := l.EnsureFuture(a)
				if err != nil {
					return nil, err
				}
				if futureLoop(f) != l {
					return nil, pyerr.Newf(py.ValueError, "futures are tied to different event loops")
				}
				seen[a] = f
				children[i] = f
			}
			return l.gather(children, returnExc), nil
		}),
		method("shield", "Wait for a future, shielding it from cancellation.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var arg py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:shield", []string{"arg"}, &arg); err != nil {
				return nil, err
			}
			var inner py.Object
			if isFuture(arg) {
				inner = arg
			} else {
				l, err := moduleLoop(self)
				if err != nil {
					return nil, err
				}
				if inner, err = l.EnsureFuture(arg); err != nil {
					return nil, err
				}
			}
			return futureLoop(inner).shield(inner), nil
		}),
	}
}

// loopOrRunning is the loop argument of current_task and all_tasks, or
// the running loop.
func loopOrRunning(self, lo py.Object) (*Loop, error) {
	if lo != py.None {
		return loopArg(lo)
	}
	return Running(moduleContext(self))
}

// newTask is create_task with its name and context arguments: the
// loop's task factory makes the task when one is set.
func (l *Loop) newTask(coro, name, ctxArg py.Object) (py.Object, error) {
	if l.taskFactory != nil {
		if err := l.checkClosed(); err != nil {
			return nil, err
		}
		return l.factoryTask(coro, name, ctxArg)
	}
	return l.makeTask(coro, name, ctxArg)
}

// makeTask is newTask without the task factory, as the Task constructor
// is.
func (l *Loop) makeTask(coro, name, ctxArg py.Object) (py.Object, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	if !IsCoroutine(coro) && !isGenerator(coro) {
		return nil, pyerr.Newf(py.TypeError, "a coroutine was expected, got %s", pytext.SafeRepr(coro))
	}
	t, err := l.createTask(coro)
	if err != nil {
		return nil, err
	}
	if name != py.None && name != nil {
		t.SetName(pytext.SafeStr(name))
	}
	if ctxArg != py.None && ctxArg != nil {
		c, ok := ctxArg.(*Context)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "context must be a Context, not %s", pyobj.TypeOf(ctxArg).Name)
		}
		t.vars = c
	}
	return t, nil
}

func asyncioGlobals() py.StringDict {
	g := py.StringDict{
		"Future":            FutureType,
		"Task":              TaskType,
		"Handle":            HandleType,
		"TimerHandle":       TimerHandleType,
		"AbstractEventLoop": AbstractEventLoopType,
		"BaseEventLoop":     BaseEventLoopType,
		"CancelledError":    CancelledError,
		"InvalidStateError": InvalidStateError,
		"TimeoutError":      py.TimeoutError,
		"FIRST_COMPLETED":   py.String("FIRST_COMPLETED"),
		"FIRST_EXCEPTION":   py.String("FIRST_EXCEPTION"),
		"ALL_COMPLETED":     py.String("ALL_COMPLETED"),
	}
	return g
}

func init() {
	readyType(fastFuncType)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "asyncio", Doc: "The asyncio package, on gpyasync's Go event loop.", FileDesc: "<frozen asyncio>"},
		Methods: append(asyncioMethods(), append(privateMethods(), py.MustNewMethod("_bind_fast", bindFast, 0, ""))...),
		Globals: asyncioGlobals(),
		CodeSrc: asyncioSource,
		// A closing context takes its loops and contextvars state along.
		OnContextClosed: func(m *py.Module) { Forget(m.Context) },
	})
}
