package object

import (
	"fmt"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/pyerr"
)

// Instance is an instance of a class defined in Python.
type Instance struct {
	Class *py.Type
	// Dict is the instance's __dict__, in assignment order.
	Dict *hashed.Dict
	// Base is the value of the builtin type the class derives from (a
	// *py.List for a subclass of list), nil for other classes.
	Base py.Object
	// slots holds the values of the attributes declared in __slots__.
	slots map[string]py.Object
}

// Type returns the instance's class.
func (i *Instance) Type() *py.Type { return i.Class }

// Adopt makes cls, a class just made by type(), create *Instance values,
// when every class on its MRO is object, an adopted class or one builtin
// type registered with RegisterBase (other classes deriving from a
// Go-defined type keep that type's instances). Like CPython's type(), it
// makes the instances of a class that defines __eq__ but not __hash__
// unhashable. It reports whether it adopted cls.
func Adopt(cls *py.Type) bool {
	var base *py.Type
	for _, c := range cls.Mro {
		ct, ok := c.(*py.Type)
		if !ok {
			return false
		}
		switch {
		case ct == cls || ct == py.ObjectType || IsAdopted(ct):
		case IsBase(ct) && (base == nil || subtype(base, ct)):
			base = ct
		default:
			return false
		}
	}
	cls.New = newInstance
	cls.Init = initInstance
	if _, ok := cls.Dict["__eq__"]; ok {
		if _, ok := cls.Dict["__hash__"]; !ok {
			cls.Dict["__hash__"] = py.None
		}
	}
	return true
}

var newInstancePtr = reflect.ValueOf(py.NewFunc(newInstance)).Pointer()

// IsAdopted reports whether cls makes *Instance values.
func IsAdopted(cls *py.Type) bool {
	return cls.New != nil && reflect.ValueOf(cls.New).Pointer() == newInstancePtr
}

// newInstance is object.__new__ (or the builtin base's __new__) for
// adopted classes, deferring to a __new__ the class defines.
func newInstance(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if fn := userLookup(cls, "__new__"); fn != nil {
		return callNew(fn, cls, args, kwargs)
	}
	if b := builtinBase(cls); b != nil {
		return newBase(b, cls, args, kwargs)
	}
	if (len(args) > 0 || len(kwargs) > 0) && Lookup(cls, "__init__") == nil {
		return nil, pyerr.Newf(py.TypeError, "%s() takes no arguments", cls.Name)
	}
	return New(cls), nil
}

// callNew calls the __new__ method fn of cls.
func callNew(fn py.Object, cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if sm, ok := fn.(*py.StaticMethod); ok {
		fn = sm.Callable
	}
	if f, ok := fn.(*py.Function); ok {
		// Argument errors name the method as CPython does.
		return CallMethod(f, cls, args, kwargs)
	}
	return py.Call(fn, append(py.Tuple{cls}, args...), kwargs)
}

// New returns a new instance of cls with an empty dictionary, as
// object.__new__(cls) does.
func New(cls *py.Type) *Instance {
	return &Instance{Class: cls, Dict: hashed.NewDict()}
}

