package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
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
	object.CallMethodOrdered = func(fn *py.Function, self py.Object, args py.Tuple, kwargs py.StringDict, order []string) (py.Object, error) {
		return ThreadOf(fn.Context).callOrdered(fn, self, args, kwargs, order)
	}
}

// orderedNamespace gives a metaclass the class body's namespace in
// definition order, which enum and other metaclasses rely on: the body
// ran in a gpython dict, whose insertion order the evaluator records.
func orderedNamespace(ns py.StringDict) *hashed.Dict {
	return hashed.FromStringDict(ns)
}

// replay stores the class body's namespace into the mapping __prepare__
// returned, which the metaclass then receives, as in CPython. The body ran
// in a copy (frames keep their names in a gpython dict), so the mapping's
// __setitem__ sees each name once, with its final value, after the body.
func replay(mapping py.Object, body *hashed.Dict) (py.Object, error) {
	for k, v := range body.Items() {
		if old, err := py.GetItem(mapping, k); err == nil && old == v {
			continue
		}
		if _, err := py.SetItem(mapping, k, v); err != nil {
			return nil, pyerr.Info(err)
		}
	}
	return mapping, nil
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
	var prepared py.Object
	if prep, err := object.GetAttr(meta, "__prepare__"); err == nil {
		r, err := py.Call(prep, py.Tuple{name, bases}, mkw)
		if err != nil {
			return nil, err
		}
		d, ok := object.NamespaceDict(r)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "%s.__prepare__() must return a mapping, not %s", meta.Type().Name, r.Type().Name)
		}
		ns = d
		prepared = r
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
	var body py.Object = orderedNamespace(ns)
	if prepared != nil {
		if body, err = replay(prepared, body.(*hashed.Dict)); err != nil {
			return nil, err
		}
	}
	call := py.Tuple{name, bases, body}
	if meta == py.TypeType {
		// type() itself: gpython's takes no keyword arguments, which
		// belong to __init_subclass__.
		cls, err = object.TypeNew(py.TypeType, call, mkw)
	} else {
		cls, err = py.Call(meta, call, mkw)
	}
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*py.Cell); ok {
		c.Set(cls)
	}
	return cls, nil
}
