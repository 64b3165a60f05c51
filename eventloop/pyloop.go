package eventloop

import (
	"context"
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// LoopType is the Python type of Loop objects, which Python code gets
// from Future.get_loop(). Its methods run on the loop's goroutine, where
// Python code runs, so they skip the owner check of the Go methods.
var LoopType = BaseEventLoopType.NewType("EventLoop", "Event loop written in Go.", nil, nil)

// Type returns LoopType.
func (l *Loop) Type() *py.Type { return LoopType }

// M__repr__ is <EventLoop running=False closed=False debug=False>.
func (l *Loop) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<EventLoop running=%s closed=%s debug=False>", pyBool(l.IsRunning()), pyBool(l.IsClosed()))), nil
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// loopOf checks the receiver of a Loop method.
func loopOf(self py.Object, method string) (*Loop, error) {
	if l, ok := self.(*Loop); ok {
		return l, nil
	}
	return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'EventLoop' objects doesn't apply to a '%s' object", method, pyobj.TypeOf(self).Name)
}

// checkCallback refuses what cannot be called, as call_soon does.
func checkCallback(fn py.Object, method string) error {
	if _, ok := fn.(py.I__call__); ok {
		return nil
	}
	if pyobj.TypeOf(fn).NativeGetAttrOrNil("__call__") != nil {
		return nil
	}
	return pyerr.Newf(py.TypeError, "a callable object was expected by %s(), got %s", method, pytext.SafeRepr(fn))
}

// scheduleArgs parses (callback, *args, context=None) after skip leading
// arguments.
// The context is nil when the argument is None or absent.
func scheduleArgs(method string, args []py.Object, kwargs py.StringDict, skip int) (py.Object, py.Tuple, *Context, error) {
	var vars *Context
	for k, v := range kwargs {
		if k != "context" {
			return nil, nil, nil, pyerr.Newf(py.TypeError, "%s() got an unexpected keyword argument '%s'", method, k)
		}
		c, err := contextArg(v)
		if err != nil {
			return nil, nil, nil, err
		}
		vars = c
	}
	if len(args) <= skip {
		return nil, nil, nil, pyerr.Newf(py.TypeError, "%s() missing 1 required positional argument: 'callback'", method)
	}
	// Like CPython outside debug mode, a callback that cannot be called
	// fails when it runs, through the exception handler.
	fn := args[skip]
	return fn, append(py.Tuple(nil), args[skip+1:]...), vars, nil
}

// contextArg is a context= argument: a Context, or None for nil.
func contextArg(v py.Object) (*Context, error) {
	if v == nil || v == py.None {
		return nil, nil
	}
	c, ok := v.(*Context)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "an instance of Context was expected, got %s", pyobj.TypeOf(v).Name)
	}
	return c, nil
}

// withContext sets the context a handle runs in, when one was given.
func (h *Handle) withContext(c *Context) *Handle {
	if c != nil {
		h.vars = c
	}
	return h
}

