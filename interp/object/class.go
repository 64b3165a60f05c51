package object

import (
	"github.com/go-python/gpython/py"
	"strings"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// IsUserClass reports whether cls was made by type(), from a class
// statement or a call, rather than defined in Go.
func IsUserClass(cls *py.Type) bool {
	return cls.Flags&py.TPFLAGS_HEAPTYPE != 0 && pyobj.IsClass(cls)
}

// classSpecial answers the attributes every class has, which gpython
// keeps in Go fields.
func classSpecial(cls *py.Type, name string) (py.Object, bool) {
	switch name {
	case "__name__":
		return py.String(cls.Name), true
	case "__qualname__":
		if cls.Qualname != "" {
			return py.String(cls.Qualname), true
		}
		return py.String(cls.Name), true
	case "__mro__":
		if cls == py.BoolType {
			// gpython's bool does not derive from int; CPython's does.
			return py.Tuple{py.BoolType, py.IntType, py.ObjectType}, true
		}
		return cls.Mro, true
	case "__bases__":
		if len(cls.Bases) == 0 && cls != py.ObjectType {
			return py.Tuple{py.ObjectType}, true
		}
		return cls.Bases, true
	case "__base__":
		if cls.Base == nil {
			return py.None, true
		}
		return cls.Base, true
	case "__class__":
		return pyobj.TypeOf(cls), true
	case "__dict__":
		return NewMappingProxy(cls), true
	case "mro":
		return py.MustNewMethod("mro", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, pyerr.Newf(py.TypeError, "mro() takes no arguments (%d given)", len(args))
			}
			return py.NewListFromItems(cls.Mro), nil
		}, 0, "Return a type's method resolution order."), true
	case "__module__":
		if m, ok := cls.Dict["__module__"]; ok {
			return m, true
		}
		return py.String("builtins"), true
	case "__doc__":
		if d, ok := cls.Dict["__doc__"]; ok {
			return d, true
		}
		if cls.Doc != "" {
			return py.String(cls.Doc), true
		}
		return py.None, true
	}
	return nil, false
}

// ClassGetAttr is attribute lookup on a user class, as CPython's
// type.__getattribute__: the class's own attributes such as __mro__, then
// the MRO's dictionaries through the descriptor protocol (functions stay
// plain, class methods bind to cls, static methods unwrap), then the
// metaclass's attributes bound to cls.
func ClassGetAttr(cls *py.Type, name string) (py.Object, error) {
	if v, ok := classSpecial(cls, name); ok {
		return v, nil
	}
	meta := pyobj.TypeOf(cls)
	var metaAttr py.Object
	if meta != py.TypeType {
		metaAttr = Lookup(meta, name)
		if metaAttr != nil && isDataDescriptor(metaAttr) {
			return bind(metaAttr, cls)
		}
	}
	if v := classLookup(cls, name); v != nil {
		return classBind(v, cls)
	}
	if metaAttr != nil {
		return bind(metaAttr, cls)
	}
	if meta != py.TypeType {
		if fn := Lookup(meta, "__getattr__"); fn != nil {
			return callWith(fn, cls, py.Tuple{py.String(name)}, nil)
		}
	}
	return nil, pyerr.Newf(py.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, name)
}

// classLookup finds name on cls's MRO as CPython's classes hold it:
// the methods of object and of builtin bases come from this package,
// where gpython keeps Go methods that work on their own types only.
func classLookup(cls *py.Type, name string) py.Object {
	for _, c := range cls.Mro {
		ct, ok := c.(*py.Type)
		if !ok {
			continue
		}
		if v, ok := ct.Dict[name]; ok && !IsBase(ct) {
			return v
		}
		switch {
		case ct == py.ObjectType:
			if v, ok := objectMethods[name]; ok {
				return v
			}
		case IsBase(ct):
			if v := baseMethod(ct, name); v != nil {
				return v
			}
			if v, ok := ct.Dict[name]; ok {
				return v
			}
		}
	}
	return nil
}

// classBind is v.__get__(None, cls) for a class attribute v read through
// the class.
func classBind(v py.Object, cls *py.Type) (py.Object, error) {
	switch d := v.(type) {
	case *py.Function, *Property:
		return v, nil
	case *py.ClassMethod:
		return py.NewBoundMethod(cls, d.Callable), nil
	case *py.StaticMethod:
		return d.Callable, nil
	case *Instance:
		if g := Lookup(d.Class, "__get__"); g != nil {
			return callWith(g, d, py.Tuple{py.None, cls}, nil)
		}
	}
	return v, nil
}

