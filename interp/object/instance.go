package object

import (
	"fmt"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// Instance is an instance of a class defined in Python.
type Instance struct {
	Class *py.Type
	Dict  py.StringDict
}

// Type returns the instance's class.
func (i *Instance) Type() *py.Type { return i.Class }

// GetDict returns the instance's attribute dictionary.
func (i *Instance) GetDict() py.StringDict { return i.Dict }

// Adopt makes cls, a class just made by type(), create *Instance values,
// when every class on its MRO is object or an adopted class (classes
// deriving from a Go-defined type keep that type's instances). Like
// CPython's type(), it makes the instances of a class that defines
// __eq__ but not __hash__ unhashable. It reports whether it adopted cls.
func Adopt(cls *py.Type) bool {
	for _, c := range cls.Mro {
		ct, ok := c.(*py.Type)
		if !ok || (ct != cls && ct != py.ObjectType && !IsAdopted(ct)) {
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

// newInstance is object.__new__ for adopted classes, deferring to a
// __new__ the class defines.
func newInstance(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if fn := Lookup(cls, "__new__"); fn != nil {
		if sm, ok := fn.(*py.StaticMethod); ok {
			fn = sm.Callable
		}
		return py.Call(fn, append(py.Tuple{cls}, args...), kwargs)
	}
	if (len(args) > 0 || len(kwargs) > 0) && Lookup(cls, "__init__") == nil {
		return nil, pyerr.Newf(py.TypeError, "%s() takes no arguments", cls.Name)
	}
	return New(cls), nil
}

// New returns a new instance of cls with an empty dictionary, as
// object.__new__(cls) does.
func New(cls *py.Type) *Instance {
	return &Instance{Class: cls, Dict: py.NewStringDict()}
}

func initInstance(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	fn := Lookup(self.Type(), "__init__")
	if fn == nil {
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

// CallMethod calls the Python function fn with self as its first
// argument. It is gpython's call by default; interp/vm installs its own,
// which runs fn on the caller's thread and words argument errors with the
// function's qualified name, as CPython does. Set it before running code.
var CallMethod = func(fn *py.Function, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a := make(py.Tuple, 0, len(args)+1)
	a = append(a, self)
	return fn.M__call__(append(a, args...), kwargs)
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
	fn := Lookup(i.Class, name)
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
	if fn := Lookup(i.Class, "__getattribute__"); fn != nil {
		r, err = callWith(fn, i, py.Tuple{py.String(name)}, nil)
	} else {
		r, err = i.GenericGetAttr(name)
	}
	if err != nil && pyerr.Matches(err, py.AttributeError) {
		if fn := Lookup(i.Class, "__getattr__"); fn != nil {
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
		return i.Dict, nil
	case "__class__":
		return i.Class, nil
	}
	d := i.Class.Lookup(name)
	if d != nil && isDataDescriptor(d) {
		return bind(d, i)
	}
	if v, ok := i.Dict[name]; ok {
		return v, nil
	}
	if d != nil {
		return bind(d, i)
	}
	return nil, pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", i.Class.Name, name)
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
	if fn := Lookup(i.Class, "__setattr__"); fn != nil {
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
	}
	if name == "__dict__" {
		dict, ok := value.(py.StringDict)
		if !ok {
			return pyerr.Newf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", value.Type().Name)
		}
		i.Dict = dict
		return nil
	}
	if !slotAllows(i.Class, name) {
		return pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", i.Class.Name, name)
	}
	i.Dict[name] = value
	return nil
}

// M__delattr__ is attribute deletion: the class's __delattr__ when it
// defines one, else object.__delattr__.
func (i *Instance) M__delattr__(name string) (py.Object, error) {
	if fn := Lookup(i.Class, "__delattr__"); fn != nil {
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
	}
	if _, ok := i.Dict[name]; !ok {
		return pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", i.Class.Name, name)
	}
	delete(i.Dict, name)
	return nil
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