func floatArg(o py.Object, method string) (float64, error) {
	switch x := o.(type) {
	case py.Float:
		return float64(x), nil
	case py.Int:
		return float64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return 0, pyerr.Newf(py.TypeError, "%s(): must be real number, not %s", method, pyobj.TypeOf(o).Name)
}

func init() {
	readyType(LoopType)
	d := LoopType.Dict
	simple := func(name, doc string, fn func(l *Loop) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
			l, err := loopOf(self, name)
			if err != nil {
				return nil, err
			}
			return fn(l)
		}, 0, doc)
	}
	// The methods callbacks call most are goMethods, whose calls are cheap.
	fast := func(name, doc string, fn func(l *Loop, args []py.Object, kwargs py.StringDict) (py.Object, error)) {
		d[name] = newMethod(loopOwner, name, doc, func(self py.Object, args []py.Object, kwargs py.StringDict) (py.Object, error) {
			l, err := loopOf(self, name)
			if err != nil {
				return nil, err
			}
			return fn(l, args, kwargs)
		})
	}
	fast("time", "Return the time according to the event loop's clock.", func(l *Loop, args []py.Object, kwargs py.StringDict) (py.Object, error) {
		if err := noPyArgs("time", args, kwargs); err != nil {
			return nil, err
		}
		return py.Float(l.Time()), nil
	})
	simple("stop", "Stop running the event loop.", func(l *Loop) (py.Object, error) {
		l.Stop()
		return py.None, nil
	})
	simple("is_running", "Returns True if the event loop is running.", func(l *Loop) (py.Object, error) {
		return py.NewBool(l.IsRunning()), nil
	})
	simple("is_closed", "Returns True if the event loop was closed.", func(l *Loop) (py.Object, error) {
		return py.NewBool(l.IsClosed()), nil
	})
	simple("run_forever", "Run the event loop until stop() is called.", func(l *Loop) (py.Object, error) {
		if err := l.Run(context.Background()); err != nil {
			return nil, err
		}
		return py.None, nil
	})
	d["run_until_complete"] = py.MustNewMethod("run_until_complete", func(self, aw py.Object) (py.Object, error) {
		l, err := loopOf(self, "run_until_complete")
		if err != nil {
			return nil, err
		}
		return l.RunUntilComplete(context.Background(), aw)
	}, 0, "Run until the future is done and return its result.")
	fast("create_future", "Create a Future object attached to the loop.", func(l *Loop, args []py.Object, kwargs py.StringDict) (py.Object, error) {
		if err := noPyArgs("create_future", args, kwargs); err != nil {
			return nil, err
		}
		return l.NewFuture(), nil
	})
	d["create_task"] = py.MustNewMethod("create_task", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		l, err := loopOf(self, "create_task")
		if err != nil {
			return nil, err
		}
		var coro, name, ctxArg py.Object = nil, py.None, py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|$OO:create_task", []string{"coro", "name", "context"}, &coro, &name, &ctxArg); err != nil {
			return nil, err
		}
		return l.newTask(coro, name, ctxArg)
	}, 0, "Schedule a coroutine object.")
	d["call_soon"] = soonMethod("call_soon", "Arrange for a callback to be called as soon as possible.")
	at := func(name string, relative bool) {
		fast(name, "Arrange for a callback to be called at a given time.", func(l *Loop, args []py.Object, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 0 {
				first := "when"
				if relative {
					first = "delay"
				}
				return nil, pyerr.Newf(py.TypeError, "%s.%s() missing 2 required positional arguments: '%s' and 'callback'", loopOwner, name, first)
			}
			when, err := floatArg(args[0], name)
			if err != nil {
				return nil, err
			}
			fn, rest, vars, err := scheduleArgs(loopOwner+"."+name, args, kwargs, 1)
			if err != nil {
				return nil, err
			}
			if err := l.checkClosed(); err != nil {
				return nil, err
			}
			if relative {
				when += l.Time()
			}
			return l.callAt(when, l.pyHandle(fn, rest).withContext(vars)), nil
		})
	}
	at("call_later", true)
	at("call_at", false)
}

var _ py.I__repr__ = (*Loop)(nil)

// soonMethod is loop.call_soon, and call_soon_threadsafe too: Python code
// runs only on the loop's goroutine, so from Python the two are the same.
// (Go code on other goroutines uses Submit.)
func soonMethod(name, doc string) *goMethod {
	return newMethod(loopOwner, name, doc, func(self py.Object, args []py.Object, kwargs py.StringDict) (py.Object, error) {
		l, err := loopOf(self, name)
		if err != nil {
			return nil, err
		}
		fn, rest, vars, err := scheduleArgs(loopOwner+"."+name, args, kwargs, 0)
		if err != nil {
			return nil, err
		}
		if err := l.checkClosed(); err != nil {
			return nil, err
		}
		h := l.pyHandle(fn, rest).withContext(vars)
		l.ready.push(entry{h: h})
		return h, nil
	})
}

// loopOwner is the class CPython's loop methods belong to, which their
// messages name.
const loopOwner = "BaseEventLoop"

// noPyArgs checks the arguments of a loop method that takes none, with
// CPython's messages for a Python method.
func noPyArgs(name string, args []py.Object, kwargs py.StringDict) error {
	for k := range kwargs {
		return pyerr.Newf(py.TypeError, "%s.%s() got an unexpected keyword argument '%s'", loopOwner, name, k)
	}
	if len(args) != 0 {
		return pyerr.Newf(py.TypeError, "%s.%s() takes 1 positional argument but %d were given", loopOwner, name, len(args)+1)
	}
	return nil
}
