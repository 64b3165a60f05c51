package object

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
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
		if sm, ok := fn.(*py.StaticMethod); ok {
			fn = sm.Callable
		}
		return py.Call(fn, append(py.Tuple{cls}, args...), kwargs)
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

// SetAttr is setattr(o, name, value): gpython's assignment, except that
// exceptions keep attributes in their dictionary.
func SetAttr(o py.Object, name string, value py.Object) error {
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
