package object

import (
	"reflect"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// An instance of a class deriving from a builtin type such as list or int
// is an *Instance whose Base holds a value of that builtin type: gpython's
// methods and operators work on Go values of their own types only, so
// whatever the class does not override is done on Base.

// BaseType tells how to make and fill the value an instance of a subclass
// of a builtin type carries.
type BaseType struct {
	// Empty makes the value of a new instance of a mutable type, which
	// __init__ then fills (list.__new__ ignores its arguments). Nil for
	// immutable types, whose value the type's constructor makes from the
	// arguments of __new__.
	Empty func() py.Object
	// Fill is the type's __init__ for a value made by Empty: it replaces
	// the contents of value with what the constructor would make from
	// args and kwargs.
	Fill func(value py.Object, args py.Tuple, kwargs py.StringDict) error
	// Unhashable is set for types whose values have no hash.
	Unhashable bool
}

var baseTypes sync.Map // *py.Type -> *BaseType

// RegisterBase makes the builtin type t acceptable as a base class of
// classes written in Python, whose instances then carry a value of t.
// Call it before running code; it is safe for concurrent use.
func RegisterBase(t *py.Type, b BaseType) {
	t.Flags |= py.TPFLAGS_BASETYPE
	baseTypes.Store(t, &b)
}

func baseOf(t *py.Type) *BaseType {
	b, ok := baseTypes.Load(t)
	if !ok {
		return nil
	}
	return b.(*BaseType)
}

// IsBase reports whether t is a builtin type registered with RegisterBase.
func IsBase(t *py.Type) bool { return baseOf(t) != nil }

func init() {
	for _, t := range []*py.Type{py.TupleType, py.IntType, py.FloatType, py.StringType, py.BytesType, py.FrozenSetType} {
		RegisterBase(t, BaseType{})
	}
	RegisterBase(py.ListType, BaseType{
		Empty: func() py.Object { return py.NewList() },
		Fill: func(value py.Object, args py.Tuple, kwargs py.StringDict) error {
			if len(kwargs) > 0 {
				return pyerr.Newf(py.TypeError, "list() takes no keyword arguments")
			}
			if len(args) > 1 {
				return pyerr.Newf(py.TypeError, "list expected at most 1 argument, got %d", len(args))
			}
			l := value.(*py.List)
			if len(args) == 0 {
				l.Items = l.Items[:0]
				return nil
			}
			r, err := py.ListType.New(py.ListType, args, nil)
			if err != nil {
				return err
			}
			l.Items = r.(*py.List).Items
			return nil
		},
		Unhashable: true,
	})
	RegisterBase(py.StringDictType, BaseType{
		Empty: func() py.Object { return hashed.NewDict() },
		Fill: func(value py.Object, args py.Tuple, kwargs py.StringDict) error {
			d, ok := value.(*hashed.Dict)
			if !ok {
				return pyerr.Newf(py.TypeError, "descriptor '__init__' requires a 'dict' object but received a '%s'", pyobj.TypeOf(value).Name)
			}
			return d.UpdateFromCall(args, kwargs, nil)
		},
		Unhashable: true,
	})
	RegisterBase(py.SetType, BaseType{
		Empty: func() py.Object { return hashed.NewSet() },
		Fill: func(value py.Object, args py.Tuple, kwargs py.StringDict) error {
			s, ok := value.(*hashed.Set)
			if !ok {
				return pyerr.Newf(py.TypeError, "descriptor '__init__' requires a 'set' object but received a '%s'", pyobj.TypeOf(value).Name)
			}
			if len(kwargs) > 0 {
				return pyerr.Newf(py.TypeError, "set() takes no keyword arguments")
			}
			if len(args) > 1 {
				return pyerr.Newf(py.TypeError, "set expected at most 1 argument, got %d", len(args))
			}
			s.Clear()
			if len(args) == 0 {
				return nil
			}
			return s.Update(args[0])
		},
		Unhashable: true,
	})
}

// builtinBase returns the registered builtin type on cls's MRO, or nil.
func builtinBase(cls *py.Type) *py.Type {
	for _, c := range cls.Mro {
		if t, ok := c.(*py.Type); ok && IsBase(t) {
			return t
		}
	}
	return nil
}

// Unwrap returns the builtin value that o carries when o is an instance
// of a subclass of a builtin type, else o itself. Go code that needs a
// concrete builtin type (py.String, *py.List...) where CPython accepts
// subclasses can unwrap first.
func Unwrap(o py.Object) py.Object {
	if i, ok := o.(*Instance); ok && i.Base != nil {
		return i.Base
	}
	return o
}

// HashValue returns the builtin value whose hash is i's: its Base when
// its class inherits the __hash__ of a hashable builtin type, else nil.
// Hashing Base directly keeps the hash of a str or tuple subclass equal
// to that of the plain value, as dictionary lookups need.
func (i *Instance) HashValue() py.Object {
	if i.Base == nil || i.lookup("__hash__") != nil {
		return nil
	}
	if b := baseOf(pyobj.TypeOf(i.Base)); b != nil && b.Unhashable {
		return nil
	}
	return i.Base
}

// newBase is B.__new__(cls, *args, **kwargs) for a registered builtin B:
// an instance of cls carrying a new value of B.
func newBase(b *py.Type, cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if !pyobj.IsClass(cls) {
		return nil, pyerr.Newf(py.TypeError, "%s.__new__(X): X is not a type object (%s)", b.Name, pyobj.TypeOf(cls).Name)
	}
	if cls != b && !subtype(cls, b) {
		return nil, pyerr.Newf(py.TypeError, "%s.__new__(%s): %s is not a subtype of %s", b.Name, cls.Name, cls.Name, b.Name)
	}
	bt := baseOf(b)
	var v py.Object
	if bt.Empty != nil {
		v = bt.Empty()
	} else {
		r, err := b.New(b, args, kwargs)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		v = Unwrap(r)
	}
	if cls == b {
		return v, nil
	}
	return &Instance{Class: cls, Dict: hashed.NewDict(), Base: v}, nil
}

// initBase is B.__init__(self, *args, **kwargs).
func initBase(b *py.Type, self py.Object, args py.Tuple, kwargs py.StringDict) error {
	bt := baseOf(b)
	if bt.Empty == nil {
		return nil
	}
	v := Unwrap(self)
	if !subtype(pyobj.TypeOf(v), b) {
		return pyerr.Newf(py.TypeError, "descriptor '__init__' requires a '%s' object but received a '%s'", b.Name, pyobj.TypeOf(self).Name)
	}
	return bt.Fill(v, args, kwargs)
}

// baseDunders are the special methods a subclass inherits from its
// builtin base; gpython implements them as Go methods, not as entries of
// the type's dictionary.
var baseDunders = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`__getitem__ __setitem__ __delitem__ __len__ __iter__ __contains__
		__repr__ __str__ __format__ __hash__ __bool__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__
		__add__ __radd__ __iadd__ __sub__ __rsub__ __isub__ __mul__ __rmul__ __imul__
		__truediv__ __rtruediv__ __itruediv__ __floordiv__ __rfloordiv__ __ifloordiv__
		__mod__ __rmod__ __imod__ __pow__ __rpow__ __ipow__ __lshift__ __rlshift__ __ilshift__
		__rshift__ __rrshift__ __irshift__ __and__ __rand__ __iand__ __xor__ __rxor__ __ixor__
		__or__ __ror__ __ior__ __divmod__ __rdivmod__ __neg__ __pos__ __abs__ __invert__
		__int__ __float__ __index__ __round__`) {
		baseDunders[n] = true
	}
}

