package pylib

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// typeFunc is a static or class method of a builtin type (str.maketrans,
// bytes.fromhex...). gpython hands out a builtin type's dictionary entries
// without calling their __get__, so a py.StaticMethod read through the
// type would not be callable; a typeFunc is callable as it is and binds to
// nothing when read through an instance.
type typeFunc struct {
	m     *py.Method
	owner *py.Type
	// class says owner is passed as the first argument (a class method).
	class bool
}

func staticMethod(owner *py.Type, m *py.Method) *typeFunc { return &typeFunc{m: m, owner: owner} }

func classMethod(owner *py.Type, m *py.Method) *typeFunc {
	return &typeFunc{m: m, owner: owner, class: true}
}

func (f *typeFunc) Type() *py.Type { return f.m.Type() }

func (f *typeFunc) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if f.class {
		args = append(py.Tuple{f.owner}, args...)
	}
	return f.m.M__call__(args, kwargs)
}

func (f *typeFunc) M__get__(instance, owner py.Object) (py.Object, error) { return f, nil }

func (f *typeFunc) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<built-in method %s of type object at %p>", f.m.Name, f.owner)), nil
}
