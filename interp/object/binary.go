package object

import (
	"github.com/go-python/gpython/py"
)

// binary calls the class's binary operator method, giving NotImplemented
// when it has none so that gpython tries the reflected operation.
func (i *Instance) binary(name string, other py.Object) (py.Object, error) {
	r, ok, err := i.special(name, other)
	if !ok {
		return py.NotImplemented, nil
	}
	return r, err
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

func (i *Instance) M__rpow__(other py.Object) (py.Object, error) { return i.binary("__rpow__", other) }

func (i *Instance) M__ipow__(other, modulo py.Object) (py.Object, error) {
	return i.binary("__ipow__", other)
}