// baseMethod returns B's own name: __new__, __init__, a special method
// working on the carried value, or a method of B's dictionary that takes
// an instance of a subclass too. The result is unbound (self comes first
// in the arguments) and for __new__ a static method.
func baseMethod(b *py.Type, name string) py.Object {
	switch name {
	case "__new__":
		return &py.StaticMethod{Callable: py.MustNewMethod("__new__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 0 {
				return nil, pyerr.Newf(py.TypeError, "%s.__new__(): not enough arguments", b.Name)
			}
			cls, ok := args[0].(*py.Type)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "%s.__new__(X): X is not a type object (%s)", b.Name, pyobj.TypeOf(args[0]).Name)
			}
			return newBase(b, cls, args[1:], kwargs)
		}, 0, "")}
	case "__init__":
		return unboundMethod(b, name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.None, initBase(b, self, args, kwargs)
		})
	}
	if name == "__hash__" && baseOf(b).Unhashable {
		return py.None
	}
	if baseDunders[name] {
		return unboundMethod(b, name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) > 0 {
				return nil, pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", name)
			}
			return baseDunder(self, name, args)
		})
	}
	m, ok := b.Dict[name].(*py.Method)
	if !ok {
		return nil
	}
	return unboundMethod(b, name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) == 0 {
			kwargs = nil
		}
		return py.NewBoundMethod(Unwrap(self), m).M__call__(args, kwargs)
	})
}

