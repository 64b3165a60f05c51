package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/pyerr"
)

// The frame attributes that need the evaluator's view of a frame: its
// caller and its fast locals. pylib installs the rest.
func init() {
	py.FrameType.Dict["f_back"] = frameProperty(func(f *Frame) py.Object {
		if b := f.caller(); b != nil {
			return &b.Frame
		}
		return py.None
	})
	py.FrameType.Dict["f_locals"] = frameProperty(func(f *Frame) py.Object {
		return f.locals()
	})
	py.FrameType.Dict["f_lineno"] = frameProperty(func(f *Frame) py.Object {
		return py.Int(f.lineno())
	})
	pylib.GetFrame = getFrame
}

// fromPy returns the Frame that embeds pf. Every frame object Python code
// can reach is one: tracebacks, gi_frame and sys._getframe all hand out
// &Frame.Frame, and py.Frame is Frame's first field.
func fromPy(pf *py.Frame) *Frame {
	return (*Frame)(unsafe.Pointer(pf))
}

func frameProperty(get func(*Frame) py.Object) *py.Property {
	return &py.Property{Fget: func(self py.Object) (py.Object, error) {
		pf, ok := self.(*py.Frame)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "descriptor for 'frame' objects doesn't apply to a '%s' object", self.Type().Name)
		}
		return get(fromPy(pf)), nil
	}}
}

// genFlags mark the code of generator, coroutine and async generator
// bodies.
const genFlags = py.CO_GENERATOR | coroutine.CoCoroutine | coroutine.CoAsyncGenerator

// lineno is f_lineno: the line of the instruction running or last run; a
// body not started yet is at its def line, as in CPython.
func (f *Frame) lineno() int {
	if f.Code.Flags&genFlags != 0 && !f.started {
		return int(f.Code.Firstlineno)
	}
	return compiler.Addr2Line(f.Code, f.Lasti)
}

// caller is f_back: the frame below f while f runs; for a suspended
// generator or coroutine body, nothing, as in CPython; for a finished
// function frame (one a traceback holds), the frame that called it.
func (f *Frame) caller() *Frame {
	if f.t == nil {
		return nil
	}
	for g := f.t.frame; g != nil; g = g.back {
		if g == f {
			return f.back
		}
	}
	if f.Code.Flags&genFlags != 0 {
		return nil
	}
	return f.back
}

// getFrame implements sys._getframe(depth): the frame depth calls below
// the innermost one running in ctx.
func getFrame(ctx py.Context, depth int) (py.Object, error) {
	f := ThreadOf(ctx).frame
	for ; f != nil && depth > 0; depth-- {
		f = f.back
	}
	if f == nil {
		return nil, pyerr.Newf(py.ValueError, "call stack is not deep enough")
	}
	// Python code may keep the frame and walk f_back: none of them may
	// be reused. A resumed generator frame may already be escaped while
	// its new callers are not, so the walk goes all the way.
	for g := f; g != nil; g = g.back {
		g.escaped = true
	}
	return &f.Frame, nil
}
