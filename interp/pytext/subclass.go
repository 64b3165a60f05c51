package pytext

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Instances of subclasses of builtin types that do not override
// __repr__, __str__ or __format__ print their builtin value with this
// package's text.
func init() {
	object.BaseRepr = func(o py.Object) (py.Object, error) {
		s, err := Repr(o)
		return py.String(s), err
	}
	object.BaseStr = func(o py.Object) (py.Object, error) {
		s, err := Str(o)
		return py.String(s), err
	}
	object.BaseFormat = func(o py.Object, spec py.Object) (py.Object, error) {
		s, ok := spec.(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "__format__() argument must be str, not %s", pyobj.TypeOf(spec).Name)
		}
		r, err := Format(o, string(s))
		return py.String(r), err
	}
}