// unboundMethod makes a method of b taking its receiver as the first
// argument, checking that it is an instance of b.
// The method is made once per type and name, so that str.upper is str.upper
// and type() can name it a method_descriptor.
func unboundMethod(b *py.Type, name string, fn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	key := unboundKey{b, name}
	if m, ok := unboundMethods.Load(key); ok {
		return m.(*py.Method)
	}
	m := newUnboundMethod(b, name, fn)
	if prev, loaded := unboundMethods.LoadOrStore(key, m); loaded {
		return prev.(*py.Method)
	}
	pyobj.SetMethodOwner(m, b)
	return m
}

type unboundKey struct {
	owner *py.Type
	name  string
}

// unboundMethods holds the methods unboundMethod made, shared by every
// context: they capture nothing that belongs to one.
var unboundMethods sync.Map

func newUnboundMethod(b *py.Type, name string, fn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if unbound(self) {
			if len(args) == 0 {
				return nil, pyerr.Newf(py.TypeError, "unbound method %s.%s() needs an argument", b.Name, name)
			}
			self, args = args[0], args[1:]
		}
		if !subtype(pyobj.TypeOf(self), b) {
			if strings.HasPrefix(name, "__") {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, b.Name, pyobj.TypeOf(self).Name)
			}
			return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, b.Name, pyobj.TypeOf(self).Name)
		}
		return fn(self, args, kwargs)
	}, 0, "")
}

// BaseRepr, BaseStr and BaseFormat give the text of a builtin value
// carried by an instance that does not override __repr__, __str__ or
// __format__. They default to gpython's text; package pytext sets them
// to CPython's.
var (
	BaseRepr   = func(o py.Object) (py.Object, error) { return py.Repr(o) }
	BaseStr    = func(o py.Object) (py.Object, error) { return py.Str(o) }
	BaseFormat = func(o py.Object, spec py.Object) (py.Object, error) {
		if f, ok := o.(py.I__format__); ok {
			return f.M__format__(spec)
		}
		return nil, pyerr.Newf(py.TypeError, "unsupported format string passed to %s.__format__", pyobj.TypeOf(o).Name)
	}
)

// BaseOps are the container and sequence operations baseDunder applies
// to builtin values. They default to gpython's; package interp/pylib
// sets them to its versions, which fix gpython's tuple concatenation,
// bytes subscripts and the like.
var BaseOps = struct {
	GetItem func(container, key py.Object) (py.Object, error)
	SetItem func(container, key, value py.Object) error
	DelItem func(container, key py.Object) error
	Add     func(a, b py.Object) (py.Object, error)
	Mul     func(a, b py.Object) (py.Object, error)
}{
	GetItem: py.GetItem,
	SetItem: func(c, k, v py.Object) error { _, err := py.SetItem(c, k, v); return err },
	DelItem: func(c, k py.Object) error { _, err := py.DelItem(c, k); return err },
	Add:     py.Add,
	Mul:     py.Mul,
}

