package pylib

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// GetFrame returns the frame object depth calls below the innermost
// Python frame running in ctx (sys._getframe). interp/vm sets it: only the
// evaluator knows the call stack.
var GetFrame func(ctx py.Context, depth int) (py.Object, error)

// installTracebacks gives traceback objects CPython's attributes,
// makes types.TracebackType and types.FrameType callable or visible, and
// adds sys._getframe and inspect.currentframe.
func installTracebacks() {
	tb := func(get func(*py.Traceback) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			t, ok := self.(*py.Traceback)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor for 'traceback' objects doesn't apply to a '%s' object", self.Type().Name)
			}
			return get(t), nil
		}}
	}
	d := py.TracebackType.Dict
	d["tb_frame"] = tb(func(t *py.Traceback) py.Object {
		if t.Frame == nil {
			return py.None
		}
		return t.Frame
	})
	d["tb_lineno"] = tb(func(t *py.Traceback) py.Object { return py.Int(t.Lineno) })
	d["tb_lasti"] = tb(func(t *py.Traceback) py.Object { return py.Int(t.Lasti) })
	next := tb(func(t *py.Traceback) py.Object {
		if t.Next == nil {
			return py.None
		}
		return t.Next
	})
	next.Fset = func(self, v py.Object) error {
		t, ok := self.(*py.Traceback)
		if !ok {
			return pyerr.Newf(py.TypeError, "descriptor for 'traceback' objects doesn't apply to a '%s' object", self.Type().Name)
		}
		n, err := tracebackOrNone(v)
		if err != nil {
			return err
		}
		// A chain must end: t may not be reachable from its new next.
		for c := n; c != nil; c = c.Next {
			if c == t {
				return pyerr.Newf(py.ValueError, "traceback loop detected")
			}
		}
		t.Next = n
		return nil
	}
	d["tb_next"] = next
	py.TracebackType.New = newTraceback

	ReplaceMethod("sys", py.MustNewMethod("_getframe", sysGetFrame, 0, getFrameDoc))
	if inspect := py.GetModuleImpl("inspect"); inspect != nil {
		inspect.Methods = append(inspect.Methods, py.MustNewMethod("currentframe", inspectCurrentFrame, 0,
			"Return the frame of the caller or None if this is not possible."))
	}
	if types := py.GetModuleImpl("types"); types != nil {
		types.Globals["TracebackType"] = py.TracebackType
		types.Globals["FrameType"] = py.FrameType
	}
}

// tracebackOrNone is v as the next link of a traceback chain.
func tracebackOrNone(v py.Object) (*py.Traceback, error) {
	switch n := v.(type) {
	case *py.Traceback:
		return n, nil
	case py.NoneType:
		return nil, nil
	}
	if v == nil {
		return nil, pyerr.Newf(py.TypeError, "can't delete tb_next attribute")
	}
	return nil, pyerr.Newf(py.TypeError, "expected traceback object, got '%s'", v.Type().Name)
}

// newTraceback implements TracebackType(tb_next, tb_frame, tb_lasti,
// tb_lineno), which CPython allows since 3.7.
func newTraceback(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var next, frame, lasti, lineno py.Object
	err := py.ParseTupleAndKeywords(args, kwargs, "OOOO:TracebackType",
		[]string{"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, &next, &frame, &lasti, &lineno)
	if err != nil {
		return nil, err
	}
	n, ok := next.(*py.Traceback)
	if !ok && next != py.None {
		return nil, pyerr.Newf(py.TypeError, "expected traceback object or None, got '%s'", next.Type().Name)
	}
	f, ok := frame.(*py.Frame)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s", frame.Type().Name)
	}
	li, err := tbIntArg(lasti)
	if err != nil {
		return nil, err
	}
	ln, err := tbIntArg(lineno)
	if err != nil {
		return nil, err
	}
	return py.NewTraceback(n, f, int32(li), int32(ln)), nil
}

func tbIntArg(v py.Object) (int, error) {
	i, ok := v.(py.Int)
	if !ok {
		return 0, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	return int(i), nil
}

const getFrameDoc = `Return a frame object from the call stack.

If optional integer depth is given, return the frame object that many
calls below the top of the stack.  If that is deeper than the call
stack, ValueError is raised.  The default for depth is zero, returning
the frame at the top of the call stack.

This function should be used for internal and specialized purposes
only.`

func sysGetFrame(self py.Object, args py.Tuple) (py.Object, error) {
	var depth py.Object = py.Int(0)
	if err := py.UnpackTuple(args, nil, "_getframe", 0, 1, &depth); err != nil {
		return nil, err
	}
	d, ok := depth.(py.Int)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", depth.Type().Name)
	}
	return currentFrame(self, int(d))
}

func inspectCurrentFrame(self py.Object, args py.Tuple) (py.Object, error) {
	if err := py.UnpackTuple(args, nil, "currentframe", 0, 0); err != nil {
		return nil, err
	}
	return currentFrame(self, 0)
}

func currentFrame(module py.Object, depth int) (py.Object, error) {
	m, ok := module.(*py.Module)
	if !ok || GetFrame == nil {
		return nil, pyerr.Newf(py.ValueError, "call stack is not deep enough")
	}
	if depth < 0 {
		depth = 0
	}
	return GetFrame(m.Context, depth)
}
