package modules

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/pyerr"
)

func typesModule() *py.ModuleImpl {
	return &py.ModuleImpl{
		Info: py.ModuleInfo{
			Name: "types",
			Doc:  "Names for the built-in types of generators, coroutines, functions and code, and the types.coroutine decorator.",
		},
		Methods: []*py.Method{
			py.MustNewMethod("coroutine", func(self, fn py.Object) (py.Object, error) {
				return Coroutine(fn)
			}, 0, "Convert regular generator function to a coroutine."),
		},
		Globals: py.StringDict{
			"GeneratorType":      coroutine.GeneratorType,
			"CoroutineType":      coroutine.CoroutineType,
			"AsyncGeneratorType": coroutine.AsyncGeneratorType,
			"FunctionType":       py.FunctionType,
			"LambdaType":         py.FunctionType,
			"CodeType":           py.CodeType,
			"ModuleType":         py.ModuleType,
			"MappingProxyType":   object.MappingProxyType,
			"MethodType":         py.BoundMethodType,
			"GenericAlias":       pylib.GenericAliasType,
		},
		CodeSrc: simpleNamespaceSrc,
	}
}

// simpleNamespaceSrc defines types.SimpleNamespace in Python: attribute
// access and assignment are those of any instance, which the class model
// already gets right.
const simpleNamespaceSrc = `
class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return name + "(...)"
        _repr_running.add(id(self))
        try:
            items = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(id(self))
        return "%s(%s)" % (name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()
`

// Coroutine is types.coroutine(fn). A generator function gets
// CO_ITERABLE_COROUTINE set on a copy of its code, which lets await drive
// its generators, and is returned itself, as CPython does; an async def
// function is returned unchanged. Any other callable is wrapped in a
// function that calls it and makes a plain generator it returns
// awaitable.
func Coroutine(fn py.Object) (py.Object, error) {
	if f, ok := fn.(*py.Function); ok && f.Code != nil {
		switch {
		case f.Code.Flags&(CoCoroutine|CoIterableCoroutine) != 0:
			return f, nil
		case f.Code.Flags&CoGenerator != 0:
			// A copy, because other functions made from the same code
			// (the same def run again) must stay plain generators.
			c := *f.Code
			c.Flags |= CoIterableCoroutine
			f.Code = &c
			return f, nil
		}
	}
	if _, ok := fn.(py.I__call__); !ok {
		return nil, pyerr.Newf(py.TypeError, "types.coroutine() expects a callable")
	}
	return &wrappedCallable{fn: fn}, nil
}

// WrappedCallableType is the type of what types.coroutine returns for a
// callable that is not a Python function. CPython returns a function made
// by functools.wraps; gpython has no such functions, so this type offers
// the attributes wraps copies: __name__, __qualname__, __doc__ and
// __wrapped__.
var WrappedCallableType = readyType("coroutine_wrapped_callable", "A callable wrapped by types.coroutine.")

// wrappedCallable calls fn and makes a plain generator it returns
// awaitable.
type wrappedCallable struct {
	fn py.Object
}

func (w *wrappedCallable) Type() *py.Type { return WrappedCallableType }

func (w *wrappedCallable) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	res, err := py.Call(w.fn, args, kwargs)
	if err != nil {
		return nil, err
	}
	if g, ok := res.(*coroutine.Generator); ok && objectFlags(g)&CoIterableCoroutine == 0 {
		return &generatorWrapper{g: g}, nil
	}
	return res, nil
}

// GeneratorWrapperType is the type of the awaitable that a
// types.coroutine-wrapped callable returns in place of a plain generator.
var GeneratorWrapperType = readyType("_GeneratorWrapper", "Awaitable view of a generator returned by a types.coroutine-wrapped callable.")

func readyType(name, doc string) *py.Type {
	t := py.NewType(name, doc)
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

// generatorWrapper makes a plain generator awaitable: await, iteration,
// send, throw and close all go to the generator.
type generatorWrapper struct {
	g *coroutine.Generator
}

func (w *generatorWrapper) Type() *py.Type { return GeneratorWrapperType }

func (w *generatorWrapper) M__await__() (py.Object, error) { return w.g, nil }

func (w *generatorWrapper) M__iter__() (py.Object, error) { return w.g, nil }

func (w *generatorWrapper) M__next__() (py.Object, error) { return w.g.M__next__() }

func init() {
	for _, name := range []string{"send", "throw", "close"} {
		GeneratorWrapperType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			w, ok := self.(*generatorWrapper)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' requires a '_GeneratorWrapper' object but received a '%s'", name, self.Type().Name)
			}
			m, err := py.GetAttrString(w.g, name)
			if err != nil {
				return nil, err
			}
			return py.Call(m, args, kwargs)
		}, 0, "Delegates to the wrapped generator.")
	}
	for _, name := range []string{"__name__", "__qualname__", "__doc__"} {
		WrappedCallableType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			w, ok := self.(*wrappedCallable)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' requires a 'coroutine_wrapped_callable' object but received a '%s'", name, self.Type().Name)
			}
			return wrappedAttr(w.fn, name), nil
		}}
	}
	WrappedCallableType.Dict["__wrapped__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		w, ok := self.(*wrappedCallable)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "descriptor '__wrapped__' requires a 'coroutine_wrapped_callable' object but received a '%s'", self.Type().Name)
		}
		return w.fn, nil
	}}
	for _, name := range []string{"gi_code", "gi_frame", "gi_running", "gi_yieldfrom"} {
		GeneratorWrapperType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			w, ok := self.(*generatorWrapper)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' requires a '_GeneratorWrapper' object but received a '%s'", name, self.Type().Name)
			}
			return py.GetAttrString(w.g, name)
		}}
	}
}

// wrappedAttr is fn's attribute name as functools.wraps copies it: the
// attribute when fn has it, else None. gpython's builtin functions have no
// __name__ attribute, so their Go name stands in.
func wrappedAttr(fn py.Object, name string) py.Object {
	if v, err := py.GetAttrString(fn, name); err == nil {
		return v
	}
	if m, ok := fn.(*py.Method); ok && name != "__doc__" {
		return py.String(m.Name)
	}
	return py.None
}