// sequenceOp is + and * of sequences, whose errors CPython raises
// rather than returning NotImplemented.
func sequenceOp(v py.Object, name string, other py.Object) (py.Object, bool, error) {
	switch v.(type) {
	case py.Tuple, py.Bytes, py.String, *py.List:
	default:
		return nil, false, nil
	}
	o := Unwrap(other)
	var r py.Object
	var err error
	switch name {
	case "__add__":
		if pyobj.TypeOf(o) != pyobj.TypeOf(v) {
			return nil, false, nil
		}
		r, err = BaseOps.Add(v, o)
	case "__radd__":
		if pyobj.TypeOf(o) != pyobj.TypeOf(v) {
			return nil, false, nil
		}
		r, err = BaseOps.Add(o, v)
	case "__mul__":
		r, err = BaseOps.Mul(v, o)
	case "__rmul__":
		r, err = BaseOps.Mul(o, v)
	default:
		return nil, false, nil
	}
	return r, true, err
}

// baseDunder is the special method name of the builtin type of self's
// value, applied to self: what a subclass that does not override name
// does.
func baseDunder(self py.Object, name string, args py.Tuple) (py.Object, error) {
	v := Unwrap(self)
	inst, _ := self.(*Instance)
	need := func(n int) error {
		if len(args) != n {
			return pyerr.Newf(py.TypeError, "expected %d argument%s, got %d", n, plural(n), len(args))
		}
		return nil
	}
	switch name {
	case "__getitem__":
		if err := need(1); err != nil {
			return nil, err
		}
		r, err := BaseOps.GetItem(v, args[0])
		if err != nil && inst != nil && pyerr.Matches(err, py.KeyError) {
			// dict.__getitem__ asks a subclass's __missing__.
			if fn := inst.lookup("__missing__"); fn != nil {
				return callWith(fn, inst, py.Tuple{args[0]}, nil)
			}
		}
		return r, err
	case "__setitem__":
		if err := need(2); err != nil {
			return nil, err
		}
		if immutable(v) {
			return nil, pyerr.Newf(py.TypeError, "'%s' object does not support item assignment", pyobj.TypeOf(self).Name)
		}
		return py.None, BaseOps.SetItem(v, args[0], args[1])
	case "__delitem__":
		if err := need(1); err != nil {
			return nil, err
		}
		if immutable(v) {
			return nil, pyerr.Newf(py.TypeError, "'%s' object doesn't support item deletion", pyobj.TypeOf(self).Name)
		}
		return py.None, BaseOps.DelItem(v, args[0])
	case "__len__":
		if err := need(0); err != nil {
			return nil, err
		}
		if b, ok := v.(py.Bytes); ok {
			// gpython's bytes have no __len__.
			return py.Int(len(b)), nil
		}
		return py.Len(v)
	case "__iter__":
		if err := need(0); err != nil {
			return nil, err
		}
		if b, ok := v.(py.Bytes); ok {
			// gpython's bytes are not iterable.
			items := make([]py.Object, len(b))
			for k, c := range b {
				items[k] = py.Int(c)
			}
			return py.NewListFromItems(items).M__iter__()
		}
		return iterproto.Iter(v)
	case "__contains__":
		if err := need(1); err != nil {
			return nil, err
		}
		r, err := pyobj.Contains(v, args[0])
		return py.NewBool(r), err
	case "__repr__":
		return BaseRepr(v)
	case "__str__":
		return BaseStr(v)
	case "__format__":
		if err := need(1); err != nil {
			return nil, err
		}
		return BaseFormat(v, args[0])
	case "__hash__":
		if baseOf(pyobj.TypeOf(v)) != nil && baseOf(pyobj.TypeOf(v)).Unhashable {
			return nil, pyerr.Newf(py.TypeError, "unhashable type: '%s'", pyobj.TypeOf(self).Name)
		}
		return Hash(v)
	case "__bool__":
		b, err := pyobj.Truth(v)
		return py.NewBool(b), err
	case "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__":
		if err := need(1); err != nil {
			return nil, err
		}
		return compareBase(v, name, args[0])
	}
	if len(args) == 1 {
		if r, ok, err := sequenceOp(v, name, args[0]); ok {
			return r, err
		}
	}
	if (name == "__pow__" || name == "__ipow__") && len(args) == 1 {
		args = py.Tuple{args[0], py.None}
	}
	r, ok, err := goMethod(v, name, args)
	if !ok {
		return reflected(v, name, args)
	}
	if err == nil && inst != nil && strings.HasPrefix(name, "__i") && name != "__index__" && name != "__int__" && name != "__invert__" {
		if l, ok := v.(*py.List); ok {
			// list's in-place operators mutate the list.
			if nl, ok := r.(*py.List); ok {
				l.Items = nl.Items
				r = l
			}
		}
		if pyobj.Is(r, v) {
			// In-place operators that mutate the value return self.
			r = inst
		}
	}
	return r, err
}