func initInstance(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	fn := userLookup(self.Type(), "__init__")
	if fn == nil {
		if b := builtinBase(self.Type()); b != nil {
			return initBase(b, self, args, kwargs)
		}
		return nil
	}
	r, err := callWith(fn, self, args, kwargs)
	if err != nil {
		return err
	}
	if r != py.None {
		return pyerr.Newf(py.TypeError, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return nil
}

// Lookup finds name in the dictionaries of cls's MRO, leaving out object,
// whose dictionary holds gpython's Go implementations. It returns nil
// when no class defines name.
func Lookup(cls *py.Type, name string) py.Object {
	mro := cls.Mro
	if len(mro) == 0 {
		mro = py.Tuple{cls}
	}
	for _, c := range mro {
		ct, ok := c.(*py.Type)
		if !ok || ct == py.ObjectType {
			continue
		}
		if v, ok := ct.Dict[name]; ok {
			return v
		}
	}
	return nil
}

// userLookup is Lookup among the classes written in Python only: the
// dictionaries of builtin bases hold Go functions that work on the
// builtin value, not on the instance.
func userLookup(cls *py.Type, name string) py.Object {
	mro := cls.Mro
	if len(mro) == 0 {
		mro = py.Tuple{cls}
	}
	for _, c := range mro {
		ct, ok := c.(*py.Type)
		if !ok || ct == py.ObjectType || IsBase(ct) {
			continue
		}
		if v, ok := ct.Dict[name]; ok {
			return v
		}
	}
	return nil
}

// lookup finds the method name that i's class defines in Python.
func (i *Instance) lookup(name string) py.Object {
	if i.Base == nil {
		return Lookup(i.Class, name)
	}
	return userLookup(i.Class, name)
}

// Overrides reports whether i's class defines name in Python, rather
// than inheriting it from object or its builtin base.
func (i *Instance) Overrides(name string) bool {
	fn := i.lookup(name)
	return fn != nil
}

// CallMethod calls the Python function fn with self as its first
// argument. It is gpython's call by default; interp/vm installs its own,
// which runs fn on the caller's thread and words argument errors with the
// function's qualified name, as CPython does. Set it before running code.
var CallMethod = func(fn *py.Function, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a := make(py.Tuple, 0, len(args)+1)
	a = append(a, self)
	return fn.M__call__(append(a, args...), kwargs)
}

// CallMethodOrdered is CallMethod with the keyword names in call order.
// interp/vm installs its own, which passes the order to a **kwargs
// parameter.
var CallMethodOrdered = func(fn *py.Function, self py.Object, args py.Tuple, kwargs py.StringDict, _ []string) (py.Object, error) {
	return CallMethod(fn, self, args, kwargs)
}

// callWith calls the class attribute fn as a method of self.
func callWith(fn, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if f, ok := fn.(*py.Function); ok {
		return CallMethod(f, self, args, kwargs)
	}
	b, err := bind(fn, self)
	if err != nil {
		return nil, err
	}
	return py.Call(b, args, kwargs)
}

// bind is the descriptor protocol's __get__ for the class attribute fn
// found for self.
func bind(fn, self py.Object) (py.Object, error) {
	switch d := fn.(type) {
	case py.I__get__:
		return d.M__get__(self, self.Type())
	case *Instance:
		if g := Lookup(d.Class, "__get__"); g != nil {
			return callWith(g, d, py.Tuple{self, self.Type()}, nil)
		}
	}
	return fn, nil
}

// special calls the method name that i's class defines, reporting whether
// there is one. A method set to None counts as absent.
func (i *Instance) special(name string, args ...py.Object) (py.Object, bool, error) {
	fn := i.lookup(name)
	if fn == nil && i.Base != nil && baseDunders[name] && baseHas(i.Base, name) {
		r, err := baseDunder(i, name, args)
		return r, true, err
	}
	if fn == nil || fn == py.None {
		return nil, false, nil
	}
	r, err := callWith(fn, i, args, nil)
	return r, true, err
}

// M__getattribute__ is attribute lookup: the class's __getattribute__
// when it defines one, else CPython's generic lookup, then __getattr__
// for a missing attribute.
func (i *Instance) M__getattribute__(name string) (py.Object, error) {
	var r py.Object
	var err error
	if fn := i.lookup("__getattribute__"); fn != nil {
		r, err = callWith(fn, i, py.Tuple{py.String(name)}, nil)
	} else {
		r, err = i.GenericGetAttr(name)
	}
	if err != nil && pyerr.Matches(err, py.AttributeError) {
		if fn := i.lookup("__getattr__"); fn != nil {
			return callWith(fn, i, py.Tuple{py.String(name)}, nil)
		}
	}
	return r, err
}

// GenericGetAttr is object.__getattribute__: data descriptors of the
// class, then the instance dictionary, then other class attributes.
func (i *Instance) GenericGetAttr(name string) (py.Object, error) {
	switch name {
	case "__dict__":
		if !hasDict(i.Class) {
			return nil, pyerr.Newf(py.AttributeError, "'%s' object has no attribute '__dict__'", i.Class.Name)
		}
		return i.Dict, nil
	case "__class__":
		return i.Class, nil
	}
	if isSlot(i.Class, name) {
		if v, ok := i.slots[name]; ok {
			return v, nil
		}
		return nil, pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", i.Class.Name, name)
	}
	d, owner := lookupOwner(i.Class, name)
	if d != nil && owner != nil && IsBase(owner) && i.Base != nil {
		if v, ok := i.Dict.GetString(name); ok {
			return v, nil
		}
		if baseDunders[name] {
			// Special methods work on the instance (dict's __getitem__
			// asks __missing__).
			if m := baseMethod(owner, name); m != py.None {
				return py.NewBoundMethod(i, m), nil
			}
			return py.None, nil
		}
		return bind(d, i.Base)
	}
	if d != nil && isDataDescriptor(d) {
		return bind(d, i)
	}
	if v, ok := i.Dict.GetString(name); ok {
		return v, nil
	}
	if d != nil {
		return bind(d, i)
	}
	if i.Base != nil {
		if m := baseMethod(builtinBase(i.Class), name); m != nil && name != "__new__" {
			if m == py.None {
				return m, nil
			}
			return py.NewBoundMethod(i, m), nil
		}
		if v, err := GetAttr(i.Base, name); err == nil {
			return v, nil
		}
	}
	return nil, pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", i.Class.Name, name)
}

// lookupOwner is py.Type.Lookup that also returns the class on the MRO
// whose dictionary holds name.
func lookupOwner(cls *py.Type, name string) (py.Object, *py.Type) {
	for _, c := range cls.Mro {
		if ct, ok := c.(*py.Type); ok {
			if v, ok := ct.Dict[name]; ok {
				return v, ct
			}
		}
	}
	return nil, nil
}

func isDataDescriptor(d py.Object) bool {
	switch x := d.(type) {
	case py.I__set__, py.I__delete__:
		return true
	case *Instance:
		return Lookup(x.Class, "__set__") != nil || Lookup(x.Class, "__delete__") != nil
	}
	return false
}

// M__setattr__ is attribute assignment: the class's __setattr__ when it
// defines one, else object.__setattr__.
func (i *Instance) M__setattr__(name string, value py.Object) (py.Object, error) {
	if fn := i.lookup("__setattr__"); fn != nil {
		return callWith(fn, i, py.Tuple{py.String(name), value}, nil)
	}
	return py.None, i.GenericSetAttr(name, value)
}

// GenericSetAttr is object.__setattr__: a data descriptor of the class,
// else the instance dictionary.
func (i *Instance) GenericSetAttr(name string, value py.Object) error {
	switch d := i.Class.Lookup(name).(type) {
	case py.I__set__:
		_, err := d.M__set__(i, value)
		return err
	case *Instance:
		if fn := Lookup(d.Class, "__set__"); fn != nil {
			_, err := callWith(fn, d, py.Tuple{i, value}, nil)
			return err
		}
		if Lookup(d.Class, "__delete__") != nil {
			return pyerr.Newf(py.AttributeError, "__set__")
		}
	}
	if name == "__dict__" {
		dict, ok := instanceDict(value)
		if !ok {
			return pyerr.Newf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", value.Type().Name)
		}
		i.Dict = dict
		return nil
	}
	if isSlot(i.Class, name) {
		if i.slots == nil {
			i.slots = map[string]py.Object{}
		}
		i.slots[name] = value
		return nil
	}
	if !slotAllows(i.Class, name) {
		return pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", i.Class.Name, name)
	}
	i.Dict.SetString(name, value)
	return nil
}

// M__delattr__ is attribute deletion: the class's __delattr__ when it
// defines one, else object.__delattr__.
func (i *Instance) M__delattr__(name string) (py.Object, error) {
	if fn := i.lookup("__delattr__"); fn != nil {
		return callWith(fn, i, py.Tuple{py.String(name)}, nil)
	}
	return py.None, i.GenericDelAttr(name)
}

// GenericDelAttr is object.__delattr__.
func (i *Instance) GenericDelAttr(name string) error {
	switch d := i.Class.Lookup(name).(type) {
	case py.I__delete__:
		_, err := d.M__delete__(i)
		return err
	case *Instance:
		if fn := Lookup(d.Class, "__delete__"); fn != nil {
			_, err := callWith(fn, d, py.Tuple{i}, nil)
			return err
		}
		if Lookup(d.Class, "__set__") != nil {
			return pyerr.Newf(py.AttributeError, "__delete__")
		}
	}
	if isSlot(i.Class, name) {
		if _, ok := i.slots[name]; !ok {
			return pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", i.Class.Name, name)
		}
		delete(i.slots, name)
		return nil
	}
	if ok, _ := i.Dict.Delete(py.String(name)); !ok {
		return pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", i.Class.Name, name)
	}
	return nil
}

// stringDict reads a dict with str keys as gpython's dict, which class
// namespaces and instance dictionaries are. The result is a copy when
// the dict is not one already.
func stringDict(o py.Object) (py.StringDict, bool) {
	switch d := Unwrap(o).(type) {
	case py.StringDict:
		return d, true
	case *hashed.Dict:
		sd, err := d.StringDict()
		return sd, err == nil
	}
	return nil, false
}

// instanceDict reads a value assigned to __dict__: a dict is used as it
// is, so later changes to it are the instance's attributes, as in CPython.
func instanceDict(o py.Object) (*hashed.Dict, bool) {
	switch d := Unwrap(o).(type) {
	case *hashed.Dict:
		return d, true
	case py.StringDict:
		return hashed.FromStringDict(d), true
	}
	return nil, false
}

// className is the class's name as default reprs show it.
func className(t *py.Type) string {
	name := t.Qualname
	if name == "" {
		name = t.Name
	}
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" {
		return string(mod) + "." + name
	}
	return name
}

// DefaultRepr is object.__repr__.
func (i *Instance) DefaultRepr() string {
	return fmt.Sprintf("<%s object at %p>", className(i.Class), i)
}

// NamespaceDict reads a mapping that __prepare__ returned as the
// namespace a class body runs in. A dict of another type than gpython's
// is copied: the body's assignments do not reach it.
func NamespaceDict(o py.Object) (py.StringDict, bool) {
	return stringDict(o)
}
