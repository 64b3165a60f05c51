package eventloop

import (
	"fmt"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/vm"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// methodType is the Python type of the methods of Loop and Future that
// callbacks call most (call_soon, create_future, set_result...);
// boundType is the type of those methods bound to an object.
var (
	methodType = py.NewType("method_descriptor", "Method of a built-in type.")
	boundType  = py.NewType("builtin_function_or_method", "Built-in method.")
)

// goMethod is a method of a Go type with a cheaper call than py.Method's:
// bound, it is a goBound, which the evaluator calls with the arguments in
// place on its stack (vm.StackCaller), and which makes neither a tuple
// with the receiver nor an empty keyword dict per call.
type goMethod struct {
	name  string
	owner string // the qualified name's prefix: "Future", "BaseEventLoop"
	doc   string
	// fn is the body. It must not keep args, which may be the caller's
	// stack.
	fn func(self py.Object, args []py.Object, kwargs py.StringDict) (py.Object, error)
}

// newMethod makes the method name of the type whose Python name in
// messages is owner.
func newMethod(owner, name, doc string, fn func(self py.Object, args []py.Object, kwargs py.StringDict) (py.Object, error)) *goMethod {
	return &goMethod{name: name, owner: owner, doc: doc, fn: fn}
}

func (m *goMethod) Type() *py.Type { return methodType }

// M__get__ binds m to instance; through the class, m stays unbound.
func (m *goMethod) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return m, nil
	}
	return &goBound{m: m, self: instance}, nil
}

// M__call__ calls the unbound method: the receiver is the first argument.
func (m *goMethod) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, pyerr.Newf(py.TypeError, "unbound method %s.%s() needs an argument", m.owner, m.name)
	}
	return m.fn(args[0], args[1:], kwargs)
}

func (m *goMethod) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<method '%s' of '%s' objects>", m.name, m.owner)), nil
}

// goBound is a goMethod bound to its receiver.
type goBound struct {
	m    *goMethod
	self py.Object
}

func (b *goBound) Type() *py.Type { return boundType }

func (b *goBound) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return b.m.fn(b.self, args, kwargs)
}

// CallStack implements vm.StackCaller.
func (b *goBound) CallStack(args []py.Object) (py.Object, error) {
	return b.m.fn(b.self, args, nil)
}

func (b *goBound) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<built-in method %s of %s object at %p>", b.m.name, pyobj.TypeOf(b.self).Name, b.self)), nil
}

// M__eq__ is true for the same method bound to the same object, as for
// CPython's bound methods.
func (b *goBound) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*goBound)
	return py.NewBool(ok && o.m == b.m && o.self == b.self), nil
}

func (b *goBound) M__ne__(other py.Object) (py.Object, error) {
	o, ok := other.(*goBound)
	return py.NewBool(!ok || o.m != b.m || o.self != b.self), nil
}

// M__hash__ agrees with M__eq__: it mixes the identities of the method
// and of the receiver.
func (b *goBound) M__hash__() (py.Object, error) {
	h := reflect.ValueOf(b.m).Pointer() >> 4
	if v := reflect.ValueOf(b.self); v.Kind() == reflect.Pointer {
		h ^= v.Pointer() >> 4
	}
	return py.Int(int64(h &^ (1 << 62))), nil
}

// qualname is the method's __qualname__, "Future.set_result".
func (b *goBound) qualname() string { return b.m.owner + "." + b.m.name }

// noArgs checks the arguments of a method that takes none, with
// CPython's message for a method of a C type.
func (m *goMethod) noArgs(args []py.Object, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyerr.Newf(py.TypeError, "%s.%s() takes no keyword arguments", m.owner, m.name)
	}
	if len(args) != 0 {
		return pyerr.Newf(py.TypeError, "%s.%s() takes no arguments (%d given)", m.owner, m.name, len(args))
	}
	return nil
}

// oneArg checks the arguments of a method that takes exactly one.
func (m *goMethod) oneArg(args []py.Object, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyerr.Newf(py.TypeError, "%s.%s() takes no keyword arguments", m.owner, m.name)
	}
	if len(args) != 1 {
		return pyerr.Newf(py.TypeError, "%s.%s() takes exactly one argument (%d given)", m.owner, m.name, len(args))
	}
	return nil
}

func init() {
	readyType(methodType)
	readyType(boundType)
	boundType.Dict["__qualname__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			b, ok := self.(*goBound)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '__qualname__' doesn't apply to a '%s' object", pyobj.TypeOf(self).Name)
			}
			return py.String(b.qualname()), nil
		},
	}
	boundType.Dict["__name__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			b, ok := self.(*goBound)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '__name__' doesn't apply to a '%s' object", pyobj.TypeOf(self).Name)
			}
			return py.String(b.m.name), nil
		},
	}
	boundType.Dict["__self__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			b, ok := self.(*goBound)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '__self__' doesn't apply to a '%s' object", pyobj.TypeOf(self).Name)
			}
			return b.self, nil
		},
	}
}

var (
	_ py.I__get__    = (*goMethod)(nil)
	_ py.I__call__   = (*goBound)(nil)
	_ py.I__hash__   = (*goBound)(nil)
	_ vm.StackCaller = (*goBound)(nil)
)
