package pytext

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyobj"
)

// SafeRepr is Repr for reports about errors, which must not raise another:
// it never fails or panics, and shows an object whose repr fails as
// "<T object>".
func SafeRepr(o py.Object) string {
	if o == nil {
		return "None"
	}
	s, err := guarded(Repr, o)
	if err != nil {
		return fmt.Sprintf("<%s object>", pyobj.TypeOf(o).Name)
	}
	return s
}

// SafeStr is Str with SafeRepr's guarantees; an object whose str fails is
// shown as CPython's traceback printer shows it.
func SafeStr(o py.Object) string {
	if o == nil {
		return "None"
	}
	s, err := guarded(Str, o)
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

func guarded(f func(py.Object) (string, error), o py.Object) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return f(o)
}
