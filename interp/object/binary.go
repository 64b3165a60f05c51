package object

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// binary calls the class's binary operator method, giving NotImplemented
// when it has none so that gpython tries the reflected operation.
func (i *Instance) binary(name string, other py.Object) (py.Object, error) {
	if o, ok := other.(*Instance); ok && o.Class != i.Class && subtype(o.Class, i.Class) {
		// The right operand's class derives from the left's: its
		// reflected method goes first, for comparisons always, for
		// arithmetic when the class overrides it.
		if rname, ok := reflections[name]; ok {
			_, cmp := cmps[name]
			if fn := o.lookup(rname); fn != nil && (cmp || !pyobj.Is(fn, i.lookup(rname))) {
				r, _, err := o.special(rname, i)
				if err != nil || r != py.NotImplemented {
					return r, err
				}
			}
		}
	}
	r, ok, err := i.special(name, other)
	if !ok {
		return py.NotImplemented, nil
	}
	return r, err
}

// TrueDiv is a / b. gpython's int division converts the right operand
// with float() and raises when it cannot, where CPython's returns
// NotImplemented so that the right operand's __rtruediv__ runs; the
// evaluator uses TrueDiv in place of py.TrueDiv to get CPython's order.
func TrueDiv(a, b py.Object) (py.Object, error) {
	unsupported := pyerr.Newf(py.TypeError, "unsupported operand type(s) for /: '%s' and '%s'", pyobj.TypeOf(a).Name, pyobj.TypeOf(b).Name)
	if i, ok := b.(*Instance); ok && i.Base == nil {
		switch a.(type) {
		case py.Int, *py.BigInt, py.Bool:
			r, err := i.binary("__rtruediv__", a)
			if err != nil || r != py.NotImplemented {
				return r, err
			}
			return nil, unsupported
		}
	}
	if i, ok := a.(*Instance); ok && i.Base == nil {
		switch b.(type) {
		case py.Int, *py.BigInt, py.Bool, py.Float:
			r, err := i.binary("__truediv__", b)
			if err != nil || r != py.NotImplemented {
				return r, err
			}
			return nil, unsupported
		}
	}
	r, err := py.TrueDiv(a, b)
	if err != nil && pyerr.Matches(err, py.TypeError) {
		// gpython words the failed conversion of an operand to float.
		if msg, ok := pyerr.Exception(err).Args.(py.Tuple); ok && len(msg) == 1 {
			if s, ok := msg[0].(py.String); ok && strings.HasPrefix(string(s), "unsupported operand type(s) for float") {
				return nil, unsupported
			}
		}
	}
	return r, err
}

// reflections maps a binary operator to its reflected form.
var reflections = map[string]string{
	"__add__": "__radd__", "__sub__": "__rsub__", "__mul__": "__rmul__", "__truediv__": "__rtruediv__",
	"__floordiv__": "__rfloordiv__", "__mod__": "__rmod__", "__divmod__": "__rdivmod__", "__pow__": "__rpow__", "__lshift__": "__rlshift__",
	"__rshift__": "__rrshift__", "__and__": "__rand__", "__xor__": "__rxor__", "__or__": "__ror__",
	"__lt__": "__gt__", "__gt__": "__lt__", "__le__": "__ge__", "__ge__": "__le__", "__eq__": "__eq__", "__ne__": "__ne__",
}