// IsSubclass is issubclass(cls, classinfo) for a class cls and a class
// or tuple of classes classinfo.
func IsSubclass(cls py.Object, classinfo py.Object) (bool, error) {
	if t, ok := classinfo.(py.Tuple); ok {
		for _, c := range t {
			r, err := IsSubclass(cls, c)
			if r || err != nil {
				return r, err
			}
		}
		return false, nil
	}
	ci, ok := classinfo.(*py.Type)
	if !ok || !pyobj.IsClass(ci) {
		return false, pyerr.Newf(py.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	if fn := metaMethod(ci, "__subclasscheck__"); fn != nil {
		r, err := callWith(fn, ci, py.Tuple{cls}, nil)
		if err != nil {
			return false, err
		}
		return pyobj.Truth(r)
	}
	c, ok := cls.(*py.Type)
	if !ok || !pyobj.IsClass(c) {
		return false, pyerr.Newf(py.TypeError, "issubclass() arg 1 must be a class")
	}
	return subtype(c, ci), nil
}

func subtype(c, ci *py.Type) bool {
	if c == ci || ci == py.ObjectType {
		return true
	}
	if (c == py.BoolType || c == py.BigIntType) && ci == py.IntType {
		// gpython's bool and big ints do not derive from int; CPython's
		// are ints.
		return true
	}
	for _, b := range c.Mro {
		if b == py.Object(ci) {
			return true
		}
	}
	return false
}

// metaMethod finds name on the user metaclass of cls, if it has one.
func metaMethod(cls *py.Type, name string) py.Object {
	meta := pyobj.TypeOf(cls)
	if meta == py.TypeType {
		return nil
	}
	return Lookup(meta, name)
}

// IsInstance is isinstance(obj, classinfo) for a class or tuple of
// classes classinfo.
func IsInstance(obj py.Object, classinfo py.Object) (bool, error) {
	if t, ok := classinfo.(py.Tuple); ok {
		for _, c := range t {
			r, err := IsInstance(obj, c)
			if r || err != nil {
				return r, err
			}
		}
		return false, nil
	}
	ci, ok := classinfo.(*py.Type)
	if !ok || !pyobj.IsClass(ci) {
		return false, pyerr.Newf(py.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	if fn := metaMethod(ci, "__instancecheck__"); fn != nil {
		r, err := callWith(fn, ci, py.Tuple{obj}, nil)
		if err != nil {
			return false, err
		}
		return pyobj.Truth(r)
	}
	t := pyobj.TypeOf(obj)
	if e, ok := obj.(*py.Exception); ok {
		t = e.Base
	}
	return subtype(t, ci), nil
}

// Callable is callable(o).
func Callable(o py.Object) bool {
	switch x := o.(type) {
	case *Instance:
		return x.Callable()
	case *py.Type:
		return pyobj.IsClass(x) || x.Type().Lookup("__call__") != nil
	}
	_, ok := o.(py.I__call__)
	return ok
}

// GetAttr is getattr(o, name): ClassGetAttr for user classes,
// exceptionGetAttr for exception instances, object's methods such as
// object.__setattr__ for object (gpython's object has none, and they
// cannot go in its dictionary, where gpython would find them for every
// Go-defined class), gpython's lookup for everything else.
func GetAttr(o py.Object, name string) (py.Object, error) {
	// A module's global that is not a dunder is what gpython's longer path
	// finds too (no descriptor of the module type has such a name); this
	// shortcut spares `asyncio.sleep` an argument tuple per lookup.
	if m, ok := o.(*py.Module); ok {
		if !strings.HasPrefix(name, "__") {
			if v, ok := m.Globals[name]; ok {
				return v, nil
			}
		} else if name == "__dict__" {
			return m.Globals, nil
		}
	}
	if e, ok := o.(*py.Exception); ok {
		return exceptionGetAttr(e, name)
	}
	if t, ok := o.(*py.Type); ok {
		if IsUserClass(t) {
			return ClassGetAttr(t, name)
		}
		if t == py.ObjectType {
			if m, ok := objectDefs[name]; ok {
				return m, nil
			}
		}
		if t == py.TypeType {
			switch m := typeMethods[name].(type) {
			case *py.StaticMethod:
				return m.Callable, nil
			case *py.Method:
				return m, nil
			}
		}
		if IsBase(t) {
			switch m := baseMethod(t, name).(type) {
			case *py.StaticMethod:
				return m.Callable, nil
			case *py.Method:
				return m, nil
			}
		}
		if pyobj.IsClass(t) {
			if v, ok := classSpecial(t, name); ok {
				return v, nil
			}
		}
	}
	return py.GetAttrString(o, name)
}
