package object

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
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
	return newClass(meta, name, bases, ns, kwargs, nil)
}

// newClass is NewClass knowing the namespace's definition order, in
// which __set_name__ runs; names not in order come after, sorted.
func newClass(meta *py.Type, name py.String, bases py.Tuple, ns py.StringDict, kwargs py.StringDict, order []string) (*py.Type, error) {
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
	if err := layoutConflict(bases); err != nil {
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
	inheritSlots(cls, slots)
	if gmeta != meta {
		cls.ObjectType = meta
	}
	if !Adopt(cls) && !AdoptException(cls) {
		AdoptMeta(cls)
	}
	// CPython calls __set_name__ in definition order, which gpython's
	// dictionaries do not keep.
	rank := make(map[string]int, len(order))
	for i, k := range order {
		rank[k] = i
	}
	names := make([]string, 0, len(cls.Dict))
	for k := range cls.Dict {
		names = append(names, k)
	}
	sort.Slice(names, func(a, b int) bool {
		ra, oka := rank[names[a]]
		rb, okb := rank[names[b]]
		if oka != okb {
			return oka
		}
		if ra != rb {
			return ra < rb
		}
		return names[a] < names[b]
	})
	recordOrder(cls, names)
	for _, k := range names {
		switch d := cls.Dict[k].(type) {
		case *Property:
			d.name = k
		case *Instance:
			if fn := Lookup(d.Class, "__set_name__"); fn != nil {
				if _, err := callWith(fn, d, py.Tuple{cls, py.String(k)}, nil); err != nil {
					// CPython 3.11 wraps the error, keeping it as the cause.
					wrapped := pyerr.Newf(py.RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'", d.Class.Name, k, cls.Name)
					if e := pyerr.Exception(wrapped); e != nil {
						e.Cause = pyerr.Exception(err)
					}
					return nil, wrapped
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
	if bm, ok := init.(*py.BoundMethod); ok {
		if fn, ok := bm.Method.(*py.Function); ok {
			// Argument errors name the method as CPython does.
			if _, err := CallMethod(fn, bm.Self, nil, kwargs); err != nil {
				return nil, err
			}
			return cls, nil
		}
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
		return callNew(fn, meta, args, kwargs)
	}
	return TypeNew(meta, args, kwargs)
}

// typeNew is type.__new__(meta, *args, **kwargs).
func TypeNew(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		if _, ok := args[0].(*py.BigInt); ok {
			// gpython's big ints have a type of their own; Python has one int.
			return py.IntType, nil
		}
		return pyobj.TypeOf(args[0]), nil
	}
	if len(args) != 3 {
		return nil, pyerr.Newf(py.TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "type.__new__() argument 1 must be str, not %s", pyobj.TypeOf(args[0]).Name)
	}
	bases, ok := args[1].(py.Tuple)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "type.__new__() argument 2 must be tuple, not %s", pyobj.TypeOf(args[1]).Name)
	}
	ns, ok := stringDict(args[2])
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "type.__new__() argument 3 must be dict, not %s", pyobj.TypeOf(args[2]).Name)
	}
	winner, err := CalculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	var order []string
	if d, ok := Unwrap(args[2]).(*hashed.Dict); ok {
		for _, k := range d.Keys() {
			if s, ok := k.(py.String); ok {
				order = append(order, string(s))
			}
		}
	}
	return newClass(winner, name, bases, ns.Copy(), kwargs, order)
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
			if len(args) != 3 {
				return nil, pyerr.Newf(py.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", len(args))
			}
			return TypeNew(meta, args, kwargs)
		}, 0, "")},
		"__init__": py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.None, nil
		}, 0, ""),
		"__setattr__": py.MustNewMethod("__setattr__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if unbound(self) && len(args) > 0 {
				self, args = args[0], args[1:]
			}
			if err := nargs("__setattr__", args, kwargs, 2); err != nil {
				return nil, err
			}
			name, err := attrName(args[0])
			if err != nil {
				return nil, err
			}
			return py.None, genericSetAttr(self, name, args[1])
		}, 0, ""),
		"__delattr__": py.MustNewMethod("__delattr__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if unbound(self) && len(args) > 0 {
				self, args = args[0], args[1:]
			}
			if err := nargs("__delattr__", args, kwargs, 1); err != nil {
				return nil, err
			}
			name, err := attrName(args[0])
			if err != nil {
				return nil, err
			}
			return py.None, genericDelAttr(self, name)
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

// CallClassOrdered is CallClass with the keyword names in call order
// (order may be nil), which a **kwargs parameter of __new__ or __init__
// keeps.
func CallClassOrdered(cls *py.Type, args py.Tuple, kwargs py.StringDict, order []string) (py.Object, error) {
	if len(order) < 2 || !IsAdopted(cls) || metaMethod(cls, "__call__") != nil {
		return CallClass(cls, args, kwargs)
	}
	fn := userLookup(cls, "__new__")
	if sm, ok := fn.(*py.StaticMethod); ok {
		fn = sm.Callable
	}
	var obj py.Object
	var err error
	if f, ok := fn.(*py.Function); ok {
		obj, err = CallMethodOrdered(f, cls, args, kwargs, order)
	} else {
		obj, err = newInstance(cls, args, kwargs)
	}
	if err != nil || !obj.Type().IsSubtype(cls) {
		return obj, err
	}
	t := obj.Type()
	f, ok := userLookup(t, "__init__").(*py.Function)
	if !ok || !IsAdopted(t) {
		if t.Init != nil {
			err = t.Init(obj, args, kwargs)
		}
		return obj, err
	}
	r, err := CallMethodOrdered(f, obj, args, kwargs, order)
	if err != nil {
		return nil, err
	}
	if r != py.None {
		return nil, pyerr.Newf(py.TypeError, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return obj, nil
}

// layoutConflict is CPython's error for bases deriving from two
// unrelated builtin types, whose values one instance cannot carry both.
func layoutConflict(bases py.Tuple) error {
	var solid *py.Type
	for _, b := range bases {
		bt, ok := b.(*py.Type)
		if !ok {
			continue
		}
		s := builtinBase(bt)
		if s == nil && IsBase(bt) {
			s = bt
		}
		switch {
		case s == nil || solid != nil && subtype(solid, s):
		case solid == nil || subtype(s, solid):
			solid = s
		default:
			return pyerr.Newf(py.TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return nil
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
