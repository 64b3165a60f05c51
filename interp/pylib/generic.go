package pylib

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// GenericAliasType is the type of the parameterized classes that
// __class_getitem__ returns, as asyncio.Future[int]: CPython's
// types.GenericAlias, reduced to what typing annotations of asyncio
// classes use.
var GenericAliasType = py.NewType("GenericAlias", "Represent a PEP 585 generic type.")

// GenericAlias is a class with type arguments, as Future[int]. Calling it
// calls the class.
type GenericAlias struct {
	Origin *py.Type
	Args   py.Tuple
}

// Type returns GenericAliasType.
func (g *GenericAlias) Type() *py.Type { return GenericAliasType }

// M__call__ makes an instance of the class.
func (g *GenericAlias) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.Call(g.Origin, args, kwargs)
}

// M__repr__ is module.Class[args], as CPython shows it.
func (g *GenericAlias) M__repr__() (py.Object, error) {
	parts := make([]string, len(g.Args))
	for i, a := range g.Args {
		parts[i] = typeRepr(a)
	}
	if len(parts) == 0 {
		parts = []string{"()"}
	}
	return py.String(typeRepr(g.Origin) + "[" + strings.Join(parts, ", ") + "]"), nil
}

// M__eq__ compares origin and arguments.
func (g *GenericAlias) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*GenericAlias)
	if !ok {
		return py.NotImplemented, nil
	}
	if g.Origin != o.Origin || len(g.Args) != len(o.Args) {
		return py.False, nil
	}
	for i := range g.Args {
		eq, err := py.Eq(g.Args[i], o.Args[i])
		if err != nil {
			return nil, err
		}
		if eq != py.True {
			return py.False, nil
		}
	}
	return py.True, nil
}

// SafeRepr is repr(o) for the arguments of a GenericAlias; interp/pytext,
// which imports this package, installs CPython's.
var SafeRepr = func(o py.Object) string {
	r, err := py.Repr(o)
	if err != nil {
		return "<unprintable>"
	}
	s, _ := r.(py.String)
	return string(s)
}

// typeRepr is how a type argument reads: a class by its qualified name,
// Ellipsis as "...", anything else by its repr.
func typeRepr(o py.Object) string {
	if o == py.Ellipsis {
		return "..."
	}
	t, ok := o.(*py.Type)
	if !ok {
		return SafeRepr(o)
	}
	name := t.Name
	if q, ok := t.Dict["__qualname__"].(py.String); ok {
		name = string(q)
	}
	mod, _ := t.Dict["__module__"].(py.String)
	if mod == "" || mod == "builtins" {
		return name
	}
	return string(mod) + "." + name
}

// ClassGetItem is the __class_getitem__ of the generic class cls:
// cls[item] is a GenericAlias of cls with item (or the items of a tuple)
// as its arguments. Each class gets its own, bound to it, because
// gpython's Go-defined classes do not bind class methods.
func ClassGetItem(cls *py.Type) *py.Method {
	return py.MustNewMethod("__class_getitem__", func(_ py.Object, item py.Object) (py.Object, error) {
		items, ok := item.(py.Tuple)
		if !ok {
			items = py.Tuple{item}
		}
		return &GenericAlias{Origin: cls, Args: items}, nil
	}, 0, "See PEP 585")
}

func init() {
	GenericAliasType.Flags &^= py.TPFLAGS_READY
	if err := GenericAliasType.Ready(); err != nil {
		panic(err)
	}
	GenericAliasType.Dict["__module__"] = py.String("types")
	GenericAliasType.Dict["__origin__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.(*GenericAlias).Origin, nil },
	}
	GenericAliasType.Dict["__args__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.(*GenericAlias).Args, nil },
	}
	// The builtin containers are generic too: list[int], dict[str, int].
	for _, t := range []*py.Type{py.ListType, py.TupleType, py.StringDictType, py.SetType, py.FrozenSetType, py.TypeType} {
		t.Dict["__class_getitem__"] = ClassGetItem(t)
	}
}

var (
	_ py.I__call__ = (*GenericAlias)(nil)
	_ py.I__repr__ = (*GenericAlias)(nil)
	_ py.I__eq__   = (*GenericAlias)(nil)
)
