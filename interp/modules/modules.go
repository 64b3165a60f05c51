// Package modules defines the standard modules gpyasync provides beyond
// gpython's own. In Go: the parts of CPython's `inspect` and `types`
// modules that concern generators and coroutines (the predicates and state
// queries of `inspect`, the object types plus the `types.coroutine`
// decorator of `types`; types.SimpleNamespace is Python), heapq's core
// operations, collections.deque (DequeType), the table behind
// functools.lru_cache and os.path's file-system queries. In Python,
// embedded from lib/: functools, itertools, operator, heapq, collections,
// collections.abc, abc, dataclasses, enum, traceback, weakref, contextlib,
// copy, keyword, typing, json, os.path and __future__, written from the
// documented CPython 3.11 semantics. Importing the package registers them
// all with gpython (py.RegisterModule), so every context made afterwards
// can import them; the Python ones are compiled once per process, at
// their first import.
//
// It is not a port of those modules: functions about signatures, source
// code, stack frames or class hierarchies are absent from inspect, typing
// only names and prints hints (it checks nothing, as in CPython), and
// weakref's references never die (Go has no reference counting: see
// lib/weakref.py).
//
// Like every Python object, the values these modules return are used only
// on the goroutine that owns their py.Context.
package modules

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Code flags of CPython 3.11, as `inspect` exports them.
const (
	CoGenerator         = 0x0020
	CoCoroutine         = 0x0080
	CoIterableCoroutine = 0x0100
	CoAsyncGenerator    = 0x0200
)

// State strings of inspect.getgeneratorstate and getcoroutinestate.
const (
	GenCreated    = "GEN_CREATED"
	GenRunning    = "GEN_RUNNING"
	GenSuspended  = "GEN_SUSPENDED"
	GenClosed     = "GEN_CLOSED"
	CoroCreated   = "CORO_CREATED"
	CoroRunning   = "CORO_RUNNING"
	CoroSuspended = "CORO_SUSPENDED"
	CoroClosed    = "CORO_CLOSED"
)

func init() {
	py.RegisterModule(inspectModule())
	py.RegisterModule(typesModule())
}

// code returns the code object of obj when obj is a Python function, or a
// bound method of one, as inspect's flag tests unwrap it.
func code(obj py.Object) *py.Code {
	if m, ok := obj.(*py.BoundMethod); ok {
		obj = m.Method
	}
	if f, ok := obj.(*py.Function); ok {
		return f.Code
	}
	return nil
}

// hasFlag reports whether obj is a function whose code has flag set.
func hasFlag(obj py.Object, flag int32) bool {
	c := code(obj)
	return c != nil && c.Flags&flag != 0
}

// objectFlags returns the code flags of a generator-like object.
func objectFlags(obj py.Object) int32 {
	if c, ok := obj.(interface{ Code() *py.Code }); ok {
		if code := c.Code(); code != nil {
			return code.Flags
		}
	}
	return 0
}

func isType(obj py.Object, t *py.Type) bool {
	return obj != nil && obj.Type() == t
}

// state is CPython's getgeneratorstate and getcoroutinestate: it reads the
// prefix_running, prefix_suspended and prefix_frame attributes, so any
// object with those answers.
func state(obj py.Object, prefix string, names [4]string) (py.Object, error) {
	attr := func(name string) (py.Object, error) {
		v, err := py.GetAttrString(obj, prefix+name)
		if err != nil {
			if pyerr.Matches(err, py.AttributeError) {
				// gpython's message lacks CPython's word "object".
				return nil, pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", pyobj.TypeOf(obj).Name, prefix+name)
			}
			return nil, pyerr.Info(err)
		}
		return v, nil
	}
	// Running first: a running generator is neither suspended nor closed.
	for _, c := range []struct{ attr, state string }{{"_running", names[1]}, {"_suspended", names[2]}} {
		v, err := attr(c.attr)
		if err != nil {
			return nil, err
		}
		t, err := truth(v)
		if err != nil {
			return nil, err
		}
		if t {
			return py.String(c.state), nil
		}
	}
	frame, err := attr("_frame")
	if err != nil {
		return nil, err
	}
	if frame == py.None {
		return py.String(names[3]), nil
	}
	return py.String(names[0]), nil
}

// truth is bool(o).
func truth(o py.Object) (bool, error) {
	b, err := py.MakeBool(o)
	if err != nil {
		return false, pyerr.Info(err)
	}
	return b == py.True, nil
}

