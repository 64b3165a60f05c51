package hashed

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// reprer is what the package's containers print through.
type reprer interface {
	py.Object
	ReprWith(item func(py.Object) (string, error)) (string, error)
}

// repr prints a container with gpython's repr for the leaves. It serves
// programs that use gpython's printing; interp/pytext prints these types
// with CPython's text through ReprWith.
func repr(o reprer) (py.Object, error) {
	active := map[py.Object]bool{}
	var item func(py.Object) (string, error)
	item = func(x py.Object) (string, error) {
		c, ok := x.(reprer)
		if !ok {
			r, err := py.Repr(x)
			if err != nil {
				return "", pyerr.Info(err)
			}
			s, _ := r.(py.String)
			return string(s), nil
		}
		if active[c] {
			return c.ReprWith(nil)
		}
		active[c] = true
		defer delete(active, c)
		return c.ReprWith(item)
	}
	s, err := item(o)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// M__repr__ is repr(d).
func (d *Dict) M__repr__() (py.Object, error) { return repr(d) }

// M__repr__ is repr(s).
func (s *Set) M__repr__() (py.Object, error) { return repr(s) }

// M__repr__ is repr(v).
func (v *View) M__repr__() (py.Object, error) { return repr(v) }
