package object

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// AdoptException makes cls, a user subclass of an exception class, create
// *py.Exception values whose class is cls, so that raising, catching and
// the exception machinery treat them as exceptions; a __new__ and an
// __init__ written in Python are honoured. It reports whether cls is an
// exception class.
func AdoptException(cls *py.Type) bool {
	if !cls.IsSubtype(py.BaseException) {
		return false
	}
	cls.New = newException
	cls.Init = initException
	return true
}

func newException(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if fn := Lookup(cls, "__new__"); fn != nil {
		return callNew(fn, cls, args, kwargs)
	}
	return NewException(cls, args), nil
}

// NewException is BaseException.__new__(cls, *args).
func NewException(cls *py.Type, args py.Tuple) *py.Exception {
	a := make(py.Tuple, len(args))
	copy(a, args)
	return &py.Exception{Base: cls, Args: a, Dict: py.NewStringDict()}
}

// initException is initInstance for exceptions, whose BaseException.__init__
// refuses keyword arguments.
func initException(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	if Lookup(self.Type(), "__init__") == nil && len(kwargs) > 0 {
		return pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", self.Type().Name)
	}
	return initInstance(self, args, kwargs)
}

// exceptionMethods are BaseException's methods that super() reaches from
// a user exception class.
var exceptionMethods = map[string]py.Object{
	"__init__": py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if unbound(self) && len(args) > 0 {
			self, args = args[0], args[1:]
		}
		e, ok := self.(*py.Exception)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "descriptor '__init__' requires a 'BaseException' object but received a '%s'", self.Type().Name)
		}
		if len(kwargs) > 0 {
			return nil, pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", e.Base.Name)
		}
		a := make(py.Tuple, len(args))
		copy(a, args)
		e.Args = a
		return py.None, nil
	}, 0, ""),
	"__new__": &py.StaticMethod{Callable: py.MustNewMethod("__new__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if unbound(self) && len(args) > 0 {
			self, args = args[0], args[1:]
		}
		cls, ok := self.(*py.Type)
		if !ok || !cls.IsSubtype(py.BaseException) {
			return nil, pyerr.Newf(py.TypeError, "BaseException.__new__(X): X is not a subtype of BaseException")
		}
		return NewException(cls, args), nil
	}, 0, "")},
}

// exceptionGetAttr is attribute lookup on an exception instance: data
// descriptors of its class (args, __cause__...), then its dictionary,
// then other class attributes bound to it. gpython's own answers every
// unknown name with the args tuple.
func exceptionGetAttr(e *py.Exception, name string) (py.Object, error) {
	switch name {
	case "__dict__":
		return e.Dict, nil
	case "__class__":
		return e.Base, nil
	}
	d := e.Base.Lookup(name)
	if d == nil && name == "args" {
		// Without interp/pylib's descriptors, args is the Go field.
		if e.Args == nil {
			return py.Tuple{}, nil
		}
		return e.Args, nil
	}
	if d != nil && isDataDescriptor(d) {
		return bind(d, e)
	}
	if v, ok := e.Dict[name]; ok {
		return v, nil
	}
	if d != nil {
		return bind(d, e)
	}
	if fn := Lookup(e.Base, "__getattr__"); fn != nil {
		return callWith(fn, e, py.Tuple{py.String(name)}, nil)
	}
	return nil, pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", e.Base.Name, name)
}

// SetAttr is setattr(o, name, value): the __setattr__ of a user class's
// metaclass when it defines one, else gpython's assignment, except that
// exceptions keep attributes in their dictionary.
func SetAttr(o py.Object, name string, value py.Object) error {
	if m, ok := o.(*py.Module); ok {
		// A new global goes last in the module's insertion order.
		n := len(m.Globals)
		err := genericSetAttr(o, name, value)
		if len(m.Globals) != n {
			hashed.AddName(m.Globals, name)
		}
		return err
	}
	if t, ok := o.(*py.Type); ok && pyobj.IsClass(t) {
		if fn := metaMethod(t, "__setattr__"); fn != nil {
			_, err := callWith(fn, t, py.Tuple{py.String(name), value}, nil)
			return err
		}
	}
	return genericSetAttr(o, name, value)
}

// DelAttr is delattr(o, name): the __delattr__ of a user class's
// metaclass when it defines one, else gpython's deletion. The evaluator's
// DELETE_ATTR should use it.
func DelAttr(o py.Object, name string) error {
	if t, ok := o.(*py.Type); ok && pyobj.IsClass(t) {
		if fn := metaMethod(t, "__delattr__"); fn != nil {
			_, err := callWith(fn, t, py.Tuple{py.String(name)}, nil)
			return err
		}
	}
	return genericDelAttr(o, name)
}

// genericDelAttr is object.__delattr__ and type.__delattr__ for objects
// other than instances of user classes.
func genericDelAttr(o py.Object, name string) error {
	if t, ok := o.(*py.Type); ok && IsUserClass(t) && pyobj.TypeOf(t) != py.TypeType {
		if _, ok := t.Dict[name]; !ok {
			return pyerr.Newf(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, name)
		}
		delete(t.Dict, name)
		return nil
	}
	return py.DeleteAttrString(o, name)
}

// classSetAttr is type.__setattr__ on a user class: a data descriptor
// of the metaclass, else the class dictionary.
func classSetAttr(t *py.Type, name string, value py.Object) error {
	if d := Lookup(pyobj.TypeOf(t), name); d != nil && isDataDescriptor(d) {
		if s, ok := d.(py.I__set__); ok {
			_, err := s.M__set__(t, value)
			return err
		}
		if inst, ok := d.(*Instance); ok {
			if fn := Lookup(inst.Class, "__set__"); fn != nil {
				_, err := callWith(fn, inst, py.Tuple{t, value}, nil)
				return err
			}
		}
	}
	switch name {
	case "__name__", "__qualname__":
		s, ok := value.(py.String)
		if !ok {
			return pyerr.Newf(py.TypeError, "can only assign string to %s.%s, not '%s'", t.Name, name, pyobj.TypeOf(value).Name)
		}
		if name == "__name__" {
			t.Name = string(s)
		} else {
			t.Qualname = string(s)
		}
		return nil
	}
	t.Dict[name] = value
	return nil
}

// genericSetAttr is object.__setattr__ and type.__setattr__ for objects
// other than instances of user classes.
func genericSetAttr(o py.Object, name string, value py.Object) error {
	if t, ok := o.(*py.Type); ok && IsUserClass(t) && pyobj.TypeOf(t) != py.TypeType {
		// gpython's assignment would call the metaclass's __setattr__,
		// which may be what is calling this.
		return classSetAttr(t, name, value)
	}
	e, ok := o.(*py.Exception)
	if !ok {
		_, err := py.SetAttrString(o, name, value)
		return err
	}
	if d, ok := e.Base.Lookup(name).(py.I__set__); ok {
		_, err := d.M__set__(e, value)
		return err
	}
	if e.Dict == nil {
		e.Dict = py.NewStringDict()
	}
	e.Dict[name] = value
	return nil
}
