package object

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// objectMethods are the methods of the builtin object that
// super().name and object.name reach. gpython's object has none.
var objectMethods = map[string]py.Object{}

// objectDefs are the same methods unbound, as object.name gives them.
var objectDefs = map[string]*py.Method{}

// unbound reports whether a Go method was called through the class,
// without an instance: gpython then passes the method's (nil) module.
func unbound(self py.Object) bool {
	m, ok := self.(*py.Module)
	return self == nil || ok && m == nil
}

func defineObject(name, kind string, fn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if unbound(self) {
			if len(args) == 0 {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' of 'object' object needs an argument", name)
			}
			self, args = args[0], args[1:]
		}
		return fn(self, args, kwargs)
	}, 0, "")
	objectDefs[name] = m
	switch kind {
	case "static":
		objectMethods[name] = &py.StaticMethod{Callable: m}
	case "class":
		objectMethods[name] = &py.ClassMethod{Callable: m}
	default:
		objectMethods[name] = m
	}
}

func nargs(name string, args py.Tuple, kwargs py.StringDict, n int) error {
	if len(kwargs) > 0 {
		return pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return pyerr.Newf(py.TypeError, "expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func attrName(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", pyerr.Newf(py.TypeError, "attribute name must be string, not '%s'", pyobj.TypeOf(o).Name)
	}
	return string(s), nil
}

func init() {
	defineObject("__new__", "static", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		cls, ok := self.(*py.Type)
		if !ok || !pyobj.IsClass(cls) {
			return nil, pyerr.Newf(py.TypeError, "object.__new__(X): X is not a type object (%s)", pyobj.TypeOf(self).Name)
		}
		if !IsAdopted(cls) {
			return nil, pyerr.Newf(py.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
		}
		if (len(args) > 0 || len(kwargs) > 0) && (Lookup(cls, "__new__") != nil || Lookup(cls, "__init__") == nil) {
			if Lookup(cls, "__new__") != nil {
				return nil, pyerr.Newf(py.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			return nil, pyerr.Newf(py.TypeError, "%s() takes no arguments", cls.Name)
		}
		return New(cls), nil
	})
	defineObject("__init__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			t := pyobj.TypeOf(self)
			if Lookup(t, "__init__") != nil {
				return nil, pyerr.Newf(py.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			if Lookup(t, "__new__") == nil {
				return nil, pyerr.Newf(py.TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t.Name)
			}
		}
		return py.None, nil
	})
	defineObject("__init_subclass__", "class", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 || len(args) > 0 {
			name := pyobj.TypeOf(self).Name
			if t, ok := self.(*py.Type); ok {
				name = t.Name
			}
			return nil, pyerr.Newf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", name)
		}
		return py.None, nil
	})
	defineObject("__getattribute__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := nargs("__getattribute__", args, kwargs, 1); err != nil {
			return nil, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return nil, err
		}
		if i, ok := self.(*Instance); ok {
			return i.GenericGetAttr(name)
		}
		return py.GetAttrString(self, name)
	})
	defineObject("__setattr__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := nargs("__setattr__", args, kwargs, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return nil, err
		}
		if i, ok := self.(*Instance); ok {
			return py.None, i.GenericSetAttr(name, args[1])
		}
		return py.None, genericSetAttr(self, name, args[1])
	})
	defineObject("__delattr__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := nargs("__delattr__", args, kwargs, 1); err != nil {
			return nil, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return nil, err
		}
		if i, ok := self.(*Instance); ok {
			return py.None, i.GenericDelAttr(name)
		}
		return py.None, py.DeleteAttrString(self, name)
	})
	defineObject("__repr__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := nargs("__repr__", args, kwargs, 0); err != nil {
			return nil, err
		}
		if i, ok := self.(*Instance); ok {
			return py.String(i.DefaultRepr()), nil
		}
		return py.Repr(self)
	})
	defineObject("__str__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := nargs("__str__", args, kwargs, 0); err != nil {
			return nil, err
		}
		return py.Repr(self)
	})
	defineObject("__eq__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := nargs("__eq__", args, kwargs, 1); err != nil {
			return nil, err
		}
		if pyobj.Is(self, args[0]) {
			return py.True, nil
		}
		return py.NotImplemented, nil
	})
	defineObject("__ne__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := nargs("__ne__", args, kwargs, 1); err != nil {
			return nil, err
		}
		if pyobj.Is(self, args[0]) {
			return py.False, nil
		}
		return py.NotImplemented, nil
	})
	defineObject("__hash__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := nargs("__hash__", args, kwargs, 0); err != nil {
			return nil, err
		}
		return py.Int(ID(self) >> 4), nil
	})
	defineObject("__format__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := nargs("__format__", args, kwargs, 1); err != nil {
			return nil, err
		}
		if s, ok := args[0].(py.String); !ok || s != "" {
			return nil, pyerr.Newf(py.TypeError, "unsupported format string passed to %s.__format__", pyobj.TypeOf(self).Name)
		}
		return py.Str(self)
	})
}
