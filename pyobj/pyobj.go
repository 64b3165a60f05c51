// Package pyobj answers questions about gpython objects the way CPython
// would, where gpython's own answer differs. It holds no state and changes
// nothing; patches to gpython's behaviour live in interp/pylib.
package pyobj

import "github.com/go-python/gpython/py"

// IsClass reports whether o is a class. gpython represents both classes and
// instances of user classes as *py.Type; only classes have been readied and
// so have a method resolution order.
func IsClass(o py.Object) bool {
	t, ok := o.(*py.Type)
	return ok && len(t.Mro) > 0
}

// TypeOf is CPython's type(o). gpython records a Go-defined class's base
// class as its type; the type of such a class is `type`. A class made by
// type() records its metaclass, which is `type` or a subclass of it.
func TypeOf(o py.Object) *py.Type {
	if IsClass(o) {
		if m := o.Type(); m != nil && IsClass(m) && m.IsSubtype(py.TypeType) {
			return m
		}
		return py.TypeType
	}
	switch m := o.(type) {
	case *py.Method:
		if MethodOwner(m) != nil {
			return MethodDescriptorType
		}
	case *py.BoundMethod:
		// A builtin method bound to its object is a builtin method, as
		// CPython names it; a Python function bound is a method.
		if _, ok := m.Method.(*py.Method); ok {
			return py.MethodType
		}
	}
	return o.Type()
}
