package pylib

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// installFunctionAttributes adds the attributes of functions, methods and
// cells that gpython lacks: functools.wraps and inspect read them.
func installFunctionAttributes() {
	fd := py.FunctionType.Dict
	fd["__module__"] = &py.Property{
		// gpython's function has no module field: an assigned value
		// lives in the function's __dict__, the defining module's name
		// is the default.
		Fget: func(self py.Object) (py.Object, error) {
			f := self.(*py.Function)
			if m, ok := f.Dict["__module__"]; ok {
				return m, nil
			}
			if m, ok := f.Globals["__name__"]; ok {
				return m, nil
			}
			return py.None, nil
		},
		Fset: func(self, value py.Object) error {
			f := self.(*py.Function)
			if f.Dict == nil {
				f.Dict = py.NewStringDict()
			}
			f.Dict["__module__"] = value
			return nil
		},
	}
	fd["__doc__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if d := self.(*py.Function).Doc; d != nil {
				return d, nil
			}
			return py.None, nil
		},
		Fset: func(self, value py.Object) error {
			self.(*py.Function).Doc = value
			return nil
		},
	}
	fd["__globals__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*py.Function).Globals, nil
	}}
	fd["__closure__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if c := self.(*py.Function).Closure; len(c) > 0 {
			return c, nil
		}
		return py.None, nil
	}}
	fd["__defaults__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if d := self.(*py.Function).Defaults; len(d) > 0 {
				return d, nil
			}
			return py.None, nil
		},
		Fset: func(self, value py.Object) error {
			f := self.(*py.Function)
			switch v := value.(type) {
			case py.NoneType:
				f.Defaults = nil
			case py.Tuple:
				f.Defaults = v
			default:
				return pyerr.Newf(py.TypeError, "__defaults__ must be set to a tuple object")
			}
			return nil
		},
		Fdel: func(self py.Object) error {
			self.(*py.Function).Defaults = nil
			return nil
		},
	}
	fd["__kwdefaults__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if d := self.(*py.Function).KwDefaults; len(d) > 0 {
				return d, nil
			}
			return py.None, nil
		},
		Fset: func(self, value py.Object) error {
			f := self.(*py.Function)
			if value == py.None {
				f.KwDefaults = nil
				return nil
			}
			d, ok := hashed.AsStringDict(object.Unwrap(value))
			if !ok {
				return pyerr.Newf(py.TypeError, "__kwdefaults__ must be set to a dict object")
			}
			f.KwDefaults = d
			return nil
		},
		Fdel: func(self py.Object) error {
			self.(*py.Function).KwDefaults = nil
			return nil
		},
	}
	dictProp := fd["__dict__"].(*py.Property)
	fd["__dict__"] = &py.Property{
		Fget: dictProp.Fget,
		// gpython keeps a function's attributes in its own dict type: an
		// assigned dict is copied into one.
		Fset: func(self, value py.Object) error {
			d, ok := hashed.AsStringDict(object.Unwrap(value))
			if !ok {
				return pyerr.Newf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", pyobj.TypeOf(value).Name)
			}
			self.(*py.Function).Dict = d
			return nil
		},
	}

	py.BoundMethodType.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		// types.MethodType(func, obj).
		if len(kwargs) != 0 {
			return nil, pyerr.Newf(py.TypeError, "method() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, pyerr.Newf(py.TypeError, "method expected 2 arguments, got %d", len(args))
		}
		if !object.Callable(args[0]) {
			return nil, pyerr.Newf(py.TypeError, "first argument must be callable")
		}
		if args[1] == py.None {
			return nil, pyerr.Newf(py.TypeError, "instance must not be None")
		}
		return py.NewBoundMethod(args[1], args[0]), nil
	}
	bd := py.BoundMethodType.Dict
	bd["__func__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*py.BoundMethod).Method, nil
	}}
	bd["__self__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*py.BoundMethod).Self, nil
	}}
	// A method reads other attributes from its function, as CPython's
	// method objects do.
	for _, name := range []string{"__doc__", "__name__", "__qualname__", "__module__", "__code__",
		"__defaults__", "__kwdefaults__", "__globals__", "__closure__", "__annotations__", "__wrapped__", "__dict__"} {
		bd[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return py.GetAttrString(self.(*py.BoundMethod).Method, name)
		}}
	}

	installBuiltinMethodAttrs()

	py.CellType.Dict["cell_contents"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		v := self.(*py.Cell).Get()
		if v == nil {
			return nil, pyerr.Newf(py.ValueError, "Cell is empty")
		}
		return v, nil
	}}
}

// installBuiltinMethodAttrs gives builtin functions (len) and methods of
// builtin types (str.upper) CPython's attributes. gpython has one Go type
// for both; pyobj.MethodOwner tells them apart.
func installBuiltinMethodAttrs() {
	md := py.MethodType.Dict
	method := func(self py.Object) *py.Method { return self.(*py.Method) }
	md["__name__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(method(self).Name), nil
	}}
	md["__qualname__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		m := method(self)
		if owner := pyobj.MethodOwner(m); owner != nil {
			return py.String(owner.Name + "." + m.Name), nil
		}
		return py.String(m.Name), nil
	}}
	md["__doc__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if doc := method(self).Doc; doc != "" {
			return py.String(doc), nil
		}
		return py.None, nil
	}}
	md["__module__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		m := method(self)
		if pyobj.MethodOwner(m) != nil {
			return nil, pyerr.Newf(py.AttributeError, "'method_descriptor' object has no attribute '__module__'")
		}
		if m.Module != nil {
			return py.String(m.Module.ModuleImpl.Info.Name), nil
		}
		return py.None, nil
	}}
	md["__self__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		m := method(self)
		if pyobj.MethodOwner(m) != nil {
			return nil, pyerr.Newf(py.AttributeError, "'method_descriptor' object has no attribute '__self__'")
		}
		if m.Module != nil {
			return m.Module, nil
		}
		return py.None, nil
	}}
	md["__objclass__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if owner := pyobj.MethodOwner(method(self)); owner != nil {
			return owner, nil
		}
		return nil, pyerr.Newf(py.AttributeError, "'builtin_function_or_method' object has no attribute '__objclass__'")
	}}
}
