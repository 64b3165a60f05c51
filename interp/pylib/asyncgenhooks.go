package pylib

import (
	"strings"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/sys" // registers sys before init below

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// asyncgenHooksType is the type of what sys.get_asyncgen_hooks returns:
// CPython's structseq, a named pair, here indexable, iterable and
// comparable with tuples, though not a tuple subclass.
var asyncgenHooksType = py.NewType("asyncgen_hooks", "asyncgen_hooks\n\nA named tuple of the firstiter and finalizer hooks of async generators.")

// asyncgenHooks is one value of asyncgenHooksType.
type asyncgenHooks struct{ firstiter, finalizer py.Object }

func (h *asyncgenHooks) Type() *py.Type { return asyncgenHooksType }

func (h *asyncgenHooks) tuple() py.Tuple { return py.Tuple{h.firstiter, h.finalizer} }

func (h *asyncgenHooks) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString("asyncgen_hooks(")
	for i, name := range []string{"firstiter", "finalizer"} {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := py.Repr(h.tuple()[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(name + "=" + string(r.(py.String)))
	}
	b.WriteString(")")
	return py.String(b.String()), nil
}

func (h *asyncgenHooks) M__len__() (py.Object, error) { return py.Int(2), nil }

func (h *asyncgenHooks) M__getitem__(key py.Object) (py.Object, error) {
	if i, ok := key.(py.Int); ok {
		if i < 0 {
			i += 2
		}
		if i < 0 || i >= 2 {
			return nil, pyerr.Newf(py.IndexError, "tuple index out of range")
		}
		return h.tuple()[i], nil
	}
	return h.tuple().M__getitem__(key)
}

func (h *asyncgenHooks) M__iter__() (py.Object, error) { return h.tuple().M__iter__() }

// asTuple is the tuple other compares as, or nil.
func asTuple(other py.Object) py.Tuple {
	switch o := other.(type) {
	case *asyncgenHooks:
		return o.tuple()
	case py.Tuple:
		return o
	}
	return nil
}

func (h *asyncgenHooks) M__eq__(other py.Object) (py.Object, error) {
	t := asTuple(other)
	if t == nil {
		return py.NotImplemented, nil
	}
	return h.tuple().M__eq__(t)
}

func (h *asyncgenHooks) M__ne__(other py.Object) (py.Object, error) {
	t := asTuple(other)
	if t == nil {
		return py.NotImplemented, nil
	}
	return h.tuple().M__ne__(t)
}

func hooksField(name string, get func(*asyncgenHooks) py.Object) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			h, ok := self.(*asyncgenHooks)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'asyncgen_hooks' objects doesn't apply to a '%s' object", name, pyobj.TypeOf(self).Name)
			}
			return get(h), nil
		},
		Fset: func(py.Object, py.Object) error {
			return pyerr.Newf(py.AttributeError, "readonly attribute")
		},
	}
}

func orNil(o py.Object) py.Object {
	if o == py.None {
		return nil
	}
	return o
}

const setHooksDoc = `set_asyncgen_hooks(* [, firstiter] [, finalizer])

Set a finalizer for async generators objects.`

// sysSetAsyncgenHooks is sys.set_asyncgen_hooks: an argument left out
// keeps its hook, None removes it.
func sysSetAsyncgenHooks(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 2 {
		return nil, pyerr.Newf(py.TypeError, "function takes at most 2 arguments (%d given)", len(args))
	}
	var firstiter, finalizer py.Object
	if len(args) > 0 {
		firstiter = args[0]
	}
	if len(args) > 1 {
		finalizer = args[1]
	}
	for k, v := range kwargs {
		switch {
		case k == "firstiter" && firstiter == nil:
			firstiter = v
		case k == "finalizer" && finalizer == nil:
			finalizer = v
		case k == "firstiter" || k == "finalizer":
			pos := 1
			if k == "finalizer" {
				pos = 2
			}
			return nil, pyerr.Newf(py.TypeError, "argument for function given by name ('%s') and position (%d)", k, pos)
		default:
			return nil, pyerr.Newf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
	}
	// CPython checks the finalizer first and changes nothing on error.
	if finalizer != nil && finalizer != py.None && !object.Callable(finalizer) {
		return nil, pyerr.Newf(py.TypeError, "callable finalizer expected, got %s", pyobj.TypeOf(finalizer).Name)
	}
	if firstiter != nil && firstiter != py.None && !object.Callable(firstiter) {
		return nil, pyerr.Newf(py.TypeError, "callable firstiter expected, got %s", pyobj.TypeOf(firstiter).Name)
	}
	ctx := moduleContext(self)
	h := coroutine.GetAsyncGenHooks(ctx)
	if firstiter != nil {
		h.FirstIter = orNil(firstiter)
	}
	if finalizer != nil {
		h.Finalizer = orNil(finalizer)
	}
	coroutine.SetAsyncGenHooks(ctx, h)
	return py.None, nil
}

const getHooksDoc = `get_asyncgen_hooks()

Return the installed asynchronous generators hooks.

This returns a namedtuple of the form (firstiter, finalizer).`

func sysGetAsyncgenHooks(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, pyerr.Newf(py.TypeError, "get_asyncgen_hooks() takes no arguments (%d given)", len(args))
	}
	h := coroutine.GetAsyncGenHooks(moduleContext(self))
	return &asyncgenHooks{firstiter: orNone(h.FirstIter), finalizer: orNone(h.Finalizer)}, nil
}

func moduleContext(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

func init() {
	asyncgenHooksType.Flags &^= py.TPFLAGS_READY
	if err := asyncgenHooksType.Ready(); err != nil {
		panic(err)
	}
	asyncgenHooksType.Dict["firstiter"] = hooksField("firstiter", func(h *asyncgenHooks) py.Object { return h.firstiter })
	asyncgenHooksType.Dict["finalizer"] = hooksField("finalizer", func(h *asyncgenHooks) py.Object { return h.finalizer })
	asyncgenHooksType.Dict["n_fields"] = py.Int(2)
	asyncgenHooksType.Dict["n_sequence_fields"] = py.Int(2)
	asyncgenHooksType.Dict["n_unnamed_fields"] = py.Int(0)
	// Hooks set through sys would otherwise keep a closed context alive.
	sys := py.GetModuleImpl("sys")
	prev := sys.OnContextClosed
	sys.OnContextClosed = func(m *py.Module) {
		if prev != nil {
			prev(m)
		}
		coroutine.SetAsyncGenHooks(m.Context, coroutine.AsyncGenHooks{})
	}
	ReplaceMethod("sys", py.MustNewMethod("set_asyncgen_hooks", sysSetAsyncgenHooks, 0, setHooksDoc))
	ReplaceMethod("sys", py.MustNewMethod("get_asyncgen_hooks", sysGetAsyncgenHooks, 0, getHooksDoc))
}
