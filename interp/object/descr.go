package object

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// PropertyType is the builtin property.
var PropertyType = py.NewType("property", "property(fget=None, fset=None, fdel=None, doc=None)\n\nProperty attribute.")

// Property is a property object: a data descriptor calling Python
// functions to get, set and delete an attribute.
type Property struct {
	Fget, Fset, Fdel, Doc py.Object
	name                  string
}

// Type returns PropertyType.
func (p *Property) Type() *py.Type { return PropertyType }

func propertyNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := &Property{Fget: py.None, Fset: py.None, Fdel: py.None, Doc: py.None}
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:property", []string{"fget", "fset", "fdel", "doc"}, &p.Fget, &p.Fset, &p.Fdel, &p.Doc); err != nil {
		return nil, err
	}
	if f, ok := p.Fget.(*py.Function); ok {
		p.name = f.Name
		if p.Doc == py.None && f.Doc != nil {
			p.Doc = f.Doc
		}
	}
	return p, nil
}

func (p *Property) missing(instance py.Object, what string) error {
	return pyerr.Newf(py.AttributeError, "property '%s' of '%s' object has no %s", p.name, pyobj.TypeOf(instance).Name, what)
}

// M__get__ calls the getter; read through the class it is the property.
func (p *Property) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return p, nil
	}
	if p.Fget == py.None {
		return nil, p.missing(instance, "getter")
	}
	return py.Call(p.Fget, py.Tuple{instance}, nil)
}

// M__set__ calls the setter.
func (p *Property) M__set__(instance, value py.Object) (py.Object, error) {
	if p.Fset == py.None {
		return nil, p.missing(instance, "setter")
	}
	return py.Call(p.Fset, py.Tuple{instance, value}, nil)
}

// M__delete__ calls the deleter.
func (p *Property) M__delete__(instance py.Object) (py.Object, error) {
	if p.Fdel == py.None {
		return nil, p.missing(instance, "deleter")
	}
	return py.Call(p.Fdel, py.Tuple{instance}, nil)
}

// propertyWith returns a copy of a property with one accessor replaced, as the getter,
// setter and deleter decorators do.
func propertyWith(which string) func(self py.Object, args py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if unbound(self) && len(args) > 0 {
			self, args = args[0], args[1:]
		}
		p, ok := self.(*Property)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'property' objects doesn't apply to a '%s' object", which, pyobj.TypeOf(self).Name)
		}
		if len(args) != 1 {
			return nil, pyerr.Newf(py.TypeError, "%s() takes exactly one argument (%d given)", which, len(args))
		}
		q := *p
		switch which {
		case "getter":
			q.Fget = args[0]
			if f, ok := args[0].(*py.Function); ok {
				q.name = f.Name
			}
		case "setter":
			q.Fset = args[0]
		default:
			q.Fdel = args[0]
		}
		return &q, nil
	}
}

func init() {
	PropertyType.New = propertyNew
	for _, name := range []string{"getter", "setter", "deleter"} {
		PropertyType.Dict[name] = py.MustNewMethod(name, propertyWith(name), 0, "Descriptor to obtain a copy of the property with a different "+name+".")
	}
	for name, get := range map[string]func(*Property) py.Object{
		"fget": func(p *Property) py.Object { return p.Fget },
		"fset": func(p *Property) py.Object { return p.Fset },
		"fdel": func(p *Property) py.Object { return p.Fdel },
	} {
		PropertyType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			p, ok := self.(*Property)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor for 'property' objects doesn't apply to a '%s' object", pyobj.TypeOf(self).Name)
			}
			return get(p), nil
		}}
	}
	SuperType.New = superNew
	for _, t := range []*py.Type{PropertyType, SuperType} {
		if err := t.Ready(); err != nil {
			panic(err)
		}
	}
	PropertyType.Dict["__doc__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if p, ok := self.(*Property); ok {
			return p.Doc, nil
		}
		return py.String(PropertyType.Doc), nil
	}}
}

// SuperType is the builtin super.
var SuperType = py.NewType("super", "super(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)")

// Super is a super object: attribute lookup on the MRO of Self's class
// after Class.
type Super struct {
	Class     *py.Type
	Self      py.Object
	SelfClass *py.Type
}

// Type returns SuperType.
func (s *Super) Type() *py.Type { return SuperType }

func superNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, pyerr.Newf(py.TypeError, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, pyerr.Newf(py.RuntimeError, "super(): no arguments")
	case 2:
		return NewSuper(args[0], args[1])
	}
	return nil, pyerr.Newf(py.TypeError, "super() takes 2 arguments here (%d given)", len(args))
}

// NewSuper is super(cls, self).
func NewSuper(cls, self py.Object) (*Super, error) {
	c, ok := cls.(*py.Type)
	if !ok || !pyobj.IsClass(c) {
		return nil, pyerr.Newf(py.TypeError, "super() argument 1 must be a type, not %s", pyobj.TypeOf(cls).Name)
	}
	if t, ok := self.(*py.Type); ok && pyobj.IsClass(t) && subtype(t, c) {
		return &Super{Class: c, Self: self, SelfClass: t}, nil
	}
	t := pyobj.TypeOf(self)
	if !subtype(t, c) {
		return nil, pyerr.Newf(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{Class: c, Self: self, SelfClass: t}, nil
}

// M__getattribute__ finds name on the MRO after Class and binds it to
// Self.
func (s *Super) M__getattribute__(name string) (py.Object, error) {
	if name == "__class__" {
		return SuperType, nil
	}
	mro := s.SelfClass.Mro
	i := 0
	for i < len(mro) && mro[i] != py.Object(s.Class) {
		i++
	}
	if i == len(mro) {
		return nil, pyerr.Newf(py.AttributeError, "'super' object has no attribute '%s'", name)
	}
	isClass := py.Object(s.SelfClass) == s.Self
	for _, c := range mro[i+1:] {
		ct := c.(*py.Type)
		var v py.Object
		switch {
		case ct == py.ObjectType:
			v = objectMethods[name]
		case ct == py.BaseException:
			v = exceptionMethods[name]
		case ct == py.TypeType:
			v = typeMethods[name]
		case IsBase(ct):
			v = baseMethod(ct, name)
		default:
			v = ct.Dict[name]
		}
		if v == nil {
			continue
		}
		if isClass {
			return classBind(v, s.SelfClass)
		}
		switch d := v.(type) {
		case *py.ClassMethod:
			return py.NewBoundMethod(s.SelfClass, d.Callable), nil
		case *py.StaticMethod:
			return d.Callable, nil
		case *py.Function, *py.Method:
			return py.NewBoundMethod(s.Self, v), nil
		}
		return bind(v, s.Self)
	}
	return nil, pyerr.Newf(py.AttributeError, "'super' object has no attribute '%s'", name)
}

// M__repr__ is repr(super(...)).
func (s *Super) M__repr__() (py.Object, error) {
	return py.String("<super: <class '" + s.Class.Name + "'>, <" + s.SelfClass.Name + " object>>"), nil
}