var cmps = map[string]pyobj.Cmp{"__eq__": pyobj.Eq, "__ne__": pyobj.Ne, "__lt__": pyobj.Lt, "__le__": pyobj.Le, "__gt__": pyobj.Gt, "__ge__": pyobj.Ge}

// compareBase is the rich comparison name of the builtin value v: its
// Go method, or for lists and tuples, which gpython cannot order,
// pyobj's comparison when other is of the same kind.
func compareBase(v py.Object, name string, other py.Object) (py.Object, error) {
	r, ok, err := goMethod(v, name, py.Tuple{other})
	if ok && (err != nil || r != py.NotImplemented) {
		return r, err
	}
	o := Unwrap(other)
	switch v.(type) {
	case *py.List, py.Tuple:
		if pyobj.TypeOf(v) == pyobj.TypeOf(o) {
			return pyobj.Compare(v, o, cmps[name])
		}
	}
	return py.NotImplemented, nil
}

// immutable reports whether v is a builtin sequence without item
// assignment, whose errors name the subclass.
func immutable(v py.Object) bool {
	switch v.(type) {
	case py.Tuple, py.String, py.Bytes:
		return true
	}
	return false
}

// reflected serves a reflected operator the builtin type lacks (list has
// no __radd__): gpython's forward operator of the other operand refused
// the instance only because it is not of the builtin Go type, so it is
// asked again with the carried value.
func reflected(v py.Object, name string, args py.Tuple) (py.Object, error) {
	if len(args) == 1 && strings.HasPrefix(name, "__r") {
		if _, isInst := args[0].(*Instance); !isInst {
			if r, ok, err := goMethod(args[0], "__"+name[3:], py.Tuple{v}); ok {
				return r, err
			}
		}
	}
	return py.NotImplemented, nil
}

// baseHas reports whether the builtin value v has the special method
// name; a missing one leaves the instance's own error to be raised
// (unary operators and conversions name the subclass).
func baseHas(v py.Object, name string) bool {
	switch name {
	case "__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__", "__round__":
		return reflect.ValueOf(v).MethodByName("M" + name).IsValid()
	}
	return true
}

var objectIface = reflect.TypeOf((*py.Object)(nil)).Elem()

// goMethod calls the Go method M<name> of v, which gpython's types use for
// special methods, with args unwrapped (the builtin operation sees a
// subclass instance as its value). It reports whether v has the method
// with that many arguments.
func goMethod(v py.Object, name string, args py.Tuple) (py.Object, bool, error) {
	m := reflect.ValueOf(v).MethodByName("M" + name)
	if !m.IsValid() || m.Type().NumIn() != len(args) || m.Type().NumOut() != 2 {
		return nil, false, nil
	}
	in := make([]reflect.Value, len(args))
	for k, a := range args {
		if m.Type().In(k) != objectIface {
			return nil, false, nil
		}
		u := Unwrap(a)
		in[k] = reflect.ValueOf(&u).Elem()
	}
	out := m.Call(in)
	var err error
	if e := out[1].Interface(); e != nil {
		err = e.(error)
	}
	if err != nil {
		return nil, true, err
	}
	r, _ := out[0].Interface().(py.Object)
	return r, true, nil
}