func (i *Instance) M__add__(other py.Object) (py.Object, error)  { return i.binary("__add__", other) }
func (i *Instance) M__radd__(other py.Object) (py.Object, error) { return i.binary("__radd__", other) }
func (i *Instance) M__iadd__(other py.Object) (py.Object, error) { return i.binary("__iadd__", other) }
func (i *Instance) M__sub__(other py.Object) (py.Object, error)  { return i.binary("__sub__", other) }
func (i *Instance) M__rsub__(other py.Object) (py.Object, error) { return i.binary("__rsub__", other) }
func (i *Instance) M__isub__(other py.Object) (py.Object, error) { return i.binary("__isub__", other) }
func (i *Instance) M__mul__(other py.Object) (py.Object, error)  { return i.binary("__mul__", other) }
func (i *Instance) M__rmul__(other py.Object) (py.Object, error) { return i.binary("__rmul__", other) }
func (i *Instance) M__imul__(other py.Object) (py.Object, error) { return i.binary("__imul__", other) }
func (i *Instance) M__truediv__(other py.Object) (py.Object, error) {
	return i.binary("__truediv__", other)
}
func (i *Instance) M__rtruediv__(other py.Object) (py.Object, error) {
	return i.binary("__rtruediv__", other)
}
func (i *Instance) M__itruediv__(other py.Object) (py.Object, error) {
	return i.binary("__itruediv__", other)
}
func (i *Instance) M__floordiv__(other py.Object) (py.Object, error) {
	return i.binary("__floordiv__", other)
}
func (i *Instance) M__rfloordiv__(other py.Object) (py.Object, error) {
	return i.binary("__rfloordiv__", other)
}
func (i *Instance) M__ifloordiv__(other py.Object) (py.Object, error) {
	return i.binary("__ifloordiv__", other)
}
func (i *Instance) M__mod__(other py.Object) (py.Object, error)  { return i.binary("__mod__", other) }
func (i *Instance) M__rmod__(other py.Object) (py.Object, error) { return i.binary("__rmod__", other) }
func (i *Instance) M__imod__(other py.Object) (py.Object, error) { return i.binary("__imod__", other) }
func (i *Instance) M__lshift__(other py.Object) (py.Object, error) {
	return i.binary("__lshift__", other)
}
func (i *Instance) M__rlshift__(other py.Object) (py.Object, error) {
	return i.binary("__rlshift__", other)
}
func (i *Instance) M__ilshift__(other py.Object) (py.Object, error) {
	return i.binary("__ilshift__", other)
}
func (i *Instance) M__rshift__(other py.Object) (py.Object, error) {
	return i.binary("__rshift__", other)
}
func (i *Instance) M__rrshift__(other py.Object) (py.Object, error) {
	return i.binary("__rrshift__", other)
}
func (i *Instance) M__irshift__(other py.Object) (py.Object, error) {
	return i.binary("__irshift__", other)
}
func (i *Instance) M__and__(other py.Object) (py.Object, error)  { return i.binary("__and__", other) }
func (i *Instance) M__rand__(other py.Object) (py.Object, error) { return i.binary("__rand__", other) }
func (i *Instance) M__iand__(other py.Object) (py.Object, error) { return i.binary("__iand__", other) }
func (i *Instance) M__xor__(other py.Object) (py.Object, error)  { return i.binary("__xor__", other) }
func (i *Instance) M__rxor__(other py.Object) (py.Object, error) { return i.binary("__rxor__", other) }
func (i *Instance) M__ixor__(other py.Object) (py.Object, error) { return i.binary("__ixor__", other) }
func (i *Instance) M__or__(other py.Object) (py.Object, error)   { return i.binary("__or__", other) }
func (i *Instance) M__ror__(other py.Object) (py.Object, error)  { return i.binary("__ror__", other) }
func (i *Instance) M__ior__(other py.Object) (py.Object, error)  { return i.binary("__ior__", other) }

// M__pow__ is pow(i, other, modulo); modulo is None for i ** other.
func (i *Instance) M__pow__(other, modulo py.Object) (py.Object, error) {
	if modulo == py.None {
		return i.binary("__pow__", other)
	}
	r, ok, err := i.special("__pow__", other, modulo)
	if !ok {
		return py.NotImplemented, nil
	}
	return r, err
}

func (i *Instance) M__divmod__(other py.Object) (py.Object, error) {
	return i.binary("__divmod__", other)
}
func (i *Instance) M__rdivmod__(other py.Object) (py.Object, error) {
	return i.binary("__rdivmod__", other)
}

func (i *Instance) M__rpow__(other py.Object) (py.Object, error) { return i.binary("__rpow__", other) }

func (i *Instance) M__ipow__(other, modulo py.Object) (py.Object, error) {
	return i.binary("__ipow__", other)
}

func (i *Instance) M__matmul__(other py.Object) (py.Object, error) {
	return i.binary("__matmul__", other)
}
func (i *Instance) M__rmatmul__(other py.Object) (py.Object, error) {
	return i.binary("__rmatmul__", other)
}
func (i *Instance) M__imatmul__(other py.Object) (py.Object, error) {
	return i.binary("__imatmul__", other)
}

// gpython has no matrix multiplication; these are its operator protocol.
type (
	matmuler interface {
		M__matmul__(py.Object) (py.Object, error)
	}
	rmatmuler interface {
		M__rmatmul__(py.Object) (py.Object, error)
	}
	imatmuler interface {
		M__imatmul__(py.Object) (py.Object, error)
	}
)

// MatMul is a @ b: a.__matmul__(b), then b.__rmatmul__(a) when b's type
// differs. No builtin type implements it.
func MatMul(a, b py.Object) (py.Object, error) {
	r, ok, err := matmul(a, b)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for @: '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	return r, err
}

// IMatMul is a @= b: a.__imatmul__(b), falling back to a @ b.
func IMatMul(a, b py.Object) (py.Object, error) {
	if m, ok := a.(imatmuler); ok {
		r, err := m.M__imatmul__(b)
		if err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	r, ok, err := matmul(a, b)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for @=: '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	return r, err
}

// matmul tries both operands' methods; ok is false when neither handles
// the operation.
func matmul(a, b py.Object) (py.Object, bool, error) {
	if m, ok := a.(matmuler); ok {
		r, err := m.M__matmul__(b)
		if err != nil || r != py.NotImplemented {
			return r, true, err
		}
	}
	if a.Type() != b.Type() {
		if m, ok := b.(rmatmuler); ok {
			r, err := m.M__rmatmul__(a)
			if err != nil || r != py.NotImplemented {
				return r, true, err
			}
		}
	}
	return nil, false, nil
}
