package pyobj

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// MethodDescriptorType is the type of a builtin type's method read from the
// type itself (str.upper): CPython's method_descriptor. gpython has one Go
// type for those and for builtin functions (len), so TypeOf tells them
// apart by where the method is defined.
var MethodDescriptorType = py.NewType("method_descriptor", "A method of a builtin type, unbound.")

func init() {
	// NewType marks the type ready before it has a base; Ready gives it
	// object's attributes (__name__...).
	MethodDescriptorType.Flags &^= py.TPFLAGS_READY
	if err := MethodDescriptorType.Ready(); err != nil {
		panic(err)
	}
}

var (
	builtinTypes = []*py.Type{py.StringType, py.BytesType, py.ListType, py.TupleType, py.StringDictType, py.SetType, py.FrozenSetType, py.IntType, py.FloatType, py.ComplexType, py.BoolType, py.RangeType, py.SliceType}
	registeredMu sync.Mutex
	registered   []*py.Type
)

// RegisterBuiltinType adds t to the builtin types whose methods are method
// descriptors. It is safe for concurrent use.
func RegisterBuiltinType(t *py.Type) {
	registeredMu.Lock()
	defer registeredMu.Unlock()
	registered = append(registered, t)
}

// owners maps methods made outside the types' dictionaries (the unbound
// methods interp/object makes for types that can be subclassed) to their
// type.
var owners sync.Map

// SetMethodOwner records that m is a method of the builtin type t. It is
// safe for concurrent use.
func SetMethodOwner(m *py.Method, t *py.Type) { owners.Store(m, t) }

// MethodOwner returns the builtin type whose method m is, or nil when m is
// a builtin function. It looks m up by name in each builtin type's
// dictionary each time, so methods installed late are found too.
func MethodOwner(m *py.Method) *py.Type {
	if m.Module != nil {
		return nil
	}
	if t, ok := owners.Load(m); ok {
		return t.(*py.Type)
	}
	for _, t := range builtinTypes {
		if t.Dict[m.Name] == py.Object(m) {
			return t
		}
	}
	registeredMu.Lock()
	defer registeredMu.Unlock()
	for _, t := range registered {
		if t.Dict[m.Name] == py.Object(m) {
			return t
		}
	}
	return nil
}
