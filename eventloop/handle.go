package eventloop

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// HandleType is the Python type of the handles of callbacks scheduled to
// run soon.
var HandleType = py.NewType("Handle", "Object returned by callback registration methods.")

// TimerHandleType is the Python type of the handles of timed callbacks.
var TimerHandleType = HandleType.NewType("TimerHandle", "Object returned by timed callback registration methods.", nil, nil)

// Handle is a scheduled callback: a Python callable with its arguments,
// or a Go function. Python sees it as asyncio's Handle, or TimerHandle
// for callbacks scheduled at a time.
type Handle struct {
	loop      *Loop
	fn        func()
	callable  py.Object
	args      py.Tuple
	cancelled bool
	vars      *Context // the contextvars context a Python callback runs in

	timer     bool
	when      float64
	scheduled bool // in the loop's timer heap
}

// pyHandle makes the handle of a Python callback, which runs in a copy
// of the current contextvars context, as in CPython.
func (l *Loop) pyHandle(fn py.Object, args []py.Object) *Handle {
	return &Handle{loop: l, callable: fn, args: py.Tuple(args), vars: l.varState().current.copy()}
}

func (l *Loop) goHandle(fn func()) *Handle {
	return &Handle{loop: l, fn: fn}
}

// Type returns HandleType or TimerHandleType.
func (h *Handle) Type() *py.Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

// Cancel cancels the callback; cancelling it again does nothing. It
// touches the loop's queues: call it on the loop's goroutine.
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	h.fn, h.callable, h.args = nil, nil, nil
	if h.scheduled {
		// It stays in the heap until the loop drops it, as in CPython;
		// where cancelled timers go affects the order of equal deadlines.
		h.loop.cancelledTimers++
	}
}

// Cancelled reports whether the callback was cancelled.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When returns the time a timed callback is scheduled for, in the loop's
// clock, and 0 for others.
func (h *Handle) When() float64 { return h.when }

// run calls the callback. An exception goes to the exception handler,
// except SystemExit and KeyboardInterrupt, which end the loop's run.
func (h *Handle) run() {
	if h.fn != nil {
		h.runGo()
		return
	}
	st := h.loop.varState()
	prev := enterContext(st, h.vars)
	_, err := callPython(h.callable, h.args)
	exitContext(st, prev)
	if err != nil {
		info := pyerr.Info(err)
		if fatal(info) {
			h.loop.fatal = info
			return
		}
		h.loop.CallExceptionHandler(ExceptionContext{
			Message:   "Exception in callback " + h.source(),
			Exception: info,
			Handle:    h,
		})
	}
}

func (h *Handle) runGo() {
	defer func() {
		if p := recover(); p != nil {
			h.loop.CallExceptionHandler(ExceptionContext{
				Message:   "Exception in callback " + h.source(),
				Exception: pyerr.Newf(py.RuntimeError, "Go callback panicked: %v", p),
				Handle:    h,
			})
		}
	}()
	h.fn()
}

// callPython calls fn(*args), turning a panic of the interpreter into a
// SystemError, as the evaluator does for the code it runs.
func callPython(fn py.Object, args py.Tuple) (res py.Object, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, pyerr.Newf(py.SystemError, "%v", p)
		}
	}()
	return py.Call(fn, args, nil)
}

// fatal reports whether err must end the loop's run rather than go to
// the exception handler.
func fatal(err error) bool {
	return pyerr.Matches(err, py.SystemExit) || pyerr.Matches(err, py.KeyboardInterrupt)
}

// source describes the callback as CPython does: "name(args) at
// file:line".
func (h *Handle) source() string {
	if h.fn != nil {
		return goFuncName(h.fn) + "()"
	}
	if h.callable == nil {
		return ""
	}
	return callbackSource(h.callable, h.args)
}

// goFuncName is the name the Go runtime knows fn by.
func goFuncName(fn any) string {
	if f := runtime.FuncForPC(reflect.ValueOf(fn).Pointer()); f != nil {
		return f.Name()
	}
	return "func"
}

// callbackSource formats a Python callback and its arguments, with the
// place the function is defined when it is a Python function.
func callbackSource(fn py.Object, args py.Tuple) string {
	var b strings.Builder
	b.WriteString(callableName(fn))
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(pytext.SafeRepr(a))
	}
	b.WriteByte(')')
	if f, ok := fn.(*py.Function); ok && f.Code != nil {
		fmt.Fprintf(&b, " at %s:%d", f.Code.Filename, f.Code.Firstlineno)
	}
	return b.String()
}

// callableName is fn.__qualname__, else fn.__name__, else pytext.SafeRepr(fn).
func callableName(fn py.Object) string {
	switch f := fn.(type) {
	case *py.Function:
		if f.Qualname != "" {
			return f.Qualname
		}
		return f.Name
	case *py.Method:
		return f.Name
	case *goBound:
		return f.qualname()
	case *py.BoundMethod:
		if m, ok := f.Method.(*py.Function); ok {
			return m.Qualname
		}
		if m, ok := f.Method.(*py.Method); ok {
			return pyobj.TypeOf(f.Self).Name + "." + m.Name
		}
	}
	for _, attr := range []string{"__qualname__", "__name__"} {
		if v, err := getAttrSafe(fn, attr); err == nil {
			if s, ok := v.(py.String); ok && s != "" {
				return string(s)
			}
		}
	}
	return pytext.SafeRepr(fn)
}

// M__repr__ is <Handle cb() at file:line>, or <TimerHandle when=T ...>.
func (h *Handle) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString("<")
	b.WriteString(h.Type().Name)
	if h.cancelled {
		b.WriteString(" cancelled")
	}
	if h.timer {
		b.WriteString(" when=")
		b.WriteString(floatRepr(h.when))
	}
	if !h.cancelled {
		b.WriteByte(' ')
		b.WriteString(h.source())
	}
	b.WriteString(">")
	return py.String(b.String()), nil
}

// floatRepr is Python's repr of a float.
func floatRepr(f float64) string {
	return pytext.SafeRepr(py.Float(f))
}

// handleOf checks the receiver of a Handle method.
func handleOf(self py.Object, method string) (*Handle, error) {
	if h, ok := self.(*Handle); ok {
		return h, nil
	}
	return nil, pyerr.Newf(py.TypeError, "descriptor '%s' requires a 'Handle' object but received a '%s'", method, pyobj.TypeOf(self).Name)
}

func init() {
	readyType(HandleType)
	readyType(TimerHandleType)
	HandleType.Dict["cancel"] = py.MustNewMethod("cancel", func(self py.Object) (py.Object, error) {
		h, err := handleOf(self, "cancel")
		if err != nil {
			return nil, err
		}
		h.Cancel()
		return py.None, nil
	}, 0, "Cancel the callback.")
	HandleType.Dict["cancelled"] = py.MustNewMethod("cancelled", func(self py.Object) (py.Object, error) {
		h, err := handleOf(self, "cancelled")
		if err != nil {
			return nil, err
		}
		return py.NewBool(h.cancelled), nil
	}, 0, "Return True if the callback was cancelled.")
	TimerHandleType.Dict["when"] = py.MustNewMethod("when", func(self py.Object) (py.Object, error) {
		h, err := handleOf(self, "when")
		if err != nil {
			return nil, err
		}
		return py.Float(h.when), nil
	}, 0, "Return a scheduled callback time.")
}

// readyType finishes t's setup: gpython readies only the types made
// during its own initialization, and NewType copies the parent's ready
// flag, which would make Ready a no-op.
func readyType(t *py.Type) {
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic(err)
	}
}

var _ py.I__repr__ = (*Handle)(nil)