// oneArg returns the single argument of a call to a Python function
// name(param), given by position or keyword, or CPython's TypeError.
func oneArg(name, param string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	for k := range kwargs {
		if k != param {
			return nil, pyerr.Newf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if v, ok := kwargs[param]; ok {
		if len(args) != 0 {
			return nil, pyerr.Newf(py.TypeError, "%s() got multiple values for argument '%s'", name, param)
		}
		return v, nil
	}
	switch len(args) {
	case 1:
		return args[0], nil
	case 0:
		return nil, pyerr.Newf(py.TypeError, "%s() missing 1 required positional argument: '%s'", name, param)
	}
	return nil, pyerr.Newf(py.TypeError, "%s() takes 1 positional argument but %d were given", name, len(args))
}

// predicate makes a module function of one argument returning a bool.
func predicate(name, doc string, test func(py.Object) bool) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		obj, err := oneArg(name, "object", args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.NewBool(test(obj)), nil
	}, 0, doc)
}

// stateFunc makes getgeneratorstate or getcoroutinestate.
func stateFunc(name, param, prefix string, names [4]string, doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		obj, err := oneArg(name, param, args, kwargs)
		if err != nil {
			return nil, err
		}
		return state(obj, prefix, names)
	}, 0, doc)
}

func inspectModule() *py.ModuleImpl {
	isFunction := func(o py.Object) bool { return isType(o, py.FunctionType) }
	return &py.ModuleImpl{
		Info: py.ModuleInfo{
			Name: "inspect",
			Doc:  "Get information about live generator and coroutine objects and the functions that make them.",
		},
		Methods: []*py.Method{
			predicate("isfunction", "Return true if the object is a user-defined function.", isFunction),
			predicate("isclass", "Return true if the object is a class.", pyobj.IsClass),
			predicate("isgeneratorfunction", "Return true if the object is a user-defined generator function.", func(o py.Object) bool {
				return hasFlag(o, CoGenerator)
			}),
			predicate("iscoroutinefunction", "Return true if the object is a coroutine function.", func(o py.Object) bool {
				return hasFlag(o, CoCoroutine)
			}),
			predicate("isasyncgenfunction", "Return true if the object is an asynchronous generator function.", func(o py.Object) bool {
				return hasFlag(o, CoAsyncGenerator)
			}),
			predicate("isgenerator", "Return true if the object is a generator.", func(o py.Object) bool {
				return isType(o, coroutine.GeneratorType)
			}),
			predicate("iscoroutine", "Return true if the object is a coroutine.", func(o py.Object) bool {
				return isType(o, coroutine.CoroutineType)
			}),
			predicate("isasyncgen", "Return true if the object is an asynchronous generator.", func(o py.Object) bool {
				return isType(o, coroutine.AsyncGeneratorType)
			}),
			predicate("isawaitable", "Return true if object can be passed to an ``await`` expression.", awaitproto.IsAwaitable),
			stateFunc("getgeneratorstate", "generator", "gi",
				[4]string{GenCreated, GenRunning, GenSuspended, GenClosed},
				"Get current state of a generator-iterator.\n\nPossible states are:\n  GEN_CREATED: Waiting to start execution.\n  GEN_RUNNING: Currently being executed by the interpreter.\n  GEN_SUSPENDED: Currently suspended at a yield expression.\n  GEN_CLOSED: Execution has completed."),
			stateFunc("getcoroutinestate", "coroutine", "cr",
				[4]string{CoroCreated, CoroRunning, CoroSuspended, CoroClosed},
				"Get current state of a coroutine object.\n\nPossible states are:\n  CORO_CREATED: Waiting to start execution.\n  CORO_RUNNING: Currently being executed by the interpreter.\n  CORO_SUSPENDED: Currently suspended at an await expression.\n  CORO_CLOSED: Execution has completed."),
		},
		Globals: py.StringDict{
			"CO_GENERATOR":          py.Int(CoGenerator),
			"CO_COROUTINE":          py.Int(CoCoroutine),
			"CO_ITERABLE_COROUTINE": py.Int(CoIterableCoroutine),
			"CO_ASYNC_GENERATOR":    py.Int(CoAsyncGenerator),
			GenCreated:              py.String(GenCreated),
			GenRunning:              py.String(GenRunning),
			GenSuspended:            py.String(GenSuspended),
			GenClosed:               py.String(GenClosed),
			CoroCreated:             py.String(CoroCreated),
			CoroRunning:             py.String(CoroRunning),
			CoroSuspended:           py.String(CoroSuspended),
			CoroClosed:              py.String(CoroClosed),
		},
	}
}
