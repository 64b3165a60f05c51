package object

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// CalculateMeta is the metaclass a class statement uses: the most derived
// of meta and the metaclasses of bases, or CPython's metaclass conflict.
func CalculateMeta(meta *py.Type, bases py.Tuple) (*py.Type, error) {
	winner := meta
	for _, b := range bases {
		t := pyobj.TypeOf(b)
		switch {
		case subtype(winner, t):
		case subtype(t, winner):
			winner = t
		default:
			return nil, pyerr.Newf(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

// NewClass is type.__new__(meta, name, bases, ns, **kwargs): it makes the
// class with gpython's type(), adopts it (Adopt, AdoptException,
// AdoptMeta), then, as CPython does, calls __set_name__ on the
// namespace's descriptors and __init_subclass__(**kwargs) on the parent.
func NewClass(meta *py.Type, name py.String, bases py.Tuple, ns py.StringDict, kwargs py.StringDict) (*py.Type, error) {
	// gpython's type() checks metaclasses with its own notion of a
	// class's type, the Go parent for Go-defined classes; give it that.
	gmeta := meta
	if meta == py.TypeType && len(bases) > 0 {
		gmeta = bases[0].Type()
	}
	if _, ok := ns["__module__"]; !ok {
		ns["__module__"] = py.String("builtins")
	}
	// Implicit class methods, as in CPython.
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := ns[n].(*py.Function); ok {
			ns[n] = &py.ClassMethod{Callable: f, Dict: py.NewStringDict()}
		}
	}
	slots, hasSlots, err := takeSlots(ns)
	if err != nil {
		return nil, err
	}
	if len(bases) > 1 {
		// CPython's error for bases that cannot be linearized.
		if _, err := c3(nil, bases); err != nil {
			return nil, err
		}
	}
	var cls *py.Type
	if meta == py.TypeType && len(bases) > 1 && !allUserClasses(bases) {
		// gpython's type() would take a Go class's parent for a
		// metaclass, and may even call it to make the class.
		if cls, err = mixedClass(name, bases, ns); err != nil {
			return nil, err
		}
	} else {
		r, err := py.TypeNew(gmeta, py.Tuple{name, bases, ns}, nil)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		t, ok := r.(*py.Type)
		if !ok || !pyobj.IsClass(t) {
			return nil, pyerr.Newf(py.TypeError, "cannot make class %s from these bases", name)
		}
		cls = t
	}
	if hasSlots {
		t := make(py.Tuple, len(slots))
		for i, n := range slots {
			t[i] = py.String(n)
		}
		cls.Dict["__slots__"] = t
		recordSlots(cls, slots)
	}
	if gmeta != meta {
		cls.ObjectType = meta
	}
	if !Adopt(cls) && !AdoptException(cls) {
		AdoptMeta(cls)
	}
	// CPython calls __set_name__ in definition order, which gpython's
	// dictionaries do not keep; sorted names at least make it repeatable.
	names := make([]string, 0, len(cls.Dict))
	for k := range cls.Dict {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		switch d := cls.Dict[k].(type) {
		case *Property:
			d.name = k
		case *Instance:
			if fn := Lookup(d.Class, "__set_name__"); fn != nil {
				if _, err := callWith(fn, d, py.Tuple{cls, py.String(k)}, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(bases) == 0 {
		bases = py.Tuple{py.ObjectType}
	}
	s := &Super{Class: cls, Self: cls, SelfClass: cls}
	init, err := s.M__getattribute__("__init_subclass__")
	if err != nil {
		return nil, err
	}
	if _, err := py.Call(init, nil, kwargs); err != nil {
		return nil, err
	}
	return cls, nil
}

// AdoptMeta makes cls, a subclass of type, a metaclass whose calls make
// classes through NewClass and honour a __new__ and an __init__ written
// in Python. It reports whether cls derives from type.
func AdoptMeta(cls *py.Type) bool {
	if !subtype(cls, py.TypeType) || cls == py.TypeType {
		return false
	}
	cls.New = newMetaInstance
	cls.Init = initInstance
	return true
}

func newMetaInstance(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if fn := Lookup(meta, "__new__"); fn != nil {
		if sm, ok := fn.(*py.StaticMethod); ok {
			fn = sm.Callable
		}
		return py.Call(fn, append(py.Tuple{meta}, args...), kwargs)
	}
	return TypeNew(meta, args, kwargs)
}

// typeNew is type.__new__(meta, *args, **kwargs).
func TypeNew(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return pyobj.TypeOf(args[0]), nil
	}
	if len(args) != 3 {
		return nil, pyerr.Newf(py.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", len(args))
	}
	name, ok1 := args[0].(py.String)
	bases, ok2 := args[1].(py.Tuple)
	ns, ok3 := args[2].(py.StringDict)
	if !ok1 || !ok2 || !ok3 {
		return nil, pyerr.Newf(py.TypeError, "type.__new__() argument 1 must be str, argument 2 a tuple and argument 3 a dict")
	}
	winner, err := CalculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	return NewClass(winner, name, bases, ns.Copy(), kwargs)
}

// typeMethods are the methods of type that super() reaches from a
// metaclass.
var typeMethods map[string]py.Object

func init() {
	typeMethods = map[string]py.Object{
		"__new__": &py.StaticMethod{Callable: py.MustNewMethod("__new__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if unbound(self) && len(args) > 0 {
				self, args = args[0], args[1:]
			}
			meta, ok := self.(*py.Type)
			if !ok || !subtype(meta, py.TypeType) {
				return nil, pyerr.Newf(py.TypeError, "type.__new__(X): X is not a type object (%s)", pyobj.TypeOf(self).Name)
			}
			return TypeNew(meta, args, kwargs)
		}, 0, "")},
		"__init__": py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.None, nil
		}, 0, ""),
		"__call__": py.MustNewMethod("__call__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if unbound(self) && len(args) > 0 {
				self, args = args[0], args[1:]
			}
			cls, ok := self.(*py.Type)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'", pyobj.TypeOf(self).Name)
			}
			return cls.M__call__(args, kwargs)
		}, 0, ""),
	}
}

// CallClass is cls(*args, **kwargs): the metaclass's __call__ when it
// defines one, else type's.
func CallClass(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if fn := metaMethod(cls, "__call__"); fn != nil {
		return callWith(fn, cls, args, kwargs)
	}
	return cls.M__call__(args, kwargs)
}

// allUserClasses reports whether every base was made by type().
func allUserClasses(bases py.Tuple) bool {
	for _, b := range bases {
		if t, ok := b.(*py.Type); !ok || !IsUserClass(t) {
			return false
		}
	}
	return true
}
