package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// BuildClass is what LOAD_BUILD_CLASS pushes: builtins.__build_class__
// running the class body in a frame of this evaluator (gpython's builtin
// runs it through the context's RunCode), so that the body sees the
// caller's exception state and its errors carry tracebacks. The interp
// package may also publish it in builtins.
var BuildClass *py.Method

func init() {
	BuildClass = py.MustNewMethod("__build_class__", buildClass, 0,
		"__build_class__(func, name, *bases, metaclass=None, **kwds) -> class\n\nInternal helper function used by the class statement.")
}

func buildClass(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, pyerr.Newf(py.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*py.Function)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "__build_class__: name is not a string")
	}
	bases := make(py.Tuple, len(args)-2)
	copy(bases, args[2:])
	var mkw py.StringDict
	var meta py.Object
	if len(kwargs) > 0 {
		mkw = kwargs.Copy()
		if m, ok := mkw["metaclass"]; ok {
			meta = m
			delete(mkw, "metaclass")
		}
	}
	if meta == nil {
		meta = py.TypeType
	}
	if mt, ok := meta.(*py.Type); ok && pyobj.IsClass(mt) {
		winner, err := object.CalculateMeta(mt, bases)
		if err != nil {
			return nil, err
		}
		meta = winner
	}
	ns := py.NewStringDict()
	if prep, err := object.GetAttr(meta, "__prepare__"); err == nil {
		r, err := py.Call(prep, py.Tuple{name, bases}, mkw)
		if err != nil {
			return nil, err
		}
		d, ok := r.(py.StringDict)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "%s.__prepare__() must return a mapping, not %s", meta.Type().Name, r.Type().Name)
		}
		ns = d
	}
	t := ThreadOf(fn.Context)
	f := t.newFrame(fn.Context, fn.Code, fn.Globals, ns)
	if err := f.initCells(fn.Qualname, fn.Closure); err != nil {
		return nil, err
	}
	cell, err := f.call1()
	if err != nil {
		return nil, err
	}
	var cls py.Object
	if meta == py.TypeType {
		// type() itself: gpython's takes no keyword arguments, which
		// belong to __init_subclass__.
		cls, err = object.NewClass(py.TypeType, name, bases, ns, mkw)
	} else {
		cls, err = py.Call(meta, py.Tuple{name, bases, ns}, mkw)
	}
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*py.Cell); ok {
		c.Set(cls)
	}
	return cls, nil
}
